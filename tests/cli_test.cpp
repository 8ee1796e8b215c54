// SPDX-License-Identifier: MIT
// The command line through the real binary: exit codes, one-line errors, JSON shape, and
// `play --choices ... --json` reaching every ending of every shipped scenario.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

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
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs saqbol with `args` (shell words) from the source folder; stdin from /dev/null
// unless `input` is given.
Output runSaqbol(const std::string& args, const std::string& input = "") {
    // One folder per process: ctest -j runs each test case as its own process at once.
    const fs::path dir = fs::temp_directory_path() / ("saqbol-cli-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const fs::path in = dir / "in", out = dir / "out", err = dir / "err";
    std::ofstream(in) << input;
    const std::string command = "cd '" SAQBOL_SOURCE_DIR "' && '" SAQBOL_BINARY "' " + args + " <'" + in.string() +
                                "' >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

std::string joinPath(const std::vector<int>& path) {
    std::string out;
    for (int n : path) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out;
}

}  // namespace

TEST_CASE("--help everywhere exits 0") {
    for (const char* args : {"--help", "play --help", "lint --help"}) {
        INFO(args);
        const Output o = runSaqbol(args);
        CHECK(o.code == 0);
        CHECK(o.out.find("usage: saqbol") != std::string::npos);
    }
}

TEST_CASE("usage errors are one line and exit 2") {
    for (const char* args : {"frobnicate", "play", "play --bogus code_1414", "play no_such_scenario",
                             "play code_1414 --lang de", "play code_1414 --choices 1,x", "lint",
                             "lint /no/such/file.lua", "lint --bogus scenarios"}) {
        INFO(args);
        const Output o = runSaqbol(args);
        CHECK(o.code == 2);
        CHECK(lines(o.err) == 1);
        CHECK(o.err.rfind("saqbol", 0) == 0);
    }
}

TEST_CASE("lint: the shipped scenarios are clean; a broken file gets file:line: CODE messages") {
    const Output clean = runSaqbol("lint scenarios/");
    CHECK(clean.code == 0);
    CHECK(clean.out.find("0 error(s)") != std::string::npos);

    const Output broken = runSaqbol("lint tests/data/broken.lua");
    CHECK(broken.code == 1);
    CHECK(broken.out.find("tests/data/broken.lua:8: SB007 ") != std::string::npos);
    CHECK(broken.out.find("tests/data/broken.lua:8: SB011 unknown tip 'link'") != std::string::npos);
    CHECK(broken.out.find("SB008") != std::string::npos);  // the ending cannot be reached

    const Output json = runSaqbol("lint --json tests/data/broken.lua tests/data/good.lua");
    CHECK(json.code == 1);
    const auto report = nlohmann::json::parse(json.out);
    REQUIRE(report["files"].size() == 2);
    const auto& first = report["files"][0];
    CHECK(first["file"] == "tests/data/broken.lua");
    REQUIRE_FALSE(first["problems"].empty());
    for (const char* key : {"file", "line", "code", "message", "severity"}) CHECK(first["problems"][0].contains(key));
    CHECK(report["errors"].get<int>() >= 3);
}

TEST_CASE("play --choices --json reaches every ending of every shipped scenario") {
    std::size_t played = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(SAQBOL_SOURCE_DIR) / "scenarios")) {
        if (entry.path().extension() != ".lua") continue;
        LoadResult loaded = loadScenario(entry.path());
        REQUIRE_FALSE(loaded.hasErrors());
        const Scenario& s = loaded.host->scenario();
        const WalkResult walk = walkScenario(s, loaded.host.get());
        for (const auto& [ending, path] : walk.reached) {
            INFO(s.id << " -> " << ending << " via " << joinPath(path));
            const Output o = runSaqbol("play '" + entry.path().string() + "' --lang en --json --choices " + joinPath(path));
            CHECK(o.code == 0);
            const auto result = nlohmann::json::parse(o.out);
            CHECK(result["scenario"] == s.id);
            CHECK(result["ending"] == ending);
            CHECK(result["outcome"] == nameOf(s.findNode(ending)->outcome));
            CHECK(result["steps"].size() == path.size());
            for (const char* tip : {"codes", "personal_data", "licensed_brokers", "no_prepayment", "links"})
                CHECK(result["score"].contains(tip));
            ++played;
        }
    }
    CHECK(played >= 4);
}

