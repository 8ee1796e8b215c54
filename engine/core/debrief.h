// SPDX-License-Identifier: MIT
// The debrief of a finished (or stopped) session: each moment that mattered — what the
// player did, the safe move at that moment, the tip it exercised — and the per-tip score.
// The terminal and the game window both draw this; neither decides what goes in it.
#pragma once

#include <vector>

#include "session.h"

namespace saqbol {

// One scored decision, with what would have been safe.
struct DebriefMoment {
    const Node* node = nullptr;
    const Choice* chosen = nullptr;
    std::vector<const Choice*> safe_moves;  // the node's safe choices (empty if none)
    bool was_safe() const { return chosen->verdict == Verdict::Safe; }
};

struct Debrief {
    const Node* ending = nullptr;           // null if the session has not ended
    std::vector<DebriefMoment> moments;     // scored decisions, in the order made
    std::vector<TipScore> scores;           // the five tips, then rules exercised
};

Debrief buildDebrief(const Session& session);

}  // namespace saqbol
