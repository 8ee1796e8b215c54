// SPDX-License-Identifier: MIT
// Sections: names and types · reading the zip (whole, into memory) · checking every entry ·
// unpacking (temporary folder, rename) · writing a zip.
#include "zip_pack.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <system_error>

#include "catalog.h"
#include "data_folder.h"
#include "manifest.h"
#include "pack_codes.h"

namespace saqbol::packs {

namespace fs = std::filesystem;

// ---- names and types --------------------------------------------------------------------

bool isPackFileType(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos || name.find('/', dot) != std::string::npos) return false;
    std::string ext = name.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* allowed : {".lua", ".po", ".json", ".md", ".txt", ".png"})
        if (ext == allowed) return true;
    return false;
}

std::string unsafeEntryName(const std::string& name) {
    if (name.empty()) return "an entry with no name";
    if (!isValidUtf8(name)) return "its name is not UTF-8 text";
    if (name.size() > 400) return "its name is longer than 400 bytes";
    for (const char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "its name has a control character";
    if (name.front() == '/')
        return "an absolute path (it starts with '/'); a pack's names are relative to the pack";
    if (name.find('\\') != std::string::npos)
        return "a backslash in its name (a Windows path); zip names use '/'";
    if (name.find(':') != std::string::npos) return "a ':' in its name (a drive letter such as C:)";
    std::size_t start = 0;
    const std::size_t end = name.back() == '/' ? name.size() - 1 : name.size();  // a folder ends with '/'
    while (start <= end) {
        std::size_t slash = name.find('/', start);
        if (slash == std::string::npos || slash > end) slash = end;
        const std::string part = name.substr(start, slash - start);
        if (part == "..") return "'..' in its path would leave the pack's folder";
        if (part == ".") return "'.' in its path";
        if (part.empty()) return "an empty folder name ('//') in its path";
        if (part.size() > 255) return "a name longer than 255 bytes in its path";
        start = slash + 1;
    }
    return "";
}

namespace {

constexpr std::uint64_t kMaxManifestBytes = 64u << 10;
constexpr std::uint64_t kRatioFloor = 64u << 10;  // smaller entries may compress as well as they like

std::string sizeText(std::uint64_t bytes) {
    char text[32];
    if (bytes >= (1u << 20))
        std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1u << 20));
    else if (bytes >= 1024)
        std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(bytes) / 1024);
    else
        std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
    return text;
}

