// SPDX-License-Identifier: MIT
// The dialer: how a `dial:NUMBER` choice ("hang up and call the number on your card
// yourself") is done on the phone. The number typed so far (grouped as Kazakh numbers are
// written), a calm hint when the last number dialed was not the one the choice names, a
// 3x4 keypad (1-9, +, 0, erase) and the green call button with the choice's number.
// Dialing the named number reports that choice; any other number does not advance.
// A leading 8 counts as +7 (the same Kazakh number dialed the domestic way).
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

// Only the digits, with a domestic 8XXXXXXXXXX turned into 7XXXXXXXXXX.
std::string canonical(std::string_view number) {
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 11 && digits[0] == '8') digits[0] = '7';
    return digits;
}

// "+77000001111" as "+7 700 000 11 11" (grouped as it is typed); short numbers as typed.
std::string grouped(const std::string& typed) {
    const bool plus = !typed.empty() && typed[0] == '+';
    const std::string digits = plus ? typed.substr(1) : typed;
    const bool kz = digits.size() > 4 && (digits[0] == '7' || digits[0] == '8') &&
                    digits.find('+') == std::string::npos;
    if (!kz) return typed;
    std::string out = plus ? "+" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i == 1 || i == 4 || i == 7 || i == 9 || (i > 9 && i % 2 == 1)) out += ' ';
        out += digits[i];
    }
    return out;
}

// The erase key: a tag pointing left with a cross in it.
void eraseIcon(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float w = size * 0.5f;
    const float h = size * 0.32f;
    const ImVec2 pts[] = {ImVec2(c.x - w, c.y), ImVec2(c.x - w * 0.45f, c.y - h), ImVec2(c.x + w, c.y - h),
                          ImVec2(c.x + w, c.y + h), ImVec2(c.x - w * 0.45f, c.y + h)};
    list->AddPolyline(pts, 5, color, ImDrawFlags_Closed, std::max(1.5f, size * 0.07f));
    const float x = size * 0.14f;
    const ImVec2 m(c.x + w * 0.28f, c.y);
    list->AddLine(ImVec2(m.x - x, m.y - x), ImVec2(m.x + x, m.y + x), color, std::max(1.5f, size * 0.07f));
    list->AddLine(ImVec2(m.x - x, m.y + x), ImVec2(m.x + x, m.y - x), color, std::max(1.5f, size * 0.07f));
}

// Presses the green button: the choice whose number was dialed, or the calm hint.
void dial(PhoneContext& ctx) {
    if (canonical(ctx.state.dialed).empty()) return;
    for (const Choice* choice : ctx.shown)
        if (choice->action.rfind("dial:", 0) == 0 && canonical(choice->action.substr(5)) == canonical(ctx.state.dialed)) {
            ctx.chosen = choice->id;
            return;
        }
    ctx.state.wrong_number = true;
}

}  // namespace

void drawKeypadApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const UiText& ui = ctx.words.ui();
    const float em = p.em();
    const float pad = em * 0.8f;
    const float w = area.width() - 2 * pad;

    // The number, then room for the hint (kept even when empty, so the keys never jump).
    float y = area.min.y + pad;
    if (ctx.state.dialed.empty()) p.centered(area.center().x, y, theme::kMuted, p.fit(ui.tr("Enter a number"), w));
    else p.centered(area.center().x, y, theme::kInk, p.fit(grouped(ctx.state.dialed), w, Face::Bold), Face::Bold);
    y += em * 1.5f;
    const std::string hint = ui.tr("This is not the number you chose to call. Check it and dial again.");
    const int hint_lines = static_cast<int>(p.wrap(hint, w).size());  // the whole hint: it must be read
    const float hint_h = em + static_cast<float>(hint_lines - 1) * p.lineHeight();
    if (ctx.state.wrong_number) p.wrapped(ImVec2(area.min.x + pad, y), w, theme::rgb(150, 84, 0), hint, Face::Regular, hint_lines);
    y += hint_h + em * 0.5f;
    p.fillRect({ImVec2(area.min.x + pad, y), ImVec2(area.max.x - pad, y + 1.0f)}, theme::kRule);
    y += em * 0.4f;

    // Four rows of keys and the call row.
    const float row_h = (area.max.y - y - em * 0.3f) / 5.0f;
    const float col_w = w / 3.0f;
    const float radius = std::max(em * 0.75f, std::min({row_h * 0.42f, col_w * 0.36f, em * 1.9f}));
    static const char* const kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "0", ""};
    for (int i = 0; i < 12; ++i) {
        const ImVec2 c(area.min.x + pad + col_w * (static_cast<float>(i % 3) + 0.5f), y + row_h * (static_cast<float>(i / 3) + 0.5f));
        const Rect hit{ImVec2(c.x - radius, c.y - radius), ImVec2(c.x + radius, c.y + radius)};
        const std::string key = kKeys[i];
        const bool erase = key.empty();
        const bool hovered = ctx.button(hit, erase ? "keypad:erase" : "keypad:" + key, [&ctx, key, erase] {
            ctx.state.wrong_number = false;
            if (erase) {
                if (!ctx.state.dialed.empty()) ctx.state.dialed.pop_back();
            } else if (ctx.state.dialed.size() < 20) {
                ctx.state.dialed += key;
            }
        }, 2, 3);
        if (!erase) p.list()->AddCircleFilled(c, radius, hovered ? theme::rgb(206, 212, 222) : theme::rgb(228, 231, 237), 32);
        else if (hovered) p.list()->AddCircleFilled(c, radius, theme::rgb(228, 231, 237), 32);
        if (erase) eraseIcon(p.list(), c, radius * 1.1f, theme::kInk);
        else p.centered(c.x, c.y - em * 0.5f, theme::kInk, key, Face::Bold);
    }
    const std::vector<int> numbers = ctx.dialChoices();
    const ImVec2 c(area.center().x, y + row_h * 4.5f);
    const Rect hit{ImVec2(c.x - radius, c.y - radius), ImVec2(c.x + radius, c.y + radius)};
    const bool hovered = ctx.button(hit, "keypad-call", [&ctx] { dial(ctx); });
    p.list()->AddCircleFilled(c, radius, theme::kGreen, 32);
    if (hovered) p.list()->AddCircle(c, radius + em * 0.15f, theme::kGreen, 32, em * 0.12f);
    icons::handset(p.list(), c, radius * 1.1f, theme::kWhite);
    if (!numbers.empty()) ctx.numberBadge(ImVec2(c.x + radius + em * 0.9f, c.y), numbers.front());
}

}  // namespace saqbol::ui
