// SPDX-License-Identifier: MIT
// The quiz screens (quiz_screen.h). Sections:
//   1. shared pieces: the phone-and-panel layout, the focus, the big answer buttons
//   2. the form screen: A (before a lesson) or B (after)
//   3. the item screen: the item on the phone, the question beside it
//   4. the result screen: the numbers, the discernment bar, then moment by moment
//   5. the strings for the font atlas
// An item is shown through a Session started at its node of quizAsScenario, so the phone
// draws it exactly as it draws a moment of a scenario; the item offers no choices (the
// panel asks instead), so no phone control picks anything. The result speaks in neutral
// colours only — blue for right, grey for not right; no red, no "failed".
#include "quiz_screen.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "course_text.h"
#include "icons.h"
#include "menu_parts.h"
#include "phone_apps.h"
#include "screen_parts.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

// ---------------------------------------------------------------------------- 1. shared pieces

struct Layout {
    Rect phone;
    Rect panel;
};

// The same arrangement as the play screen's: the phone as tall as the window allows, the
// panel beside it no wider than comfortable reading, the two centred together.
Layout phoneAndPanel(float em) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = em * 1.2f;
    const float height = display.y - 2 * margin;
    const float aspect = em >= 24.0f ? 1.8f : 2.0f;
    const float phone_w =
        std::max(std::min(display.x * 0.42f, height / aspect), std::min(em * 8.0f, display.x * 0.42f));
    const float phone_h = std::min(height, phone_w * 2.15f);
    const float gap = margin * 1.5f;
    const float panel_w = std::min(display.x - phone_w - gap - 2 * margin, em * 46.0f);
    const float left = std::max(margin, (display.x - phone_w - gap - panel_w) * 0.5f);
    const ImVec2 phone_min(left, (display.y - phone_h) * 0.5f);
    const Rect phone{phone_min, ImVec2(phone_min.x + phone_w, phone_min.y + phone_h)};
    const Rect panel{ImVec2(phone.max.x + gap, margin),
                     ImVec2(phone.max.x + gap + panel_w, display.y - margin)};
    return {phone, panel};
}

// The focus after this frame's Tab, Shift+Tab and arrows over `count` controls, the first
// `phone` of them on the phone. With nothing focused the arrows go to the first answer.
int moveFocus(int focus, int count, int phone, const ScreenInput& in) {
    if (count == 0) return -1;
    focus = std::min(focus, count - 1);
    if (in.next) return focus < 0 ? 0 : (focus + 1) % count;
    if (in.previous) return focus <= 0 ? count - 1 : focus - 1;
    const bool arrow = in.up || in.down || in.left || in.right;
    if (focus < 0) return arrow ? std::min(phone, count - 1) : focus;
    if (in.up || in.left) focus = std::max(0, focus - 1);
    if (in.down || in.right) focus = std::min(count - 1, focus + 1);
    return focus;
}

// The keyboard focus ring on a phone control, as the play screen draws it: dark outside,
// amber inside, seen on light and dark screens alike.
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

// A share in [-1, 1] as the terminal prints it: a whole number from -100 to 100.
std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))); }

