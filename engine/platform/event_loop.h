// SPDX-License-Identifier: MIT
// EventLoop: the idle-friendly main loop. It blocks in SDL_WaitEventTimeout while nothing
// changes, draws a few frames after each event (Dear ImGui needs a frame or two to settle),
// draws continuously only while an animation runs (capped at maxFps), and counts frames so
// a test can assert that nothing is redrawn without input. Author mode alone adds an idle
// poll (files are checked about every 250 ms, and a frame is drawn only when one changed);
// without it the loop sleeps until input.
// Needs only SDL's event subsystem (it initialises it), not a window or a display.
#pragma once

#include <cstdint>
#include <functional>

typedef union SDL_Event SDL_Event;

namespace saqbol::platform {

// Decides when to wait, when to dispatch events and when to draw.
class EventLoop {
public:
    using EventHandler = std::function<void(const SDL_Event&)>;
    using DrawFunction = std::function<void()>;

    // Frames drawn after each event, so ImGui's reaction to the input becomes visible.
    static constexpr int kSettleFrames = 2;

    // Starts SDL's event subsystem; `onEvent` sees every event, `draw` renders one frame.
    EventLoop(EventHandler onEvent, DrawFunction draw);
    // Stops the event subsystem again (reference-counted by SDL).
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // One iteration: waits (blocking when idle, at most `maxWaitMs`, -1 = no limit),
    // dispatches pending events, draws if needed. Returns false once quit was requested.
    bool step(int maxWaitMs = -1);
    // Calls step() until quit() or an SDL_QUIT event.
    void run();
    // Asks for the loop to end after the current iteration.
    void quit() { quitRequested_ = true; }
    // Whether quit() was called or SDL_QUIT arrived.
    bool quitRequested() const { return quitRequested_; }

    // Draws again soon even without input (e.g. the game state changed).
    void requestRedraw();
    // Draws every frame for the next `ms` milliseconds (an animation is running).
    void animateFor(std::uint32_t ms);
    // Wakes up and draws once after `ms` milliseconds (timers: "the phone rings in 3 s").
    void wakeAfter(std::uint32_t ms);
    // Wakes a waiting loop from any thread (a file watcher, a timer); it then redraws.
    static void wake();
    // Caps the frame rate while animating or settling (default 60).
    void setMaxFps(int fps);
    // Calls `poll` about every `ms` milliseconds, even while idle; when it returns true a
    // frame is drawn. An empty `poll` turns polling off (the default: no timed wake-ups).
    void setIdlePoll(std::uint32_t ms, std::function<bool()> poll);
    // How long an idle loop sleeps before it wakes by itself (-1: only input wakes it).
    int idleWaitMs() const;

    // Frames drawn so far.
    std::uint64_t framesDrawn() const { return framesDrawn_; }
    // Events dispatched so far.
    std::uint64_t eventsHandled() const { return eventsHandled_; }
    // Idle polls made so far (stays 0 unless setIdlePoll was called).
    std::uint64_t pollsMade() const { return pollsMade_; }

private:
    bool wantsFrame(std::uint64_t now) const;
    void dispatch(const SDL_Event& event);
    int waitBudget(std::uint64_t now, int maxWaitMs) const;

    EventHandler onEvent_;
    DrawFunction draw_;
    bool quitRequested_ = false;
    bool eventsReady_ = false;
    int pendingFrames_ = 1;  // the first frame
    std::uint64_t animateUntil_ = 0;
    std::uint64_t wakeAt_ = 0;  // 0 = no timer
    std::uint64_t lastFrameAt_ = 0;
    std::uint32_t frameIntervalMs_ = 16;
    std::uint64_t framesDrawn_ = 0;
    std::uint64_t eventsHandled_ = 0;
    std::function<bool()> poll_;
    std::uint32_t pollMs_ = 0;
    std::uint64_t nextPollAt_ = 0;
    std::uint64_t pollsMade_ = 0;
};

}  // namespace saqbol::platform
