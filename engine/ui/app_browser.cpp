// SPDX-License-Identifier: MIT
// The browser: an address bar that shows the page's address exactly as written, in full
// (a look-alike domain must be readable — no padlock, no shortening of the host), then the
// page: its title, its text and its form fields. The page is an AppList that scrolls by
// whole lines (PageUp/PageDown, the wheel) with the address bar at its top, as a phone's
// browser slides its bar away; the form fields stay under it while they take at most
// 40% of the app, so a field bound to a type_code choice can always be tapped (else they
// scroll with the page). Every label wraps; nothing is cut.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

struct FieldLook {
    float label_gap, box_h, after;
};

FieldLook fieldLook(const Painter& p) { return {p.em() * 0.3f, p.em() * 2.2f, p.em() * 0.5f}; }

// A form field's box, with a caret; the first one is tappable when a type_code choice is bound.
void fieldBox(PhoneContext& ctx, const Rect& box, bool first, const std::vector<int>& typing) {
    Painter& p = ctx.paint;
    const float em = p.em();
    p.fillRect(box, theme::kField, em * 0.3f);
    bool hovered = false;
    if (first && !typing.empty()) hovered = ctx.control(box, typing.front(), "type_code");
    p.strokeRect(box, hovered ? theme::kAccent : theme::kFieldEdge, em * 0.3f, hovered ? 2.0f : 1.0f);
    p.list()->AddLine(ImVec2(box.min.x + em * 0.6f, box.min.y + em * 0.5f), ImVec2(box.min.x + em * 0.6f, box.max.y - em * 0.5f),
                      theme::kInk);
    if (first && !typing.empty()) ctx.numberBadge(ImVec2(box.max.x - em * 0.9f, box.center().y), typing.front());
}

}  // namespace

void drawBrowserApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.6f;
    const std::vector<PhoneEntry> pages = ctx.view.app(App::Browser);
    if (pages.empty()) return;
    const PhoneEntry& page = pages.back();
    const Event& e = *page.event;
    const std::vector<int> typing = ctx.bound("type_code");
    const float x = area.min.x + pad;
    const float w = area.width() - 2 * pad;
    const FieldLook look_f = fieldLook(p);
    std::vector<std::string> labels;
    for (const std::string& field : e.fields) labels.push_back(ctx.text(page, field));

    // The form under the page while it takes at most 40% of the app.
    float form_h = 0.0f;
    for (const std::string& label : labels) form_h += p.wrappedHeight(label, w) + look_f.label_gap + look_f.box_h + look_f.after;
    if (form_h > 0.0f) form_h += pad;
    const bool form_fixed = form_h > 0.0f && form_h <= area.height() * 0.4f;

    AppList list(p);
    // The address bar: the url in full, on as many lines as it takes.
    const Rect screen = ctx.screen;
    const float url_x = x + em * 1.7f;
    const float url_w = area.max.x - pad - em * 0.6f - url_x;
    list.box({x, area.max.x - pad, em * 0.5f, em * 0.5f,
              [screen, pad, em](Painter& painter, const Rect& r) {
                  painter.fillRect({ImVec2(screen.min.x, r.min.y - pad * 0.7f), ImVec2(screen.max.x, r.max.y + pad * 0.7f)},
                                   theme::rgb(236, 238, 242));
                  painter.list()->AddLine(ImVec2(screen.min.x, r.max.y + pad * 0.7f), ImVec2(screen.max.x, r.max.y + pad * 0.7f),
                                          theme::kRule);
                  painter.fillRect(r, theme::kField, em * 0.8f);
              }},
             0.0f);
    const int url_row = list.text(e.url, url_x, url_w, theme::kInk);
    list.decorate(url_row, [x, em](Painter& painter, ImVec2 at) {
        icons::globe(painter.list(), ImVec2(x + em * 0.9f, at.y + em * 0.5f), em * 0.95f, theme::kMuted);
    });
    list.endBox();
    // The page.
    float gap = pad * 0.7f + pad;
    if (!e.title.empty()) {
        list.text(ctx.text(page, e.title), x, w, theme::kInk, Face::Bold, gap);
        gap = em * 0.6f;
    }
    if (!e.text.empty()) {
        list.text(ctx.text(page, e.text), x, w, theme::kNarration, Face::Regular, gap);
        gap = em * 0.8f;
    }
    if (!form_fixed)
        for (std::size_t i = 0; i < labels.size(); ++i) {
            list.text(labels[i], x, w, theme::kMuted, Face::Regular, gap);
            const bool first = i == 0;
            list.block(x, look_f.box_h, look_f.label_gap, [&ctx, x, w, first, &typing](Painter& painter, ImVec2 at) {
                fieldBox(ctx, {at, ImVec2(x + w, at.y + painter.em() * 2.2f)}, first, typing);
            });
            gap = look_f.after;
        }
    AppList::Look look;
    look.region = "browser";
    look.cue_ink = theme::kMuted;
    look.cue_fill = theme::rgb(236, 238, 242, 245);
    const Rect page_area{area.min, ImVec2(area.max.x, area.max.y - (form_fixed ? form_h : 0.0f))};
    list.draw(ctx, page_area, ctx.listFirst(App::Browser), look);

    if (!form_fixed) return;
    float y = page_area.max.y + pad;
    p.fillRect({ImVec2(area.min.x, page_area.max.y), area.max}, theme::kScreen);
    p.list()->AddLine(ImVec2(area.min.x, page_area.max.y), ImVec2(area.max.x, page_area.max.y), theme::kRule);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        y += p.wrapped(ImVec2(x, y), w, theme::kMuted, labels[i]) + look_f.label_gap;
        fieldBox(ctx, {ImVec2(x, y), ImVec2(x + w, y + look_f.box_h)}, i == 0, typing);
        y += look_f.box_h + look_f.after;
    }
}

}  // namespace saqbol::ui
