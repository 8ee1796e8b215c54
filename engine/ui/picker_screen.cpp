// SPDX-License-Identifier: MIT
// The scenario picker: a card for every scenario found — its title, the pack it came from
// and who made it, who it is for, how long it takes and the tips it trains; a file that
// failed to load, or a pack that could not be opened, shows its error (file:line: message)
// on its card, and the others still play. Cards sit in as many
// columns as fit and page by whole rows, so nothing is cut. Number keys pick a card (by its
// badge), Up/Down/Tab move the highlight over the cards and Back, Enter plays, Esc goes back.
#include <algorithm>

#include "icons.h"
#include "menu_parts.h"
#include "screen_parts.h"
#include "shell.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {
namespace {

struct CardText {
    std::string title, pack, about, tips, error;
};

CardText cardText(const UiText& ui, const ScenarioCard& card) {
    CardText out{card.title, "", "", "", card.error};
    if (!card.pack.empty()) out.pack = ui.tr("Pack: %s", card.pack);
    if (!card.author.empty()) out.pack += (out.pack.empty() ? "" : " · ") + ui.tr("by %s", card.author);
    for (Audience a : card.audience) out.about += (out.about.empty() ? "" : ", ") + ui.tr(audienceLabel(a));
    if (card.minutes > 0)
        out.about += (out.about.empty() ? "" : " · ") + ui.tr("%s min", std::to_string(card.minutes));
    std::string tips;
    for (const std::string& id : card.tips)
        if (const TipInfo* tip = findTip(id)) tips += (tips.empty() ? "" : ", ") + ui.tr(tip->name);
    if (!tips.empty()) out.tips = ui.tr("Trains: %s", tips);
    return out;
}

// Measures (draw = false) or draws one card; returns its height.
float card(Painter& p, const CardText& text, const Rect& at, int number, bool draw) {
    const float em = p.em();
    const float pad = em * 0.7f;
    const float badge = number > 0 ? em * 1.6f : 0.0f;
    const float x = at.min.x + pad + (badge > 0 ? badge + em * 0.5f : 0.0f);
    const float w = at.max.x - pad - x;
    float y = at.min.y + pad;
    auto para = [&](const std::string& s, ImU32 color, Face face, int max_lines) {
        if (s.empty()) return;
        const float h =
            draw ? p.wrapped(ImVec2(x, y), w, color, s, face, max_lines)
                 : std::min(p.wrappedHeight(s, w, face),
                            max_lines > 0 ? (static_cast<float>(max_lines) - 1) * p.lineHeight() + em : 1e9f);
        y += h + em * 0.35f;
    };
    if (draw && number > 0)
        p.badge(ImVec2(at.min.x + pad + badge * 0.5f, at.min.y + pad + em * 0.5f), badge * 0.5f,
                text.error.empty() ? theme::kAccent : theme::kNeutral, theme::kBadgeInk,
                std::to_string(number));
    para(text.title, theme::kInk, Face::Bold, 2);
    para(text.pack, theme::kMuted, Face::Regular, 2);
    para(text.about, theme::kMuted, Face::Regular, 2);
    para(text.tips, theme::kAccent, Face::Regular, 3);
    para(text.error, theme::kHarmful, Face::Regular, 5);
    return std::max(y - em * 0.35f + pad - at.min.y, badge + 2 * pad);
}

}  // namespace

