// SPDX-License-Identifier: MIT
#include "catalog.h"

#include <cmath>
#include <set>

namespace saqbol {

bool isKnownLanguage(std::string_view lang) {
    return lang == "kk" || lang == "ru" || lang == "en" || lang == "xx";
}

void Catalog::add(std::string context, std::string source, std::string translation) {
    if (translation.empty()) return;
    entries_[{std::move(context), std::move(source)}] = std::move(translation);
}

std::string_view Catalog::lookup(std::string_view context, std::string_view source) const {
    auto it = entries_.find(std::pair<std::string, std::string>(context, source));
    return it == entries_.end() ? source : std::string_view(it->second);
}

bool Catalog::contains(std::string_view context, std::string_view source) const {
    return entries_.count(std::pair<std::string, std::string>(context, source)) != 0;
}

std::vector<std::string> Catalog::translations() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& entry : entries_) out.push_back(entry.second);
    return out;
}

std::string groupNumber(double value, std::string_view lang) {
    if (!std::isfinite(value) || std::floor(value) != value || std::fabs(value) >= 1e15)
        return valueToString(value);
    long long whole = static_cast<long long>(value);
    std::string digits = std::to_string(whole < 0 ? -whole : whole);
    // No-break space in kk/ru so a sum never wraps across lines.
    const std::string separator = lang == "en" ? "," : "\u00A0";
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return whole < 0 ? "-" + out : out;
}

std::string expandText(std::string_view text, const Variables& vars, std::string_view lang) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        std::string name(text.substr(open + 1, close - open - 1));
        auto it = vars.find(name);
        if (it == vars.end()) {
            out.append(text.substr(open, close - open + 1));
        } else if (const double* number = std::get_if<double>(&it->second)) {
            out += groupNumber(*number, lang);
        } else {
            out += valueToString(it->second);
        }
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

std::string textContext(const Scenario& scenario, std::string_view node_id) {
    return scenario.id + ":" + std::string(node_id);
}

std::vector<SourceString> scenarioStrings(const Scenario& scenario) {
    std::vector<SourceString> out;
    std::set<std::pair<std::string, std::string>> seen;
    auto add = [&](const std::string& context, const std::string& text, int line) {
        if (!text.empty() && seen.emplace(context, text).second) out.push_back({context, text, line});
    };
    const std::string meta = textContext(scenario, "@meta");
    add(meta, scenario.title, scenario.line);
    add(meta, scenario.summary, scenario.line);
    add(meta, scenario.content_note, scenario.line);
    for (const Contact& contact : scenario.contacts) add(meta, contact.name, contact.line);
    for (const Node& node : scenario.nodes) {
        const std::string context = textContext(scenario, node.id);
        add(context, node.title, node.line);
        add(context, node.debrief, node.line);
        for (const Event& event : node.events) {
            add(context, event.title, event.line);
            add(context, event.text, event.line);
            add(context, event.photo, event.line);
            for (const std::string& field : event.fields) add(context, field, event.line);
        }
        for (const Choice& choice : node.choices) {
            add(context, choice.text, choice.line);
            add(context, choice.why, choice.line);
        }
    }
    return out;
}

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        char32_t code = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { extra = 1; code = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; code = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; code = c & 0x07; }
        else return false;
        if (i + extra >= text.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3F);
        }
        static constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
        if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

std::string pseudoTranslate(std::string_view text) {
    static const char* const kAccented[26] = {
        "á", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "í", "ĵ", "ķ", "ĺ", "ṁ",
        "ñ", "ö", "þ", "ǫ", "ŕ", "š", "ţ", "ü", "ṽ", "ŵ", "ẋ", "ý", "ž"};
    static const char* const kAccentedUpper[26] = {
        "Á", "Ɓ", "Ç", "Ð", "É", "Ƒ", "Ĝ", "Ĥ", "Í", "Ĵ", "Ķ", "Ĺ", "Ṁ",
        "Ñ", "Ö", "Þ", "Ǫ", "Ŕ", "Š", "Ţ", "Ü", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};
    // Cyrillic (a Kazakh or Russian source with no English yet) gets accents too, from
    // letters every Cyrillic font has, so untranslated text is as visible as the rest.
    static const char* const kCyrillic[][2] = {
        {"а", "ӓ"}, {"е", "ё"}, {"и", "ӣ"}, {"о", "ӧ"}, {"у", "ӱ"}, {"ы", "ӹ"}, {"э", "ӭ"},
        {"ж", "ӝ"}, {"з", "ӟ"}, {"ч", "ӵ"}, {"і", "ї"}, {"ә", "ӛ"}, {"ө", "ӫ"},
        {"А", "Ӓ"}, {"Е", "Ё"}, {"И", "Ӣ"}, {"О", "Ӧ"}, {"У", "Ӱ"}, {"Ы", "Ӹ"}, {"Э", "Ӭ"},
        {"Ж", "Ӝ"}, {"З", "Ӟ"}, {"Ч", "Ӵ"}, {"І", "Ї"}, {"Ә", "Ӛ"}, {"Ө", "Ӫ"}};
    std::string out = "[";
    std::size_t letters = 0;
    bool in_placeholder = false;
    bool after_percent = false;  // keep printf-style %s intact
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!in_placeholder && (static_cast<unsigned char>(c) & 0xE0) == 0xC0 && i + 1 < text.size()) {
            const std::string_view pair = text.substr(i, 2);
            const char* accented = nullptr;
            for (const auto& [plain, marked] : kCyrillic)
                if (pair == plain) accented = marked;
            if (accented != nullptr) {
                out += accented;
                ++letters;
                ++i;
                after_percent = false;
                continue;
            }
        }
        if (c == '{') in_placeholder = true;
        if (after_percent) {
            out += c;
            after_percent = false;
            continue;
        }
        after_percent = c == '%';
        if (!in_placeholder && c >= 'a' && c <= 'z') {
            out += kAccented[c - 'a'];
            ++letters;
        } else if (!in_placeholder && c >= 'A' && c <= 'Z') {
            out += kAccentedUpper[c - 'A'];
            ++letters;
        } else {
            out += c;
            if (static_cast<unsigned char>(c) < 0x80 || (static_cast<unsigned char>(c) & 0xC0) == 0xC0)
                ++letters;
        }
        if (c == '}') in_placeholder = false;
    }
    // Pad to about 140% of the original length, so overflowing layouts show.
    for (std::size_t pad = 0; pad < (letters * 2 + 4) / 5; ++pad) out += pad % 2 ? "~" : "·";
    return out + "]";
}

}  // namespace saqbol
