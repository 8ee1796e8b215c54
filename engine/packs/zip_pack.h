// SPDX-License-Identifier: MIT
// .zip packs, read and written with libzip. A zip that came by USB stick or chat is
// untrusted: every entry is checked before one byte is written — its name (no absolute
// path, no `..`, no backslash or drive letter, UTF-8, no duplicate even by letter case), its
// kind (no link, device or other special file), its size and compression ratio, no
// encryption — and only the types a pack needs (.lua .po .json .md .txt .png) are unpacked.
// Every entry is then read and its checksum verified in memory, written into a fresh
// temporary folder under <data>/packs/ and renamed to <name>-<content hash>/ at the end: a
// second run finds that folder and reuses it, a changed zip gets a new one, and a refused or
// damaged zip leaves nothing behind. Nothing is ever written outside <data>/packs/.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "problem.h"

namespace saqbol::packs {

// What a pack may hold; the same limits apply to folder packs and to `saqbol pack`, so a
// pack that loads as a folder also loads as a zip.
struct PackLimits {
    std::uint64_t max_entry_bytes = 4u << 20;   // one file
    std::uint64_t max_total_bytes = 32u << 20;  // all files unpacked
    std::size_t max_entries = 500;              // files and folders in the zip
    std::uint64_t max_zip_bytes = 48u << 20;    // the .zip file itself
    std::uint64_t max_ratio = 100;              // unpacked / packed size, for entries past 64 KiB
};

// Whether a pack carries files named like `name` (.lua .po .json .md .txt .png); others are
// neither packed nor unpacked.
bool isPackFileType(const std::string& name);

// "a.lua", "scenarios/a.lua": why `name` (an entry's name in a zip, '/'-separated; a folder
// ends with '/') is unsafe to write, or empty when it is safe.
std::string unsafeEntryName(const std::string& name);

struct UnpackResult {
    std::filesystem::path folder;   // the unpacked pack (holding pack.json); empty when refused
    std::vector<Problem> problems;  // errors (then nothing was written) and warnings
    bool reused = false;            // an earlier run had unpacked this very zip
};

// Checks `zip` and unpacks it into <data>/packs/<name>-<hash>/ (see the top of this file).
// Problems name the zip (and "ZIP/pack.json:LINE" for the manifest).
UnpackResult unpackZipPack(const std::filesystem::path& zip, const std::filesystem::path& data,
                           const PackLimits& limits = {});

// Checks `zip` as unpackZipPack does, without writing anything (`saqbol pack` verifies what
// it wrote). Errors and warnings go to the result.
std::vector<Problem> checkZipPack(const std::filesystem::path& zip, const PackLimits& limits = {});

// Writes `files` (the name in the zip, the file on disk) to `zip`: deflated, in the order
// given, with a fixed date and plain file permissions, so the same files give the same
// bytes; written to a temporary file beside `zip` and renamed. False with `error` set.
bool writeZip(const std::filesystem::path& zip,
              const std::vector<std::pair<std::string, std::filesystem::path>>& files, std::string* error);

}  // namespace saqbol::packs
