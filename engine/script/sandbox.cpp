// SPDX-License-Identifier: MIT
// Sections: allocator (memory cap, allocation charged as work) · count hook (step budget,
// wall-clock backstop) · guarded call (message handler, one Problem per failure).
#include "sandbox.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <new>

#include <lauxlib.h>
#include <lua.h>

#include "codes.h"
#include "safe_stdlib.h"

namespace saqbol {
namespace {

constexpr int kHookInterval = 256;        // VM instructions between budget checks
constexpr std::size_t kBytesPerStep = 64; // allocation counts as work too
constexpr std::size_t kMaxMessage = 400;  // longer error messages are cut

double nowSeconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string humanBytes(std::size_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

}  // namespace

// ---------------------------------------------------------------------------- allocator

void* Sandbox::allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* self = static_cast<Sandbox*>(ud);
    const std::size_t old = ptr != nullptr ? osize : 0;  // osize is a type tag when ptr is null
    if (nsize == 0) {
        std::free(ptr);
        self->used_ -= old;
        return nullptr;
    }
    if (nsize > old) {
        if (self->used_ - old + nsize > self->limits_.memory_bytes) {
            self->memory_refused_ = true;
            return nullptr;  // Lua raises a memory error (after an emergency collection)
        }
        if (self->running_) {
            self->steps_ += (nsize - old) / kBytesPerStep;
            if (self->steps_ > self->budget_) {
                self->exhausted_ = true;
                return nullptr;
            }
        }
    }
    void* moved = std::realloc(ptr, nsize);
    if (moved == nullptr) {
        if (nsize <= old) return ptr;  // Lua relies on shrinking never failing
        self->memory_refused_ = true;
        return nullptr;
    }
    self->used_ = self->used_ - old + nsize;
    return moved;
}

// ---------------------------------------------------------------------------- count hook

Sandbox& Sandbox::of(lua_State* L) { return **static_cast<Sandbox**>(lua_getextraspace(L)); }

void Sandbox::raiseLimit(lua_State* L, const char* what) {
    // From now on every instruction of this thread errors again at once (other threads
    // within their next 256 instructions, and the allocator refuses everything), so
    // neither pcall, xpcall handlers nor coroutines can swallow the refusal.
    lua_sethook(L, &Sandbox::countHook, LUA_MASKCOUNT, 1);
    luaL_where(L, 1);
    lua_pushstring(L, what);
    lua_concat(L, 2);
    lua_error(L);
    std::abort();  // lua_error does not return
}

void Sandbox::countHook(lua_State* L, lua_Debug* ar) {
    Sandbox& self = of(L);
    self.steps_ += static_cast<std::uint64_t>(lua_gethookcount(L));
    if (lua_getinfo(L, "l", ar) != 0 && ar->currentline > 0) self.last_line_ = ar->currentline;
    if (!self.running_) return;
    if (!self.exhausted_ && self.steps_ > self.budget_) self.exhausted_ = true;
    if (!self.exhausted_ && nowSeconds() > self.deadline_) self.exhausted_ = self.timed_out_ = true;
    if (self.exhausted_) raiseLimit(L, "instruction budget used up");
}

void Sandbox::charge(lua_State* L, std::uint64_t steps) {
    Sandbox& self = of(L);
    if (!self.running_) return;
    self.steps_ += steps;
    if (self.steps_ > self.budget_) {
        self.exhausted_ = true;
        raiseLimit(L, "instruction budget used up");
    }
}

void Sandbox::reserve(lua_State* L, double bytes) {
    Sandbox& self = of(L);
    if (bytes + static_cast<double>(self.used_) <= static_cast<double>(self.limits_.memory_bytes)) return;
    self.memory_refused_ = true;
    luaL_where(L, 1);
    lua_pushfstring(L, "memory cap reached: this would need %d MiB", static_cast<int>(bytes / (1 << 20)));
    lua_concat(L, 2);
    lua_error(L);
}

// ---------------------------------------------------------------------------- state

Sandbox::Sandbox(std::string file, SandboxLimits limits, ProblemSink sink)
    : file_(std::move(file)), limits_(limits), sink_(std::move(sink)) {
    L_ = lua_newstate(&Sandbox::allocate, this);
    if (L_ == nullptr) throw std::bad_alloc();
    *static_cast<Sandbox**>(lua_getextraspace(L_)) = this;  // threads copy it
    lua_sethook(L_, &Sandbox::countHook, LUA_MASKCOUNT, kHookInterval);
    // Lua names the chunk "@file" and shortens long names the way luaO_chunkid does.
    constexpr std::size_t kIdSize = 60;  // LUA_IDSIZE
    short_src_ = file_.size() + 1 <= kIdSize ? file_ : "..." + file_.substr(file_.size() - (kIdSize - 4));
    budget_ = limits_.load_steps;
    running_ = true;  // opening the libraries is charged like any other work
    deadline_ = nowSeconds() + limits_.wall_seconds;
    lua_pushcfunction(L_, &openSafeStdlib);
    int status = lua_pcall(L_, 0, 0, 0);
    running_ = false;
    if (status != LUA_OK) {
        lua_close(L_);
        throw std::runtime_error("cannot open the Lua sandbox (out of memory)");
    }
}

Sandbox::~Sandbox() {
    if (L_ != nullptr) lua_close(L_);
}

void Sandbox::report(Problem problem) const {
    if (problem.file.empty()) problem.file = file_;
    problem.message = cutText(problem.message, kMaxMessage);
    if (sink_) sink_(problem);
}

// ---------------------------------------------------------------------------- guarded call

int Sandbox::messageHandler(lua_State* L) {
    Sandbox& self = of(L);
    // Never run script code here: a non-string error object is described, not converted
    // (its __tostring could loop), and a huge message is cut.
    if (lua_type(L, 1) == LUA_TSTRING) {
        std::size_t length = 0;
        const char* text = lua_tolstring(L, 1, &length);
        self.error_message_ = cutText(std::string_view(text, length), kMaxMessage);
    } else {
        self.error_message_ = std::string("the script raised an error object of type ") +
                              luaL_typename(L, 1) + " instead of a message";
    }
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar) != 0; ++level) {
        if (lua_getinfo(L, "l", &ar) != 0 && ar.currentline > 0) {
            self.error_line_ = ar.currentline;
            break;
        }
    }
    return 1;
}

