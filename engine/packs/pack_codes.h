// SPDX-License-Identifier: MIT
// Stable problem codes for scenario packs (pack.json, folder packs, .zip packs). Like the
// scenario codes in core/codes.h, never renumber, only add; they live apart because a pack
// problem is not a line of a scenario file, so lint's one-scenario examples
// (docs/lint-codes.md) cannot show them. Each is explained in docs/packs.md.
#pragma once

namespace saqbol::packs::codes {

inline constexpr const char* kManifest = "SB101";  // pack.json missing, not JSON, a field missing or wrong
inline constexpr const char* kUnsafe = "SB102";    // could reach outside the pack: `..`, absolute, a link...
inline constexpr const char* kTooBig = "SB103";    // past a limit: file size, total, entries, compression ratio
inline constexpr const char* kDamaged = "SB104";   // not a zip, damaged, or compressed in a way we cannot read
inline constexpr const char* kNewer = "SB105";     // the pack needs a newer SaqBol (min_format)
inline constexpr const char* kSkipped = "SB106";   // a warning: files not unpacked because of their type
inline constexpr const char* kUnpack = "SB107";    // could not be unpacked: no data folder, disk full...
inline constexpr const char* kContents = "SB108";  // no scenarios/, or a listed language without PO files

}  // namespace saqbol::packs::codes
