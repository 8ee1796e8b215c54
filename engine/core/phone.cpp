// SPDX-License-Identifier: MIT
#include "phone.h"

namespace saqbol {

const char* nameOf(App app) {
    static const char* const kNames[] = {"lock", "call", "messages", "messenger",
                                         "browser", "feed", "game", "bank"};
    return kNames[static_cast<int>(app)];
}

std::optional<App> appOf(EventKind kind) {
    switch (kind) {
        case EventKind::Narrate: return std::nullopt;
        case EventKind::Sms: return App::Messages;
        case EventKind::Call: return App::Call;
        case EventKind::Say: return App::Call;
        case EventKind::Chat: return App::Messenger;
        case EventKind::Web: return App::Browser;
        case EventKind::Ad: return App::Feed;
        case EventKind::Game: return App::Game;
        case EventKind::Bank: return App::Bank;
        case EventKind::Notify: return App::Lock;
    }
    return std::nullopt;
}

std::vector<PhoneEntry> PhoneView::app(App wanted) const {
    std::vector<PhoneEntry> out;
    for (const PhoneEntry& entry : timeline)
        if (appOf(entry.event->kind) == wanted) out.push_back(entry);
    return out;
}

std::vector<PhoneEntry> PhoneView::thread(App wanted, const std::string& contact) const {
    std::vector<PhoneEntry> out;
    for (const PhoneEntry& entry : app(wanted))
        if (entry.event->who == contact) out.push_back(entry);
    return out;
}

PhoneView phoneView(const Session& session) {
    const Scenario& scenario = session.scenario();
    std::vector<const Node*> visited;
    for (const Decision& decision : session.history())
        if (const Node* node = scenario.findNode(decision.node)) visited.push_back(node);
    visited.push_back(&session.node());

    PhoneView view;
    for (std::size_t i = 0; i < visited.size(); ++i) {
        const Node* node = visited[i];
        const bool current = i + 1 == visited.size();
        // A call lasts while the story stays in it: a node without call lines, after the
        // player chose to hang up or moved on, ends it.
        bool node_has_call = false;
        for (const Event& event : node->events) {
            const Variables* vars = current ? &session.vars() : &session.history()[i].vars;
            const PhoneEntry entry{&event, node, current, vars};
            view.timeline.push_back(entry);
            if (event.kind == EventKind::Narrate) {
                if (current) view.narration.push_back(entry);
                continue;
            }
            if (current) view.notifications.push_back(entry);
            if (event.kind == EventKind::Call) {
                view.call = CallView{event.who, event.video, event.outgoing, event.outgoing, {}};
                node_has_call = true;
            } else if (event.kind == EventKind::Say && view.call) {
                view.call->lines.push_back(entry);
                view.call->answered = true;
                node_has_call = true;
            }
            if (auto app = appOf(event.kind)) view.front = *app;
        }
        if (!node_has_call) view.call.reset();
        // The choice made here may end the call (hang up, decline) before the next node.
        if (!current && view.call) {
            const Decision& decision = session.history()[i];
            if (const Choice* chosen = node->findChoice(decision.choice);
                chosen && (chosen->action == "hang_up" || chosen->action == "decline"))
                view.call.reset();
        }
    }
    if (view.call) view.front = App::Call;
    return view;
}

}  // namespace saqbol
