// SPDX-License-Identifier: MIT
// Which sound the phone makes on arriving at a moment, decided from the scenario's data (the
// current node's events), never from what was drawn: an incoming call rings; an SMS, a
// messenger or game message or a notification pings. Core only; the app plays it.
#pragma once

#include "session.h"

namespace saqbol {

enum class SoundCue { None, Ring, Ping };

// The sound for the node `session` is at now (a ring wins over a ping).
SoundCue soundCueOf(const Session& session);

}  // namespace saqbol
