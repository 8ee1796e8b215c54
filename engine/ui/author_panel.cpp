// SPDX-License-Identifier: MIT
// Sections: lists that page by whole rows · text fields · the panel's parts (header, nodes,
// variables, history, score, problems) · keys · the badge · the error overlay · texts.
// Every list shows whole rows only and pages to keep its selection in view; every text is
// cut with "…" or wrapped to its part, and drawn inside that part's region.
#include "author_panel.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "menu_parts.h"
#include "screen_parts.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {
namespace {

using Part = AuthorPanelState::Part;

// ------------------------------------------------------------------ lists that page by whole rows

struct Shown {
    int first = 0;
    int last = -1;  // rows first..last fit
};

// Which rows of `heights` fit in `room` from `first`, moving `first` so `selected` shows.
Shown fitRows(const std::vector<float>& heights, float room, int& first, int selected) {
    const int n = static_cast<int>(heights.size());
    if (n == 0) return {};
    first = std::clamp(first, 0, n - 1);
    const auto lastFrom = [&](int from) {
        float used = 0.0f;
        int last = from - 1;
        for (int i = from; i < n && used + heights[static_cast<std::size_t>(i)] <= room + 0.5f; ++i) {
            used += heights[static_cast<std::size_t>(i)];
            last = i;
        }
        return last;
    };
    if (selected >= 0 && selected < first) first = selected;
    while (selected >= 0 && selected > lastFrom(first) && first < selected) ++first;
    while (first > 0 && lastFrom(first - 1) == n - 1) --first;  // room below: show more from above
    return {first, lastFrom(first)};
}

// "4–9 / 20" when not every row shows, else "".
std::string rowsLabel(const Shown& shown, int count) {
    if (count == 0 || (shown.first == 0 && shown.last == count - 1)) return "";
    if (shown.last < shown.first) return "0 / " + std::to_string(count);
    return std::to_string(shown.first + 1) + "–" + std::to_string(shown.last + 1) + " / " +
           std::to_string(count);
}

// A part's title (accent while it has the keyboard) with `extra` (muted) at the right.
void partTitle(Painter& p, const Rect& at, const std::string& title, bool focused,
               const std::string& extra = "") {
    const float extra_w = extra.empty() ? 0.0f : p.measure(extra).x + p.em() * 0.5f;
    p.text(at.min, focused ? theme::kAccent : theme::kInk, p.fit(title, at.width() - extra_w, Face::Bold),
           Face::Bold);
    if (!extra.empty() && extra_w < at.width())
        p.text(ImVec2(at.max.x - extra_w + p.em() * 0.5f, at.min.y), theme::kMuted, extra);
}

// The background of a list row: lit and framed when selected in the part with the keyboard.
void rowBackground(Painter& p, const Rect& row, bool selected, bool focused, bool hovered) {
    const float em = p.em();
    if (selected && focused) {
        p.fillRect(row, theme::kChoiceHover, em * 0.3f);
        p.strokeRect(row.inset(1.0f, 1.0f), theme::kChoiceEdge, em * 0.3f, std::max(2.0f, em * 0.12f));
    } else if (selected || hovered) {
        p.fillRect(row, theme::kChoice, em * 0.3f);
    }
}

// An invisible button over a row; true when clicked. `double_click` is set on a double click.
bool rowButton(const Rect& row, const char* id, int index, bool* double_click = nullptr) {
    ImGui::SetCursorScreenPos(row.min);
    ImGui::PushID(id);
    ImGui::PushID(index);
    const bool clicked =
        ImGui::InvisibleButton("row", ImVec2(std::max(row.width(), 1.0f), std::max(row.height(), 1.0f)));
    if (double_click != nullptr)
        *double_click = ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    ImGui::PopID();
    ImGui::PopID();
    return clicked;
}

// ------------------------------------------------------------------ text fields

struct FieldResult {
    bool active = false;   // it has the keyboard after this frame
    bool clicked = false;  // the author clicked into it
};

// Dear ImGui's text input styled like the menus' fields; takes the keyboard while `wanted`,
// records its text in `log` against `region`.
FieldResult textField(Painter& p, DrawLog* log, const Rect& region, const std::string& region_name,
                      const Rect& rect, char* buffer, std::size_t size, bool wanted, bool had_keyboard,
                      const char* id, const char* hint, bool invalid = false, ImGuiInputTextFlags flags = 0) {
    const float em = p.em();
    FieldResult out;
    ImGui::SetCursorScreenPos(rect.min);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, theme::kField);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kInk);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, theme::kMuted);
    ImGui::PushStyleColor(ImGuiCol_Border, invalid  ? theme::kHarmful
                                           : wanted ? theme::kChoiceEdge
                                                    : theme::kFieldEdge);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, wanted || invalid ? std::max(2.0f, em * 0.14f) : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(em * 0.4f, std::max(0.0f, (rect.height() - em) * 0.5f)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em * 0.3f);
    ImGui::SetNextItemWidth(rect.width());
    if (wanted && !had_keyboard) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint(id, hint, buffer, size, flags);
    out.active = ImGui::IsItemActive();
    if (out.active && ImGui::IsItemActivated() && !wanted) {
        out.clicked = true;
    } else if (out.active && !wanted) {
        ImGui::ClearActiveID();  // the keys moved the focus on
        out.active = false;
    }
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(6);
    if (log != nullptr && buffer[0] != '\0') {
        const std::string shown = p.fit(buffer, rect.width() - em * 0.8f);
        const ImVec2 size_of = p.measure(shown);
        const ImVec2 pos(rect.min.x + em * 0.4f, rect.min.y + (rect.height() - em) * 0.5f);
        log->texts.push_back(
            {buffer, {pos, ImVec2(pos.x + size_of.x, pos.y + size_of.y)}, region, region_name});
    }
    return out;
}