std::string twoDecimals(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string formName(char form) { return std::string(1, form); }

// The big "1 A scam" / "2 Real" buttons: a round number, the words in bold (wrapped when
// the button is narrow). `chosen`: the player's call on this item so far, filled.
// `compact`: the window is short for the text size — a smaller number, less padding, and the
// buttons only as tall as their words.
struct AnswerMetrics {
    float pad, radius, text_x;  // text_x: from the left edge to the words
};
AnswerMetrics answerMetrics(const Painter& p, bool compact) {
    const float em = p.em();
    const float pad = em * (compact ? 0.4f : 0.7f);
    const float radius = em * (compact ? 0.7f : 0.9f);
    return {pad, radius, pad + 2 * radius + em * (compact ? 0.4f : 0.5f)};
}

float answerHeight(const Painter& p, const std::string& label, float width, bool compact) {
    const float em = p.em();
    const AnswerMetrics m = answerMetrics(p, compact);
    const auto lines = static_cast<float>(p.wrap(label, width - m.text_x - m.pad, Face::Bold).size());
    return std::max(em * (compact ? 2.2f : 3.6f), 2 * m.pad + (lines - 1.0f) * p.lineHeight() + em);
}

// True when `label` stays on one line in a button `width` wide.
bool answerFits(const Painter& p, const std::string& label, float width, bool compact) {
    const AnswerMetrics m = answerMetrics(p, compact);
    return p.measure(label, Face::Bold).x <= width - m.text_x - m.pad;
}

bool answerButton(Painter& p, const Rect& rect, const std::string& number, const std::string& label,
                  bool compact, bool focused, bool chosen, const char* id) {
    const float em = p.em();
    const AnswerMetrics m = answerMetrics(p, compact);
    ImGui::SetCursorScreenPos(rect.min);
    const bool clicked =
        ImGui::InvisibleButton(id, ImVec2(std::max(rect.width(), 1.0f), std::max(rect.height(), 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    p.fillRect(rect,
               chosen               ? theme::kAccent
               : hovered || focused ? theme::kChoiceHover
                                    : theme::kChoice,
               em * 0.6f);
    if (theme::highContrast() && !chosen) p.strokeRect(rect, theme::kInk, em * 0.6f, 1.5f);
    if (focused) {
        const float t = std::max(2.0f, em * 0.14f);
        p.strokeRect(rect.inset(-t * 1.5f, -t * 1.5f), theme::kChoiceEdge, em * 0.7f, t);
    }
    const ImVec2 c(rect.min.x + m.pad + m.radius, rect.center().y);
    p.badge(c, m.radius, chosen ? theme::kWhite : theme::kAccent, chosen ? theme::kAccent : theme::kBadgeInk,
            number);
    const float x = rect.min.x + m.text_x;
    const ImU32 ink = chosen ? theme::kBadgeInk : theme::kInk;
    const std::vector<std::string> lines = p.wrap(label, rect.max.x - m.pad - x, Face::Bold);
    const float text_h = static_cast<float>(lines.size() - 1) * p.lineHeight() + em;
    float y = rect.center().y - text_h * 0.5f;
    for (const std::string& line : lines) {
        p.text(ImVec2(x, y), ink, line, Face::Bold);
        y += p.lineHeight();
    }
    return clicked;
}

// The sender of an item's first phone event, as the phone shows it, and that app.
std::string senderOf(const ScenarioText& words, const QuizItem& item, const Variables& vars, App* app) {
    for (const Event& e : item.events) {
        const std::optional<App> in = appOf(e.kind);
        if (!in) continue;
        *app = *in;
        switch (e.kind) {
            case EventKind::Sms:
            case EventKind::Chat:
            case EventKind::Call:
            case EventKind::Say:
                return words.contactName(e.who);
            case EventKind::Web:
                return e.url;
            case EventKind::Bank:
                return words.ui().tr("Bank");
            default:
                return words.text(item.id, e.title, vars);
        }
    }
    return {};
}

}  // namespace

// ---------------------------------------------------------------------------- 2. the form screen

QuizAction drawQuizFormScreen(const UiText& ui, const QuizModel* model, const ScreenInput& input,
                              QuizFormState& state, DrawLog* log) {
    QuizAction action;
    const bool ready = model != nullptr && model->quiz != nullptr && model->words != nullptr;
    std::vector<char> forms;  // the forms that have items, in order
    if (ready)
        for (char form : {'A', 'B'})
            if (!model->quiz->form(form).empty()) forms.push_back(form);
    const int count = static_cast<int>(forms.size()) + 1;  // and Back
    state.highlighted = std::clamp(state.highlighted, 0, count - 1);
    moveHighlight(state.highlighted, count, input);

    const std::string title = ready ? model->words->meta(model->quiz->title) : ui.tr("Quiz");
    const std::string about = ui.tr(
        "Short moments on a phone, about half of them real. Call each one a scam or real; at the end you see "
        "how "
        "you did, moment by moment.");
    const std::string which =
        ui.tr("Form A is for before a lesson and form B for after it; no moment is in both.");
    const std::string error =
        ready ? ""
              : ui.tr("The quiz could not be loaded: %s",
                      model != nullptr && !model->error.empty() ? model->error : ui.tr("no quiz file"));
    std::vector<ButtonContent> buttons;
    for (std::size_t i = 0; i < forms.size(); ++i)
        buttons.push_back(
            {std::to_string(i + 1),
             forms[i] == 'A' ? ui.tr("Form A — before a lesson") : ui.tr("Form B — after a lesson"), "",
             ui.tr("Moments: %s", std::to_string(model->quiz->form(forms[i]).size()))});
    const std::string back_label = ui.tr("Back (Esc)");

    ImDrawList* list = beginScreen("##quiz-form");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 28.0f);
    const float gap = em * 0.5f;
    const float about_h = p.wrappedHeight(about, width) + em * 0.6f;
    float content = em * 1.8f;
    content += ready ? p.wrappedHeight(which, width) + em * 1.0f : p.wrappedHeight(error, width) + em * 1.0f;
    for (const ButtonContent& b : buttons) content += buttonHeight(p, b, width) + gap;
    content += em * 0.5f + controlHeight(p);
    // On a window short for the text size the introduction gives way; what A and B are for stays.
    const bool with_about = pageHeight(p, content + about_h) <= ImGui::GetIO().DisplaySize.y - em * 2.0f;
    if (with_about) content += about_h;
    const Rect inner = beginPage(p, 30.4f, pageHeight(p, content));
    float y = inner.min.y;
    p.text(inner.min, theme::kInk, p.fit(title, inner.width(), Face::Bold), Face::Bold);
    y += em * 1.8f;
    if (with_about)
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kNarration, about) + em * 0.6f;
    if (ready)
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, which) + em * 1.0f;
    else
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful, error) + em * 1.0f;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const float h = buttonHeight(p, buttons[i], inner.width());
        const Rect r{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + h)};
        ImGui::PushID(static_cast<int>(i));
        if (numberedButton(p, r, buttons[i], state.highlighted == static_cast<int>(i), "form"))
            action.start = forms[i];
        ImGui::PopID();
        p.recordControl(std::string("quiz-form:") + forms[i], r);
        y += h + gap;
    }
    y += em * 0.5f;
    const float back_w = std::min(inner.width(), p.measure(back_label, Face::Bold).x + em * 3.0f);
    const Rect back_rect{ImVec2(inner.min.x, y), ImVec2(inner.min.x + back_w, y + controlHeight(p))};
    const bool back_focused = state.highlighted == count - 1;
    if (menuButton(p, back_rect, back_label, back_focused, "back")) action.leave = true;
    p.recordControl("back", back_rect);
    endPage(p);
    endScreen();

    if (input.digit >= 1 && input.digit <= static_cast<int>(forms.size()))
        action.start = forms[static_cast<std::size_t>(input.digit - 1)];
    if (input.enter && state.highlighted < static_cast<int>(forms.size()))
        action.start = forms[static_cast<std::size_t>(state.highlighted)];
    if ((input.enter && back_focused) || input.back) action.leave = true;
    if (action.start) action.leave = false;
    return action;
}

