// SPDX-License-Identifier: MIT
// `saqbol report SUBCOMMAND ...` — class results from the results store of the data folder:
// the reports (report_outputs.cpp) and export, import, classes, delete-class (here).
// The subcommands are one table (kSubcommands): a name, a line for the overview, the
// --help text and the function; `--data DIR` and `--help` are handled here for all.
// Sections: shared helpers · export · import · classes · delete-class · the table and
// the dispatch.

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "commands.h"
#include "exchange.h"
#include "paths.h"
#include "report_outputs.h"
#include "results_store.h"

namespace saqbol {
namespace {

// --- Shared helpers ---

// "1 player", "2 players".
std::string count(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string describe(int players, int sessions, int decisions, int answers) {
    return count(players, "player", "players") + ", " + count(sessions, "session", "sessions") + ", " +
           count(decisions, "decision", "decisions") + ", " + count(answers, "quiz answer", "quiz answers");
}

std::string className(const std::string& name) { return name.empty() ? "(no class)" : name; }

// Opens the store for `command`, or says why not on stderr.
std::unique_ptr<Store> openOrSay(const std::string& command) {
    std::string error;
    auto store = openResults(&error);
    if (!store) std::cerr << "saqbol report " << command << ": " << error << "\n";
    return store;
}

constexpr std::uintmax_t kLargestImport = 256u << 20;  // far above any class's results

// The whole file, or nullopt with `error` set.
std::optional<std::string> readWhole(const std::filesystem::path& file, std::string* error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        *error = "no such file";
        return std::nullopt;
    }
    if (std::filesystem::file_size(file, ec) > kLargestImport) {
        *error = "larger than 256 MB: not a SaqBol results export";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) {
        *error = "cannot be read";
        return std::nullopt;
    }
    return text.str();
}

// --- export ---

constexpr const char* kExportHelp = R"(usage: saqbol report export --out FILE [--class C] [--data DIR]

Writes the results of this PC (every class, or class C) to one file, for a USB
stick or a shared folder; the teacher's PC reads it with saqbol report import.
The file is JSON with a checksum (docs/results.md); --out - writes to stdout.

Exit codes: 0 written, 1 the store cannot be read or the file written, 2 usage.
)";

int runExport(const Args& args) {
    std::optional<std::string> out_file, class_name;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--out" && has_value)
            out_file = args[++i];
        else if (args[i] == "--class" && has_value)
            class_name = args[++i];
        else
            return usageError("report export", "unknown option '" + args[i] + "' (or its value is missing)");
    }
    if (!out_file) return usageError("report export", "where to? give --out FILE");
    if (noResultsYet()) {
        std::cerr << "saqbol report export: no results yet in " << resultsFile().string()
                  << "; nothing exported\n";
        return 1;
    }
    auto store = openOrSay("export");
    if (!store) return 1;
    std::string error;
    if (class_name) {
        const auto classes = store->classes(&error);
        bool found = false;
        std::string known;
        for (const ClassInfo& c : classes.value_or(std::vector<ClassInfo>{})) {
            found = found || c.name == *class_name;
            known += (known.empty() ? "" : ", ") + className(c.name);
        }
        if (classes && !found) {
            std::cerr << "saqbol report export: no class '" << *class_name << "' in the results ("
                      << (known.empty() ? "there are no results yet" : "classes: " + known) << ")\n";
            return 1;
        }
    }
    const auto results = store->load(class_name, &error);
    if (!results) {
        std::cerr << "saqbol report export: " << error << "\n";
        return 1;
    }
    const std::string text =
        writeExport(*results, {utcNow(), std::string("saqbol ") + SAQBOL_VERSION, class_name});
    const std::string what =
        describe(static_cast<int>(results->players.size()), static_cast<int>(results->sessions.size()),
                 static_cast<int>(results->decisions.size()), static_cast<int>(results->answers.size()));
    if (*out_file == "-") {
        std::cout << text;
        std::cerr << "exported " << what << "\n";
        return 0;
    }
    if (!writeWhole(*out_file, text, &error)) {
        std::cerr << "saqbol report export: " << error << "\n";
        return 1;
    }
    std::cout << "exported " << what << (class_name ? " of class " + className(*class_name) : std::string())
              << " to " << *out_file << "\n";
    return 0;
}

// --- import ---

constexpr const char* kImportHelp = R"(usage: saqbol report import FILE... [--data DIR]

