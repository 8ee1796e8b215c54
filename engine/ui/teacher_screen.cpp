// SPDX-License-Identifier: MIT
// The teacher's view (teacher_screen.h). Sections:
//   1. shared pieces: names from the model, the page each model allows, the dots of a PIN
//   2. the PIN pages: the PIN, a new PIN, the new PIN again
//   3. the classes
//   4. one class: its rows (summary, tips, quiz, moments, students), paged by whole rows
//   5. drawTeacherScreen and the strings for the font atlas
// The words are the printed report's where they fit (report_html.cpp), so a teacher reads
// the same thing on the screen and on paper.
#include "teacher_screen.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "menu_parts.h"
#include "screen_parts.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {
namespace {

// ---------------------------------------------------------------------------- 1. shared pieces

constexpr std::size_t kMaxPinDigits = 8;
constexpr std::size_t kMinPinDigits = 4;

std::string className(const UiText& ui, const std::string& name) {
    return name.empty() ? ui.tr("No class") : ui.tr("Class %s", name);
}

std::string tipName(const UiText& ui, std::string_view tip) {
    if (const TipInfo* info = findTip(tip)) return ui.tr(info->name);
    return std::string(tip);
}

std::string lookup(const std::map<std::string, std::string, std::less<>>* names, const std::string& key,
                   const std::string& fallback) {
    if (names == nullptr) return fallback;
    const auto it = names->find(key);
    return it != names->end() && !it->second.empty() ? it->second : fallback;
}

// The five tips (every student's table has a column for each), in the cyberpolice's order.
std::vector<std::string_view> fiveTips() {
    std::vector<std::string_view> out;
    for (const TipInfo& info : allTips())
        if (info.kind == TipKind::Tip) out.push_back(info.id);
    return out;
}

const TipShare* findShare(const std::vector<TipShare>& tips, std::string_view tip) {
    for (const TipShare& t : tips)
        if (t.tip == tip) return &t;
    return nullptr;
}

// The share's colour, as the printed report's bars: green from 75%, amber from 50%, else red.
ImU32 shareColor(double share) {
    return share >= kWellShare ? theme::kSafe : share >= 0.5 ? theme::kRisky : theme::kHarmful;
}

bool isPinPage(TeacherPage page) {
    return page == TeacherPage::Pin || page == TeacherPage::NewPin || page == TeacherPage::ConfirmPin;
}

// Moves `state` to a page the model allows: the PIN (or a new one) while locked, never a PIN
// page once unlocked unless the teacher asked to change it.
void settle(const TeacherModel& model, TeacherState& state) {
    const TeacherPage was = state.page;
    if (!model.unlocked) {
        state.changing = false;
        if (!model.pin_set) {
            if (state.page != TeacherPage::NewPin && state.page != TeacherPage::ConfirmPin)
                state.page = TeacherPage::NewPin;
        } else {
            state.page = TeacherPage::Pin;
        }
    } else if (state.page == TeacherPage::Pin || (isPinPage(state.page) && !state.changing)) {
        state.page = TeacherPage::Classes;
    }
    const int classes = model.classes != nullptr ? static_cast<int>(model.classes->size()) : 0;
    if (state.page == TeacherPage::Class && (state.shown_class < 0 || state.shown_class >= classes))
        state.page = TeacherPage::Classes;
    if (state.page != was) {
        state.typed.clear();
        state.too_short = false;
        if (state.page != TeacherPage::ConfirmPin) state.new_pin.clear();
    }
}

// A row of dots, one per digit typed (at least four places), centred on `center_x`.
float pinDots(Painter& p, float center_x, float y, std::size_t typed) {
    const float em = p.em();
    const std::size_t places = std::max(kMinPinDigits, typed);
    const float r = em * 0.42f, step = em * 1.4f;
    const float width = step * static_cast<float>(places - 1);
    const float cy = y + em * 0.7f;
    for (std::size_t i = 0; i < places; ++i) {
        const ImVec2 c(center_x - width * 0.5f + step * static_cast<float>(i), cy);
        if (i < typed)
            p.list()->AddCircleFilled(c, r, theme::kInk, 24);
        else
            p.list()->AddCircle(c, r, theme::kMuted, 24, std::max(1.5f, em * 0.08f));
    }
    const Rect dots{ImVec2(center_x - width * 0.5f - r, cy - r), ImVec2(center_x + width * 0.5f + r, cy + r)};
    p.recordControl("pin", dots);
    return em * 1.4f;
}

// ---------------------------------------------------------------------------- 2. the PIN pages

TeacherAction pinPage(const TeacherModel& model, const ScreenInput& input, TeacherState& state,
                      DrawLog* log) {
    const UiText& ui = *model.ui;
    TeacherAction action;

    // The keys first, so the frame shows what they did.
    for (char c : input.dial)
        if (c >= '0' && c <= '9' && state.typed.size() < kMaxPinDigits) {
            state.typed += c;
            state.too_short = false;
            state.mismatch = false;
            action.changed = true;
        }
    if (input.erase && !state.typed.empty()) {
        state.typed.pop_back();
        action.changed = true;
    }
    bool enter = input.enter;
    bool back = input.back && !input.erase;

    const TeacherPage page = state.page;
    const std::string title = ui.tr("Teacher's view");
    std::string prompt;
    std::string confirm;
    if (page == TeacherPage::Pin) {
        prompt = ui.tr("Enter your PIN to see the class results.");
        confirm = ui.tr("Open (Enter)");
    } else if (page == TeacherPage::NewPin) {
        prompt = ui.tr("Set a PIN (4–8 digits) so students don't wander in.");
        confirm = ui.tr("Next (Enter)");
    } else {
        prompt = ui.tr("Type the same PIN again to confirm it.");
        confirm = ui.tr("Save the PIN (Enter)");
    }
    // At most one message, the most pressing first.
    std::string message;
    ImU32 message_color = theme::kHarmful;
    if (!model.notice.empty()) {
        message = model.notice;
    } else if (state.too_short) {
        message = ui.tr("A PIN has 4 to 8 digits.");
    } else if (page == TeacherPage::Pin && model.wrong_pin && state.typed.empty()) {
        message = ui.tr("That is not the PIN. Try again.");
    } else if (page == TeacherPage::NewPin && state.mismatch) {
        message = ui.tr("The two PINs were not the same. Set the PIN again.");
    } else if (page == TeacherPage::NewPin && model.pin_damaged && !state.changing) {
        message = ui.tr("The saved PIN could not be read, so a new PIN is being set.");
        message_color = theme::kInk;  // news for the teacher, not a mistake of theirs
    }
    const std::string hint = ui.tr("Type the digits; Backspace erases one.");
    const std::string limit =
        page == TeacherPage::Pin
            ? std::string()
            : ui.tr(
                  "The PIN keeps students out of this view; it does not lock the results file on this "
                  "computer.");
    const std::string back_label = ui.tr("Back (Esc)");

    ImDrawList* list = beginScreen("##teacher-pin");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 26.0f);
    float content = em * 1.8f + p.wrappedHeight(prompt, width) + em * 0.8f + em * 1.4f + em * 0.8f;
    if (!message.empty()) content += p.wrappedHeight(message, width) + em * 0.6f;
    content += p.wrappedHeight(hint, width) + em * 0.8f;
    if (!limit.empty()) content += p.wrappedHeight(limit, width) + em * 0.8f;
    content += controlHeight(p);
    const Rect inner = beginPage(p, 28.4f, pageHeight(p, content));
    float y = inner.min.y;
    p.text(inner.min, theme::kInk, p.fit(title, inner.width(), Face::Bold), Face::Bold);
    y += em * 1.8f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kInk, prompt) + em * 0.8f;
    y += pinDots(p, inner.center().x, y, state.typed.size()) + em * 0.8f;
    if (!message.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), message_color, message) + em * 0.6f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, hint) + em * 0.8f;
    if (!limit.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, limit) + em * 0.8f;
    // The buttons: the page's step (filled) and Back, side by side when they fit.
    const float gap = em * 0.6f;
    const float confirm_w = p.measure(confirm, Face::Bold).x + em * 2.0f;
    const float back_w = p.measure(back_label, Face::Bold).x + em * 2.0f;
    const float total = confirm_w + gap + back_w;
    const float scale = total > inner.width() ? inner.width() / total : 1.0f;
    const Rect confirm_rect{ImVec2(inner.min.x, y),
                            ImVec2(inner.min.x + confirm_w * scale, y + controlHeight(p))};
    const Rect back_rect{ImVec2(inner.max.x - back_w * scale, y), ImVec2(inner.max.x, y + controlHeight(p))};
    if (menuButton(p, confirm_rect, confirm, false, "confirm", true)) enter = true;
    p.recordControl("teacher:confirm", confirm_rect);
    if (menuButton(p, back_rect, back_label, false, "back")) back = true;
    p.recordControl("teacher:back", back_rect);
    endPage(p);
    endScreen();

    if (enter) {
        action.changed = true;
        if (state.typed.size() < kMinPinDigits) {
            state.too_short = true;
        } else if (page == TeacherPage::Pin) {
            action.check_pin = state.typed;
            state.typed.clear();
        } else if (page == TeacherPage::NewPin) {
            state.new_pin = state.typed;
            state.typed.clear();
            state.page = TeacherPage::ConfirmPin;
        } else if (state.typed == state.new_pin) {
            action.set_pin = state.typed;
            state.typed.clear();
            state.new_pin.clear();
            state.changing = false;
            state.page = TeacherPage::Classes;
        } else {
            state.typed.clear();
            state.new_pin.clear();
            state.mismatch = true;
            state.page = TeacherPage::NewPin;
        }
    } else if (back) {
        action.changed = true;
        state.typed.clear();
        state.too_short = false;
        if (page == TeacherPage::ConfirmPin) {
            state.new_pin.clear();
            state.page = TeacherPage::NewPin;
        } else if (page == TeacherPage::NewPin && state.changing) {
            state.changing = false;
            state.page = TeacherPage::Classes;
        } else {
            action.leave = true;
        }
    }
    return action;
}