// ---------------------------------------------------------------------------- 3. the item screen

QuizAction drawQuizItemScreen(const QuizModel& model, const ScreenInput& input, QuizItemState& state,
                              DrawLog* log) {
    QuizAction action;
    const QuizRun& run = *model.run;
    const ScenarioText& words = *model.words;
    const UiText& ui = words.ui();
    const std::size_t index = run.current();
    const std::size_t total = run.items().size();
    const QuizItem& item = run.item();
    const std::optional<QuizCall> earlier = run.call(index);
    if (state.item != index) {
        state = QuizItemState{};
        state.item = index;
        state.phone.node = item.id;
        // An item called before opens with the focus on that call, so Enter keeps it.
        if (earlier) state.focus_call = *earlier == QuizCall::Scam ? 0 : 1;
    }
    const Session session(*model.scenario, nullptr, item.id);
    const PhoneView view = phoneView(session);
    const std::vector<const Choice*> no_choices;  // the panel asks the question instead

    ImDrawList* list = beginScreen("##quiz");
    Painter p(list, log);
    const float em = p.em();
    const Layout at = phoneAndPanel(em);

    // Esc first closes an app opened from a banner, as on the play screen; then it goes back.
    bool back = false;
    if (input.back) {
        if (state.phone.viewing) {
            state.phone.viewing.reset();
            state.phone.highlighted = -1;
        } else {
            back = true;
        }
    }
    std::optional<std::string> tapped;  // stays empty: no control is bound to a choice
    PhoneContext phone{p, view, words, session.vars(), no_choices, tapped, state.phone};
    phone.page = input.page_down ? 1 : input.page_up ? -1 : 0;
    drawPhone(phone, at.phone);
    std::stable_sort(phone.controls.begin(), phone.controls.end(),
                     [](const PhoneControl& a, const PhoneControl& b) { return a.order < b.order; });
    const int phone_count = static_cast<int>(phone.controls.size());
    for (const PhoneControl& c : phone.controls) p.recordControl(c.name, c.rect);
    if (state.focus_call) {
        state.phone.highlighted = phone_count + *state.focus_call;
        state.focus_call.reset();
    }

    // The panel: what form and moment this is, the story beside the phone (if the item has
    // any), the question, the two answers, Back, and a hint when there is room.
    p.fillRect(at.panel, theme::kPanel, em * 0.8f);
    p.pushRegion(at.panel, "panel");
    const Rect inner = at.panel.inset(em, em);
    const float w = inner.width();
    const std::string header = words.meta(model.quiz->title) + " · " + ui.tr("form %s", formName(run.form()));
    const std::string moment = ui.tr("Moment %s of %s", std::to_string(index + 1), std::to_string(total));
    const std::string question = ui.tr("A scam or real?");
    const std::string scam = ui.tr("A scam"), real = ui.tr("Real");
    const std::string back_label =
        index == 0 ? ui.tr("Back to the forms (Esc)") : ui.tr("Previous moment (Esc)");
    const std::string note =
        earlier ? ui.tr("Your answer so far is marked: press 1 or 2 to keep it or change it.")
                : std::string();
    const std::string hint = ui.tr(
        "Nothing is revealed until the end. 1: a scam, 2: real, Esc: back; Tab and the arrows move, Enter "
        "presses.");

    const float gap = em * 0.6f;
    const float half = (w - gap) * 0.5f;
    const float back_w = std::min(w, p.measure(back_label, Face::Bold).x + em * 3.0f);
    const float question_h = p.wrappedHeight(question, w, Face::Bold) + em * 0.8f;
    const float back_h = em * 0.8f + controlHeight(p);
    // The answers side by side when both fit on one line so, else one above the other.
    const auto sideBySide = [&](bool compact) {
        return answerFits(p, scam, half, compact) && answerFits(p, real, half, compact);
    };
    const auto answersHeight = [&](bool compact) {
        const bool side = sideBySide(compact);
        const float width = side ? half : w;
        const float h =
            std::max(answerHeight(p, scam, width, compact), answerHeight(p, real, width, compact));
        return side ? h : h * 2 + gap;
    };
    // A window short for the text size (XL on a small screen) drops the header and the note
    // and makes the answers smaller, so what must show still does.
    const float full_h = em * 1.9f + em * 2.8f + question_h + answersHeight(false) + gap +
                         (note.empty() ? 0.0f : p.wrappedHeight(note, w) + em * 0.2f) + back_h;
    const bool compact = full_h > inner.height();
    const bool side_by_side = sideBySide(compact);
    const float answer_w = side_by_side ? half : w;
    const float answer_h =
        std::max(answerHeight(p, scam, answer_w, compact), answerHeight(p, real, answer_w, compact));
    const float answers_h = answersHeight(compact);
    const float header_h = compact ? 0.0f : em * 1.3f + em * 0.6f;
    const float moment_h =
        em * 1.4f + em * 0.5f + (compact ? em * 0.5f : em * 0.9f);  // the line, the progress, space
    const float note_h = note.empty() || compact ? 0.0f : p.wrappedHeight(note, w) + em * 0.2f;
    const float hint_h = em * 0.6f + p.wrappedHeight(hint, w);  // shown whole, or not at all

    // The story (narration events), as rows that scroll when they do not fit.
    std::vector<ScrollRow> story;
    for (std::size_t i = 0; i < view.narration.size(); ++i) {
        const std::vector<std::string> wrapped =
            p.wrap(words.text(item.id, view.narration[i].event->text, session.vars()), w);
        for (std::size_t k = 0; k < wrapped.size(); ++k)
            story.push_back({wrapped[k], theme::kNarration, Face::Regular,
                             k + 1 == wrapped.size() ? em : p.lineHeight(),
                             k == 0 && i > 0 ? em * 0.6f : 0.0f, static_cast<int>(i)});
    }
    const float story_h = story.empty() ? 0.0f : scrollContentHeight(story) + em * 0.8f;
    float room = inner.height() - header_h - moment_h - question_h - answers_h - gap - note_h - back_h;
    const bool show_hint = room >= story_h + hint_h;
    if (show_hint) room -= hint_h;

    float y = inner.min.y;
    if (!compact) {
        p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(header, w, Face::Bold), Face::Bold);
        y += em * 1.3f;
        p.fillRect({ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);
        y += em * 0.6f;
    }
    p.text(ImVec2(inner.min.x, y), theme::kInk, p.fit(moment, w, Face::Bold), Face::Bold);
    y += em * 1.4f;
    // Progress: a segment per moment — the ones called so far filled, this one framed.
    const float seg_gap = std::min(em * 0.2f, w / static_cast<float>(total) * 0.25f);
    const float seg_w = (w - seg_gap * static_cast<float>(total - 1)) / static_cast<float>(total);
    for (std::size_t i = 0; i < total; ++i) {
        const float x = inner.min.x + static_cast<float>(i) * (seg_w + seg_gap);
        const Rect seg{ImVec2(x, y), ImVec2(x + seg_w, y + em * 0.5f)};
        p.fillRect(seg, run.call(i) ? theme::kAccent : theme::kBarTrack, em * 0.2f);
        if (i == index) p.strokeRect(seg.inset(-1.5f, -1.5f), theme::kInk, em * 0.2f, 2.0f);
    }
    y += em * 0.5f + (compact ? em * 0.5f : em * 0.9f);
    if (!story.empty()) {
        const bool scrolls = story_h > room + 0.5f;
        const float cue_h = em * 1.4f;
        const float shown_h = scrolls ? std::max(0.0f, room - em * 0.8f - cue_h) : story_h - em * 0.8f;
        const Rect region{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + shown_h)};
        const bool hovered = ImGui::IsMouseHoveringRect(region.min, region.max, false);
        const ScrollView seen = scrollRows(story, y, shown_h, state.phone.story_first, 0, phone.page,
                                           hovered ? ImGui::GetIO().MouseWheel : 0.0f);
        p.pushRegion(region, "story");
        for (int r = seen.first; r <= seen.last; ++r) {
            const ScrollRow& row = story[static_cast<std::size_t>(r)];
            p.text(ImVec2(inner.min.x, seen.y[static_cast<std::size_t>(r)]), row.color, row.text, row.face);
        }
        p.popRegion();
        y += shown_h + em * 0.8f;
        if (scrolls) {
            scrollCue(p, ui, ImVec2(inner.min.x, y - em * 0.4f), w, seen, theme::kMuted);
            y += cue_h;
        }
    }
    // The question and the answers sit a third of the way down the room left, not at the top.
    const float slack = std::max(0.0f, room - (story.empty() ? 0.0f : story_h));
    y += slack * 0.33f;
    y += p.wrapped(ImVec2(inner.min.x, y), w, theme::kInk, question, Face::Bold) + em * 0.8f;

    // Keys: 1 and 2 answer at once; Enter presses the focused control; then Tab, Shift+Tab
    // and the arrows move the focus over the phone's controls, the answers and Back.
    const int count = phone_count + 3;  // + a scam, real, back
    std::optional<QuizCall> call;
    if (input.digit == 1) call = QuizCall::Scam;
    if (input.digit == 2) call = QuizCall::Real;
    const int focus = state.phone.highlighted;
    if (input.enter && focus >= 0 && focus < phone_count)
        phone.controls[static_cast<std::size_t>(focus)].press();
    else if (input.enter && focus == phone_count)
        call = QuizCall::Scam;
    else if (input.enter && focus == phone_count + 1)
        call = QuizCall::Real;
    else if (input.enter && focus == phone_count + 2)
        back = true;
    if (state.phone.highlighted == focus)  // pressing a phone control may have moved the focus already
        state.phone.highlighted = moveFocus(focus, count, phone_count, input);

    const Rect scam_rect{ImVec2(inner.min.x, y), ImVec2(inner.min.x + answer_w, y + answer_h)};
    const Rect real_rect =
        side_by_side ? Rect{ImVec2(inner.max.x - answer_w, y), ImVec2(inner.max.x, y + answer_h)}
                     : Rect{ImVec2(inner.min.x, y + answer_h + gap), ImVec2(inner.max.x, y + answers_h)};
    if (answerButton(p, scam_rect, "1", scam, compact, state.phone.highlighted == phone_count,
                     earlier == QuizCall::Scam, "scam"))
        call = QuizCall::Scam;
    if (answerButton(p, real_rect, "2", real, compact, state.phone.highlighted == phone_count + 1,
                     earlier == QuizCall::Real, "real"))
        call = QuizCall::Real;
    p.recordControl("quiz:scam", scam_rect);
    p.recordControl("quiz:real", real_rect);
    y += answers_h + gap;
    if (note_h > 0.0f) y += p.wrapped(ImVec2(inner.min.x, y), w, theme::kMuted, note) + em * 0.2f;
    y += em * 0.8f;
    const Rect back_rect{ImVec2(inner.min.x, y), ImVec2(inner.min.x + back_w, y + controlHeight(p))};
    if (menuButton(p, back_rect, back_label, state.phone.highlighted == phone_count + 2, "back")) back = true;
    p.recordControl("quiz:back", back_rect);
    if (show_hint) p.wrapped(ImVec2(inner.min.x, inner.max.y - hint_h + em * 0.6f), w, theme::kMuted, hint);
    p.popRegion();
    if (log != nullptr) log->focused = state.phone.highlighted;
    if (state.phone.highlighted >= 0 && state.phone.highlighted < phone_count)
        focusRing(p, phone.controls[static_cast<std::size_t>(state.phone.highlighted)].rect);
    endScreen();

    if (call)
        action.answer = call;
    else if (back)
        action.back = true;
    return action;
}

