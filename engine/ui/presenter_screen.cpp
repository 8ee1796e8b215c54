// SPDX-License-Identifier: MIT
// The presenter screen (presenter_screen.h): the phone large on the left; on the right a
// panel with the scenario's title and the moment's number, then the phase's content as
// blocks that page by whole blocks (PageUp/PageDown; a cue says what is hidden), and the
// keys for this phase at the bottom. Blocks: the moment's narration; per choice its number,
// its words and the hands (a count while voting, a bar after); after the reveal each
// choice's verdict and why and the discussion prompt; at the end the room per tip and per
// moment. The facilitator's keys: digits type a count, Space adds one hand, Backspace takes
// a digit off, Up/Down move between choices, Enter goes on, Esc clears the counts (or, with
// none, leaves), N notes, P pause.
#include "presenter_screen.h"

#include <algorithm>

#include "phone_apps.h"
#include "presenter_parts.h"
#include "screen_parts.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {
namespace {

std::string verdictWord(const ScenarioText& words, Verdict verdict) { return words.verdictLabel(verdict); }

const Choice* findChoice(const Node& node, const std::string& id) {
    for (const Choice& c : node.choices)
        if (c.id == id) return &c;
    return nullptr;
}

// The votes for the moment showing, reset when the moment changed.
void syncVotes(const Session& session, std::size_t shown, PresenterState& state) {
    if (state.node == session.node().id && state.step == session.history().size() && state.votes.size() == shown) return;
    state.node = session.node().id;
    state.step = session.history().size();
    state.votes.assign(shown, 0);
    state.selected = 0;
    state.fresh = true;
    state.phone = PlayScreenState{};
    state.phone.node = state.node;
}

// The facilitator's keys in the Vote and Bars phases; the room's choice when it is followed.
std::optional<std::string> handleVoteKeys(const Session& session, const std::vector<const Choice*>& shown,
                                          const ScreenInput& input, PresenterState& state, bool* leave) {
    const int count = static_cast<int>(shown.size());
    if (count == 0) return std::nullopt;
    if (count == 1) {  // one way on: nothing to vote on, the story just goes on
        if (input.back && !input.erase && state.room.empty()) *leave = true;
        return input.enter ? std::optional<std::string>(shown.front()->id) : std::nullopt;
    }
    RoomVote vote;
    vote.node = session.node().id;
    for (const Choice* c : shown) vote.choices.push_back(c->id);
    vote.votes = state.votes;
    if (state.phase == PresenterPhase::Vote) {
        *leave = countHands(input, state, count);
        return std::nullopt;
    }
    // Bars: a tie is settled with Up/Down among the leaders; Enter follows; Esc recounts.
    if (!settleTie(input, state, vote.leaders())) return std::nullopt;
    vote.followed = vote.choices[static_cast<std::size_t>(state.selected)];
    state.room.push_back(vote);
    state.phase = PresenterPhase::Reveal;
    return vote.followed;
}

}  // namespace