// ---------------------------------------------------------------------------- 3. the classes

TeacherAction classesPage(const TeacherModel& model, const ScreenInput& input, TeacherState& state,
                          DrawLog* log) {
    const UiText& ui = *model.ui;
    TeacherAction action;
    static const std::vector<ClassReport> kNone;
    const std::vector<ClassReport>& classes = model.classes != nullptr ? *model.classes : kNone;
    const int n = static_cast<int>(classes.size());
    const int count = n + 2;  // the classes, "Change the PIN", Back
    const int before = state.highlighted;
    state.highlighted = std::clamp(state.highlighted, 0, count - 1);
    moveHighlight(state.highlighted, count, input);
    if (input.page_down) state.highlighted = std::min(count - 1, state.highlighted + 5);
    if (input.page_up) state.highlighted = std::max(0, state.highlighted - 5);
    action.changed = state.highlighted != before;

    const std::string title = ui.tr("Teacher's view");
    const std::string subtitle =
        n > 0 ? ui.tr("Choose a class: Up/Down and Enter, or its number.")
              : ui.tr("No results yet.") + " " +
                    ui.tr(
                        "Results appear here when students play on this computer, or when you import the "
                        "files of other computers (saqbol report import).");
    std::vector<ButtonContent> buttons;
    for (int i = 0; i < n; ++i) {
        const ClassReport& c = classes[static_cast<std::size_t>(i)];
        buttons.push_back({i < 9 ? std::to_string(i + 1) : std::string(), className(ui, c.class_name), "",
                           ui.tr("Students: %s.", std::to_string(c.students.size())) + " " +
                               ui.tr("Scenarios finished: %s, unfinished: %s.", std::to_string(c.finished),
                                     std::to_string(c.unfinished))});
    }
    const std::string change_label = ui.tr("Change the PIN");
    const std::string back_label = ui.tr("Back (Esc)");

    ImDrawList* list = beginScreen("##teacher-classes");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(display.x - em * 4.4f, em * 32.0f);
    const float gap = em * 0.5f;
    float fixed = em * 1.8f + p.wrappedHeight(subtitle, width) + em * 0.8f;
    if (!model.notice.empty()) fixed += p.wrappedHeight(model.notice, width) + em * 0.6f;
    fixed += em * 0.4f + controlHeight(p);
    std::vector<float> heights;
    float all = 0.0f;
    for (const ButtonContent& b : buttons) {
        heights.push_back(buttonHeight(p, b, width));
        all += heights.back() + gap;
    }
    const float cue_h = em * 1.4f;
    const float room = display.y - em * 2.0f - pageHeight(p, fixed);
    const bool pages = all > room;
    const float list_h = pages ? std::max(room - cue_h, em * 3.0f) : all;
    const Rect inner = beginPage(p, 34.4f, pageHeight(p, fixed + list_h + (pages ? cue_h : 0.0f)));
    float y = inner.min.y;
    p.text(inner.min, theme::kInk, p.fit(title, inner.width(), Face::Bold), Face::Bold);
    y += em * 1.8f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, subtitle) + em * 0.8f;
    if (!model.notice.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful, model.notice) + em * 0.6f;

    // The classes that fit from first_class, moved so the highlighted one shows.
    auto lastFrom = [&](int first) {
        float h = 0.0f;
        int last = first - 1;
        for (int i = first; i < n; ++i) {
            h += heights[static_cast<std::size_t>(i)] + gap;
            if (h > list_h + 0.5f && last >= first) break;
            last = i;
        }
        return last;
    };
    state.first_class = std::clamp(state.first_class, 0, std::max(n - 1, 0));
    if (state.highlighted < n) {
        if (state.highlighted < state.first_class) state.first_class = state.highlighted;
        while (state.first_class < state.highlighted && lastFrom(state.first_class) < state.highlighted)
            ++state.first_class;
    }
    const int last = lastFrom(state.first_class);
    const float list_top = y;
    std::optional<int> clicked;
    for (int i = state.first_class; i <= last; ++i) {
        const float h = heights[static_cast<std::size_t>(i)];
        const Rect r{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + h)};
        ImGui::PushID(i);
        if (numberedButton(p, r, buttons[static_cast<std::size_t>(i)], state.highlighted == i, "class"))
            clicked = i;
        ImGui::PopID();
        p.recordControl("class:" + std::to_string(i + 1), r);
        y += h + gap;
    }
    y = list_top + list_h;
    if (pages) {
        ScrollView view;
        view.above = state.first_class > 0;
        view.below = last < n - 1;
        const std::string where =
            ui.tr("Classes %s of %s", std::to_string(state.first_class + 1) + "–" + std::to_string(last + 1),
                  std::to_string(n));
        const float where_w =
            p.text(ImVec2(inner.min.x, y), theme::kMuted, p.fit(where, inner.width() * 0.5f));
        scrollCue(p, ui, ImVec2(inner.min.x + where_w + em, y), inner.width() - where_w - em, view,
                  theme::kMuted);
        y += cue_h;
    }
    y += em * 0.4f;
    const float change_w = std::min(inner.width() * 0.6f, p.measure(change_label, Face::Bold).x + em * 2.0f);
    const float back_w = std::min(inner.width() * 0.38f, p.measure(back_label, Face::Bold).x + em * 2.0f);
    const Rect change_rect{ImVec2(inner.min.x, y), ImVec2(inner.min.x + change_w, y + controlHeight(p))};
    const Rect back_rect{ImVec2(inner.max.x - back_w, y), ImVec2(inner.max.x, y + controlHeight(p))};
    bool change = menuButton(p, change_rect, change_label, state.highlighted == n, "change");
    p.recordControl("teacher:change-pin", change_rect);
    bool back = menuButton(p, back_rect, back_label, state.highlighted == n + 1, "back");
    p.recordControl("teacher:back", back_rect);
    endPage(p);
    endScreen();

    std::optional<int> open = clicked;
    if (input.digit >= 1 && input.digit <= std::min(n, 9)) open = input.digit - 1;
    if (input.enter) {
        if (state.highlighted < n) open = state.highlighted;
        change = change || state.highlighted == n;
        back = back || state.highlighted == n + 1;
    }
    if (open) {
        state.shown_class = *open;
        state.highlighted = *open;
        state.first_row = 0;
        state.page = TeacherPage::Class;
        action.changed = true;
    } else if (change) {
        state.changing = true;
        state.mismatch = false;
        state.typed.clear();
        state.page = TeacherPage::NewPin;
        action.changed = true;
    } else if (back || input.back) {
        action.leave = true;
        action.changed = true;
    }
    return action;
}

