// SPDX-License-Identifier: MIT
// The start menu: the title «Сақ бол!», a one-line pitch, the language switch, an optional
// nickname (a nickname or a class-roster number — nothing more), and Play with the Quiz
// beside it, Settings, Help, Quit. Up/Down/Tab move the highlight over every control,
// Enter activates; on the language row Enter moves to the next language. The nickname
// field takes the keyboard while it is highlighted; Enter there moves on to Play.
#include <algorithm>

#include <imgui.h>

#include "menu_parts.h"
#include "screen_parts.h"
#include "shell.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

enum Control { kLanguage, kNickname, kPlay, kQuiz, kSettings, kHelp, kQuit, kControls };

}  // namespace

MenuAction drawMenuScreen(const ShellModel& model, const ScreenInput& input, MenuState& state,
                          std::optional<Settings>* apply, DrawLog* log) {
    const UiText& ui = *model.ui;
    const bool was_typing = state.typing;
    // While typing, Enter leaves the field for Play; other keys still move the highlight.
    ScreenInput keys = input;
    if (was_typing && keys.enter) {
        keys.enter = false;
        state.highlighted = kPlay;
    }
    moveHighlight(state.highlighted, kControls, keys);

    ImDrawList* list = beginScreen("##menu");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 26.0f);
    const std::string pitch = ui.tr("Real fraud schemes on a safe, pretend phone: learn to see them coming.");
    const std::string nick_label = ui.tr("Nickname or class-list number (optional)");
    const float pitch_h = p.wrappedHeight(pitch, width);
    const float notice_h = model.notice.empty() ? 0.0f : p.wrappedHeight(model.notice, width) + em * 0.8f;
    // The gaps between groups shrink when the window is short for the text size.
    const float fixed = em * 2.6f + em * 0.6f + pitch_h + notice_h + controlHeight(p) +
                        p.wrappedHeight(nick_label, width) + em * 0.3f + controlHeight(p) + controlHeight(p) * 1.2f +
                        em * 0.5f + controlHeight(p);
    const float room = ImGui::GetIO().DisplaySize.y - em * 4.0f - fixed;
    const float gap = std::clamp(room / 3.4f, em * 0.4f, em * 1.0f);  // three gaps: 1.2 + 1.0 + 1.2
    const float content = fixed + gap * 3.4f;
    const Rect inner = beginPage(p, 28.4f, pageHeight(p, content));
    float y = inner.min.y;
    y += bigText(p, log, inner.inset(-em * 1.2f, -em), inner.center().x, y, 2.2f, theme::kAccent,
                 "«Сақ бол!»") +
         em * 0.6f;
    y += centeredParagraph(p, inner, y, theme::kNarration, pitch) + gap * 1.2f;
    if (!model.notice.empty())
        y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kHarmful, model.notice) + em * 0.8f;

    // The language switch: each language in its own name.
    std::vector<std::string> names;
    int current = 0;
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        names.emplace_back(languageName(kLanguages[i]));
        if (model.settings.lang == kLanguages[i]) current = static_cast<int>(i);
    }
    const Rect lang_rect{ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + controlHeight(p))};
    std::optional<int> lang = segments(p, lang_rect, names, current, state.highlighted == kLanguage, "lang");
    if (keys.enter && state.highlighted == kLanguage)
        lang = (current + 1) % static_cast<int>(kLanguages.size());
    if (lang && *lang != current) {
        Settings changed = model.settings;
        changed.lang = kLanguages[static_cast<std::size_t>(*lang)];
        *apply = changed;
    }
    if (lang) state.highlighted = kLanguage;
    y += controlHeight(p) + gap;

    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kMuted, nick_label) + em * 0.3f;
    bool clicked = false;
    state.typing = textField(p, log, inner.inset(-em * 1.2f, -em),
                             {ImVec2(inner.min.x, y), ImVec2(inner.max.x, y + controlHeight(p))}, state.nickname.data(),
                             state.nickname.size(), "##nickname", state.highlighted == kNickname, state.typing, &clicked);
    if (clicked) state.highlighted = kNickname;
    y += controlHeight(p) + gap * 1.2f;

    MenuAction action = MenuAction::None;
    // Play, and beside it the before/after quiz (a third of the row).
    const float between = em * 0.5f;
    const float quiz_w = (inner.width() - between) * 0.36f;
    const Rect play{ImVec2(inner.min.x, y), ImVec2(inner.max.x - quiz_w - between, y + controlHeight(p) * 1.2f)};
    const Rect quiz{ImVec2(play.max.x + between, y), ImVec2(inner.max.x, play.max.y)};
    if (menuButton(p, play, ui.tr("Play"), state.highlighted == kPlay, "play", true))
        action = MenuAction::Play;
    if (menuButton(p, quiz, ui.tr("Quiz"), state.highlighted == kQuiz, "quiz"))
        action = MenuAction::Quiz;
    p.recordControl("play", play);
    p.recordControl("quiz", quiz);
    y += play.height() + em * 0.5f;
    const float third = (inner.width() - 2 * between) / 3.0f;
    const struct {
        Control control;
        const char* text;
        MenuAction action;
    } row[] = {{kSettings, N_("Settings"), MenuAction::Settings},
               {kHelp, N_("Help"), MenuAction::Help},
               {kQuit, N_("Quit"), MenuAction::Quit}};
    for (int i = 0; i < 3; ++i) {
        const float x = inner.min.x + static_cast<float>(i) * (third + between);
        const Rect r{ImVec2(x, y), ImVec2(x + third, y + controlHeight(p))};
        if (menuButton(p, r, ui.tr(row[i].text), state.highlighted == row[i].control, row[i].text))
            action = row[i].action;
    }
    if (keys.enter && action == MenuAction::None) {
        if (state.highlighted == kPlay) action = MenuAction::Play;
        if (state.highlighted == kQuiz) action = MenuAction::Quiz;
        for (const auto& r : row)
            if (state.highlighted == r.control) action = r.action;
    }
    endPage(p);
    endScreen();
    return action;
}

}  // namespace saqbol::ui
