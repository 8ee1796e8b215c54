// SPDX-License-Identifier: MIT
// The phone itself: a rounded body with a bezel, the status bar (signal, battery; no
// clock — the story keeps its own time), banners for the moment's news from apps that are
// not in front, the app in front (or the keypad, when a `dial:` choice is being dialed),
// the strip of action pills under it, and the home indicator. Also the shared pieces apps
// use: the app bar, the contact card and the notification card (the context helpers:
// phone_controls.cpp). On a short screen (large text, a small window) the bars thin and the
// banners become one row of chips, so the app keeps room for its words.
// Sections: who an entry is from · notifications · bars and cards · the phone.
#include <algorithm>
#include <cmath>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

std::string entrySender(const PhoneContext& ctx, const PhoneEntry& entry) {
    const Event& e = *entry.event;
    switch (e.kind) {
        case EventKind::Sms:
        case EventKind::Chat:
        case EventKind::Call:
        case EventKind::Say: return ctx.words.contactName(e.who);
        case EventKind::Web: return e.url;
        case EventKind::Bank: return ctx.words.ui().tr("Bank");
        case EventKind::Ad:
        case EventKind::Game:
        case EventKind::Notify: return ctx.text(entry, e.title);
        case EventKind::Narrate: break;
    }
    return {};
}

std::string notificationText(const PhoneContext& ctx, const PhoneEntry& entry) {
    const Event& e = *entry.event;
    const UiText& ui = ctx.words.ui();
    switch (e.kind) {
        case EventKind::Call:
            if (e.outgoing) return ui.tr("Calling…");
            return e.video ? ui.tr("Incoming video call") : ui.tr("Incoming call");
        case EventKind::Web: return ctx.text(entry, e.title);
        case EventKind::Ad: return ui.tr("Sponsored") + " · " + ctx.text(entry, e.text);
        default: return ctx.text(entry, e.text);
    }
}

float notificationCard(PhoneContext& ctx, const PhoneEntry& entry, ImVec2 at, float width, int max_lines, bool draw) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.5f;
    const float icon = em * 1.5f;
    const float text_x = at.x + pad + icon + pad;
    const float text_w = at.x + width - pad - text_x;
    const std::string body = notificationText(ctx, entry);
    const int lines = std::min<int>(max_lines, static_cast<int>(p.wrap(body, text_w).size()));
    const float height = pad + em + em * 0.2f + static_cast<float>(lines - 1) * p.lineHeight() + em + pad;
    if (!draw) return height;
    const Rect card{at, ImVec2(at.x + width, at.y + height)};
    p.fillRect(card, theme::kBanner, em * 0.6f);
    p.strokeRect(card, theme::kBannerEdge, em * 0.6f);
    const App app = appOf(entry.event->kind).value_or(App::Lock);
    const ImVec2 icon_c(at.x + pad + icon * 0.5f, at.y + pad + icon * 0.5f);
    p.list()->AddCircleFilled(icon_c, icon * 0.5f, theme::kAccent, 24);
    icons::app(p.list(), app, icon_c, icon * 0.62f, theme::kWhite);
    p.text(ImVec2(text_x, at.y + pad), theme::kInk, p.fit(entrySender(ctx, entry), text_w, Face::Bold), Face::Bold);
    p.wrapped(ImVec2(text_x, at.y + pad + em * 1.2f), text_w, theme::kMuted, body, Face::Regular, max_lines);
    return height;
}

void notificationCard(PhoneContext& ctx, AppList& list, const PhoneEntry& entry, float left, float width, float gap) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.5f;
    const float icon = em * 1.5f;
    const float text_x = left + pad + icon + pad;
    const float text_w = left + width - pad - text_x;
    list.box({left, left + width, pad, pad,
              [em](Painter& painter, const Rect& card) {
                  painter.fillRect(card, theme::kBanner, em * 0.6f);
                  painter.strokeRect(card, theme::kBannerEdge, em * 0.6f);
              }},
             gap);
    const int first = list.text(entrySender(ctx, entry), text_x, text_w, theme::kInk, Face::Bold);
    const App app = appOf(entry.event->kind).value_or(App::Lock);
    list.decorate(first, [app, icon, pad, left](Painter& painter, ImVec2 at) {
        const ImVec2 c(left + pad + icon * 0.5f, at.y + icon * 0.5f);
        painter.list()->AddCircleFilled(c, icon * 0.5f, theme::kAccent, 24);
        icons::app(painter.list(), app, c, icon * 0.62f, theme::kWhite);
    });
    list.text(notificationText(ctx, entry), text_x, text_w, theme::kMuted, Face::Regular, em * 0.2f);
    list.endBox();
}