// ---------------------------------------------------------------------------- 4. one class

// One row of the class page: drawn whole or not at all, so paging never cuts a line.
struct Row {
    float height = 0.0f;
    float gap = 0.0f;
    int section = 0;             // index into the page's section names
    bool with_previous = false;  // never the first row of a page (a paragraph's next line, the second bar)
    bool with_next = false;      // never the last row of a page (a heading, a table's header)
    bool table = false;          // a student's row: the table's header is repeated above it
    std::function<void(Painter&, ImVec2, float)> draw;
};

class ClassRows {
public:
    ClassRows(Painter& p, const TeacherModel& model, const ClassReport& c, float width)
        : p_(p), model_(model), ui_(*model.ui), c_(c), width_(width), em_(p.em()) {}

    std::vector<Row> build() {
        summary();
        tips();
        quiz();
        moments();
        students();
        return std::move(rows_);
    }
    // The section names, for the cue that says what is hidden ("" for the summary).
    const std::vector<std::string>& sections() const { return sections_; }
    // The students' table header row; -1: none.
    int tableHeader() const { return table_header_; }

private:
    void add(float height, float gap, std::function<void(Painter&, ImVec2, float)> draw) {
        Row row;
        row.height = height;
        row.gap = gap;
        row.section = static_cast<int>(sections_.size()) - 1;
        row.draw = std::move(draw);
        rows_.push_back(std::move(row));
    }
    // A paragraph, one row per wrapped line, `indent` from the left.
    void paragraph(const std::string& text, ImU32 color, float gap, float indent = 0.0f,
                   Face face = Face::Regular, bool with_previous = false) {
        bool first = true;
        for (const std::string& line : p_.wrap(text, width_ - indent, face)) {
            add(em_, first ? gap : p_.lineHeight() - em_,
                [line, color, indent, face](Painter& p, ImVec2 at, float) {
                    p.text(ImVec2(at.x + indent, at.y), color, line, face);
                });
            rows_.back().with_previous = !first || with_previous;
            first = false;
        }
    }
    void heading(const std::string& text) {
        sections_.push_back(text);
        add(em_ * 1.1f, em_ * 1.3f, [text](Painter& p, ImVec2 at, float w) {
            p.text(at, theme::kInk, p.fit(text, w, Face::Bold), Face::Bold);
            p.list()->AddLine(ImVec2(at.x, at.y + p.em() * 1.15f), ImVec2(at.x + w, at.y + p.em() * 1.15f),
                              theme::kRule, std::max(1.0f, p.em() * 0.06f));
        });
        rows_.back().with_next = true;
    }

