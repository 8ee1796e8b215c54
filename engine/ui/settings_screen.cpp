// SPDX-License-Identifier: MIT
// Settings: text size (S to XL; XL reads from the back of a room when projected), language,
// sound, high contrast. Every change applies at once and the app keeps it for the next
// start. Up/Down/Tab move over the rows and Back; Enter moves a row to its next value (or
// goes back); a click picks a value; Esc goes back.
#include <algorithm>

#include "menu_parts.h"
#include "screen_parts.h"
#include "shell.h"
#include "theme.h"

namespace saqbol::ui {

std::optional<Settings> drawSettingsScreen(const ShellModel& model, const ScreenInput& input,
                                           SettingsState& state, bool* back, DrawLog* log) {
    const UiText& ui = *model.ui;
    enum { kSize, kLanguage, kSound, kContrast, kBack, kRows };
    moveHighlight(state.highlighted, kRows, input);
    if (input.back) *back = true;
    Settings next = model.settings;

    std::vector<std::string> languages;
    int language = 0;
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        languages.emplace_back(languageName(kLanguages[i]));
        if (model.settings.lang == kLanguages[i]) language = static_cast<int>(i);
    }
    const std::vector<std::string> sizes(kTextSizeNames.begin(), kTextSizeNames.end());
    const std::vector<std::string> on_off = {ui.tr("On"), ui.tr("Off")};
    struct Row {
        std::string label;
        std::vector<std::string> options;
        int selected;
    };
    const Row rows[] = {
        {ui.tr("Text size"), sizes, model.settings.text_size},
        {ui.tr("Language"), languages, language},
        {ui.tr("Sound"), on_off, model.settings.sound ? 0 : 1},
        {ui.tr("High contrast"), on_off, model.settings.high_contrast ? 0 : 1},
    };
    const std::string kept = ui.tr("Changes apply at once and are kept for the next start.");

    ImDrawList* list = beginScreen("##settings");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 26.0f);
    // Labels beside their values when they fit in 40% of the width, else above them.
    float label_w = 0.0f;
    for (const Row& row : rows) label_w = std::max(label_w, p.measure(row.label).x + em);
    const bool beside = label_w <= width * 0.4f;
    const float row_h = beside ? controlHeight(p) + em * 0.7f : em * 1.3f + controlHeight(p) + em * 0.9f;
    const float notice_h = model.notice.empty() ? 0.0f : p.wrappedHeight(model.notice, width) + em * 0.6f;
    const float content = em * 1.8f + 4 * row_h + em * 0.3f + p.wrappedHeight(kept, width) + em * 0.8f +
                          notice_h + controlHeight(p);
    const Rect inner = beginPage(p, 28.4f, pageHeight(p, content));
    float y = inner.min.y;
    p.text(inner.min, theme::kInk, p.fit(ui.tr("Settings"), inner.width(), Face::Bold), Face::Bold);
    y += em * 1.8f;
    for (int r = 0; r < 4; ++r) {
        float x = inner.min.x;
        if (beside) {
            p.text(ImVec2(inner.min.x, y + (controlHeight(p) - em) * 0.5f), theme::kInk, rows[r].label);
            x += label_w;
        } else {
            p.text(ImVec2(inner.min.x, y), theme::kInk, p.fit(rows[r].label, inner.width()));
            y += em * 1.3f;
        }
        const Rect rect{ImVec2(x, y), ImVec2(inner.max.x, y + controlHeight(p))};
        std::optional<int> picked = segments(p, rect, rows[r].options, rows[r].selected,
                                             state.highlighted == r, rows[r].label.c_str());
        if (picked) state.highlighted = r;
        if (input.enter && state.highlighted == r)
            picked = (rows[r].selected + 1) % static_cast<int>(rows[r].options.size());
        if (picked) {
            switch (r) {
                case kSize:
                    next.text_size = *picked;
                    break;
                case kLanguage:
                    next.lang = kLanguages[static_cast<std::size_t>(*picked)];
                    break;
                case kSound:
                    next.sound = *picked == 0;
                    break;
                case kContrast:
                    next.high_contrast = *picked == 0;
                    break;
            }
        }
        y += controlHeight(p) + (beside ? em * 0.7f : em * 0.9f);
    }
    y += em * 0.3f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, kept) + em * 0.8f;
    if (!model.notice.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful, model.notice) + em * 0.6f;
    const float back_w = std::min(inner.width(), p.measure(ui.tr("Back (Esc)"), Face::Bold).x + em * 3.0f);
    const Rect back_rect{ImVec2(inner.min.x, y), ImVec2(inner.min.x + back_w, y + controlHeight(p))};
    if (menuButton(p, back_rect, ui.tr("Back (Esc)"), state.highlighted == kBack, "back")) *back = true;
    if (input.enter && state.highlighted == kBack) *back = true;
    endPage(p);
    endScreen();
    if (next == model.settings) return std::nullopt;
    return next;
}

}  // namespace saqbol::ui
