// SPDX-License-Identifier: MIT
#include "problem.h"

namespace saqbol {

std::string formatProblem(const Problem& problem) {
    std::string out = problem.file;
    if (problem.line > 0) out += ":" + std::to_string(problem.line);
    out += ": ";
    if (!problem.code.empty()) out += problem.code + " ";
    if (problem.severity == Severity::Warning) out += "warning: ";
    out += problem.message;
    return out;
}

std::string cutText(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    // Step back over UTF-8 continuation bytes so a letter is never split.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return std::string(text.substr(0, end)) + "… (cut, " + std::to_string(text.size()) +
           " bytes in all)";
}

}  // namespace saqbol
