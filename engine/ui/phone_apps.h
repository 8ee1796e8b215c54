// SPDX-License-Identifier: MIT
// Inside the phone: the frame (phone_frame.cpp) and one function per app, each drawing
// the PhoneView's entries for that app into the part of the screen it is given. Apps may
// offer controls bound to the moment's choices (the red button = the choice whose action
// is hang_up); a tapped control reports the choice, it never plays it. Internal to engine_ui.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "painter.h"
#include "phone.h"
#include "scenario_text.h"

namespace saqbol::ui {

// What every app draws from, and where a tapped control reports the choice.
struct PhoneContext {
    Painter& paint;
    const PhoneView& view;
    const ScenarioText& words;
    const Variables& vars;                   // the variables now
    const std::vector<const Choice*>& shown; // the numbered choices of this moment
    std::optional<std::string>& chosen;      // set when a control is tapped
    std::optional<App>& viewing;             // an app the player opened from a banner (UI state)
    Rect screen{};                           // the whole screen (apps paint backgrounds on it)

    // An entry's string (its text, title, photo…) translated, with the numbers it showed then.
    std::string text(const PhoneEntry& entry, const std::string& source) const;
    // Choice numbers (1-based, as the panel numbers them) bound to `action`.
    std::vector<int> bound(std::string_view action) const;
    // A tappable area over `rect` that picks choice `number`; true while the pointer is over it.
    bool control(const Rect& rect, int number, const char* id);
    // The choice number in a small badge (draw it after the control's shape).
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

// An app's title bar: icon, title and an optional second line; returns its height.
float drawAppBar(PhoneContext& ctx, const Rect& area, App app, const std::string& title,
                 const std::string& subtitle, ImU32 background, ImU32 ink);

// A notification card (banners and the lock screen): the app's icon, who or what it is
// from, and up to `max_lines` of its text. Measures only when `draw` is false.
float notificationCard(PhoneContext& ctx, const PhoneEntry& entry, ImVec2 at, float width, int max_lines, bool draw);

// Who an entry is from as the phone shows it (contact name, page title, game name…).
std::string entrySender(const PhoneContext& ctx, const PhoneEntry& entry);

}  // namespace saqbol::ui
