// SPDX-License-Identifier: MIT
// docs/lint-codes.md keeps its promises: every code in engine/core/codes.h has a section
// with a wrong and a right example, and the real `saqbol lint --json` reports exactly that
// code for each wrong example and not that code for each right one. The examples are
// wrapped into the doc's own minimal scenario by the doc's own rules (see "How the
// examples below are checked"), which this file implements.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Example {
    std::string code;       // the section's code
    bool wrong = false;
    std::string lua;
    std::map<std::string, std::string> po;  // lang -> PO text
    int doc_line = 0;
};

struct Doc {
    std::vector<Example> examples;
    std::set<std::string> sections;  // codes with a "## SBnnn" heading
    std::string minimal;             // the minimal scenario (the first plain ```lua block)
};

Doc readDoc() {
    Doc doc;
    std::istringstream in(slurp(fs::path(SAQBOL_SOURCE_DIR) / "docs/lint-codes.md"));
    std::string line, section;
    const std::regex heading(R"(^## (SB\d{3})\b.*)");
    int number = 0;
    std::string* block = nullptr;
    std::string minimal_block;
    bool in_minimal = false;
    while (std::getline(in, line)) {
        ++number;
        std::smatch m;
        if (block != nullptr || in_minimal) {
            if (line == "```") {
                block = nullptr;
                in_minimal = false;
                continue;
            }
            (in_minimal ? minimal_block : *block) += line + "\n";
            continue;
        }
        if (std::regex_match(line, m, heading)) {
            section = m[1];
            doc.sections.insert(section);
        } else if (line == "```lua wrong" || line == "```lua right") {
            doc.examples.push_back({section, line == "```lua wrong", "", {}, number});
            block = &doc.examples.back().lua;
        } else if (line.rfind("```po ", 0) == 0) {
            REQUIRE_MESSAGE(!doc.examples.empty(), "a PO block before any example, docs/lint-codes.md:", number);
            block = &doc.examples.back().po[line.substr(6)];
        } else if (line == "```lua" && doc.minimal.empty() && minimal_block.empty()) {
            in_minimal = true;
        }
    }
    doc.minimal = minimal_block;
    return doc;
}

// The doc's rules: a whole file stays as it is; `node`/`ending` snippets go after the start
// node, which gets a neutral choice to the snippet's first node; other snippets go into
// the start node, before its choice.
std::string wrap(const std::string& minimal, const std::string& snippet) {
    const std::size_t first = snippet.find_first_not_of(" \n");
    const std::string head = snippet.substr(first == std::string::npos ? 0 : first);
    if (head.rfind("return", 0) == 0 || snippet.find("return scenario") != std::string::npos) return snippet;
    std::string out = minimal;
    std::smatch m;
    if (std::regex_search(head, m, std::regex(R"(^(node|ending) \"([a-z0-9_]+)\")")) && m.position(0) == 0) {
        const std::string slot = "  -- (2)";
        const std::size_t at = out.find(slot);
        REQUIRE(at != std::string::npos);
        out.insert(at, snippet);
        const std::string link = "    choice \"to_example\" { \"Go on\", go = \"" + m[2].str() + "\", verdict = \"neutral\" },\n";
        out.insert(out.find("    -- (1)"), link);
        return out;
    }
    const std::size_t at = out.find("    -- (1)");
    REQUIRE(at != std::string::npos);
    out.insert(at, snippet);
    return out;
}

struct Linted {
    std::set<std::string> codes;
    std::string output;
    std::vector<std::string> notes;
};

Linted lint(const Example& example, const std::string& minimal) {
    const fs::path dir = fs::temp_directory_path() / ("saqbol-lint-docs-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / (example.po.empty() ? "_example.lua" : "example.lua");
    std::ofstream(file, std::ios::binary) << wrap(minimal, example.lua);
    for (const auto& [lang, text] : example.po) {
        fs::create_directories(dir / "locales" / lang);
        std::ofstream(dir / "locales" / lang / "example.po", std::ios::binary) << text;
    }
    const fs::path out = dir / "out.json";
    const std::string command = "'" SAQBOL_BINARY "' lint --json '" + file.string() + "' >'" + out.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    Linted result;
    result.output = slurp(out);
    INFO(result.output);
    REQUIRE(WIFEXITED(status));
    const auto report = nlohmann::json::parse(result.output);
    for (const auto& problem : report["files"][0]["problems"]) result.codes.insert(problem["code"].get<std::string>());
    for (const auto& note : report["notes"]) result.notes.push_back(note.get<std::string>());
    fs::remove_all(dir);
    return result;
}

std::set<std::string> codesInHeader() {
    const std::string header = slurp(fs::path(SAQBOL_SOURCE_DIR) / "engine/core/codes.h");
    std::set<std::string> codes;
    const std::regex code("\"(SB\\d{3})\"");
    for (auto it = std::sregex_iterator(header.begin(), header.end(), code); it != std::sregex_iterator(); ++it)
        codes.insert((*it)[1]);
    return codes;
}

}  // namespace

TEST_CASE("every problem code has a section with a wrong and a right example") {
    const Doc doc = readDoc();
    const std::set<std::string> codes = codesInHeader();
    REQUIRE(codes.size() >= 22);
    for (const std::string& code : codes) {
        INFO(code);
        CHECK(doc.sections.count(code));
        const auto count = [&](bool wrong) {
            return std::count_if(doc.examples.begin(), doc.examples.end(),
                                 [&](const Example& e) { return e.code == code && e.wrong == wrong; });
        };
        CHECK(count(true) >= 1);
        CHECK(count(false) >= 1);
    }
    for (const std::string& section : doc.sections) CHECK_MESSAGE(codes.count(section), section, " is not in codes.h");
}

TEST_CASE("the minimal scenario the examples go into is clean on its own") {
    const Doc doc = readDoc();
    REQUIRE(doc.minimal.find("-- (1)") != std::string::npos);
    REQUIRE(doc.minimal.find("-- (2)") != std::string::npos);
    const Linted linted = lint(Example{"", false, "", {}, 0}, doc.minimal);
    CHECK_MESSAGE(linted.codes.empty(), linted.output);
}

TEST_CASE("each wrong example gets exactly its code, each right example does not get it") {
    const Doc doc = readDoc();
    REQUIRE(doc.examples.size() >= 44);
    for (const Example& example : doc.examples) {
        CAPTURE(example.code);
        CAPTURE(example.doc_line);
        CAPTURE(example.wrong);
#ifndef SAQBOL_GUI
        if (example.code == "SB022") continue;  // measured with the game window's fonts only
#endif
        const Linted linted = lint(example, doc.minimal);
        INFO(linted.output);
        if (example.wrong) {
            CHECK(linted.codes == std::set<std::string>{example.code});
        } else {
            CHECK_FALSE(linted.codes.count(example.code));
        }
    }
}
