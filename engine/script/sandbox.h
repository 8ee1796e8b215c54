// SPDX-License-Identifier: MIT
// The sandbox: one Lua 5.4 state per scenario, with a whitelist environment, a CPU budget
// counted in deterministic steps, and a memory cap. Every call into the script goes
// through Sandbox::run (one guarded call); every error leaves through the ProblemSink
// (one way out) with the file and line. Limits and their reasons: docs/security.md.
//
// Must not depend on: SDL, Dear ImGui, the UI. Lua is Debian's C++ build (liblua5.4-c++),
// so a Lua error unwinds C++ frames like an exception and destructors run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "problem.h"

struct lua_State;
struct lua_Debug;

namespace saqbol {

// The limits one scenario runs under.
struct SandboxLimits {
    std::uint64_t load_steps = 10'000'000;   // running the file's top level
    std::uint64_t call_steps = 1'000'000;    // each `when` or `effect` call
    std::size_t memory_bytes = 32u << 20;    // everything the state allocates
    double wall_seconds = 5.0;               // backstop only; the step budget decides
    std::size_t max_file_bytes = 1u << 20;   // a scenario file larger than this is refused
};

// Thrown by C++ code inside Sandbox::run to raise a Lua error at `line`.
class ScriptError : public std::runtime_error {
public:
    ScriptError(const std::string& message, int line) : std::runtime_error(message), line_(line) {}
    int line() const { return line_; }

private:
    int line_;
};

class Sandbox {
public:
    // A fresh state for the file `file` (as the user named it), reporting to `sink`.
    Sandbox(std::string file, SandboxLimits limits, ProblemSink sink);
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    // Runs `body` as a protected call with a budget of `steps`. Lua errors, budget and
    // memory refusals and ScriptErrors become one Problem (with `code`, default SB001 or
    // SB017 for limits) in the sink; returns false then. The state stays usable.
    bool run(std::uint64_t steps, const std::function<void(lua_State*)>& body,
             const char* code = nullptr);

    // Loads `source` as a text chunk named after the file and runs it, leaving its first
    // result on the stack of `L` inside `body`'s run. Binary chunks are refused.
    bool runFile(const std::string& source, const std::function<void(lua_State*)>& with_result);

    lua_State* state() const { return L_; }
    const std::string& file() const { return file_; }
    const SandboxLimits& limits() const { return limits_; }
    std::uint64_t stepsUsed() const { return steps_; }
    std::size_t memoryUsed() const { return used_; }
    void report(Problem problem) const;

    // For library bindings: adds `steps` of work; raises a Lua error when over budget.
    static void charge(lua_State* L, std::uint64_t steps);
    // For library bindings: refuses an allocation of `bytes` that would pass the memory cap.
    static void reserve(lua_State* L, double bytes);
    // True once the current call has used up its budget (nothing of the script may run).
    bool exhausted() const { return exhausted_; }
    // The sandbox that owns `L` (any thread of it).
    static Sandbox& of(lua_State* L);

private:
    static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
    static void countHook(lua_State* L, lua_Debug* ar);
    static int messageHandler(lua_State* L);
    static int trampoline(lua_State* L);
    [[noreturn]] static void raiseLimit(lua_State* L, const char* what);
    std::string budgetMessage() const;
    std::string stripPosition(const std::string& message, int* line) const;

    std::string file_;
    SandboxLimits limits_;
    ProblemSink sink_;
    lua_State* L_ = nullptr;
    std::size_t used_ = 0;
    std::uint64_t steps_ = 0;
    std::uint64_t budget_ = 0;
    bool running_ = false;
    bool exhausted_ = false;
    bool timed_out_ = false;
    bool memory_refused_ = false;
    double deadline_ = 0;
    int last_line_ = 0;
    std::string short_src_;
    std::string error_message_;
    int error_line_ = 0;
    int script_error_line_ = 0;
};

}  // namespace saqbol
