// SPDX-License-Identifier: MIT
// PO files are read with libgettextpo: contexts, fuzzy entries skipped, broken files
// reported with file and line, never a crash.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "po_reader.h"

using namespace saqbol;

namespace {
std::filesystem::path writeTemp(const std::string& name, const std::string& text) {
    auto dir = std::filesystem::temp_directory_path() / "saqbol-po-test";
    std::filesystem::create_directories(dir);
    auto path = dir / name;
    std::ofstream(path) << text;
    return path;
}
const char* kHeader = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
}  // namespace

TEST_CASE("PO entries are read by context; fuzzy ones fall back to the source") {
    auto path = writeTemp("good.po", std::string(kHeader) +
                                         "msgctxt \"s:a\"\nmsgid \"Сәлем\"\nmsgstr \"Привет\"\n\n"
                                         "msgctxt \"s:b\"\nmsgid \"Сәлем\"\nmsgstr \"Здравствуйте\"\n\n"
                                         "#, fuzzy\nmsgctxt \"s:a\"\nmsgid \"Код\"\nmsgstr \"Старый перевод\"\n");
    Catalog c;
    std::vector<Problem> problems;
    CHECK(readPoFile(path, c, [&](const Problem& p) { problems.push_back(p); }));
    CHECK(problems.empty());
    CHECK(c.lookup("s:a", "Сәлем") == "Привет");
    CHECK(c.lookup("s:b", "Сәлем") == "Здравствуйте");
    CHECK(c.lookup("s:a", "Код") == "Код");
}

TEST_CASE("a broken PO file is reported with its name and line, and reading goes on") {
    auto path = writeTemp("broken.po", std::string(kHeader) + "msgid \"ok\"\nmsgstr \"fine\"\n\nmsgid \"unterminated\nmsgstr \"x\"\n");
    Catalog c;
    std::vector<Problem> problems;
    CHECK_FALSE(readPoFile(path, c, [&](const Problem& p) { problems.push_back(p); }));
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].file.find("broken.po") != std::string::npos);
    CHECK(problems[0].line > 0);
    CHECK(problems[0].code == "SB021");
    // The process is alive and another file still reads.
    auto good = writeTemp("after.po", std::string(kHeader) + "msgid \"a\"\nmsgstr \"b\"\n");
    Catalog c2;
    CHECK(readPoFile(good, c2, nullptr));
    CHECK(c2.lookup("", "a") == "b");
}

TEST_CASE("a missing PO file is an error for readPoFile but not for a scenario's catalog") {
    Catalog c;
    std::vector<Problem> problems;
    CHECK_FALSE(readPoFile("/nonexistent/x.po", c, [&](const Problem& p) { problems.push_back(p); }));
    CHECK_FALSE(problems.empty());
    Scenario s;
    s.id = "nothing_here";
    s.lang = "kk";
    s.file = "/nonexistent/scenarios/nothing_here.lua";
    problems.clear();
    Catalog empty = loadScenarioCatalog(s, "ru", [&](const Problem& p) { problems.push_back(p); });
    CHECK(empty.size() == 0);
    CHECK(problems.empty());
}
