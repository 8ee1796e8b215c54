// SPDX-License-Identifier: MIT
#include "sound_cues.h"

namespace saqbol {

SoundCue soundCueOf(const Session& session) {
    SoundCue cue = SoundCue::None;
    for (const Event& event : session.node().events) {
        switch (event.kind) {
            case EventKind::Call:
                if (!event.outgoing) return SoundCue::Ring;
                break;
            case EventKind::Sms:
            case EventKind::Chat:
            case EventKind::Game:
            case EventKind::Notify:
                cue = SoundCue::Ping;
                break;
            default:
                break;
        }
    }
    return cue;
}

}  // namespace saqbol