TEST_CASE("play: choices that run out stop with exit 1 naming the node") {
    const Output o = runSaqbol("play code_1414 --choices 1 --json");
    CHECK(o.code == 1);
    CHECK(o.err.find("ran out at node '") != std::string::npos);
    const auto result = nlohmann::json::parse(o.out);
    CHECK(result["ending"].is_null());
    CHECK(result["stopped_at"].is_string());

    const Output beyond = runSaqbol("play code_1414 --choices 9");
    CHECK(beyond.code == 1);
    CHECK(beyond.err.find("only 1 choices are shown") != std::string::npos);
}

TEST_CASE("play reads choices from standard input when it is not a terminal") {
    const Output o = runSaqbol("play tests/data/good.lua --lang en", "2\n");
    CHECK(o.code == 0);
    CHECK(o.out.find("Kept") != std::string::npos);
    CHECK(o.out.find("Balance 1,000.") != std::string::npos);
    const Output bad = runSaqbol("play tests/data/good.lua --lang en", "7\n");
    CHECK(bad.code == 1);
}

TEST_CASE("play speaks the chosen language: Kazakh source, Russian and English translations") {
    const Output kk = runSaqbol("play code_1414 --lang kk --choices 1,3,4");
    const Output ru = runSaqbol("play code_1414 --lang ru --choices 1,3,4");
    const Output en = runSaqbol("play code_1414 --lang en --choices 1,3,4");
    CHECK(kk.code == 0);
    CHECK(ru.code == 0);
    CHECK(en.code == 0);
    CHECK(kk.out.find("1414") != std::string::npos);
    CHECK(kk.out.find("Не істейсіз?") != std::string::npos);  // the UI line "What do you do?" in kk
    CHECK(en.out.find("What do you do?") != std::string::npos);
    CHECK(ru.out != en.out);
    CHECK(ru.out != kk.out);
    CHECK(ru.err.empty());
    CHECK(kk.err.empty());
}

TEST_CASE("saqbol without a command and no display says the window needs one and plays in the terminal") {
    // No display at all, and no invisible SDL driver: the fallback must show.
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    ::unsetenv("SDL_VIDEODRIVER");
    const Output o = runSaqbol("--lang en");
#ifdef SAQBOL_GUI
    CHECK(o.out.find("needs a display") != std::string::npos);
#endif
    CHECK(o.out.find("terminal") != std::string::npos);
    CHECK(o.out.find("saqbol play code_1414") != std::string::npos);
    CHECK(o.out.find("What do you do?") != std::string::npos);  // and the terminal game began
}

#ifdef SAQBOL_GUI
TEST_CASE("screenshot renders one moment headless to a PNG") {
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    const fs::path png = fs::temp_directory_path() / ("saqbol-cli-test-" + std::to_string(getpid())) / "moment.png";
    fs::remove(png);
    const Output o = runSaqbol("screenshot code_1414 --choices 1,1 --lang ru --size 960x600 --text-size L --out '" + png.string() + "'");
    CHECK(o.code == 0);
    CHECK(o.out.find("960x600") != std::string::npos);
    CHECK(o.out.find("video_call") != std::string::npos);
    CHECK(o.err.empty());  // no missing letter, nothing outside its region
    REQUIRE(fs::exists(png));
    CHECK(slurp(png).substr(1, 3) == "PNG");
    const Output debrief = runSaqbol("screenshot --choices 1,3,4 --screen debrief --out '" + png.string() + "'");
    CHECK(debrief.code == 0);
    CHECK(debrief.out.find("debrief") != std::string::npos);
}

TEST_CASE("screenshot: usage errors exit 2, impossible choices exit 1") {
    CHECK(runSaqbol("screenshot --help").out.find("--screen") != std::string::npos);
    CHECK(runSaqbol("screenshot code_1414").code == 2);  // no --out
    const Output screen = runSaqbol("screenshot --screen lobby --out x.png");
    CHECK(screen.code == 2);
    CHECK(screen.err.find("menu, picker, settings, help, phone, debrief") != std::string::npos);
    CHECK(runSaqbol("screenshot --size 10x10 --out x.png").code == 2);
    CHECK(runSaqbol("screenshot --text-size XXL --out x.png").code == 2);
    const Output choices = runSaqbol("screenshot --choices 1,9 --out x.png");
    CHECK(choices.code == 1);
    CHECK(choices.err.find("only 3 choices are shown") != std::string::npos);
    CHECK_FALSE(fs::exists(fs::path(SAQBOL_SOURCE_DIR) / "x.png"));
}
#endif
