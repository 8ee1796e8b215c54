// SPDX-License-Identifier: MIT
// The debrief: the ending's title and outcome at the top; then blocks — what the ending
// means, each moment that mattered (what you chose and how it stood, why, the safe move,
// the tip in its own words), the chart per tip (the five tips always, rules when
// exercised) and where to get help (102, 112, the number on your card). On a wide screen
// the moments run on the left and the chart and help on the right; on a narrow one (or
// with large text) everything is one column. A column shows whole blocks only and pages
// with Up/Down or the wheel, so nothing is ever cut. The footer's numbered buttons: 1 play
// again (also Enter), 2 where to get help, 3 other scenarios (also Esc or Backspace).
#include <algorithm>
#include <cmath>

#include "debrief.h"
#include "icons.h"
#include "screen_parts.h"
#include "screens.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {
namespace {

ImU32 masteryColor(double mastery) {
    return mastery >= 0.75 ? theme::kSafe : mastery >= 0.4 ? theme::kRisky : theme::kHarmful;
}

enum class BlockKind { Summary, Moment, Chart, Help };

struct Block {
    BlockKind kind;
    std::size_t index = 0;  // the moment's index
};

// Measures (draw = false) or draws one block; returns its height.
class BlockPainter {
public:
    BlockPainter(Painter& p, const Session& session, const ScenarioText& words, const Debrief& debrief)
        : p_(p), session_(session), words_(words), ui_(words.ui()), debrief_(debrief) {}

    float block(const Block& b, ImVec2 at, float width, bool draw) {
        switch (b.kind) {
            case BlockKind::Summary: return summary(at, width, draw);
            case BlockKind::Moment: return moment(b.index, at, width, draw);
            case BlockKind::Chart: return chart(at, width, draw);
            case BlockKind::Help: return help(at, width, draw);
        }
        return 0.0f;
    }

private:
    std::size_t firstMomentOf(const std::string& tip) const {
        for (std::size_t i = 0; i < debrief_.moments.size(); ++i)
            if (debrief_.moments[i].chosen->tip == tip) return i;
        return debrief_.moments.size();
    }

    // A wrapped paragraph: its height, drawn only when asked.
    float para(ImVec2 at, float width, ImU32 color, const std::string& text, Face face, bool draw) {
        return draw ? p_.wrapped(at, width, color, text, face) : p_.wrappedHeight(text, width, face);
    }

    float summary(ImVec2 at, float width, bool draw) {
        const Node* ending = debrief_.ending;
        if (ending == nullptr) return 0.0f;
        const float pad = p_.em() * 0.8f;
        const std::string text = words_.text(ending->id, ending->debrief, session_.vars());
        const float h = pad + p_.wrappedHeight(text, width - 2 * pad) + pad;
        if (draw) {
            p_.fillRect({at, ImVec2(at.x + width, at.y + h)}, theme::kWhite, p_.em() * 0.5f);
            p_.list()->AddRectFilled(at, ImVec2(at.x + p_.em() * 0.25f, at.y + h), outcomeColor(ending->outcome));
            p_.wrapped(ImVec2(at.x + pad, at.y + pad), width - 2 * pad, theme::kInk, text);
        }
        return h;
    }

