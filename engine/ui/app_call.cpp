// SPDX-License-Identifier: MIT
// The call screen: who is calling (a silhouette, never a face; the name and number), a
// "video call" badge, subtitles of what is said (newest at the bottom; when they do not
// fit they scroll by whole rows, starting at the newest line's first word; a name or number
// the header had to shorten comes first in them, in full), and the round buttons bound to
// the moment's answer / decline / hang_up choices, each with its choice number; a grey
// keypad button opens the dialer for a `dial:` choice.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "screen_parts.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

struct CallButton {
    int number;
    bool accept;          // green answer button; otherwise red
    bool keypad = false;  // grey: opens the keypad for a `dial:` choice
};

// One subtitle: the speaker, then what was said.
struct Subtitle {
    std::string speaker;
    std::string text;
    float height = 0.0f;
};

}  // namespace

void drawCallApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const UiText& ui = ctx.words.ui();
    const float em = p.em();
    const float pad = em * 0.7f;
    // A short screen (large text, a small window) keeps the boxes and buttons tighter, so
    // the subtitles keep a few rows.
    const bool roomy = ctx.roomy();
    const float vpad = roomy ? pad : em * 0.4f;  // above and below the text in a subtitle box
    if (!ctx.view.call) return;
    const CallView& call = *ctx.view.call;
    p.verticalGradient(ctx.screen,
                       call.video ? theme::kVideoTop : theme::kCallTop, call.video ? theme::kVideoBottom : theme::kCallBottom);

    // Subtitles, measured first: the header gives way to the newest line.
    const float box_w = area.width() - 2 * pad;
    const float text_w = box_w - 2 * pad;
    std::vector<Subtitle> lines;
    for (const PhoneEntry& entry : call.lines) {
        Subtitle s{ctx.words.contactName(entry.event->who), ctx.text(entry, entry.event->text)};
        s.height = vpad + em * 1.2f + p.wrappedHeight(s.text, text_w) + vpad;
        lines.push_back(std::move(s));
    }

    // The buttons bound to this moment's choices.
    std::vector<CallButton> buttons;
    if (!call.answered && !call.outgoing)
        for (int n : ctx.bound("answer")) buttons.push_back({n, true});
    for (const char* action : {"decline", "hang_up"})
        for (int n : ctx.bound(action)) buttons.push_back({n, false});
    for (int n : ctx.dialChoices()) buttons.push_back({n, false, true});
    const float radius = roomy ? em * 1.5f : em * 1.25f;
    const float buttons_top = area.max.y - vpad - radius * 2;
    if (buttons.empty()) {  // the line is open, but hanging up is not what this moment offers
        const ImVec2 c(area.center().x, buttons_top + radius);
        p.list()->AddCircleFilled(c, radius, theme::rgb(220, 52, 52, 90), 32);
        icons::handset(p.list(), c, radius * 1.1f, theme::rgb(255, 255, 255, 120), true);
    }
    const float step = radius * 2 + em * 1.6f;
    float button_x = area.center().x - step * (static_cast<float>(buttons.size()) - 1.0f) * 0.5f;
    for (const CallButton& button : buttons) {
        const ImVec2 c(button_x, buttons_top + radius);
        const Rect hit{ImVec2(c.x - radius, c.y - radius), ImVec2(c.x + radius, c.y + radius)};
        const bool hovered = button.keypad ? ctx.button(hit, "keypad-open:" + std::to_string(button.number), [&ctx] { ctx.openKeypad(true); })
                                           : ctx.control(hit, button.number, button.accept ? "call-answer" : "call-end");
        p.list()->AddCircleFilled(c, radius, button.keypad ? theme::rgb(90, 98, 114) : button.accept ? theme::kGreen : theme::kRed, 32);
        if (hovered) p.list()->AddCircle(c, radius + em * 0.15f, theme::kWhite, 32, em * 0.12f);
        if (button.keypad) keypadIcon(p.list(), c, radius * 1.1f, theme::kWhite);
        else icons::handset(p.list(), c, radius * 1.1f, theme::kWhite, !button.accept);
        ctx.numberBadge(ImVec2(c.x + radius * 0.85f, c.y - radius * 0.85f), button.number);
        button_x += step;
    }

    // Who is on the line: a full header when there is room, else one compact row.
    std::string state = call.outgoing ? ui.tr("Calling…") : call.answered ? ui.tr("On the line")
                                      : call.video ? ui.tr("Incoming video call") : ui.tr("Incoming call");
    if (call.video && call.answered) state = ui.tr("Video call");
    const std::string name = ctx.words.contactName(call.contact);
    const std::string number = ctx.words.contactNumber(call.contact);
    const ImU32 avatar_bg = call.video ? theme::rgb(96, 110, 100) : theme::rgb(78, 92, 120);
    const ImU32 avatar_ink = theme::rgb(200, 208, 222);
    const ImU32 soft = theme::rgb(196, 204, 218);
    float y = area.min.y + pad * 0.5f;
    bool header_cut = false;  // the name or number had to be shortened: the subtitles start with them in full
    const auto fitted = [&](const std::string& text, float width, Face face) {
        std::string shown = p.fit(text, width, face);
        header_cut |= shown != text;
        return shown;
    };
    // The full header (state, a large silhouette, name, number) only when the newest line
    // still fits under it.
    const float full_header = em * 1.9f + std::clamp(area.height() * (call.video ? 0.2f : 0.14f), em * 2.0f, em * 5.0f) +
                              em * 1.8f + (number.empty() ? 0.0f : em * 1.3f);
    const float newest = lines.empty() ? 0.0f : lines.back().height;
    if (area.height() - pad * 0.5f - full_header - em * 0.9f - (area.max.y - buttons_top) >= newest) {
        if (call.video) {
            const std::string label = state;
            const float w = std::min(area.width() - 2 * pad, em * 1.6f + p.measure(label).x + em * 0.8f);
            const Rect pill{ImVec2(area.center().x - w * 0.5f, y), ImVec2(area.center().x + w * 0.5f, y + em * 1.5f)};
            p.fillRect(pill, theme::rgb(255, 255, 255, 40), em * 0.75f);
            icons::video(p.list(), ImVec2(pill.min.x + em * 0.9f, pill.center().y), em * 1.0f, theme::kWhite);
            p.text(ImVec2(pill.min.x + em * 1.6f, pill.min.y + em * 0.25f), theme::kWhite, p.fit(label, w - em * 2.0f));
        } else {
            p.centered(area.center().x, y, soft, p.fit(state, area.width() - 2 * pad));
        }
        y += em * 1.9f;
        const float avatar = std::clamp(area.height() * (call.video ? 0.2f : 0.14f), em * 2.0f, em * 5.0f);
        icons::person(p.list(), ImVec2(area.center().x, y + avatar * 0.5f), avatar, avatar_bg, avatar_ink);
        y += avatar + em * 0.5f;
        p.centered(area.center().x, y, theme::kWhite, fitted(name, area.width() - 2 * pad, Face::Bold), Face::Bold);
        y += em * 1.3f;
        if (!number.empty()) {
            p.centered(area.center().x, y, soft, fitted(number, area.width() - 2 * pad, Face::Regular));
            y += em * 1.3f;
        }
    } else {
        const float avatar = roomy ? em * 2.6f : em * 2.2f;
        icons::person(p.list(), ImVec2(area.min.x + pad + avatar * 0.5f, y + avatar * 0.5f), avatar, avatar_bg, avatar_ink);
        const float x = area.min.x + pad + avatar + em * 0.5f;
        const float w = area.max.x - pad - x;
        p.text(ImVec2(x, y), theme::kWhite, fitted(name, w, Face::Bold), Face::Bold);
        float line_x = x;
        if (call.video) {
            icons::video(p.list(), ImVec2(x + em * 0.5f, y + em * 1.75f), em * 0.9f, soft);
            line_x += em * 1.2f;
        }
        p.text(ImVec2(line_x, y + em * 1.25f), soft, fitted(number.empty() ? state : number, x + w - line_x, Face::Regular));
        y += avatar + em * 0.2f;
    }

    // Subtitles: every line of the call between the caller and the buttons, seen from the
    // newest line's first word; when they do not all fit they scroll by whole rows (PageUp/
    // PageDown, the wheel over them) and a cue says what is hidden. When the header had to
    // shorten the caller's name or number, they come first, in full.
    const float top = y + em * 0.3f;
    const float bottom = buttons_top - em * 0.6f;
    const float gap = em * 0.4f;
    std::vector<ScrollRow> rows;
    int newest_row = 0;
    if (header_cut && !lines.empty()) {
        for (const std::string& line : p.wrap(name, text_w, Face::Bold))
            rows.push_back({line, theme::kWhite, Face::Bold, p.lineHeight(), 0.0f, -1});
        for (const std::string& line : p.wrap(number, text_w)) rows.push_back({line, soft, Face::Regular, p.lineHeight(), 0.0f, -1});
        rows.back().height = em;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i + 1 == lines.size()) newest_row = static_cast<int>(rows.size());
        const std::vector<std::string> speaker = p.wrap(lines[i].speaker, text_w, Face::Bold);  // a long name wraps too
        for (std::size_t k = 0; k < speaker.size(); ++k)
            rows.push_back({speaker[k], theme::rgb(255, 214, 102), Face::Bold, k + 1 == speaker.size() ? em * 1.2f : p.lineHeight(),
                            !rows.empty() && k == 0 ? vpad + gap + vpad : 0.0f, static_cast<int>(i)});
        const std::vector<std::string> wrapped = p.wrap(lines[i].text, text_w);
        for (std::size_t k = 0; k < wrapped.size(); ++k)
            rows.push_back({wrapped[k], theme::kWhite, Face::Regular, k + 1 == wrapped.size() ? em : p.lineHeight(), 0.0f,
                            static_cast<int>(i)});
    }
    if (rows.empty() || bottom - top < 2 * vpad + em) return;
    const Rect region{ImVec2(area.min.x + pad, top), ImVec2(area.max.x - pad, bottom)};
    float room = region.height() - 2 * vpad;
    const float content = scrollContentHeight(rows);
    const float cue_h = em * 1.3f;
    const bool scrolls = content > room + 0.5f;
    if (scrolls) room -= cue_h;
    const bool hovered = ImGui::IsMouseHoveringRect(region.min, region.max, false);
    const float wheel = hovered ? ImGui::GetIO().MouseWheel : 0.0f;
    const float rows_top = scrolls ? top + vpad : bottom - vpad - content;  // all of it fits: newest at the bottom
    const ScrollView view = scrollRows(rows, rows_top, room, ctx.state.subtitles_first, newest_row, ctx.page, wheel);
    p.pushRegion(region, "subtitles");
    // One box per line, around the part of it that shows.
    for (int r = view.first; r <= view.last;) {
        const int group = rows[static_cast<std::size_t>(r)].group;
        const float box_top = view.y[static_cast<std::size_t>(r)] - vpad;
        while (r + 1 <= view.last && rows[static_cast<std::size_t>(r + 1)].group == group) ++r;
        const float box_bottom = view.y[static_cast<std::size_t>(r)] + rows[static_cast<std::size_t>(r)].height + vpad;
        p.fillRect({ImVec2(region.min.x, std::max(box_top, region.min.y)), ImVec2(region.max.x, box_bottom)}, theme::kSubtitle,
                   em * 0.5f);
        ++r;
    }
    for (int r = view.first; r <= view.last; ++r) {
        const ScrollRow& row = rows[static_cast<std::size_t>(r)];
        p.text(ImVec2(region.min.x + pad, view.y[static_cast<std::size_t>(r)]), row.color, row.text, row.face);
    }
    if (scrolls) {
        const float cue_top = region.max.y - cue_h + em * 0.15f;
        p.fillRect({ImVec2(region.min.x, cue_top - em * 0.1f), ImVec2(region.max.x, region.max.y)}, theme::kSubtitle, em * 0.5f);
        scrollCue(p, ui, ImVec2(region.min.x + pad, cue_top), region.width() - 2 * pad, view, theme::rgb(196, 204, 218));
    }
    p.popRegion();
}

}  // namespace saqbol::ui
