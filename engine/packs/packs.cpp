// SPDX-License-Identifier: MIT
#include "packs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "pack_codes.h"

namespace saqbol::packs {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxManifestBytes = 64u << 10;

bool hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

bool hasExtension(const fs::path& path, const char* ext) {
    std::string e = path.extension().string();
    std::transform(e.begin(), e.end(), e.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e == ext;
}

// Reads a small file without following a link; false with `error` set.
bool readSmall(const fs::path& file, std::string* text, std::string* error) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = std::strerror(errno);
        return false;
    }
    text->clear();
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            *error = std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        text->append(buffer, static_cast<std::size_t>(n));
        if (text->size() > kMaxManifestBytes) {
            *error = "it is larger than 64 KiB; a manifest is a few lines";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

Problem error(const fs::path& file, const char* code, const std::string& message) {
    return {file.string(), 0, code, Severity::Error, message};
}

const char* const kLinkMessage =
    "is a link; SaqBol never follows links in scenario folders and packs (copy the file or folder itself)";

ScenarioFolder brokenPlace(const fs::path& place, const char* code, const std::string& message) {
    ScenarioFolder out;
    out.origin = place;
    out.problems.push_back(error(place, code, message));
    return out;
}

}  // namespace

bool ScenarioFolder::broken() const {
    return folder.empty() || std::any_of(problems.begin(), problems.end(),
                                         [](const Problem& p) { return p.severity == Severity::Error; });
}

std::vector<ScenarioFile> scenarioFiles(const fs::path& folder) {
    std::vector<ScenarioFile> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& file = it->path();
        if (file.extension() != ".lua" || file.filename().string().starts_with("_")) continue;
        const fs::file_status st = it->symlink_status(ec);
        if (fs::is_symlink(st))
            files.push_back({file, error(file, codes::kUnsafe, kLinkMessage)});
        else if (fs::is_regular_file(st))
            files.push_back({file, std::nullopt});
    }
    std::sort(files.begin(), files.end(),
              [](const ScenarioFile& a, const ScenarioFile& b) { return a.file < b.file; });
    return files;
}

ScenarioFolder readFolderPack(const fs::path& dir, const PackLimits& limits) {
    ScenarioFolder out;
    out.origin = dir;
    std::error_code ec;
    std::size_t entries = 0;
    std::uint64_t total = 0;
    bool too_many = false;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end; !ec && it != end;
         it.increment(ec)) {
        const fs::path& path = it->path();
        const fs::file_status st = it->symlink_status(ec);
        if (hidden(path)) {  // .git/, .DS_Store: not part of the pack, not looked into
            if (fs::is_directory(st)) it.disable_recursion_pending();
            continue;
        }
        if (fs::is_symlink(st)) {
            out.problems.push_back(error(path, codes::kUnsafe, kLinkMessage));
            continue;
        }
        if (!fs::is_directory(st) && !fs::is_regular_file(st)) {
            out.problems.push_back(
                error(path, codes::kUnsafe, "is a device or other special file; packs hold plain files"));
            continue;
        }
        if (fs::is_regular_file(st) && !isPackFileType(path.filename().string()))
            continue;  // not part of the pack
        if (++entries > limits.max_entries && !too_many) {
            too_many = true;
            out.problems.push_back(error(dir, codes::kTooBig,
                                         "holds more than " + std::to_string(limits.max_entries) +
                                             " files and folders; a pack may have at most that many"));
        }
        if (!fs::is_regular_file(st)) continue;
        const std::uintmax_t size = it->file_size(ec);
        if (size > limits.max_entry_bytes)
            out.problems.push_back(error(path, codes::kTooBig,
                                         "is " + std::to_string(size >> 10) +
                                             " KiB; one file in a pack may be at most " +
                                             std::to_string(limits.max_entry_bytes >> 20) + " MiB"));
        total += size;
    }
    if (ec) out.problems.push_back(error(dir, codes::kDamaged, "cannot be read: " + ec.message()));
    if (total > limits.max_total_bytes)
        out.problems.push_back(error(dir, codes::kTooBig,
                                     "holds " + std::to_string(total >> 20) +
                                         " MiB of pack files; a pack may hold at most " +
                                         std::to_string(limits.max_total_bytes >> 20) + " MiB"));

    const fs::path manifest = dir / "pack.json";
    std::string text, why;
    const fs::file_status manifest_st = fs::symlink_status(manifest, ec);
    if (!fs::exists(manifest_st)) {
        out.problems.push_back(
            error(manifest, codes::kManifest,
                  "is missing: a pack folder holds pack.json, e.g. {\"name\": \"Shymkent stories\", "
                  "\"author\": \"School 12\", \"version\": \"1.0\", \"licence\": \"CC-BY-4.0\", "
                  "\"languages\": [\"kk\", \"ru\"]} (docs/packs.md)"));
    } else if (!fs::is_symlink(manifest_st)) {
        if (!readSmall(manifest, &text, &why)) {
            out.problems.push_back(error(manifest, codes::kManifest, "cannot be read: " + why));
        } else {
            out.manifest = parseManifest(text, manifest.string(), out.problems);
        }
    }
    if (!fs::is_directory(fs::symlink_status(dir / "scenarios", ec)))
        out.problems.push_back(
            error(dir, codes::kContents,
                  "has no scenarios/ folder: a pack keeps its .lua files in scenarios/ and their "
                  "translations in locales/<lang>/<id>.po"));
    if (std::none_of(out.problems.begin(), out.problems.end(),
                     [](const Problem& p) { return p.severity == Severity::Error; }))
        out.folder = dir / "scenarios";
    return out;
}