// ---------------------------------------------------------------------------- 4. the result screen

namespace {

constexpr int kCounts = -2;       // the block of counts
constexpr int kDiscernment = -1;  // the block of discernment, its bar and d′

// Measures (draw = false) or draws one block of the result — kCounts, kDiscernment or a
// moment by index — on a white card; returns its height.
class ResultBlocks {
public:
    ResultBlocks(Painter& p, const QuizModel& model, const std::vector<QuizAnswer>& answers,
                 const Discernment& score)
        : p_(p),
          model_(model),
          words_(*model.words),
          ui_(model.words->ui()),
          answers_(answers),
          score_(score) {}

    float block(int index, ImVec2 at, float width, bool draw) {
        const float h = index == kCounts        ? counts(at, width, draw)
                        : index == kDiscernment ? discernment(at, width, draw)
                                                : moment(static_cast<std::size_t>(index), at, width, draw);
        if (draw) {  // the card goes under what was drawn: draw lists keep order, so split channels
            p_.list()->ChannelsSetCurrent(0);
            p_.fillRect({at, ImVec2(at.x + width, at.y + h)}, theme::kWhite, p_.em() * 0.5f);
            if (theme::highContrast())
                p_.strokeRect({at, ImVec2(at.x + width, at.y + h)}, theme::kInk, p_.em() * 0.5f, 1.5f);
            if (index >= 0)
                p_.list()->AddRectFilled(at, ImVec2(at.x + p_.em() * 0.25f, at.y + h),
                                         stripe(answers_[static_cast<std::size_t>(index)]));
            p_.list()->ChannelsSetCurrent(1);
        }
        return h;
    }

private:
    static ImU32 stripe(const QuizAnswer& a) { return a.correct() ? theme::kAccent : theme::kNeutral; }

