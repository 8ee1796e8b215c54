// SPDX-License-Identifier: MIT
// `saqbol i18n` through the real binary, always on temporary copies (SAQBOL_ROOT points at
// a copy; the repository's locales/ is only read): extract writes templates holding every
// scenario string with its context, and the UI template matches the sources; update after
// a one-line change makes exactly that entry fuzzy and loses nothing; check's numbers on a
// hand-counted fixture, its exit codes; and the xx pseudo-language (accented, longer).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "po_reader.h"
#include "po_writer.h"
#include "scenario_loader.h"
#include "walker.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

struct Output {
    int code;
    std::string out, err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A fresh folder for this test process (ctest runs each test case as its own process).
fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("saqbol-i18n-test-" + std::to_string(getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Runs saqbol in `cwd` with SAQBOL_ROOT=`root` (so nothing under the repository is written).
Output runIn(const fs::path& cwd, const fs::path& root, const std::string& args) {
    const fs::path dir = fs::temp_directory_path() / ("saqbol-i18n-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const fs::path out = dir / "out", err = dir / "err";
    const std::string command = "cd '" + cwd.string() + "' && SAQBOL_ROOT='" + root.string() + "' '" SAQBOL_BINARY "' " +
                                args + " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

int shell(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A copy of the shipped data (scenarios/ and locales/) to work on.
fs::path copyOfShippedData(const std::string& name) {
    const fs::path root = scratch(name);
    fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "scenarios", root / "scenarios", fs::copy_options::recursive);
    fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "locales", root / "locales", fs::copy_options::recursive);
    return root;
}

PoCatalog readPo(const fs::path& path) {
    std::vector<Problem> problems;
    auto catalog = readPoCatalog(path, [&](const Problem& p) { problems.push_back(p); });
    for (const Problem& p : problems) INFO(formatProblem(p));
    REQUIRE_MESSAGE(catalog.has_value(), path.string());
    return *catalog;
}

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::size_t codePoints(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

TEST_CASE("i18n: --help for each action; usage errors are one line and exit 2") {
    const fs::path root = scratch("help");
    fs::create_directories(root / "scenarios");
    fs::create_directories(root / "locales");
    for (const char* args : {"i18n --help", "i18n extract --help", "i18n update --help", "i18n check --help"}) {
        INFO(std::string(args));
        const Output o = runIn(root, root, args);
        CHECK(o.code == 0);
        CHECK(o.out.rfind("usage: saqbol i18n", 0) == 0);
    }
    for (const char* args : {"i18n", "i18n translate", "i18n check --bogus", "i18n update --lang de",
                             "i18n check no_such_scenario", "i18n extract --json", "i18n check --scenarios",
                             "i18n update --scenarios /no/such/folder"}) {
        INFO(std::string(args));
        const Output o = runIn(root, root, args);
        INFO(o.err);
        CHECK(o.code == 2);
        CHECK(lines(o.err) == 1);
        CHECK(o.err.rfind("saqbol i18n", 0) == 0);
    }
}

TEST_CASE("i18n extract: every scenario string with its context and line; the UI template matches the sources") {
    const fs::path root = copyOfShippedData("extract");
    const Output o = runIn(root, root, "i18n extract");
    INFO(o.out << o.err);
    REQUIRE(o.code == 0);
    CHECK(o.out.find("wrote locales/ui.pot") != std::string::npos);
    std::size_t scenarios = 0;
    for (const auto& entry : fs::directory_iterator(root / "scenarios")) {
        if (entry.path().extension() != ".lua") continue;
        const std::string name = entry.path().filename().string();
        LoadResult loaded = loadScenario(entry.path());
        REQUIRE(loaded.host);
        const Scenario& s = loaded.host->scenario();
        const fs::path pot = root / "locales" / (s.id + ".pot");
        if (name.front() == '_') {  // templates are not translated
            CHECK_FALSE(fs::exists(pot));
            continue;
        }
        ++scenarios;
        INFO(s.id);
        const PoCatalog t = readPo(pot);
        const std::vector<SourceString> strings = scenarioStrings(s);
        CHECK(t.messages.size() == strings.size());
        for (const SourceString& str : strings) {
            const PoMessage* m = t.find(str.context, str.text);
            REQUIRE_MESSAGE(m != nullptr, str.context << " " << str.text);
            CHECK(m->msgstr.empty());
            REQUIRE(m->references.size() == 1);
            CHECK(m->references[0] == std::make_pair("scenarios/" + name, str.line));
        }
        CHECK(shell("msgfmt --check -o /dev/null '" + pot.string() + "' 2>/dev/null") == 0);
    }
    CHECK(scenarios >= 1);
    // The quiz (scenarios/quiz/, one folder deeper) gets its template too.
    if (fs::exists(root / "scenarios" / "quiz" / "quiz.lua")) CHECK_FALSE(readPo(root / "locales" / "quiz.pot").messages.empty());

    // The UI template built into saqbol has exactly the msgids xgettext finds in the sources now.
    const fs::path fresh = root / "fresh-ui.pot";
    REQUIRE(shell("'" SAQBOL_SOURCE_DIR "/tools/ui-strings.sh' '" + fresh.string() + "'") == 0);
    auto ids = [](const PoCatalog& c) {
        std::set<std::string> out;
        for (const PoMessage& m : c.messages) out.insert(m.msgid);
        return out;
    };
    const PoCatalog written = readPo(root / "locales" / "ui.pot");
    CHECK(ids(written) == ids(readPo(fresh)));
    CHECK(headerField(written.header, "POT-Creation-Date").value_or("").size() >= 16);

    // Again: nothing changed, nothing is rewritten.
    const Output again = runIn(root, root, "i18n extract");
    CHECK(again.code == 0);
    CHECK(again.out.find("wrote") == std::string::npos);
    CHECK(occurrences(again.out, "unchanged ") == lines(o.out));
}

TEST_CASE("i18n update: a changed line becomes fuzzy with its old translation; everything else is kept") {
    // A pack with code_1414 and its ru and en translations, one source line edited.
    const fs::path pack = scratch("update");
    fs::create_directories(pack / "scenarios");
    fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua", pack / "scenarios" / "code_1414.lua");
    for (const char* lang : {"ru", "en"}) {
        fs::create_directories(pack / "locales" / lang);
        fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "locales" / lang / "code_1414.po", pack / "locales" / lang / "code_1414.po");
    }
    const fs::path lua = pack / "scenarios" / "code_1414.lua";
    LoadResult loaded = loadScenario(lua);
    REQUIRE(loaded.host);
    const Scenario& s = loaded.host->scenario();
    std::string source = slurp(lua);
    // The first node string long enough, written once in the file without escapes.
    const std::vector<SourceString> strings = scenarioStrings(s);
    const SourceString* edited = nullptr;
    for (const SourceString& str : strings)
        if (str.context != s.id + ":@meta" && codePoints(str.text) > 30 && occurrences(source, str.text) == 1 &&
            str.text.find_first_of("\\\"") == std::string::npos) {
            edited = &str;
            break;
        }
    REQUIRE(edited != nullptr);
    const std::string changed = edited->text + " Тез!";
    source.replace(source.find(edited->text), edited->text.size(), changed);
    std::ofstream(lua, std::ios::binary) << source;

    std::map<std::string, PoCatalog> before;
    for (const char* lang : {"ru", "en"}) before[lang] = readPo(pack / "locales" / lang / "code_1414.po");

    const Output o = runIn(pack, pack, "i18n update scenarios/code_1414.lua");
    INFO(o.out << o.err);
    REQUIRE(o.code == 0);
    CHECK(o.out.find("updated locales/ru/code_1414.po: 107 kept, 1 fuzzy, 0 new, 0 obsolete") != std::string::npos);
    CHECK(o.out.find("updated locales/en/code_1414.po: ") != std::string::npos);
    CHECK_FALSE(fs::exists(pack / "locales" / "kk"));  // kk is the source language

    for (const char* lang : {"ru", "en"}) {
        INFO(lang);
        const fs::path path = pack / "locales" / lang / "code_1414.po";
        CHECK(shell("msgfmt --check -o /dev/null '" + path.string() + "'") == 0);
        const PoCatalog& old = before[lang];
        const PoCatalog now = readPo(path);
        const PoMessage* old_entry = old.find(edited->context, edited->text);
        REQUIRE(old_entry != nullptr);
        const PoMessage* fuzzy = now.find(edited->context, changed);
        REQUIRE(fuzzy != nullptr);
        CHECK(fuzzy->fuzzy);
        CHECK(fuzzy->msgstr == old_entry->msgstr);
        CHECK(fuzzy->prev_msgid == edited->text);
        CHECK(now.find(edited->context, edited->text, true) == nullptr);
        // Every other entry: the same translation, not fuzzy.
        std::size_t others = 0;
        for (const PoMessage& m : old.messages) {
            if (&m == old_entry) continue;
            const PoMessage* same = now.find(m.msgctxt, m.msgid);
            REQUIRE_MESSAGE(same != nullptr, m.msgid);
            CHECK(same->msgstr == m.msgstr);
            CHECK(same->fuzzy == m.fuzzy);
            ++others;
        }
        CHECK(others + 1 == old.messages.size());
        // Nothing lost: every old translation is still in the file.
        std::multiset<std::string> translations;
        for (const PoMessage& m : now.messages) translations.insert(m.msgstr);
        for (const PoMessage& m : old.messages) CHECK(translations.count(m.msgstr) >= 1);
        // The header is kept (the template's POT-Creation-Date is added).
        std::istringstream header(old.header);
        for (std::string field; std::getline(header, field);) CHECK(now.header.find(field + "\n") != std::string::npos);
        CHECK(headerField(now.header, "POT-Creation-Date").has_value());
    }

    // check now says what a translator must do; --json per language.
    const Output check = runIn(pack, pack, "i18n check scenarios/code_1414.lua --json");
    CHECK(check.code == 1);
    const auto report = nlohmann::json::parse(check.out);
    CHECK(report["languages"]["ru"]["fuzzy"] == 1);
    CHECK(report["languages"]["en"]["fuzzy"] == 1);
    CHECK(report["languages"]["ru"]["translated"].get<int>() + 1 == report["languages"]["ru"]["total"].get<int>());
    CHECK(report["languages"]["kk"]["total"] == 0);
    CHECK(report["complete"] == false);

    // A second update changes nothing.
    const Output again = runIn(pack, pack, "i18n update scenarios/code_1414.lua");
    CHECK(again.code == 0);
    CHECK(again.out.find("0 updated, 0 created, 2 unchanged") != std::string::npos);
}

TEST_CASE("i18n update creates a missing language file with a proper header, and --dry-run writes nothing") {
    const fs::path pack = scratch("create");
    fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "tests" / "data" / "i18n", pack, fs::copy_options::recursive);
    const fs::path en = pack / "locales" / "en" / "mini_i18n.po";
    const Output dry = runIn(pack, pack, "i18n update scenarios/mini_i18n.lua --lang en --dry-run");
    CHECK(dry.code == 0);
    CHECK(dry.out.find("would create locales/en/mini_i18n.po: 12 new") != std::string::npos);
    CHECK_FALSE(fs::exists(en));

    const Output o = runIn(pack, pack, "i18n update scenarios/mini_i18n.lua");
    INFO(o.out << o.err);
    REQUIRE(o.code == 0);
    CHECK(o.out.find("created locales/en/mini_i18n.po: 12 new") != std::string::npos);
    CHECK(o.out.find("updated locales/ru/mini_i18n.po: 11 kept, 0 fuzzy, 1 new, 1 obsolete") != std::string::npos);
    CHECK(shell("msgfmt --check -o /dev/null '" + en.string() + "'") == 0);
    const PoCatalog created = readPo(en);
    CHECK(headerField(created.header, "Language") == "en");
    CHECK(headerField(created.header, "Content-Type") == "text/plain; charset=UTF-8");
    CHECK(headerField(created.header, "Plural-Forms") == "nplurals=2; plural=(n != 1);");
    CHECK(created.messages.size() == 12);
    // The ru entry the scenario no longer has is obsolete now, with its translation.
    const PoCatalog ru = readPo(pack / "locales" / "ru" / "mini_i18n.po");
    bool kept_obsolete = false;
    for (const PoMessage& m : ru.messages)
        if (m.obsolete && m.msgid == "Бұл жол енді жоқ." && m.msgstr == "Этой строки больше нет.") kept_obsolete = true;
    CHECK(kept_obsolete);
}

TEST_CASE("i18n check: hand-counted numbers, the first missing string's line, exit codes") {
    const fs::path pack = scratch("check");
    fs::copy(fs::path(SAQBOL_SOURCE_DIR) / "tests" / "data" / "i18n", pack, fs::copy_options::recursive);
    const Output json = runIn(pack, pack, "i18n check scenarios/mini_i18n.lua --json");
    INFO(json.out << json.err);
    CHECK(json.code == 1);
    const auto report = nlohmann::json::parse(json.out);
    // tests/data/i18n/locales/ru/mini_i18n.po: 12 strings, 8 translated, 2 fuzzy, 2 missing;
    // no en file; kk is the source language.
    CHECK(report["languages"] == nlohmann::json::parse(R"({
        "kk": {"total": 0, "translated": 0, "fuzzy": 0, "missing": 0},
        "ru": {"total": 12, "translated": 8, "fuzzy": 2, "missing": 2},
        "en": {"total": 12, "translated": 0, "fuzzy": 0, "missing": 12}})"));
    REQUIRE(report["files"].size() == 2);
    const auto& ru = report["files"][0];
    CHECK(ru["file"] == "locales/ru/mini_i18n.po");
    CHECK(ru["unused"] == 1);
    CHECK(ru["first_missing"]["line"] == 13);
    CHECK(ru["first_missing"]["text"] == "Код тек сізге тиесілі.");
    CHECK(ru["first_fuzzy"]["line"] == 12);
    CHECK(report["files"][1]["exists"] == false);

    const Output text = runIn(pack, pack, "i18n check scenarios/mini_i18n.lua");
    CHECK(text.code == 1);
    CHECK(text.out.find("locales/ru/mini_i18n.po: ru, 12 strings from scenarios/mini_i18n.lua: 8 translated, 2 fuzzy, "
                        "2 missing") != std::string::npos);
    CHECK(text.out.find("first missing: scenarios/mini_i18n.lua:13 [mini_i18n:ask] \"Код тек сізге тиесілі.\"") !=
          std::string::npos);
    CHECK(text.out.find("incomplete: ru, en") != std::string::npos);

    // Translate everything (as a translator would, in the files update makes): exit 0.
    REQUIRE(runIn(pack, pack, "i18n update scenarios/mini_i18n.lua").code == 0);
    for (const char* lang : {"ru", "en"}) {
        const fs::path path = pack / "locales" / lang / "mini_i18n.po";
        PoCatalog po = readPo(path);
        for (PoMessage& m : po.messages) {
            if (m.msgstr.empty()) m.msgstr = std::string(lang) + ": " + m.msgid;
            m.fuzzy = false;
            m.prev_msgid.reset();
            m.prev_msgctxt.reset();
        }
        REQUIRE(writePoCatalog(path, po, nullptr) == PoWrite::Written);
    }
    const Output done = runIn(pack, pack, "i18n check scenarios/mini_i18n.lua");
    CHECK(done.code == 0);
    CHECK(done.out.find("every language is complete") != std::string::npos);

    // A broken PO file: named with its line, exit 1.
    std::ofstream(pack / "locales" / "ru" / "mini_i18n.po", std::ios::app) << "\nmsgid \"unterminated\nmsgstr \"x\"\n";
    const Output broken = runIn(pack, pack, "i18n check scenarios/mini_i18n.lua");
    CHECK(broken.code == 1);
    CHECK(broken.err.find("locales/ru/mini_i18n.po:") != std::string::npos);
    CHECK(broken.err.find("SB021") != std::string::npos);
    // update never overwrites a file it could not read.
    const std::string kept = slurp(pack / "locales" / "ru" / "mini_i18n.po");
    CHECK(runIn(pack, pack, "i18n update scenarios/mini_i18n.lua").code == 1);
    CHECK(slurp(pack / "locales" / "ru" / "mini_i18n.po") == kept);
}

TEST_CASE("i18n check: the shipped translations are complete") {
    // Reads the repository's own files (writes nothing): every shipped scenario and the UI,
    // in kk, ru and en.
    const Output o = runIn(SAQBOL_SOURCE_DIR, SAQBOL_SOURCE_DIR, "i18n check");
    INFO(o.out << o.err);
    CHECK(o.code == 0);
    CHECK(o.out.find("every language is complete") != std::string::npos);
}

TEST_CASE("xx pseudo-language: accented and about 40% longer, for the UI's and the scenario's words") {
    const fs::path root = fs::path(SAQBOL_SOURCE_DIR);
    LoadResult loaded = loadScenario(root / "scenarios" / "code_1414.lua");
    REQUIRE(loaded.host);
    const WalkResult walk = walkScenario(loaded.host->scenario(), loaded.host.get());
    REQUIRE_FALSE(walk.reached.empty());
    std::string choices;
    for (int n : walk.reached.begin()->second) choices += (choices.empty() ? "" : ",") + std::to_string(n);
    const Output en = runIn(root, root, "play code_1414 --lang en --choices " + choices);
    const Output xx = runIn(root, root, "play code_1414 --lang xx --choices " + choices);
    REQUIRE(en.code == 0);
    REQUIRE(xx.code == 0);
    CHECK(codePoints(xx.out) * 10 >= codePoints(en.out) * 13);
    CHECK(xx.out.find(pseudoTranslate("What do you do?")) != std::string::npos);   // a UI string
    CHECK(xx.out.find(pseudoTranslate("The code from 1414")) != std::string::npos);  // the scenario title (en)
    for (const char* accented : {"á", "é", "ö", "ţ"}) CHECK(occurrences(xx.out, accented) > 10);
    // A Kazakh text with no English yet is accented too.
    const std::string kazakh = pseudoTranslate("Ақша орнында");
    CHECK(kazakh.find("Ӓ") != std::string::npos);
    CHECK(codePoints(kazakh) * 10 >= codePoints("Ақша орнында") * 14);
#ifdef SAQBOL_GUI
    const fs::path dir = scratch("xx");
    const Output shot = runIn(root, root, "screenshot --lang xx --choices 1 --out '" + (dir / "xx.png").string() + "'");
    CHECK(shot.code == 0);
    CHECK(fs::file_size(dir / "xx.png") > 1000);
#endif
}
