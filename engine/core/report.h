// SPDX-License-Identifier: MIT
// The class reports, made from Results (results.h) as strings: a terminal summary, CSV for
// spreadsheets, xAPI 1.0.3 statements for a learning record store, and a printable HTML
// page with certificates. Pure functions: the caller loads the results, the scenario titles
// and the UI catalog, passes the time, and writes the string where it wants. Standard
// library only — the JSON, CSV and HTML writers are small escapers of our own (no parser).
// What each report holds and why: docs/reports.md; every xAPI IRI: docs/xapi.md.
//
// Sections: the context; the analysis (shared by summary and HTML); the four reports;
// helpers the reports use that tests and the store may reuse.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "quiz.h"  // Discernment
#include "results.h"
#include "ui_text.h"

namespace saqbol {

// ---- The context: what the reports need besides the results -------------------------

// The fixed IRI of the "account" of every anonymous student in xAPI (docs/xapi.md).
inline constexpr std::string_view kXapiStudentHomePage = "https://saqbol.kz/student";
// The prefix of every activity and extension IRI SaqBol mints (docs/xapi.md).
inline constexpr std::string_view kXapiBase = "https://saqbol.kz/xapi/";

// Names in the report's language and what to include.
struct ReportContext {
    UiText ui;                                                        // the report's language and UI catalog
    std::map<std::string, std::string, std::less<>> scenario_titles;  // scenario id → title
    std::map<std::string, std::string, std::less<>> lesson_titles;    // lesson id → title
    // choiceKey(scenario, node, choice) → the choice's text, to name what most of a class
    // chose at a moment to discuss; optional (the choice id is shown without it).
    std::map<std::string, std::string, std::less<>> choice_texts;
    std::string generated_at;  // UTC ISO 8601, shown in the summary and the HTML
    std::string class_filter;  // only this class (exact match); empty: every class
};

// The key of ReportContext::choice_texts.
std::string choiceKey(std::string_view scenario, std::string_view node, std::string_view choice);

// ---- The analysis: one class's results, counted --------------------------------------

// Safe decisions among the scored ones (verdict safe, risky or harmful) on one tip or rule.
struct TipShare {
    std::string tip;
    int safe = 0;
    int scored = 0;
    double share() const { return scored > 0 ? double(safe) / scored : 0; }
};

// A moment most of the class got wrong: risky or harmful in more than half of the scored
// decisions made there, and at least kMinDecisionsToDiscuss of them.
inline constexpr int kMinDecisionsToDiscuss = 3;
struct MomentToDiscuss {
    std::string scenario, node;
    int wrong = 0;           // risky or harmful decisions here
    int scored = 0;          // scored decisions here
    std::string top_choice;  // the wrong choice made most often
    int top_count = 0;
    double share() const { return scored > 0 ? double(wrong) / scored : 0; }
};

// One student.
struct StudentReport {
    Player player;
    int finished = 0, unfinished = 0;            // scenario sessions played to an ending, or not (quiz not counted)
    int sessions = 0;                            // every session, scenario or quiz, finished or not
    std::vector<std::string> completed;          // scenario ids finished, first finish first, once each
    std::vector<TipShare> tips;                  // the tips and rules the student met, tip order
    std::vector<std::string> handled_well;       // tips with at least kWellShare of decisions safe
    bool has_before = false, has_after = false;  // a finished quiz, and a later one of the other form
    char before_form = 0, after_form = 0;
    Discernment before, after;
};
inline constexpr double kWellShare = 0.75;

// One class.
struct ClassReport {
    std::string class_name;                  // may be empty (a workshop)
    std::vector<StudentReport> students;     // by nickname
    int finished = 0, unfinished = 0;        // scenario sessions
    int quiz_sessions = 0;                   // finished quiz sessions
    std::vector<TipShare> tips;              // the five tips always, then rules met
    std::vector<std::string> weakest;        // up to 2 tips with the lowest share (≥ 3 decisions)
    int quiz_pairs = 0;                      // students with a before and an after quiz
    double before_mean = 0, after_mean = 0;  // their mean discernment, in [-1, 1]
    std::vector<MomentToDiscuss> moments;    // most wrong first
};

// The classes in `results` (only context.class_filter's when set), by class name.
// The quiz's "before" is a student's first finished quiz, "after" the last finished one of
// the other form started later (A then B by default, but a teacher may swap the forms).
std::vector<ClassReport> analyzeClasses(const Results& results, std::string_view class_filter);

// ---- The four reports ----------------------------------------------------------------

// Terminal text, per class: students, sessions, safe share per tip, the weakest tips, the
// quiz before/after, the moments to discuss. Ends with a newline.
std::string reportSummary(const Results& results, const ReportContext& context);

// One row per decision and per quiz answer (column `kind`), sorted by class, nickname,
// session start and seq; UTF-8 with a BOM, CRLF, RFC 4180 quoting (docs/reports.md).
std::string reportCsv(const Results& results, const ReportContext& context);
// The CSV's header fields, in order.
const std::vector<std::string>& csvColumns();

// xAPI 1.0.3 statements as one JSON array: attempted, answered, completed (docs/xapi.md).
std::string reportXapi(const Results& results, const ReportContext& context);

// One self-contained printable HTML file (A4; inline CSS and SVG; nothing fetched).
std::string reportHtml(const Results& results, const ReportContext& context);

// ---- Helpers -------------------------------------------------------------------------

// Results limited to one class's players and their sessions, decisions and answers.
Results selectClass(const Results& results, std::string_view class_name);
// True for a UUID in its 8-4-4-4-12 hex form with RFC 4122 variant bits.
bool isValidUuid(std::string_view text);
// A name-based UUID (version 5, SHA-1) of `name` in SaqBol's namespace: the same name
// always gives the same UUID (docs/xapi.md says which names).
std::string nameBasedUuid(std::string_view name);
// `text` for HTML text and attribute values: & < > " ' escaped.
std::string htmlEscape(std::string_view text);
// `text` as a JSON string literal, quotes included.
std::string jsonString(std::string_view text);
// A share in [0, 1] as a whole percentage ("67%"); a discernment as -100…+100 ("+40").
std::string percentText(double share);
std::string discernmentText(double discernment);

}  // namespace saqbol
