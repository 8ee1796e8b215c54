// SPDX-License-Identifier: MIT
// An online game's chat: dark, with each player's name in gold above what they wrote; the
// newest messages at the bottom. An AppList: it first shows from this moment's first
// message and scrolls by whole lines (PageUp/PageDown, the wheel), with a cue when lines
// are hidden.
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
    const float left = area.min.x + em * 0.6f;
    const float right = area.max.x - em * 0.6f;
    const float w = right - left - 2 * pad;
    AppList list(p);
    int start_row = -1;
    for (const PhoneEntry& entry : messages) {
        list.box({left, right, pad, pad, [em](Painter& painter, const Rect& r) { painter.fillRect(r, theme::kGameBubble, em * 0.4f); }},
                 list.rows() == 0 ? 0.0f : em * 0.4f);
        if (entry.is_new && start_row < 0) start_row = list.rows();
        list.text(ctx.text(entry, entry.event->title), left + pad, w, theme::kGameName, Face::Bold);
        list.text(ctx.text(entry, entry.event->text), left + pad, w, theme::kWhite, Face::Regular, em * 0.2f);
        list.endBox();
    }
    AppList::Look look;
    look.region = "game";
    look.from_bottom = true;
    look.start_row = start_row >= 0 ? start_row : list.rows();
    look.cue_ink = theme::rgb(220, 210, 240);
    look.cue_fill = theme::rgb(24, 18, 38, 235);
    list.draw(ctx, {ImVec2(area.min.x, area.min.y + bar), area.max}, ctx.listFirst(App::Game), look);
}

}  // namespace saqbol::ui
