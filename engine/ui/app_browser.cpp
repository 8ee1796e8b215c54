// SPDX-License-Identifier: MIT
// The browser: an address bar that shows the page's address exactly as written (a
// look-alike domain must be readable — no padlock, no shortening of the host), then the
// page: its title, its text and its form fields. A field bound to a type_code choice can be
// tapped.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

void drawBrowserApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.6f;
    const std::vector<PhoneEntry> pages = ctx.view.app(App::Browser);
    if (pages.empty()) return;
    const PhoneEntry& page = pages.back();
    const Event& e = *page.event;

    // Address bar: the url in full, on up to two lines.
    const float url_w = area.width() - 2 * pad - em * 2.0f;
    const std::vector<std::string> url_lines = p.wrap(e.url, url_w);
    const int shown_lines = std::min<int>(2, static_cast<int>(url_lines.size()));
    const float field_h = em * 0.5f + em + static_cast<float>(shown_lines - 1) * p.lineHeight() + em * 0.5f;
    const Rect strip{area.min, ImVec2(area.max.x, area.min.y + field_h + 2 * pad * 0.7f)};
    p.fillRect(strip, theme::rgb(236, 238, 242));
    const Rect field{ImVec2(area.min.x + pad, area.min.y + pad * 0.7f), ImVec2(area.max.x - pad, area.min.y + pad * 0.7f + field_h)};
    p.fillRect(field, theme::kField, em * 0.8f);
    icons::globe(p.list(), ImVec2(field.min.x + em * 0.9f, field.min.y + em), em * 0.95f, theme::kMuted);
    p.wrapped(ImVec2(field.min.x + em * 1.7f, field.min.y + em * 0.5f), url_w, theme::kInk, e.url, Face::Regular, 2);
    p.list()->AddLine(ImVec2(area.min.x, strip.max.y), ImVec2(area.max.x, strip.max.y), theme::kRule);

    // The page.
    const float x = area.min.x + pad;
    const float w = area.width() - 2 * pad;
    float y = strip.max.y + pad;
    const float field_box = em * 2.2f;
    const float fields_h = static_cast<float>(e.fields.size()) * (em * 1.3f + field_box + em * 0.5f);
    const auto linesLeft = [&](float reserve) {
        return std::max(1, static_cast<int>((area.max.y - reserve - y - em) / p.lineHeight()) + 1);
    };
    if (!e.title.empty()) {
        const std::string title = ctx.text(page, e.title);
        y += p.wrapped(ImVec2(x, y), w, theme::kInk, title, Face::Bold, std::min(3, linesLeft(fields_h))) + em * 0.6f;
    }
    if (!e.text.empty() && y + em < area.max.y - fields_h)
        y += p.wrapped(ImVec2(x, y), w, theme::kNarration, ctx.text(page, e.text), Face::Regular, linesLeft(fields_h)) +
             em * 0.8f;
    const std::vector<int> typing = ctx.bound("type_code");
    for (std::size_t i = 0; i < e.fields.size(); ++i) {
        if (y + em * 1.3f + field_box > area.max.y) break;
        p.text(ImVec2(x, y), theme::kMuted, p.fit(ctx.text(page, e.fields[i]), w));
        y += em * 1.3f;
        const Rect box{ImVec2(x, y), ImVec2(x + w, y + field_box)};
        p.fillRect(box, theme::kField, em * 0.3f);
        bool hovered = false;
        if (i == 0 && !typing.empty()) hovered = ctx.control(box, typing.front(), "type_code");
        p.strokeRect(box, hovered ? theme::kAccent : theme::kFieldEdge, em * 0.3f, hovered ? 2.0f : 1.0f);
        p.list()->AddLine(ImVec2(x + em * 0.6f, y + em * 0.5f), ImVec2(x + em * 0.6f, y + field_box - em * 0.5f), theme::kInk);
        if (i == 0 && !typing.empty()) ctx.numberBadge(ImVec2(box.max.x - em * 0.9f, box.center().y), typing.front());
        y += field_box + em * 0.5f;
    }
}

}  // namespace saqbol::ui