    float para(ImVec2 at, float width, ImU32 color, const std::string& text, Face face, bool draw) {
        return draw ? p_.wrapped(at, width, color, text, face) : p_.wrappedHeight(text, width, face);
    }

    // The counts: correct, scams spotted, real moments called scams.
    float counts(ImVec2 at, float width, bool draw) {
        const float em = p_.em();
        const float pad = em * 0.8f;
        const float x = at.x + pad;
        const float w = width - 2 * pad;
        float y = at.y + pad;
        y += para(ImVec2(x, y), w, theme::kInk,
                  ui_.tr("Correct: %s of %s.", std::to_string(score_.correct()),
                         std::to_string(answers_.size())),
                  Face::Bold, draw) +
             em * 0.5f;
        y += para(ImVec2(x, y), w, theme::kInk,
                  ui_.tr("Scams you spotted: %s of %s.", std::to_string(score_.hits),
                         std::to_string(score_.scams)),
                  Face::Regular, draw) +
             em * 0.3f;
        y += para(ImVec2(x, y), w, theme::kInk,
                  ui_.tr("Real moments you called scams: %s of %s.", std::to_string(score_.false_alarms),
                         std::to_string(score_.legit)),
                  Face::Regular, draw);
        return y - at.y + pad;
    }

    // Discernment in words (as the terminal says it), on the bar, and d′ for the teacher.
    float discernment(ImVec2 at, float width, bool draw) {
        const float em = p_.em();
        const float pad = em * 0.8f;
        const float x = at.x + pad;
        const float w = width - 2 * pad;
        float y = at.y + pad;
        y += para(ImVec2(x, y), w, theme::kInk,
                  ui_.tr("Discernment: %s (from -100 to 100; guessing, or calling everything a scam, scores "
                         "about 0).",
                         percent(score_.discernment)),
                  Face::Regular, draw) +
             em * 0.5f;
        y += bar(ImVec2(x, y), w, draw) + em * 0.6f;
        y += para(ImVec2(x, y), w, theme::kMuted,
                  ui_.tr("For the teacher: d′ = %s.", twoDecimals(score_.d_prime)), Face::Regular, draw);
        return y - at.y + pad;
    }

