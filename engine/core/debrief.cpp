// SPDX-License-Identifier: MIT
#include "debrief.h"

namespace saqbol {

Debrief buildDebrief(const Session& session) {
    Debrief debrief;
    const Scenario& scenario = session.scenario();
    if (session.ended()) debrief.ending = &session.node();
    for (const Decision& decision : session.history()) {
        const Node* node = scenario.findNode(decision.node);
        const Choice* chosen = node != nullptr ? node->findChoice(decision.choice) : nullptr;
        if (chosen == nullptr || chosen->verdict == Verdict::Neutral) continue;
        DebriefMoment moment{node, chosen, {}};
        for (const Choice& choice : node->choices)
            if (choice.verdict == Verdict::Safe) moment.safe_moves.push_back(&choice);
        debrief.moments.push_back(std::move(moment));
    }
    debrief.scores = session.score();
    return debrief;
}

}  // namespace saqbol
