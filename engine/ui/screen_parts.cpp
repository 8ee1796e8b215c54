// SPDX-License-Identifier: MIT
#include "screen_parts.h"

#include <algorithm>
#include <cmath>

#include "icons.h"
#include "theme.h"

namespace saqbol::ui {

ImDrawList* beginScreen(const char* id) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav);
    ImGui::PopStyleVar(2);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilledMultiColor(ImVec2(0, 0), io.DisplaySize, theme::kDesk, theme::kDesk, theme::kDeskEdge, theme::kDeskEdge);
    return list;
}

void endScreen() { ImGui::End(); }

ImU32 verdictColor(Verdict verdict) {
    switch (verdict) {
        case Verdict::Safe: return theme::kSafe;
        case Verdict::Risky: return theme::kRisky;
        case Verdict::Harmful: return theme::kHarmful;
        case Verdict::Neutral: return theme::kNeutral;
    }
    return theme::kNeutral;
}

ImU32 outcomeColor(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return theme::kSafe;
        case Outcome::Recovered: return theme::kRisky;
        case Outcome::Loss:
        case Outcome::Legal: return theme::kHarmful;
    }
    return theme::kNeutral;
}

namespace {

struct ButtonMetrics {
    float pad, hpad, badge, text_x, text_w, label_x, label_w, label_gap;
};

// The text column beside the badge; under it the action's label (a number to dial must
// show whole, so it wraps too) after its icon's room.
ButtonMetrics metrics(const Painter& p, const ButtonContent& content, float width, bool tight) {
    const float em = p.em();
    const float pad = tight ? em * 0.35f : em * 0.6f;
    const float hpad = em * 0.6f;
    const float badge = content.number.empty() ? 0.0f : em * 1.6f;
    const float text_x = hpad + (badge > 0 ? badge + em * 0.6f : 0.0f);
    const float text_w = width - text_x - hpad;
    return {pad, hpad, badge, text_x, text_w, text_x + em * 1.3f, text_w - em * 1.3f, tight ? em * 0.25f : em * 0.35f};
}

}  // namespace

float buttonHeight(const Painter& p, const ButtonContent& content, float width, bool tight) {
    const ButtonMetrics m = metrics(p, content, width, tight);
    float h = m.pad + p.wrappedHeight(content.text, m.text_w) + m.pad;
    if (!content.action_label.empty()) h += m.label_gap + p.wrappedHeight(content.action_label, m.label_w);
    return std::max(h, m.badge + 2 * m.pad * 0.6f);
}