    // Discernment on a line from -100 to 100: 0, "guessing", marked in the middle; the part
    // from 0 to the score filled, a dot at the score.
    float bar(ImVec2 at, float w, bool draw) {
        const float em = p_.em();
        const std::string low = "-100", high = "100", guess = "0 · " + ui_.tr("guessing");
        const float side = std::max(p_.measure(low).x, p_.measure(high).x);
        const float guess_w = p_.measure(guess).x;
        const bool one_row = guess_w * 0.5f + side + em * 0.6f <= w * 0.5f;
        const float track_h = em * 0.8f;
        const float labels_h = one_row ? em : em + p_.lineHeight();
        const float h = em * 0.4f + track_h + em * 0.5f + labels_h;
        if (!draw) return h;
        const float top = at.y + em * 0.4f;
        const Rect track{ImVec2(at.x, top), ImVec2(at.x + w, top + track_h)};
        p_.fillRect(track, theme::kBarTrack, track_h * 0.5f);
        const float mid = track.center().x;
        const float value = std::clamp(static_cast<float>(score_.discernment), -1.0f, 1.0f);
        const float vx = mid + value * (w * 0.5f - track_h * 0.5f);
        if (std::abs(vx - mid) >= 1.0f)
            p_.fillRect({ImVec2(std::min(mid, vx), track.min.y), ImVec2(std::max(mid, vx), track.max.y)},
                        theme::kAccent);
        const float t = std::max(2.0f, em * 0.12f);
        p_.list()->AddLine(ImVec2(mid, top - em * 0.35f), ImVec2(mid, track.max.y + em * 0.35f), theme::kInk,
                           t);
        p_.list()->AddCircleFilled(ImVec2(vx, track.center().y), track_h * 0.75f, theme::kWhite, 24);
        p_.list()->AddCircleFilled(ImVec2(vx, track.center().y), track_h * 0.55f, theme::kAccent, 24);
        p_.list()->AddCircle(ImVec2(vx, track.center().y), track_h * 0.75f, theme::kInk, 24, 1.5f);
        const float labels_y = track.max.y + em * 0.5f;
        p_.text(ImVec2(at.x, labels_y), theme::kMuted, low);
        p_.text(ImVec2(at.x + w - p_.measure(high).x, labels_y), theme::kMuted, high);
        const std::string shown = p_.fit(guess, w);
        p_.centered(mid, one_row ? labels_y : labels_y + p_.lineHeight(), theme::kMuted, shown);
        return h;
    }

