// SPDX-License-Identifier: MIT
// The words of one scenario in the player's language: its strings looked up in the
// scenario's catalog (context = scenario:node) with {var} placeholders expanded, contact
// names, and the UI's labels for actions, verdicts and outcomes. The terminal and the game
// window both speak through this, so they say the same thing. Pure: catalogs come loaded.
#pragma once

#include <string>
#include <string_view>

#include "catalog.h"
#include "scenario.h"
#include "ui_text.h"

namespace saqbol {

class ScenarioText {
public:
    // All three must outlive this object.
    ScenarioText(const Scenario& scenario, const Catalog& catalog, const UiText& ui)
        : scenario_(scenario), catalog_(catalog), ui_(ui) {}

    const Scenario& scenario() const { return scenario_; }
    const UiText& ui() const { return ui_; }
    const Catalog& catalog() const { return catalog_; }

    // A string of node `node_id`, translated, with {var} expanded from `vars`.
    std::string text(const std::string& node_id, const std::string& source, const Variables& vars) const;
    // A string outside nodes (title, summary, contact names), translated.
    std::string meta(const std::string& source) const;
    // The contact's name ("You" for "me"; the id itself if unknown).
    std::string contactName(const std::string& id) const;
    // The contact's number, or "" when it has none or it is the name itself (1414).
    std::string contactNumber(const std::string& id) const;
    // "Name (number)" as the terminal prints a contact.
    std::string contactLabel(const std::string& id) const;
    // The label of a phone action ("hang up", "dial 7111"); the action itself if unknown.
    std::string actionLabel(const std::string& action) const;
    // "safe", "risky", "harmful", "neutral" in the player's language.
    std::string verdictLabel(Verdict verdict) const;
    // One line saying what an ending's outcome means.
    std::string outcomeLabel(Outcome outcome) const;

private:
    const Scenario& scenario_;
    const Catalog& catalog_;
    const UiText& ui_;
};

}  // namespace saqbol
