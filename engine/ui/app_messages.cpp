// SPDX-License-Identifier: MIT
// Message threads: SMS (sender ids such as 1414) and the messenger (bubbles with links
// shown in full and photos as grey placeholders with their description). The thread in
// front is the one the newest message belongs to; another thread with messages at this
// moment shows above it under its contact's card, and a message of the player's own that
// opens a conversation belongs to the contact who answers. The list is an AppList: it scrolls as a
// whole, whole lines at a time, the newest messages at the bottom; it first shows from the
// first line of this moment's first message (a bubble taller than the screen shows from its
// start and pages on), and a cue line says when older or later lines are hidden. A link
// bound to a tap_link choice can be tapped while it shows (the numbered choice beside the
// phone is always there).
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
};

struct ThreadStyle {
    App app;
    const char* region;
    ImU32 incoming;
    ImU32 outgoing;
    ImU32 incoming_ink;
    ImU32 outgoing_ink;
};

float photoHeight(const Painter& p) { return p.em() * 4.5f; }

// The width a bubble's text column needs, at most `text_w` (bubbles hug short messages).
float bubbleWidth(const Painter& p, const Bubble& b, float text_w) {
    const float em = p.em();
    float widest = b.photo.empty() ? 0.0f : text_w;
    if (!b.text.empty())
        for (const std::string& line : p.wrap(b.text, text_w)) widest = std::max(widest, p.measure(line).x);
    if (!b.link.empty())
        for (const std::string& line : p.wrap(b.link, text_w - em * 1.3f)) widest = std::max(widest, p.measure(line).x + em * 1.3f);
    return std::min(widest, text_w);
}

