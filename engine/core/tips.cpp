// SPDX-License-Identifier: MIT
#include "tips.h"

#include <array>

#include "ui_text.h"  // N_()

namespace saqbol {
namespace {

// Restated from ../shared/brief/facts.md; keep ids stable (results store them).
constexpr std::array kTips = {
    TipInfo{"codes", TipKind::Tip, N_("Codes and passwords"),
            N_("Never give transfer codes or passwords to anyone who says they are from a bank "
            "or the police. Hang up at once and call the bank or the police yourself, on a "
            "number you looked up.")},
    TipInfo{"personal_data", TipKind::Tip, N_("Personal data"),
            N_("Do not enter personal data on unknown, unverified sites or other sources.")},
    TipInfo{"licensed_brokers", TipKind::Tip, N_("Licensed brokers"),
            N_("Invest only through reliable, licensed brokers.")},
    TipInfo{"no_prepayment", TipKind::Tip, N_("No prepayment"),
            N_("Do not rush to prepay without checking. Agree to pay once you have received "
            "the goods.")},
    TipInfo{"links", TipKind::Tip, N_("Links"),
            N_("Do not open payment links or spam from unknown contacts.")},
    TipInfo{"damage_control", TipKind::Rule, N_("If it already happened"),
            N_("If you gave data away: work out what the code was for, change the password and "
            "how it is confirmed, call the bank's hotline to block operations, and go to the "
            "police if a loan was issued.")},
    TipInfo{"strangers", TipKind::Rule, N_("Strangers online"),
            N_("Do not accept friend requests from strangers: a profile can use a fake name and "
            "someone else's photos.")},
    TipInfo{"privacy", TipKind::Rule, N_("Privacy"),
            N_("Do not post your or your family's names, birthdays, address, school, phone "
            "numbers or photos — not even to your friends list.")},
    TipInfo{"tell_adult", TipKind::Rule, N_("Tell an adult"),
            N_("At the first threat, tell a parent, relative or teacher at once. Do not follow "
            "strangers' orders; block them.")},
    TipInfo{"remote_apps", TipKind::Rule, N_("Remote-access apps"),
            N_("Never install a remote-access app because someone asked you to.")},
    TipInfo{"parental_control", TipKind::Rule, N_("Parental control"),
            N_("Parents: set up parental controls and follow your child's online activity.")},
    TipInfo{"street_forms", TipKind::Rule, N_("Street questionnaires"),
            N_("Be wary of \"promotion\" questionnaires that ask for personal data; shop only on "
            "trusted sites.")},
    TipInfo{"law", TipKind::Rule, N_("The law"),
            N_("A false bomb threat is a crime, not a prank; letting others run payments through "
            "your card is a crime too.")},
};

constexpr std::array<std::string_view, 4> kDamageControl = {
    N_("Work out what the code was for: logging in, recovering a password, confirming a payment or "
       "signing a contract."),
    N_("Change the password and how it is confirmed; remove your personal data from the account."),
    N_("If someone is trying to get into your online bank or take a loan in your name, call the number "
       "on the back of your card and block the operation."),
    N_("If a loan was already issued, go to the police at once."),
};

}  // namespace

std::span<const TipInfo> allTips() { return kTips; }

std::span<const std::string_view> damageControlSteps() { return kDamageControl; }

const TipInfo* findTip(std::string_view id) {
    for (const TipInfo& tip : kTips)
        if (tip.id == id) return &tip;
    return nullptr;
}

std::string tipIdList() {
    std::string out;
    for (const TipInfo& tip : kTips) {
        if (!out.empty()) out += ", ";
        out += tip.id;
    }
    return out;
}

}  // namespace saqbol
