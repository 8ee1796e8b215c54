// SPDX-License-Identifier: MIT
// The play screen: the phone on the left, drawn from phoneView(session); on the right a
// panel with the story context (the scenario's title, its content note at the start, the
// moment's narration) and the numbered choices, or at an ending the ending's title and a
// button to the debrief. Number keys pick; Enter presses the focused control.
// Keyboard focus: our own focus order, not Dear ImGui's keyboard navigation (1.86 moves it
// only between its own widgets, draws no ring on invisible buttons, and would need the
// platform to feed NavInputs). Every control of the frame — the phone's (the bar back,
// banners, the app's buttons, the keypad) in that order, then the numbered choices — is
// one list; Tab/Shift+Tab walk it round, arrows step (by rows on the keypad), a ring marks
// it. While the keypad is open the number keys type the number instead of picking.
// Beside the phone the choices come first: the story keeps two lines and scrolls; with too
// little room the buttons tighten, the "What do you do?" line goes, and only then do the
// choices scroll too (by whole buttons; the focus brings one into view; number keys pick
// any). PageUp/PageDown page all that scrolls. Nothing here is timed: the screen waits
// for the player.
#include <algorithm>
#include <cmath>

#include "phone_apps.h"
#include "screen_parts.h"
#include "screens.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

struct Layout {
    Rect phone;
    Rect panel;
};

// The phone as tall as the window allows, the panel beside it no wider than comfortable
// reading (about 46 em), the two centred together.
Layout layout(float em) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = display.y < em * 24.0f ? em * 0.5f : em * 1.2f;  // a short window: every line counts
    const float height = display.y - 2 * margin;
    const float aspect = em >= 24.0f ? 1.8f : 2.0f;  // large text: a wider phone, fewer broken lines
    const float phone_w = std::max(std::min(display.x * 0.42f, height / aspect), std::min(em * 8.0f, display.x * 0.42f));
    const float phone_h = std::min(height, phone_w * 2.15f);
    const float gap = margin * 1.5f;
    const float panel_w = std::min(display.x - phone_w - gap - 2 * margin, em * 46.0f);
    const float left = std::max(margin, (display.x - phone_w - gap - panel_w) * 0.5f);
    const ImVec2 phone_min(left, (display.y - phone_h) * 0.5f);
    const Rect phone{phone_min, ImVec2(phone_min.x + phone_w, phone_min.y + phone_h)};
    const Rect panel{ImVec2(phone.max.x + gap, margin), ImVec2(phone.max.x + gap + panel_w, display.y - margin)};
    return {phone, panel};
}

// The focus after this frame's Tab, Shift+Tab and arrow keys, over `phone` controls then
// `choices` numbered choices. With nothing focused, Up/Down go to the first choice.
int moveFocus(int focus, const std::vector<PhoneControl>& phone, int choices, const ScreenInput& in) {
    const int first = static_cast<int>(phone.size());
    const int n = first + choices;
    if (n == 0) return -1;
    focus = std::min(focus, n - 1);
    if (in.next) focus = focus < 0 ? 0 : (focus + 1) % n;
    if (in.previous) focus = focus <= 0 ? n - 1 : focus - 1;
    if (focus < 0) {
        if (in.up || in.down) focus = choices > 0 ? first : 0;
        else if (in.left || in.right) focus = 0;
        return focus;
    }
    const int grid = focus < first ? phone[static_cast<std::size_t>(focus)].grid : 0;
    const auto inGrid = [&](int i) { return i >= 0 && i < first && phone[static_cast<std::size_t>(i)].grid == grid; };
    if (in.left) focus = std::max(0, focus - 1);
    if (in.right) focus = std::min(n - 1, focus + 1);
    if (in.up) focus = grid > 0 && inGrid(focus - grid) ? focus - grid : std::max(0, focus - 1);
    if (in.down) focus = grid > 0 && inGrid(focus + grid) ? focus + grid : std::min(n - 1, focus + 1);
    return focus;
}

// The keyboard focus ring: dark outside, amber inside, seen on light and dark screens alike.
void focusRing(Painter& p, const Rect& r) {
    const float em = p.em();
    const float w = std::max(2.0f, em * 0.16f);
    if (std::abs(r.width() - r.height()) < 1.0f) {
        p.list()->AddCircle(r.center(), r.width() * 0.5f + em * 0.3f, theme::rgb(20, 22, 28), 40, w * 2.0f);
        p.list()->AddCircle(r.center(), r.width() * 0.5f + em * 0.3f, theme::rgb(255, 190, 0), 40, w);
    } else {
        const Rect o = r.inset(-em * 0.25f, -em * 0.25f);
        const float rounding = std::min(o.height() * 0.5f, em * 0.8f);
        p.strokeRect(o, theme::rgb(20, 22, 28), rounding, w * 2.0f);
        p.strokeRect(o, theme::rgb(255, 190, 0), rounding, w);
    }
}