PresenterAction drawPresenterScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                                    PresenterState& state, const PresenterLesson* lesson, DrawLog* log) {
    PresenterAction action;
    const UiText& ui = words.ui();
    action.changed = input.digit != 0 || !input.dial.empty() || input.enter || input.back || input.up || input.down ||
                     input.next || input.previous || input.hand || input.notes || input.pause || input.page_up ||
                     input.page_down;
    if (input.pause) state.paused = !state.paused;
    if (input.notes && !state.paused) state.notes = !state.notes;

    const std::vector<const Choice*> shown = session.shownChoices();
    if (state.phase == PresenterPhase::Vote || state.phase == PresenterPhase::Bars) {
        if (session.ended()) state.phase = PresenterPhase::Summary;  // nothing to vote on
        else syncVotes(session, shown.size(), state);
    }

    ImDrawList* list = beginScreen("##presenter");
    Painter p(list, log);
    const float em = p.em();

    if (state.paused) {
        drawPaused(p, ui);
        endScreen();
        return action;
    }

    // The keys act first, so the frame shows their result.
    if (state.phase == PresenterPhase::Vote || state.phase == PresenterPhase::Bars) {
        action.choice = handleVoteKeys(session, shown, input, state, &action.leave);
    } else if (state.phase == PresenterPhase::Reveal) {
        if (input.enter) state.phase = session.ended() ? PresenterPhase::Summary : PresenterPhase::Vote;
    } else if (input.enter && lesson != nullptr && lesson->has_next) {
        action.next = true;
    } else if (input.enter || (input.back && !input.erase)) {
        action.leave = true;
    }
    // Enter after a reveal opens the next vote: its counts start this frame.
    if (state.phase == PresenterPhase::Vote && !session.ended()) syncVotes(session, shown.size(), state);

    const PresenterLayout at = presenterLayout(em);
    // The phone: what the room sees of the story. After the reveal it shows what followed.
    std::optional<std::string> tapped;  // taps do not choose here: the room does
    const PhoneView view = phoneView(session);
    PhoneContext phone{p, view, words, session.vars(), shown, tapped, state.phone};
    phone.page = input.page_down ? 1 : input.page_up ? -1 : 0;  // the phone's lists page with the panel
    drawPhone(phone, at.phone);

    p.fillRect(at.panel, theme::kPanel, em * 0.6f);
    p.pushRegion(at.panel, "panel");
    const Rect inner = at.panel.inset(em, em * 0.8f);
    const float w = inner.width();
    const float x = inner.min.x;

    // The header: the title and where the room is.
    const int moment = static_cast<int>(session.history().size()) + (state.phase == PresenterPhase::Reveal ? 0 : 1);
    std::string where;
    switch (state.phase) {
        case PresenterPhase::Vote: where = ui.tr("Moment %s · the room votes", std::to_string(moment)); break;
        case PresenterPhase::Bars: where = ui.tr("Moment %s · the votes", std::to_string(moment)); break;
        case PresenterPhase::Reveal: where = ui.tr("Moment %s · what follows", std::to_string(moment)); break;
        case PresenterPhase::Summary: where = ui.tr("The room's choices"); break;
    }
    float y = inner.min.y;
    if (lesson != nullptr && !lesson->progress.empty()) {
        p.text(ImVec2(x, y), theme::kMuted, p.fit(lesson->progress, w));
        y += em * 1.3f;
    }
    p.text(ImVec2(x, y), theme::kMuted, p.fit(words.meta(session.scenario().title), w, Face::Bold), Face::Bold);
    y += em * 1.3f;
    p.text(ImVec2(x, y), theme::kAccent, p.fit(where, w, Face::Bold), Face::Bold);
    y += em * 1.3f;
    p.fillRect({ImVec2(x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);
    y += em * 0.5f;

    // The keys for this phase, at the bottom, whole.
    std::string keys;
    switch (state.phase) {
        case PresenterPhase::Vote:
            if (shown.size() == 1) {
                keys = ui.tr("Enter: go on · N: notes · P: pause");
                break;
            }
            keys = ui.tr("Up/Down: a choice · digits: its hands · Space: one more hand · Enter: show the votes · "
                         "Esc: clear · N: notes · P: pause");
            break;
        case PresenterPhase::Bars:
            keys = ui.tr("Enter: follow the room's choice · Esc: count again · N: notes · P: pause");
            break;
        case PresenterPhase::Reveal:
            keys = session.ended() ? ui.tr("Enter: the room's choices · P: pause")
                                   : ui.tr("Enter: the next moment · P: pause");
            break;
        case PresenterPhase::Summary:
            keys = lesson != nullptr && lesson->has_next ? ui.tr("Enter: the lesson's next scenario · Esc: back to the scenarios")
                                                         : ui.tr("Enter or Esc: back to the scenarios");
            break;
    }
    const float keys_h = p.wrappedHeight(keys, w);
    const Rect body{ImVec2(x, y), ImVec2(inner.max.x, inner.max.y - keys_h - em * 0.5f)};

    // The body's blocks for this phase.
    std::vector<Block> blocks;
    int selected_block = -1;  // the block of the choice being counted: kept in view
    const Node& node = session.node();
    const float badge = em * 1.5f;
    const auto numbered = [&](int number, const std::string& text, ImU32 fill, bool ring, float gap,
                              std::function<void(Painter&, float top, float text_bottom)> under, float under_h) {
        const float text_w = w - badge - em * 0.5f;
        const float text_h = std::max(em * 1.5f, p.wrappedHeight(text, text_w));
        blocks.push_back({text_h + under_h + em * 0.5f, gap, [=](Painter& q, float top) {
                              const Rect whole{ImVec2(x - em * 0.3f, top - em * 0.25f),
                                               ImVec2(x + w + em * 0.1f, top + text_h + under_h + em * 0.25f)};
                              if (ring) {
                                  q.fillRect(whole, theme::kChoiceHover, em * 0.4f);
                                  q.strokeRect(whole, theme::kChoiceEdge, em * 0.4f, std::max(2.0f, em * 0.12f));
                              }
                              q.badge(ImVec2(x + badge * 0.5f, top + em * 0.7f), badge * 0.5f, fill, theme::kBadgeInk,
                                      std::to_string(number));
                              q.wrapped(ImVec2(x + badge + em * 0.5f, top), text_w, theme::kInk, text);
                              if (under) under(q, top + text_h + em * 0.2f, top + text_h);
                          }});
    };

    if (state.phase == PresenterPhase::Vote || state.phase == PresenterPhase::Bars) {
        // The narration while voting; the bars leave it out, so the choices and counts show whole.
        for (const PhoneEntry& entry : state.phase == PresenterPhase::Vote ? view.narration : std::vector<PhoneEntry>{})
            blocks.push_back(paragraph(p, words.text(node.id, entry.event->text, session.vars()), w, theme::kNarration,
                                       Face::Regular, blocks.empty() ? 0.0f : em * 0.4f, x));
        RoomVote vote;
        for (const Choice* c : shown) vote.choices.push_back(c->id);
        vote.votes = state.votes;
        const int total = vote.total();
        const std::vector<int> leaders = vote.leaders();
        const bool tie = state.phase == PresenterPhase::Bars && leaders.size() > 1;
        const bool single = shown.size() == 1;
        std::string question = single ? ui.tr("Only one way on here: read it together, then press Enter.")
                               : state.phase == PresenterPhase::Vote
                                   ? ui.tr("Hands up: what would you do? Count the hands for each choice.")
                                   : ui.tr("%s hands in all.", std::to_string(total));
        if (tie) question += " " + ui.tr("A tie: choose with Up/Down which way the story goes, then press Enter.");
        blocks.push_back(paragraph(p, question, w, theme::kInk, Face::Bold, blocks.empty() ? 0.0f : em * 0.7f, x));
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (static_cast<int>(i) == state.selected) selected_block = static_cast<int>(blocks.size());
            const int hands = state.votes[i];
            const bool ring = static_cast<int>(i) == state.selected;
            const std::string text = words.text(node.id, shown[i]->text, session.vars());
            if (single) {
                numbered(1, text, theme::kAccent, false, em * 0.5f, nullptr, 0.0f);
            } else if (state.phase == PresenterPhase::Vote) {
                const std::string count = ui.tr("Hands: %s", std::to_string(hands));
                numbered(static_cast<int>(i) + 1, text, theme::kAccent, ring, em * 0.5f,
                         [=](Painter& q, float top, float) { q.text(ImVec2(x + badge + em * 0.5f, top), theme::kMuted, count, Face::Bold); },
                         em * 1.3f);
            } else {
                const bool leader = std::find(leaders.begin(), leaders.end(), static_cast<int>(i)) != leaders.end();
                const std::string label = std::to_string(hands) + " · " + percent(hands, total);
                const float share = total > 0 ? float(hands) / float(total) : 0.0f;
                const ImU32 color = leader ? theme::kAccent : theme::kNeutral;
                numbered(static_cast<int>(i) + 1, text, theme::kAccent, ring && (tie || leader), em * 0.5f,
                         [=](Painter& q, float top, float) { bar(q, ImVec2(x + badge + em * 0.5f, top), w - badge - em * 0.5f, share, color, label); },
                         em * 1.3f);
            }
        }
        if (state.notes) {
            std::string notes;
            for (const Choice* c : shown)
                if (c->verdict == Verdict::Safe)
                    notes += (notes.empty() ? "" : "\n") + ui.tr("Safe: %s — %s", words.text(node.id, c->text, session.vars()),
                                                                  words.text(node.id, c->why, session.vars()));
            if (notes.empty()) notes = ui.tr("No choice here is safe on its own: talk about what would have been.");
            blocks.push_back(paragraph(p, ui.tr("Notes for the facilitator (N hides them)"), w, theme::kMuted, Face::Bold, em * 0.8f, x));
            blocks.push_back(paragraph(p, notes, w, theme::kInk, Face::Regular, em * 0.2f, x));
        }
    } else if (state.phase == PresenterPhase::Reveal && !state.room.empty()) {
        const RoomVote& vote = state.room.back();
        const Node* voted = session.scenario().findNode(vote.node);
        const int total = vote.total();
        if (voted != nullptr) {
            const Choice* followed = findChoice(*voted, vote.followed);
            if (followed != nullptr)
                blocks.push_back(paragraph(p, ui.tr("The room chose: %s", words.text(voted->id, followed->text, session.vars())), w,
                                           theme::kInk, Face::Bold, 0.0f, x));
            for (std::size_t i = 0; i < vote.choices.size(); ++i) {
                const Choice* c = findChoice(*voted, vote.choices[i]);
                if (c == nullptr) continue;
                const std::string head = verdictWord(words, c->verdict) + " · " +
                                         ui.tr("%s of %s hands", std::to_string(vote.votes[i]), std::to_string(total));
                const std::string why = words.text(voted->id, c->why, session.vars());
                const float text_w = w - badge - em * 0.5f;
                const float why_h = why.empty() ? 0.0f : p.wrappedHeight(why, text_w) + em * 0.2f;
                const ImU32 color = verdictColor(c->verdict);
                numbered(static_cast<int>(i) + 1, words.text(voted->id, c->text, session.vars()), color, c->id == vote.followed,
                         em * 0.6f,
                         [=](Painter& q, float top, float) {
                             q.text(ImVec2(x + badge + em * 0.5f, top), color, head, Face::Bold);
                             if (!why.empty()) q.wrapped(ImVec2(x + badge + em * 0.5f, top + em * 1.3f), text_w, theme::kMuted, why);
                         },
                         em * 1.3f + why_h);
            }
            blocks.push_back(paragraph(p, ui.tr("To discuss"), w, theme::kAccent, Face::Bold, em * 0.8f, x));
            blocks.push_back(paragraph(p, ui.tr(discussionPrompt(momentTip(*voted))), w, theme::kInk, Face::Regular, em * 0.2f, x));
        }
        if (session.ended()) {
            blocks.push_back(paragraph(p, words.text(node.id, node.title, session.vars()), w, theme::kInk, Face::Bold, em * 0.8f, x));
            blocks.push_back(paragraph(p, words.outcomeLabel(node.outcome), w, outcomeColor(node.outcome), Face::Bold, em * 0.2f, x));
        }
    } else if (state.phase == PresenterPhase::Summary) {
        if (node.is_ending) {
            blocks.push_back(paragraph(p, words.text(node.id, node.title, session.vars()), w, theme::kInk, Face::Bold, 0.0f, x));
            blocks.push_back(paragraph(p, words.outcomeLabel(node.outcome), w, outcomeColor(node.outcome), Face::Bold, em * 0.2f, x));
        }
        blocks.push_back(paragraph(p, ui.tr("The room's hands on safe choices, per tip"), w, theme::kAccent, Face::Bold,
                                   blocks.empty() ? 0.0f : em * 0.8f, x));
        for (const RoomTip& tip : roomTips(session.scenario(), state.room)) {
            const TipInfo* info = findTip(tip.tip);
            const std::string name = info != nullptr ? ui.tr(info->name) : tip.tip;
            const std::string label = tip.scored > 0 ? ui.tr("%s of %s", std::to_string(tip.safe), std::to_string(tip.scored))
                                                     : ui.tr("no votes");
            const float name_h = p.wrappedHeight(name, w);
            blocks.push_back({name_h + em * 1.2f, em * 0.4f, [=](Painter& q, float top) {
                                  q.wrapped(ImVec2(x, top), w, theme::kInk, name);
                                  bar(q, ImVec2(x, top + name_h + em * 0.15f), w, float(tip.share()), theme::kSafe, label);
                              }});
        }
        blocks.push_back(paragraph(p, ui.tr("Moment by moment"), w, theme::kAccent, Face::Bold, em * 0.9f, x));
        for (std::size_t k = 0; k < state.room.size(); ++k) {
            const RoomVote& vote = state.room[k];
            const Node* voted = session.scenario().findNode(vote.node);
            const Choice* followed = voted != nullptr ? findChoice(*voted, vote.followed) : nullptr;
            if (followed == nullptr) continue;
            std::string line = ui.tr("The room chose: %s", words.text(voted->id, followed->text, session.vars())) + " (" +
                               verdictWord(words, followed->verdict) + ")";
            if (followed->verdict != Verdict::Safe)
                for (const Choice& c : voted->choices)
                    if (c.verdict == Verdict::Safe) {
                        line += "\n" + ui.tr("Safe: %s", words.text(voted->id, c.text, session.vars()));
                        break;
                    }
            const ImU32 color = verdictColor(followed->verdict);
            numbered(static_cast<int>(k) + 1, line, color, false, em * 0.4f, nullptr, 0.0f);
        }
        if (lesson != nullptr && !lesson->discuss.empty()) {
            blocks.push_back(paragraph(p, ui.tr("The lesson's questions for the room"), w, theme::kAccent, Face::Bold, em * 0.9f, x));
            for (std::size_t k = 0; k < lesson->discuss.size(); ++k)
                numbered(static_cast<int>(k) + 1, lesson->discuss[k], theme::kAccent, false, em * 0.4f, nullptr, 0.0f);
        }
        blocks.push_back(paragraph(p, ui.tr("Only the room's hands were counted: no one's answers were kept."), w,
                                   theme::kMuted, Face::Regular, em * 0.8f, x));
    }

    drawBlocks(p, ui, body, blocks, input, state, selected_block);
    p.wrapped(ImVec2(x, inner.max.y - keys_h), w, theme::kMuted, keys);
    p.popRegion();
    endScreen();
    return action;
}

std::vector<std::string> presenterTexts(const ScenarioText& words) {
    std::vector<std::string> texts = screenTexts(words);
    texts.emplace_back("·—0123456789%");
    for (const TipInfo& tip : allTips()) texts.push_back(words.ui().tr(discussionPrompt(tip.id)));
    return texts;
}

}  // namespace saqbol::ui