void drawThread(PhoneContext& ctx, const Rect& area, const ThreadStyle& style) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.55f;
    const std::vector<PhoneEntry> all = ctx.view.app(style.app);
    if (all.empty()) return;
    // Who each message is with: the sender, or for the player's own ("me") the conversation
    // it answers — or, when it opens one, the contact who writes next.
    std::vector<std::string> with(all.size());
    std::string answering;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].event->who != "me") answering = all[i].event->who;
        with[i] = answering;
    }
    for (std::size_t i = all.size(); i-- > 0;)
        if (with[i].empty()) with[i] = i + 1 < all.size() ? with[i + 1] : "";
    // The thread in front: the newest message's. Other threads with news at this moment show
    // above it, each under its contact's card, so no message of the moment is left out.
    const std::string contact = with.back();
    std::vector<std::string> shown_threads;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (with[i] == contact || !all[i].is_new) continue;
        shown_threads.erase(std::remove(shown_threads.begin(), shown_threads.end(), with[i]), shown_threads.end());
        shown_threads.push_back(with[i]);  // ordered by their newest message
    }
    shown_threads.push_back(contact);
    const std::string name = ctx.words.contactName(contact);
    const std::string number = ctx.words.contactNumber(contact);
    bool bar_cut = false;
    const float bar = drawAppBar(ctx, area, style.app, name, number, theme::kAppBar, theme::kInk, &bar_cut);

    AppList list(p);
    const float text_w = area.width() * (ctx.roomy() ? 0.78f : 0.86f) - 2 * pad;
    const std::vector<int> tap = ctx.bound("tap_link");
    const PhoneEntry* tappable = nullptr;  // only the newest link shown can be tapped
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!all[i].event->link.empty() &&
            std::find(shown_threads.begin(), shown_threads.end(), with[i]) != shown_threads.end())
            tappable = &all[i];
    int start_row = -1;  // the first line of this moment's first message
    struct Tap {
        int first = -1, last = -1;  // its rows
        int bubble = -1;            // its bubble's first row
        float left = 0.0f, right = 0.0f;
    } link_rows;
    std::vector<std::size_t> order;  // the messages shown, thread by thread
    for (const std::string& who : shown_threads)
        for (std::size_t i = 0; i < all.size(); ++i)
            if (with[i] == who) order.push_back(i);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        const PhoneEntry& entry = all[i];
        // A thread's first message comes under its contact's card when the bar does not say
        // who it is (another thread of this moment, or a name the bar had to shorten).
        const bool opens = k == 0 || with[order[k - 1]] != with[i];
        const int card_row = list.rows();
        const bool card = opens && (with[i] != contact || shown_threads.size() > 1 || bar_cut);
        if (card)
            contactCard(ctx, list, area, ctx.words.contactName(with[i]), ctx.words.contactNumber(with[i]), theme::kAppBar,
                        theme::kInk, theme::kMuted, list.rows() == 0 ? 0.0f : em * 0.8f);
        if (entry.is_new && start_row < 0 && card && shown_threads.size() > 1) start_row = card_row;  // who it is from first
        Bubble b;
        b.entry = &entry;
        b.text = ctx.text(entry, entry.event->text);
        b.link = entry.event->link;
        if (!entry.event->photo.empty()) b.photo = ctx.text(entry, entry.event->photo);
        b.outgoing = entry.event->who == "me";
        b.width = bubbleWidth(p, b, text_w);
        const float w = b.width + 2 * pad;
        const float left = b.outgoing ? area.max.x - em * 0.6f - w : area.min.x + em * 0.6f;
        const ImU32 fill = b.outgoing ? style.outgoing : style.incoming;
        const ImU32 ink = b.outgoing ? style.outgoing_ink : style.incoming_ink;
        list.box({left, left + w, pad, pad, [fill, em](Painter& painter, const Rect& r) { painter.fillRect(r, fill, em * 0.8f); }},
                 list.rows() == 0 ? 0.0f : em * 0.45f);
        if (entry.is_new && start_row < 0) start_row = list.rows();
        const int bubble_row = list.rows();
        const float x = left + pad;
        if (!b.photo.empty()) {
            const float photo_w = b.width;
            list.block(x, photoHeight(p), 0.0f, [photo_w, em](Painter& painter, ImVec2 at) {
                const Rect ph{at, ImVec2(at.x + photo_w, at.y + painter.em() * 4.5f)};
                painter.fillRect(ph, theme::kPhoto, em * 0.4f);
                icons::photo(painter.list(), ph.center(), em * 2.2f, theme::kPhotoInk);
            });
            list.text(b.photo, x, text_w, theme::kMuted, Face::Regular, em * 0.3f);
        }
        if (!b.text.empty()) list.text(b.text, x, text_w, ink, Face::Regular, b.photo.empty() ? 0.0f : em * 0.5f);
        if (!b.link.empty()) {
            const float link_x = x + em * 1.3f;
            const int first_link = list.text(b.link, link_x, text_w - em * 1.3f, theme::kLink, Face::Regular,
                                             b.text.empty() && b.photo.empty() ? 0.0f : em * 0.4f);
            const int last_link = list.rows() - 1;
            list.decorate(first_link, [x, em](Painter& painter, ImVec2 at) {
                icons::link(painter.list(), ImVec2(x + em * 0.5f, at.y + em * 0.5f), em * 0.9f, theme::kLink);
            });
            list.underline(first_link, last_link);
            if (&entry == tappable) link_rows = {first_link, last_link, bubble_row, left, left + w};
        }
        list.endBox();
    }
    const Rect list_area{ImVec2(area.min.x, area.min.y + bar), area.max};
    AppList::Look look;
    look.region = style.region;
    look.from_bottom = true;
    look.start_row = start_row >= 0 ? start_row : list.rows();  // nothing new: the newest at the bottom
    look.cue_ink = theme::kMuted;
    look.cue_fill = theme::rgb(255, 255, 255, 235);
    list.draw(ctx, list_area, ctx.listFirst(style.app), look);

    // The tap area over the part of the link that shows.
    if (link_rows.first >= 0 && !tap.empty())
        if (const std::optional<Rect> span = list.shownSpan(link_rows.first, link_rows.last)) {
            const Rect hit{ImVec2(link_rows.left, std::max(span->min.y - em * 0.2f, list.region().min.y)),
                           ImVec2(link_rows.right, std::min(span->max.y + em * 0.2f, list.region().max.y))};
            if (ctx.control(hit, tap.front(), "tap_link")) p.strokeRect(hit, theme::kLink, em * 0.3f);
            // The number on the bubble's corner (or on the link's, when the bubble's top is scrolled away).
            const float corner = list.shows(link_rows.bubble) ? list.rowRect(link_rows.bubble).min.y - pad : hit.min.y;
            ctx.numberBadge(ImVec2(link_rows.right - em * 0.2f, std::max(corner, list.region().min.y) + em * 0.2f), tap.front());
        }
}

}  // namespace

void drawMessagesApp(PhoneContext& ctx, const Rect& area) {
    drawThread(ctx, area, {App::Messages, "messages", theme::kBubbleIn, theme::kBubbleOut, theme::kInk, theme::kWhite});
}

void drawMessengerApp(PhoneContext& ctx, const Rect& area) {
    drawThread(ctx, area, {App::Messenger, "messenger", theme::kChatBubbleIn, theme::kChatBubbleOut, theme::kInk, theme::kInk});
}

}  // namespace saqbol::ui