// Presses the phone control called `name`, if this frame drew one.
void pressNamed(std::vector<PhoneControl>& controls, const std::string& name) {
    for (PhoneControl& c : controls)
        if (c.name == name) {
            c.press();
            return;
        }
}


}  // namespace

PlayAction drawPlayScreen(const Session& session, const ScenarioText& words, const ScreenInput& input,
                          PlayScreenState& state, DrawLog* log) {
    PlayAction action;
    const UiText& ui = words.ui();
    const Node& node = session.node();
    if (state.node != node.id) {
        state = PlayScreenState{};
        state.node = node.id;
    }
    const std::vector<const Choice*> shown = session.shownChoices();
    const PhoneView view = phoneView(session);

    ImDrawList* list = beginScreen("##play");
    Painter p(list, log);
    const float em = p.em();
    const Layout at = layout(em);

    // The phone. Esc closes the keypad or goes back to the app in front; on the keypad the
    // number keys (and 0, +, Backspace) type, and Enter with nothing focused calls.
    if (input.back && !(state.keypad && input.erase)) {
        if (state.keypad) state.keypad = false;
        else state.viewing.reset();
        state.highlighted = -1;
    }
    const bool keypad = state.keypad;
    std::optional<std::string> tapped;
    PhoneContext phone{p, view, words, session.vars(), shown, tapped, state};
    phone.page = input.page_down ? 1 : input.page_up ? -1 : 0;
    drawPhone(phone, at.phone);
    std::stable_sort(phone.controls.begin(), phone.controls.end(),
                     [](const PhoneControl& a, const PhoneControl& b) { return a.order < b.order; });
    const int phone_count = static_cast<int>(phone.controls.size());
    for (const PhoneControl& c : phone.controls) p.recordControl(c.name, c.rect);
    if (keypad && state.keypad) {
        std::string typed = input.dial;
        if (typed.empty() && input.digit > 0) typed = std::string(1, static_cast<char>('0' + input.digit));
        for (char c : typed) pressNamed(phone.controls, std::string("keypad:") + c);
        if (input.erase) pressNamed(phone.controls, "keypad:erase");
        if (input.enter && state.highlighted < 0) pressNamed(phone.controls, "keypad-call");
    }

    // The panel beside it.
    const float pad = em * 1.0f;
    p.fillRect(at.panel, theme::kPanel, em * 0.8f);
    p.pushRegion(at.panel, "panel");
    const Rect inner = at.panel.inset(pad, pad);
    const float w = inner.width();

    // What must show: the header, the question and the choices; the note and the narration
    // show in full when they fit, else they scroll by whole rows (PageUp/PageDown, the wheel
    // over them); the hint only when everything else fits.
    const std::string title = p.fit(words.meta(session.scenario().title), w, Face::Bold);
    const bool at_start = session.history().empty();
    const std::string note = at_start && !session.scenario().content_note.empty()
                                 ? ui.tr("Note: %s", words.meta(session.scenario().content_note)) : "";
    std::vector<std::string> narration;
    for (const PhoneEntry& entry : view.narration) narration.push_back(words.text(node.id, entry.event->text, session.vars()));
    std::vector<ButtonContent> buttons;
    std::string question;
    if (session.ended()) {
        question = words.text(node.id, node.title, session.vars());
        buttons.push_back({"1", ui.tr("See the debrief"), "", ""});
    } else {
        question = ui.tr("What do you do?");
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const Choice& c = *shown[i];
            buttons.push_back({i < 9 ? std::to_string(i + 1) : "", words.text(node.id, c.text, session.vars()), c.action,
                               c.action.empty() ? "" : words.actionLabel(c.action)});
        }
    }
    const std::string hint = keypad ? ui.tr("Keypad: type the number, Enter calls, Esc closes it.")
                                    : ui.tr("Number keys choose; Tab and the arrows move, Enter presses.");
    const float header_h = em + em * 0.9f;
    float question_h = p.wrappedHeight(question, w, Face::Bold) + em * 0.6f;
    if (session.ended()) question_h += em * 1.6f;  // the outcome line
    const int hint_lines = static_cast<int>(p.wrap(hint, w).size());  // whole, or not at all
    const float hint_h = em * 0.6f + static_cast<float>(hint_lines - 1) * p.lineHeight() + em;

    // The story as rows: the note (at the start), then each paragraph of narration.
    std::vector<ScrollRow> story;
    int newest_row = 0;
    const auto addParagraph = [&](const std::string& text, ImU32 color, float space, int group) {
        const std::vector<std::string> wrapped = p.wrap(text, w);
        for (std::size_t k = 0; k < wrapped.size(); ++k)
            story.push_back({wrapped[k], color, Face::Regular, k + 1 == wrapped.size() ? em : p.lineHeight(),
                             k == 0 && !story.empty() ? space : 0.0f, group});
    };
    if (!note.empty()) addParagraph(note, theme::kMuted, 0.0f, -1);
    for (std::size_t i = 0; i < narration.size(); ++i) {
        newest_row = static_cast<int>(story.size());
        addParagraph(narration[i], theme::kNarration, i == 0 ? em * 0.8f : em * 0.6f, static_cast<int>(i));
    }
    const float story_h = story.empty() ? 0.0f : scrollContentHeight(story) + em * 0.6f;
    // The choices come first: the story keeps at least two rows (and its cue) and gives
    // them the rest. When that is too little (large text), the buttons keep less room
    // around their words, then the "What do you do?" line goes; only then do the choices
    // scroll, by whole buttons (PageUp/PageDown, the wheel over them, the keyboard focus),
    // with a cue — the number keys pick any of them all the same.
    const float cue_h = em * 1.4f;
    const int count = static_cast<int>(buttons.size());
    const float story_min = story.empty() ? 0.0f : std::min(story_h, em + p.lineHeight() + em * 0.6f + cue_h);
    bool tight = false;
    float gap = em * 0.5f;
    const auto buttonsHeight = [&] {
        float h = 0.0f;
        for (const ButtonContent& b : buttons) h += buttonHeight(p, b, w, tight) + gap;
        return h;
    };
    float buttons_h = buttonsHeight();
    const auto room_for_choices = [&] { return inner.height() - header_h - em * 0.2f - question_h - story_min; };
    if (buttons_h > room_for_choices() + 0.5f) {
        tight = true;
        gap = em * 0.3f;
        buttons_h = buttonsHeight();
    }
    const bool ask = session.ended() || buttons_h <= room_for_choices() + 0.5f;  // "What do you do?" shows
    if (!ask) question_h = 0.0f;
    const float below_header = inner.height() - header_h - em * 0.2f - question_h;
    const bool choices_scroll = count > 1 && buttons_h > below_header - story_min + 0.5f;
    float room = choices_scroll ? story_min : below_header - buttons_h;
    const bool show_hint = !choices_scroll && room >= story_h + hint_h;
    if (show_hint) room -= hint_h;
    const bool story_scrolls = story_h > room + 0.5f;

    float y = inner.min.y;
    p.text(ImVec2(inner.min.x, y), theme::kMuted, title, Face::Bold);
    y += em * 1.3f;
    p.fillRect({ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);  // a crisp one-pixel rule
    y += em * 0.6f;
    if (!story.empty()) {
        const float shown_h = story_scrolls ? std::max(0.0f, room - em * 0.6f - cue_h) : story_h - em * 0.6f;
        const Rect region{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + shown_h)};
        const bool hovered = ImGui::IsMouseHoveringRect(region.min, region.max, false);
        const float wheel = hovered ? ImGui::GetIO().MouseWheel : 0.0f;
        const ScrollView seen = scrollRows(story, y, shown_h, state.story_first, newest_row,
                                           input.page_down ? 1 : input.page_up ? -1 : 0, wheel);
        p.pushRegion(region, "story");
        for (int r = seen.first; r <= seen.last; ++r) {
            const ScrollRow& row = story[static_cast<std::size_t>(r)];
            p.text(ImVec2(inner.min.x, seen.y[static_cast<std::size_t>(r)]), row.color, row.text, row.face);
        }
        p.popRegion();
        y += shown_h + em * 0.6f;
        if (story_scrolls) {
            scrollCue(p, ui, ImVec2(inner.min.x, y - em * 0.2f), w, seen, theme::kMuted);
            y += cue_h;
        }
    }
    y += em * 0.2f;
    if (ask) y += p.wrapped(ImVec2(inner.min.x, y), w, theme::kInk, question, Face::Bold) + em * 0.6f;
    if (session.ended()) {
        const std::string outcome = p.fit(words.outcomeLabel(node.outcome), w - em * 1.2f);
        p.list()->AddCircleFilled(ImVec2(inner.min.x + em * 0.4f, y + em * 0.55f), em * 0.35f, outcomeColor(node.outcome));
        p.text(ImVec2(inner.min.x + em * 1.2f, y), outcomeColor(node.outcome), outcome, Face::Bold);
        y += em * 1.6f;
    }

    // Keyboard: number keys pick; Enter presses the focused control (or the only choice);
    // then Tab, Shift+Tab and the arrows move the focus.
    int picked = -1;
    if (!keypad && input.digit >= 1 && input.digit <= std::min(count, 9)) picked = input.digit - 1;
    const int focus = state.highlighted;
    if (input.enter && focus >= 0 && focus < phone_count) phone.controls[static_cast<std::size_t>(focus)].press();
    else if (input.enter && focus >= phone_count && focus < phone_count + count) picked = focus - phone_count;
    else if (input.enter && focus < 0 && count == 1 && !keypad) picked = 0;
    if (state.highlighted == focus)  // pressing may have changed the controls and cleared the focus
        state.highlighted = moveFocus(focus, phone.controls, count, input);
    if (tapped) action.choice = tapped;

    // The choices: all of them, or the whole buttons that fit from where the list was left.
    std::vector<ScrollRow> rows;
    for (int i = 0; i < count; ++i)
        rows.push_back({"", 0, Face::Regular, buttonHeight(p, buttons[static_cast<std::size_t>(i)], w, tight), i > 0 ? gap : 0.0f, i});
    ScrollView seen;
    const Rect choices_region{ImVec2(inner.min.x, y), ImVec2(inner.max.x, choices_scroll ? inner.max.y - cue_h : inner.max.y)};
    if (choices_scroll) {
        const bool hovered = ImGui::IsMouseHoveringRect(choices_region.min, choices_region.max, false);
        const float wheel = hovered ? ImGui::GetIO().MouseWheel : 0.0f;
        seen = scrollRows(rows, y, choices_region.height(), state.choices_first, 0, input.page_down ? 1 : input.page_up ? -1 : 0,
                          wheel);
        const int focused = state.highlighted - phone_count;  // a choice the focus moved to comes into view
        if (state.highlighted != focus && focused >= 0 && focused < count && (focused < seen.first || focused > seen.last)) {
            state.choices_first = focused;
            seen = scrollRows(rows, y, choices_region.height(), state.choices_first, 0, 0, 0.0f);
        }
    } else {
        int all = 0;
        seen = scrollRows(rows, y, scrollContentHeight(rows) + 1.0f, all, 0, 0, 0.0f);
    }
    p.pushRegion(choices_region, "choices");
    for (int i = seen.first; i <= seen.last; ++i) {
        const ButtonContent& b = buttons[static_cast<std::size_t>(i)];
        const float top = seen.y[static_cast<std::size_t>(i)];
        const Rect rect{ImVec2(inner.min.x, top), ImVec2(inner.max.x, top + rows[static_cast<std::size_t>(i)].height)};
        ImGui::PushID(i);
        if (numberedButton(p, rect, b, state.highlighted == phone_count + i, "choice", tight)) picked = i;
        ImGui::PopID();
        p.recordControl("choice:" + std::to_string(i + 1), rect);
    }
    p.popRegion();
    if (choices_scroll) scrollCue(p, ui, ImVec2(inner.min.x, inner.max.y - cue_h + em * 0.3f), w, seen, theme::kMuted);
    if (show_hint)
        p.wrapped(ImVec2(inner.min.x, inner.max.y - hint_h + em * 0.6f), w, theme::kMuted, hint, Face::Regular, hint_lines);
    p.popRegion();
    if (log != nullptr) {  // by name: the choices that do not show are not among the recorded controls
        log->focused = -1;
        if (state.highlighted >= 0 && state.highlighted < phone_count) log->focused = state.highlighted;
        const std::string name = "choice:" + std::to_string(state.highlighted - phone_count + 1);
        for (std::size_t i = 0; i < log->controls.size() && state.highlighted >= phone_count; ++i)
            if (log->controls[i].first == name) log->focused = static_cast<int>(i);
    }
    if (state.highlighted >= 0 && state.highlighted < phone_count) {
        const PhoneControl& c = phone.controls[static_cast<std::size_t>(state.highlighted)];
        focusRing(p, c.rect);
        if (c.badge > 0) phone.numberBadge(c.badge_at, c.badge);  // the number stays readable over the ring
    }
    endScreen();

    if (picked >= 0) {
        if (session.ended()) action.open_debrief = true;
        else action.choice = shown[static_cast<std::size_t>(picked)]->id;
    }
    return action;
}

}  // namespace saqbol::ui
