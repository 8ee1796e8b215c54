// SPDX-License-Identifier: MIT
// Lesson mode's home (lesson_screen.h): the sign-in card, then the plan as numbered
// buttons, each with its status under its title; the plan pages by whole buttons
// (PageUp/PageDown, and the highlight brings its button into view).
#include "lesson_screen.h"

#include <algorithm>

#include "menu_parts.h"
#include "screen_parts.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

enum SignIn { kNickname, kClass, kStart, kSignInControls };

const char* statusText(StepStatus status, bool booster) {
    if (booster) return N_("to practise again");
    switch (status) {
        case StepStatus::Done: return N_("done");
        case StepStatus::Unfinished: return N_("started: you go on where you left off");
        case StepStatus::NotStarted: return N_("not yet");
    }
    return "";
}

ImU32 statusColor(StepStatus status, bool booster) {
    if (booster) return theme::kRisky;
    return status == StepStatus::Done ? theme::kSafe : status == StepStatus::Unfinished ? theme::kAccent : theme::kMuted;
}

LessonAction drawSignIn(const UiText& ui, const LessonModel& model, const ScreenInput& input, LessonScreenState& state,
                        DrawLog* log) {
    LessonAction action;
    const bool ask_class = model.class_name.empty();
    // The controls in order: the nickname, the class (when the student types it), Start.
    std::vector<int> order{kNickname};
    if (ask_class) order.push_back(kClass);
    order.push_back(kStart);
    int at = static_cast<int>(std::find(order.begin(), order.end(), state.highlighted) - order.begin());
    if (at >= static_cast<int>(order.size())) at = 0;
    ScreenInput keys = input;
    const bool enter_in_field = state.typing && keys.enter;
    if (enter_in_field) keys.enter = false;
    moveHighlight(at, static_cast<int>(order.size()), keys);
    if (enter_in_field) at = std::min(at + 1, static_cast<int>(order.size()) - 1);  // Enter in a field: on to the next
    state.highlighted = order[static_cast<std::size_t>(at)];

    ImDrawList* list = beginScreen("##lesson-sign-in");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 26.0f);
    const std::string who = ui.tr("Who is playing?");
    const std::string nick_label = ui.tr("Your nickname or your number in the class register (no real name needed)");
    const std::string class_label = ui.tr("Class");
    const std::string fixed_class = model.class_name.empty() ? "" : ui.tr("Class: %s", model.class_name);
    float content = em * 1.6f + p.wrappedHeight(model.title, width, Face::Bold) + em * 0.8f + em * 1.5f +
                    p.wrappedHeight(nick_label, width) + em * 0.3f + controlHeight(p) + em * 0.8f;
    content += ask_class ? p.wrappedHeight(class_label, width) + em * 0.3f + controlHeight(p) + em * 0.8f : em * 1.6f;
    if (!model.notice.empty()) content += p.wrappedHeight(model.notice, width) + em * 0.6f;
    content += controlHeight(p) * 1.2f;
    const Rect inner = beginPage(p, 28.4f, pageHeight(p, content));
    const Rect page = inner.inset(-em * 1.2f, -em);
    float y = inner.min.y;
    p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(ui.tr("Lesson"), inner.width()));
    y += em * 1.6f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kInk, model.title, Face::Bold) + em * 0.8f;
    p.text(ImVec2(inner.min.x, y), theme::kAccent, p.fit(who, inner.width(), Face::Bold), Face::Bold);
    y += em * 1.5f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, nick_label) + em * 0.3f;
    bool clicked = false;
    bool typing = textField(p, log, page, {ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + controlHeight(p))},
                            state.nickname.data(), state.nickname.size(), "##lesson-nickname",
                            state.highlighted == kNickname, state.typing && state.highlighted == kNickname, &clicked);
    if (clicked) state.highlighted = kNickname;
    y += controlHeight(p) + em * 0.8f;
    if (ask_class) {
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, class_label) + em * 0.3f;
        const bool class_typing =
            textField(p, log, page, {ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + controlHeight(p))},
                      state.class_name.data(), state.class_name.size(), "##lesson-class", state.highlighted == kClass,
                      state.typing && state.highlighted == kClass, &clicked);
        if (clicked) state.highlighted = kClass;
        typing = typing || class_typing;
        y += controlHeight(p) + em * 0.8f;
    } else {
        p.text(ImVec2(inner.min.x, y), theme::kInk, p.fit(fixed_class, inner.width()));
        y += em * 1.6f;
    }
    state.typing = typing;
    if (!model.notice.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful, model.notice) + em * 0.6f;
    const Rect start{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + controlHeight(p) * 1.2f)};
    const bool pressed = menuButton(p, start, ui.tr("Start"), state.highlighted == kStart, "start", true);
    p.recordControl("start", start);
    endPage(p);
    endScreen();
    if (pressed || (keys.enter && state.highlighted == kStart) || (enter_in_field && state.highlighted == kStart))
        action.sign_in = std::pair(ask_class ? std::string(state.class_name.data()) : model.class_name,
                                   std::string(state.nickname.data()));
    return action;
}

