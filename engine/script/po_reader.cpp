// SPDX-License-Identifier: MIT
#include "po_reader.h"

#include <csetjmp>
#include <cstdio>
#include <system_error>
#include <utility>
#include <vector>

#include <gettext-po.h>
#include <unistd.h>

#include "codes.h"
#include "po_guard.h"

namespace saqbol {
namespace {

// libgettextpo reports through callbacks; a FATAL_ERROR callback must not return, so it
// jumps back to the guarded call. Only trivially destructible objects live between the
// setjmp and the jump.
struct PoErrors {
    std::jmp_buf fatal;
    std::vector<Problem>* problems;
    const char* file;     // the file being read or written
    const char* display;  // how messages name it (null: as libgettextpo does)
};
PoErrors* g_errors = nullptr;  // libgettextpo's handlers take no user pointer

void record(int severity, const char* filename, std::size_t line, const char* text) {
    if (g_errors == nullptr) return;
    const char* name = g_errors->display != nullptr ? g_errors->display : filename != nullptr ? filename : g_errors->file;
    g_errors->problems->push_back(
        {name, static_cast<int>(line), codes::kTranslationFile,
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

po_xerror_handler g_handler{onError, onError2};

// The parts that may be jumped out of: C types only.
po_file_t readProtected(const char* path, PoErrors* errors) {
    g_errors = errors;
    if (setjmp(errors->fatal) != 0) {
        g_errors = nullptr;
        return nullptr;
    }
    po_file_t file = po_file_read(path, &g_handler);
    g_errors = nullptr;
    return file;
}

bool writeProtected(po_file_t file, const char* path, PoErrors* errors) {
    g_errors = errors;
    if (setjmp(errors->fatal) != 0) {
        g_errors = nullptr;
        return false;
    }
    po_file_write(file, path, &g_handler);
    g_errors = nullptr;
    return true;
}

std::string text(const char* value) { return value != nullptr ? value : ""; }
std::optional<std::string> maybe(const char* value) {
    return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
}

PoMessage toMessage(po_message_t m) {
    PoMessage out;
    out.msgctxt = maybe(po_message_msgctxt(m));
    out.msgid = text(po_message_msgid(m));
    out.msgid_plural = maybe(po_message_msgid_plural(m));
    if (out.msgid_plural) {
        for (int i = 0; const char* form = po_message_msgstr_plural(m, i); ++i) out.msgstr_plural.emplace_back(form);
    } else {
        out.msgstr = text(po_message_msgstr(m));
    }
    out.comments = text(po_message_comments(m));
    out.extracted_comments = text(po_message_extracted_comments(m));
    for (int i = 0; po_filepos_t pos = po_message_filepos(m, i); ++i)
        out.references.emplace_back(text(po_filepos_file(pos)), static_cast<int>(po_filepos_start_line(pos)));
    for (const char* const* format = po_format_list(); *format != nullptr; ++format)
        if (po_message_is_format(m, *format)) out.formats.emplace_back(*format);
    out.fuzzy = po_message_is_fuzzy(m) != 0;
    out.obsolete = po_message_is_obsolete(m) != 0;
    out.prev_msgctxt = maybe(po_message_prev_msgctxt(m));
    out.prev_msgid = maybe(po_message_prev_msgid(m));
    out.prev_msgid_plural = maybe(po_message_prev_msgid_plural(m));
    return out;
}

// Reads `path` whole; problems go to `sink`, named `display` when given.
std::optional<PoCatalog> readCatalog(const std::string& path, const char* display, const ProblemSink& sink) {
    std::vector<Problem> problems;
    po_file_t file = detail::guardedPoRead(path.c_str(), display, problems);
    bool ok = file != nullptr;
    for (const Problem& problem : problems) {
        if (problem.severity == Severity::Error) ok = false;
        if (sink) sink(problem);
    }
    if (file == nullptr) {
        if (problems.empty() && sink)
            sink({display != nullptr ? display : path, 0, codes::kTranslationFile, Severity::Error,
                  "cannot read this PO file"});
        return std::nullopt;
    }
    PoCatalog catalog;
    po_message_iterator_t it = po_message_iterator(file, nullptr);
    while (po_message_t message = po_next_message(it)) {
        PoMessage m = toMessage(message);
        if (m.msgid.empty() && !m.msgctxt && !m.obsolete) {  // the header entry
            catalog.header = m.msgstr;
            catalog.header_comments = m.comments;
            catalog.header_fuzzy = m.fuzzy;
            continue;
        }
        catalog.messages.push_back(std::move(m));
    }
    po_message_iterator_free(it);
    po_file_free(file);
    if (!ok) return std::nullopt;
    return catalog;
}

}  // namespace

namespace detail {

po_file_t guardedPoRead(const char* path, const char* display, std::vector<Problem>& problems) {
    PoErrors errors{{}, &problems, path, display};
    return readProtected(path, &errors);
}

bool guardedPoWrite(po_file_t file, const char* path, std::vector<Problem>& problems) {
    PoErrors errors{{}, &problems, path, nullptr};
    return writeProtected(file, path, &errors);
}

}  // namespace detail

bool readPoFile(const std::filesystem::path& path, Catalog& catalog, const ProblemSink& sink) {
    const std::string name = path.string();
    std::vector<Problem> problems;
    po_file_t file = detail::guardedPoRead(name.c_str(), nullptr, problems);
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

std::optional<PoCatalog> readPoCatalog(const std::filesystem::path& path, const ProblemSink& sink) {
    return readCatalog(path.string(), nullptr, sink);
}

std::optional<PoCatalog> readPoCatalogText(const std::string& content, const std::string& name,
                                           const ProblemSink& sink) {
    // libgettextpo reads only files: hand it a private temporary one.
    std::string path = (std::filesystem::temp_directory_path() / "saqbol-po-XXXXXX").string();
    const int fd = mkstemp(path.data());
    if (fd < 0) {
        if (sink) sink({name, 0, codes::kTranslationFile, Severity::Error, "cannot make a temporary file to read it"});
        return std::nullopt;
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    std::optional<PoCatalog> catalog;
    if (done == content.size()) catalog = readCatalog(path, name.c_str(), sink);
    else if (sink) sink({name, 0, codes::kTranslationFile, Severity::Error, "cannot write a temporary file to read it"});
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return catalog;
}

std::filesystem::path scenarioLocalesDir(const std::filesystem::path& scenario_file, const std::string& id) {
    const std::filesystem::path folder = scenario_file.parent_path();
    const std::filesystem::path parent = folder.parent_path();
    std::error_code ec;
    // Where this scenario's files already are (the folder first, as findScenarioPo reads).
    for (const std::filesystem::path& base : {folder, parent}) {
        const std::filesystem::path locales = base / "locales";
        if (!std::filesystem::is_directory(locales, ec)) continue;
        if (std::filesystem::is_regular_file(locales / (id + ".pot"), ec)) return locales;
        for (const auto& entry : std::filesystem::directory_iterator(locales, ec))
            if (entry.is_directory(ec) && std::filesystem::is_regular_file(entry.path() / (id + ".po"), ec))
                return locales;
    }
    for (const std::filesystem::path& base : {folder, parent})
        if (std::filesystem::is_directory(base / "locales", ec)) return base / "locales";
    // Nothing yet: beside the scenarios/ folder of a pack, else in the scenario's own folder.
    return folder.filename() == "scenarios" ? parent / "locales" : folder / "locales";
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
