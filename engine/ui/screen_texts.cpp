// SPDX-License-Identifier: MIT
// The strings whose letters the font atlas needs: every translation of the scenario and
// of the UI catalog, the scenario's own source strings, contact names and numbers, the
// screens' fixed punctuation, and (for the pseudo-language) its accented alphabet.
#include "screens.h"

namespace saqbol::ui {

std::vector<std::string> screenTexts(const ScenarioText& words) {
    const Scenario& scenario = words.scenario();
    std::vector<std::string> texts = words.ui().translations();
    for (const std::string& text : words.catalog().translations()) texts.push_back(text);
    for (const SourceString& s : scenarioStrings(scenario)) texts.push_back(s.text);
    for (const Contact& contact : scenario.contacts) texts.push_back(contact.number);
    for (const Node& node : scenario.nodes)
        for (const Event& event : node.events) texts.push_back(event.url + event.link);
    // Punctuation the screens add themselves; digits and Latin come with the atlas anyway.
    texts.emplace_back("«»—–…₸·•“”’‘№%\u00A0");
    if (words.ui().lang() == "xx") texts.push_back(pseudoTranslate("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    return texts;
}

}  // namespace saqbol::ui