bool numberedButton(Painter& p, const Rect& rect, const ButtonContent& content, bool highlighted, const char* id, bool tight) {
    const float em = p.em();
    const ButtonMetrics m = metrics(p, content, rect.width(), tight);
    ImGui::SetCursorScreenPos(rect.min);
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(rect.width(), 1.0f), std::max(rect.height(), 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    p.fillRect(rect, hovered || highlighted ? theme::kChoiceHover : theme::kChoice, em * 0.5f);
    if (highlighted) p.strokeRect(rect, theme::kChoiceEdge, em * 0.5f, std::max(2.0f, em * 0.14f));
    if (m.badge > 0) {
        const ImVec2 c(rect.min.x + m.hpad + m.badge * 0.5f, rect.min.y + m.pad + em * 0.5f);
        p.badge(c, m.badge * 0.5f, theme::kAccent, theme::kBadgeInk, content.number);
    }
    const float x = rect.min.x + m.text_x;
    const float y = rect.min.y + m.pad;
    const float text_h = p.wrapped(ImVec2(x, y), m.text_w, theme::kInk, content.text);
    if (!content.action_label.empty()) {
        const float ay = y + text_h + m.label_gap;
        icons::action(p.list(), content.action, ImVec2(x + em * 0.5f, ay + em * 0.5f), em * 0.95f, theme::kMuted);
        p.wrapped(ImVec2(rect.min.x + m.label_x, ay), m.label_w, theme::kMuted, content.action_label);
    }
    return clicked;
}

float scrollContentHeight(const std::vector<ScrollRow>& rows) {
    float h = 0.0f;
    for (std::size_t i = 0; i < rows.size(); ++i) h += (i > 0 ? rows[i].gap : 0.0f) + rows[i].height;
    return h;
}

namespace {

// The last row that still fits in `height` when the rows show from `first` (first - 1: none).
int lastFitting(const std::vector<ScrollRow>& rows, int first, float height) {
    float h = 0.0f;
    int last = first - 1;
    for (int i = first; i < static_cast<int>(rows.size()); ++i) {
        const ScrollRow& row = rows[static_cast<std::size_t>(i)];
        h += (i > first ? row.gap : 0.0f) + row.height;
        if (h > height + 0.5f) break;
        last = i;
    }
    return last;
}

// The first row from which rows up to `end` fit in `height` (at most `end`).
int firstUpTo(const std::vector<ScrollRow>& rows, int end, float height) {
    float h = 0.0f;
    int first = end;
    for (int i = end; i >= 0; --i) {
        const ScrollRow& row = rows[static_cast<std::size_t>(i)];
        h += row.height + (i < end ? rows[static_cast<std::size_t>(i + 1)].gap : 0.0f);
        if (h > height + 0.5f) break;
        first = i;
    }
    return first;
}

}  // namespace

ScrollView scrollRows(const std::vector<ScrollRow>& rows, float top, float height, int& first, int start_row, int page,
                      float wheel) {
    ScrollView view;
    const int n = static_cast<int>(rows.size());
    if (n == 0) {
        first = 0;
        return view;
    }
    const int bottom_first = firstUpTo(rows, n - 1, height);  // as far down as the rows go
    if (first < 0) first = std::min(std::clamp(start_row, 0, n - 1), bottom_first);
    first = std::clamp(first, 0, bottom_first);
    if (page > 0) first = std::max(lastFitting(rows, first, height), first) + 1;  // the first row not shown in full
    if (page < 0 && first > 0) first = firstUpTo(rows, first - 1, height);
    if (wheel != 0.0f) {
        int steps = static_cast<int>(std::lround(wheel * 3.0f));
        if (steps == 0) steps = wheel > 0.0f ? 1 : -1;
        first -= steps;
    }
    first = std::clamp(first, 0, bottom_first);
    view.first = first;
    view.last = lastFitting(rows, first, height);
    view.above = first > 0;
    view.below = view.last < n - 1;
    view.y.assign(rows.size(), top);
    float y = top;
    for (int i = first; i <= view.last; ++i) {
        const ScrollRow& row = rows[static_cast<std::size_t>(i)];
        if (i > first) y += row.gap;
        view.y[static_cast<std::size_t>(i)] = y;
        y += row.height;
    }
    return view;
}

void scrollCue(Painter& p, const UiText& ui, ImVec2 at, float width, const ScrollView& view, ImU32 color) {
    if (!view.above && !view.below) return;
    const float em = p.em();
    const float arrows = em * 1.6f;
    const std::string label = view.below ? ui.tr("More below (PgDn)") : ui.tr("More above (PgUp)");
    p.text(at, color, p.fit(label, width - arrows));
    const float s = em * 0.3f;
    const float cy = at.y + em * 0.5f;
    float cx = at.x + width - s * 1.2f;
    if (view.below) {
        p.list()->AddTriangleFilled(ImVec2(cx - s, cy - s * 0.6f), ImVec2(cx + s, cy - s * 0.6f), ImVec2(cx, cy + s * 0.8f), color);
        cx -= s * 3.0f;
    }
    if (view.above)
        p.list()->AddTriangleFilled(ImVec2(cx - s, cy + s * 0.6f), ImVec2(cx, cy - s * 0.8f), ImVec2(cx + s, cy + s * 0.6f), color);
}

}  // namespace saqbol::ui
