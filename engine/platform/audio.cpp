// SPDX-License-Identifier: MIT
// Audio: synthesis of the ring and the ping, a 4-voice mixer running in SDL's audio
// callback, and close-when-idle through one-shot SDL timers.
// Threads: voices are touched under SDL_LockAudioDevice; Shared::mutex serialises
// play/stop against the idle timer so closing never swallows a sound that just started.
#include "platform/audio.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace saqbol::platform {
namespace {

constexpr double kTwoPi = 6.283185307179586;
constexpr std::size_t kMaxVoices = 4;

// Raised-cosine fade: 0 at the edges of [start, end), 1 inside once `fade` seconds in.
double edgeFade(double t, double start, double end, double fade) {
    if (t < start || t >= end) return 0.0;
    const double edge = std::min(t - start, end - t);
    return edge >= fade ? 1.0 : 0.5 - 0.5 * std::cos(kTwoPi * 0.5 * edge / fade);
}

std::vector<float> synthesizeRing(int rate) {
    // Two 0.8 s bursts warbling between C6 and E6 sixteen times a second, then silence.
    const double period = 3.0;
    const double bursts[2][2] = {{0.0, 0.8}, {1.0, 1.8}};
    std::vector<float> out(static_cast<std::size_t>(period * rate));
    double phase = 0.0;  // continuous across frequency switches: no clicks
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const double freq = static_cast<int>(t * 16.0) % 2 == 0 ? 1046.5 : 1318.5;
        phase = std::fmod(phase + kTwoPi * freq / rate, kTwoPi);
        double env = 0.0;
        for (const auto& b : bursts) env += edgeFade(t, b[0], b[1], 0.008);
        out[i] = static_cast<float>(0.3 * env * (std::sin(phase) + 0.2 * std::sin(3.0 * phase)));
    }
    return out;
}

std::vector<float> synthesizePing(int rate) {
    // Two bell-like notes, E6 then A6, each a sharp attack and an exponential decay.
    const double length = 0.45;
    const double notes[2][2] = {{0.0, 1318.5}, {0.1, 1760.0}};
    std::vector<float> out(static_cast<std::size_t>(length * rate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        double sample = 0.0;
        for (const auto& note : notes) {
            const double local = t - note[0];
            if (local < 0.0) continue;
            const double attack = std::min(1.0, local / 0.004);
            const double env = attack * std::exp(-local / 0.09);
            const double phase = kTwoPi * note[1] * local;
            sample += 0.35 * env * (std::sin(phase) + 0.25 * std::sin(2.0 * phase));
        }
        out[i] = static_cast<float>(sample * edgeFade(t, -1.0, length, 0.02));
    }
    return out;
}

// One playing sound.
struct Voice {
    Sound sound;
    const std::vector<float>* samples;
    std::size_t position;
    int timesLeft;
};

}  // namespace

struct Audio::Shared {
    std::mutex mutex;  // guards everything below except `voices` while the device runs
    int sampleRate = 0;  // > 0 once open() found a working device
    SDL_AudioDeviceID device = 0;  // open only while something plays
    std::vector<float> ring;
    std::vector<float> ping;
    std::vector<Voice> voices;  // under SDL_LockAudioDevice while `device` is open
};

namespace {

void SDLCALL mixVoices(void* user, Uint8* stream, int bytes) {
    auto* shared = static_cast<Audio::Shared*>(user);
    float* out = reinterpret_cast<float*>(stream);
    const int count = bytes / static_cast<int>(sizeof(float));
    std::fill(out, out + count, 0.0f);
    for (Voice& voice : shared->voices) {
        const std::vector<float>& samples = *voice.samples;
        for (int i = 0; i < count && voice.timesLeft > 0; ++i) {
            out[i] += samples[voice.position];
            if (++voice.position == samples.size()) {
                voice.position = 0;
                --voice.timesLeft;
            }
        }
    }
    auto& voices = shared->voices;
    voices.erase(std::remove_if(voices.begin(), voices.end(),
                                [](const Voice& v) { return v.timesLeft <= 0; }),
                 voices.end());
    for (int i = 0; i < count; ++i) out[i] = std::clamp(out[i], -1.0f, 1.0f);
}

// Opens the default device for `shared` (caller holds the mutex); 0 on failure.
SDL_AudioDeviceID openDevice(Audio::Shared& shared, int* sampleRate) {
    SDL_AudioSpec want{};
    want.freq = 48000;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 1024;
    want.callback = mixVoices;
    want.userdata = &shared;
    SDL_AudioSpec have{};
    const SDL_AudioDeviceID device =
        SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    if (device != 0) *sampleRate = have.freq;
    return device;
}

// Closes the device once nothing plays (caller holds the mutex). SDL2 keeps a paused
// device streaming silence, so closing is what lets the sound server and CPU idle.
void closeIfIdle(Audio::Shared& shared) {
    if (shared.device == 0) return;
    SDL_LockAudioDevice(shared.device);
    const bool idle = shared.voices.empty();
    SDL_UnlockAudioDevice(shared.device);
    if (!idle) return;
    SDL_CloseAudioDevice(shared.device);  // joins the audio thread
    shared.device = 0;
}

// Live Audio instances. A timer may fire after its Audio is gone, so it only touches an
// instance found here, holding the registry lock that ~Audio() also takes. Never freed:
// SDL's timer thread can outlive static destruction.
std::mutex& registryMutex() {
    static auto* mutex = new std::mutex();
    return *mutex;
}
std::vector<Audio::Shared*>& registry() {
    static auto* live = new std::vector<Audio::Shared*>();
    return *live;
}

// One-shot timer after a sound's end: closes the device if nothing plays any more.
Uint32 SDLCALL closeWhenDone(Uint32 /*interval*/, void* param) {
    std::lock_guard<std::mutex> registryLock(registryMutex());
    auto* shared = static_cast<Audio::Shared*>(param);
    const auto& live = registry();
    if (std::find(live.begin(), live.end(), shared) != live.end()) {
        std::lock_guard<std::mutex> lock(shared->mutex);
        closeIfIdle(*shared);
    }
    return 0;
}

}  // namespace