PickerAction drawPickerScreen(const ShellModel& model, const std::string& nickname, const ScreenInput& input,
                              PickerState& state, DrawLog* log) {
    const UiText& ui = *model.ui;
    static const std::vector<ScenarioCard> kNone;
    const std::vector<ScenarioCard>& cards = model.cards != nullptr ? *model.cards : kNone;
    const int count = static_cast<int>(cards.size());
    PickerAction action;
    moveHighlight(state.highlighted, count + 1, input);
    if (input.back) action.back = true;

    ImDrawList* list = beginScreen("##picker");
    Painter p(list, log);
    const float em = p.em();
    const Rect inner = beginPage(p, 60.0f, ImGui::GetIO().DisplaySize.y);
    float y = inner.min.y;
    p.text(ImVec2(inner.min.x, y), theme::kInk, p.fit(ui.tr("Choose a scenario"), inner.width(), Face::Bold),
           Face::Bold);
    y += em * 1.3f;
    const std::string who =
        nickname.empty() ? ui.tr("Playing without a nickname") : ui.tr("Playing as: %s", nickname);
    p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(who, inner.width()));
    y += em * 1.6f;

    // The footer: Back, and where the list is when it pages.
    const float footer_h = controlHeight(p);
    const float back_w =
        std::min(inner.width() * 0.45f, p.measure(ui.tr("Back (Esc)"), Face::Bold).x + em * 3.0f);
    const Rect back{ImVec2(inner.min.x, inner.max.y - footer_h), ImVec2(inner.min.x + back_w, inner.max.y)};
    const Rect area{ImVec2(inner.min.x, y), ImVec2(inner.max.x, back.min.y - em * 0.8f)};

    // Columns as fit; rows page so the highlighted card shows.
    const float gap = em * 0.7f;
    const int columns = std::max(1, static_cast<int>((area.width() + gap) / (em * 20.0f + gap)));
    const float col_w = (area.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    std::vector<CardText> texts;
    for (const ScenarioCard& c : cards) texts.push_back(cardText(ui, c));
    auto rowHeight = [&](int row) {
        float h = 0.0f;
        for (int i = row * columns; i < std::min(count, (row + 1) * columns); ++i)
            h = std::max(h, card(p, texts[static_cast<std::size_t>(i)], {ImVec2(0, 0), ImVec2(col_w, 0)},
                                 i + 1, false));
        return h;
    };
    const int rows = (count + columns - 1) / columns;
    auto rowsFitting = [&](int first) {
        float h = 0.0f;
        int n = 0;
        for (int r = first; r < rows; ++r) {
            h += rowHeight(r) + (n > 0 ? gap : 0.0f);
            if (h > area.height() && n > 0) break;
            ++n;
        }
        return n;
    };
    if (state.highlighted < count) {
        const int row = state.highlighted / columns;
        if (row < state.first) state.first = row;
        while (row >= state.first + rowsFitting(state.first) && state.first < row) ++state.first;
    }
    state.first = std::clamp(state.first, 0, std::max(0, rows - 1));
    const int shown_rows = rowsFitting(state.first);

    if (count == 0) p.wrapped(area.min, area.width(), theme::kMuted, ui.tr("No scenarios were found."));
    float row_y = area.min.y;
    for (int r = state.first; r < state.first + shown_rows; ++r) {
        const float h = rowHeight(r);
        for (int i = r * columns; i < std::min(count, (r + 1) * columns); ++i) {
            const float x = area.min.x + static_cast<float>(i % columns) * (col_w + gap);
            const Rect rect{ImVec2(x, row_y), ImVec2(x + col_w, row_y + h)};
            const bool broken = !cards[static_cast<std::size_t>(i)].error.empty();
            const bool lit = state.highlighted == i;
            ImGui::SetCursorScreenPos(rect.min);
            ImGui::PushID(i);
            const bool clicked =
                ImGui::InvisibleButton("card", ImVec2(std::max(col_w, 1.0f), std::max(h, 1.0f)));
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            p.fillRect(rect,
                       broken           ? theme::kPanel
                       : hovered || lit ? theme::kChoiceHover
                                        : theme::kChoice,
                       em * 0.5f);
            p.strokeRect(rect,
                         broken ? theme::kHarmful
                         : lit  ? theme::kChoiceEdge
                                : theme::kRule,
                         em * 0.5f, lit ? std::max(2.0f, em * 0.14f) : 1.0f);
            card(p, texts[static_cast<std::size_t>(i)], rect, i < 9 ? i + 1 : 0, true);
            if (clicked) {
                state.highlighted = i;
                if (!broken) action.play = static_cast<std::size_t>(i);
            }
        }
        row_y += h + gap;
    }
    if (state.first > 0 || state.first + shown_rows < rows) {
        const std::string where =
            ui.tr("%s — more with Up and Down",
                  std::to_string(state.first * columns + 1) + "–" +
                      std::to_string(std::min(count, (state.first + shown_rows) * columns)) + " / " +
                      std::to_string(count));
        p.text(ImVec2(back.max.x + em, back.min.y + em * 0.5f), theme::kMuted,
               p.fit(where, inner.max.x - back.max.x - em));
    }
    if (menuButton(p, back, ui.tr("Back (Esc)"), state.highlighted == count, "back")) action.back = true;

    // Keys: a number picks that card; Enter plays the highlighted one (or goes back).
    if (input.digit > 0 && input.digit <= count) {
        state.highlighted = input.digit - 1;
        if (cards[static_cast<std::size_t>(input.digit - 1)].error.empty())
            action.play = static_cast<std::size_t>(input.digit - 1);
    }
    if (input.enter) {
        if (state.highlighted == count)
            action.back = true;
        else if (state.highlighted >= 0 && cards[static_cast<std::size_t>(state.highlighted)].error.empty())
            action.play = static_cast<std::size_t>(state.highlighted);
    }
    endPage(p);
    endScreen();
    return action;
}

}  // namespace saqbol::ui