    void summary() {
        sections_.emplace_back();
        paragraph(ui_.tr("Students: %s.", std::to_string(c_.students.size())) + " " +
                      ui_.tr("Scenarios finished: %s, unfinished: %s.", std::to_string(c_.finished),
                             std::to_string(c_.unfinished)) +
                      " " + ui_.tr("Quiz forms taken: %s.", std::to_string(c_.quiz_sessions)),
                  theme::kNarration, 0.0f);
    }

    // The safe share per tip as bars; the five tips numbered as the students' columns are.
    void tips() {
        heading(ui_.tr("Safe decisions per tip"));
        const std::vector<std::string_view> five = fiveTips();
        float value_w = p_.measure("100%", Face::Bold).x;
        float count_w = 0.0f;
        for (const TipShare& t : c_.tips)
            if (t.scored > 0)
                count_w = std::max(
                    count_w,
                    p_.measure(ui_.tr("%s of %s", std::to_string(t.safe), std::to_string(t.scored))).x);
        const float badge_w = em_ * 1.5f;
        const float label_w = std::min(width_ * 0.38f, em_ * 14.0f);
        // The counts beside the bars only when the bars keep room.
        const bool with_counts = width_ - badge_w - label_w - value_w - count_w - em_ * 2.0f >= em_ * 8.0f;
        if (!with_counts) count_w = 0.0f;
        const std::string none = ui_.tr("no decisions yet");
        for (const TipShare& t : c_.tips) {
            const auto at_five = std::find(five.begin(), five.end(), t.tip);
            const std::string number =
                at_five != five.end() ? std::to_string(at_five - five.begin() + 1) : std::string();
            const std::string name = tipName(ui_, t.tip);
            const std::string count = t.scored > 0 && with_counts ? ui_.tr("%s of %s", std::to_string(t.safe),
                                                                           std::to_string(t.scored))
                                                                  : std::string();
            add(em_ * 1.1f, em_ * 0.35f,
                [t, number, name, count, none, badge_w, label_w, value_w, count_w](Painter& p, ImVec2 at,
                                                                                   float w) {
                    const float em = p.em();
                    if (!number.empty())
                        p.badge(ImVec2(at.x + em * 0.55f, at.y + em * 0.5f), em * 0.55f, theme::kAccent,
                                theme::kBadgeInk, number);
                    const float name_x = at.x + badge_w;
                    p.text(ImVec2(name_x, at.y), theme::kInk, p.fit(name, label_w - em * 0.5f));
                    const float bar_x = name_x + label_w;
                    const float bar_w =
                        w - badge_w - label_w - value_w - count_w - em * (count_w > 0 ? 1.5f : 0.8f);
                    const Rect track{ImVec2(bar_x, at.y + em * 0.15f),
                                     ImVec2(bar_x + bar_w, at.y + em * 0.95f)};
                    p.fillRect(track, theme::kBarTrack, em * 0.4f);
                    if (t.scored == 0) {
                        p.text(ImVec2(track.min.x + em * 0.4f, at.y), theme::kMuted,
                               p.fit(none, bar_w - em * 0.8f));
                        return;
                    }
                    const float filled = std::max(em * 0.8f, bar_w * static_cast<float>(t.share()));
                    p.fillRect({track.min, ImVec2(track.min.x + filled, track.max.y)}, shareColor(t.share()),
                               em * 0.4f);
                    const float vx = track.max.x + em * 0.5f;
                    const std::string value = percentText(t.share());
                    p.text(ImVec2(vx + value_w - p.measure(value, Face::Bold).x, at.y), theme::kInk, value,
                           Face::Bold);
                    if (!count.empty()) p.text(ImVec2(vx + value_w + em * 0.7f, at.y), theme::kMuted, count);
                });
        }
        if (!c_.weakest.empty()) {
            std::string names;
            for (const std::string& tip : c_.weakest)
                names += (names.empty() ? "" : ", ") + tipName(ui_, tip);
            paragraph(ui_.tr("Weakest tips: %s.", names) + " " + ui_.tr("Start the discussion with these."),
                      theme::kInk, em_ * 0.8f, 0.0f, Face::Bold);
        }
    }

