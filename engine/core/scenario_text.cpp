// SPDX-License-Identifier: MIT
#include "scenario_text.h"

#include <utility>

namespace saqbol {

std::string ScenarioText::text(const std::string& node_id, const std::string& source, const Variables& vars) const {
    return expandText(catalog_.lookup(textContext(scenario_, node_id), source), vars, ui_.numberLang());
}

std::string ScenarioText::meta(const std::string& source) const {
    return std::string(catalog_.lookup(textContext(scenario_, "@meta"), source));
}

std::string ScenarioText::contactName(const std::string& id) const {
    if (id == "me") return ui_.tr("You");
    const Contact* contact = scenario_.findContact(id);
    return contact == nullptr ? id : meta(contact->name);
}

std::string ScenarioText::contactNumber(const std::string& id) const {
    const Contact* contact = scenario_.findContact(id);
    if (contact == nullptr || contact->number == contact->name) return {};
    return contact->number;
}

std::string ScenarioText::contactLabel(const std::string& id) const {
    std::string label = contactName(id);
    if (const std::string number = contactNumber(id); !number.empty()) label += " (" + number + ")";
    return label;
}

std::string ScenarioText::actionLabel(const std::string& action) const {
    if (action.rfind("dial:", 0) == 0) return ui_.tr("dial %s", action.substr(5));
    static const std::pair<const char*, const char*> kLabels[] = {
        {"answer", N_("answer")}, {"decline", N_("decline")}, {"hang_up", N_("hang up")},
        {"tap_link", N_("tap the link")}, {"pay", N_("pay")}, {"type_code", N_("type the code")},
        {"block", N_("block")}, {"report", N_("report")}, {"install", N_("install")}};
    for (const auto& [id, label] : kLabels)
        if (action == id) return ui_.tr(label);
    return action;
}

std::string ScenarioText::verdictLabel(Verdict verdict) const {
    switch (verdict) {
        case Verdict::Safe: return ui_.tr("safe");
        case Verdict::Risky: return ui_.tr("risky");
        case Verdict::Harmful: return ui_.tr("harmful");
        case Verdict::Neutral: return ui_.tr("neutral");
    }
    return {};
}

std::string ScenarioText::outcomeLabel(Outcome outcome) const {
    switch (outcome) {
        case Outcome::Safe: return ui_.tr("Safe: nothing was lost");
        case Outcome::Recovered: return ui_.tr("Recovered: the damage was limited");
        case Outcome::Loss: return ui_.tr("Loss: money or data was lost");
        case Outcome::Legal: return ui_.tr("Trouble with the law");
    }
    return {};
}

}  // namespace saqbol
