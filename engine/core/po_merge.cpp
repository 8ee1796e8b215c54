// SPDX-License-Identifier: MIT
#include "po_merge.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <vector>

namespace saqbol {
namespace {

// Code points of `text`; a byte that is not valid UTF-8 counts as one unit of its own.
std::vector<char32_t> codePoints(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
        char32_t code = extra == 0 ? c : extra == 1 ? (c & 0x1Fu) : extra == 2 ? (c & 0x0Fu) : (c & 0x07u);
        bool ok = extra != 9 && i + extra < text.size();
        for (std::size_t k = 1; ok && k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            ok = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3Fu);
        }
        if (!ok) {
            out.push_back(0x110000u + c);  // outside Unicode: never equal to a real letter
            ++i;
            continue;
        }
        out.push_back(code);
        i += extra + 1;
    }
    return out;
}

// The length of the longest common subsequence, bit-parallel (Allison–Dix, Hyyrö):
// O(|a|·|b|/64), so comparing every changed string with every old one stays fast.
std::size_t lcsLength(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
    if (a.empty() || b.empty()) return 0;
    const std::size_t words = (a.size() + 63) / 64;
    std::unordered_map<char32_t, std::vector<std::uint64_t>> match;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto& mask = match[a[i]];
        if (mask.empty()) mask.assign(words, 0);
        mask[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    std::vector<std::uint64_t> v(words, ~std::uint64_t{0});
    for (char32_t c : b) {
        auto it = match.find(c);
        if (it == match.end()) continue;
        const std::vector<std::uint64_t>& pm = it->second;
        std::uint64_t carry = 0;
        for (std::size_t w = 0; w < words; ++w) {
            const std::uint64_t u = v[w] & pm[w];
            const std::uint64_t sum1 = v[w] + u;
            const std::uint64_t sum2 = sum1 + carry;
            carry = (sum1 < v[w] || sum2 < sum1) ? 1 : 0;
            v[w] = sum2 | (v[w] & ~u);  // (V + U) | (V − U), and V − U clears U's bits
        }
    }
    std::size_t zeros = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((v[i / 64] >> (i % 64) & 1u) == 0) ++zeros;
    return zeros;
}

// The old entry that lends its translation to a changed string.
struct Candidate {
    const PoMessage* message;
    std::size_t index;
    std::vector<char32_t> text;
};

// The best candidate more than kFuzzyThreshold alike, among those `in_scope` accepts.
template <class Scope>
const Candidate* bestMatch(const std::vector<Candidate>& candidates, const std::vector<char32_t>& wanted, Scope in_scope) {
    const Candidate* best = nullptr;
    double best_score = kFuzzyThreshold;
    for (const Candidate& c : candidates) {
        if (!in_scope(*c.message)) continue;
        const double total = static_cast<double>(c.text.size() + wanted.size());
        if (total == 0) continue;
        // Cheap bound first: the shorter text cannot match more letters than it has.
        const double bound = 2.0 * static_cast<double>(std::min(c.text.size(), wanted.size())) / total;
        if (bound <= best_score) continue;
        const double score = 2.0 * static_cast<double>(lcsLength(c.text, wanted)) / total;
        if (score > best_score) {  // strictly more alike; the first in file order wins ties
            best = &c;
            best_score = score;
        }
    }
    return best;
}

// The template's parts of an entry (msgid, references, notes, flags) with no translation.
PoMessage fromTemplate(const PoMessage& t) {
    PoMessage m;
    m.msgctxt = t.msgctxt;
    m.msgid = t.msgid;
    m.msgid_plural = t.msgid_plural;
    m.extracted_comments = t.extracted_comments;
    m.references = t.references;
    m.formats = t.formats;
    return m;
}

// Copies `from`'s translation into `to`, adapting to a plural entry or away from one.
void takeTranslation(PoMessage& to, const PoMessage& from, std::size_t nplurals) {
    to.comments = from.comments;
    if (to.msgid_plural) {
        to.msgstr_plural = from.msgstr_plural;
        if (to.msgstr_plural.empty()) to.msgstr_plural.push_back(from.msgstr);
        if (to.msgstr_plural.size() < nplurals) to.msgstr_plural.resize(nplurals);
    } else {
        to.msgstr = !from.msgstr_plural.empty() && from.msgstr.empty() ? from.msgstr_plural.front() : from.msgstr;
    }
}

std::size_t pluralCount(const std::string& header) {
    const auto forms = headerField(header, "Plural-Forms");
    if (!forms) return 2;
    const auto at = forms->find("nplurals=");
    if (at == std::string::npos) return 2;
    const int n = std::atoi(forms->c_str() + at + 9);
    return n >= 1 && n <= 10 ? static_cast<std::size_t>(n) : 2;
}

// The header with the template's POT-Creation-Date: replaced in place, or (as msgmerge
// does) inserted after Project-Id-Version and Report-Msgid-Bugs-To.
std::string withCreationDate(const std::string& header, const std::string& date) {
    if (headerField(header, "POT-Creation-Date")) return setHeaderField(header, "POT-Creation-Date", date);
    std::size_t at = 0;
    for (const char* field : {"Project-Id-Version:", "Report-Msgid-Bugs-To:"}) {
        const std::size_t found = header.find(field);
        if (found != std::string::npos && (found == 0 || header[found - 1] == '\n')) {
            const std::size_t end = header.find('\n', found);
            at = std::max(at, end == std::string::npos ? header.size() : end + 1);
        }
    }
    std::string out = header;
    if (at > out.size()) at = out.size();
    if (at > 0 && out[at - 1] != '\n') out.insert(at++, "\n");
    out.insert(at, "POT-Creation-Date: " + date + "\n");
    return out;
}

}  // namespace