// A number as a trainer types it: "1500", "-2.5", "1 500", "2,5"; nullopt when not a number.
std::optional<double> parseNumber(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    std::replace(text.begin(), text.end(), ',', '.');
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == nullptr || *end != '\0' || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// `problem` as the panel lists it: the file's name only (the header shows the whole path).
std::string problemLine(const Problem& problem) {
    Problem shown = problem;
    shown.file = std::filesystem::path(problem.file).filename().string();
    return formatProblem(shown);
}

const char* typeLabel(const Value& value) {
    if (std::holds_alternative<bool>(value)) return N_("yes/no");
    if (std::holds_alternative<double>(value)) return N_("number");
    return N_("text");
}

// How a value reads in the panel: as it is written in Lua ("text" quoted).
std::string valueText(const Value& value) {
    if (const std::string* s = std::get_if<std::string>(&value)) return "\"" + *s + "\"";
    return valueToString(value);
}

// ------------------------------------------------------------------ the panel's parts

struct Layout {
    Rect page, inner;
    Rect close;  // the Close button
    float body_top = 0;
    Rect left, right;  // the two columns
};

std::vector<const Node*> filteredNodes(const Scenario& scenario, const char* filter) {
    const std::string wanted = lower(filter);
    std::vector<const Node*> out;
    for (const Node& node : scenario.nodes)
        if (wanted.empty() || lower(node.id).find(wanted) != std::string::npos) out.push_back(&node);
    return out;
}

}  // namespace

AuthorPanelState openAuthorPanel(const Session& session) {
    AuthorPanelState state;
    state.node = session.node().id;
    state.draft = session.vars();
    return state;
}