    float moment(std::size_t index, ImVec2 at, float width, bool draw) {
        const DebriefMoment& m = debrief_.moments[index];
        const float em = p_.em();
        const float pad = em * 0.7f;
        const float x = at.x + pad;
        const float w = width - 2 * pad;
        const Variables& vars = index < session_.history().size() ? session_.history()[index].vars : session_.vars();
        const std::string& node = m.node->id;
        float y = at.y + pad;
        // The verdict as a coloured tag, then what was chosen.
        const std::string verdict = words_.verdictLabel(m.chosen->verdict);
        const std::string number = std::to_string(index + 1) + ".";
        if (draw) {
            const float nw = p_.text(ImVec2(x, y), theme::kMuted, number, Face::Bold);
            const float tw = p_.measure(verdict, Face::Bold).x + em * 0.9f;
            const Rect tag{ImVec2(x + nw + em * 0.4f, y - em * 0.1f), ImVec2(x + nw + em * 0.4f + tw, y + em * 1.1f)};
            p_.fillRect(tag, verdictColor(m.chosen->verdict), em * 0.55f);
            p_.text(ImVec2(tag.min.x + em * 0.45f, y), theme::kWhite, verdict, Face::Bold);
        }
        y += em * 1.5f;
        y += para(ImVec2(x, y), w, theme::kInk, ui_.tr("You chose: %s", words_.text(node, m.chosen->text, vars)), Face::Bold, draw) +
             em * 0.4f;
        y += para(ImVec2(x, y), w, theme::kNarration, words_.text(node, m.chosen->why, vars), Face::Regular, draw) + em * 0.4f;
        if (!m.was_safe() && !m.safe_moves.empty())
            y += para(ImVec2(x, y), w, theme::kSafe, ui_.tr("The safe move: %s", words_.text(node, m.safe_moves.front()->text, vars)),
                      Face::Bold, draw) + em * 0.4f;
        if (const TipInfo* tip = findTip(m.chosen->tip)) {
            const float iw = em * 1.4f;
            if (draw) icons::shield(p_.list(), ImVec2(x + em * 0.55f, y + em * 0.55f), em * 1.1f, theme::kAccent);
            y += para(ImVec2(x + iw, y), w - iw, theme::kAccent, ui_.tr("Tip: %s", ui_.tr(tip->name)), Face::Bold, draw) + em * 0.25f;
            // The tip in its own words, at the first moment that exercised it (not again and again).
            if (firstMomentOf(m.chosen->tip) == index)
                y += para(ImVec2(x + iw, y), w - iw, theme::kMuted, ui_.tr(tip->advice), Face::Regular, draw) + em * 0.4f;
        }
        const float h = y - at.y - em * 0.4f + pad;
        if (draw) {
            // The card goes under what was drawn: draw lists keep order, so split channels.
            p_.list()->ChannelsSetCurrent(0);
            p_.fillRect({at, ImVec2(at.x + width, at.y + h)}, theme::kWhite, em * 0.5f);
            p_.list()->AddRectFilled(at, ImVec2(at.x + em * 0.25f, at.y + h), verdictColor(m.chosen->verdict));
            p_.list()->ChannelsSetCurrent(1);
        }
        return h;
    }

    float chart(ImVec2 at, float width, bool draw) {
        const float em = p_.em();
        const float pad = em * 0.7f;
        const float x = at.x + pad;
        const float w = width - 2 * pad;
        float y = at.y + pad;
        if (draw) p_.text(ImVec2(x, y), theme::kInk, p_.fit(ui_.tr("Your score per tip"), w, Face::Bold), Face::Bold);
        y += em * 1.6f;
        const float label_w = w * 0.42f;
        const float bar_x = x + label_w + em * 0.5f;
        const float percent_w = p_.measure("100%", Face::Bold).x;
        const float bar_w = w - label_w - em * 0.5f - percent_w - em * 0.5f;
        bool rules = false;
        for (const TipScore& score : debrief_.scores) {
            const TipInfo* tip = findTip(score.tip);
            if (tip == nullptr) continue;
            if (tip->kind == TipKind::Rule && !rules) {
                rules = true;
                if (draw) p_.list()->AddLine(ImVec2(x, y - em * 0.2f), ImVec2(x + w, y - em * 0.2f), theme::kRule);
                y += em * 0.2f;
            }
            if (draw) {
                p_.text(ImVec2(x, y), theme::kInk, p_.fit(ui_.tr(tip->name), label_w));
                const Rect track{ImVec2(bar_x, y + em * 0.15f), ImVec2(bar_x + bar_w, y + em * 0.95f)};
                p_.fillRect(track, theme::kBarTrack, em * 0.4f);
                if (score.decisions > 0) {
                    const float filled = std::max(em * 0.8f, bar_w * static_cast<float>(score.mastery));
                    p_.fillRect({track.min, ImVec2(track.min.x + filled, track.max.y)}, masteryColor(score.mastery), em * 0.4f);
                    const std::string percent = std::to_string(static_cast<int>(std::lround(score.mastery * 100))) + "%";
                    p_.text(ImVec2(track.max.x + em * 0.5f, y), theme::kInk, percent, Face::Bold);
                } else {
                    p_.text(ImVec2(track.min.x + em * 0.4f, y), theme::kMuted, p_.fit(ui_.tr("not exercised"), bar_w - em * 0.8f));
                }
            }
            y += em * 1.45f;
        }
        return y - at.y + pad - em * 0.45f;
    }

