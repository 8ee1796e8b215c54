// SPDX-License-Identifier: MIT
#include "quiz.h"

#include <cmath>
#include <set>

#include "codes.h"
#include "tips.h"
#include "validate.h"

namespace saqbol {

std::vector<const QuizItem*> Quiz::form(char which) const {
    std::vector<const QuizItem*> out;
    for (const QuizItem& item : items)
        if (item.form == which) out.push_back(&item);
    return out;
}

const Contact* Quiz::findContact(std::string_view contact_id) const {
    for (const Contact& contact : contacts)
        if (contact.id == contact_id) return &contact;
    return nullptr;
}

Scenario quizAsScenario(const Quiz& quiz) {
    Scenario s;
    s.file = quiz.file;
    s.line = quiz.line;
    s.format = quiz.format;
    s.id = quiz.id;
    s.lang = quiz.lang;
    s.title = quiz.title;
    s.contacts = quiz.contacts;
    for (const QuizItem& item : quiz.items) {
        Node node;
        node.id = item.id;
        node.line = item.line;
        node.events = item.events;
        s.nodes.push_back(std::move(node));
    }
    if (!s.nodes.empty()) s.start = s.nodes.front().id;
    s.reindex();
    return s;
}

double normalQuantile(double p) {
    // Acklam's rational approximation (relative error < 1.2e-9), then one Halley step
    // against the exact CDF, which brings it to double precision.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425, high = 1 - low;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= high) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

Discernment scoreQuiz(const std::vector<QuizAnswer>& answers) {
    Discernment out;
    for (const QuizAnswer& answer : answers) {
        const bool called_scam = answer.call == QuizCall::Scam;
        if (answer.item->legit) {
            ++out.legit;
            out.false_alarms += called_scam;
        } else {
            ++out.scams;
            out.hits += called_scam;
        }
    }
    out.hit_rate = out.scams > 0 ? double(out.hits) / out.scams : 0;
    out.false_alarm_rate = out.legit > 0 ? double(out.false_alarms) / out.legit : 0;
    out.discernment = out.hit_rate - out.false_alarm_rate;
    const double h = (out.hits + 0.5) / (out.scams + 1), f = (out.false_alarms + 0.5) / (out.legit + 1);
    out.d_prime = normalQuantile(h) - normalQuantile(f);
    return out;
}

std::vector<Problem> validateQuiz(const Quiz& quiz) {
    std::vector<Problem> problems;
    auto error = [&](int line, const char* code, std::string message) {
        problems.push_back({quiz.file, line, code, Severity::Error, std::move(message)});
    };
    std::set<std::string> ids;
    for (const QuizItem& item : quiz.items) {
        if (!isValidId(item.id))
            error(item.line, codes::kBadId, "item id '" + item.id + "' must look like sms_bank_real: [a-z][a-z0-9_]*");
        else if (!ids.insert(item.id).second)
            error(item.line, codes::kDuplicateId, "item id '" + item.id + "' is used twice; ids must be unique");
        if (item.form != 'A' && item.form != 'B')
            error(item.line, codes::kInvalidValue, "form must be \"A\" or \"B\"");
        if (item.cue.empty())
            error(item.line, codes::kMissingField,
                  "item '" + item.id + "' needs cue = \"...\": the sign that gives it away or shows it is real");
        if (item.tip.empty())
            error(item.line, codes::kMissingField, "item '" + item.id + "' needs tip = \"...\" (one of: " + tipIdList() + ")");
        else if (!findTip(item.tip))
            error(item.line, codes::kUnknownTip, "unknown tip '" + item.tip + "'; valid: " + tipIdList());
        if (item.events.empty())
            error(item.line, codes::kMissingField, "item '" + item.id + "' shows nothing: add an sms, call, chat, web, ad, game, bank or notify");
        for (const Event& event : item.events) {
            const bool names_contact = event.kind == EventKind::Sms || event.kind == EventKind::Call ||
                                       event.kind == EventKind::Say || event.kind == EventKind::Chat;
            if (names_contact && !event.who.empty() && event.who != "me" && !quiz.findContact(event.who))
                error(event.line, codes::kUnknownContact, "no contact '" + event.who + "' in contacts = { ... }");
        }
    }
    for (char form : {'A', 'B'}) {
        const auto items = quiz.form(form);
        if (items.empty()) {
            error(quiz.line, codes::kMissingField, std::string("form ") + form + " has no items; both forms need items");
            continue;
        }
        std::size_t legit = 0;
        for (const QuizItem* item : items) legit += item->legit;
        const double share = double(legit) / double(items.size());
        if (share < 0.45 || share > 0.55)
            error(quiz.line, codes::kInvalidValue,
                  std::string("form ") + form + " has " + std::to_string(legit) + " legitimate item(s) of " +
                      std::to_string(items.size()) + "; keep it between 45% and 55% so that calling everything a scam does not pay");
    }
    return problems;
}

}  // namespace saqbol
