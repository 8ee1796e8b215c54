// SPDX-License-Identifier: MIT
#include "translation_coverage.h"

#include <set>
#include <utility>

namespace saqbol {
namespace {

TemplateString describe(const PoMessage& m) {
    TemplateString s{m.msgctxt.value_or(""), m.msgid, "", 0};
    if (!m.references.empty()) {
        s.file = m.references.front().first;
        s.line = m.references.front().second;
    }
    return s;
}

}  // namespace

TranslationCoverage& TranslationCoverage::operator+=(const TranslationCoverage& other) {
    total += other.total;
    translated += other.translated;
    fuzzy += other.fuzzy;
    missing += other.missing;
    unused += other.unused;
    if (!first_missing) first_missing = other.first_missing;
    if (!first_fuzzy) first_fuzzy = other.first_fuzzy;
    return *this;
}

TranslationCoverage translationCoverage(const PoCatalog& pot, const PoCatalog* po) {
    TranslationCoverage c;
    std::set<std::pair<std::optional<std::string>, std::string>> wanted;
    for (const PoMessage& t : pot.messages) {
        if (t.obsolete || t.msgid.empty() || !wanted.emplace(t.msgctxt, t.msgid).second) continue;
        ++c.total;
        const PoMessage* m = po != nullptr ? po->find(t.msgctxt, t.msgid) : nullptr;
        if (m != nullptr && m->translated()) {
            ++c.translated;
        } else if (m != nullptr && m->fuzzy && m->hasText()) {
            ++c.fuzzy;
            if (!c.first_fuzzy) c.first_fuzzy = describe(t);
        } else {
            ++c.missing;
            if (!c.first_missing) c.first_missing = describe(t);
        }
    }
    if (po != nullptr)
        for (const PoMessage& m : po->messages)
            if (!m.obsolete && !m.msgid.empty() && wanted.count({m.msgctxt, m.msgid}) == 0) ++c.unused;
    return c;
}

}  // namespace saqbol
