// SPDX-License-Identifier: MIT
// `saqbol report summary|csv|xapi|html [--class C] [--lang L] [--out FILE]` — the class
// reports of engine/core/report.h, made from the results store of the data folder. This
// file gathers what the pure reports need besides the results (scenario and lesson titles,
// the texts of choices, the UI catalog, the time) and writes the report whole: to --out
// through a temporary file renamed at the end, or to stdout.
#include "report_outputs.h"

#include <unistd.h>

#include <fstream>
#include <iostream>

#include "course_files.h"
#include "course_text.h"
#include "packs.h"
#include "paths.h"
#include "po_reader.h"
#include "report.h"
#include "results_store.h"
#include "scenario_loader.h"
#include "scenario_text.h"

namespace saqbol {
namespace {

struct Kind {
    std::string_view name;
    std::string (*make)(const Results&, const ReportContext&);
    std::string_view what;  // for "wrote the ... to FILE"
};

constexpr Kind kKinds[] = {
    {"summary", reportSummary, "summary"},
    {"csv", reportCsv, "CSV"},
    {"xapi", reportXapi, "xAPI statements"},
    {"html", reportHtml, "HTML report"},
};

const Kind& kindOf(ReportOutput output) { return kKinds[static_cast<int>(output)]; }

}  // namespace

void addReportNames(ReportContext& context, const std::string& lang) {
    std::vector<std::filesystem::path> places{dataRoot() / "scenarios"};
    const std::filesystem::path data = dataFolder();
    std::error_code ec;
    if (!data.empty() && std::filesystem::is_directory(data / "scenarios", ec)) places.push_back(data / "scenarios");
    for (const packs::ScenarioFolder& folder : packs::expandPlaces(places, data)) {
        if (folder.broken()) continue;
        for (const packs::ScenarioFile& found : packs::scenarioFiles(folder.folder)) {
            if (found.refused || isCourseFile(found.file)) continue;
            LoadResult loaded = loadScenario(found.file);
            if (loaded.hasErrors()) continue;
            const Scenario& s = loaded.host->scenario();
            const Catalog catalog = loadScenarioCatalog(s, lang, nullptr);
            const ScenarioText text(s, catalog, context.ui);
            context.scenario_titles.try_emplace(s.id, text.meta(s.title));
            for (const Node& node : s.nodes)
                for (const Choice& choice : node.choices)
                    context.choice_texts.try_emplace(choiceKey(s.id, node.id, choice.id),
                                                     text.text(node.id, choice.text, s.vars));
        }
    }
    for (const std::filesystem::path& file : shippedLessonFiles()) {
        CourseLoad loaded = loadCourseFile(file);
        if (!loaded.lesson) continue;
        const Lesson& l = *loaded.lesson;
        const Catalog catalog = loadCourseCatalog(file, l.id, l.lang, lessonStrings(l), lang, nullptr);
        context.lesson_titles.try_emplace(l.id, std::string(catalog.lookup(l.id + ":@meta", l.title)));
    }
}


bool writeWhole(const std::filesystem::path& file, const std::string& text, std::string* error) {
    std::filesystem::path temp = file;
    temp += ".part-" + std::to_string(getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            *error = "cannot write " + temp.string() + " (is the disk full or the folder read-only?)";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        *error = "cannot write " + file.string() + ": " + ec.message();
        return false;
    }
    return true;
}

const char* reportOutputHelp(ReportOutput output) {
    switch (output) {
        case ReportOutput::Summary:
            return R"(usage: saqbol report summary [--class C] [--lang kk|ru|en] [--out FILE] [--data DIR]

Per class: the students, the scenarios finished and unfinished, the share of
safe decisions per tip, the weakest tips, the quiz before and after, and the
moments most of the class got wrong — the ones to discuss.
)";
        case ReportOutput::Csv:
            return R"(usage: saqbol report csv [--class C] [--lang kk|ru|en] [--out FILE] [--data DIR]

One row per decision and per quiz answer (column "kind"), for a spreadsheet:
UTF-8 with a byte-order mark so Excel and LibreOffice show Kazakh and Russian
letters, CRLF line ends, RFC 4180 quoting. Columns: docs/reports.md.
)";
        case ReportOutput::Xapi:
            return R"(usage: saqbol report xapi [--class C] [--lang kk|ru|en] [--out FILE] [--data DIR]

xAPI 1.0.3 statements as one JSON array, for a learning record store or an LMS:
each session "attempted", each decision and quiz answer "answered", each
finished session "completed", with scores. Students are anonymous accounts.
The identifiers: docs/xapi.md.
)";
        case ReportOutput::Html:
            return R"(usage: saqbol report html [--class C] [--lang kk|ru|en] [--out FILE] [--data DIR]

A printable report (A4; charts as inline SVG; nothing fetched from the network):
the class per tip and per student, the weakest tips, the quiz before and after,
the moments to discuss, then one certificate per student. Open it in a browser
and print.
)";
    }
    return "";
}

int runReportOutput(ReportOutput output, const Args& args) {
    const Kind& kind = kindOf(output);
    const std::string command = "report " + std::string(kind.name);
    std::optional<std::string> out_file;
    ReportContext context;
    std::string lang = "kk";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--out" && has_value)
            out_file = args[++i];
        else if (args[i] == "--class" && has_value)
            context.class_filter = args[++i];
        else if (args[i] == "--lang" && has_value && isKnownLanguage(args[i + 1]))
            lang = args[++i];
        else
            return usageError(command, "unknown option '" + args[i] + "' (or its value is missing or wrong)");
    }
    Results results;
    if (!noResultsYet()) {
        std::string error;
        auto store = openResults(&error);
        if (!store) {
            std::cerr << "saqbol " << command << ": " << error << "\n";
            return 1;
        }
        std::optional<std::string> only;
        if (!context.class_filter.empty()) only = context.class_filter;
        auto loaded = store->load(only, &error);
        if (!loaded) {
            std::cerr << "saqbol " << command << ": " << error << "\n";
            return 1;
        }
        results = std::move(*loaded);
    }
    if (!context.class_filter.empty() && results.players.empty())
        std::cerr << "saqbol " << command << ": no results of class '" << context.class_filter
                  << "' here (saqbol report classes lists the classes)\n";

    context.ui = loadUiText(lang, dataRoot(), nullptr);
    context.generated_at = utcNow();
    addReportNames(context, lang);
    const std::string text = kind.make(results, context);
    if (!out_file || *out_file == "-") {
        std::cout << text;
        return 0;
    }
    std::string error;
    if (!writeWhole(*out_file, text, &error)) {
        std::cerr << "saqbol " << command << ": " << error << "\n";
        return 1;
    }
    std::cout << "wrote the " << kind.what << " to " << *out_file << "\n";
    return 0;
}

}  // namespace saqbol