    float moment(std::size_t index, ImVec2 at, float width, bool draw) {
        const QuizAnswer& a = answers_[index];
        const float em = p_.em();
        const float pad = em * 0.7f;
        const float x = at.x + pad + em * 0.25f;
        const float w = at.x + width - pad - x;
        float y = at.y + pad;
        // "3." and the tag, then what it was on the same line when it fits.
        const std::string number = std::to_string(index + 1) + ".";
        const std::string tag = a.correct() ? ui_.tr("Right") : ui_.tr("Not right");
        const std::string truth = a.item->legit ? ui_.tr("it was real") : ui_.tr("it was a scam");
        const float number_w = p_.measure(number, Face::Bold).x + em * 0.4f;
        const float tag_w = p_.measure(tag, Face::Bold).x + em * 0.9f;
        const float after = number_w + tag_w + em * 0.5f;
        const bool same_line = after + p_.measure(truth, Face::Bold).x <= w;
        if (draw) {
            p_.text(ImVec2(x, y), theme::kMuted, number, Face::Bold);
            const Rect pill{ImVec2(x + number_w, y - em * 0.1f), ImVec2(x + number_w + tag_w, y + em * 1.1f)};
            p_.fillRect(pill, stripe(a), em * 0.55f);
            p_.text(ImVec2(pill.min.x + em * 0.45f, y), theme::kBadgeInk, tag, Face::Bold);
            if (same_line) p_.text(ImVec2(x + after, y), theme::kInk, truth, Face::Bold);
        }
        y += em * 1.45f;
        if (!same_line) y += para(ImVec2(x, y), w, theme::kInk, truth, Face::Bold, draw) + em * 0.4f;
        App app = App::Lock;
        const std::string sender = senderOf(words_, *a.item, model_.scenario->vars, &app);
        if (!sender.empty()) {
            if (draw) {
                icons::app(p_.list(), app, ImVec2(x + em * 0.5f, y + em * 0.5f), em * 0.9f, theme::kMuted);
                p_.text(ImVec2(x + em * 1.4f, y), theme::kMuted, p_.fit(sender, w - em * 1.4f));
            }
            y += em * 1.4f;
        }
        y += para(ImVec2(x, y), w, theme::kNarration,
                  words_.text(a.item->id, a.item->cue, model_.scenario->vars), Face::Regular, draw);
        return y - at.y + pad;
    }

    Painter& p_;
    const QuizModel& model_;
    const ScenarioText& words_;
    const UiText& ui_;
    const std::vector<QuizAnswer>& answers_;
    const Discernment& score_;
};

// Draws blocks[first..] that fit in `column` (at least one); returns how many were drawn.
std::size_t drawColumn(Painter& p, ResultBlocks& blocks, const std::vector<int>& list, std::size_t first,
                       const Rect& column) {
    const float gap = p.em() * 0.6f;
    float y = column.min.y;
    std::size_t drawn = 0;
    for (std::size_t i = first; i < list.size(); ++i) {
        const float h = blocks.block(list[i], ImVec2(), column.width(), false);
        if (y + h > column.max.y && drawn > 0) break;
        p.list()->ChannelsSplit(2);
        p.list()->ChannelsSetCurrent(1);
        blocks.block(list[i], ImVec2(column.min.x, y), column.width(), true);
        p.list()->ChannelsMerge();
        y += h + gap;
        ++drawn;
    }
    return drawn;
}

// The first block of the page that ends just before `end` (PgUp).
std::size_t pageBefore(ResultBlocks& blocks, const std::vector<int>& list, std::size_t end, float width,
                       float height, float gap) {
    float h = 0.0f;
    std::size_t first = end;
    while (first > 0) {
        const float next = blocks.block(list[first - 1], ImVec2(), width, false) + (h > 0.0f ? gap : 0.0f);
        if (h + next > height && first < end) break;
        h += next;
        --first;
    }
    return first;
}

}  // namespace

