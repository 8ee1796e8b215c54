// SPDX-License-Identifier: MIT
// The terminal's way of showing a scenario: each phone event as a line of text, the numbered
// choices, and the debrief with the score per tip. `saqbol play` and `saqbol quiz` (which
// shows its items as the same phone moments) print through it. Header-only: one class.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "catalog.h"
#include "debrief.h"
#include "scenario_text.h"
#include "tips.h"
#include "ui_text.h"

namespace saqbol {

// Prints one scenario's events, choices and debrief as terminal text.
class Presenter {
public:
    explicit Presenter(const ScenarioText& words) : words_(words), ui_(words.ui()) {}

    std::string text(const std::string& node_id, const std::string& source, const Variables& vars) const {
        return words_.text(node_id, source, vars);
    }
    std::string meta(const std::string& source) const { return words_.meta(source); }
    std::string contactName(const std::string& id) const { return words_.contactLabel(id); }

    void printEvent(std::ostream& out, const Node& node, const Event& e, const Variables& vars) const {
        const std::string body = text(node.id, e.text, vars);
        switch (e.kind) {
            case EventKind::Narrate: out << "  » " << body << "\n"; break;
            case EventKind::Sms: out << "  [" << ui_.tr("SMS from %s", contactName(e.who)) << "] " << body << "\n"; break;
            case EventKind::Call:
                if (e.outgoing) out << "  [" << ui_.tr("You call %s", contactName(e.who)) << "]\n";
                else if (e.video) out << "  [" << ui_.tr("Incoming video call: %s", contactName(e.who)) << "]\n";
                else out << "  [" << ui_.tr("Incoming call: %s", contactName(e.who)) << "]\n";
                break;
            case EventKind::Say:
                out << "    " << (e.who == "me" ? ui_.tr("You") : contactName(e.who)) << ": «" << body << "»\n";
                break;
            case EventKind::Chat:
                out << "  [" << ui_.tr("Message from %s", contactName(e.who)) << "] " << body << "\n";
                if (!e.link.empty()) out << "    " << ui_.tr("Link: %s", e.link) << "\n";
                if (!e.photo.empty()) out << "    " << ui_.tr("[photo: %s]", text(node.id, e.photo, vars)) << "\n";
                break;
            case EventKind::Web:
                out << "  [" << ui_.tr("Browser") << " | " << e.url << "]\n    " << text(node.id, e.title, vars) << "\n";
                if (!e.text.empty()) out << "    " << body << "\n";
                for (const std::string& f : e.fields) out << "    [ " << text(node.id, f, vars) << ": ________ ]\n";
                break;
            case EventKind::Ad:
                out << "  [" << ui_.tr("Sponsored post: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                if (!e.photo.empty()) out << "    " << ui_.tr("[photo: %s]", text(node.id, e.photo, vars)) << "\n";
                if (!e.link.empty()) out << "    " << ui_.tr("Link: %s", e.link) << "\n";
                break;
            case EventKind::Game:
                out << "  [" << ui_.tr("Game chat: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                break;
            case EventKind::Bank: {
                out << "  [" << ui_.tr("Bank app") << "] " << body << "\n";
                const std::string lang = ui_.numberLang();
                if (auto it = vars.find("balance"); it != vars.end() && std::holds_alternative<double>(it->second))
                    out << "    " << ui_.tr("Balance: %s ₸", groupNumber(std::get<double>(it->second), lang)) << "\n";
                if (auto it = vars.find("loans"); it != vars.end() && std::holds_alternative<double>(it->second) &&
                                                  std::get<double>(it->second) != 0)
                    out << "    " << ui_.tr("Loans: %s ₸", groupNumber(std::get<double>(it->second), lang)) << "\n";
                break;
            }
            case EventKind::Notify:
                out << "  [" << ui_.tr("Notification: %s", text(node.id, e.title, vars)) << "] " << body << "\n";
                break;
        }
    }

    std::string actionLabel(const std::string& action) const { return words_.actionLabel(action); }
    std::string verdictLabel(Verdict v) const { return words_.verdictLabel(v); }
    std::string outcomeLabel(Outcome o) const { return words_.outcomeLabel(o); }

    void printDebrief(std::ostream& out, const Session& session) const {
        const Debrief d = buildDebrief(session);
        const Variables& vars = session.vars();
        if (d.ending != nullptr) {
            out << "\n== " << text(d.ending->id, d.ending->title, vars) << " ==\n";
            out << outcomeLabel(d.ending->outcome) << "\n\n" << text(d.ending->id, d.ending->debrief, vars) << "\n";
        }
        out << "\n-- " << ui_.tr("Debrief: the moments that mattered") << " --\n";
        int number = 0;
        for (const DebriefMoment& m : d.moments) {
            out << "\n" << ++number << ". " << ui_.tr("You chose: %s", text(m.node->id, m.chosen->text, vars))
                << " (" << verdictLabel(m.chosen->verdict) << ")\n";
            out << "   " << text(m.node->id, m.chosen->why, vars) << "\n";
            if (!m.was_safe() && !m.safe_moves.empty())
                out << "   " << ui_.tr("The safe move: %s", text(m.node->id, m.safe_moves.front()->text, vars)) << "\n";
            if (const TipInfo* tip = findTip(m.chosen->tip))
                out << "   " << ui_.tr("Tip: %s", ui_.tr(tip->name)) << " — " << ui_.tr(tip->advice) << "\n";
        }
        if (d.moments.empty()) out << ui_.tr("No scored decisions in this play.") << "\n";
        out << "\n-- " << ui_.tr("Your score per tip") << " --\n";
        for (const TipScore& score : d.scores) {
            const TipInfo* tip = findTip(score.tip);
            out << "  " << ui_.tr(tip->name) << ": ";
            if (score.decisions == 0) {
                out << ui_.tr("not exercised in this scenario") << "\n";
                continue;
            }
            const int filled = static_cast<int>(score.mastery * 10 + 0.5);
            out << "[" << std::string(static_cast<std::size_t>(filled), '#')
                << std::string(static_cast<std::size_t>(10 - filled), '.') << "] "
                << static_cast<int>(score.mastery * 100 + 0.5) << "%\n";
        }
        out << "\n-- " << ui_.tr("If it already happened") << " --\n";
        int step = 0;
        for (const std::string_view line : damageControlSteps()) out << "  " << ++step << ". " << ui_.tr(line) << "\n";
        out << "\n-- " << ui_.tr("Where to get help") << " --\n"
            << "  " << ui_.tr("Police: 102 (emergency: 112).") << "\n"
            << "  " << ui_.tr("Your bank: call the number printed on the back of your card and ask to block operations.") << "\n";
    }

    void printChoices(std::ostream& out, const Node& node, const std::vector<const Choice*>& shown,
                      const Variables& vars) const {
        out << "\n" << ui_.tr("What do you do?") << "\n";
        for (std::size_t i = 0; i < shown.size(); ++i) {
            out << "  " << i + 1 << ") " << text(node.id, shown[i]->text, vars);
            if (!shown[i]->action.empty()) out << "  [" << actionLabel(shown[i]->action) << "]";
            out << "\n";
        }
    }

private:
    const ScenarioText& words_;
    const UiText& ui_;
};

}  // namespace saqbol