    // The class's mean discernment before and after, on bars from -100 to 100.
    void quiz() {
        heading(ui_.tr("Discernment before and after"));
        if (c_.quiz_pairs == 0) {
            paragraph(ui_.tr("Quiz: no student has taken both forms yet."), theme::kNarration, em_ * 0.4f);
            return;
        }
        const std::string before = ui_.tr("Before the lesson"), after = ui_.tr("After the lesson");
        const float label_w =
            std::min(width_ * 0.38f, std::max(p_.measure(before).x, p_.measure(after).x) + em_ * 1.0f);
        const float value_w = p_.measure("+100", Face::Bold).x + em_ * 0.5f;
        const std::pair<std::string, double> bars[] = {{before, c_.before_mean}, {after, c_.after_mean}};
        bool first = true;
        for (const auto& [label, value] : bars) {
            const bool is_after = !first;
            add(em_ * 1.1f, first ? em_ * 0.4f : em_ * 0.35f,
                [label, value, label_w, value_w, is_after](Painter& p, ImVec2 at, float w) {
                    const float em = p.em();
                    p.text(at, theme::kInk, p.fit(label, label_w - em * 0.5f));
                    const float x = at.x + label_w;
                    const float bar_w = w - label_w - value_w * 2.0f;
                    const Rect track{ImVec2(x + value_w, at.y + em * 0.15f),
                                     ImVec2(x + value_w + bar_w, at.y + em * 0.95f)};
                    p.fillRect(track, theme::kBarTrack, em * 0.2f);
                    const float mid = track.center().x;
                    const float v = std::clamp(static_cast<float>(value), -1.0f, 1.0f);
                    const float end = mid + v * bar_w * 0.5f;
                    if (std::abs(end - mid) >= 1.0f)
                        p.fillRect({ImVec2(std::min(mid, end), track.min.y),
                                    ImVec2(std::max(mid, end), track.max.y)},
                                   is_after ? theme::kAccent : theme::kNeutral);
                    p.list()->AddLine(ImVec2(mid, track.min.y - em * 0.15f),
                                      ImVec2(mid, track.max.y + em * 0.15f), theme::kInk,
                                      std::max(1.5f, em * 0.08f));
                    const std::string text = discernmentText(value);
                    const float tw = p.measure(text, Face::Bold).x;
                    // Outside the track, on the side the bar grows to.
                    const float tx = v >= 0 ? track.max.x + em * 0.4f : track.min.x - em * 0.4f - tw;
                    p.text(ImVec2(tx, at.y), theme::kInk, text, Face::Bold);
                });
            rows_.back().with_previous = is_after;
            first = false;
        }
        paragraph(ui_.tr("Quiz, students who took both forms: %s.", std::to_string(c_.quiz_pairs)) + " " +
                      ui_.tr("Discernment before: %s, after: %s (from -100 to 100; 0 is guessing).",
                             discernmentText(c_.before_mean), discernmentText(c_.after_mean)),
                  theme::kNarration, em_ * 0.5f);
    }