double textSimilarity(std::string_view a, std::string_view b) {
    const auto x = codePoints(a), y = codePoints(b);
    if (x.empty() && y.empty()) return 1.0;
    return 2.0 * static_cast<double>(lcsLength(x, y)) / static_cast<double>(x.size() + y.size());
}

MergeResult mergeCatalog(const PoCatalog& po, const PoCatalog& pot) {
    MergeResult result;
    PoCatalog& out = result.catalog;
    MergeStats& stats = result.stats;
    out.header_comments = po.header_comments;
    out.header_fuzzy = po.header_fuzzy;
    out.header = po.header;
    if (auto created = headerField(pot.header, "POT-Creation-Date"))
        out.header = withCreationDate(out.header, *created);
    const std::size_t nplurals = pluralCount(po.header);

    // Exact matches by (msgctxt, msgid); a live entry wins over an obsolete twin.
    std::map<std::pair<std::optional<std::string>, std::string>, std::size_t> exact;
    for (std::size_t i = 0; i < po.messages.size(); ++i) {
        const PoMessage& m = po.messages[i];
        auto [it, fresh] = exact.emplace(std::make_pair(m.msgctxt, m.msgid), i);
        if (!fresh && po.messages[it->second].obsolete && !m.obsolete) it->second = i;
    }
    // Any old entry with a translation may lend it to a changed string, as in msgmerge —
    // obsolete and fuzzy ones too, and ones that also match exactly elsewhere.
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < po.messages.size(); ++i) {
        const PoMessage& m = po.messages[i];
        if (m.hasText()) candidates.push_back({&m, i, codePoints(m.msgid)});
    }
    std::vector<bool> used(po.messages.size(), false);

    for (const PoMessage& t : pot.messages) {
        if (t.obsolete || t.msgid.empty()) continue;
        PoMessage m = fromTemplate(t);
        if (auto it = exact.find({t.msgctxt, t.msgid}); it != exact.end()) {
            const PoMessage& old = po.messages[it->second];
            used[it->second] = true;
            takeTranslation(m, old, nplurals);
            m.fuzzy = old.fuzzy;
            if (old.fuzzy) {
                m.prev_msgctxt = old.prev_msgctxt;
                m.prev_msgid = old.prev_msgid;
                m.prev_msgid_plural = old.prev_msgid_plural;
            }
            if (old.msgid_plural != t.msgid_plural && old.holdsWork()) {
                // Singular became plural (or back): the translation needs a look.
                m.fuzzy = true;
                m.prev_msgctxt = old.msgctxt;
                m.prev_msgid = old.msgid;
                m.prev_msgid_plural = old.msgid_plural;
            }
            ++stats.kept;
            if (old.obsolete) ++stats.revived;
        } else {
            const std::vector<char32_t> wanted = codePoints(t.msgid);
            const Candidate* match =
                bestMatch(candidates, wanted, [&](const PoMessage& c) { return c.msgctxt == t.msgctxt; });
            if (match == nullptr) match = bestMatch(candidates, wanted, [](const PoMessage&) { return true; });
            if (match != nullptr) {
                const PoMessage& old = *match->message;
                used[match->index] = true;
                takeTranslation(m, old, nplurals);
                m.fuzzy = true;
                // An old fuzzy entry already says what its translation was made for.
                const bool keep_prev = old.fuzzy && old.prev_msgid.has_value();
                m.prev_msgctxt = keep_prev ? old.prev_msgctxt : old.msgctxt;
                m.prev_msgid = keep_prev ? old.prev_msgid : std::optional<std::string>(old.msgid);
                m.prev_msgid_plural = keep_prev ? old.prev_msgid_plural : old.msgid_plural;
                ++stats.fuzzy;
            } else {
                if (m.msgid_plural) m.msgstr_plural.assign(nplurals, "");
                ++stats.added;
            }
        }
        out.messages.push_back(std::move(m));
    }

    for (std::size_t i = 0; i < po.messages.size(); ++i) {
        if (used[i]) continue;
        const PoMessage& old = po.messages[i];
        if (old.msgid.empty()) continue;
        if (old.obsolete) {
            out.messages.push_back(old);
        } else if (old.holdsWork()) {
            PoMessage m = old;
            m.obsolete = true;
            m.references.clear();
            m.extracted_comments.clear();
            out.messages.push_back(std::move(m));
            ++stats.obsoleted;
        } else {
            ++stats.dropped;
        }
    }
    return result;
}

}  // namespace saqbol