Adds the results in each FILE (made by saqbol report export on any PC) to this
PC's store. A student is a class and a nickname: the same pair from two PCs is
one student. Each file is checked whole first — JSON, format and version, every
field, the references, the counts and the checksum — and then added in one
transaction; a damaged file is refused and nothing of it is added, while the
other files still are. Records already here are skipped, so importing a file
twice adds nothing the second time.

Exit codes: 0 every file imported, 1 some file refused (named, with what is
wrong), 2 usage.
)";

int runImport(const Args& args) {
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a.rfind("-", 0) == 0 && a != "-")
            return usageError("report import", "unknown option '" + a + "'");
        files.push_back(a);
    }
    if (files.empty())
        return usageError("report import", "which files? e.g. saqbol report import pc1.json pc2.json");
    auto store = openOrSay("import");
    if (!store) return 1;
    int exit_code = 0;
    for (const std::string& file : files) {
        std::string error;
        std::vector<std::string> problems;
        std::optional<Results> results;
        if (const auto text = readWhole(file, &error))
            results = readExport(*text, &problems);
        else
            problems.push_back(error);
        std::optional<ImportCounts> added;
        if (results) {
            added = store->import(*results, &error);
            if (!added) problems.push_back(error);
        }
        if (!added) {
            std::cerr << "saqbol report import: " << file << ": refused, nothing of it was imported:\n";
            for (const std::string& p : problems) std::cerr << "  " << p << "\n";
            exit_code = 1;
            continue;
        }
        std::cout << file << ": added "
                  << describe(added->players, added->sessions, added->decisions, added->answers);
        if (added->finished > 0)
            std::cout << "; " << count(added->finished, "session", "sessions") << " finished since";
        std::cout << "\n";
    }
    return exit_code;
}

// --- classes ---

constexpr const char* kClassesHelp = R"(usage: saqbol report classes [--json] [--data DIR]

Lists the classes in this PC's results: players, sessions (and how many are
unfinished), decisions and quiz answers.

Exit codes: 0 listed, 1 the store cannot be read, 2 usage.
)";

int runClasses(const Args& args) {
    bool json = false;
    for (const std::string& a : args) {
        if (a == "--json")
            json = true;
        else
            return usageError("report classes", "unknown option '" + a + "'");
    }
    if (noResultsYet()) {
        if (json)
            std::cout << "[]\n";
        else
            std::cout << "no results yet in " << resultsFile().string() << "\n";
        return 0;
    }
    auto store = openOrSay("classes");
    if (!store) return 1;
    std::string error;
    const auto classes = store->classes(&error);
    if (!classes) {
        std::cerr << "saqbol report classes: " << error << "\n";
        return 1;
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const ClassInfo& c : *classes)
            list.push_back({{"class_name", c.name},
                            {"players", c.players},
                            {"sessions", c.sessions},
                            {"unfinished", c.unfinished},
                            {"decisions", c.decisions},
                            {"answers", c.answers}});
        std::cout << list.dump(2) << "\n";
        return 0;
    }
    if (classes->empty()) std::cout << "no results yet in " << store->file().string() << "\n";
    for (const ClassInfo& c : *classes)
        std::cout << className(c.name) << ": " << describe(c.players, c.sessions, c.decisions, c.answers)
                  << " (" << c.unfinished << " unfinished)\n";
    return 0;
}

// --- delete-class ---

constexpr const char* kDeleteHelp = R"(usage: saqbol report delete-class CLASS [--yes] [--data DIR]

Deletes a class from this PC's results: its players and all of their sessions,
decisions and quiz answers, and overwrites the space they took in the file.
Without --yes it only says what it would delete. Export first if the results
are still needed. "" names the players without a class.

Exit codes: 0 deleted (or shown), 1 no such class or the store cannot be
written, 2 usage.
)";

