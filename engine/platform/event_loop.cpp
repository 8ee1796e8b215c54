// SPDX-License-Identifier: MIT
// EventLoop: wait / dispatch / draw scheduling. Idle = no pending frames, no animation:
// the thread sleeps in SDL_WaitEvent(Timeout) until input, the next timer or (author mode
// only) the next idle poll.
#include "platform/event_loop.h"

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace saqbol::platform {

EventLoop::EventLoop(EventHandler onEvent, DrawFunction draw)
    : onEvent_(std::move(onEvent)), draw_(std::move(draw)) {
    eventsReady_ = SDL_InitSubSystem(SDL_INIT_EVENTS) == 0;
    if (!eventsReady_) std::fprintf(stderr, "saqbol: SDL events unavailable: %s\n", SDL_GetError());
}

EventLoop::~EventLoop() {
    if (eventsReady_) SDL_QuitSubSystem(SDL_INIT_EVENTS);
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0) SDL_Quit();  // frees D-Bus etc. when last
}

void EventLoop::requestRedraw() { pendingFrames_ = std::max(pendingFrames_, 1); }

void EventLoop::animateFor(std::uint32_t ms) {
    animateUntil_ = std::max(animateUntil_, SDL_GetTicks64() + ms);
}

void EventLoop::wakeAfter(std::uint32_t ms) {
    const std::uint64_t at = SDL_GetTicks64() + ms;
    wakeAt_ = wakeAt_ == 0 ? at : std::min(wakeAt_, at);
}

void EventLoop::wake() {
    static const Uint32 wakeType = SDL_RegisterEvents(1);
    if (wakeType == static_cast<Uint32>(-1)) return;
    SDL_Event event{};
    event.type = wakeType;
    SDL_PushEvent(&event);
}

void EventLoop::setIdlePoll(std::uint32_t ms, std::function<bool()> poll) {
    poll_ = std::move(poll);
    pollMs_ = std::max<std::uint32_t>(ms, 1);
    nextPollAt_ = SDL_GetTicks64() + pollMs_;
}

int EventLoop::idleWaitMs() const { return waitBudget(SDL_GetTicks64(), -1); }

void EventLoop::setMaxFps(int fps) {
    frameIntervalMs_ = fps > 0 ? static_cast<std::uint32_t>(1000 / fps) : 0;
}

bool EventLoop::wantsFrame(std::uint64_t now) const {
    return pendingFrames_ > 0 || now < animateUntil_;
}

void EventLoop::dispatch(const SDL_Event& event) {
    ++eventsHandled_;
    if (onEvent_) onEvent_(event);
    if (event.type == SDL_QUIT) quitRequested_ = true;
    pendingFrames_ = std::max(pendingFrames_, kSettleFrames);
}

int EventLoop::waitBudget(std::uint64_t now, int maxWaitMs) const {
    int budget = maxWaitMs;
    if (wakeAt_ != 0) {
        const int untilWake = wakeAt_ > now ? static_cast<int>(wakeAt_ - now) : 0;
        budget = budget < 0 ? untilWake : std::min(budget, untilWake);
    }
    if (poll_) {
        const int untilPoll = nextPollAt_ > now ? static_cast<int>(nextPollAt_ - now) : 0;
        budget = budget < 0 ? untilPoll : std::min(budget, untilPoll);
    }
    return budget;
}

bool EventLoop::step(int maxWaitMs) {
    if (quitRequested_) return false;
    SDL_Event event;
    const std::uint64_t start = SDL_GetTicks64();
    if (wantsFrame(start)) {
        // Pace frames: spend the rest of the frame interval collecting input.
        const std::uint64_t due = lastFrameAt_ + frameIntervalMs_;
        for (std::uint64_t now = start; now < due && !quitRequested_; now = SDL_GetTicks64()) {
            if (maxWaitMs >= 0 && now - start >= static_cast<std::uint64_t>(maxWaitMs)) break;
            if (SDL_WaitEventTimeout(&event, static_cast<int>(due - now)) == 1) dispatch(event);
        }
    } else {
        const int budget = waitBudget(start, maxWaitMs);
        if (!eventsReady_) {
            SDL_Delay(budget < 0 ? 10u : static_cast<Uint32>(budget));
        } else if (budget != 0) {
            const int got =
                budget < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, budget);
            if (got == 1) dispatch(event);
        }
    }
    while (eventsReady_ && SDL_PollEvent(&event) == 1) dispatch(event);

    const std::uint64_t now = SDL_GetTicks64();
    if (wakeAt_ != 0 && now >= wakeAt_) {
        wakeAt_ = 0;
        requestRedraw();
    }
    if (poll_ && now >= nextPollAt_) {
        nextPollAt_ = now + pollMs_;
        ++pollsMade_;
        if (poll_()) requestRedraw();
    }
    if (!quitRequested_ && wantsFrame(now)) {
        // Counted before drawing, so a redraw requested while drawing gets its own frame.
        if (pendingFrames_ > 0) --pendingFrames_;
        if (draw_) draw_();
        ++framesDrawn_;
        lastFrameAt_ = SDL_GetTicks64();
    }
    return !quitRequested_;
}

void EventLoop::run() {
    while (step()) {
    }
}

}  // namespace saqbol::platform
