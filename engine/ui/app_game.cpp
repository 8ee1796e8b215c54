// SPDX-License-Identifier: MIT
// An online game's chat: dark, with each player's name in gold above what they wrote;
// the newest messages at the bottom, older ones give way.
#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

void drawGameApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.55f;
    const float bar = drawAppBar(ctx, area, App::Game, ctx.words.ui().tr("Game chat"), "", theme::rgb(24, 18, 38),
                                 theme::kWhite);
    const std::vector<PhoneEntry> messages = ctx.view.app(App::Game);
    const float w = area.width() - 2 * em * 0.6f - 2 * pad;
    const float top = area.min.y + bar + em * 0.5f;
    float bottom = area.max.y - em * 0.5f;
    for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
        const std::string name = ctx.text(*it, it->event->title);
        const std::string text = ctx.text(*it, it->event->text);
        const float h = pad + em * 1.2f + p.wrappedHeight(text, w) + pad;
        if (bottom - h < top) break;
        const Rect box{ImVec2(area.min.x + em * 0.6f, bottom - h), ImVec2(area.max.x - em * 0.6f, bottom)};
        p.fillRect(box, theme::kGameBubble, em * 0.4f);
        p.text(ImVec2(box.min.x + pad, box.min.y + pad), theme::kGameName, p.fit(name, w, Face::Bold), Face::Bold);
        p.wrapped(ImVec2(box.min.x + pad, box.min.y + pad + em * 1.2f), w, theme::kWhite, text);
        bottom -= h + em * 0.4f;
    }
}

}  // namespace saqbol::ui
