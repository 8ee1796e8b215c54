// SPDX-License-Identifier: MIT
// The bank app: the balance and the loans (the scenario's `balance` and `loans` numbers,
// grouped by thousands with ₸), then the bank's notices, newest first, each in full. The
// whole app is one AppList, as a real banking app scrolls its balance card away: on a short
// screen the notices get the room and page by whole lines (PageUp/PageDown, the wheel).
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
    const Rect screen = ctx.screen;

    p.fillRect({screen.min, ImVec2(screen.max.x, area.min.y)}, theme::kBankTop);
    AppList list(p);
    // The header: the bank's name on green from the top of the screen.
    list.box({area.min.x, area.max.x, pad * 0.5f, 0.0f,
              [screen](Painter& painter, const Rect& r) {
                  painter.fillRect({ImVec2(screen.min.x, screen.min.y - painter.em()), ImVec2(screen.max.x, r.max.y)}, theme::kBankTop);
              }},
             0.0f);
    const float name_x = area.min.x + pad + em * 1.7f;
    const int name_row = list.text(ui.tr("Bank"), name_x, area.max.x - pad - name_x, theme::kWhite, Face::Bold);
    list.decorate(name_row, [x = area.min.x + pad, em](Painter& painter, ImVec2 at) {
        icons::bank(painter.list(), ImVec2(x + em * 0.6f, at.y + em * 0.5f), em * 1.2f, theme::kWhite);
    });
    // The balance card, still on green.
    const double* balance = number(ctx.vars, "balance");
    const double* loans = number(ctx.vars, "loans");
    const Rect card_cols{ImVec2(area.min.x + pad, 0.0f), ImVec2(area.max.x - pad, 0.0f)};
    list.box({card_cols.min.x, card_cols.max.x, pad, pad,
              [screen, em, pad](Painter& painter, const Rect& r) {
                  painter.fillRect({ImVec2(screen.min.x, r.min.y - em), ImVec2(screen.max.x, r.max.y + pad + em)}, theme::kBankTop);
                  painter.fillRect(r, theme::kBankCard, em * 0.6f);
              }},
             em * 0.6f);
    const float x = card_cols.min.x + pad;
    const float w = card_cols.width() - 2 * pad;
    const ImU32 label_ink = theme::rgb(210, 240, 226);
    // A sum beside its label when both fit on one line, else under it.
    const auto amount = [&](const std::string& label, const std::string& sum, ImU32 ink, float gap) {
        const float sum_w = p.measure(sum, Face::Bold).x;
        if (p.measure(label).x + em + sum_w > w) {
            list.text(label, x, w, label_ink, Face::Regular, gap);
            list.text(sum, x, w, ink, Face::Bold, em * 0.2f);
            return;
        }
        const int row = list.text(label, x, w, label_ink, Face::Regular, gap);
        list.decorate(row, [sum, ink, sum_x = x + w - sum_w](Painter& painter, ImVec2 at) {
            painter.text(ImVec2(sum_x, at.y), ink, sum, Face::Bold);
        });
    };
    amount(ui.tr("Balance"), balance != nullptr ? money(*balance) : "—", theme::kWhite, 0.0f);
    if (loans != nullptr) amount(ui.tr("Loans"), money(*loans), *loans > 0 ? theme::rgb(255, 190, 170) : theme::kWhite, em * 0.5f);
    list.endBox();

    // Notices on a light sheet, newest first.
    list.box({area.min.x, area.max.x, 0.0f, 0.0f,
              [screen, em](Painter& painter, const Rect& r) {
                  painter.fillRect({ImVec2(screen.min.x, r.min.y - em * 0.7f), ImVec2(screen.max.x, r.max.y + em)}, theme::kScreen,
                                   em * 0.8f, ImDrawFlags_RoundCornersTop);
              }},
             pad * 2.0f);
    list.text(ui.tr("Notifications"), area.min.x + pad, area.width() - 2 * pad, theme::kMuted);
    list.endBox();
    const std::vector<PhoneEntry> notices = ctx.view.app(App::Bank);
    const float left = area.min.x + pad;
    const float right = area.max.x - pad;
    const float text_w = right - left - 2 * pad - em * 0.3f;  // room for the "new" dot
    for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
        const bool fresh = it->is_new;
        list.box({left, right, pad, pad,
                  [fresh, pad, em](Painter& painter, const Rect& r) {
                      painter.fillRect(r, theme::kWhite, em * 0.4f);
                      if (fresh)
                          painter.list()->AddCircleFilled(ImVec2(r.max.x - pad * 0.6f, r.min.y + pad * 0.6f), em * 0.2f, theme::kAccent);
                  }},
                 em * 0.4f);
        list.text(ctx.text(*it, it->event->text), left + pad, text_w, theme::kInk);
        list.endBox();
    }
    AppList::Look look;
    look.region = "bank";
    look.cue_ink = theme::kMuted;
    look.cue_fill = theme::rgb(236, 238, 242, 245);
    list.draw(ctx, area, ctx.listFirst(App::Bank), look);
}

}  // namespace saqbol::ui