    float help(ImVec2 at, float width, bool draw) {
        const float em = p_.em();
        const float pad = em * 0.7f;
        const float x = at.x + pad;
        const float w = width - 2 * pad;
        float y = at.y + pad;
        // The damage control of the brief, in its order, then who to call.
        if (draw) p_.text(ImVec2(x, y), theme::kInk, p_.fit(ui_.tr("If it already happened"), w, Face::Bold), Face::Bold);
        y += em * 1.6f;
        const float iw = em * 1.5f;
        int number = 0;
        for (const std::string_view step : damageControlSteps()) {
            if (draw) p_.text(ImVec2(x + em * 0.2f, y), theme::kAccent, std::to_string(++number) + ".", Face::Bold);
            y += para(ImVec2(x + iw, y), w - iw, theme::kInk, ui_.tr(step), Face::Regular, draw) + em * 0.4f;
        }
        y += em * 0.3f;
        if (draw) icons::handset(p_.list(), ImVec2(x + em * 0.55f, y + em * 0.55f), em * 0.9f, theme::kAccent);
        y += para(ImVec2(x + iw, y), w - iw, theme::kInk, ui_.tr("Police: 102 (emergency: 112)."), Face::Bold, draw) +
             em * 0.5f;
        return y - at.y + pad - em * 0.5f;
    }

    Painter& p_;
    const Session& session_;
    const ScenarioText& words_;
    const UiText& ui_;
    const Debrief& debrief_;
};

// Shows blocks[first..] that fit in `column`, each on a white card; returns how many fit.
std::size_t drawColumn(Painter& p, BlockPainter& blocks, const std::vector<Block>& list, std::size_t first, const Rect& column) {
    const float gap = p.em() * 0.6f;
    float y = column.min.y;
    std::size_t drawn = 0;
    for (std::size_t i = first; i < list.size(); ++i) {
        const float h = blocks.block(list[i], ImVec2(), column.width(), false);
        if (y + h > column.max.y && drawn > 0) break;
        p.list()->ChannelsSplit(2);
        p.list()->ChannelsSetCurrent(1);
        if (list[i].kind == BlockKind::Chart || list[i].kind == BlockKind::Help) {
            p.list()->ChannelsSetCurrent(0);
            p.fillRect({ImVec2(column.min.x, y), ImVec2(column.max.x, y + h)}, theme::kWhite, p.em() * 0.5f);
            p.list()->ChannelsSetCurrent(1);
        }
        blocks.block(list[i], ImVec2(column.min.x, y), column.width(), true);
        p.list()->ChannelsMerge();
        y += h + gap;
        ++drawn;
    }
    return drawn;
}

}  // namespace

