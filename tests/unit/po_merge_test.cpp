// SPDX-License-Identifier: MIT
// Merging templates into PO files (core/po_merge.h) as msgmerge does — kept, changed →
// fuzzy with the old translation and "#| msgid", gone → obsolete, new → empty — and the
// same kept/fuzzy/obsolete sets as gettext's own `msgmerge --previous` on a fixture; new
// files' headers; coverage counts; the PO writer (libgettextpo): a lossless round trip,
// output that `msgfmt --check` accepts, no rewrite when nothing changed, no half files.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "po_catalog.h"
#include "po_merge.h"
#include "po_reader.h"
#include "po_writer.h"
#include "translation_coverage.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

fs::path tempDir() {
    const fs::path dir = fs::temp_directory_path() / ("saqbol-po-merge-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir;
}

fs::path writeText(const std::string& name, const std::string& text) {
    const fs::path path = tempDir() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

PoCatalog readOrFail(const fs::path& path) {
    std::vector<Problem> problems;
    auto catalog = readPoCatalog(path, [&](const Problem& p) { problems.push_back(p); });
    for (const Problem& p : problems) INFO(formatProblem(p));
    REQUIRE(catalog.has_value());
    return *catalog;
}

PoMessage entry(std::string context, std::string id, std::string translation = "") {
    PoMessage m;
    m.msgctxt = std::move(context);
    m.msgid = std::move(id);
    m.msgstr = std::move(translation);
    return m;
}

const PoMessage* live(const PoCatalog& c, const std::string& context, const std::string& id) {
    return c.find(context, id);
}

const PoMessage* obsolete(const PoCatalog& c, const std::string& context, const std::string& id) {
    for (const PoMessage& m : c.messages)
        if (m.obsolete && m.msgctxt == context && m.msgid == id) return &m;
    return nullptr;
}

const char* kRuHeader = "Language: ru\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                        "Content-Transfer-Encoding: 8bit\n";

// The textbook LCS, to check the bit-parallel one against.
std::size_t slowLcs(const std::u32string& a, const std::u32string& b) {
    std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

std::string utf8(const std::u32string& text) {
    std::string out;
    for (char32_t c : text) {
        if (c < 0x80) out += static_cast<char>(c);
        else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("similarity counts letters, not bytes, and matches the textbook measure on long texts") {
    CHECK(textSimilarity("abc", "abc") == 1.0);
    CHECK(textSimilarity("abc", "xyz") == 0.0);
    CHECK(textSimilarity("abc", "abd") == doctest::Approx(4.0 / 6.0));
    // Kazakh letters are two bytes each in UTF-8, one letter each here.
    CHECK(textSimilarity("Сәлем", "Сәлем!") == doctest::Approx(10.0 / 11.0));
    // Past 64 letters the bit-parallel LCS spans several words: compare with plain DP.
    std::mt19937 random(7);
    const std::u32string alphabet = U"абвгдәқң .";
    for (int round = 0; round < 30; ++round) {
        std::u32string a, b;
        for (std::size_t i = 0, n = 40 + random() % 200; i < n; ++i) a += alphabet[random() % alphabet.size()];
        for (std::size_t i = 0, n = 40 + random() % 200; i < n; ++i) b += alphabet[random() % alphabet.size()];
        const double expected = 2.0 * static_cast<double>(slowLcs(a, b)) / static_cast<double>(a.size() + b.size());
        CHECK(textSimilarity(utf8(a), utf8(b)) == doctest::Approx(expected));
    }
}

TEST_CASE("merge: kept, changed becomes fuzzy with the old translation, removed becomes obsolete, new is empty") {
    PoCatalog po;
    po.header = kRuHeader;
    po.messages.push_back(entry("s:a", "Сәлем", "Привет"));
    po.messages.back().comments = "checked by Aigerim\n";
    po.messages.push_back(entry("s:a", "Кодты ешкімге айтпаңыз", "Никому не говорите код"));
    po.messages.push_back(entry("s:b", "Бұл жол өшірілді", "Эта строка удалена"));
    po.messages.push_back(entry("s:b", "Аударылмаған жол", ""));
    PoMessage gone = entry("s:c", "Ескі", "Старое");
    gone.obsolete = true;
    po.messages.push_back(gone);

    PoCatalog pot;
    pot.header = "POT-Creation-Date: 2026-11-28 10:00+0500\nContent-Type: text/plain; charset=UTF-8\n";
    pot.messages.push_back(entry("s:a", "Сәлем"));
    pot.messages.back().references = {{"scenarios/s.lua", 12}};
    pot.messages.push_back(entry("s:a", "Кодты ешкімге ешқашан айтпаңыз"));
    pot.messages.push_back(entry("s:d", "Мүлде жаңа сөйлем"));
    pot.messages.push_back(entry("s:c", "Ескі"));

    const MergeResult r = mergeCatalog(po, pot);
    const PoCatalog& out = r.catalog;

    const PoMessage* kept = live(out, "s:a", "Сәлем");
    REQUIRE(kept != nullptr);
    CHECK(kept->msgstr == "Привет");
    CHECK_FALSE(kept->fuzzy);
    CHECK(kept->comments == "checked by Aigerim\n");                   // the translator's note stays
    CHECK(kept->references == pot.messages[0].references);            // references come from the template

    const PoMessage* changed = live(out, "s:a", "Кодты ешкімге ешқашан айтпаңыз");
    REQUIRE(changed != nullptr);
    CHECK(changed->fuzzy);
    CHECK(changed->msgstr == "Никому не говорите код");
    CHECK(changed->prev_msgid == "Кодты ешкімге айтпаңыз");
    CHECK(changed->prev_msgctxt == "s:a");

    const PoMessage* added = live(out, "s:d", "Мүлде жаңа сөйлем");
    REQUIRE(added != nullptr);
    CHECK(added->msgstr.empty());
    CHECK_FALSE(added->fuzzy);

    const PoMessage* revived = live(out, "s:c", "Ескі");
    REQUIRE(revived != nullptr);
    CHECK(revived->msgstr == "Старое");

    const PoMessage* removed = obsolete(out, "s:b", "Бұл жол өшірілді");
    REQUIRE(removed != nullptr);
    CHECK(removed->msgstr == "Эта строка удалена");
    CHECK(obsolete(out, "s:b", "Аударылмаған жол") == nullptr);  // nothing to keep, as msgmerge
    CHECK(live(out, "s:a", "Кодты ешкімге айтпаңыз") == nullptr);  // its translation lives on in the fuzzy entry

    CHECK(r.stats.kept == 2);
    CHECK(r.stats.revived == 1);
    CHECK(r.stats.fuzzy == 1);
    CHECK(r.stats.added == 1);
    CHECK(r.stats.obsoleted == 1);
    CHECK(r.stats.dropped == 1);
    // Template order first, then the obsolete entries.
    REQUIRE(out.messages.size() == 5);
    CHECK(out.messages[0].msgid == "Сәлем");
    CHECK(out.messages[3].msgid == "Ескі");
    CHECK(out.messages[4].obsolete);
    CHECK(headerField(out.header, "POT-Creation-Date") == "2026-11-28 10:00+0500");
    CHECK(headerField(out.header, "Language") == "ru");
}

TEST_CASE("merge: a changed string takes its own node's old translation before a closer one elsewhere") {
    // msgmerge would take s:b's (it is more alike); one context is one node, and the
    // string edited in place is s:a's own — see po_merge.h.
    PoCatalog po;
    po.header = kRuHeader;
    po.messages.push_back(entry("s:a", "Call the bank on the number on your card", "(a)"));
    po.messages.push_back(entry("s:b", "Call the bank on the number printed on your card", "(b)"));
    PoCatalog pot;
    pot.messages.push_back(entry("s:a", "Call the bank on the number printed on the card"));
    pot.messages.push_back(entry("s:x", "Call the bank on the number printed on the card!"));
    const MergeResult r = mergeCatalog(po, pot);
    const PoMessage* same_node = live(r.catalog, "s:a", "Call the bank on the number printed on the card");
    REQUIRE(same_node != nullptr);
    CHECK(same_node->msgstr == "(a)");
    // With nothing alike in its own node, the whole file is searched.
    const PoMessage* moved = live(r.catalog, "s:x", "Call the bank on the number printed on the card!");
    REQUIRE(moved != nullptr);
    CHECK(moved->fuzzy);
    CHECK(moved->msgstr == "(b)");
    CHECK(moved->prev_msgctxt == "s:b");
}

TEST_CASE("merge: a fuzzy entry stays fuzzy with its previous msgid; an unrelated text gets no translation") {
    PoCatalog po;
    po.header = kRuHeader;
    PoMessage fuzzy = entry("s:a", "Код келді", "Код пришёл");
    fuzzy.fuzzy = true;
    fuzzy.prev_msgid = "Код";
    po.messages.push_back(fuzzy);
    PoCatalog pot;
    pot.messages.push_back(entry("s:a", "Код келді"));
    pot.messages.push_back(entry("s:a", "Мүлдем басқа ұзын сөйлем, ұқсастығы жоқ"));
    const MergeResult r = mergeCatalog(po, pot);
    const PoMessage* still = live(r.catalog, "s:a", "Код келді");
    REQUIRE(still != nullptr);
    CHECK(still->fuzzy);
    CHECK(still->prev_msgid == "Код");
    const PoMessage* unrelated = live(r.catalog, "s:a", "Мүлдем басқа ұзын сөйлем, ұқсастығы жоқ");
    REQUIRE(unrelated != nullptr);
    CHECK(unrelated->msgstr.empty());
    CHECK_FALSE(unrelated->fuzzy);
}

TEST_CASE("merge gives the same kept, fuzzy and obsolete entries as gettext's msgmerge --previous") {
    REQUIRE(run("command -v msgmerge >/dev/null") == 0);
    const fs::path old_po = writeText("compare-old.po", R"(# Russian
msgid ""
msgstr ""
"Language: ru\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

msgctxt "s:call"
msgid "Сәлеметсіз бе, банктен хабарласып тұрмын."
msgstr "Здравствуйте, звоню из банка."

# keep this wording
msgctxt "s:call"
msgid "Кодты айтыңызшы, операцияны тоқтатамыз."
msgstr "Назовите код, мы остановим операцию."

msgctxt "s:call"
msgid "Тұтқаны қоямын"
msgstr "Положу трубку"

msgctxt "s:sms"
msgid "Кіру коды: 4821. Кодты ешкімге айтпаңыз."
msgstr "Код входа: 4821. Никому не сообщайте код."

msgctxt "s:sms"
msgid "Бұл хабарлама енді жоқ"
msgstr "Этого сообщения больше нет"

msgctxt "s:sms"
msgid "Аударылмаған, енді жоқ"
msgstr ""

#, fuzzy
#| msgctxt "s:end"
#| msgid "Ақша кетті"
msgctxt "s:end"
msgid "Ақша кетті."
msgstr "Деньги ушли"

#, c-format
msgid "SMS from %s"
msgstr "SMS от %s"

#~ msgctxt "s:end"
#~ msgid "Қалдық: {balance} ₸"
#~ msgstr "Остаток: {balance} ₸"

#~ msgctxt "s:old"
#~ msgid "Ерте заманда өшірілген жол"
#~ msgstr "Давно удалённая строка"
)");
    const fs::path pot_file = writeText("compare.pot", R"(msgid ""
msgstr ""
"POT-Creation-Date: 2026-11-28 10:00+0500\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"

#: scenarios/s.lua:10
msgctxt "s:call"
msgid "Сәлеметсіз бе, банктен хабарласып тұрмын."
msgstr ""

#: scenarios/s.lua:11
msgctxt "s:call"
msgid "Кодты тез айтыңызшы, операцияны тоқтатамыз."
msgstr ""

#: scenarios/s.lua:12
msgctxt "s:call"
msgid "Тұтқаны қоямын"
msgstr ""

#: scenarios/s.lua:20
msgctxt "s:sms"
msgid "Кіру коды: 4821. Кодты ешкімге айтпаңыз."
msgstr ""

#: scenarios/s.lua:30
msgctxt "s:bank_call"
msgid "Сәлеметсіз бе, банктен хабарласып тұрмын!"
msgstr ""

#: scenarios/s.lua:40
msgctxt "s:end"
msgid "Ақша кетті."
msgstr ""

#: scenarios/s.lua:41
msgctxt "s:end"
msgid "Қалдық: {balance} ₸"
msgstr ""

#: scenarios/s.lua:42
msgctxt "s:end"
msgid "Жаңа, бұрын болмаған сөйлем: мүлдем басқа."
msgstr ""

#, c-format
msgid "SMS from %s"
msgstr ""

#, c-format
msgid "Call from %s"
msgstr ""
)");
    const fs::path gettext_out = tempDir() / "compare-msgmerge.po";
    REQUIRE(run("msgmerge --quiet --previous -o '" + gettext_out.string() + "' '" + old_po.string() + "' '" +
                pot_file.string() + "'") == 0);
    const PoCatalog theirs = readOrFail(gettext_out);
    const PoCatalog ours = mergeCatalog(readOrFail(old_po), readOrFail(pot_file)).catalog;

    // Compare meaning, not bytes: per (context, msgid), live or obsolete, fuzzy or not,
    // the translation, the previous msgid.
    auto summary = [](const PoCatalog& c) {
        std::map<std::string, std::string> out;
        for (const PoMessage& m : c.messages)
            out[m.msgctxt.value_or("-") + " | " + m.msgid] =
                std::string(m.obsolete ? "obsolete" : m.fuzzy ? "fuzzy" : m.msgstr.empty() ? "untranslated" : "kept") +
                " | " + m.msgstr + " | " + m.prev_msgid.value_or("") + " | " + m.comments;
        return out;
    };
    const auto expected = summary(theirs), actual = summary(ours);
    for (const auto& [key, value] : expected) {
        INFO(key);
        REQUIRE(actual.count(key) == 1);
        CHECK(actual.at(key) == value);
    }
    CHECK(actual.size() == expected.size());
    // The fixture exercises every case.
    std::map<std::string, int> kinds;
    for (const auto& [key, value] : actual) ++kinds[value.substr(0, value.find(' '))];
    CHECK(kinds["kept"] >= 3);
    CHECK(kinds["fuzzy"] >= 3);
    CHECK(kinds["obsolete"] >= 2);
    CHECK(kinds["untranslated"] >= 1);
}

TEST_CASE("a new language file has a proper header and passes msgfmt --check") {
    PoCatalog pot;
    pot.header = "Project-Id-Version: SaqBol s\nPOT-Creation-Date: 2026-11-28 10:00+0500\n"
                 "Content-Type: text/plain; charset=UTF-8\n";
    pot.messages.push_back(entry("s:a", "Сәлем"));
    PoMessage format = entry("", "SMS from %s");
    format.msgctxt.reset();
    format.formats = {"c-format"};
    pot.messages.push_back(format);
    for (const char* lang : {"ru", "en", "kk"}) {
        INFO(lang);
        const PoCatalog fresh = newTranslation(pot, lang, "the SaqBol scenario \"s\"", "2026-11-28 11:00+0500");
        CHECK(headerField(fresh.header, "Language") == lang);
        CHECK(headerField(fresh.header, "Content-Type") == "text/plain; charset=UTF-8");
        CHECK(headerField(fresh.header, "Plural-Forms") == pluralForms(lang));
        CHECK(headerField(fresh.header, "Project-Id-Version") == "SaqBol s");
        CHECK(fresh.header_comments.find("translation of the SaqBol scenario \"s\"") != std::string::npos);
        const MergeResult merged = mergeCatalog(fresh, pot);
        CHECK(merged.stats.added == 2);
        const fs::path path = tempDir() / lang / "s.po";
        REQUIRE(writePoCatalog(path, merged.catalog, nullptr) == PoWrite::Written);
        CHECK(run("msgfmt --check -o /dev/null '" + path.string() + "'") == 0);
    }
    CHECK(std::string(pluralForms("ru")).find("nplurals=3") != std::string::npos);
}

TEST_CASE("writing and reading a PO file keeps everything; rewriting the same text leaves the file alone") {
    const fs::path source = writeText("roundtrip.po", R"(# Header note
msgid ""
msgstr ""
"Project-Id-Version: SaqBol t\n"
"POT-Creation-Date: 2026-11-28 10:00+0500\n"
"PO-Revision-Date: 2026-11-28 10:30+0500\n"
"Last-Translator: SaqBol tests\n"
"Language-Team: Russian\n"
"Language: ru\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

# translator's note
#. a note from the template
#: scenarios/t.lua:3 scenarios/t.lua:9
#, fuzzy, c-format
#| msgctxt "t:a"
#| msgid "Old %s"
msgctxt "t:a"
msgid "New %s, a long enough sentence to be wrapped by gettext's writer at seventy-nine columns"
msgstr "Новый %s"

msgid "one file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

#~ msgctxt "t:b"
#~ msgid "Gone"
#~ msgstr "Ушло"
)");
    const PoCatalog first = readOrFail(source);
    REQUIRE(first.messages.size() == 3);
    const fs::path copy = tempDir() / "roundtrip-copy.po";
    fs::remove(copy);
    REQUIRE(writePoCatalog(copy, first, nullptr) == PoWrite::Written);
    const PoCatalog second = readOrFail(copy);
    CHECK(second.header == first.header);
    CHECK(second.header_comments == "Header note\n");
    const PoMessage& m = second.messages[0];
    CHECK(m.comments == "translator's note\n");
    CHECK(m.extracted_comments == "a note from the template\n");
    CHECK(m.references.size() == 2);
    CHECK(m.fuzzy);
    CHECK(m.formats == std::vector<std::string>{"c-format"});
    CHECK(m.prev_msgid == "Old %s");
    CHECK(second.messages[1].msgstr_plural.size() == 3);
    CHECK(second.messages[2].obsolete);
    CHECK(second.messages[2].msgstr == "Ушло");
    CHECK(run("msgfmt --check -o /dev/null '" + copy.string() + "'") == 0);

    // The same catalog again, even with a newer template date: the file is not touched.
    PoCatalog again = second;
    again.header = setHeaderField(again.header, "POT-Creation-Date", "2030-01-01 00:00+0000");
    const auto before = fs::last_write_time(copy);
    CHECK(writePoCatalog(copy, again, nullptr) == PoWrite::Unchanged);
    CHECK(fs::last_write_time(copy) == before);
    // A dry run of a real change says so and writes nothing.
    again.messages[1].msgstr_plural[2] = "%d файлов!";
    CHECK(writePoCatalog(copy, again, nullptr, true) == PoWrite::Written);
    CHECK(readOrFail(copy).messages[1].msgstr_plural[2] == "%d файлов");
    // No temporary files are left beside it.
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(tempDir()))
        if (e.path().filename().string().rfind(".roundtrip-copy.po", 0) == 0) ++files;
    CHECK(files == 0);
}

TEST_CASE("a file that cannot be written is reported and the old one stays whole") {
    const fs::path blocker = writeText("not-a-folder", "a file where a folder should be");
    std::vector<Problem> problems;
    PoCatalog c;
    c.header = kRuHeader;
    c.messages.push_back(entry("s:a", "Сәлем", "Привет"));
    CHECK(writePoCatalog(blocker / "ru" / "s.po", c, [&](const Problem& p) { problems.push_back(p); }) ==
          PoWrite::Failed);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file.find("not-a-folder") != std::string::npos);
    CHECK(slurp(blocker) == "a file where a folder should be");
    // A full disk: writes past a file size limit fail as they would on a full disk (and
    // libgettextpo does not notice). The old file stays whole; no temporary file is left.
    const fs::path dir = tempDir() / "full";
    fs::create_directories(dir);
    const fs::path target = dir / "s.po";
    REQUIRE(writePoCatalog(target, c, nullptr) == PoWrite::Written);
    const std::string old_text = slurp(target);
    for (int i = 0; i < 200; ++i) c.messages.push_back(entry("s:a", "Жол " + std::to_string(i), std::string(60, 'x')));
    struct rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    problems.clear();
    const PoWrite result = writePoCatalog(target, c, [&](const Problem& p) { problems.push_back(p); });
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    CHECK(result == PoWrite::Failed);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.back().message.find("disk") != std::string::npos);
    CHECK(slurp(target) == old_text);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 1);
}

TEST_CASE("coverage: translated, fuzzy and missing are counted apart; the first missing has its line") {
    PoCatalog pot;
    for (int i = 1; i <= 5; ++i) {
        pot.messages.push_back(entry("s:n", "text " + std::to_string(i)));
        pot.messages.back().references = {{"scenarios/s.lua", 10 * i}};
    }
    PoCatalog po;
    po.messages.push_back(entry("s:n", "text 1", "один"));
    po.messages.push_back(entry("s:n", "text 2", "два"));
    po.messages.back().fuzzy = true;
    po.messages.push_back(entry("s:n", "text 3", ""));
    po.messages.push_back(entry("s:n", "text 9", "девять"));  // not in the template any more
    PoMessage gone = entry("s:n", "text 5", "пять");
    gone.obsolete = true;  // obsolete: does not count as a translation
    po.messages.push_back(gone);
    const TranslationCoverage c = translationCoverage(pot, &po);
    CHECK(c.total == 5);
    CHECK(c.translated == 1);
    CHECK(c.fuzzy == 1);
    CHECK(c.missing == 3);
    CHECK(c.unused == 1);
    CHECK_FALSE(c.complete());
    REQUIRE(c.first_missing.has_value());
    CHECK(c.first_missing->text == "text 3");
    CHECK(c.first_missing->line == 30);
    REQUIRE(c.first_fuzzy.has_value());
    CHECK(c.first_fuzzy->line == 20);
    const TranslationCoverage none = translationCoverage(pot, nullptr);
    CHECK(none.missing == 5);
    CHECK(none.first_missing->line == 10);
}
