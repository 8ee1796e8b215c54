// SPDX-License-Identifier: MIT
// `saqbol i18n extract|update|check` — the translators' commands:
//   extract  writes the PO templates: locales/<id>.pot per scenario, locales/ui.pot (the
//            UI template built into saqbol, see ui_template.h);
//   update   merges the fresh templates into every language's PO file, as msgmerge does
//            (core/po_merge.h): kept, changed → fuzzy, new → empty, gone → obsolete;
//   check    counts total/translated/fuzzy/missing per language; exit 1 when a shipped
//            language is incomplete.
// What is translated: with no PATH the UI, the shipped scenarios/ (with the quiz and the
// lessons in its subfolders) and each --scenarios DIR; else the PATHs (a .lua file, a
// folder of them, a shipped scenario id, or `ui`).
// Templates (files starting with "_") are never translated. Translations of scenario X
// are <locales>/<lang>/X.po, <locales> being scenarioLocalesDir (the scenario's folder or
// its parent); the UI's are <data root>/locales/<lang>/ui.po. Messages are for trainers,
// in English like lint's.
// Sections: options and help · what to translate · extract · update · check · dispatch.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "course_files.h"
#include "course_text.h"
#include "paths.h"
#include "po_catalog.h"
#include "po_merge.h"
#include "po_reader.h"
#include "po_writer.h"
#include "scenario_lint.h"
#include "scenario_loader.h"
#include "translation_coverage.h"
#include "ui_template.h"

namespace saqbol {
namespace {
namespace fs = std::filesystem;

// ---- options and help ------------------------------------------------------------------

constexpr const char* kI18nHelp = R"(usage: saqbol i18n extract|update|check [PATH...] [--scenarios DIR] [OPTIONS]

Translations of the scenarios and of the game's own words (the UI), as gettext PO
files that translators edit with any PO editor (Poedit, Lokalize) or a text editor.

