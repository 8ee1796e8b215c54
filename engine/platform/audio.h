// SPDX-License-Identifier: MIT
// Audio: the phone's sounds (an incoming-call ring and a message ping), synthesised in code
// (sine tones with envelopes; no sound files) and mixed into an SDL audio device.
// With no audio device (SDL_AUDIODRIVER=dummy, no sound card, a server) every call is a
// harmless no-op. The device is open only while something plays (SDL2 keeps even a paused
// device streaming silence), so an idle game does not keep the sound server awake.
// Limits: mono, at most 4 sounds at once; reopening adds a few ms before a sound starts.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace saqbol::platform {

// The sounds the phone makes.
enum class Sound {
    Ring,  // incoming call: a warbling two-tone burst, twice, then a pause (3 s per repeat)
    Ping,  // new message: two short bell notes (0.45 s)
};

// Renders `sound` as mono float samples in -1..1 at `sampleRate` (pure; used by tests).
std::vector<float> synthesize(Sound sound, int sampleRate);

// Plays the phone's sounds through SDL audio.
class Audio {
public:
    // Does not touch SDL; call open() to get sound.
    Audio();
    // Stops sounds and closes the device.
    ~Audio();
    Audio(const Audio&) = delete;
    Audio& operator=(const Audio&) = delete;

    // Checks for a default output device; false (and silence from then on) when there is none.
    bool open();
    // Starts `sound`, repeated `times` times (a ring repeats until stopped or answered).
    void play(Sound sound, int times = 1);
    // Stops every playing instance of `sound`.
    void stop(Sound sound);
    // Stops everything.
    void stopAll();
    // Mutes (stopping what plays) or unmutes; play() does nothing while muted.
    void setMuted(bool muted);
    // Whether sounds are muted.
    bool muted() const { return muted_; }
    // Whether open() found a device (false: sounds are silently skipped).
    bool available() const;
    // Why open() failed, empty if it did not.
    const std::string& lastError() const { return lastError_; }

    struct Shared;  // state shared with SDL's audio thread and timers

private:
    std::unique_ptr<Shared> shared_;
    bool muted_ = false;
    bool subsystemStarted_ = false;
    std::string lastError_;
};

}  // namespace saqbol::platform
