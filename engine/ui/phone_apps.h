// SPDX-License-Identifier: MIT
// Inside the phone: the frame (phone_frame.cpp) and one function per app, each drawing
// the PhoneView's entries for that app into the part of the screen it is given. Apps may
// offer controls bound to the moment's choices (the red button = the choice whose action
// is hang_up); a tapped control reports the choice, it never plays it. Internal to engine_ui.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "painter.h"
#include "phone.h"
#include "scenario_text.h"
#include "screens.h"

namespace saqbol::ui {

// Something on the phone screen a pointer or the keyboard can press: recorded in focus
// order (Tab walks it), pressed by a click or by Enter while focused.
struct PhoneControl {
    std::string name;              // for tests and the DrawLog: "call-end:3", "keypad:7", "banner:sms"…
    Rect rect;
    int order = 0;                 // focus group: 0 the bar back, 1 banners, 2 the app
    std::function<void()> press;   // what pressing it does (report a choice, open an app, type a digit…)
    int grid = 0;                  // keys of a grid (the keypad): its column count; Up/Down move by rows
    int badge = 0;                 // the choice number shown on it (redrawn over the focus ring)
    ImVec2 badge_at{};
};

// What every app draws from, and where a tapped control reports the choice.
struct PhoneContext {
    Painter& paint;
    const PhoneView& view;
    const ScenarioText& words;
    const Variables& vars;                   // the variables now
    const std::vector<const Choice*>& shown; // the numbered choices of this moment
    std::optional<std::string>& chosen;      // set when a control is tapped
    PlayScreenState& state;                  // how the player looks at the phone (app opened, keypad)
    Rect screen{};                           // the whole screen (apps paint backgrounds on it)
    std::vector<PhoneControl> controls{};    // this frame's controls, in the order they were drawn
    int page = 0;                            // this frame's PageUp (-1) / PageDown (+1), for what scrolls

    // An entry's string (its text, title, photo…) translated, with the numbers it showed then.
    std::string text(const PhoneEntry& entry, const std::string& source) const;
    // Choice numbers (1-based, as the panel numbers them) bound to `action`.
    std::vector<int> bound(std::string_view action) const;
    // Choice numbers bound to any `dial:NUMBER` action.
    std::vector<int> dialChoices() const;
    // A tappable area over `rect` that picks choice `number`; true while the pointer is over it.
    bool control(const Rect& rect, int number, const char* id);
    // A tappable area over `rect` that runs `press`; true while the pointer is over it.
    bool button(const Rect& rect, const std::string& name, std::function<void()> press, int order = 2, int grid = 0);
    // Opens the keypad (for a `dial:` choice) or closes it.
    void openKeypad(bool open);
    // The choice number in a small badge (draw it after the control's shape; it belongs to
    // the control recorded last).
    void numberBadge(ImVec2 center, int number);
};

// The phone: body, screen, status bar, banners for news from other apps, the app in front
// (or the one the player opened from a banner, with a bar back to the app in front).
void drawPhone(PhoneContext& ctx, const Rect& body);

// The apps with news at this moment other than the one in front, newest first: what the
// banners show, and what Tab steps through.
std::vector<App> appsWithNews(const PhoneView& view);

void drawCallApp(PhoneContext& ctx, const Rect& area);
void drawMessagesApp(PhoneContext& ctx, const Rect& area);   // SMS
void drawMessengerApp(PhoneContext& ctx, const Rect& area);
void drawBrowserApp(PhoneContext& ctx, const Rect& area);
void drawFeedApp(PhoneContext& ctx, const Rect& area);
void drawGameApp(PhoneContext& ctx, const Rect& area);
void drawBankApp(PhoneContext& ctx, const Rect& area);
void drawLockScreen(PhoneContext& ctx, const Rect& area);
// The dialer: the number typed so far, a 3x4 keypad and the green call button; dialing the
// number a `dial:` choice names reports that choice (phone_keypad.cpp).
void drawKeypadApp(PhoneContext& ctx, const Rect& area);
// A keypad glyph (nine dots) for the buttons that open the dialer.
void keypadIcon(ImDrawList* list, ImVec2 c, float size, ImU32 color);

// Buttons for the moment's choices bound to `app`'s other actions (block, report, install,
// pay…, and the keypad for a `dial:` choice), as a column of pills at the bottom of `area`;
// returns the height used (phone_controls.cpp). Measures only when `draw` is false.
float drawActionStrip(PhoneContext& ctx, const Rect& area, App app, bool draw);

// An app's title bar: icon, title and an optional second line; returns its height.
float drawAppBar(PhoneContext& ctx, const Rect& area, App app, const std::string& title,
                 const std::string& subtitle, ImU32 background, ImU32 ink);

// A notification card (banners and the lock screen): the app's icon, who or what it is
// from, and up to `max_lines` of its text. Measures only when `draw` is false.
float notificationCard(PhoneContext& ctx, const PhoneEntry& entry, ImVec2 at, float width, int max_lines, bool draw);

// Who an entry is from as the phone shows it (contact name, page title, game name…).
std::string entrySender(const PhoneContext& ctx, const PhoneEntry& entry);

}  // namespace saqbol::ui
