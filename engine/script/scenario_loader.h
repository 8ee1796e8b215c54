// SPDX-License-Identifier: MIT
// Loads a scenario file: runs it in a fresh Sandbox, reads the table it returns into the
// core model (checking every field's name, type and value), validates how the pieces fit,
// and keeps the sandbox alive to run the scenario's `when` and `effect` functions in play.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

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

}  // namespace saqbol