  saqbol i18n extract   write the templates: locales/<id>.pot, locales/ui.pot
  saqbol i18n update    merge the templates into locales/<lang>/*.po, keeping every
                        translation (a changed source text becomes fuzzy)
  saqbol i18n check     count translated, fuzzy and missing strings per language;
                        exit 1 when kk, ru or en is incomplete

With no PATH: the UI, every scenario in the shipped scenarios/ folder (with the quiz
and the lessons in its subfolders) and in each --scenarios DIR. A PATH is a .lua
file, a folder of them, a shipped scenario id, or the word ui. Files whose names start with "_" are templates and are skipped.
Each command has --help. See docs/translations.md.
)";

constexpr const char* kExtractHelp = R"(usage: saqbol i18n extract [PATH...] [--scenarios DIR] [--dry-run]

Writes the PO templates (.pot): every player-facing string of each scenario in its
source language, with its context (msgctxt "<scenario-id>:<node-id>", or
"<scenario-id>:@meta") and the line it comes from, to locales/<scenario-id>.pot
beside the scenario's language folders; and the UI's strings (English) to
locales/ui.pot. A template whose strings did not change is left as it is.

  --scenarios DIR  also the scenarios in DIR (and look up scenario ids there)
  --dry-run        only say what would be written

Exit codes: 0 ok, 1 a scenario has errors or a file could not be written, 2 usage.
)";

constexpr const char* kUpdateHelp = R"(usage: saqbol i18n update [PATH...] [--scenarios DIR] [--lang kk|ru|en] [--dry-run]

Merges the current strings into each language's PO file (kk, ru and en, less the
source language of each scenario; kk and ru for the UI), as gettext's msgmerge does:
  - the same string: its translation is kept;
  - a changed string: the most similar old entry (in the same node first) lends its
    translation, marked fuzzy, with the old text as "#| msgid" — review and unmark it;
  - a new string: an empty translation;
  - a string no longer used: kept at the end of the file as obsolete ("#~").
A missing language file is created. Files are replaced atomically; a file whose
content would not change is left as it is.

  --scenarios DIR  also the scenarios in DIR (and look up scenario ids there)
  --lang L         only this language
  --dry-run        only say what would change

Exit codes: 0 ok, 1 a scenario or PO file has errors or a file could not be written,
2 usage.
)";

constexpr const char* kCheckHelp = R"(usage: saqbol i18n check [PATH...] [--scenarios DIR] [--lang kk|ru|en] [--json]

Counts, per language, the strings of the UI and of every scenario: total,
translated, fuzzy (translated for an older text: shown in the source language until
reviewed) and missing; per file, the first missing and fuzzy string with the
scenario line it comes from.

  --json           {"languages": {"kk": {"total": N, "translated": N, "fuzzy": N,
                   "missing": N}, ...}, "files": [...], "complete": true|false}
  --scenarios DIR  also the scenarios in DIR (and look up scenario ids there)
  --lang L         only this language

Exit codes: 0 every shipped language (kk, ru, en) complete, 1 something is fuzzy or
missing (or a file has errors), 2 usage.
)";

constexpr const char* kLanguages[] = {"kk", "ru", "en"};

struct Options {
    std::string action;
    std::vector<std::string> paths;
    std::vector<fs::path> scenario_dirs;
    std::optional<std::string> lang;
    bool json = false;
    bool dry_run = false;
};

// ---- what to translate -----------------------------------------------------------------

// One template and where its language files live: a scenario, or the UI.
struct Unit {
    bool ui = false;
    fs::path source;       // the scenario, quiz or lesson file (empty for the UI)
    fs::path anchor;       // what findScenarioPo looks up from: the scenario file; for the quiz
                           // and lessons (one folder deeper) their folder, as course_files.h does
    std::string id;        // scenario id, or "ui"
    std::string lang;      // the source language
    fs::path locales;      // <locales>: the template is <locales>/<id>.pot
    PoCatalog pot;
    std::string what;      // "the SaqBol scenario \"x\"" — for a new file's first comment

    fs::path templatePath() const { return locales / (id + ".pot"); }
    // The language file: where it is, else where it will be.
    fs::path poPath(const std::string& to) const {
        if (!ui)
            if (auto found = findScenarioPo(anchor, id, to)) return *found;
        return locales / to / (id + ".po");
    }
    std::vector<std::string> languages(const std::optional<std::string>& only) const {
        std::vector<std::string> out;
        for (const char* l : kLanguages)
            if (l != lang && (!only || *only == l)) out.emplace_back(l);
        return out;
    }
};

// A path as the user would type it: relative to the current folder when inside it.
std::string shown(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec).lexically_normal();
    const fs::path here = fs::current_path(ec);
    const fs::path relative = absolute.lexically_relative(here);
    if (!relative.empty() && *relative.begin() != "..") return relative.string();
    return absolute.string();
}

// "2026-11-28 14:05+0500", or from SOURCE_DATE_EPOCH (UTC) for reproducible files.
std::string now() {
    std::time_t t = std::time(nullptr);
    std::tm parts{};
    char buffer[32];
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
        gmtime_r(&t, &parts);
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M+0000", &parts);
    } else {
        localtime_r(&t, &parts);
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M%z", &parts);
    }
    return buffer;
}

void printProblem(const Problem& p) { std::cerr << formatProblem(p) << "\n"; }

// The .lua files in and under `dir` (scenarios, and the quiz and lessons in their
// subfolders), sorted; templates left out.
std::vector<fs::path> scenarioFiles(const fs::path& dir) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".lua" && !isTemplateFile(entry.path()))
            found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

// The UI's template: the copy built into saqbol, dated now.
std::optional<Unit> uiUnit(const std::string& date) {
    auto pot = readPoCatalogText(kUiTemplate, "ui.pot (built into saqbol)", printProblem);
    if (!pot) return std::nullopt;
    pot->header = setHeaderField(pot->header, "POT-Creation-Date", date);
    Unit u;
    u.ui = true;
    u.id = "ui";
    u.lang = "en";
    u.locales = dataRoot() / "locales";
    u.pot = std::move(*pot);
    u.what = "the SaqBol user interface";
    return u;
}

// Loads `file` (a scenario, the quiz or a lesson) and makes its template; nullopt
// (problems printed) when it has errors.
std::optional<Unit> fileUnit(const fs::path& file, const std::string& date) {
    Unit u;
    u.source = file;
    std::vector<SourceString> strings;
    std::vector<Problem> problems;
    bool ok = false;
    if (isCourseFile(file)) {
        CourseLoad loaded = loadCourseFile(file);
        problems = loaded.problems;
        ok = !loaded.hasErrors() && (loaded.quiz || loaded.lesson);
        if (ok && loaded.quiz) {
            u.id = loaded.quiz->id, u.lang = loaded.quiz->lang, strings = quizStrings(*loaded.quiz);
            u.what = "the SaqBol quiz \"" + u.id + "\"";
        } else if (ok) {
            u.id = loaded.lesson->id, u.lang = loaded.lesson->lang, strings = lessonStrings(*loaded.lesson);
            u.what = "the SaqBol lesson \"" + u.id + "\"";
        }
        u.anchor = file.parent_path();
    } else {
        LoadResult loaded = loadScenario(file);
        problems = loaded.problems;
        ok = !loaded.hasErrors() && loaded.host;
        if (ok) {
            const Scenario& s = loaded.host->scenario();
            u.id = s.id, u.lang = s.lang, strings = scenarioStrings(s);
            u.what = "the SaqBol scenario \"" + s.id + "\"";
        }
        u.anchor = file;
    }
    if (!ok) {
        for (const Problem& p : problems)
            if (p.severity == Severity::Error) printProblem(p);
        std::cerr << "saqbol i18n: " << shown(file) << " has errors; fix them first (saqbol lint shows them all)\n";
        return std::nullopt;
    }
    u.locales = scenarioLocalesDir(u.anchor, u.id);
    // References name the file as seen from the folder that holds locales/.
    std::error_code ec;
    const fs::path base = fs::absolute(u.locales, ec).lexically_normal().parent_path();
    fs::path reference = fs::absolute(file, ec).lexically_normal().lexically_relative(base);
    if (reference.empty() || *reference.begin() == "..") reference = file.filename();
    u.pot = stringsTemplate(u.id, u.lang, strings, u.what, reference.generic_string(), date);
    return u;
}

struct Units {
    std::vector<Unit> list;
    bool failed = false;  // some scenario could not be read: exit 1
};

// The units the options name; nullopt after a usage error (printed, exit 2).
std::optional<Units> collectUnits(const Options& o) {
    const std::string date = now();
    Units units;
    std::vector<fs::path> files;
    bool want_ui = o.paths.empty();
    if (o.paths.empty()) {
        for (const fs::path& dir : std::vector<fs::path>{dataRoot() / "scenarios"})
            for (const fs::path& f : scenarioFiles(dir)) files.push_back(f);
        for (const fs::path& dir : o.scenario_dirs)
            for (const fs::path& f : scenarioFiles(dir)) files.push_back(f);
    }
    for (const std::string& p : o.paths) {
        std::error_code ec;
        if (p == "ui" && !fs::exists(p, ec)) {
            want_ui = true;
        } else if (fs::is_directory(p, ec)) {
            for (const fs::path& f : scenarioFiles(p)) files.push_back(f);
        } else if (auto file = resolveScenario(p, o.scenario_dirs)) {
            if (isTemplateFile(*file)) std::cerr << "saqbol i18n: skipped " << p << ": a template (its name starts with _) is not translated\n";
            else files.push_back(*file);
        } else {
            usageError("i18n " + o.action, "no such scenario, file or folder '" + p + "'");
            return std::nullopt;
        }
    }
    if (want_ui) {
        if (auto u = uiUnit(date)) units.list.push_back(std::move(*u));
        else units.failed = true;
    }
    std::set<fs::path> seen;
    std::map<fs::path, std::string> templates;  // <locales>/<id>.pot -> the scenario that owns it
    for (const fs::path& file : files) {
        std::error_code ec;
        if (!seen.insert(fs::weakly_canonical(file, ec)).second) continue;
        auto u = fileUnit(file, date);
        if (!u) {
            units.failed = true;
            continue;
        }
        const fs::path key = fs::weakly_canonical(u->templatePath(), ec);
        if (auto [it, fresh] = templates.emplace(key, shown(file)); !fresh) {
            std::cerr << shown(file) << ": SB006 scenario id '" << u->id << "' is also used by " << it->second
                      << "; both would share " << shown(u->templatePath()) << " — skipped\n";
            units.failed = true;
            continue;
        }
        units.list.push_back(std::move(*u));
    }
    return units;
}

std::string label(const Unit& u) { return u.ui ? std::string("the UI") : shown(u.source); }

// ---- extract ---------------------------------------------------------------------------

int extract(const Options& o) {
    auto units = collectUnits(o);
    if (!units) return 2;
    bool failed = units->failed;
    for (const Unit& u : units->list) {
        const fs::path path = u.templatePath();
        const PoWrite result = writePoCatalog(path, u.pot, printProblem, o.dry_run);
        if (result == PoWrite::Failed) {
            failed = true;
            continue;
        }
        const char* verb = result == PoWrite::Unchanged ? "unchanged" : o.dry_run ? "would write" : "wrote";
        std::cout << verb << " " << shown(path) << ": " << u.pot.messages.size() << " strings from " << label(u)
                  << "\n";
    }
    return failed ? 1 : 0;
}

// ---- update ----------------------------------------------------------------------------

std::string describe(const MergeStats& s, bool created) {
    std::ostringstream out;
    if (created) {
        out << s.added << " new";
        if (s.fuzzy > 0) out << ", " << s.fuzzy << " fuzzy";
        return out.str();
    }
    out << s.kept << " kept";
    if (s.revived > 0) out << " (" << s.revived << " back from obsolete)";
    out << ", " << s.fuzzy << " fuzzy, " << s.added << " new, " << s.obsoleted << " obsolete";
    if (s.dropped > 0) out << ", " << s.dropped << " untranslated removed";
    return out.str();
}

int update(const Options& o) {
    auto units = collectUnits(o);
    if (!units) return 2;
    bool failed = units->failed;
    std::size_t written = 0, created = 0, unchanged = 0, to_review = 0;
    const std::string date = now();
    for (const Unit& u : units->list) {
        for (const std::string& lang : u.languages(o.lang)) {
            const fs::path path = u.poPath(lang);
            std::error_code ec;
            const bool exists = fs::exists(path, ec);
            PoCatalog old;
            if (exists) {
                auto read = readPoCatalog(path, printProblem);
                if (!read) {
                    // Never overwrite a file that could not be read whole.
                    std::cerr << "saqbol i18n update: " << shown(path) << " left as it is: fix the problem above first\n";
                    failed = true;
                    continue;
                }
                old = std::move(*read);
            } else {
                old = newTranslation(u.pot, lang, u.what, date);
            }
            const MergeResult merged = mergeCatalog(old, u.pot);
            const PoWrite result = writePoCatalog(path, merged.catalog, printProblem, o.dry_run);
            if (result == PoWrite::Failed) {
                failed = true;
                continue;
            }
            std::string verb;
            if (result == PoWrite::Unchanged) verb = "unchanged", ++unchanged;
            else if (!exists) verb = o.dry_run ? "would create" : "created", ++created;
            else verb = o.dry_run ? "would update" : "updated", ++written;
            to_review += merged.stats.fuzzy;
            std::cout << verb << " " << shown(path) << ": " << describe(merged.stats, !exists) << "\n";
        }
    }
    std::cout << (o.dry_run ? "dry run, nothing written: " : "") << written << " updated, " << created << " created, "
              << unchanged << " unchanged";
    if (to_review > 0)
        std::cout << "; " << to_review << " changed string(s) now fuzzy: review each, then remove its fuzzy mark";
    std::cout << "\n";
    return failed ? 1 : 0;
}

// ---- check -----------------------------------------------------------------------------

nlohmann::json stringJson(const std::optional<TemplateString>& s) {
    if (!s) return nullptr;
    nlohmann::json j = {{"context", s->context}, {"text", s->text}};
    j["file"] = s->file.empty() ? nlohmann::json(nullptr) : nlohmann::json(s->file);
    j["line"] = s->line > 0 ? nlohmann::json(s->line) : nlohmann::json(nullptr);
    return j;
}

nlohmann::json countsJson(const TranslationCoverage& c) {
    return {{"total", c.total}, {"translated", c.translated}, {"fuzzy", c.fuzzy}, {"missing", c.missing}};
}

// `scenarios/x.lua:57 [x:node] "text"` — where a string comes from, for the text report.
std::string where(const Unit& u, const TemplateString& s) {
    std::string out;
    if (!u.ui && s.line > 0) out = shown(u.source) + ":" + std::to_string(s.line) + " ";
    if (!s.context.empty()) out += "[" + s.context + "] ";
    // At most 60 letters: enough to find it, one line in a terminal.
    std::size_t end = 0, letters = 0;
    for (; end < s.text.size() && letters < 60; ++letters) {
        ++end;
        while (end < s.text.size() && (static_cast<unsigned char>(s.text[end]) & 0xC0) == 0x80) ++end;
    }
    return out + "\"" + s.text.substr(0, end) + (end < s.text.size() ? "…" : "") + "\"";
}

int check(const Options& o) {
    auto units = collectUnits(o);
    if (!units) return 2;
    bool failed = units->failed;
    std::map<std::string, TranslationCoverage> totals;
    std::vector<std::string> order;
    for (const char* l : kLanguages)
        if (!o.lang || *o.lang == l) {
            totals[l];
            order.emplace_back(l);
        }
    nlohmann::json files = nlohmann::json::array();
    for (const Unit& u : units->list) {
        for (const std::string& lang : u.languages(o.lang)) {
            const fs::path path = u.poPath(lang);
            std::error_code ec;
            const bool exists = fs::exists(path, ec);
            std::optional<PoCatalog> po;
            bool unreadable = false;
            if (exists) {
                po = readPoCatalog(path, printProblem);
                unreadable = !po;
                if (unreadable) failed = true;
            }
            const TranslationCoverage c = translationCoverage(u.pot, po ? &*po : nullptr);
            totals[lang] += c;
            nlohmann::json entry = countsJson(c);
            entry["file"] = shown(path);
            entry["lang"] = lang;
            entry["source"] = u.ui ? "ui" : shown(u.source);
            entry["exists"] = exists;
            entry["unused"] = c.unused;
            entry["first_missing"] = stringJson(c.first_missing);
            entry["first_fuzzy"] = stringJson(c.first_fuzzy);
            files.push_back(entry);
            if (o.json) continue;
            std::cout << shown(path) << ": " << lang << ", " << c.total << " strings from " << label(u) << ": "
                      << c.translated << " translated, " << c.fuzzy << " fuzzy, " << c.missing << " missing"
                      << (!exists ? " (no file yet: saqbol i18n update creates it)"
                          : unreadable ? " (the file cannot be read: see above)" : "")
                      << "\n";
            if (c.first_missing)
                std::cout << "  first missing: " << where(u, *c.first_missing) << "\n";
            if (c.first_fuzzy)
                std::cout << "  first fuzzy:   " << where(u, *c.first_fuzzy) << "\n";
            if (c.unused > 0)
                std::cout << "  " << c.unused << " entr" << (c.unused == 1 ? "y is" : "ies are")
                          << " no longer used (saqbol i18n update makes " << (c.unused == 1 ? "it" : "them")
                          << " obsolete)\n";
        }
    }
    bool complete = true;
    nlohmann::json languages = nlohmann::json::object();
    std::vector<std::string> incomplete;
    for (const std::string& lang : order) {
        const TranslationCoverage& c = totals[lang];
        languages[lang] = countsJson(c);
        if (!c.complete()) {
            complete = false;
            incomplete.push_back(lang);
        }
    }
    if (o.json) {
        std::cout << nlohmann::json{{"languages", languages}, {"files", files}, {"complete", complete}}.dump(2) << "\n";
    } else {
        std::cout << "\n";
        for (const std::string& lang : order) {
            const TranslationCoverage& c = totals[lang];
            std::cout << lang << ": " << c.total << " strings, " << c.translated << " translated, " << c.fuzzy
                      << " fuzzy, " << c.missing << " missing" << (c.complete() ? " — complete" : "") << "\n";
        }
        if (complete) {
            std::cout << "every language is complete\n";
        } else {
            std::string list;
            for (const std::string& l : incomplete) list += (list.empty() ? "" : ", ") + l;
            std::cout << "incomplete: " << list
                      << " (translate the missing strings; review the fuzzy ones and remove their fuzzy mark)\n";
        }
    }
    return failed || !complete ? 1 : 0;
}

}  // namespace

// ---- dispatch --------------------------------------------------------------------------

int runI18n(const Args& args) {
    if (args.empty()) return usageError("i18n", "which action? extract, update or check");
    if (args.front() == "--help" || args.front() == "-h") {
        std::cout << kI18nHelp;
        return 0;
    }
    Options o;
    o.action = args.front();
    const char* help = o.action == "extract" ? kExtractHelp
                     : o.action == "update"  ? kUpdateHelp
                     : o.action == "check"   ? kCheckHelp
                                             : nullptr;
    if (help == nullptr) return usageError("i18n", "unknown action '" + o.action + "', expected extract, update or check");
    const std::string command = "i18n " + o.action;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << help;
            return 0;
        } else if (a == "--scenarios") {
            if (!has_value) return usageError(command, "--scenarios needs a folder");
            std::error_code ec;
            if (!fs::is_directory(args[i + 1], ec)) return usageError(command, "no such folder '" + args[i + 1] + "'");
            o.scenario_dirs.emplace_back(args[++i]);
        } else if (a == "--lang" && o.action != "extract") {
            if (!has_value || (args[i + 1] != "kk" && args[i + 1] != "ru" && args[i + 1] != "en"))
                return usageError(command, "--lang takes one of: kk, ru, en");
            o.lang = args[++i];
        } else if (a == "--json" && o.action == "check") {
            o.json = true;
        } else if (a == "--dry-run" && o.action != "check") {
            o.dry_run = true;
        } else if (a.rfind("-", 0) == 0) {
            return usageError(command, "unknown option '" + a + "'");
        } else {
            o.paths.push_back(a);
        }
    }
    if (o.action == "extract") return extract(o);
    if (o.action == "update") return update(o);
    return check(o);
}

}  // namespace saqbol
