// SPDX-License-Identifier: MIT
// The social feed: sponsored posts as cards, newest on top — who posted it, the
// "Sponsored" label, the text, a grey placeholder for the picture with its description
// (no real faces), and the link in full. A link bound to a tap_link choice can be tapped.
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
    float y = area.min.y + bar + pad;
    const float card_w = area.width() - 2 * pad;
    const float w = card_w - 2 * pad;
    bool first = true;
    for (auto it = posts.rbegin(); it != posts.rend(); ++it, first = false) {
        const Event& e = *it->event;
        const std::string text = ctx.text(*it, e.text);
        const std::string photo = e.photo.empty() ? "" : ctx.text(*it, e.photo);
        const float photo_h = em * 5.0f;
        float h = pad + em * 2.4f + pad + p.wrappedHeight(text, w);
        if (!photo.empty()) h += pad + photo_h + em * 0.3f + p.wrappedHeight(photo, w);
        if (!e.link.empty()) h += pad + p.wrappedHeight(e.link, w - em * 1.3f);
        h += pad;
        int text_lines = 0;
        if (y + h > area.max.y) {
            if (!first) break;
            // The newest post always shows; its text gives way first.
            const float spare = area.max.y - y - (h - p.wrappedHeight(text, w));
            text_lines = std::max(1, static_cast<int>((spare - em) / p.lineHeight()) + 1);
        }
        const Rect card{ImVec2(area.min.x + pad, y), ImVec2(area.max.x - pad, std::min(y + h, area.max.y))};
        p.fillRect(card, theme::kWhite, em * 0.5f);
        const float x = card.min.x + pad;
        float cy = card.min.y + pad;
        icons::person(p.list(), ImVec2(x + em * 1.1f, cy + em * 1.1f), em * 2.2f, theme::rgb(200, 206, 218), theme::kWhite);
        p.text(ImVec2(x + em * 2.7f, cy), theme::kInk, p.fit(ctx.text(*it, e.title), w - em * 2.7f, Face::Bold), Face::Bold);
        p.text(ImVec2(x + em * 2.7f, cy + em * 1.2f), theme::kMuted, p.fit(ui.tr("Sponsored"), w - em * 2.7f));
        cy += em * 2.4f + pad;
        cy += p.wrapped(ImVec2(x, cy), w, theme::kInk, text, Face::Regular, text_lines);
        if (!photo.empty() && cy + pad + photo_h < card.max.y) {
            cy += pad;
            const Rect ph{ImVec2(x, cy), ImVec2(x + w, cy + photo_h)};
            p.fillRect(ph, theme::kPhoto, em * 0.3f);
            icons::photo(p.list(), ph.center(), em * 2.4f, theme::kPhotoInk);
            cy += photo_h + em * 0.3f;
            cy += p.wrapped(ImVec2(x, cy), w, theme::kMuted, photo);
        }
        if (!e.link.empty() && cy + pad + em < card.max.y) {
            cy += pad;
            icons::link(p.list(), ImVec2(x + em * 0.5f, cy + em * 0.5f), em * 0.9f, theme::kLink);
            const float link_h = p.wrapped(ImVec2(x + em * 1.3f, cy), w - em * 1.3f, theme::kLink, e.link);
            if (first && !tap.empty()) {
                const Rect hit{ImVec2(x - em * 0.2f, cy - em * 0.2f), ImVec2(x + w, cy + link_h + em * 0.2f)};
                if (ctx.control(hit, tap.front(), "tap_link")) p.strokeRect(hit, theme::kLink, em * 0.3f);
                ctx.numberBadge(ImVec2(card.max.x - em * 0.9f, card.min.y + em * 0.9f), tap.front());
            }
        }
        y += h + pad;
    }
}

}  // namespace saqbol::ui
