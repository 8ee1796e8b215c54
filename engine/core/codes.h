// SPDX-License-Identifier: MIT
// Stable problem codes. Results, docs and trainers' searches refer to them: never renumber,
// only add. Each is explained with a wrong and a right example in docs/lint-codes.md.
#pragma once

namespace saqbol::codes {

inline constexpr const char* kLoadFailed = "SB001";       // Lua syntax or runtime error while loading
inline constexpr const char* kNotScenario = "SB002";      // the file does not return scenario { ... }
inline constexpr const char* kUnknownField = "SB003";     // a field the format does not know
inline constexpr const char* kMissingField = "SB004";     // a required field is missing
inline constexpr const char* kInvalidValue = "SB005";     // a value of the wrong type or range
inline constexpr const char* kDuplicateId = "SB006";      // two nodes, choices or scenarios share an id
inline constexpr const char* kMissingTarget = "SB007";    // `go` names no node or ending
inline constexpr const char* kUnreachable = "SB008";      // no path from start reaches this node
inline constexpr const char* kDeadEnd = "SB009";          // a node that is not an ending offers no choice
inline constexpr const char* kChoiceLacks = "SB010";      // a scored choice without tip or why
inline constexpr const char* kUnknownTip = "SB011";       // a tip or rule id that does not exist
inline constexpr const char* kEndingLacks = "SB012";      // an ending without title or debrief
inline constexpr const char* kUnknownContact = "SB013";   // an event names a contact not declared
inline constexpr const char* kVariable = "SB014";         // unknown variable or wrong type
inline constexpr const char* kInvalidAction = "SB015";    // a phone action that does not exist
inline constexpr const char* kMissingTranslation = "SB016";  // a string without translation
inline constexpr const char* kSandboxLimit = "SB017";     // instruction budget or memory cap reached
inline constexpr const char* kInvalidUtf8 = "SB018";      // a string that is not valid UTF-8
inline constexpr const char* kBadId = "SB019";            // an id that is not [a-z][a-z0-9_]*
inline constexpr const char* kScriptFailed = "SB020";     // a when/effect function failed in play
inline constexpr const char* kTranslationFile = "SB021";  // a PO file that cannot be read
inline constexpr const char* kTextTooLong = "SB022";     // a text that does not fit its place on the phone at text size XL

}  // namespace saqbol::codes
