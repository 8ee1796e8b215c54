// SPDX-License-Identifier: MIT
#include "po_writer.h"

#include <cerrno>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <gettext-po.h>
#include <unistd.h>

#include "codes.h"
#include "po_guard.h"
#include "po_reader.h"

namespace saqbol {
namespace {

// Owns a libgettextpo file.
struct PoFile {
    po_file_t file = po_file_create();
    ~PoFile() { po_file_free(file); }
    PoFile() = default;
    PoFile(const PoFile&) = delete;
    PoFile& operator=(const PoFile&) = delete;
};

void fill(po_message_t out, const PoMessage& m) {
    if (m.msgctxt) po_message_set_msgctxt(out, m.msgctxt->c_str());
    po_message_set_msgid(out, m.msgid.c_str());
    if (m.msgid_plural) {
        po_message_set_msgid_plural(out, m.msgid_plural->c_str());
        for (std::size_t i = 0; i < m.msgstr_plural.size(); ++i)
            po_message_set_msgstr_plural(out, static_cast<int>(i), m.msgstr_plural[i].c_str());
    } else {
        po_message_set_msgstr(out, m.msgstr.c_str());
    }
    if (!m.comments.empty()) po_message_set_comments(out, m.comments.c_str());
    if (!m.extracted_comments.empty()) po_message_set_extracted_comments(out, m.extracted_comments.c_str());
    for (const auto& [file, line] : m.references)
        po_message_add_filepos(out, file.c_str(), static_cast<std::size_t>(line));
    for (const std::string& format : m.formats) po_message_set_format(out, format.c_str(), 1);
    if (m.prev_msgctxt) po_message_set_prev_msgctxt(out, m.prev_msgctxt->c_str());
    if (m.prev_msgid) po_message_set_prev_msgid(out, m.prev_msgid->c_str());
    if (m.prev_msgid_plural) po_message_set_prev_msgid_plural(out, m.prev_msgid_plural->c_str());
    po_message_set_fuzzy(out, m.fuzzy ? 1 : 0);
    po_message_set_obsolete(out, m.obsolete ? 1 : 0);
}

std::string slurp(const std::filesystem::path& path, bool* ok) {
    std::ifstream in(path, std::ios::binary);
    *ok = static_cast<bool>(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text without its POT-Creation-Date line: a template made again from the same
// sources differs only there.
std::string withoutCreationDate(std::string text) {
    const std::string key = "\"POT-Creation-Date: ";
    if (auto at = text.find(key); at != std::string::npos) {
        const auto end = text.find('\n', at);
        text.erase(at, end == std::string::npos ? std::string::npos : end - at + 1);
    }
    return text;
}

// A unique temporary name next to `path` (so the rename stays on one file system).
std::string temporaryBeside(const std::filesystem::path& path, bool in_temp_dir) {
    const std::filesystem::path dir = in_temp_dir ? std::filesystem::temp_directory_path() : path.parent_path();
    std::string name = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(name.data());
    if (fd < 0) return "";
    ::close(fd);
    return name;
}

// Whether `written` (read back from disk) holds every entry of `wanted`. libgettextpo
// 0.21 does not report write errors (a full disk, a file size limit): it leaves a short
// file and says nothing, so what reached the disk is read back before it replaces anything.
bool sameEntries(const PoCatalog& wanted, const PoCatalog& written) {
    if (wanted.header != written.header || wanted.header_comments != written.header_comments ||
        wanted.header_fuzzy != written.header_fuzzy || wanted.messages.size() != written.messages.size())
        return false;
    for (std::size_t i = 0; i < wanted.messages.size(); ++i) {
        const PoMessage& a = wanted.messages[i];
        const PoMessage& b = written.messages[i];
        if (a.msgctxt != b.msgctxt || a.msgid != b.msgid || a.msgid_plural != b.msgid_plural || a.msgstr != b.msgstr ||
            a.msgstr_plural != b.msgstr_plural || a.fuzzy != b.fuzzy || a.obsolete != b.obsolete ||
            a.comments != b.comments)
            return false;
    }
    return true;
}

bool syncFile(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

}  // namespace

PoWrite writePoCatalog(const std::filesystem::path& path, const PoCatalog& catalog, const ProblemSink& sink,
                       bool dry_run) {
    const std::string name = path.string();
    auto fail = [&](const std::string& message) {
        if (sink) sink({name, 0, codes::kTranslationFile, Severity::Error, message});
        return PoWrite::Failed;
    };
    std::error_code ec;
    if (!dry_run && !path.parent_path().empty()) {
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec) return fail("cannot create the folder " + path.parent_path().string() + ": " + ec.message());
    }

    PoFile file;
    po_message_iterator_t it = po_message_iterator(file.file, nullptr);
    po_message_t header = po_message_create();
    po_message_set_msgid(header, "");
    po_message_set_msgstr(header, catalog.header.c_str());
    if (!catalog.header_comments.empty()) po_message_set_comments(header, catalog.header_comments.c_str());
    po_message_set_fuzzy(header, catalog.header_fuzzy ? 1 : 0);
    po_message_insert(it, header);
    for (const PoMessage& m : catalog.messages) {
        po_message_t out = po_message_create();
        fill(out, m);
        po_message_insert(it, out);
    }
    po_message_iterator_free(it);

    const std::string temp = temporaryBeside(path, dry_run);
    if (temp.empty()) return fail("cannot create a temporary file beside it: " + std::error_code(errno, std::generic_category()).message());
    std::vector<Problem> problems;
    const bool written = detail::guardedPoWrite(file.file, temp.c_str(), problems);
    bool errors = !written;
    for (Problem p : problems) {
        if (p.severity == Severity::Error) errors = true;
        p.file = name;
        if (sink) sink(p);
    }
    auto discard = [&] { std::filesystem::remove(temp, ec); };
    if (errors) {
        discard();
        return problems.empty() ? fail("cannot write this PO file") : PoWrite::Failed;
    }
    const std::optional<PoCatalog> check = readPoCatalog(temp, nullptr);
    if (!check || !sameEntries(catalog, *check)) {
        discard();
        return fail("the new text did not reach the disk whole (is the disk full?); the file is left as it was");
    }
    bool had_old = false, read_new = false;
    const std::string old_text = slurp(path, &had_old);
    const std::string new_text = slurp(temp, &read_new);
    if (!read_new) {
        discard();
        return fail("cannot read back the written file " + temp);
    }
    if (had_old && withoutCreationDate(old_text) == withoutCreationDate(new_text)) {
        discard();
        return PoWrite::Unchanged;
    }
    if (dry_run) {
        discard();
        return PoWrite::Written;
    }
    // Keep the old file's permissions; make the data durable before it replaces the old.
    if (had_old) std::filesystem::permissions(temp, std::filesystem::status(path, ec).permissions(), ec);
    else std::filesystem::permissions(temp, std::filesystem::perms(0644), ec);
    if (!syncFile(temp, O_RDONLY)) {
        discard();
        return fail("cannot flush " + temp + " to disk: " + std::error_code(errno, std::generic_category()).message());
    }
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        discard();
        return fail("cannot replace the file: " + ec.message());
    }
    syncFile(path.parent_path().empty() ? "." : path.parent_path().string(), O_RDONLY | O_DIRECTORY);
    return PoWrite::Written;
}

}  // namespace saqbol
