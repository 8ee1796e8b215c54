// SPDX-License-Identifier: MIT
// The keys the game reacts to, named by meaning and read by physical position (SDL
// scancodes): the number row counts as 1-9 whatever the layout — a Kazakh layout types
// Ә, І, Ң, Ғ… on those keys, and a player must still be able to pick choice 2 with them.
// Window collects them as they arrive, so a quick press between two frames is not lost.
#pragma once

typedef union SDL_Event SDL_Event;

namespace saqbol::platform {

enum class GameKey { None, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9, Enter, Escape, Backspace, Up, Down, Tab,
                     BackTab /* Shift+Tab */, Left, Right, Digit0 /* the phone's keypad only */, Plus /* + on the keypad, Shift+= */,
                     F2 /* the next language */, PageUp, PageDown, F12 /* author mode: the author panel */,
                     Space /* presenter mode: one more hand */, N /* presenter mode: notes */, P /* presenter mode: pause */,
                     F9 /* the teacher's view */ };

// The game key an SDL key-down event stands for (None for other events and keys).
GameKey gameKeyOf(const SDL_Event& event);
// 1-9 for Digit1..Digit9, else 0.
int digitOf(GameKey key);

}  // namespace saqbol::platform