std::vector<float> synthesize(Sound sound, int sampleRate) {
    if (sampleRate <= 0) return {};
    return sound == Sound::Ring ? synthesizeRing(sampleRate) : synthesizePing(sampleRate);
}

Audio::Audio() : shared_(std::make_unique<Shared>()) {
    std::lock_guard<std::mutex> registryLock(registryMutex());
    registry().push_back(shared_.get());
}

Audio::~Audio() {
    {
        std::lock_guard<std::mutex> registryLock(registryMutex());
        auto& live = registry();
        live.erase(std::remove(live.begin(), live.end(), shared_.get()), live.end());
        std::lock_guard<std::mutex> lock(shared_->mutex);
        if (shared_->device != 0) SDL_CloseAudioDevice(shared_->device);
        shared_->device = 0;
        shared_->sampleRate = 0;
    }
    if (subsystemStarted_) SDL_QuitSubSystem(SDL_INIT_AUDIO | SDL_INIT_TIMER);
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0) SDL_Quit();  // frees D-Bus etc. when last
}

bool Audio::open() {
    if (available()) return true;
    if (!subsystemStarted_) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO | SDL_INIT_TIMER) != 0) {
            lastError_ = std::string("no audio: ") + SDL_GetError();
            return false;
        }
        subsystemStarted_ = true;
    }
    std::lock_guard<std::mutex> lock(shared_->mutex);
    int rate = 0;
    const SDL_AudioDeviceID probe = openDevice(*shared_, &rate);  // is there a device at all?
    if (probe == 0) {
        lastError_ = std::string("no audio device: ") + SDL_GetError();
        return false;
    }
    SDL_CloseAudioDevice(probe);
    shared_->sampleRate = rate;
    shared_->ring = synthesize(Sound::Ring, rate);
    shared_->ping = synthesize(Sound::Ping, rate);
    shared_->voices.reserve(kMaxVoices);
    lastError_.clear();
    return true;
}

bool Audio::available() const {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return shared_->sampleRate > 0;
}

void Audio::play(Sound sound, int times) {
    if (muted_ || times <= 0) return;
    std::lock_guard<std::mutex> lock(shared_->mutex);
    if (shared_->sampleRate <= 0) return;
    if (shared_->device == 0) {
        int rate = 0;
        shared_->voices.clear();
        shared_->device = openDevice(*shared_, &rate);
        if (shared_->device == 0) return;  // the device went away: stay silent
        if (rate != shared_->sampleRate) {  // another device became the default
            shared_->sampleRate = rate;
            shared_->ring = synthesize(Sound::Ring, rate);
            shared_->ping = synthesize(Sound::Ping, rate);
        }
    }
    const std::vector<float>& samples = sound == Sound::Ring ? shared_->ring : shared_->ping;
    SDL_LockAudioDevice(shared_->device);
    if (shared_->voices.size() < kMaxVoices) {
        shared_->voices.push_back(Voice{sound, &samples, 0, times});
    }
    SDL_UnlockAudioDevice(shared_->device);
    SDL_PauseAudioDevice(shared_->device, 0);
    const double seconds = static_cast<double>(samples.size()) * times / shared_->sampleRate;
    const auto delayMs = static_cast<Uint32>(seconds * 1000.0) + 250;
    SDL_AddTimer(delayMs, closeWhenDone, shared_.get());  // on failure it stays open: harmless
}

void Audio::stop(Sound sound) {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    if (shared_->device == 0) return;
    SDL_LockAudioDevice(shared_->device);
    auto& voices = shared_->voices;
    voices.erase(std::remove_if(voices.begin(), voices.end(),
                                [sound](const Voice& v) { return v.sound == sound; }),
                 voices.end());
    SDL_UnlockAudioDevice(shared_->device);
    closeIfIdle(*shared_);
}

void Audio::stopAll() {
    stop(Sound::Ring);
    stop(Sound::Ping);
}

void Audio::setMuted(bool muted) {
    muted_ = muted;
    if (muted) stopAll();
}

}  // namespace saqbol::platform