AuthorPanelAction drawAuthorPanel(const AuthorModel& model, const ScreenInput& input, AuthorPanelState& state,
                                  DrawLog* log) {
    AuthorPanelAction action;
    const UiText& ui = *model.ui;
    const Session& session = *model.session;
    const Scenario& scenario = session.scenario();
    action.changed = input.enter || input.back || input.up || input.down || input.next || input.previous ||
                     input.left || input.right;

    // The draft follows the play until edited; an edited one keeps only what the play declares.
    if (!state.draft_edited) {
        state.draft = session.vars();
    } else {
        Variables draft = session.vars();
        for (auto& [name, value] : draft)
            if (auto it = state.draft.find(name);
                it != state.draft.end() && it->second.index() == value.index())
                value = it->second;
        state.draft = std::move(draft);
    }
    const std::vector<const Node*> nodes = filteredNodes(scenario, state.filter.data());
    const std::vector<Decision>& history = session.history();
    const int decisions = static_cast<int>(history.size());
    if (state.decision < 0 || state.decision >= decisions) state.decision = decisions - 1;
    const int variables = static_cast<int>(state.draft.size());
    state.variable = std::clamp(state.variable, 0, std::max(0, variables - 1));
    const int problems = static_cast<int>(model.problems.size());
    state.problem = std::clamp(state.problem, 0, std::max(0, problems - 1));
    int selected_node = 0;
    if (state.node.empty()) state.node = session.node().id;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i]->id == state.node) selected_node = static_cast<int>(i);
    if (!nodes.empty()) state.node = nodes[static_cast<std::size_t>(selected_node)]->id;
    auto variableAt = [&](int index) {
        auto it = state.draft.begin();
        std::advance(it, std::clamp(index, 0, std::max(0, variables - 1)));
        return it;
    };

    // ---- keys (before drawing, so the frame shows their result)
    auto commitEdit = [&]() {
        if (!state.editing || variables == 0) return true;
        auto it = variableAt(state.variable);
        if (std::holds_alternative<double>(it->second)) {
            if (state.edit[0] == '\0') {  // nothing typed: the value stays
                state.editing = false;
                state.edit_invalid = false;
                return true;
            }
            const auto number = parseNumber(state.edit.data());
            if (!number) {  // said under the list; a fresh, empty field takes the next try
                state.edit_invalid = true;
                state.edit.fill('\0');
                ++state.edit_serial;
                state.edit_opened = true;
                return false;
            }
            it->second = *number;
        } else if (std::holds_alternative<std::string>(it->second)) {
            it->second = std::string(state.edit.data());
        }
        state.editing = false;
        state.edit_invalid = false;
        state.draft_edited = true;
        return true;
    };
    auto openEdit = [&]() {
        if (variables == 0) return;
        auto it = variableAt(state.variable);
        if (bool* b = std::get_if<bool>(&it->second)) {
            *b = !*b;  // a yes/no flips at once
            state.draft_edited = true;
            return;
        }
        // A text starts as it is (edited in place); a number starts empty, its value the hint.
        const std::string now =
            std::holds_alternative<std::string>(it->second) ? std::get<std::string>(it->second) : "";
        state.edit.fill('\0');
        std::memcpy(state.edit.data(), now.data(), std::min(now.size(), state.edit.size() - 1));
        ++state.edit_serial;
        state.editing = true;
        state.edit_opened = true;
        state.edit_invalid = false;
    };
    auto selectedNodeId = [&]() -> std::optional<std::string> {
        if (nodes.empty()) return std::nullopt;
        return nodes[static_cast<std::size_t>(selected_node)]->id;
    };
    const bool esc = input.back && !input.erase;
    state.edit_opened = false;
    if (state.editing) {
        if (esc) {
            state.editing = false;
            state.edit_invalid = false;
        } else if (input.enter || input.next || input.previous) {
            if (commitEdit() && (input.next || input.previous))
                state.focus =
                    input.next ? static_cast<int>(Part::kHistory) : static_cast<int>(Part::kPlayFrom);
        }
    } else {
        if (esc) {
            if (state.focus == Part::kFilter && state.filter[0] != '\0')
                state.filter.fill('\0');
            else
                action.close = true;
        }
        if (input.next) state.focus = (state.focus + 1) % Part::kParts;
        if (input.previous) state.focus = (state.focus + Part::kParts - 1) % Part::kParts;
        const int step = input.down ? 1 : input.up ? -1 : 0;
        if (step != 0) {
            switch (state.focus) {
                case Part::kFilter:
                case Part::kNodes:
                    if (!nodes.empty()) {
                        selected_node =
                            std::clamp(selected_node + step, 0, static_cast<int>(nodes.size()) - 1);
                        state.node = nodes[static_cast<std::size_t>(selected_node)]->id;
                    }
                    break;
                case Part::kVariables:
                    state.variable = std::clamp(state.variable + step, 0, std::max(0, variables - 1));
                    break;
                case Part::kHistory:
                case Part::kGoBack:
                    state.decision = std::clamp(state.decision + step, 0, std::max(0, decisions - 1));
                    break;
                case Part::kProblems:
                    state.problem = std::clamp(state.problem + step, 0, std::max(0, problems - 1));
                    break;
                default:
                    break;
            }
        }
        if ((input.left || input.right) && state.focus == Part::kVariables && variables > 0 &&
            std::holds_alternative<bool>(variableAt(state.variable)->second))
            openEdit();
        if (input.enter) {
            switch (state.focus) {
                case Part::kFilter:
                case Part::kNodes:
                case Part::kJump:
                    action.jump = selectedNodeId();
                    break;
                case Part::kPlayFrom:
                    if (auto id = selectedNodeId()) action.play_from = std::make_pair(*id, state.draft);
                    break;
                case Part::kVariables:
                    openEdit();
                    break;
                case Part::kHistory:
                case Part::kGoBack:
                    if (state.decision >= 0 && state.decision < decisions)
                        action.go_back = static_cast<std::size_t>(state.decision);
                    break;
                case Part::kClose:
                    action.close = true;
                    break;
                default:
                    break;
            }
        }
    }

    // ---- layout
    bool typing = false;  // a text field has the keyboard after this frame
    ImDrawList* list = beginScreen("##author");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = std::min(em, display.x * 0.02f);
    Layout at;
    at.page = {ImVec2(margin, margin), ImVec2(display.x - margin, display.y - margin)};
    p.fillRect(at.page, theme::kPanel, em * 0.6f);
    if (theme::highContrast()) p.strokeRect(at.page, theme::kWhite, em * 0.6f, 3.0f);
    p.pushRegion(at.page, "author-panel");
    at.inner = at.page.inset(em * 0.9f, em * 0.7f);
    const Rect& inner = at.inner;
    const float control_h = controlHeight(p);
    const float title_h = em * 1.35f;
    const float row_h = em * 1.45f;
    const float gap = em * 0.5f;

    // ---- header: what this is, which file, where the play started, the last reload
    const std::string close_label = ui.tr("Close (Esc)");
    const float close_w = std::min(inner.width() * 0.3f, p.measure(close_label, Face::Bold).x + em * 2.0f);
    at.close = {ImVec2(inner.max.x - close_w, inner.min.y), ImVec2(inner.max.x, inner.min.y + control_h)};
    float y = inner.min.y;
    const float head_w = at.close.min.x - inner.min.x - em;
    p.text(ImVec2(inner.min.x, y), theme::kAccent, p.fit(ui.tr("Author panel"), head_w, Face::Bold),
           Face::Bold);
    p.text(ImVec2(inner.min.x, y + em * 1.15f), theme::kMuted, p.fit(model.file, head_w));
    if (menuButton(p, at.close, close_label, state.focus == Part::kClose, "author-close"))
        action.close = true;
    p.recordControl("author:close", at.close);
    y += std::max(control_h, em * 2.15f) + em * 0.35f;
    const std::string start_line =
        model.start_node.empty() ? ui.tr("Playing from the start.")
                                 : ui.tr("Playing from node %s with chosen variables.", model.start_node);
    const std::string status = model.note.empty() ? start_line : start_line + " " + model.note;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kNarration, status, Face::Regular, 2) +
         em * 0.3f;
    if (!model.errors.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful,
                       ui.tr("The last save has errors (see Problems); the last good version is running."),
                       Face::Bold, 2) +
             em * 0.3f;
    p.fillRect({ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);
    y += em * 0.5f;
    at.body_top = y;
    const float column_gap = em * 1.2f;
    const float left_w =
        std::clamp(inner.width() * 0.4f, std::min(em * 14.0f, inner.width() * 0.5f), em * 26.0f);
    at.left = {ImVec2(inner.min.x, y), ImVec2(inner.min.x + left_w, inner.max.y)};
    at.right = {ImVec2(at.left.max.x + column_gap, y), ImVec2(inner.max.x, inner.max.y)};

    // ---- nodes: the filter, the list, jump and play-from
    {
        const Rect& col = at.left;
        const std::string title = ui.tr("Nodes");
        float cy = col.min.y;
        const Rect title_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + em)};
        cy += title_h;
        const Rect filter_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + control_h)};
        const std::string hint = ui.tr("Type to filter the nodes");
        const FieldResult filter =
            textField(p, log, at.page, "author-panel", filter_at, state.filter.data(), state.filter.size(),
                      state.focus == Part::kFilter && !state.editing,
                      state.typing && state.focus == Part::kFilter, "##author-filter", hint.c_str());
        if (filter.clicked) state.focus = Part::kFilter;
        typing = filter.active;
        p.recordControl("author:filter", filter_at);
        cy += control_h + gap;
        const float buttons_h = control_h * 2 + gap;
        const Rect area{ImVec2(col.min.x, cy), ImVec2(col.max.x, std::max(cy, col.max.y - buttons_h - gap))};
        std::vector<float> heights(nodes.size(), row_h);
        const Shown shown = fitRows(heights, area.height(), state.node_first, selected_node);
        partTitle(p, title_at, title, state.focus == Part::kFilter || state.focus == Part::kNodes,
                  rowsLabel(shown, static_cast<int>(nodes.size())));
        p.pushRegion(area, "author-nodes");
        if (nodes.empty()) p.text(area.min, theme::kMuted, p.fit(ui.tr("No node matches."), area.width()));
        float ry = area.min.y;
        for (int i = shown.first; i <= shown.last; ++i) {
            const Node& node = *nodes[static_cast<std::size_t>(i)];
            const Rect row{ImVec2(area.min.x, ry), ImVec2(area.max.x, ry + row_h - em * 0.15f)};
            bool twice = false;
            if (rowButton(row, "node", i, &twice)) {
                state.node = node.id;
                selected_node = i;
                state.focus = Part::kNodes;
                action.changed = true;
            }
            if (twice) action.jump = node.id;
            const bool here = node.id == session.node().id;
            rowBackground(p, row, i == selected_node,
                          state.focus == Part::kNodes || state.focus == Part::kFilter,
                          ImGui::IsItemHovered());
            std::string tag = here ? ui.tr("here") : "";
            if (node.is_ending) tag = tag.empty() ? ui.tr("ending") : tag + " · " + ui.tr("ending");
            if (node.id == scenario.start) tag = tag.empty() ? ui.tr("start") : tag + " · " + ui.tr("start");
            const float tag_w = tag.empty() ? 0.0f : std::min(p.measure(tag).x, row.width() * 0.45f);
            const float ty = row.min.y + (row.height() - em) * 0.5f;
            if (node.is_ending)
                p.list()->AddCircleFilled(ImVec2(row.min.x + em * 0.45f, ty + em * 0.55f), em * 0.22f,
                                          outcomeColor(node.outcome));
            p.text(ImVec2(row.min.x + em * 0.9f, ty), here ? theme::kAccent : theme::kInk,
                   p.fit(node.id, row.width() - em * 1.3f - tag_w - em * 0.5f,
                         here ? Face::Bold : Face::Regular),
                   here ? Face::Bold : Face::Regular);
            if (!tag.empty())
                p.text(ImVec2(row.max.x - tag_w - em * 0.4f, ty), theme::kMuted, p.fit(tag, tag_w));
            p.recordControl("author:node:" + node.id, row);
            ry += row_h;
        }
        p.popRegion();
        const Rect jump{ImVec2(col.min.x, col.max.y - buttons_h),
                        ImVec2(col.max.x, col.max.y - buttons_h + control_h)};
        const Rect play{ImVec2(col.min.x, col.max.y - control_h), col.max};
        if (menuButton(p, jump, ui.tr("Jump there"), state.focus == Part::kJump, "author-jump"))
            action.jump = selectedNodeId();
        p.recordControl("author:jump", jump);
        if (menuButton(p, play, ui.tr("Play from there with these variables"), state.focus == Part::kPlayFrom,
                       "author-play-from"))
            if (auto id = selectedNodeId()) action.play_from = std::make_pair(*id, state.draft);
        p.recordControl("author:play-from", play);
    }

    // ---- the right column: variables, history (+ go back), score, problems
    {
        const Rect& col = at.right;
        const std::vector<TipScore> score = session.score();
        const int score_columns = col.width() >= em * 30.0f ? 2 : 1;
        const int score_rows = (static_cast<int>(score.size()) + score_columns - 1) / score_columns;
        const float fixed = title_h * 4 + control_h + gap * 4;
        const float room = std::max(0.0f, col.height() - fixed);
        // Problems: each wrapped to at most 3 lines.
        const float problem_w = col.width() - em * 0.6f;
        std::vector<float> problem_h;
        std::vector<std::vector<std::string>> problem_lines;
        for (const Problem& problem : model.problems) {
            std::vector<std::string> lines = p.wrap(problemLine(problem), problem_w);
            if (lines.size() > 3) {
                lines.resize(3);
                lines.back() = p.ellipsize(lines.back(), problem_w);
            }
            problem_h.push_back(static_cast<float>(lines.size() - 1) * p.lineHeight() + em + em * 0.45f);
            problem_lines.push_back(std::move(lines));
        }
        float problems_want = 0.0f;
        for (float h : problem_h) problems_want += h;
        // Share the room by whole rows: one for each part, then one more in turn to each part
        // that has more to show; the problems take what is left.
        const int total_rows = static_cast<int>((room + 0.5f) / row_h);
        const int want[4] = {std::max(variables, 1), std::max(decisions, 1),
                             std::max(1, static_cast<int>(std::ceil(problems_want / row_h - 0.01f))),
                             score_rows};
        int rows[4] = {0, 0, 0, 0};
        for (int left = total_rows, k = 0, idle = 0; left > 0 && idle < 4; k = (k + 1) % 4) {
            if (rows[k] < want[k]) {
                ++rows[k];
                --left;
                idle = 0;
            } else {
                ++idle;
            }
        }
        const float score_h = static_cast<float>(rows[3]) * row_h;
        const float give[3] = {
            static_cast<float>(rows[0]) * row_h, static_cast<float>(rows[1]) * row_h,
            std::max(0.0f, room - score_h - static_cast<float>(rows[0] + rows[1]) * row_h)};
        float cy = col.min.y;
        // Variables.
        {
            const Rect title_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + em)};
            cy += title_h;
            const Rect area{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + give[0])};
            std::vector<float> heights(static_cast<std::size_t>(variables), row_h);
            const Shown shown = fitRows(heights, area.height(), state.variable_first, state.variable);
            std::string extra = rowsLabel(shown, variables);
            if (state.draft_edited) extra = ui.tr("edited") + (extra.empty() ? "" : " · " + extra);
            partTitle(p, title_at, ui.tr("Variables"), state.focus == Part::kVariables, extra);
            p.pushRegion(area, "author-variables");
            if (variables == 0)
                p.text(area.min, theme::kMuted,
                       p.fit(ui.tr("This scenario has no variables."), area.width()));
            float ry = area.min.y;
            const float name_w = std::min(area.width() * 0.36f, em * 12.0f);
            for (int i = shown.first; i <= shown.last; ++i) {
                auto it = variableAt(i);
                const Rect row{ImVec2(area.min.x, ry), ImVec2(area.max.x, ry + row_h - em * 0.15f)};
                const bool selected = i == state.variable;
                if (!(state.editing && selected) && rowButton(row, "var", i)) {
                    state.focus = Part::kVariables;
                    if (selected) openEdit();
                    state.variable = i;
                    action.changed = true;
                }
                rowBackground(p, row, selected, state.focus == Part::kVariables, ImGui::IsItemHovered());
                const float ty = row.min.y + (row.height() - em) * 0.5f;
                p.text(ImVec2(row.min.x + em * 0.4f, ty), theme::kInk,
                       p.fit(it->first, name_w - em * 0.6f, Face::Bold), Face::Bold);
                const std::string type = ui.tr(typeLabel(it->second));
                const float type_w = std::min(p.measure(type).x, area.width() * 0.2f);
                p.text(ImVec2(row.max.x - type_w - em * 0.4f, ty), theme::kMuted, p.fit(type, type_w));
                const Rect value_at{ImVec2(row.min.x + name_w, row.min.y),
                                    ImVec2(row.max.x - type_w - em * 0.9f, row.max.y)};
                if (state.editing && selected) {
                    const std::string field_id = "##author-edit-" + std::to_string(state.edit_serial);
                    const std::string hint = valueToString(it->second);
                    const FieldResult field = textField(
                        p, log, area, "author-variables", value_at, state.edit.data(), state.edit.size(),
                        true, state.typing && !state.edit_opened && state.focus == Part::kVariables,
                        field_id.c_str(), hint.c_str(), state.edit_invalid);
                    typing = typing || field.active;
                } else {
                    const auto now = session.vars().find(it->first);
                    const bool differs = now != session.vars().end() && now->second != it->second;
                    std::string value = valueText(it->second);
                    if (differs) value += "   " + ui.tr("(now %s)", valueText(now->second));
                    p.text(ImVec2(value_at.min.x, ty), differs ? theme::kAccent : theme::kNarration,
                           p.fit(value, value_at.width(), differs ? Face::Bold : Face::Regular),
                           differs ? Face::Bold : Face::Regular);
                }
                p.recordControl("author:var:" + it->first, row);
                ry += row_h;
            }
            p.popRegion();
            cy += give[0] + gap;
            if (state.editing && state.edit_invalid)  // said in the title line's colour, over the list's end
                p.text(ImVec2(col.min.x, cy - gap - em * 0.1f - em), theme::kHarmful,
                       p.fit(ui.tr("Not a number: type digits, e.g. 1500"), col.width()));
        }
        // History.
        {
            const Rect title_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + em)};
            cy += title_h;
            const Rect area{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + give[1])};
            std::vector<float> heights(static_cast<std::size_t>(decisions), row_h);
            const Shown shown = fitRows(heights, area.height(), state.decision_first, state.decision);
            partTitle(p, title_at, ui.tr("History"), state.focus == Part::kHistory,
                      rowsLabel(shown, decisions));
            p.pushRegion(area, "author-history");
            if (decisions == 0)
                p.text(area.min, theme::kMuted, p.fit(ui.tr("No choice made yet."), area.width()));
            float ry = area.min.y;
            for (int i = shown.first; i <= shown.last; ++i) {
                const Decision& d = history[static_cast<std::size_t>(i)];
                const Rect row{ImVec2(area.min.x, ry), ImVec2(area.max.x, ry + row_h - em * 0.15f)};
                bool twice = false;
                if (rowButton(row, "decision", i, &twice)) {
                    state.decision = i;
                    state.focus = Part::kHistory;
                    action.changed = true;
                }
                if (twice) action.go_back = static_cast<std::size_t>(i);
                rowBackground(p, row, i == state.decision,
                              state.focus == Part::kHistory || state.focus == Part::kGoBack,
                              ImGui::IsItemHovered());
                const float ty = row.min.y + (row.height() - em) * 0.5f;
                const std::string verdict =
                    model.words != nullptr ? model.words->verdictLabel(d.verdict) : nameOf(d.verdict);
                const float verdict_w = std::min(p.measure(verdict).x, area.width() * 0.3f);
                p.list()->AddCircleFilled(ImVec2(row.min.x + em * 0.45f, ty + em * 0.55f), em * 0.22f,
                                          verdictColor(d.verdict));
                p.text(ImVec2(row.min.x + em * 0.9f, ty), theme::kInk,
                       p.fit(std::to_string(i + 1) + ". " + d.node + " → " + d.choice,
                             row.width() - em * 1.8f - verdict_w));
                p.text(ImVec2(row.max.x - verdict_w - em * 0.4f, ty), verdictColor(d.verdict),
                       p.fit(verdict, verdict_w));
                p.recordControl("author:decision:" + std::to_string(i + 1), row);
                ry += row_h;
            }
            p.popRegion();
            cy += give[1] + gap * 0.5f;
            const std::string back_label = ui.tr("Go back to here");
            const float back_w = std::min(col.width(), p.measure(back_label, Face::Bold).x + em * 2.0f);
            const Rect back{ImVec2(col.min.x, cy), ImVec2(col.min.x + back_w, cy + control_h)};
            if (menuButton(p, back, back_label, state.focus == Part::kGoBack, "author-go-back") &&
                state.decision >= 0 && state.decision < decisions)
                action.go_back = static_cast<std::size_t>(state.decision);
            p.recordControl("author:go-back", back);
            cy += control_h + gap;
        }
        // Score per tip, live.
        {
            const Rect title_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + em)};
            cy += title_h;
            const Rect area{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + score_h)};
            const int fit_rows = std::max(0, static_cast<int>((score_h + 0.5f) / row_h));
            const int shown_tips = std::min(static_cast<int>(score.size()), fit_rows * score_columns);
            partTitle(p, title_at, ui.tr("Score per tip"), false,
                      shown_tips < static_cast<int>(score.size())
                          ? std::to_string(shown_tips) + " / " + std::to_string(score.size())
                          : "");
            p.pushRegion(area, "author-score");
            const float cell_w = (area.width() - em * static_cast<float>(score_columns - 1)) /
                                 static_cast<float>(score_columns);
            for (int i = 0; i < shown_tips; ++i) {
                const TipScore& tip = score[static_cast<std::size_t>(i)];
                const float x = area.min.x + static_cast<float>(i % score_columns) * (cell_w + em);
                const float ty =
                    area.min.y + static_cast<float>(i / score_columns) * row_h + (row_h - em) * 0.5f;
                const TipInfo* info = findTip(tip.tip);
                const std::string name = info != nullptr ? ui.tr(info->name) : tip.tip;
                const std::string value =
                    tip.decisions == 0 ? std::string("—")
                                       : std::to_string(static_cast<int>(std::lround(tip.mastery * 100))) +
                                             "% · " + std::to_string(tip.decisions);
                const float value_w = p.measure("100% · 99").x;
                const float bar_w = std::min(em * 4.0f, cell_w * 0.2f);
                const float name_w = cell_w - value_w - bar_w - em * 1.0f;
                p.text(ImVec2(x, ty), theme::kInk, p.fit(name, name_w));
                const Rect bar{ImVec2(x + name_w + em * 0.5f, ty + em * 0.3f),
                               ImVec2(x + name_w + em * 0.5f + bar_w, ty + em * 0.8f)};
                p.fillRect(bar, theme::kBarTrack, em * 0.2f);
                if (tip.decisions > 0) {
                    const ImU32 color = tip.mastery >= 0.75  ? theme::kSafe
                                        : tip.mastery >= 0.4 ? theme::kRisky
                                                             : theme::kHarmful;
                    p.fillRect(
                        {bar.min, ImVec2(bar.min.x + bar_w * static_cast<float>(tip.mastery), bar.max.y)},
                        color, em * 0.2f);
                }
                p.text(ImVec2(bar.max.x + em * 0.4f, ty), theme::kMuted, p.fit(value, value_w));
            }
            p.popRegion();
            cy += score_h + gap;
        }
        // Problems of this file.
        {
            const Rect title_at{ImVec2(col.min.x, cy), ImVec2(col.max.x, cy + em)};
            cy += title_h;
            const Rect area{ImVec2(col.min.x, cy), ImVec2(col.max.x, std::max(cy, col.max.y))};
            const Shown shown = fitRows(problem_h, area.height(), state.problem_first, state.problem);
            partTitle(p, title_at, ui.tr("Problems (saqbol lint)"), state.focus == Part::kProblems,
                      rowsLabel(shown, problems));
            p.pushRegion(area, "author-problems");
            if (problems == 0)
                p.text(area.min, theme::kSafe,
                       p.fit(ui.tr("No problems: lint is happy with this file."), area.width()));
            float ry = area.min.y;
            for (int i = shown.first; i <= shown.last; ++i) {
                const Problem& problem = model.problems[static_cast<std::size_t>(i)];
                const float h = problem_h[static_cast<std::size_t>(i)];
                const Rect row{ImVec2(area.min.x, ry), ImVec2(area.max.x, ry + h - em * 0.15f)};
                if (rowButton(row, "problem", i)) {
                    state.problem = i;
                    state.focus = Part::kProblems;
                    action.changed = true;
                }
                rowBackground(p, row, i == state.problem, state.focus == Part::kProblems,
                              ImGui::IsItemHovered());
                const ImU32 color = problem.severity == Severity::Error ? theme::kHarmful : theme::kInk;
                float ly = row.min.y + em * 0.2f;
                for (const std::string& line : problem_lines[static_cast<std::size_t>(i)]) {
                    p.text(ImVec2(row.min.x + em * 0.3f, ly), color, line);
                    ly += p.lineHeight();
                }
                p.recordControl("author:problem:" + std::to_string(i + 1), row);
                ry += h;
            }
            p.popRegion();
        }
    }
    p.popRegion();

    // Which recorded control has the keyboard, for tests and screen readers of the log.
    if (log != nullptr) {
        std::string focused;
        switch (state.focus) {
            case Part::kFilter:
                focused = "author:filter";
                break;
            case Part::kNodes:
                focused = "author:node:" + state.node;
                break;
            case Part::kJump:
                focused = "author:jump";
                break;
            case Part::kPlayFrom:
                focused = "author:play-from";
                break;
            case Part::kVariables:
                focused = variables > 0 ? "author:var:" + variableAt(state.variable)->first : "";
                break;
            case Part::kHistory:
                focused = "author:decision:" + std::to_string(state.decision + 1);
                break;
            case Part::kGoBack:
                focused = "author:go-back";
                break;
            case Part::kProblems:
                focused = "author:problem:" + std::to_string(state.problem + 1);
                break;
            case Part::kClose:
                focused = "author:close";
                break;
            default:
                break;
        }
        log->focused = -1;
        for (std::size_t i = 0; i < log->controls.size(); ++i)
            if (log->controls[i].first == focused) log->focused = static_cast<int>(i);
    }
    endScreen();

    // A text field has the keyboard: the app keeps digits and Backspace for typing.
    state.typing = typing;
    if (action.jump || action.play_from || action.go_back || action.close) action.changed = true;
    return action;
}

