// SPDX-License-Identifier: MIT
#include "screen_parts.h"

#include <algorithm>

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
    float pad, badge, text_x, text_w;
};

ButtonMetrics metrics(const Painter& p, const ButtonContent& content, float width) {
    const float em = p.em();
    const float pad = em * 0.6f;
    const float badge = content.number.empty() ? 0.0f : em * 1.6f;
    const float text_x = pad + (badge > 0 ? badge + em * 0.6f : 0.0f);
    return {pad, badge, text_x, width - text_x - pad};
}

}  // namespace

float buttonHeight(const Painter& p, const ButtonContent& content, float width) {
    const ButtonMetrics m = metrics(p, content, width);
    float h = m.pad + p.wrappedHeight(content.text, m.text_w) + m.pad;
    if (!content.action_label.empty()) h += p.em() * 1.35f;
    return std::max(h, m.badge + 2 * m.pad * 0.6f);
}

bool numberedButton(Painter& p, const Rect& rect, const ButtonContent& content, bool highlighted, const char* id) {
    const float em = p.em();
    const ButtonMetrics m = metrics(p, content, rect.width());
    ImGui::SetCursorScreenPos(rect.min);
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(rect.width(), 1.0f), std::max(rect.height(), 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    p.fillRect(rect, hovered || highlighted ? theme::kChoiceHover : theme::kChoice, em * 0.5f);
    if (highlighted) p.strokeRect(rect, theme::kChoiceEdge, em * 0.5f, std::max(2.0f, em * 0.14f));
    if (m.badge > 0) {
        const ImVec2 c(rect.min.x + m.pad + m.badge * 0.5f, rect.min.y + m.pad + em * 0.5f);
        p.badge(c, m.badge * 0.5f, theme::kAccent, theme::kBadgeInk, content.number);
    }
    const float x = rect.min.x + m.text_x;
    const float y = rect.min.y + m.pad;
    const float text_h = p.wrapped(ImVec2(x, y), m.text_w, theme::kInk, content.text);
    if (!content.action_label.empty()) {
        const float ay = y + text_h + em * 0.35f;
        const bool has_icon = icons::action(p.list(), content.action, ImVec2(x + em * 0.5f, ay + em * 0.5f), em * 0.95f, theme::kMuted);
        const float lx = x + (has_icon ? em * 1.3f : 0.0f);
        p.text(ImVec2(lx, ay), theme::kMuted, p.fit(content.action_label, rect.max.x - m.pad - lx));
    }
    return clicked;
}

}  // namespace saqbol::ui
