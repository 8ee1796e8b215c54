// SPDX-License-Identifier: MIT
// The export file: one JSON object carrying a format name and version, when and by what it
// was made, the counts and a SHA-256 of its records, and the records themselves (players,
// sessions, decisions, quiz answers). Reading one checks everything — JSON, format and
// version, every field of every record, the references between records, the counts and the
// checksum — before any record is handed on, so a truncated, edited or foreign file is
// refused whole. The format is documented field by field in docs/results.md.
// Core, nlohmann-json and the standard library; no disk (the caller reads and writes).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "results.h"

namespace saqbol {

constexpr const char* kExportFormat = "saqbol-results";  // the "format" field
constexpr int kExportVersion = 1;                        // the "version" field this build writes and reads

// What an export says about itself besides its records.
struct ExportHeader {
    std::string exported_at;                // UTC time
    std::string made_by;                    // "saqbol 0.1.0"
    std::optional<std::string> class_name;  // the class exported, or every class
};

// The export file's text (UTF-8 JSON, ending in a newline).
std::string writeExport(const Results& results, const ExportHeader& header);

// The records of an export file's text; nullopt when anything is wrong, with `problems`
// saying what (the first few, each naming the field or record).
std::optional<Results> readExport(std::string_view text, std::vector<std::string>* problems,
                                  ExportHeader* header = nullptr);

}  // namespace saqbol
