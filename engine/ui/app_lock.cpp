// SPDX-License-Identifier: MIT
// The lock screen: a plain wallpaper (no photo, no clock), a padlock, and the moment's
// notifications as cards, newest on top.
#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

void drawLockScreen(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const float em = p.em();
    p.verticalGradient(ctx.screen, theme::kLockTop, theme::kLockBottom);
    float y = area.min.y + em;
    icons::padlock(p.list(), ImVec2(area.center().x, y + em), em * 1.8f, theme::kStatusInkLight);
    y += em * 3.0f;
    const float gap = em * 0.4f;
    const float w = area.width() - 2 * gap;
    const std::vector<PhoneEntry>& list = ctx.view.notifications;
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->event->kind == EventKind::Say) continue;  // a call shows as the call, not each line
        const float h = notificationCard(ctx, *it, ImVec2(), w, 3, false);
        if (y + h > area.max.y) break;
        notificationCard(ctx, *it, ImVec2(area.min.x + gap, y), w, 3, true);
        y += h + gap;
    }
}

}  // namespace saqbol::ui