    // Each moment most of the class got wrong: where, how many, and the wrong choice most made.
    void moments() {
        heading(ui_.tr("Moments to discuss"));
        if (c_.moments.empty()) {
            paragraph(ui_.tr("none: no moment was got wrong by most of the class."), theme::kNarration,
                      em_ * 0.4f);
            return;
        }
        bool first = true;
        for (const MomentToDiscuss& m : c_.moments) {
            const std::string title = lookup(model_.scenario_titles, m.scenario, m.scenario);
            const std::string where = " · " + m.node;
            add(em_ * 1.0f, first ? em_ * 0.5f : em_ * 0.9f, [title, where](Painter& p, ImVec2 at, float w) {
                const float em = p.em();
                p.list()->AddRectFilled(ImVec2(at.x, at.y), ImVec2(at.x + em * 0.2f, at.y + em),
                                        theme::kHarmful);
                const float x = at.x + em * 0.6f;
                const float tw =
                    p.text(ImVec2(x, at.y), theme::kInk, p.fit(title, w - em * 0.6f, Face::Bold), Face::Bold);
                const float rest = w - em * 0.6f - tw;
                if (rest > em * 3.0f) p.text(ImVec2(x + tw, at.y), theme::kMuted, p.fit(where, rest));
            });
            rows_.back().with_next = true;
            first = false;
            paragraph(ui_.tr("%s of %s decisions risky or harmful", std::to_string(m.wrong),
                             std::to_string(m.scored)) +
                          " (" + percentText(m.share()) + ")",
                      theme::kNarration, em_ * 0.3f, em_ * 0.6f, Face::Regular, true);
            const std::string choice =
                lookup(model_.choice_texts, choiceKey(m.scenario, m.node, m.top_choice), m.top_choice);
            paragraph(ui_.tr("most often: \"%s\"", choice), theme::kInk, em_ * 0.2f, em_ * 0.6f,
                      Face::Regular, true);
        }
    }

    // A row per student: nickname, scenarios finished of started, and the share per tip in
    // columns numbered as the tips above.
    void students() {
        heading(ui_.tr("Per student"));
        paragraph(
            ui_.tr("Finished: the scenarios played to the end, of those started. Columns 1–5: the share "
                   "of safe decisions on each tip, numbered as above."),
            theme::kMuted, em_ * 0.4f);
        if (c_.students.empty()) return;
        const std::vector<std::string_view> five = fiveTips();
        const std::string student = ui_.tr("Student"), finished = ui_.tr("Finished");
        float finished_w = p_.measure(finished, Face::Bold).x;
        for (const StudentReport& s : c_.students)
            finished_w = std::max(finished_w, p_.measure(ui_.tr("%s of %s", std::to_string(s.finished),
                                                                std::to_string(s.finished + s.unfinished)))
                                                  .x);
        finished_w = std::min(finished_w + em_ * 1.0f, width_ * 0.3f);
        const float cell_w = p_.measure("100%", Face::Bold).x + em_ * 0.9f;
        const float cells_w = cell_w * static_cast<float>(five.size());
        const float name_w = width_ - finished_w - cells_w;
        add(em_ * 1.2f, em_ * 0.5f,
            [student, finished, name_w, finished_w, cell_w, n = five.size()](Painter& p, ImVec2 at, float) {
                const float em = p.em();
                p.text(at, theme::kMuted, p.fit(student, name_w - em * 0.5f, Face::Bold), Face::Bold);
                p.text(ImVec2(at.x + name_w, at.y), theme::kMuted,
                       p.fit(finished, finished_w - em * 0.5f, Face::Bold), Face::Bold);
                for (std::size_t i = 0; i < n; ++i) {
                    const float cx = at.x + name_w + finished_w + cell_w * (static_cast<float>(i) + 0.5f);
                    p.badge(ImVec2(cx, at.y + em * 0.5f), em * 0.55f, theme::kAccent, theme::kBadgeInk,
                            std::to_string(i + 1));
                }
            });
        rows_.back().with_next = true;
        table_header_ = static_cast<int>(rows_.size()) - 1;
        for (const StudentReport& s : c_.students) {
            std::vector<const TipShare*> shares;
            for (std::string_view tip : five) shares.push_back(findShare(s.tips, tip));
            const std::string name = s.player.nickname;
            const std::string done =
                ui_.tr("%s of %s", std::to_string(s.finished), std::to_string(s.finished + s.unfinished));
            add(em_ * 1.3f, em_ * 0.1f,
                [name, done, shares, name_w, finished_w, cell_w](Painter& p, ImVec2 at, float w) {
                    const float em = p.em();
                    p.list()->AddLine(ImVec2(at.x, at.y - em * 0.05f), ImVec2(at.x + w, at.y - em * 0.05f),
                                      theme::kRule, 1.0f);
                    const float ty = at.y + em * 0.15f;
                    p.text(ImVec2(at.x, ty), theme::kInk, p.fit(name, name_w - em * 0.5f));
                    p.text(ImVec2(at.x + name_w, ty), theme::kInk, p.fit(done, finished_w - em * 0.5f));
                    for (std::size_t i = 0; i < shares.size(); ++i) {
                        const float x = at.x + name_w + finished_w + cell_w * static_cast<float>(i);
                        const TipShare* t = shares[i];
                        const bool any = t != nullptr && t->scored > 0;
                        const std::string value = any ? percentText(t->share()) : "—";
                        const float vw = p.measure(value, any ? Face::Bold : Face::Regular).x;
                        p.text(ImVec2(x + (cell_w - vw) * 0.5f, ty), any ? theme::kInk : theme::kMuted, value,
                               any ? Face::Bold : Face::Regular);
                        if (any) {  // a thin bar under the number: the share, in its colour, on a track
                            const float full = cell_w - em * 0.6f;
                            const float bx = x + em * 0.3f, top = at.y + em * 1.1f, base = at.y + em * 1.24f;
                            p.fillRect({ImVec2(bx, top), ImVec2(bx + full, base)}, theme::kBarTrack);
                            const float bw = full * static_cast<float>(t->share());
                            if (bw >= 1.0f)
                                p.fillRect({ImVec2(bx, top), ImVec2(bx + bw, base)}, shareColor(t->share()));
                        }
                    }
                });
            rows_.back().table = true;
        }
    }

