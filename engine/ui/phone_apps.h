// SPDX-License-Identifier: MIT
// Inside the phone: the frame (phone_frame.cpp), the scrolled list the apps draw their
// words into (AppList, app_list.cpp: no text is ever cut or dropped), and one function per
// app, each drawing the PhoneView's entries for that app into the part of the screen it is
// given. Apps may offer controls bound to the moment's choices (the red button = the choice
// whose action is hang_up); a tapped control reports the choice, it never plays it.
// Internal to engine_ui.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "painter.h"
#include "phone.h"
#include "screen_parts.h"
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

    // Whether the screen is tall for the text size (26 em): banners show as cards and action
    // buttons in a column; a short one (large text, a small window) packs them in rows.
    bool roomy() const { return screen.height() >= paint.em() * 26.0f; }
    // Where `app`'s scrolled list was left this moment (-1: its start), kept in `state`.
    int& listFirst(App app) { return state.list_first.try_emplace(app, -1).first->second; }
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

// A phone app's scrolled content (app_list.cpp): lines of text and blocks the app draws
// itself (a photo, a form field), grouped into boxes (a bubble, a card) painted around the
// part of them that shows. Like the call's subtitles it scrolls by whole rows, so no line
// is ever cut and every line drawn stays inside the list: PageUp/PageDown (ctx.page) and
// the wheel over it move it, a cue line says what is hidden, and nothing moves by itself.
class AppList {
public:
    // How a box looks: its column, the room its rows keep from its top and bottom edges,
    // and how it is painted (given its rectangle, which may reach past the list: clipped).
    struct Box {
        float left = 0.0f;
        float right = 0.0f;
        float pad_top = 0.0f;
        float pad_bottom = 0.0f;
        std::function<void(Painter&, const Rect&)> paint;
    };
    // How the list sits in its area and where it starts.
    struct Look {
        const char* region = "app";  // the DrawLog region ("messages", "bank"…)
        bool from_bottom = false;    // chats: the rows sit at the bottom while they all fit
        int start_row = 0;           // the row the list first shows from (the newest message's first line)
        ImU32 cue_ink = 0;           // the "more above/below" line
        ImU32 cue_fill = 0;          // behind it
    };

    explicit AppList(Painter& p) : p_(p) {}

    // Starts a box `gap` below what came before; rows added until endBox() belong to it.
    void box(Box box, float gap);
    void endBox();
    // `text` wrapped to `width`, one row per line, from `x`; `gap` above the first line.
    // Returns the first line's row.
    int text(std::string_view text, float x, float width, ImU32 color, Face face = Face::Regular, float gap = 0.0f);
    // A row of `height` the app draws itself when it shows (`draw` gets the row's top-left).
    int block(float x, float height, float gap, std::function<void(Painter&, ImVec2)> draw);
    // More drawing with row `row` when it shows (an icon beside it, an underline).
    void decorate(int row, std::function<void(Painter&, ImVec2)> draw);
    // Underlines the text of rows `from`..`to` (a link), in its colour.
    void underline(int from, int to);
    int rows() const { return static_cast<int>(rows_.size()); }
    // The height all rows take, with the boxes' padding.
    float contentHeight() const;

    // Draws the rows that fit in `area` from where the player left it (`first`, -1: the
    // start), moved by this frame's PageUp/PageDown and wheel; boxes first, then rows.
    void draw(PhoneContext& ctx, const Rect& area, int& first, const Look& look);
    // After draw(): whether row `row` showed, and where.
    bool shows(int row) const { return row >= view_.first && row <= view_.last; }
    Rect rowRect(int row) const;
    // The part of rows `from`..`to` that showed (empty when none did).
    std::optional<Rect> shownSpan(int from, int to) const;
    const Rect& region() const { return region_; }

private:
    struct Row {
        std::string text;
        float x = 0.0f;
        ImU32 color = 0;
        Face face = Face::Regular;
        float height = 0.0f;
        float gap = 0.0f;
        int box = -1;
        bool underline = false;
        std::vector<std::function<void(Painter&, ImVec2)>> draw;
    };
    Row& add(float x, float height, float gap);

    Painter& p_;
    std::vector<Row> rows_;
    std::vector<Box> boxes_;
    bool in_box_ = false;
    float pending_gap_ = 0.0f;
    ScrollView view_;
    Rect region_{};
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

// An app's title bar: icon, title and an optional second line, each on one line; returns
// its height. `cut` (may be null) is set when either had to be shortened, so the app shows
// them in full at the top of its list (contactCard).
float drawAppBar(PhoneContext& ctx, const Rect& area, App app, const std::string& title,
                 const std::string& subtitle, ImU32 background, ImU32 ink, bool* cut = nullptr);
// Who a thread is with, in full (the name and the number, wrapped), as a box of `list`
// `gap` below what came before: shown where the bar had to shorten them, and over each
// thread when a moment brings messages in more than one.
void contactCard(PhoneContext& ctx, AppList& list, const Rect& area, const std::string& name, const std::string& number,
                 ImU32 fill, ImU32 ink, ImU32 muted, float gap = 0.0f);

// A banner for news from another app: the app's icon, who or what it is from, and up to
// `max_lines` of its text (a preview: the app opened from it shows it all). Measures only
// when `draw` is false.
float notificationCard(PhoneContext& ctx, const PhoneEntry& entry, ImVec2 at, float width, int max_lines, bool draw);
// The same card in full (the sender and the whole text, wrapped) as a box of `list` (the
// lock screen's notifications).
void notificationCard(PhoneContext& ctx, AppList& list, const PhoneEntry& entry, float left, float width, float gap);
// The line under a notification's sender: its text, or what the event is ("Incoming call").
std::string notificationText(const PhoneContext& ctx, const PhoneEntry& entry);

// Who an entry is from as the phone shows it (contact name, page title, game name…).
std::string entrySender(const PhoneContext& ctx, const PhoneEntry& entry);

}  // namespace saqbol::ui