// An entry's name as a message can show it: invalid bytes and control characters as \xNN,
// at most 120 bytes.
std::string shown(const std::string& name) {
    const bool utf8 = isValidUtf8(name);
    std::string out;
    for (const char raw : name) {
        const auto c = static_cast<unsigned char>(raw);
        if (c >= 0x20 && c != 0x7F && (c < 0x80 || utf8)) {
            out += raw;
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    return cutText(out, 120);
}

// Hidden files (.DS_Store, .git/) and macOS's __MACOSX/ copies: skipped without a word.
bool isJunk(const std::string& name) {
    if (name.rfind("__MACOSX/", 0) == 0) return true;
    std::size_t start = 0;
    while (start < name.size()) {
        if (name[start] == '.') return true;
        const auto slash = name.find('/', start);
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return false;
}

std::string lowered(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// FNV-1a, 64 bits: names the unpacked folder by the zip's content. Not a security
// boundary (every zip is checked in full either way); it only tells two zips apart.
std::string contentHash(const std::string& bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : std::string("saqbol-pack-1:") + bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    char text[20];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

// The zip's file name as a folder name: a-z 0-9 - _, at most 40 letters.
std::string safeStem(const fs::path& zip) {
    std::string out;
    for (const char raw : zip.stem().string()) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (keep)
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 40) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "pack" : out;
}

// ---- reading the zip --------------------------------------------------------------------

// Reads `file` whole when it is at most `max` bytes.
bool readWhole(const fs::path& file, std::uint64_t max, std::string* bytes, std::string* error) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = "not a regular file";
        return false;
    }
    if (static_cast<std::uint64_t>(st.st_size) > max) {
        ::close(fd);
        *error = "it is " + sizeText(static_cast<std::uint64_t>(st.st_size)) + "; at most " + sizeText(max) +
                 " is read";
        return false;
    }
    bytes->clear();
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            *error = std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        bytes->append(buffer, static_cast<std::size_t>(n));
        if (bytes->size() > max) {
            *error = "it grew past " + sizeText(max) + " while being read";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

struct Discard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using Archive = std::unique_ptr<zip_t, Discard>;

// Opens a zip held in memory (`bytes` must outlive the archive); on failure `code` is the
// problem code that fits.
Archive openArchive(const std::string& bytes, std::string* error, const char** code) {
    *code = codes::kDamaged;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (source == nullptr) {
        *error = zip_error_strerror(&err);
        zip_error_fini(&err);
        return nullptr;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (archive == nullptr) {
        switch (zip_error_code_zip(&err)) {
            case ZIP_ER_NOZIP:
                *error = "it is not a zip file";
                break;
            case ZIP_ER_INCONS:
                *error = "it is damaged (its table of contents does not match its entries)";
                break;
            case ZIP_ER_EXISTS:
                *error = "two entries have the same name";
                *code = codes::kUnsafe;
                break;
            case ZIP_ER_MULTIDISK:
                *error = "it is split over several disks";
                break;
            default:
                *error = std::string("it cannot be read as a zip (") + zip_error_strerror(&err) + ")";
                break;
        }
        zip_source_free(source);
        zip_error_fini(&err);
        return nullptr;
    }
    zip_error_fini(&err);
    return Archive(archive);
}

struct Entry {
    zip_uint64_t index = 0;
    std::string name;  // as stored
    std::string path;  // inside the pack (the root folder, if any, taken off)
    std::uint64_t size = 0;
};

// Reads one entry whole, checking its checksum (libzip) and its size (ours).
bool readEntry(zip_t* archive, const Entry& e, std::string* out, std::string* error) {
    zip_file_t* file = zip_fopen_index(archive, e.index, 0);
    if (file == nullptr) {
        *error = zip_strerror(archive);
        return false;
    }
    out->clear();
    out->reserve(static_cast<std::size_t>(e.size));
    char buffer[1 << 16];
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            *error = zip_error_strerror(zip_file_get_error(file));
            ok = false;
            break;
        }
        if (n == 0) break;
        if (out->size() + static_cast<std::uint64_t>(n) > e.size) {
            *error = "it holds more bytes than its header says (" + sizeText(e.size) + ")";
            ok = false;
            break;
        }
        out->append(buffer, static_cast<std::size_t>(n));
    }
    zip_fclose(file);
    if (ok && out->size() != e.size) {
        *error = "it holds fewer bytes than its header says";
        ok = false;
    }
    return ok;
}

// ---- checking every entry ---------------------------------------------------------------

struct Inspection {
    // The whole zip; the archive reads from it, so it lives on the heap and stays put when
    // the Inspection moves.
    std::unique_ptr<std::string> bytes = std::make_unique<std::string>();
    Archive archive;
    std::vector<Entry> files;  // to unpack, in zip order
    std::vector<Problem> problems;
    bool failed() const {
        return std::any_of(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.severity == Severity::Error; });
    }
};

Inspection inspect(const fs::path& zip, const PackLimits& limits) {
    Inspection in;
    const std::string file = zip.string();
    auto refuse = [&](const char* code, const std::string& message) {
        in.problems.push_back({file, 0, code, Severity::Error, message});
    };
    std::string error;
    if (!readWhole(zip, limits.max_zip_bytes, in.bytes.get(), &error)) {
        refuse(error.rfind("it is ", 0) == 0 ? codes::kTooBig : codes::kDamaged, "cannot be read: " + error);
        return in;
    }
    const char* code = codes::kDamaged;
    in.archive = openArchive(*in.bytes, &error, &code);
    if (!in.archive) {
        refuse(code, error + "; nothing was unpacked");
        return in;
    }
    zip_t* archive = in.archive.get();
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_entries) {
        refuse(codes::kTooBig, "has " + std::to_string(count) + " entries; a pack may have at most " +
                                   std::to_string(limits.max_entries) + ". Nothing was unpacked");
        return in;
    }

    std::vector<Entry> candidates;            // files of a pack type, before the root is known
    std::vector<std::string> skipped;         // files of other types
    std::map<std::string, std::string> seen;  // lower-cased name -> name
    std::set<std::string> folders;            // lower-cased folders implied by the names
    std::uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        const char* raw = zip_get_name(archive, index, ZIP_FL_ENC_RAW);
        const std::string name = raw != nullptr ? raw : "";
        const std::string where = "entry '" + shown(name) + "': ";
        if (const std::string why = unsafeEntryName(name); !why.empty()) {
            refuse(codes::kUnsafe, where + why + ". Nothing was unpacked");
            continue;
        }
        const bool folder = name.back() == '/';
        const std::string key = lowered(folder ? name.substr(0, name.size() - 1) : name);
        if (auto [it, fresh] = seen.emplace(key, name); !fresh) {
            refuse(codes::kUnsafe,
                   where + "a second entry named '" + shown(it->second) +
                       "' (names that differ only by letter case are the same file on Windows)."
                       " Nothing was unpacked");
            continue;
        }
        for (auto slash = key.find('/'); slash != std::string::npos; slash = key.find('/', slash + 1))
            folders.insert(key.substr(0, slash));
        if (folder) folders.insert(key);

        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive, index, 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX) {
            const unsigned mode = attributes >> 16;
            if ((mode & S_IFMT) == S_IFLNK) {
                refuse(codes::kUnsafe, where +
                                           "a link (it could point anywhere on the computer); packs hold "
                                           "plain files only. Nothing was unpacked");
                continue;
            }
            if ((mode & S_IFMT) != 0 && (mode & S_IFMT) != S_IFREG && (mode & S_IFMT) != S_IFDIR) {
                refuse(codes::kUnsafe, where +
                                           "a device or other special file; packs hold plain files only. "
                                           "Nothing was unpacked");
                continue;
            }
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, index, 0, &st) != 0) {
            refuse(codes::kDamaged,
                   where + "cannot be read (" + zip_strerror(archive) + "). Nothing was unpacked");
            continue;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
            refuse(codes::kUnsafe,
                   where + "locked with a password; packs are never encrypted. Nothing was unpacked");
            continue;
        }
        if (folder || isJunk(name)) continue;
        if (!isPackFileType(name)) {
            skipped.push_back(shown(name));
            continue;
        }
        if ((st.valid & ZIP_STAT_COMP_METHOD) != 0 && st.comp_method != ZIP_CM_STORE &&
            st.comp_method != ZIP_CM_DEFLATE) {
            refuse(codes::kDamaged,
                   where + "compressed with method " + std::to_string(st.comp_method) +
                       ", which SaqBol does not read; make the zip with saqbol pack (or any zip "
                       "tool's usual \"deflate\"). Nothing was unpacked");
            continue;
        }
        if (st.size > limits.max_entry_bytes) {
            refuse(codes::kTooBig, where + "is " + sizeText(st.size) +
                                       "; one file in a pack may be at most " +
                                       sizeText(limits.max_entry_bytes) + ". Nothing was unpacked");
            continue;
        }
        if (st.size > kRatioFloor && (st.comp_size == 0 || st.size / st.comp_size > limits.max_ratio)) {
            refuse(codes::kTooBig, where + "expands from " + sizeText(st.comp_size) + " to " +
                                       sizeText(st.size) + ", more than " + std::to_string(limits.max_ratio) +
                                       " times (a \"zip bomb\"?). Nothing was unpacked");
            continue;
        }
        total += st.size;
        candidates.push_back({index, name, name, st.size});
    }
    for (const auto& [key, name] : seen)
        if (folders.count(key) != 0 && name.back() != '/')
            refuse(codes::kUnsafe, "entry '" + shown(name) +
                                       "' is a file, and other entries use it as a folder. "
                                       "Nothing was unpacked");
    if (total > limits.max_total_bytes)
        refuse(codes::kTooBig, "unpacks to " + sizeText(total) + "; a pack may hold at most " +
                                   sizeText(limits.max_total_bytes) + ". Nothing was unpacked");
    if (in.failed()) return in;

    // The pack's root: pack.json at the top, or inside one folder that holds everything
    // (what "compress this folder" makes).
    std::string root;
    if (std::none_of(candidates.begin(), candidates.end(),
                     [](const Entry& e) { return e.name == "pack.json"; })) {
        std::vector<std::string> roots;
        for (const Entry& e : candidates) {
            const auto slash = e.name.find('/');
            if (slash != std::string::npos && e.name.substr(slash + 1) == "pack.json")
                roots.push_back(e.name.substr(0, slash + 1));
        }
        const bool one_folder =
            roots.size() == 1 && std::all_of(candidates.begin(), candidates.end(), [&](const Entry& e) {
                return e.name.rfind(roots.front(), 0) == 0;
            });
        if (!one_folder) {
            refuse(codes::kManifest,
                   "no pack.json at the top of the zip: a pack holds pack.json (name, author, "
                   "version, licence, languages) beside its scenarios/ folder. Make one with: "
                   "saqbol pack FOLDER --out FILE.zip");
            return in;
        }
        root = roots.front();
    }
    bool has_scenario = false;
    const Entry* manifest = nullptr;
    for (Entry& e : candidates) {
        e.path = e.name.substr(root.size());
        if (e.path == "pack.json") manifest = &e;
        const std::string lower = lowered(e.path);
        if (lower.rfind("scenarios/", 0) == 0 && lower.find('/', 10) == std::string::npos &&
            lower.size() > 14 && lower.compare(lower.size() - 4, 4, ".lua") == 0)
            has_scenario = true;
    }
    const std::string manifest_file = file + "/" + root + "pack.json";
    std::string text;
    if (manifest == nullptr) return in;  // cannot happen: the root was chosen by its pack.json
    if (manifest->size > kMaxManifestBytes) {
        refuse(codes::kManifest, root + "pack.json is " + sizeText(manifest->size) +
                                     "; a manifest is at most " + sizeText(kMaxManifestBytes));
        return in;
    }
    if (!readEntry(archive, *manifest, &text, &error)) {
        refuse(codes::kDamaged,
               "entry '" + shown(manifest->name) + "' cannot be read: " + error + ". Nothing was unpacked");
        return in;
    }
    std::vector<Problem> manifest_problems;
    parseManifest(text, manifest_file, manifest_problems);
    in.problems.insert(in.problems.end(), manifest_problems.begin(), manifest_problems.end());
    if (!has_scenario)
        refuse(codes::kContents,
               "no scenario in the zip: a pack keeps its .lua files in " + root + "scenarios/");
    if (!skipped.empty()) {
        std::string list;
        for (std::size_t i = 0; i < skipped.size() && i < 5; ++i) list += (i > 0 ? ", " : "") + skipped[i];
        if (skipped.size() > 5) list += ", and " + std::to_string(skipped.size() - 5) + " more";
        in.problems.push_back({file, 0, codes::kSkipped, Severity::Warning,
                               std::to_string(skipped.size()) +
                                   " file(s) not unpacked (a pack carries only .lua, .po, "
                                   ".json, .md, .txt and .png files): " +
                                   list});
    }
    in.files = std::move(candidates);
    return in;
}