ScenarioFolder openZipPack(const fs::path& zip, const fs::path& data, const PackLimits& limits) {
    UnpackResult unpacked = unpackZipPack(zip, data, limits);
    if (unpacked.folder.empty()) {
        ScenarioFolder out;
        out.origin = zip;
        out.problems = std::move(unpacked.problems);
        return out;
    }
    ScenarioFolder out = readFolderPack(unpacked.folder, limits);
    out.origin = zip;
    out.unpacked = unpacked.folder;
    out.problems.insert(out.problems.begin(), unpacked.problems.begin(), unpacked.problems.end());
    return out;
}

std::vector<ScenarioFolder> expandPlace(const fs::path& place, const fs::path& data,
                                        const PackLimits& limits) {
    std::error_code ec;
    const fs::file_status st =
        fs::status(place, ec);  // the place itself was named by the user: may be a link
    if (!fs::exists(st))
        return {brokenPlace(place, codes::kDamaged, "cannot be read: no such folder or .zip")};
    if (fs::is_regular_file(st)) {
        if (hasExtension(place, ".zip")) return {openZipPack(place, data, limits)};
        return {brokenPlace(place, codes::kContents, "is neither a folder nor a pack .zip")};
    }
    if (!fs::is_directory(st))
        return {brokenPlace(place, codes::kContents, "is neither a folder nor a pack .zip")};
    if (fs::exists(fs::symlink_status(place / "pack.json", ec))) return {readFolderPack(place, limits)};

    std::vector<ScenarioFolder> out;
    ScenarioFolder own;
    own.folder = place;
    own.origin = place;
    out.push_back(std::move(own));
    std::vector<fs::path> children;
    for (fs::directory_iterator it(place, ec), end; !ec && it != end; it.increment(ec))
        if (!hidden(it->path())) children.push_back(it->path());
    std::sort(children.begin(), children.end());
    for (const fs::path& child : children) {
        const fs::file_status child_st = fs::symlink_status(child, ec);
        if (fs::is_symlink(child_st)) {
            if (fs::is_directory(fs::status(child, ec)) || hasExtension(child, ".zip"))
                out.push_back(brokenPlace(child, codes::kUnsafe, kLinkMessage));
        } else if (fs::is_directory(child_st)) {
            if (fs::exists(fs::symlink_status(child / "pack.json", ec))) {
                out.push_back(readFolderPack(child, limits));
            } else {  // a folder of scenario files without a manifest, as before packs
                ScenarioFolder plain;
                plain.origin = child;
                plain.folder = fs::is_directory(fs::symlink_status(child / "scenarios", ec))
                                   ? child / "scenarios"
                                   : child;
                out.push_back(std::move(plain));
            }
        } else if (fs::is_regular_file(child_st) && hasExtension(child, ".zip")) {
            out.push_back(openZipPack(child, data, limits));
        }
    }
    return out;
}

std::vector<ScenarioFolder> expandPlaces(const std::vector<fs::path>& places, const fs::path& data,
                                         const PackLimits& limits) {
    std::vector<ScenarioFolder> out;
    for (const fs::path& place : places) {
        std::vector<ScenarioFolder> more = expandPlace(place, data, limits);
        std::move(more.begin(), more.end(), std::back_inserter(out));
    }
    return out;
}

std::string shownAsZip(const std::string& text, const ScenarioFolder& pack) {
    if (pack.unpacked.empty()) return text;
    const std::string prefix = pack.unpacked.string() + "/";
    if (text.rfind(prefix, 0) != 0) return text;
    return pack.origin.filename().string() + "/" + text.substr(prefix.size());
}

}  // namespace saqbol::packs
