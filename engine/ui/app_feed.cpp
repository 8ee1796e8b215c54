// SPDX-License-Identifier: MIT
// The social feed: sponsored posts as cards, newest on top — who posted it, the
// "Sponsored" label, the text, a grey placeholder for the picture with its description
// (no real faces), and the link in full. The feed is an AppList that scrolls by whole lines
// (PageUp/PageDown, the wheel), so a long post is read to its end. The newest post's link,
// bound to a tap_link choice, can be tapped while it shows.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

void drawFeedApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const UiText& ui = ctx.words.ui();
    const float em = p.em();
    const float pad = em * 0.6f;
    const float bar = drawAppBar(ctx, area, App::Feed, ui.tr("Feed"), "", theme::kAppBar, theme::kInk);
    const std::vector<PhoneEntry> posts = ctx.view.app(App::Feed);
    const std::vector<int> tap = ctx.bound("tap_link");
    const float left = area.min.x + pad;
    const float right = area.max.x - pad;
    const float x = left + pad;
    const float w = right - left - 2 * pad;
    const float photo_h = em * 5.0f;
    AppList list(p);
    int link_first = -1, link_last = -1;
    for (auto it = posts.rbegin(); it != posts.rend(); ++it) {
        const Event& e = *it->event;
        list.box({left, right, pad, pad, [em](Painter& painter, const Rect& r) { painter.fillRect(r, theme::kWhite, em * 0.5f); }},
                 list.rows() == 0 ? 0.0f : pad);
        // Who posted it beside a silhouette, then "Sponsored".
        const float name_x = x + em * 2.7f;
        const int name_row = list.text(ctx.text(*it, e.title), name_x, x + w - name_x, theme::kInk, Face::Bold);
        list.decorate(name_row, [x, em](Painter& painter, ImVec2 at) {
            icons::person(painter.list(), ImVec2(x + em * 1.1f, at.y + em * 1.1f), em * 2.2f, theme::rgb(200, 206, 218), theme::kWhite);
        });
        list.text(ui.tr("Sponsored"), name_x, x + w - name_x, theme::kMuted, Face::Regular, em * 0.2f);
        list.text(ctx.text(*it, e.text), x, w, theme::kInk, Face::Regular, pad + em * 0.2f);
        if (!e.photo.empty()) {
            list.block(x, photo_h, pad, [w, photo_h, em](Painter& painter, ImVec2 at) {
                const Rect ph{at, ImVec2(at.x + w, at.y + photo_h)};
                painter.fillRect(ph, theme::kPhoto, em * 0.3f);
                icons::photo(painter.list(), ph.center(), em * 2.4f, theme::kPhotoInk);
            });
            list.text(ctx.text(*it, e.photo), x, w, theme::kMuted, Face::Regular, em * 0.3f);
        }
        if (!e.link.empty()) {
            const int first = list.text(e.link, x + em * 1.3f, w - em * 1.3f, theme::kLink, Face::Regular, pad);
            list.decorate(first, [x, em](Painter& painter, ImVec2 at) {
                icons::link(painter.list(), ImVec2(x + em * 0.5f, at.y + em * 0.5f), em * 0.9f, theme::kLink);
            });
            if (it == posts.rbegin()) {  // the newest post's link is the one a choice taps
                link_first = first;
                link_last = list.rows() - 1;
            }
        }
        list.endBox();
    }
    AppList::Look look;
    look.region = "feed";
    look.cue_ink = theme::kMuted;
    look.cue_fill = theme::rgb(232, 235, 240, 245);
    list.draw(ctx, {ImVec2(area.min.x, area.min.y + bar), area.max}, ctx.listFirst(App::Feed), look);
    if (link_first >= 0 && !tap.empty())
        if (const std::optional<Rect> span = list.shownSpan(link_first, link_last)) {
            const Rect hit{ImVec2(x - em * 0.2f, std::max(span->min.y - em * 0.2f, list.region().min.y)),
                           ImVec2(x + w, std::min(span->max.y + em * 0.2f, list.region().max.y))};
            if (ctx.control(hit, tap.front(), "tap_link")) p.strokeRect(hit, theme::kLink, em * 0.3f);
            ctx.numberBadge(ImVec2(right - em * 0.9f, hit.min.y + em * 0.2f), tap.front());
        }
}

}  // namespace saqbol::ui