LessonAction drawPlan(const UiText& ui, const LessonModel& model, const ScreenInput& input, LessonScreenState& state,
                      DrawLog* log) {
    LessonAction action;
    const int count = static_cast<int>(model.steps.size());
    if (state.shown_player != model.player) {  // a student just signed in: the next step is highlighted
        state.shown_player = model.player;
        state.highlighted = std::max(0, model.next >= 0 ? model.next : count - 1);
        state.first = 0;
    }
    if (count > 0) {
        if (input.down || input.next) state.highlighted = std::min(count - 1, state.highlighted + 1);
        if (input.up || input.previous) state.highlighted = std::max(0, state.highlighted - 1);
    }
    if (input.back && !input.erase) action.sign_out = true;

    ImDrawList* list = beginScreen("##lesson-plan");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(display.x - em * 2.0f, em * 36.0f);
    const Rect card{ImVec2((display.x - width) * 0.5f, em * 0.8f), ImVec2((display.x + width) * 0.5f, display.y - em * 0.8f)};
    p.fillRect(card, theme::kPanel, em * 0.8f);
    p.pushRegion(card, "page");
    const Rect inner = card.inset(em * 1.2f, em);
    const float w = inner.width();
    float y = inner.min.y;
    p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(model.title, w, Face::Bold), Face::Bold);
    y += em * 1.4f;
    const std::string who = model.player_class.empty() ? ui.tr("Playing as: %s", model.player)
                                                       : ui.tr("Playing as: %s", model.player + " · " + model.player_class);
    p.text(ImVec2(inner.min.x, y), theme::kAccent, p.fit(who, w, Face::Bold), Face::Bold);
    y += em * 1.4f;
    p.fillRect({ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);
    y += em * 0.6f;

    std::string message;
    if (model.next < 0 && !model.booster_due) message = ui.tr("You have done the whole lesson. Well done!");
    else if (model.booster_due) message = ui.tr("A week has passed: play again the moments that went wrong last time.");
    if (!model.notice.empty()) message += (message.empty() ? "" : "\n") + model.notice;
    const std::string keys = ui.tr("Number or Enter: start · Up/Down: choose · Esc: another student");
    const float keys_h = p.wrappedHeight(keys, w);
    const float message_h = message.empty() ? 0.0f : p.wrappedHeight(message, w) + em * 0.6f;
    if (!message.empty())
        p.wrapped(ImVec2(inner.min.x, y), w, model.notice.empty() ? theme::kInk : theme::kHarmful, message);
    y += message_h;

    // The steps as numbered buttons, the status under each title.
    std::vector<ButtonContent> buttons;
    std::vector<ScrollRow> rows;
    for (int i = 0; i < count; ++i) {
        const LessonStepView& step = model.steps[static_cast<std::size_t>(i)];
        buttons.push_back({i < 9 ? std::to_string(i + 1) : "", step.label, "", ""});
        const float h = buttonHeight(p, buttons.back(), w) + em * 1.2f;
        rows.push_back({"", 0, Face::Regular, h, i > 0 ? em * 0.4f : 0.0f, i});
    }
    const float cue_h = em * 1.3f;
    const float room = inner.max.y - keys_h - em * 0.5f - y;
    const bool scrolls = scrollContentHeight(rows) > room + 0.5f;
    const float shown_h = scrolls ? room - cue_h : room;
    ScrollView seen;
    if (scrolls) {
        seen = scrollRows(rows, y, shown_h, state.first, 0, input.page_down ? 1 : input.page_up ? -1 : 0, 0.0f);
        if (state.highlighted < seen.first || state.highlighted > seen.last) {
            state.first = state.highlighted;
            seen = scrollRows(rows, y, shown_h, state.first, 0, 0, 0.0f);
        }
    } else {
        int all = 0;
        seen = scrollRows(rows, y, shown_h + 1.0f, all, 0, 0, 0.0f);
    }
    int picked = -1;
    if (input.digit >= 1 && input.digit <= std::min(count, 9)) picked = input.digit - 1;
    if (input.enter && count > 0) picked = state.highlighted;
    p.pushRegion({ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + shown_h)}, "steps");
    for (int i = seen.first; i <= seen.last && count > 0; ++i) {
        const LessonStepView& step = model.steps[static_cast<std::size_t>(i)];
        const float top = seen.y[static_cast<std::size_t>(i)];
        const float bh = rows[static_cast<std::size_t>(i)].height - em * 1.2f;
        const Rect rect{ImVec2(inner.min.x, top), ImVec2(inner.max.x, top + bh)};
        ImGui::PushID(i);
        if (numberedButton(p, rect, buttons[static_cast<std::size_t>(i)], state.highlighted == i, "step")) picked = i;
        ImGui::PopID();
        p.recordControl("step:" + std::to_string(i + 1), rect);
        const ImU32 color = statusColor(step.status, step.booster);
        p.list()->AddCircleFilled(ImVec2(inner.min.x + em * 0.9f, top + bh + em * 0.6f), em * 0.3f, color);
        p.text(ImVec2(inner.min.x + em * 1.6f, top + bh + em * 0.1f), color,
               p.fit(ui.tr(statusText(step.status, step.booster)), w - em * 1.6f));
    }
    p.popRegion();
    if (scrolls) scrollCue(p, ui, ImVec2(inner.min.x, y + shown_h + em * 0.2f), w, seen, theme::kMuted);
    p.wrapped(ImVec2(inner.min.x, inner.max.y - keys_h), w, theme::kMuted, keys);
    p.popRegion();
    endScreen();
    if (picked >= 0 && !action.sign_out) action.start = picked;
    return action;
}

}  // namespace

LessonAction drawLessonScreen(const UiText& ui, const LessonModel& model, const ScreenInput& input,
                              LessonScreenState& state, DrawLog* log) {
    LessonAction action = model.player.empty() ? drawSignIn(ui, model, input, state, log) : drawPlan(ui, model, input, state, log);
    action.changed = input.digit != 0 || input.enter || input.back || input.up || input.down || input.next ||
                     input.previous || input.page_up || input.page_down || action.sign_in || action.start ||
                     action.sign_out;
    if (action.sign_out) {
        state.nickname.fill('\0');  // the next student starts with an empty field
        state.highlighted = kNickname;
        state.shown_player.clear();
    }
    return action;
}

std::vector<std::string> lessonTexts(const UiText& ui, const LessonModel& model) {
    std::vector<std::string> texts{model.title, model.class_name, model.player, model.player_class, model.notice};
    for (const LessonStepView& step : model.steps) texts.push_back(step.label);
    texts.push_back(ui.tr("Lesson"));
    return texts;
}

}  // namespace saqbol::ui