// ------------------------------------------------------------------ the badge

void drawAuthorBadge(const UiText& ui, const std::string& note, DrawLog* log) {
    Painter p(ImGui::GetForegroundDrawList(), log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // The window's top margin (the screens keep about 1.2 em free there).
    const Rect band{ImVec2(0, 0), ImVec2(display.x, em * 1.15f)};
    p.pushRegion(band, "author-badge");
    const std::string badge = ui.tr("AUTHOR");
    const std::string keys = ui.tr("F12: author panel");
    const float pad = em * 0.4f;
    const float badge_w = p.measure(badge, Face::Bold).x + pad * 2;
    const Rect pill{ImVec2(em * 0.5f, em * 0.05f), ImVec2(em * 0.5f + badge_w, em * 1.1f)};
    p.fillRect(pill, theme::kRisky, em * 0.3f);
    p.text(ImVec2(pill.min.x + pad, pill.min.y + (pill.height() - em) * 0.5f), theme::kBadgeInk, badge,
           Face::Bold);
    float x = pill.max.x + em * 0.5f;
    const std::string line = note.empty() ? keys : keys + " · " + note;
    if (x < band.max.x - em * 2.0f)
        p.text(ImVec2(x, pill.min.y + (pill.height() - em) * 0.5f), theme::kStatusInkLight,
               p.fit(line, band.max.x - x - em * 0.5f));
    p.popRegion();
}

// ------------------------------------------------------------------ the error overlay

bool drawAuthorErrors(const UiText& ui, const std::vector<Problem>& errors, bool alone,
                      const ScreenInput& input, DrawLog* log) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    if (alone) {  // nothing plays yet: the desk alone behind the card
        beginScreen("##author-waiting");
        endScreen();
    }
    const float em = ImGui::GetFontSize();
    const float width = std::min(display.x - em * 2.0f, em * 46.0f);
    const float pad = em * 0.9f;
    const float text_w = width - pad * 2;

    // Measure with a painter that records nothing, then draw in a window of that size on top.
    const std::string title = alone ? ui.tr("The scenario cannot start: it has errors.")
                                    : ui.tr("The last save has errors: the last good version keeps running.");
    const std::string help = ui.tr("Fix the file and save it: it reloads by itself.");
    const std::string hide = ui.tr("Hide (Esc)");
    const std::size_t shown = std::min<std::size_t>(errors.size(), 4);
    const std::string more = errors.size() > shown ? ui.tr("%s more: saqbol lint lists them all.",
                                                           std::to_string(errors.size() - shown))
                                                   : "";
    bool hidden = false;
    const Painter measure(nullptr, nullptr);
    float content = measure.wrappedHeight(title, text_w, Face::Bold) + em * 0.6f;
    std::vector<std::vector<std::string>> lines;
    for (std::size_t i = 0; i < shown; ++i) {
        std::vector<std::string> wrapped = measure.wrap(problemLine(errors[i]), text_w);
        if (wrapped.size() > 4) {
            wrapped.resize(4);
            wrapped.back() = measure.ellipsize(wrapped.back(), text_w);
        }
        content += static_cast<float>(wrapped.size() - 1) * measure.lineHeight() + em + em * 0.5f;
        lines.push_back(std::move(wrapped));
    }
    if (!more.empty()) content += measure.wrappedHeight(more, text_w) + em * 0.5f;
    content +=
        em * 0.3f + measure.wrappedHeight(help, text_w) + (alone ? 0.0f : em * 0.6f + controlHeight(measure));
    const float height = std::min(display.y - em * 2.4f, content + pad * 2);
    const float top = alone ? (display.y - height) * 0.5f : display.y - em * 1.2f - height;
    const Rect card{ImVec2((display.x - width) * 0.5f, top),
                    ImVec2((display.x + width) * 0.5f, top + height)};

    // Its own window over the screen, the card's size: the mouse still reaches the phone around it.
    const Rect frame = card.inset(-4.0f, -4.0f);
    ImGui::SetNextWindowPos(frame.min);
    ImGui::SetNextWindowSize(ImVec2(frame.width(), frame.height()));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##author-errors", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoNav);
    ImGui::PopStyleVar(2);
    Painter p(ImGui::GetWindowDrawList(), log);
    p.fillRect(card.inset(-3.0f, -3.0f), theme::kHarmful, em * 0.7f);
    p.fillRect(card, theme::kPanel, em * 0.6f);
    p.pushRegion(card, "author-errors");
    float y = card.min.y + pad;
    const float x = card.min.x + pad;
    const float bottom = card.max.y - pad;
    auto room = [&](float h) { return y + h <= bottom + 0.5f; };
    y += p.wrapped(ImVec2(x, y), text_w, theme::kHarmful, title, Face::Bold, 2) + em * 0.6f;
    for (const auto& wrapped : lines) {
        const float h = static_cast<float>(wrapped.size() - 1) * p.lineHeight() + em;
        if (!room(h)) break;
        for (const std::string& line : wrapped) {
            p.text(ImVec2(x, y), theme::kInk, line);
            y += p.lineHeight();
        }
        y += em * 0.5f - (p.lineHeight() - em);
    }
    if (!more.empty() && room(em))
        y += p.wrapped(ImVec2(x, y), text_w, theme::kMuted, more, Face::Regular, 1) + em * 0.5f;
    y += em * 0.3f;
    if (room(em)) y += p.wrapped(ImVec2(x, y), text_w, theme::kMuted, help, Face::Regular, 2);
    if (!alone) {
        const float button_w = std::min(text_w, p.measure(hide, Face::Bold).x + em * 2.0f);
        const Rect button{ImVec2(card.max.x - pad - button_w, card.max.y - pad - controlHeight(p)),
                          ImVec2(card.max.x - pad, card.max.y - pad)};
        if (menuButton(p, button, hide, true, "author-hide")) hidden = true;
        p.recordControl("author:hide", button);
        if (input.back && !input.erase) hidden = true;
    }
    p.popRegion();
    ImGui::End();
    return hidden;
}

// ------------------------------------------------------------------ texts

std::vector<std::string> authorTexts(const AuthorModel& model) {
    std::vector<std::string> texts{
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        "→–—…·", model.file, model.note, model.start_node};
    for (const Problem& p : model.problems) texts.push_back(problemLine(p));
    for (const Problem& p : model.errors) texts.push_back(problemLine(p));
    if (model.session != nullptr) {
        for (const Node& node : model.session->scenario().nodes) texts.push_back(node.id);
        for (const auto& [name, value] : model.session->vars()) texts.push_back(name + valueText(value));
    }
    return texts;
}

}  // namespace saqbol::ui
