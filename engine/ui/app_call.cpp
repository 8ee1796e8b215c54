// SPDX-License-Identifier: MIT
// The call screen: who is calling (a silhouette, never a face; the name and number), a
// "video call" badge, subtitles of what is said (newest at the bottom, older lines give
// way), and the round buttons bound to the moment's answer / decline / hang_up choices,
// each with its choice number; a grey keypad button opens the dialer for a `dial:` choice.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
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
        s.height = pad + em * 1.2f + p.wrappedHeight(s.text, text_w) + pad;
        lines.push_back(std::move(s));
    }

    // The buttons bound to this moment's choices.
    std::vector<CallButton> buttons;
    if (!call.answered && !call.outgoing)
        for (int n : ctx.bound("answer")) buttons.push_back({n, true});
    for (const char* action : {"decline", "hang_up"})
        for (int n : ctx.bound(action)) buttons.push_back({n, false});
    for (int n : ctx.dialChoices()) buttons.push_back({n, false, true});
    const float radius = em * 1.5f;
    const float buttons_top = area.max.y - pad - radius * 2;
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
        p.centered(area.center().x, y, theme::kWhite, p.fit(name, area.width() - 2 * pad, Face::Bold), Face::Bold);
        y += em * 1.3f;
        if (!number.empty()) {
            p.centered(area.center().x, y, soft, p.fit(number, area.width() - 2 * pad));
            y += em * 1.3f;
        }
    } else {
        const float avatar = em * 2.6f;
        icons::person(p.list(), ImVec2(area.min.x + pad + avatar * 0.5f, y + avatar * 0.5f), avatar, avatar_bg, avatar_ink);
        const float x = area.min.x + pad + avatar + em * 0.5f;
        const float w = area.max.x - pad - x;
        p.text(ImVec2(x, y), theme::kWhite, p.fit(name, w, Face::Bold), Face::Bold);
        float line_x = x;
        if (call.video) {
            icons::video(p.list(), ImVec2(x + em * 0.5f, y + em * 1.75f), em * 0.9f, soft);
            line_x += em * 1.2f;
        }
        p.text(ImVec2(line_x, y + em * 1.25f), soft, p.fit(number.empty() ? state : number, x + w - line_x));
        y += avatar + em * 0.2f;
    }

    // Subtitles: as many of the newest lines as fit between the caller and the buttons.
    const float top = y + em * 0.3f;
    float bottom = buttons_top - em * 0.6f;
    const float gap = em * 0.4f;
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        int max_lines = 0;
        if (bottom - it->height < top) {
            // The newest line always shows, shortened if even it alone is too long.
            if (it != lines.rbegin()) break;
            max_lines = static_cast<int>((bottom - top - 2 * pad - em * 1.2f - em) / p.lineHeight()) + 1;
            if (max_lines < 1) break;
            it->height = pad + em * 1.2f + static_cast<float>(max_lines - 1) * p.lineHeight() + em + pad;
        }
        const Rect box{ImVec2(area.min.x + pad, bottom - it->height), ImVec2(area.max.x - pad, bottom)};
        p.fillRect(box, theme::kSubtitle, em * 0.5f);
        p.text(ImVec2(box.min.x + pad, box.min.y + pad), theme::rgb(255, 214, 102), p.fit(it->speaker, text_w, Face::Bold),
               Face::Bold);
        p.wrapped(ImVec2(box.min.x + pad, box.min.y + pad + em * 1.2f), text_w, theme::kWhite, it->text, Face::Regular,
                  max_lines);
        bottom -= it->height + gap;
    }
}

}  // namespace saqbol::ui