DebriefAction drawDebriefScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                                DebriefScreenState& state, DrawLog* log) {
    const UiText& ui = words.ui();
    const Debrief debrief = buildDebrief(session);
    ImDrawList* list = beginScreen("##debrief");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = em * 1.2f;
    const Rect page{ImVec2(margin, margin), ImVec2(display.x - margin, display.y - margin)};
    p.fillRect(page, theme::kPanel, em * 0.8f);
    p.pushRegion(page, "debrief");
    const Rect inner = page.inset(em, em);

    // The ending's title and outcome.
    float y = inner.min.y;
    if (debrief.ending != nullptr) {
        p.text(ImVec2(inner.min.x, y), theme::kInk,
               p.fit(words.text(debrief.ending->id, debrief.ending->title, session.vars()), inner.width(), Face::Bold), Face::Bold);
        y += em * 1.4f;
        const ImU32 color = outcomeColor(debrief.ending->outcome);
        p.list()->AddCircleFilled(ImVec2(inner.min.x + em * 0.4f, y + em * 0.55f), em * 0.35f, color);
        p.text(ImVec2(inner.min.x + em * 1.2f, y), color, p.fit(words.outcomeLabel(debrief.ending->outcome), inner.width() - em * 1.2f),
               Face::Bold);
        y += em * 1.5f;
    }
    const std::string heading = ui.tr("Debrief: the moments that mattered");

    // The footer: play again, help, other scenarios — right-aligned, numbered.
    const ButtonContent footer[] = {{"1", ui.tr("Play again"), "", ""},
                                    {"2", ui.tr("Help"), "", ""},
                                    {"3", ui.tr("Other scenarios (Esc)"), "", ""}};
    // Each button as wide as its words; a third of the row each when they cannot all fit.
    float footer_w = 0.0f, again_h = 0.0f;
    float widths[3];
    for (int i = 0; i < 3; ++i) widths[i] = p.measure(footer[i].text).x + em * 3.5f;
    const bool fits = widths[0] + widths[1] + widths[2] + em <= inner.width();
    for (int i = 0; i < 3; ++i) {
        if (!fits) widths[i] = std::min(widths[i], (inner.width() - em) / 3.0f);
        again_h = std::max(again_h, buttonHeight(p, footer[i], widths[i]));
        footer_w += widths[i] + (i > 0 ? em * 0.5f : 0.0f);
    }
    const Rect again_rect{ImVec2(inner.max.x - footer_w, inner.max.y - again_h), inner.max};
    // The "1–3 / 7" paging line goes beside the footer, or above it when the footer is wide.
    const bool where_above = inner.width() - footer_w - em < em * 10.0f;
    const float where_w = where_above ? inner.width() : inner.width() - footer_w - em;
    const float where_y = where_above ? again_rect.min.y - em * 1.4f : again_rect.min.y + em * 0.5f;
    const float body_bottom = again_rect.min.y - em * 0.6f - (where_above ? em * 1.4f : 0.0f);

    std::vector<Block> left{{BlockKind::Summary}};
    for (std::size_t i = 0; i < debrief.moments.size(); ++i) left.push_back({BlockKind::Moment, i});
    std::vector<Block> right{{BlockKind::Chart}, {BlockKind::Help}};
    const bool two_columns = inner.width() >= em * 52.0f;
    if (!two_columns) left.insert(left.end(), right.begin(), right.end());

    BlockPainter blocks(p, session, words, debrief);
    const float gap = em * 1.0f;
    const float left_w = two_columns ? inner.width() * 0.58f : inner.width();
    p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(heading, left_w, Face::Bold), Face::Bold);
    const float column_top = y + em * 1.5f;
    const Rect left_col{ImVec2(inner.min.x, column_top), ImVec2(inner.min.x + left_w, body_bottom)};

    // Paging: Up/Down (or the wheel over the page) move by one block.
    state.first_moment = std::clamp(state.first_moment, 0, static_cast<int>(left.size()) - 1);
    const std::size_t first = static_cast<std::size_t>(state.first_moment);
    const std::size_t shown = drawColumn(p, blocks, left, first, left_col);
    const bool more_below = first + shown < left.size();
    const float wheel = ImGui::GetIO().MouseWheel;
    if ((input.down || wheel < 0) && more_below) ++state.first_moment;
    if ((input.up || wheel > 0) && state.first_moment > 0) --state.first_moment;
    if (first > 0 || more_below) {
        const std::string where = ui.tr("%s — more with Up and Down",
                                        std::to_string(first + 1) + "–" + std::to_string(first + shown) + " / " +
                                            std::to_string(left.size()));
        p.text(ImVec2(inner.min.x, where_y), theme::kMuted, p.fit(where, where_w));
    }
    if (two_columns) {
        const Rect right_col{ImVec2(left_col.max.x + gap, column_top - em * 1.5f), ImVec2(inner.max.x, body_bottom)};
        drawColumn(p, blocks, right, 0, right_col);
    }

    DebriefAction action = input.enter || input.digit == 1 ? DebriefAction::PlayAgain
                           : input.digit == 2              ? DebriefAction::Help
                           : input.back || input.digit == 3 ? DebriefAction::Leave
                                                            : DebriefAction::None;
    float x = again_rect.min.x;
    const DebriefAction by_button[] = {DebriefAction::PlayAgain, DebriefAction::Help, DebriefAction::Leave};
    for (int i = 0; i < 3; ++i) {
        const Rect r{ImVec2(x, inner.max.y - again_h), ImVec2(x + widths[i], inner.max.y)};
        if (numberedButton(p, r, footer[i], false, footer[i].number.c_str())) action = by_button[i];
        x += widths[i] + em * 0.5f;
    }
    p.popRegion();
    endScreen();
    return action;
}

}  // namespace saqbol::ui