QuizAction drawQuizResultScreen(const QuizModel& model, const ScreenInput& input, QuizResultState& state,
                                DrawLog* log) {
    QuizAction action;
    const QuizRun& run = *model.run;
    const ScenarioText& words = *model.words;
    const UiText& ui = words.ui();
    const std::vector<QuizAnswer> answers = run.answers();
    const Discernment score = scoreQuiz(answers);

    ImDrawList* list = beginScreen("##quiz-result");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = em * 1.2f;
    const Rect page{ImVec2(margin, margin), ImVec2(display.x - margin, display.y - margin)};
    p.fillRect(page, theme::kPanel, em * 0.8f);
    if (theme::highContrast()) p.strokeRect(page, theme::kWhite, em * 0.8f, 3.0f);
    p.pushRegion(page, "result");
    const Rect inner = page.inset(em, em);

    // "Your result", then on the same line which quiz and form (shortened if it must be).
    float y = inner.min.y;
    const std::string title = p.fit(ui.tr("Your result"), inner.width(), Face::Bold);
    const float title_w = p.text(ImVec2(inner.min.x, y), theme::kInk, title, Face::Bold);
    const float rest_w = inner.width() - title_w - em * 0.3f;
    const std::string which = words.meta(model.quiz->title) + " · " + ui.tr("form %s", formName(run.form()));
    if (rest_w > em * 4.0f)
        p.text(ImVec2(inner.max.x - rest_w, y), theme::kMuted, p.fit("· " + which, rest_w));
    y += em * 1.6f;

    // The footer: one numbered button back to the menu, right-aligned; the paging line beside it.
    const ButtonContent done{"1", ui.tr("Back to the menu (Esc)"), "", ""};
    const float done_w = std::min(inner.width(), p.measure(done.text).x + em * 3.5f);
    const float done_h = buttonHeight(p, done, done_w);
    const Rect done_rect{ImVec2(inner.max.x - done_w, inner.max.y - done_h), inner.max};
    const bool where_above = inner.width() - done_w - em < em * 10.0f;
    const float where_w = where_above ? inner.width() : inner.width() - done_w - em;
    const float where_y = where_above ? done_rect.min.y - em * 1.4f : done_rect.min.y + (done_h - em) * 0.5f;
    const float body_bottom = done_rect.min.y - em * 0.6f - (where_above ? em * 1.4f : 0.0f);

    // The summary and the moments: side by side on a wide screen, else one list.
    const bool two_columns = inner.width() >= em * 52.0f;
    const float gap = em * 1.0f;
    const float left_w = two_columns ? inner.width() * 0.42f : inner.width();
    std::vector<int> blocks_list;
    if (!two_columns) blocks_list = {kCounts, kDiscernment};
    for (std::size_t i = 0; i < answers.size(); ++i) blocks_list.push_back(static_cast<int>(i));
    ResultBlocks blocks(p, model, answers, score);
    Rect column{ImVec2(inner.min.x, y), ImVec2(inner.max.x, body_bottom)};
    if (two_columns) {
        drawColumn(p, blocks, {kCounts, kDiscernment}, 0,
                   {ImVec2(inner.min.x, y), ImVec2(inner.min.x + left_w, body_bottom)});
        column.min.x = inner.min.x + left_w + gap;
        p.text(ImVec2(column.min.x, y), theme::kMuted,
               p.fit(ui.tr("Moment by moment"), column.width(), Face::Bold), Face::Bold);
        column.min.y = y + em * 1.5f;
    }

    // Paging by whole blocks: Up/Down one, PgUp/PgDn a page, the wheel over the page.
    const int last = static_cast<int>(blocks_list.size()) - 1;
    state.first = std::clamp(state.first, 0, std::max(last, 0));
    const std::size_t first = static_cast<std::size_t>(state.first);
    const std::size_t shown = blocks_list.empty() ? 0 : drawColumn(p, blocks, blocks_list, first, column);
    const bool more_below = first + shown < blocks_list.size();
    const float wheel = ImGui::GetIO().MouseWheel;
    if (input.page_down && more_below)
        state.first = static_cast<int>(first + std::max<std::size_t>(shown, 1));
    else if ((input.down || wheel < 0) && more_below)
        ++state.first;
    if (input.page_up && first > 0)
        state.first = static_cast<int>(
            pageBefore(blocks, blocks_list, first, column.width(), column.height(), em * 0.6f));
    else if ((input.up || wheel > 0) && first > 0)
        --state.first;
    if (first > 0 || more_below) {
        // Which moments show, e.g. "4–7 / 18", then what is hidden.
        std::string where;
        int low = -1, high = -1;
        for (std::size_t i = first; i < first + shown; ++i)
            if (blocks_list[i] >= 0) {
                if (low < 0) low = blocks_list[i] + 1;
                high = blocks_list[i] + 1;
            }
        if (low > 0)
            where = std::to_string(low) + (high > low ? "–" + std::to_string(high) : std::string()) + " / " +
                    std::to_string(answers.size()) + " · ";
        where += more_below ? ui.tr("More below (PgDn)") : ui.tr("More above (PgUp)");
        p.text(ImVec2(inner.min.x, where_y), theme::kMuted, p.fit(where, where_w));
    }

    if (numberedButton(p, done_rect, done, true, "done")) action.leave = true;
    p.recordControl("quiz:done", done_rect);
    p.popRegion();
    endScreen();
    if (input.enter || input.back || input.digit == 1) action.leave = true;
    return action;
}

// ---------------------------------------------------------------------------- 5. the strings

std::vector<std::string> quizTexts(const ScenarioText& words, const Quiz& quiz) {
    std::vector<std::string> texts = screenTexts(words);
    for (const SourceString& s : quizStrings(quiz))
        texts.push_back(s.text);  // the cues, in the source language
    texts.emplace_back("′·–—…-0123456789");
    return texts;
}

}  // namespace saqbol::ui
