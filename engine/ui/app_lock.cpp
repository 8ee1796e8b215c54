// SPDX-License-Identifier: MIT
// The lock screen: a plain wallpaper (no photo, no clock), a padlock, and the moment's
// notifications as cards, newest on top, each in full (the sender and the whole text).
// An AppList: when the cards do not all fit they scroll by whole lines (PageUp/PageDown,
// the wheel), with a cue when lines are hidden.
#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

void drawLockScreen(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const float em = p.em();
    p.verticalGradient(ctx.screen, theme::kLockTop, theme::kLockBottom);
    const float gap = em * 0.4f;
    AppList list(p);
    const float centre = area.center().x;
    list.block(area.min.x, em * 2.6f, 0.0f, [centre, em](Painter& painter, ImVec2 at) {
        icons::padlock(painter.list(), ImVec2(centre, at.y + em * 1.3f), em * 1.8f, theme::kStatusInkLight);
    });
    const std::vector<PhoneEntry>& entries = ctx.view.notifications;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->event->kind == EventKind::Say) continue;  // a call shows as the call, not each line
        notificationCard(ctx, list, *it, area.min.x + gap, area.width() - 2 * gap, gap);
    }
    AppList::Look look;
    look.region = "lock";
    look.cue_ink = theme::kStatusInkLight;
    look.cue_fill = theme::rgb(0, 0, 0, 120);
    list.draw(ctx, {ImVec2(area.min.x, area.min.y + em * 0.4f), area.max}, ctx.listFirst(App::Lock), look);
}

}  // namespace saqbol::ui