// ---- unpacking --------------------------------------------------------------------------

bool writeNew(const fs::path& path, const std::string& bytes, std::string* error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = std::strerror(errno);
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            *error = std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        *error = std::strerror(errno);
        return false;
    }
    return true;
}

// Makes the folders of `relative` under `base` (a folder this run made, so none is a link).
bool makeParents(const fs::path& base, const std::string& relative, std::string* error) {
    fs::path at = base;
    std::size_t start = 0;
    for (auto slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', start)) {
        at /= relative.substr(start, slash - start);
        if (::mkdir(at.c_str(), 0755) != 0 && errno != EEXIST) {
            *error = std::strerror(errno);
            return false;
        }
        struct stat st {};
        if (::lstat(at.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            *error = at.string() + " is not a folder";
            return false;
        }
        start = slash + 1;
    }
    return true;
}

}  // namespace

std::vector<Problem> checkZipPack(const fs::path& zip, const PackLimits& limits) {
    return inspect(zip, limits).problems;
}

UnpackResult unpackZipPack(const fs::path& zip, const fs::path& data, const PackLimits& limits) {
    UnpackResult result;
    Inspection in = inspect(zip, limits);
    const bool refused = in.failed();
    result.problems = std::move(in.problems);
    if (refused) return result;
    auto refuse = [&](const std::string& message) {
        result.problems.push_back({zip.string(), 0, codes::kUnpack, Severity::Error, message});
    };
    if (data.empty()) {
        refuse(
            "there is no data folder to unpack it into (neither XDG_DATA_HOME nor HOME is set); give one "
            "with --data DIR");
        return result;
    }

    // Every entry is read (and its checksum checked) before anything is written.
    std::vector<std::string> contents(in.files.size());
    std::string error;
    for (std::size_t i = 0; i < in.files.size(); ++i)
        if (!readEntry(in.archive.get(), in.files[i], &contents[i], &error)) {
            result.problems.push_back(
                {zip.string(), 0, codes::kDamaged, Severity::Error,
                 "entry '" + shown(in.files[i].name) + "' is damaged: " + error + ". Nothing was unpacked"});
            return result;
        }

    const fs::path packs = unpackedPacksFolder(data);
    std::error_code ec;
    fs::create_directories(packs, ec);
    if (ec || !fs::is_directory(fs::symlink_status(packs, ec))) {
        refuse("cannot use the folder " + packs.string() + " (" +
               (ec ? ec.message() : "it is a link or a file") +
               "); packs are unpacked only into a real folder there");
        return result;
    }
    const fs::path target = packs / (safeStem(zip) + "-" + contentHash(*in.bytes));
    const fs::file_status existing = fs::symlink_status(target, ec);
    if (fs::is_directory(existing)) {
        result.folder = target;
        result.reused = true;
        return result;
    }
    if (fs::exists(existing)) {
        refuse(target.string() + " is in the way (not a folder SaqBol made); remove it and try again");
        return result;
    }
    std::string pattern = (packs / (".unpacking-" + target.filename().string() + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        refuse("cannot make a folder in " + packs.string() + ": " + std::strerror(errno));
        return result;
    }
    const fs::path temporary = pattern;
    for (std::size_t i = 0; i < in.files.size(); ++i) {
        const std::string& relative = in.files[i].path;
        if (!makeParents(temporary, relative, &error) ||
            !writeNew(temporary / relative, contents[i], &error)) {
            fs::remove_all(temporary, ec);
            refuse("cannot write " + relative + " under " + packs.string() + ": " + error +
                   ". Nothing was kept");
            return result;
        }
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int why = errno;
        fs::remove_all(temporary, ec);
        if ((why == EEXIST || why == ENOTEMPTY) && fs::is_directory(fs::symlink_status(target, ec))) {
            result.folder = target;  // another saqbol unpacked the same zip at the same moment
            result.reused = true;
            return result;
        }
        refuse("cannot rename the unpacked folder to " + target.string() + ": " + std::strerror(why));
        return result;
    }
    result.folder = target;
    return result;
}

// ---- writing a zip ----------------------------------------------------------------------

bool writeZip(const fs::path& zip, const std::vector<std::pair<std::string, fs::path>>& files,
              std::string* error) {
    std::vector<std::string> contents(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!readWhole(files[i].second, 1u << 30, &contents[i], error)) {
            *error = files[i].second.string() + ": " + *error;
            return false;
        }
    int code = 0;
    zip_t* archive = zip_open(zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (archive == nullptr) {
        zip_error_t err;
        zip_error_init_with_code(&err, code);
        *error = std::string("cannot write ") + zip.string() + ": " + zip_error_strerror(&err);
        zip_error_fini(&err);
        return false;
    }
    constexpr time_t kFixedTime = 1735689600;  // 2025-01-01: the same files give the same zip
    for (std::size_t i = 0; i < files.size(); ++i) {
        zip_source_t* source = zip_source_buffer(archive, contents[i].data(), contents[i].size(), 0);
        const zip_int64_t index =
            source == nullptr ? -1 : zip_file_add(archive, files[i].first.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            if (source != nullptr) zip_source_free(source);
            *error = "cannot add " + files[i].first + ": " + zip_strerror(archive);
            zip_discard(archive);
            return false;
        }
        const auto at = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(archive, at, kFixedTime, 0);
        zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX,
                                         static_cast<zip_uint32_t>(S_IFREG | 0644) << 16);
    }
    if (zip_close(archive) != 0) {  // libzip writes a temporary file beside `zip` and renames it
        *error = std::string("cannot write ") + zip.string() + ": " + zip_strerror(archive);
        zip_discard(archive);
        return false;
    }
    return true;
}

}  // namespace saqbol::packs
