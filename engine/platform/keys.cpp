// SPDX-License-Identifier: MIT
#include "platform/keys.h"

#include <SDL.h>

namespace saqbol::platform {

GameKey gameKeyOf(const SDL_Event& event) {
    if (event.type != SDL_KEYDOWN) return GameKey::None;
    const SDL_Scancode code = event.key.keysym.scancode;
    const bool repeat = event.key.repeat != 0;
    if (code >= SDL_SCANCODE_1 && code <= SDL_SCANCODE_9 && !repeat)
        return static_cast<GameKey>(static_cast<int>(GameKey::Digit1) + (code - SDL_SCANCODE_1));
    if (code >= SDL_SCANCODE_KP_1 && code <= SDL_SCANCODE_KP_9 && !repeat)
        return static_cast<GameKey>(static_cast<int>(GameKey::Digit1) + (code - SDL_SCANCODE_KP_1));
    const bool shift = (event.key.keysym.mod & KMOD_SHIFT) != 0;
    switch (code) {
        case SDL_SCANCODE_0:
        case SDL_SCANCODE_KP_0: return repeat ? GameKey::None : GameKey::Digit0;
        case SDL_SCANCODE_KP_PLUS: return repeat ? GameKey::None : GameKey::Plus;
        case SDL_SCANCODE_EQUALS: return repeat || !shift ? GameKey::None : GameKey::Plus;
        case SDL_SCANCODE_F2: return repeat ? GameKey::None : GameKey::F2;
        case SDL_SCANCODE_F12: return repeat ? GameKey::None : GameKey::F12;
        case SDL_SCANCODE_F9: return repeat ? GameKey::None : GameKey::F9;
        case SDL_SCANCODE_SPACE: return repeat ? GameKey::None : GameKey::Space;  // one hand per press
        case SDL_SCANCODE_N: return repeat ? GameKey::None : GameKey::N;  // by position: a Kazakh layout types a letter there
        case SDL_SCANCODE_P: return repeat ? GameKey::None : GameKey::P;
        case SDL_SCANCODE_LEFT: return GameKey::Left;
        case SDL_SCANCODE_RIGHT: return GameKey::Right;
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER: return repeat ? GameKey::None : GameKey::Enter;
        case SDL_SCANCODE_ESCAPE: return repeat ? GameKey::None : GameKey::Escape;
        case SDL_SCANCODE_BACKSPACE: return repeat ? GameKey::None : GameKey::Backspace;
        case SDL_SCANCODE_UP: return GameKey::Up;  // held arrows repeat, as lists expect
        case SDL_SCANCODE_DOWN: return GameKey::Down;
        case SDL_SCANCODE_PAGEUP: return GameKey::PageUp;  // held, they page on
        case SDL_SCANCODE_PAGEDOWN: return GameKey::PageDown;
        case SDL_SCANCODE_TAB: return repeat ? GameKey::None : shift ? GameKey::BackTab : GameKey::Tab;
        default: return GameKey::None;
    }
}

int digitOf(GameKey key) {
    const int index = static_cast<int>(key) - static_cast<int>(GameKey::Digit1);
    return index >= 0 && index < 9 ? index + 1 : 0;
}

}  // namespace saqbol::platform