float drawAppBar(PhoneContext& ctx, const Rect& area, App app, const std::string& title, const std::string& subtitle,
                 ImU32 background, ImU32 ink, bool* cut) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = ctx.roomy() ? em * 0.6f : em * 0.4f;
    const float height = pad + em + (subtitle.empty() ? 0.0f : em * 1.15f) + pad;
    p.fillRect({area.min, ImVec2(area.max.x, area.min.y + height)}, background);
    const float icon = std::min(em * 1.8f, height - pad);
    const ImVec2 icon_c(area.min.x + em * 0.6f + icon * 0.5f, area.min.y + height * 0.5f);
    float x = icon_c.x + icon * 0.5f + em * 0.6f;
    const float right = area.max.x - em * 0.6f;
    // The app's icon gives its room to a title that would not fit beside it.
    const bool with_icon = p.measure(title, Face::Bold).x <= right - x || p.measure(title, Face::Bold).x > right - area.min.x - em * 0.6f;
    if (with_icon) {
        p.list()->AddCircleFilled(icon_c, icon * 0.5f, theme::kAccent, 24);
        icons::app(p.list(), app, icon_c, icon * 0.58f, theme::kWhite);
    } else {
        x = area.min.x + em * 0.6f;
    }
    const float w = right - x;
    const std::string shown_title = p.fit(title, w, Face::Bold);
    const std::string shown_subtitle = p.fit(subtitle, w);
    if (cut != nullptr) *cut = shown_title != title || shown_subtitle != subtitle;
    p.text(ImVec2(x, area.min.y + pad), ink, shown_title, Face::Bold);
    if (!subtitle.empty()) p.text(ImVec2(x, area.min.y + pad + em * 1.15f), theme::kMuted, shown_subtitle);
    p.fillRect({ImVec2(area.min.x, area.min.y + height - 1.0f), ImVec2(area.max.x, area.min.y + height)}, theme::kRule);
    return height;
}

void contactCard(PhoneContext& ctx, AppList& list, const Rect& area, const std::string& name, const std::string& number,
                 ImU32 fill, ImU32 ink, ImU32 muted, float gap) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float pad = em * 0.5f;
    const float left = area.min.x + em * 0.6f;
    const float right = area.max.x - em * 0.6f;
    list.box({left, right, pad, pad, [fill, em](Painter& painter, const Rect& r) { painter.fillRect(r, fill, em * 0.5f); }}, gap);
    list.text(name, left + pad, right - left - 2 * pad, ink, Face::Bold);
    if (!number.empty()) list.text(number, left + pad, right - left - 2 * pad, muted, Face::Regular, em * 0.15f);
    list.endBox();
}

