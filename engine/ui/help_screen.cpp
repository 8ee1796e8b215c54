// SPDX-License-Identifier: MIT
// Where to get help in Kazakhstan, from the cyberpolice's advice (shared/brief/facts.md):
// the police 102, the single emergency number 112, your bank on the number printed on the
// back of your card, the police at once if a loan was issued in your name, and a 1414 code
// that is only for you. Reached from the menu and from the debrief; Esc, Enter or Back
// goes back to where the player came from.
#include "icons.h"
#include "menu_parts.h"
#include "screen_parts.h"
#include "shell.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

enum class Icon { Handset, Bank, Shield, Code };

struct Fact {
    Icon icon;
    const char* text;  // English msgid
};

const Fact kFacts[] = {
    {Icon::Handset, N_("Police: call 102.")},
    {Icon::Handset, N_("Single emergency number: 112.")},
    {Icon::Bank,
     N_("Your bank: call the number printed on the back of your card. Ask them to block operations and "
        "your cards.")},
    {Icon::Shield, N_("If a loan was issued in your name, go to the police at once.")},
    {Icon::Code, N_("A code from 1414 is only for you. Hang up on anyone who asks for it.")},
};

void drawIcon(ImDrawList* list, Icon icon, ImVec2 c, float size, ImU32 color) {
    switch (icon) {
        case Icon::Handset:
            icons::handset(list, c, size, color);
            break;
        case Icon::Bank:
            icons::bank(list, c, size, color);
            break;
        case Icon::Shield:
            icons::shield(list, c, size, color);
            break;
        case Icon::Code:
            icons::code(list, c, size, color);
            break;
    }
}

}  // namespace

bool drawHelpScreen(const UiText& ui, const ScreenInput& input, HelpState& state, DrawLog* log) {
    state.highlighted = 0;  // one control: Back
    bool back = input.back || input.enter;
    ImDrawList* list = beginScreen("##help");
    Painter p(list, log);
    const float em = p.em();
    const float width = std::min(ImGui::GetIO().DisplaySize.x - em * 4.4f, em * 34.0f);
    const float icon_w = em * 2.2f;
    const std::string title = ui.tr("Where to get help");
    const std::string intro = ui.tr("If fraudsters got to you or to someone you know, act at once:");
    float content = em * 1.8f + p.wrappedHeight(intro, width) + em * 1.0f;
    for (const Fact& fact : kFacts)
        content +=
            std::max(em * 1.6f, p.wrappedHeight(ui.tr(fact.text), width - icon_w, Face::Bold)) + em * 0.8f;
    content += em * 0.4f + controlHeight(p);
    const Rect inner = beginPage(p, 36.4f, pageHeight(p, content));
    float y = inner.min.y;
    p.text(inner.min, theme::kInk, p.fit(title, inner.width(), Face::Bold), Face::Bold);
    y += em * 1.8f;
    y += p.wrapped(ImVec2(inner.min.x, y), inner.width(), theme::kNarration, intro) + em * 1.0f;
    for (const Fact& fact : kFacts) {
        const std::string text = ui.tr(fact.text);
        const float h = std::max(em * 1.6f, p.wrappedHeight(text, inner.width() - icon_w, Face::Bold));
        list->AddCircleFilled(ImVec2(inner.min.x + em * 0.8f, y + em * 0.6f), em * 0.8f, theme::kChoice);
        drawIcon(list, fact.icon, ImVec2(inner.min.x + em * 0.8f, y + em * 0.6f), em * 1.0f, theme::kAccent);
        p.wrapped(ImVec2(inner.min.x + icon_w, y), inner.width() - icon_w, theme::kInk, text, Face::Bold);
        y += h + em * 0.8f;
    }
    const float back_w = std::min(inner.width(), p.measure(ui.tr("Back (Esc)"), Face::Bold).x + em * 3.0f);
    const Rect back_rect{ImVec2(inner.min.x, inner.max.y - controlHeight(p)),
                         ImVec2(inner.min.x + back_w, inner.max.y)};
    if (menuButton(p, back_rect, ui.tr("Back (Esc)"), true, "back")) back = true;
    endPage(p);
    endScreen();
    return back;
}

}  // namespace saqbol::ui
