// SPDX-License-Identifier: MIT
// Translations fall back to the source text, placeholders expand, the pseudo-language
// is longer, and UTF-8 is checked.
#include <doctest/doctest.h>

#include "catalog.h"
#include "problem.h"

using namespace saqbol;

TEST_CASE("a missing translation falls back to the source text, never a blank") {
    Catalog c;
    c.add("s:n", "Сәлем", "Привет");
    c.add("s:n", "Бос", "");  // an empty msgstr is not a translation
    CHECK(c.lookup("s:n", "Сәлем") == "Привет");
    CHECK(c.lookup("s:other", "Сәлем") == "Сәлем");  // msgctxt keeps places apart
    CHECK(c.lookup("s:n", "Бос") == "Бос");
    CHECK(c.lookup("s:n", "unknown") == "unknown");
}

TEST_CASE("{var} placeholders expand with numbers grouped per language") {
    const Variables vars = {{"balance", 480000.0}, {"name", std::string("Айгүл")}, {"ok", true}};
    CHECK(expandText("Қалдық: {balance} ₸", vars, "kk") == "Қалдық: 480\u00A0000 ₸");
    CHECK(expandText("Balance: {balance} ₸", vars, "en") == "Balance: 480,000 ₸");
    CHECK(expandText("{name}, {ok}, {missing}", vars, "en") == "Айгүл, true, {missing}");
    CHECK(groupNumber(-1500000, "en") == "-1,500,000");
    CHECK(groupNumber(999, "ru") == "999");
}

TEST_CASE("the pseudo-language accents Latin letters, keeps placeholders, and is longer") {
    const std::string p = pseudoTranslate("Balance {balance}");
    CHECK(p.find("{balance}") != std::string::npos);
    CHECK(p.find("Ɓáĺáñçé") != std::string::npos);
    CHECK(p.front() == '[');
    CHECK(p.size() > std::string("Balance {balance}").size() * 14 / 10);
}

TEST_CASE("UTF-8 validation accepts Kazakh and refuses broken bytes") {
    CHECK(isValidUtf8("ӘҒҚҢӨҰҮҺІ әғқңөұүһі ₸ — «»"));
    CHECK_FALSE(isValidUtf8("\xC3"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));        // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));    // surrogate
    CHECK_FALSE(isValidUtf8("ab\xFFz"));
}

TEST_CASE("cutText never splits a letter") {
    const std::string cut = cutText("ӘӘӘӘӘ", 5);  // each Ә is two bytes
    CHECK(cut.rfind("ӘӘ…", 0) == 0);
    CHECK(isValidUtf8(cut));
}
