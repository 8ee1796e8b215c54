// SPDX-License-Identifier: MIT
// Problem: one thing wrong with a scenario, a translation or a script call, with the file
// and line a trainer can act on. Every error in the engine reaches a ProblemSink.
// Pure data; no I/O.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace saqbol {

enum class Severity { Error, Warning };

// One problem, printed as `file:line: CODE message`.
struct Problem {
    std::string file;          // the file as the user named it
    int line = 0;              // 1-based; 0 when no line applies
    std::string code;          // stable lint code, e.g. "SB007"
    Severity severity = Severity::Error;
    std::string message;       // what is wrong and what would be valid
};

// The one place errors go; the CLI prints them, the game shows them, tests collect them.
using ProblemSink = std::function<void(const Problem&)>;

// `file:line: CODE message` (or `file: CODE message` without a line).
std::string formatProblem(const Problem& problem);

// Cuts text to at most `max_bytes` without splitting a UTF-8 sequence, marking the cut.
std::string cutText(std::string_view text, std::size_t max_bytes);

}  // namespace saqbol
