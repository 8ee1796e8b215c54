// SPDX-License-Identifier: MIT
// The phone's controls: the PhoneContext helpers every app uses to offer a button (bound to
// a choice, or doing something on the phone such as opening the keypad), the number badge
// of a bound control, and the strip of action pills (block, report, install, pay, type the
// code, open the link, the keypad) an app shows for choices it has no button of its own for.
// A control is only recorded here; play_screen.cpp gives it the keyboard focus and presses
// it on Enter. Dear ImGui only; no game rules.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

std::string PhoneContext::text(const PhoneEntry& entry, const std::string& source) const {
    return words.text(entry.node->id, source, entry.vars != nullptr ? *entry.vars : vars);
}

std::vector<int> PhoneContext::bound(std::string_view action) const {
    std::vector<int> numbers;
    for (std::size_t i = 0; i < shown.size() && i < 9; ++i)
        if (shown[i]->action == action) numbers.push_back(static_cast<int>(i + 1));
    return numbers;
}

std::vector<int> PhoneContext::dialChoices() const {
    std::vector<int> numbers;
    for (std::size_t i = 0; i < shown.size() && i < 9; ++i)
        if (shown[i]->action.rfind("dial:", 0) == 0) numbers.push_back(static_cast<int>(i + 1));
    return numbers;
}

bool PhoneContext::button(const Rect& rect, const std::string& name, std::function<void()> press, int order, int grid) {
    ImGui::SetCursorScreenPos(rect.min);
    ImGui::PushID(name.c_str());
    const bool clicked = ImGui::InvisibleButton("control", ImVec2(std::max(rect.width(), 1.0f), std::max(rect.height(), 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (clicked) press();
    controls.push_back({name, rect, order, std::move(press), grid});
    return hovered;
}

bool PhoneContext::control(const Rect& rect, int number, const char* id) {
    return button(rect, std::string(id) + ":" + std::to_string(number), [this, number] {
        if (number >= 1 && static_cast<std::size_t>(number) <= shown.size()) chosen = shown[static_cast<std::size_t>(number - 1)]->id;
    });
}

void PhoneContext::openKeypad(bool open) {
    state.keypad = open;
    state.dialed.clear();
    state.wrong_number = false;
    state.highlighted = -1;  // the controls change under the focus
}

void PhoneContext::numberBadge(ImVec2 center, int number) {
    if (!controls.empty() && controls.back().badge == 0) {
        controls.back().badge = number;
        controls.back().badge_at = center;
    }
    paint.list()->AddCircleFilled(center, paint.em() * 0.72f, theme::kWhite, 20);
    paint.badge(center, paint.em() * 0.62f, theme::kAccent, theme::kBadgeInk, std::to_string(number));
}

void keypadIcon(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float step = size * 0.32f;
    for (int row = -1; row <= 1; ++row)
        for (int col = -1; col <= 1; ++col)
            list->AddCircleFilled(ImVec2(c.x + step * static_cast<float>(col), c.y + step * static_cast<float>(row)), size * 0.1f,
                                  color, 10);
}

namespace {

// One pill: an action a choice is bound to, what the button says, and the choice number.
struct Pill {
    std::string action;
    std::string label;
    int number;
};

// The actions an app has pills for (its own buttons cover the rest: call buttons, links in
// bubbles, the browser's code field).
std::vector<std::string> pillActions(App app) {
    switch (app) {
        case App::Messages:
        case App::Messenger:
        case App::Game: return {"block", "report", "install"};
        case App::Feed: return {"report", "block", "install"};
        case App::Browser: return {"pay", "install", "tap_link"};
        case App::Bank: return {"pay", "type_code", "block"};
        case App::Call:
        case App::Lock: break;
    }
    return {};
}

std::vector<Pill> pills(const PhoneContext& ctx, App app) {
    const UiText& ui = ctx.words.ui();
    std::vector<Pill> out;
    for (const std::string& action : pillActions(app)) {
        std::string label = action == "block"       ? ui.tr("Block")
                            : action == "report"    ? ui.tr("Report")
                            : action == "install"   ? ui.tr("Install")
                            : action == "pay"       ? ui.tr("Pay")
                            : action == "type_code" ? ui.tr("Enter the code")
                                                    : ui.tr("Open the link");
        for (int n : ctx.bound(action)) out.push_back({action, label, n});
    }
    if (app != App::Call)  // the call screen has its own keypad button
        for (int n : ctx.dialChoices()) out.push_back({"dial", ui.tr("Keypad"), n});
    return out;
}

}  // namespace

float drawActionStrip(PhoneContext& ctx, const Rect& area, App app, bool draw) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const std::vector<Pill> list = pills(ctx, app);
    if (list.empty()) return 0.0f;
    const bool roomy = ctx.roomy();
    const float pad = roomy ? em * 0.5f : em * 0.4f;
    const float h = roomy ? em * 2.3f : em * 2.0f;
    // A roomy screen: one labelled pill per row. A short one: as many a row as fit (up to three), each
    // with its label only when it fits whole (else its icon; the numbered choice beside the
    // phone has the same icon, number and words).
    const float room = area.width() - pad * 2.8f;
    const std::size_t per_row = roomy ? 1 : std::clamp<std::size_t>(static_cast<std::size_t>((room + pad) / (em * 3.6f + pad)), 1, 3);
    const std::size_t rows = (list.size() + per_row - 1) / per_row;
    const float total = pad + static_cast<float>(rows) * (h + pad);
    if (!draw) return total;
    float y = area.max.y - total + pad;
    for (std::size_t first = 0; first < list.size(); first += per_row) {
        const std::size_t count = std::min(per_row, list.size() - first);
        const float left = area.min.x + pad * 1.4f;
        const float width = (area.max.x - pad * 1.4f - left - pad * static_cast<float>(count - 1)) / static_cast<float>(count);
        for (std::size_t k = 0; k < count; ++k) {
            const Pill& pill = list[first + k];
            const float x0 = left + static_cast<float>(k) * (width + pad);
            const Rect rect{ImVec2(x0, y), ImVec2(x0 + width, y + h)};
            const bool dial = pill.action == "dial";
            const int number = pill.number;
            const bool hovered = dial ? ctx.button(rect, "keypad-open:" + std::to_string(number), [&ctx] { ctx.openKeypad(true); })
                                      : ctx.control(rect, number, pill.action.c_str());
            const ImU32 fill = dial ? theme::kGreen : pill.action == "block" || pill.action == "report" ? theme::kRed : theme::kAccent;
            p.fillRect(rect, fill, h * 0.5f);
            if (hovered) p.strokeRect(rect.inset(-em * 0.12f, -em * 0.12f), fill, h * 0.5f, em * 0.12f);
            const float x = rect.min.x + h * 0.55f + em * 0.9f;
            const float w = rect.max.x - em * 1.9f - x;
            const bool label = p.measure(pill.label, Face::Bold).x <= w;
            const ImVec2 icon_c(label ? rect.min.x + h * 0.55f : (rect.min.x + rect.max.x - em * 1.9f) * 0.5f, rect.center().y);
            if (dial) keypadIcon(p.list(), icon_c, em * 1.2f, theme::kWhite);
            else icons::action(p.list(), pill.action, icon_c, em * 1.05f, theme::kWhite);
            if (label) p.text(ImVec2(x, rect.min.y + (h - em) * 0.5f), theme::kWhite, pill.label, Face::Bold);
            ctx.numberBadge(ImVec2(rect.max.x - em * 0.95f, rect.center().y), number);
        }
        y += h + pad;
    }
    return total;
}

}  // namespace saqbol::ui
