// SPDX-License-Identifier: MIT
// The bank app: the balance and the loans (the scenario's `balance` and `loans` numbers,
// grouped by thousands with ₸), then the bank's notices, newest first.
#include <variant>

#include "icons.h"
#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {
namespace {

const double* number(const Variables& vars, const char* name) {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : std::get_if<double>(&it->second);
}

}  // namespace

void drawBankApp(PhoneContext& ctx, const Rect& area) {
    Painter& p = ctx.paint;
    const UiText& ui = ctx.words.ui();
    const float em = p.em();
    const float pad = em * 0.7f;
    const std::string lang = ui.numberLang();
    const auto money = [&](double value) { return groupNumber(value, lang) + "\u00A0₸"; };

    // Header: the bank's name and the balance card, on green from the top of the screen.
    const double* balance = number(ctx.vars, "balance");
    const double* loans = number(ctx.vars, "loans");
    const float card_h = pad + em * 1.2f + em * 1.2f + (loans != nullptr ? em * 1.5f + em * 1.2f : 0.0f) + pad;
    float y = area.min.y + pad * 0.5f;
    const float sheet_top = y + em * 1.8f + card_h + pad;
    p.fillRect({ctx.screen.min, ImVec2(ctx.screen.max.x, sheet_top + em)}, theme::kBankTop);
    icons::bank(p.list(), ImVec2(area.min.x + pad + em * 0.6f, y + em * 0.6f), em * 1.2f, theme::kWhite);
    p.text(ImVec2(area.min.x + pad + em * 1.7f, y + em * 0.1f), theme::kWhite,
           p.fit(ui.tr("Bank"), area.width() - 2 * pad - em * 1.7f, Face::Bold), Face::Bold);
    y += em * 1.8f;
    const Rect card{ImVec2(area.min.x + pad, y), ImVec2(area.max.x - pad, y + card_h)};
    p.fillRect(card, theme::kBankCard, em * 0.6f);
    const float w = card.width() - 2 * pad;
    float cy = card.min.y + pad;
    p.text(ImVec2(card.min.x + pad, cy), theme::rgb(210, 240, 226), p.fit(ui.tr("Balance"), w));
    cy += em * 1.2f;
    p.text(ImVec2(card.min.x + pad, cy), theme::kWhite, p.fit(balance != nullptr ? money(*balance) : "—", w, Face::Bold),
           Face::Bold);
    cy += em * 1.5f;
    if (loans != nullptr) {
        p.text(ImVec2(card.min.x + pad, cy), theme::rgb(210, 240, 226), p.fit(ui.tr("Loans"), w));
        cy += em * 1.2f;
        p.text(ImVec2(card.min.x + pad, cy), *loans > 0 ? theme::rgb(255, 190, 170) : theme::kWhite,
               p.fit(money(*loans), w, Face::Bold), Face::Bold);
    }
    y = sheet_top;

    // Notices on a light sheet, newest first.
    const Rect sheet{ImVec2(area.min.x, y), ImVec2(area.max.x, ctx.screen.max.y)};
    p.fillRect(sheet, theme::kScreen, em * 0.8f, ImDrawFlags_RoundCornersTop);
    y += pad;
    p.text(ImVec2(area.min.x + pad, y), theme::kMuted, p.fit(ui.tr("Notifications"), area.width() - 2 * pad));
    y += em * 1.4f;
    const std::vector<PhoneEntry> notices = ctx.view.app(App::Bank);
    const float text_w = area.width() - 4 * pad - em * 0.3f;  // room for the "new" dot
    for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
        const std::string text = ctx.text(*it, it->event->text);
        const float h = pad + p.wrappedHeight(text, text_w) + pad;
        if (y + h > area.max.y - em * 0.3f) break;
        const Rect row{ImVec2(area.min.x + pad, y), ImVec2(area.max.x - pad, y + h)};
        p.fillRect(row, theme::kWhite, em * 0.4f);
        if (it->is_new) p.list()->AddCircleFilled(ImVec2(row.max.x - pad * 0.6f, row.min.y + pad * 0.6f), em * 0.2f, theme::kAccent);
        p.wrapped(ImVec2(row.min.x + pad, row.min.y + pad), text_w, theme::kInk, text);
        y += h + em * 0.4f;
    }
}

}  // namespace saqbol::ui