    Painter& p_;
    const TeacherModel& model_;
    const UiText& ui_;
    const ClassReport& c_;
    float width_;
    float em_;
    std::vector<Row> rows_;
    std::vector<std::string> sections_;
    int table_header_ = -1;
};

// "More below (PgDn): Moments to discuss, Per student", with an arrow per hidden side.
void rowsCue(Painter& p, const UiText& ui, ImVec2 at, float width, const ScrollView& view,
             const std::vector<Row>& rows, const std::vector<std::string>& sections) {
    if (!view.above && !view.below) return;
    const float em = p.em();
    std::vector<int> hidden;  // the sections with a row past the view, in the direction that matters
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const bool out = view.below ? i > view.last : i < view.first;
        const int s = rows[static_cast<std::size_t>(i)].section;
        if (out && !sections[static_cast<std::size_t>(s)].empty() &&
            std::find(hidden.begin(), hidden.end(), s) == hidden.end())
            hidden.push_back(s);
    }
    std::string names;
    for (int s : hidden) names += (names.empty() ? "" : ", ") + sections[static_cast<std::size_t>(s)];
    std::string label = view.below ? ui.tr("More below (PgDn)") : ui.tr("More above (PgUp)");
    if (!names.empty()) label += ": " + names;
    const float arrows = em * 1.8f;
    p.text(at, theme::kMuted, p.fit(label, width - arrows));
    const float s = em * 0.3f;
    const float cy = at.y + em * 0.5f;
    float cx = at.x + width - s * 1.2f;
    if (view.below) {
        p.list()->AddTriangleFilled(ImVec2(cx - s, cy - s * 0.6f), ImVec2(cx + s, cy - s * 0.6f),
                                    ImVec2(cx, cy + s * 0.8f), theme::kMuted);
        cx -= s * 3.0f;
    }
    if (view.above)
        p.list()->AddTriangleFilled(ImVec2(cx - s, cy + s * 0.6f), ImVec2(cx, cy - s * 0.8f),
                                    ImVec2(cx + s, cy + s * 0.6f), theme::kMuted);
}