namespace {

// Apps whose backgrounds are dark, so the status bar draws light.
bool darkApp(App app) { return app == App::Call || app == App::Game || app == App::Lock || app == App::Bank; }
// Apps that are dark at the bottom too, so the home indicator draws light.
bool darkBottom(App app) { return app == App::Call || app == App::Game || app == App::Lock; }

// Paints the body colour over the four corners outside the screen's rounding, so apps can
// paint square backgrounds and gradients (a fan of triangles from each corner point).
void maskCorners(ImDrawList* list, const Rect& r, float rounding, ImU32 color) {
    constexpr float kPi = 3.14159265f;
    constexpr int kSteps = 10;
    const struct {
        ImVec2 corner, centre;
        float from;
    } corners[] = {
        {r.min, ImVec2(r.min.x + rounding, r.min.y + rounding), kPi},
        {ImVec2(r.max.x, r.min.y), ImVec2(r.max.x - rounding, r.min.y + rounding), kPi * 1.5f},
        {r.max, ImVec2(r.max.x - rounding, r.max.y - rounding), 0.0f},
        {ImVec2(r.min.x, r.max.y), ImVec2(r.min.x + rounding, r.max.y - rounding), kPi * 0.5f},
    };
    for (const auto& c : corners) {
        for (int i = 0; i < kSteps; ++i) {
            const float a0 = c.from + kPi * 0.5f * static_cast<float>(i) / kSteps;
            const float a1 = c.from + kPi * 0.5f * static_cast<float>(i + 1) / kSteps;
            list->AddTriangleFilled(c.corner, ImVec2(c.centre.x + std::cos(a0) * rounding, c.centre.y + std::sin(a0) * rounding),
                                    ImVec2(c.centre.x + std::cos(a1) * rounding, c.centre.y + std::sin(a1) * rounding), color);
        }
    }
}

// The colour behind an app, from the top of the screen to the bottom.
ImU32 appBackground(App app) {
    switch (app) {
        case App::Call: return theme::kCallBottom;
        case App::Game: return theme::kGameBg;
        case App::Lock: return theme::kLockBottom;
        case App::Messenger: return theme::kChatBg;
        case App::Feed: return theme::kFeedBg;
        case App::Bank: return theme::kScreen;
        default: return theme::kScreen;
    }
}

// The newest entry of each app with news at this moment, newest first, leaving out `shown`
// (the app on screen); a call's spoken lines count as the call.
std::vector<PhoneEntry> banners(const PhoneView& view, App shown) {
    std::vector<PhoneEntry> out;
    if (shown == App::Lock) return out;
    for (auto it = view.notifications.rbegin(); it != view.notifications.rend(); ++it) {
        const std::optional<App> app = appOf(it->event->kind);
        if (!app || *app == shown) continue;
        if (it->event->kind == EventKind::Say) continue;
        const bool seen = std::any_of(out.begin(), out.end(), [&](const PhoneEntry& e) { return appOf(e.event->kind) == app; });
        if (!seen) out.push_back(*it);
    }
    return out;
}

}  // namespace

std::vector<App> appsWithNews(const PhoneView& view) {
    std::vector<App> apps;
    for (const PhoneEntry& entry : banners(view, view.front)) apps.push_back(appOf(entry.event->kind).value_or(App::Lock));
    return apps;
}

