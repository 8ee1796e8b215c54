// SPDX-License-Identifier: MIT
#include "po_reader.h"

#include <csetjmp>
#include <cstdio>
#include <system_error>
#include <utility>
#include <vector>

#include <gettext-po.h>

#include "codes.h"

namespace saqbol {
namespace {

// libgettextpo reports through callbacks; a FATAL_ERROR callback must not return, so it
// jumps back to readPoFile. Only trivially destructible objects live between the setjmp
// and the jump.
struct PoErrors {
    std::jmp_buf fatal;
    std::vector<Problem>* problems;
    const char* file;
};
PoErrors* g_errors = nullptr;  // libgettextpo's handlers take no user pointer

void record(int severity, const char* filename, std::size_t line, const char* text) {
    if (g_errors == nullptr) return;
    g_errors->problems->push_back(
        {filename != nullptr ? filename : g_errors->file, static_cast<int>(line), codes::kTranslationFile,
         severity == PO_SEVERITY_WARNING ? Severity::Warning : Severity::Error,
         text != nullptr ? text : "cannot read this PO file"});
}

void onError(int severity, po_message_t, const char* filename, std::size_t line, std::size_t,
             int, const char* text) {
    record(severity, filename, line, text);
    if (severity == PO_SEVERITY_FATAL_ERROR) std::longjmp(g_errors->fatal, 1);
}

void onError2(int severity, po_message_t, const char* filename1, std::size_t line1, std::size_t,
              int, const char* text1, po_message_t, const char*, std::size_t, std::size_t, int,
              const char* text2) {
    std::string text = std::string(text1 != nullptr ? text1 : "") + " " + (text2 != nullptr ? text2 : "");
    record(severity, filename1, line1, text.c_str());
    if (severity == PO_SEVERITY_FATAL_ERROR) std::longjmp(g_errors->fatal, 1);
}

// The part that may be jumped out of: C types only.
po_file_t readProtected(const char* path, PoErrors* errors) {
    static po_xerror_handler handler{onError, onError2};
    g_errors = errors;
    if (setjmp(errors->fatal) != 0) {
        g_errors = nullptr;
        return nullptr;
    }
    po_file_t file = po_file_read(path, &handler);
    g_errors = nullptr;
    return file;
}

}  // namespace

bool readPoFile(const std::filesystem::path& path, Catalog& catalog, const ProblemSink& sink) {
    const std::string name = path.string();
    std::vector<Problem> problems;
    PoErrors errors{{}, &problems, name.c_str()};
    po_file_t file = readProtected(name.c_str(), &errors);
    bool ok = file != nullptr;
    for (const Problem& problem : problems) {
        if (problem.severity == Severity::Error) ok = false;
        if (sink) sink(problem);
    }
    if (file == nullptr) {
        if (problems.empty() && sink)
            sink({name, 0, codes::kTranslationFile, Severity::Error, "cannot read this PO file"});
        return false;
    }
    po_message_iterator_t it = po_message_iterator(file, nullptr);
    while (po_message_t message = po_next_message(it)) {
        if (po_message_is_obsolete(message) || po_message_is_fuzzy(message)) continue;
        const char* id = po_message_msgid(message);
        if (id == nullptr || *id == '\0') continue;  // the header entry
        const char* context = po_message_msgctxt(message);
        const char* translation = po_message_msgstr(message);
        catalog.add(context != nullptr ? context : "", id, translation != nullptr ? translation : "");
    }
    po_message_iterator_free(it);
    po_file_free(file);
    return ok;
}

std::optional<std::filesystem::path> findScenarioPo(const std::filesystem::path& scenario_file,
                                                    const std::string& id, const std::string& lang) {
    const std::filesystem::path folder = scenario_file.parent_path();
    for (const std::filesystem::path& base : {folder, folder.parent_path()}) {
        std::filesystem::path candidate = base / "locales" / lang / (id + ".po");
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

Catalog loadScenarioCatalog(const Scenario& scenario, const std::string& lang, const ProblemSink& sink) {
    Catalog catalog;
    const std::string from = lang == "xx" ? "en" : lang;
    if (from != scenario.lang) {
        if (auto po = findScenarioPo(scenario.file, scenario.id, from)) readPoFile(*po, catalog, sink);
    }
    if (lang == "xx") {
        Catalog pseudo;
        for (const SourceString& s : scenarioStrings(scenario))
            pseudo.add(s.context, s.text, pseudoTranslate(catalog.lookup(s.context, s.text)));
        return pseudo;
    }
    return catalog;
}

UiText loadUiText(const std::string& lang, const std::filesystem::path& root, const ProblemSink& sink) {
    Catalog catalog;
    if (lang != "en" && lang != "xx") {
        const auto po = root / "locales" / lang / "ui.po";
        std::error_code ec;
        if (std::filesystem::is_regular_file(po, ec)) readPoFile(po, catalog, sink);
        else if (sink) sink({po.string(), 0, codes::kMissingTranslation, Severity::Warning, "no UI translation file; showing English"});
    }
    return UiText(lang, std::move(catalog));
}

}  // namespace saqbol