std::string Sandbox::stripPosition(const std::string& message, int* line) const {
    // "file.lua:12: text" -> line 12, "text"
    if (!short_src_.empty() && message.compare(0, short_src_.size(), short_src_) == 0 &&
        message.size() > short_src_.size() && message[short_src_.size()] == ':') {
        std::size_t i = short_src_.size() + 1;
        int parsed = 0;
        while (i < message.size() && message[i] >= '0' && message[i] <= '9')
            parsed = parsed * 10 + (message[i++] - '0');
        if (i + 1 < message.size() && message[i] == ':' && message[i + 1] == ' ') {
            *line = parsed;
            return message.substr(i + 2);
        }
    }
    return message;
}

std::string Sandbox::budgetMessage() const {
    if (timed_out_)
        return "the script ran for more than " + std::to_string(static_cast<int>(limits_.wall_seconds)) +
               " s and was stopped (instruction budget backstop)";
    return "instruction budget of " + std::to_string(budget_) +
           " steps used up: the script runs too long (a loop that never ends?)";
}

int Sandbox::trampoline(lua_State* L) {
    auto* body = static_cast<const std::function<void(lua_State*)>*>(lua_touserdata(L, 1));
    lua_remove(L, 1);
    std::string failure;
    int line = 0;
    try {
        (*body)(L);
        return 0;
    } catch (const ScriptError& error) {
        failure = error.what();
        line = error.line();
    } catch (const std::bad_alloc&) {
        failure = "out of memory";
    } catch (const std::exception& error) {
        failure = error.what();
    }
    // Raised after the catch block: lua_error must not unwind through a live handler.
    of(L).script_error_line_ = line;
    lua_pushstring(L, failure.c_str());
    return lua_error(L);
}

bool Sandbox::run(std::uint64_t steps, const std::function<void(lua_State*)>& body,
                  const char* code) {
    const int base = lua_gettop(L_);
    steps_ = 0;
    budget_ = steps;
    exhausted_ = timed_out_ = memory_refused_ = false;
    error_message_.clear();
    error_line_ = script_error_line_ = 0;
    last_line_ = 0;
    deadline_ = nowSeconds() + limits_.wall_seconds;
    lua_sethook(L_, &Sandbox::countHook, LUA_MASKCOUNT, kHookInterval);

    lua_pushcfunction(L_, &Sandbox::messageHandler);
    lua_pushcfunction(L_, &Sandbox::trampoline);
    lua_pushlightuserdata(L_, const_cast<std::function<void(lua_State*)>*>(&body));
    running_ = true;
    const int status = lua_pcall(L_, 1, 0, base + 1);
    running_ = false;
    lua_sethook(L_, &Sandbox::countHook, LUA_MASKCOUNT, kHookInterval);

    if (status == LUA_OK) {
        lua_settop(L_, base);
        return true;
    }
    Problem problem;
    problem.file = file_;
    if (exhausted_) {
        problem.code = codes::kSandboxLimit;
        problem.line = error_line_ > 0 ? error_line_ : last_line_;
        problem.message = budgetMessage();
    } else if (status == LUA_ERRMEM || memory_refused_) {
        problem.code = codes::kSandboxLimit;
        problem.line = last_line_;
        problem.message = "memory cap of " + humanBytes(limits_.memory_bytes) +
                          " reached: the script builds too much text or too many tables";
    } else {
        problem.code = code != nullptr ? code : codes::kLoadFailed;
        int line = error_line_ > 0 ? error_line_ : script_error_line_;
        std::string message = error_message_;
        if (message.empty() && lua_type(L_, -1) == LUA_TSTRING) message = lua_tostring(L_, -1);
        problem.message = stripPosition(message, &line);
        if (problem.message.empty()) problem.message = "unknown error";
        problem.line = line;
    }
    lua_settop(L_, base);
    // Garbage from the failed call must not count against the next one.
    lua_gc(L_, LUA_GCCOLLECT);
    report(std::move(problem));
    return false;
}

bool Sandbox::runFile(const std::string& source, const std::function<void(lua_State*)>& with_result) {
    if (source.size() > limits_.max_file_bytes) {
        report({file_, 0, codes::kLoadFailed, Severity::Error,
                "the file is larger than " + std::to_string(limits_.max_file_bytes >> 10) +
                    " KiB; a scenario should be far smaller"});
        return false;
    }
    std::string_view text = source;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // editors' UTF-8 BOM
    if (!text.empty() && text[0] == '\x1b') {
        report({file_, 0, codes::kLoadFailed, Severity::Error,
                "this is a compiled (binary) Lua chunk; scenarios must be Lua source text"});
        return false;
    }
    const std::string chunkname = "@" + file_;
    return run(limits_.load_steps, [&](lua_State* L) {
        const int status = luaL_loadbufferx(L, text.data(), text.size(), chunkname.c_str(), "t");
        if (status != LUA_OK) lua_error(L);  // syntax error: message carries file:line
        lua_call(L, 0, 1);
        with_result(L);
    });
}

}  // namespace saqbol
