// SPDX-License-Identifier: MIT
#include "po_catalog.h"

namespace saqbol {

bool PoMessage::translated() const {
    if (fuzzy || obsolete) return false;
    if (msgid_plural) {
        if (msgstr_plural.empty()) return false;
        for (const std::string& form : msgstr_plural)
            if (form.empty()) return false;
        return true;
    }
    return !msgstr.empty();
}

bool PoMessage::hasText() const {
    if (!msgstr.empty()) return true;
    for (const std::string& form : msgstr_plural)
        if (!form.empty()) return true;
    return false;
}

const PoMessage* PoCatalog::find(const std::optional<std::string>& msgctxt, std::string_view msgid,
                                 bool obsolete_too) const {
    for (const PoMessage& m : messages)
        if (m.msgid == msgid && m.msgctxt == msgctxt && (obsolete_too || !m.obsolete)) return &m;
    return nullptr;
}

std::optional<std::string> headerField(std::string_view header, std::string_view field) {
    std::size_t at = 0;
    while (at < header.size()) {
        std::size_t end = header.find('\n', at);
        if (end == std::string_view::npos) end = header.size();
        const std::string_view line = header.substr(at, end - at);
        if (line.size() > field.size() && line.substr(0, field.size()) == field && line[field.size()] == ':') {
            std::string_view value = line.substr(field.size() + 1);
            while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
            return std::string(value);
        }
        at = end + 1;
    }
    return std::nullopt;
}

std::string setHeaderField(std::string_view header, std::string_view field, std::string_view value) {
    std::string out;
    bool done = false;
    std::size_t at = 0;
    while (at < header.size()) {
        std::size_t end = header.find('\n', at);
        if (end == std::string_view::npos) end = header.size();
        const std::string_view line = header.substr(at, end - at);
        if (!done && line.size() > field.size() && line.substr(0, field.size()) == field &&
            line[field.size()] == ':') {
            out.append(field).append(": ").append(value).append("\n");
            done = true;
        } else if (!line.empty()) {
            out.append(line).append("\n");
        }
        at = end + 1;
    }
    if (!done) out.append(field).append(": ").append(value).append("\n");
    return out;
}

const char* languageEnglishName(std::string_view lang) {
    if (lang == "kk") return "Kazakh";
    if (lang == "ru") return "Russian";
    if (lang == "en") return "English";
    return "Unknown";
}

const char* pluralForms(std::string_view lang) {
    // The rules gettext's own table (msginit) gives these languages.
    if (lang == "ru")
        return "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    return "nplurals=2; plural=(n != 1);";
}

PoCatalog newTranslation(const PoCatalog& pot, std::string_view lang, std::string_view what, std::string_view now) {
    PoCatalog po;
    po.header_comments = std::string(languageEnglishName(lang)) + " translation of " + std::string(what) + ".\n";
    std::string h;
    h += "Project-Id-Version: " + headerField(pot.header, "Project-Id-Version").value_or("saqbol") + "\n";
    if (auto bugs = headerField(pot.header, "Report-Msgid-Bugs-To")) h += "Report-Msgid-Bugs-To: " + *bugs + "\n";
    if (auto created = headerField(pot.header, "POT-Creation-Date")) h += "POT-Creation-Date: " + *created + "\n";
    h += "PO-Revision-Date: " + std::string(now) + "\n";
    h += "Last-Translator: SaqBol translators\n";
    h += "Language-Team: " + std::string(languageEnglishName(lang)) + "\n";
    h += "Language: " + std::string(lang) + "\n";
    h += "MIME-Version: 1.0\n";
    h += "Content-Type: text/plain; charset=UTF-8\n";
    h += "Content-Transfer-Encoding: 8bit\n";
    h += "Plural-Forms: " + std::string(pluralForms(lang)) + "\n";
    po.header = std::move(h);
    return po;
}

PoCatalog stringsTemplate(const std::string& id, const std::string& lang, const std::vector<SourceString>& strings,
                          const std::string& what, const std::string& reference, std::string_view now) {
    PoCatalog pot;
    pot.header_comments = "Template of " + what + " (source language: " + lang + ").\nmsgid is the source text from " +
                          reference + ";\nmsgctxt is \"" + id + ":<part>\" (a node, a quiz item, a lesson step) or \"" + id +
                          ":@meta\".\nDo not translate this file: `saqbol i18n update` merges it into\nlocales/<lang>/" +
                          id + ".po (see docs/translations.md).\n";
    pot.header_fuzzy = true;
    pot.header = "Project-Id-Version: SaqBol " + id + "\nPOT-Creation-Date: " + std::string(now) +
                 "\nLanguage: \nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                 "Content-Transfer-Encoding: 8bit\nX-Source-Language: " + lang + "\n";
    for (const SourceString& s : strings) {
        PoMessage m;
        m.msgctxt = s.context;
        m.msgid = s.text;
        if (s.line > 0) m.references.emplace_back(reference, s.line);
        pot.messages.push_back(std::move(m));
    }
    return pot;
}

PoCatalog scenarioTemplate(const Scenario& scenario, const std::string& reference, std::string_view now) {
    return stringsTemplate(scenario.id, scenario.lang, scenarioStrings(scenario),
                           "the SaqBol scenario \"" + scenario.id + "\"", reference, now);
}

}  // namespace saqbol
