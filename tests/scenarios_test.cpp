// SPDX-License-Identifier: MIT
// Every scenario under scenarios/ — found by listing the folder, never a hand-kept list —
// loads without errors, is walked to every ending with no dead end, and is translated
// into every shipped language. code_1414 also has the endings its issue asks for.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog.h"
#include "po_reader.h"
#include "scenario_loader.h"
#include "walker.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

// The scenario files (not the quiz's or the lessons', which tests/course_test.cpp checks).
std::vector<fs::path> scenarioFiles() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(SAQBOL_SOURCE_DIR) / "scenarios")) {
        if (entry.path().extension() != ".lua") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (fileKindOf(text.str()) == FileKind::Scenario) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool isTemplate(const fs::path& file) { return file.filename().string().front() == '_'; }

}  // namespace

TEST_CASE("every scenario loads cleanly and every ending is reached, with no dead end") {
    const auto files = scenarioFiles();
    REQUIRE(files.size() >= 2);  // code_1414 and the template at least
    for (const fs::path& file : files) {
        INFO(file.string());
        std::vector<Problem> play;
        LoadResult loaded = loadScenario(file, {}, [&](const Problem& p) { play.push_back(p); });
        for (const Problem& p : loaded.problems) CHECK_MESSAGE(p.severity != Severity::Error, formatProblem(p));
        REQUIRE(loaded.host != nullptr);
        const Scenario& s = loaded.host->scenario();
        const WalkResult walk = walkScenario(s, loaded.host.get());
        CHECK_FALSE(walk.capped);
        CHECK(walk.dead_ends.empty());
        for (const Node* ending : s.endings()) CHECK_MESSAGE(walk.reached.count(ending->id), "unreached: ", ending->id);
        CHECK(walk.visited.size() == s.nodes.size());
        CHECK(play.empty());  // no condition or effect failed anywhere on any path
    }
}

TEST_CASE("every scenario string has a translation in every shipped language") {
    for (const fs::path& file : scenarioFiles()) {
        if (isTemplate(file)) continue;
        LoadResult loaded = loadScenario(file);
        REQUIRE(loaded.host != nullptr);
        const Scenario& s = loaded.host->scenario();
        for (const std::string lang : {"kk", "ru", "en"}) {
            if (lang == s.lang) continue;
            INFO(file.string() << " in " << lang);
            const auto po = findScenarioPo(file, s.id, lang);
            REQUIRE(po.has_value());
            Catalog catalog;
            std::vector<Problem> problems;
            CHECK(readPoFile(*po, catalog, [&](const Problem& p) { problems.push_back(p); }));
            CHECK(problems.empty());
            for (const SourceString& str : scenarioStrings(s)) {
                CHECK_MESSAGE(catalog.contains(str.context, str.text), str.context, ": ", str.text);
                // Placeholders survive translation.
                const std::string_view translated = catalog.lookup(str.context, str.text);
                for (std::size_t at = str.text.find('{'); at != std::string::npos; at = str.text.find('{', at + 1)) {
                    const std::string placeholder = str.text.substr(at, str.text.find('}', at) - at + 1);
                    CHECK_MESSAGE(translated.find(placeholder) != std::string_view::npos, placeholder, " lost in ", translated);
                }
            }
        }
    }
}

TEST_CASE("code_1414 has the endings of the two-stage scheme and a legitimate look-alike") {
    LoadResult loaded = loadScenario(fs::path(SAQBOL_SOURCE_DIR) / "scenarios" / "code_1414.lua");
    REQUIRE_FALSE(loaded.hasErrors());
    const Scenario& s = loaded.host->scenario();
    CHECK(s.id == "code_1414");
    CHECK(s.lang == "kk");
    CHECK(s.endings().size() >= 4);
    const double savings = std::get<double>(s.vars.at("balance"));

    bool kept = false, lost_savings = false, loans = false, recovered = false;
    const WalkResult walk = walkScenario(s, loaded.host.get());
    for (const auto& [ending, path] : walk.reached) {
        Session session(s, loaded.host.get());
        for (int n : path) session.choose(session.shownChoices()[static_cast<std::size_t>(n - 1)]->id);
        REQUIRE(session.ended());
        const double balance = std::get<double>(session.vars().at("balance"));
        const double owed = std::get<double>(session.vars().at("loans"));
        const Outcome outcome = session.node().outcome;
        kept |= outcome == Outcome::Safe && balance == savings;
        lost_savings |= outcome == Outcome::Loss && balance < savings && owed == 0;
        recovered |= outcome == Outcome::Recovered;
        loans |= owed > 0;
    }
    CHECK(kept);
    CHECK(lost_savings);
    CHECK(loans);
    CHECK(recovered);

    // The look-alike: a safe decision where the player types a code they asked for themselves.
    bool look_alike = false;
    for (const Node& node : s.nodes)
        for (const Choice& c : node.choices)
            look_alike |= c.verdict == Verdict::Safe && c.action == "type_code";
    CHECK(look_alike);
}
