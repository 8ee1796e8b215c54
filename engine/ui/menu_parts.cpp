// SPDX-License-Identifier: MIT
#include "menu_parts.h"

#include <algorithm>

#include <imgui_internal.h>  // ClearActiveID: a text field lets go of the keyboard

#include "theme.h"

namespace saqbol::ui {

Rect beginPage(Painter& p, float max_width_em, float height) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float em = p.em();
    const float margin = em * 1.0f;
    const float w = std::min(display.x - 2 * margin, em * max_width_em);
    const float h = std::min(display.y - 2 * margin, height);
    const ImVec2 min((display.x - w) * 0.5f, std::max(margin, (display.y - h) * 0.5f));
    const Rect page{min, ImVec2(min.x + w, min.y + h)};
    p.fillRect(page, theme::kPanel, em * 0.8f);
    if (theme::highContrast()) p.strokeRect(page, theme::kWhite, em * 0.8f, 3.0f);
    p.pushRegion(page, "page");
    return page.inset(em * 1.2f, em * 1.0f);
}

void endPage(Painter& p) { p.popRegion(); }

float pageHeight(const Painter& p, float content) { return content + p.em() * 2.0f; }

void moveHighlight(int& highlighted, int count, const ScreenInput& input) {
    if (count <= 0) return;
    if (input.down || input.next) highlighted = highlighted < 0 ? 0 : (highlighted + 1) % count;
    if (input.up || input.previous) highlighted = highlighted <= 0 ? count - 1 : highlighted - 1;
}

float bigText(Painter& p, DrawLog* log, const Rect& region, float center_x, float y, float scale, ImU32 color,
              const std::string& text) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    ImFont* font = atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
    const float size = p.em() * scale;
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    const ImVec2 pos(center_x - extent.x * 0.5f, y);
    p.list()->AddText(font, size, pos, color, text.c_str());
    if (log != nullptr)
        log->texts.push_back({text, {pos, ImVec2(pos.x + extent.x, pos.y + extent.y)}, region, "page"});
    return extent.y;
}

float centeredParagraph(Painter& p, const Rect& area, float y, ImU32 color, const std::string& text,
                        Face face) {
    const std::vector<std::string> lines = p.wrap(text, area.width(), face);
    const float top = y;
    for (const std::string& line : lines) {
        p.centered(area.center().x, y, color, line, face);
        y += p.lineHeight();
    }
    return y - top - (p.lineHeight() - p.em());
}

bool menuButton(Painter& p, const Rect& rect, const std::string& text, bool highlighted, const char* id,
                bool primary) {
    const float em = p.em();
    ImGui::SetCursorScreenPos(rect.min);
    const bool clicked =
        ImGui::InvisibleButton(id, ImVec2(std::max(rect.width(), 1.0f), std::max(rect.height(), 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const ImU32 fill = primary                  ? theme::kAccent
                       : hovered || highlighted ? theme::kChoiceHover
                                                : theme::kChoice;
    p.fillRect(rect, fill, em * 0.5f);
    if (theme::highContrast() && !highlighted) p.strokeRect(rect, theme::kInk, em * 0.5f, 1.5f);
    if (highlighted) {
        const float t = std::max(2.0f, em * 0.14f);
        p.strokeRect(primary ? rect.inset(-t * 1.5f, -t * 1.5f) : rect, theme::kChoiceEdge, em * 0.5f, t);
    }
    const std::string shown = p.fit(text, rect.width() - em, Face::Bold);
    p.centered(rect.center().x, rect.center().y - em * 0.5f, primary ? theme::kBadgeInk : theme::kInk, shown,
               Face::Bold);
    return clicked;
}

std::optional<int> segments(Painter& p, const Rect& rect, const std::vector<std::string>& options,
                            int selected, bool highlighted, const char* id) {
    const float em = p.em();
    std::optional<int> clicked;
    if (options.empty()) return clicked;
    const float gap = em * 0.3f;
    const float w =
        (rect.width() - gap * static_cast<float>(options.size() - 1)) / static_cast<float>(options.size());
    ImGui::PushID(id);
    for (std::size_t i = 0; i < options.size(); ++i) {
        const float x = rect.min.x + static_cast<float>(i) * (w + gap);
        const Rect seg{ImVec2(x, rect.min.y), ImVec2(x + w, rect.max.y)};
        ImGui::SetCursorScreenPos(seg.min);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("seg", ImVec2(std::max(w, 1.0f), std::max(rect.height(), 1.0f))))
            clicked = static_cast<int>(i);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const bool on = static_cast<int>(i) == selected;
        p.fillRect(seg, on ? theme::kAccent : hovered ? theme::kChoiceHover : theme::kChoice, em * 0.4f);
        if (theme::highContrast() && !on) p.strokeRect(seg, theme::kInk, em * 0.4f, 1.5f);
        const std::string shown = p.fit(options[i], w - em * 0.6f, on ? Face::Bold : Face::Regular);
        p.centered(seg.center().x, seg.center().y - em * 0.5f, on ? theme::kBadgeInk : theme::kInk, shown,
                   on ? Face::Bold : Face::Regular);
    }
    ImGui::PopID();
    if (highlighted) {
        const float t = std::max(2.0f, em * 0.14f);
        p.strokeRect(rect.inset(-t * 1.5f, -t * 1.5f), theme::kChoiceEdge, em * 0.5f, t);
    }
    return clicked;
}

bool textField(Painter& p, DrawLog* log, const Rect& page, const Rect& rect, char* buffer, std::size_t size,
               const char* id, bool highlighted, bool was_typing, bool* clicked) {
    const float em = p.em();
    ImGui::SetCursorScreenPos(rect.min);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kInk);
    ImGui::PushStyleColor(ImGuiCol_Border, highlighted ? theme::kChoiceEdge : theme::kFieldEdge);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, highlighted ? std::max(2.0f, em * 0.14f) : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em * 0.5f, (rect.height() - em) * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em * 0.4f);
    ImGui::SetNextItemWidth(rect.width());
    if (highlighted && !was_typing) ImGui::SetKeyboardFocusHere();  // the highlight gives it the keyboard
    ImGui::InputText(id, buffer, size);
    bool active = ImGui::IsItemActive();
    *clicked = false;
    if (active && ImGui::IsItemActivated() && !highlighted) {
        *clicked = true;
    } else if (active && !highlighted) {
        ImGui::ClearActiveID();  // the keys moved the highlight on
        active = false;
    }
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(5);
    if (log != nullptr && buffer[0] != '\0') {
        const ImVec2 measured = p.measure(buffer);
        const ImVec2 pos(rect.min.x + em * 0.5f, rect.min.y + (rect.height() - em) * 0.5f);
        log->texts.push_back({buffer, {pos, ImVec2(pos.x + std::min(measured.x, rect.width() - em), pos.y + measured.y)}, page, "page"});
    }
    return active;
}

}  // namespace saqbol::ui
