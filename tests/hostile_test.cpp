// SPDX-License-Identifier: MIT
// The hostile corpus (tests/hostile/*.lua): each file attacks the sandbox one way and says
// in its header how it must be refused. For each: the refusal names the file, comes from
// the right limit (step budget, memory cap) or error, the process lives on, no forbidden
// file appears, and a good scenario loaded next in the same process still plays to an end.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "scenario_loader.h"
#include "walker.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

struct Expectation {
    fs::path file;
    std::string what, phase, expect, message;
    std::vector<std::string> forbidden;
};

Expectation readHeader(const fs::path& file) {
    Expectation e{file, {}, {}, {}, {}, {}};
    std::ifstream in(file);
    std::string line;
    auto value = [&](const std::string& key) -> std::optional<std::string> {
        const std::string prefix = "-- " + key + ":";
        if (line.rfind(prefix, 0) != 0) return std::nullopt;
        std::string v = line.substr(prefix.size());
        v.erase(0, v.find_first_not_of(' '));
        v.erase(v.find_last_not_of(" \r") + 1);
        return v;
    };
    for (int n = 0; n < 12 && std::getline(in, line); ++n) {
        if (auto v = value("hostile")) e.what = *v;
        if (auto v = value("phase")) e.phase = *v;
        if (auto v = value("expect")) e.expect = *v;
        if (auto v = value("message")) e.message = *v;
        if (auto v = value("forbid-file")) e.forbidden.push_back(v->substr(0, v->find(' ')));
    }
    return e;
}

std::vector<fs::path> hostileFiles() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(SAQBOL_SOURCE_DIR) / "tests" / "hostile"))
        if (entry.path().extension() == ".lua") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Loads and plays the known-good scenario to an ending: the process is still sound.
void goodScenarioStillPlays() {
    LoadResult good = loadScenario(fs::path(SAQBOL_SOURCE_DIR) / "tests" / "data" / "good.lua");
    REQUIRE_FALSE(good.hasErrors());
    const WalkResult walk = walkScenario(good.host->scenario(), good.host.get());
    CHECK(walk.reached.size() == good.host->scenario().endings().size());
}

}  // namespace

TEST_CASE("the hostile corpus is large and covers every category of attack") {
    const auto files = hostileFiles();
    CHECK(files.size() >= 25);
    std::set<std::string> expects, phases;
    for (const auto& f : files) {
        const Expectation e = readHeader(f);
        INFO(f.string());
        CHECK_FALSE(e.what.empty());
        CHECK_FALSE(e.message.empty());
        CHECK((e.phase == "load" || e.phase == "play"));
        CHECK((e.expect == "budget" || e.expect == "memory" || e.expect == "error"));
        expects.insert(e.expect);
        phases.insert(e.phase);
    }
    CHECK(expects == std::set<std::string>{"budget", "error", "memory"});
    CHECK(phases == std::set<std::string>{"load", "play"});
}

TEST_CASE("every hostile script is refused as its header says, and nothing else stops") {
    for (const fs::path& file : hostileFiles()) {
        const Expectation e = readHeader(file);
        INFO(file.filename().string() << ": " << e.what);
        for (const std::string& path : e.forbidden) fs::remove(path);

        std::vector<Problem> play_problems;
        LoadResult loaded = loadScenario(file, {}, [&](const Problem& p) { play_problems.push_back(p); });
        std::vector<Problem> refusals;
        if (e.phase == "load") {
            CHECK(loaded.hasErrors());
            refusals = loaded.problems;
        } else {
            REQUIRE_MESSAGE(!loaded.hasErrors(), "a play-phase script must load cleanly: ",
                            loaded.problems.empty() ? std::string() : formatProblem(loaded.problems[0]));
            Session session(loaded.host->scenario(), loaded.host.get());
            for (int step = 0; step < 20 && !session.ended() && play_problems.empty(); ++step) {
                const auto shown = session.shownChoices();
                if (shown.empty()) break;
                session.choose(shown.front()->id);
            }
            refusals = play_problems;
        }
        const bool matched = std::any_of(refusals.begin(), refusals.end(), [&](const Problem& p) {
            if (p.severity != Severity::Error || p.file != file.string()) return false;
            if (p.message.find(e.message) == std::string::npos) return false;
            if (e.expect == "budget")
                return p.code == "SB017" && p.message.find("instruction budget") != std::string::npos;
            if (e.expect == "memory") return p.code == "SB017" && p.message.find("memory cap") != std::string::npos;
            return p.code != "SB017";
        });
        std::string seen;
        for (const Problem& p : refusals) seen += "\n  " + formatProblem(p);
        CHECK_MESSAGE(matched, "expected ", e.expect, " with '", e.message, "', got:", seen);
        for (const Problem& p : refusals) CHECK(p.message.size() < 1000);  // huge messages are cut
        for (const std::string& path : e.forbidden) CHECK_MESSAGE(!fs::exists(path), path, " was written");
        goodScenarioStillPlays();
    }
}