TeacherAction classPage(const TeacherModel& model, const ScreenInput& input, TeacherState& state,
                        DrawLog* log) {
    const UiText& ui = *model.ui;
    TeacherAction action;
    const ClassReport& c = (*model.classes)[static_cast<std::size_t>(state.shown_class)];

    ImDrawList* list = beginScreen("##teacher-class");
    Painter p(list, log);
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = em * 1.0f;
    const Rect page{ImVec2(margin, margin), ImVec2(display.x - margin, display.y - margin)};
    p.fillRect(page, theme::kPanel, em * 0.8f);
    if (theme::highContrast()) p.strokeRect(page, theme::kWhite, em * 0.8f, 3.0f);
    p.pushRegion(page, "page");
    const Rect inner = page.inset(em * 1.2f, em * 0.9f);
    const float width = std::min(inner.width(), em * 46.0f);
    const float left = inner.center().x - width * 0.5f;

    // The title: the class, then "Teacher's view" when it fits.
    const std::string title = className(ui, c.class_name);
    const float title_w =
        p.text(ImVec2(left, inner.min.y), theme::kInk, p.fit(title, width, Face::Bold), Face::Bold);
    const std::string whose = ui.tr("Teacher's view");
    if (width - title_w > p.measure(whose).x + em * 1.5f)
        p.text(ImVec2(left + width - p.measure(whose).x, inner.min.y), theme::kMuted, whose);

    // The footer: what is hidden, and Back.
    const std::string back_label = ui.tr("Back (Esc)");
    const float back_w = std::min(width * 0.4f, p.measure(back_label, Face::Bold).x + em * 2.0f);
    const Rect back_rect{ImVec2(left + width - back_w, inner.max.y - controlHeight(p)),
                         ImVec2(left + width, inner.max.y)};

    ClassRows builder(p, model, c, width);
    const std::vector<Row> rows = builder.build();
    std::vector<ScrollRow> scroll;
    for (const Row& r : rows) scroll.push_back({"", 0, Face::Regular, r.height, r.gap, r.section});
    const float top = inner.min.y + em * 1.8f;
    const float bottom = back_rect.min.y - em * 0.6f;
    const int n = static_cast<int>(rows.size());
    const int header = builder.tableHeader();
    const float header_h = header >= 0 ? rows[static_cast<std::size_t>(header)].height + em * 0.3f : 0.0f;
    // The view from state.first_row: the students' header repeated above a page that starts
    // within the table, and no page ending on a heading (its rows are on the next one).
    auto viewFrom = [&](int paging) {
        int first = state.first_row;
        ScrollView v = scrollRows(scroll, top, bottom - top, first, 0, paging, 0.0f);
        if (v.last >= v.first && rows[static_cast<std::size_t>(v.first)].table) {
            // Again with the header's room taken, from the row asked for (the last page of the
            // shorter window starts further down than the full window's).
            if (paging == 0) first = state.first_row;
            v = scrollRows(scroll, top + header_h, bottom - top - header_h, first, 0, 0, 0.0f);
        }
        state.first_row = first;
        while (v.last > v.first && v.last < n - 1 && rows[static_cast<std::size_t>(v.last)].with_next)
            --v.last;
        v.below = v.last < n - 1;
        return v;
    };
    const int before = state.first_row;
    if (input.down) ++state.first_row;
    if (input.up) state.first_row = std::max(0, state.first_row - 1);
    const float wheel = ImGui::GetIO().MouseWheel;
    if (wheel != 0.0f)
        state.first_row -= static_cast<int>(std::lround(wheel * 3.0f)) != 0
                               ? static_cast<int>(std::lround(wheel * 3.0f))
                               : (wheel > 0.0f ? 1 : -1);
    state.first_row = std::max(0, state.first_row);
    ScrollView view = viewFrom(input.page_up ? -1 : 0);
    if (input.page_down && view.below) {
        // The next page starts after the last row shown, moved back over rows that keep with
        // the one before (a paragraph's next line), as long as the page still moves on.
        int next = view.last + 1;
        while (next > view.first + 1 && rows[static_cast<std::size_t>(next)].with_previous) --next;
        state.first_row = next;
        view = viewFrom(0);
    }
    action.changed = state.first_row != before;
    if (header >= 0 && view.last >= view.first && rows[static_cast<std::size_t>(view.first)].table)
        rows[static_cast<std::size_t>(header)].draw(p, ImVec2(left, top), width);
    for (int i = view.first; i <= view.last; ++i)
        rows[static_cast<std::size_t>(i)].draw(p, ImVec2(left, view.y[static_cast<std::size_t>(i)]), width);
    rowsCue(p, ui, ImVec2(left, back_rect.center().y - em * 0.5f), width - back_w - em, view, rows,
            builder.sections());
    const bool back = menuButton(p, back_rect, back_label, false, "back");
    p.recordControl("teacher:back", back_rect);
    p.popRegion();
    endScreen();

    if (back || input.back) {
        state.page = TeacherPage::Classes;
        action.changed = true;
    }
    return action;
}

}  // namespace

// ---------------------------------------------------------------------------- 5. the screen, its strings

TeacherAction drawTeacherScreen(const TeacherModel& model, const ScreenInput& input, TeacherState& state,
                                DrawLog* log) {
    const TeacherPage was = state.page;
    settle(model, state);
    TeacherAction action;
    switch (state.page) {
        case TeacherPage::Pin:
        case TeacherPage::NewPin:
        case TeacherPage::ConfirmPin:
            action = pinPage(model, input, state, log);
            break;
        case TeacherPage::Classes:
            action = classesPage(model, input, state, log);
            break;
        case TeacherPage::Class:
            action = classPage(model, input, state, log);
            break;
    }
    action.changed = action.changed || state.page != was;
    return action;
}

std::vector<std::string> teacherTexts(const TeacherModel& model) {
    std::vector<std::string> texts;
    if (model.ui != nullptr) texts = model.ui->translations();
    if (model.classes != nullptr)
        for (const ClassReport& c : *model.classes) {
            texts.push_back(c.class_name);
            for (const StudentReport& s : c.students) texts.push_back(s.player.nickname);
            for (const MomentToDiscuss& m : c.moments) texts.push_back(m.node);
        }
    for (const auto* names : {model.scenario_titles, model.choice_texts})
        if (names != nullptr)
            for (const auto& [key, text] : *names) texts.push_back(text);
    texts.emplace_back("«»“”\"—–…·%+-0123456789");
    return texts;
}

}  // namespace saqbol::ui
