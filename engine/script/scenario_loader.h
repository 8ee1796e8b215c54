// SPDX-License-Identifier: MIT
// Loads a scenario file: runs it in a fresh Sandbox, reads the table it returns into the
// core model (checking every field's name, type and value), validates how the pieces fit,
// and keeps the sandbox alive to run the scenario's `when` and `effect` functions in play.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lesson.h"
#include "quiz.h"
#include "sandbox.h"
#include "scenario.h"
#include "session.h"

namespace saqbol {

// A loaded scenario and the sandbox its functions run in. Implements ScriptHooks, so a
// Session can call the scenario's conditions and effects.
class ScenarioHost : public ScriptHooks {
public:
    ScenarioHost(std::unique_ptr<Sandbox> sandbox, Scenario scenario);
    const Scenario& scenario() const { return scenario_; }
    Sandbox& sandbox() { return *sandbox_; }

    std::optional<bool> condition(int script, const Variables& vars) override;
    bool effect(int script, Variables& vars) override;

private:
    std::unique_ptr<Sandbox> sandbox_;
    Scenario scenario_;
};

struct LoadResult {
    std::unique_ptr<ScenarioHost> host;  // null when the file could not be read or run
    std::vector<Problem> problems;       // load and validation problems, in line order
    bool hasErrors() const;
};

// Loads `path`; `display` is how messages name the file (defaults to the path as given).
// Problems found later, in play, go to `sink` as well as to no other place.
LoadResult loadScenario(const std::filesystem::path& path, const SandboxLimits& limits = {},
                        ProblemSink play_sink = nullptr);

// Loads scenario source text held in memory (tests, packs); `file` names it in messages.
LoadResult loadScenarioSource(const std::string& file, const std::string& source,
                              const SandboxLimits& limits = {}, ProblemSink play_sink = nullptr);

// The other files a course is made of: the quiz's item bank and lessons. Plain data (their
// tables hold no functions), read with the same field tables, sandbox and messages.
struct CourseLoad {
    std::optional<Quiz> quiz;      // set when the file returned quiz { ... }
    std::optional<Lesson> lesson;  // set when it returned lesson { ... }
    std::vector<Problem> problems; // load problems, and the quiz's checks (validateQuiz);
                                   // a lesson's scenario ids are checked by the caller (validateLesson)
    bool hasErrors() const;
};

CourseLoad loadCourseFile(const std::filesystem::path& path, const SandboxLimits& limits = {});
CourseLoad loadCourseSource(const std::string& file, const std::string& source, const SandboxLimits& limits = {});

enum class FileKind { Scenario, Quiz, Lesson };
// What a file's text returns, judged by its last `return NAME` at the start of a line
// (lint uses it to pick the loader; the loader then checks for real).
FileKind fileKindOf(std::string_view source);
// True when `file` is a quiz or lesson file, not a scenario: the places that list
// scenarios (the picker, list, the tests) skip these.
bool isCourseFile(const std::filesystem::path& file);

}  // namespace saqbol