int runDeleteClass(const Args& args) {
    std::optional<std::string> class_name;
    bool yes = false;
    for (const std::string& a : args) {
        if (a == "--yes")
            yes = true;
        else if (a.rfind("--", 0) == 0)
            return usageError("report delete-class", "unknown option '" + a + "'");
        else if (!class_name)
            class_name = a;
        else
            return usageError("report delete-class", "one class at a time ('" + a + "' is extra)");
    }
    if (!class_name)
        return usageError("report delete-class", "which class? e.g. saqbol report delete-class 7B --yes");
    if (noResultsYet()) {
        std::cerr << "saqbol report delete-class: no class '" << *class_name
                  << "': there are no results yet in " << resultsFile().string() << "\n";
        return 1;
    }
    auto store = openOrSay("delete-class");
    if (!store) return 1;
    std::string error;
    const auto classes = store->classes(&error);
    if (!classes) {
        std::cerr << "saqbol report delete-class: " << error << "\n";
        return 1;
    }
    const ClassInfo* target = nullptr;
    std::string known;
    for (const ClassInfo& c : *classes) {
        if (c.name == *class_name) target = &c;
        known += (known.empty() ? "" : ", ") + className(c.name);
    }
    if (target == nullptr) {
        std::cerr << "saqbol report delete-class: no class '" << *class_name << "' in the results ("
                  << (known.empty() ? "there are no results yet" : "classes: " + known) << ")\n";
        return 1;
    }
    const std::string what = describe(target->players, target->sessions, target->decisions, target->answers);
    if (!yes) {
        std::cout << "would delete class " << className(*class_name) << ": " << what
                  << "; nothing deleted yet — run again with --yes to delete\n";
        return 0;
    }
    const auto deleted = store->deleteClass(*class_name, &error);
    if (!deleted) {
        std::cerr << "saqbol report delete-class: " << error << "\n";
        return 1;
    }
    std::cout << "deleted class " << className(*class_name) << ": "
              << describe(deleted->players, deleted->sessions, deleted->decisions, deleted->answers) << "\n";
    return 0;
}

// --- The table and the dispatch ---

struct Subcommand {
    const char* name;
    const char* line;  // for the overview
    const char* help;  // --help
    int (*run)(const Args& args);
};

// Adding a subcommand is one entry here (and its function above or in its own file).
const Subcommand kSubcommands[] = {
    {"summary", "summary [--class C] [--lang L]  the class per tip, the moments to discuss",
     reportOutputHelp(ReportOutput::Summary), [](const Args& a) { return runReportOutput(ReportOutput::Summary, a); }},
    {"csv", "csv [--class C] [--out FILE]    every decision and quiz answer, for a spreadsheet",
     reportOutputHelp(ReportOutput::Csv), [](const Args& a) { return runReportOutput(ReportOutput::Csv, a); }},
    {"xapi", "xapi [--class C] [--out FILE]   xAPI 1.0.3 statements for an LMS",
     reportOutputHelp(ReportOutput::Xapi), [](const Args& a) { return runReportOutput(ReportOutput::Xapi, a); }},
    {"html", "html [--class C] [--out FILE]   a printable report with certificates",
     reportOutputHelp(ReportOutput::Html), [](const Args& a) { return runReportOutput(ReportOutput::Html, a); }},
    {"export", "export --out FILE [--class C]   this PC's results as one file", kExportHelp, runExport},
    {"import", "import FILE...                  add exported files (twice adds nothing)", kImportHelp,
     runImport},
    {"classes", "classes [--json]                the classes here and what they hold", kClassesHelp,
     runClasses},
    {"delete-class", "delete-class CLASS [--yes]      delete a class and all its results", kDeleteHelp,
     runDeleteClass},
};

std::string subcommandNames() {
    std::string names;
    for (const Subcommand& s : kSubcommands) names += (names.empty() ? "" : ", ") + std::string(s.name);
    return names;
}

std::string overview() {
    std::string text =
        "usage: saqbol report SUBCOMMAND [OPTIONS] [--data DIR]\n\n"
        "Class results, from the results store of the data folder (results.sqlite;\n"
        "--data DIR uses DIR instead of the user's data folder).\n\n";
    for (const Subcommand& s : kSubcommands) text += std::string("  saqbol report ") + s.line + "\n";
    text += "\nEach subcommand has --help. Exit codes: 0 ok, 1 the input has problems, 2 usage.\n";
    return text;
}

}  // namespace

int runReport(const Args& args) {
    const Subcommand* chosen = nullptr;
    bool help = false;
    Args rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            help = true;
        } else if (a == "--data") {
            if (i + 1 >= args.size()) return usageError("report", "--data takes a folder");
            useDataFolder(args[++i]);
        } else if (chosen == nullptr && a.rfind("-", 0) != 0) {
            for (const Subcommand& s : kSubcommands)
                if (a == s.name) chosen = &s;
            if (chosen == nullptr)
                return usageError("report",
                                  "unknown subcommand '" + a + "', expected one of: " + subcommandNames());
        } else {
            rest.push_back(a);
        }
    }
    if (help) {
        std::cout << (chosen != nullptr ? chosen->help : overview());
        return 0;
    }
    if (chosen == nullptr) return usageError("report", "which subcommand? one of: " + subcommandNames());
    return chosen->run(rest);
}

}  // namespace saqbol