void drawPhone(PhoneContext& ctx, const Rect& body) {
    Painter& p = ctx.paint;
    const float em = p.em();
    const float bezel = std::max(em * 0.55f, body.width() * 0.035f);
    const float rounding = body.width() * 0.13f;
    p.fillRect({ImVec2(body.min.x + em * 0.3f, body.min.y + em * 0.4f), ImVec2(body.max.x + em * 0.3f, body.max.y + em * 0.4f)},
               IM_COL32(0, 0, 0, 70), rounding);  // shadow on the desk
    p.fillRect(body, theme::kPhoneBody, rounding);
    p.strokeRect(body, theme::kPhoneEdge, rounding, std::max(1.5f, em * 0.1f));
    const Rect screen = body.inset(bezel, bezel);
    const float screen_rounding = rounding - bezel * 0.8f;

    p.pushRegion(screen, "phone");
    ctx.screen = screen;
    std::optional<App>& viewing = ctx.state.viewing;
    if (viewing && *viewing == ctx.view.front) viewing.reset();
    const bool keypad = ctx.state.keypad;
    if (keypad) viewing.reset();
    const App front = viewing.value_or(ctx.view.front);
    // A short screen (large text, a small window) keeps the bars thin and every banner to
    // one row of chips, so the app keeps its room.
    const bool roomy = ctx.roomy();
    const float status_h = roomy ? em * 1.5f : em * 1.25f;
    const float home_h = roomy ? em * 1.1f : em * 0.8f;
    const Rect below_status{ImVec2(screen.min.x, screen.min.y + status_h), screen.max};
    p.fillRect(screen, keypad ? theme::kScreen : appBackground(front), screen_rounding);

    // Banners first measured, so the app gets the space below them. Every app with news
    // gets one (it is the only way there): up to two cards of two lines on a roomy screen,
    // the others — all of them on a short one — as chips in one row, beside the way back.
    const std::vector<PhoneEntry> news = keypad ? std::vector<PhoneEntry>{} : banners(ctx.view, front);
    const std::size_t cards = roomy ? std::min<std::size_t>(news.size(), 2) : 0;
    const std::size_t chips = news.size() - cards;
    const bool back_bar = viewing || keypad;
    const bool back_in_row = back_bar && !roomy;
    const bool chip_row = chips > 0 || back_in_row;
    const float gap = em * 0.4f;
    const float banner_w = screen.width() - 2 * gap;
    const float back_h = back_bar && !back_in_row ? em * 2.0f : 0.0f;  // the bar back to the app in front
    const float chip_h = em * 2.0f;
    float banners_h = back_h;
    for (std::size_t i = 0; i < cards; ++i) banners_h += notificationCard(ctx, news[i], ImVec2(), banner_w, 2, false) + gap;
    if (chip_row) banners_h += chip_h + gap;
    const float news_h = banners_h > 0.0f ? gap * 0.5f + banners_h : 0.0f;
    Rect app_area{ImVec2(screen.min.x, below_status.min.y + news_h), ImVec2(screen.max.x, screen.max.y - home_h)};
    const float strip_h = keypad ? 0.0f : drawActionStrip(ctx, app_area, front, false);
    const Rect strip_area{ImVec2(app_area.min.x, app_area.max.y - strip_h), app_area.max};
    app_area.max.y -= strip_h;

    if (keypad) {
        drawKeypadApp(ctx, app_area);
    } else {
        switch (front) {
            case App::Call: drawCallApp(ctx, app_area); break;
            case App::Messages: drawMessagesApp(ctx, app_area); break;
            case App::Messenger: drawMessengerApp(ctx, app_area); break;
            case App::Browser: drawBrowserApp(ctx, app_area); break;
            case App::Feed: drawFeedApp(ctx, app_area); break;
            case App::Game: drawGameApp(ctx, app_area); break;
            case App::Bank: drawBankApp(ctx, app_area); break;
            case App::Lock: drawLockScreen(ctx, {below_status.min, app_area.max}); break;
        }
        if (strip_h > 0.0f) drawActionStrip(ctx, strip_area, front, true);
    }

    // Status bar and banners over the app.
    const bool dark = !keypad && darkApp(front);
    const ImU32 status_ink = dark ? theme::kStatusInkLight : theme::kStatusInk;
    const ImU32 status_bg = dark ? theme::rgb(0, 0, 0, 90) : theme::rgb(255, 255, 255, 200);
    p.fillRect({screen.min, ImVec2(screen.max.x, screen.min.y + status_h)}, status_bg, screen_rounding, ImDrawFlags_RoundCornersTop);
    icons::signal(p.list(), ImVec2(screen.min.x + screen_rounding + em * 0.5f, screen.min.y + status_h * 0.5f), em * 0.9f, status_ink);
    icons::battery(p.list(), ImVec2(screen.max.x - screen_rounding - em * 0.5f, screen.min.y + status_h * 0.5f), em * 1.1f, status_ink);
    p.list()->AddCircleFilled(ImVec2(screen.center().x, screen.min.y + status_h * 0.5f), em * 0.28f, theme::rgb(8, 8, 10));
    float y = below_status.min.y + (news_h > 0.0f ? gap * 0.5f : 0.0f);
    // The way back to the app in front: a bar with its words, or a round button in the chip row.
    const auto backButton = [&](const Rect& bar, bool label) {
        const bool call = ctx.view.front == App::Call;
        ctx.button(bar, "back-to-front", [&ctx, keypad] {
            if (keypad) ctx.openKeypad(false);
            ctx.state.viewing.reset();
            ctx.state.highlighted = -1;
        }, 0);
        p.fillRect(bar, call ? theme::kGreen : theme::rgb(90, 98, 114), bar.height() * 0.5f);
        const ImVec2 icon_c(label ? bar.min.x + em * 1.0f : bar.center().x, bar.center().y);
        if (call) icons::handset(p.list(), icon_c, em * 0.9f, theme::kWhite);
        else {  // a chevron pointing back
            const ImVec2 points[] = {ImVec2(icon_c.x + em * 0.15f, icon_c.y - em * 0.35f), ImVec2(icon_c.x - em * 0.2f, icon_c.y),
                                     ImVec2(icon_c.x + em * 0.15f, icon_c.y + em * 0.35f)};
            p.list()->AddPolyline(points, 3, theme::kWhite, ImDrawFlags_None, std::max(2.0f, em * 0.12f));
        }
        if (!label) return;
        const std::string words = call ? ctx.words.ui().tr("Back to the call") : ctx.words.ui().tr("Back");
        p.text(ImVec2(bar.min.x + em * 1.8f, bar.min.y + (bar.height() - em) * 0.5f), theme::kWhite,
               p.fit(words, bar.width() - em * 2.4f, Face::Bold), Face::Bold);
    };
    const auto openFrom = [&ctx](App app) {
        return [&ctx, app] {
            ctx.state.viewing = app;
            ctx.state.highlighted = -1;
        };
    };
    if (back_h > 0.0f) {
        backButton({ImVec2(screen.min.x + gap, y), ImVec2(screen.max.x - gap, y + back_h - gap * 0.5f)}, true);
        y += back_h;
    }
    for (std::size_t i = 0; i < cards; ++i) {
        const PhoneEntry& entry = news[i];
        const float h = notificationCard(ctx, entry, ImVec2(), banner_w, 2, false);
        const Rect card{ImVec2(screen.min.x + gap, y), ImVec2(screen.max.x - gap, y + h)};
        const App app = appOf(entry.event->kind).value_or(App::Lock);
        const bool hovered = ctx.button(card, std::string("banner:") + nameOf(app), openFrom(app), 1);
        notificationCard(ctx, entry, card.min, banner_w, 2, true);
        if (hovered) p.strokeRect(card, theme::kAccent, em * 0.6f, 2.0f);
        y += h + gap;
    }
    if (chip_row) {
        float x = screen.min.x + gap;
        const float right = screen.max.x - gap;
        if (back_in_row) {
            const float w = chips == 0 ? right - x : em * 2.6f;
            backButton({ImVec2(x, y), ImVec2(x + w, y + chip_h)}, chips == 0);
            x += w + gap;
        }
        const float each = chips > 0 ? (right - x - gap * static_cast<float>(chips - 1)) / static_cast<float>(chips) : 0.0f;
        for (std::size_t i = cards; i < news.size(); ++i) {
            // A chip: the app's icon and who it is from; a lone chip adds the start of the
            // news (a preview: the app opened from it shows all of it).
            const PhoneEntry& entry = news[i];
            const Rect chip{ImVec2(x, y), ImVec2(x + each, y + chip_h)};
            const App app = appOf(entry.event->kind).value_or(App::Lock);
            const bool hovered = ctx.button(chip, std::string("banner:") + nameOf(app), openFrom(app), 1);
            p.fillRect(chip, theme::kBanner, chip_h * 0.5f);
            p.strokeRect(chip, hovered ? theme::kAccent : theme::kBannerEdge, chip_h * 0.5f, hovered ? 2.0f : 1.0f);
            const float icon = em * 1.4f;
            const ImVec2 icon_c(chip.min.x + (chip_h - icon) * 0.5f + icon * 0.5f, chip.center().y);
            p.list()->AddCircleFilled(icon_c, icon * 0.5f, theme::kAccent, 24);
            icons::app(p.list(), app, icon_c, icon * 0.62f, theme::kWhite);
            const float text_x = icon_c.x + icon * 0.5f + em * 0.3f;
            const float text_w = chip.max.x - chip_h * 0.4f - text_x;
            if (text_w >= em * 1.5f) {
                const float ty = chip.min.y + (chip_h - em) * 0.5f;
                const std::string sender = entrySender(ctx, entry);
                const std::string shown = p.fit(sender, text_w, Face::Bold);
                const float used = p.text(ImVec2(text_x, ty), theme::kInk, shown, Face::Bold);
                const float rest = text_w - used - em * 0.4f;
                if (chips == 1 && shown == sender && rest >= em * 2.0f)
                    p.text(ImVec2(text_x + used + em * 0.4f, ty), theme::kMuted, p.fit(notificationText(ctx, entry), rest));
            }
            x += each + gap;
        }
        y += chip_h + gap;
    }
    const float bar_w = screen.width() * 0.32f;
    p.fillRect({ImVec2(screen.center().x - bar_w * 0.5f, screen.max.y - home_h * 0.5f - em * 0.12f),
                ImVec2(screen.center().x + bar_w * 0.5f, screen.max.y - home_h * 0.5f + em * 0.12f)},
               !keypad && darkBottom(front) ? theme::kStatusInkLight : theme::kStatusInk, em * 0.12f);
    maskCorners(p.list(), screen, screen_rounding, theme::kPhoneBody);
    p.popRegion();
}

}  // namespace saqbol::ui
