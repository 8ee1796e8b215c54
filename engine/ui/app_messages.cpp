// SPDX-License-Identifier: MIT
// Message threads: SMS (sender ids such as 1414) and the messenger (bubbles with links
// shown in full and photos as grey placeholders with their description). The thread in
// front is the one the newest message belongs to; the newest messages sit at the bottom
// and older ones give way when the screen is full. A link bound to a tap_link choice can
// be tapped.
#include <algorithm>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

struct Bubble {
    const PhoneEntry* entry = nullptr;
    std::string text;
    std::string link;
    std::string photo;
    bool outgoing = false;
    float width = 0.0f;
    float height = 0.0f;
};

struct ThreadStyle {
    App app;
    ImU32 incoming;
    ImU32 outgoing;
    ImU32 incoming_ink;
    ImU32 outgoing_ink;
};

float photoHeight(const Painter& p) { return p.em() * 4.5f; }

// Measures a bubble for a text column `text_w` wide (the bubble adds padding).
void measure(const Painter& p, Bubble& b, float text_w) {
    const float em = p.em();
    float widest = 0.0f;
    float height = 0.0f;
    if (!b.photo.empty()) {
        widest = text_w;
        height += photoHeight(p) + em * 0.3f + p.wrappedHeight(b.photo, text_w) + em * 0.5f;
    }
    if (!b.text.empty()) {
        for (const std::string& line : p.wrap(b.text, text_w)) widest = std::max(widest, p.measure(line).x);
        height += p.wrappedHeight(b.text, text_w);
    }
    if (!b.link.empty()) {
        const float link_w = text_w - em * 1.3f;
        for (const std::string& line : p.wrap(b.link, link_w)) widest = std::max(widest, p.measure(line).x + em * 1.3f);
        height += (b.text.empty() ? 0.0f : em * 0.4f) + p.wrappedHeight(b.link, link_w);
    }
    b.width = widest;
    b.height = height;
}

void drawThread(PhoneContext& ctx, const Rect& area, const ThreadStyle& style) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.55f;
    const std::vector<PhoneEntry> all = ctx.view.app(style.app);
    if (all.empty()) return;
    // The thread of the newest message from someone else; the player's own messages ("me")
    // belong to the conversation they answer.
    std::string contact;
    for (const PhoneEntry& entry : all)
        if (entry.event->who != "me") contact = entry.event->who;
    std::vector<PhoneEntry> thread;
    std::string answering;
    for (const PhoneEntry& entry : all) {
        if (entry.event->who != "me") answering = entry.event->who;
        if (answering == contact) thread.push_back(entry);
    }
    const float bar = drawAppBar(ctx, area, style.app, ctx.words.contactName(contact), ctx.words.contactNumber(contact),
                                 theme::kAppBar, theme::kInk);

    const float text_w = area.width() * 0.78f - 2 * pad;
    std::vector<Bubble> bubbles;
    for (const PhoneEntry& entry : thread) {
        Bubble b;
        b.entry = &entry;
        b.text = ctx.text(entry, entry.event->text);
        b.link = entry.event->link;
        if (!entry.event->photo.empty()) b.photo = ctx.text(entry, entry.event->photo);
        b.outgoing = entry.event->who == "me";
        measure(p, b, text_w);
        bubbles.push_back(std::move(b));
    }
    const std::vector<int> tap = ctx.bound("tap_link");
    const PhoneEntry* tappable = nullptr;  // only the newest link can be tapped
    for (const Bubble& b : bubbles)
        if (!b.link.empty()) tappable = b.entry;

    const float top = area.min.y + bar + em * 0.5f;
    float bottom = area.max.y - em * 0.5f;
    for (auto it = bubbles.rbegin(); it != bubbles.rend(); ++it) {
        const float h = it->height + 2 * pad;
        if (bottom - h < top) break;
        const float w = it->width + 2 * pad;
        const float x = it->outgoing ? area.max.x - em * 0.6f - w : area.min.x + em * 0.6f;
        const Rect box{ImVec2(x, bottom - h), ImVec2(x + w, bottom)};
        p.fillRect(box, it->outgoing ? style.outgoing : style.incoming, em * 0.8f);
        const ImU32 ink = it->outgoing ? style.outgoing_ink : style.incoming_ink;
        float y = box.min.y + pad;
        if (!it->photo.empty()) {
            const Rect ph{ImVec2(box.min.x + pad, y), ImVec2(box.max.x - pad, y + photoHeight(p))};
            p.fillRect(ph, theme::kPhoto, em * 0.4f);
            icons::photo(p.list(), ph.center(), em * 2.2f, theme::kPhotoInk);
            y += photoHeight(p) + em * 0.3f;
            y += p.wrapped(ImVec2(box.min.x + pad, y), text_w, theme::kMuted, it->photo) + em * 0.5f;
        }
        if (!it->text.empty()) y += p.wrapped(ImVec2(box.min.x + pad, y), text_w, ink, it->text);
        if (!it->link.empty()) {
            if (!it->text.empty()) y += em * 0.4f;
            const float link_x = box.min.x + pad + em * 1.3f;
            icons::link(p.list(), ImVec2(box.min.x + pad + em * 0.5f, y + em * 0.5f), em * 0.9f, theme::kLink);
            const float link_h = p.wrappedHeight(it->link, text_w - em * 1.3f);
            float line_y = y;
            for (const std::string& line : p.wrap(it->link, text_w - em * 1.3f)) {
                const float lw = p.text(ImVec2(link_x, line_y), theme::kLink, line);
                p.list()->AddLine(ImVec2(link_x, line_y + em * 1.02f), ImVec2(link_x + lw, line_y + em * 1.02f), theme::kLink);
                line_y += p.lineHeight();
            }
            if (it->entry == tappable && !tap.empty()) {
                const Rect hit{ImVec2(box.min.x, y - em * 0.2f), ImVec2(box.max.x, y + link_h + em * 0.2f)};
                if (ctx.control(hit, tap.front(), "tap_link")) p.strokeRect(hit, theme::kLink, em * 0.3f);
                ctx.numberBadge(ImVec2(box.max.x - em * 0.2f, box.min.y + em * 0.2f), tap.front());
            }
        }
        bottom -= h + em * 0.45f;
    }
}

}  // namespace

void drawMessagesApp(PhoneContext& ctx, const Rect& area) {
    drawThread(ctx, area, {App::Messages, theme::kBubbleIn, theme::kBubbleOut, theme::kInk, theme::kWhite});
}

void drawMessengerApp(PhoneContext& ctx, const Rect& area) {
    drawThread(ctx, area, {App::Messenger, theme::kChatBubbleIn, theme::kChatBubbleOut, theme::kInk, theme::kInk});
}

}  // namespace saqbol::ui
