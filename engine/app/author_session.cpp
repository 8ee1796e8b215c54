// SPDX-License-Identifier: MIT
// Sections: file stamps and FileWatch · loading a version · replaying · the author's moves
// (choose, restart, jump, go back, language) · problems.
#include "author_session.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "codes.h"
#include "po_reader.h"
#include "scenario_lint.h"

namespace saqbol {

namespace fs = std::filesystem;

// ------------------------------------------------------------------ file stamps and FileWatch

FileStamp stampOf(const fs::path& file) {
    std::error_code ec;
    FileStamp stamp;
    if (!fs::is_regular_file(file, ec)) return stamp;
    const auto mtime = fs::last_write_time(file, ec);
    if (ec) return stamp;
    const auto size = fs::file_size(file, ec);
    if (ec) return stamp;
    return {true, mtime, size};
}

void FileWatch::watch(std::vector<fs::path> files, std::vector<FileStamp> baseline) {
    files_ = std::move(files);
    baseline_ = std::move(baseline);
    baseline_.resize(files_.size());
    seen_ = baseline_;
}

bool FileWatch::poll() {
    bool changed = false, settling = false;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        const FileStamp now = stampOf(files_[i]);
        if (now != seen_[i])
            settling = true;  // still being written, or just saved: look again next poll
        else if (now != baseline_[i])
            changed = true;
        seen_[i] = now;
    }
    // Saving by rename (vim, VS Code) removes the file for a moment: wait until it is back.
    const bool scenario_there = !files_.empty() && seen_[0].exists;
    return changed && !settling && scenario_there;
}

// ------------------------------------------------------------------ loading a version

// One loaded version of the file with its words, and the scenario as the play starts it
// (a copy with another start node and variables after a jump).
struct AuthorSession::Version {
    LoadResult loaded;
    UiText ui;
    Catalog catalog;
    std::unique_ptr<ScenarioText> words;
    std::optional<Scenario> variant;

    const Scenario& scenario() const { return loaded.host->scenario(); }
    const Scenario& played() const { return variant ? *variant : scenario(); }
};

namespace {

constexpr const char* kLanguages[] = {"kk", "ru", "en"};

// Where findScenarioPo looks, whether or not the file is there yet (so a new PO file is seen).
std::vector<fs::path> poCandidates(const fs::path& scenario_file, const std::string& id) {
    std::vector<fs::path> out;
    if (id.empty()) return out;
    const fs::path folder = scenario_file.parent_path();
    for (const char* lang : kLanguages)
        for (const fs::path& base : {folder, folder.parent_path()}) {
            fs::path candidate = base / "locales" / lang / (id + ".po");
            if (std::find(out.begin(), out.end(), candidate) == out.end())
                out.push_back(std::move(candidate));
        }
    return out;
}

// The declared variables of `scenario`, with the values of `wanted` where a variable of the
// same name and type exists.
Variables reconcile(const Scenario& scenario, const Variables& wanted) {
    Variables vars = scenario.vars;
    for (auto& [name, value] : vars)
        if (auto it = wanted.find(name); it != wanted.end() && it->second.index() == value.index())
            value = it->second;
    return vars;
}

}  // namespace

AuthorSession::AuthorSession(fs::path file, std::string lang, fs::path root, SandboxLimits limits)
    : file_(std::move(file)), lang_(std::move(lang)), root_(std::move(root)), limits_(limits) {
    reload();
}

AuthorSession::~AuthorSession() { session_.reset(); }

const ScenarioText& AuthorSession::words() const { return *current_->words; }
const Scenario& AuthorSession::scenario() const { return current_->scenario(); }

std::unique_ptr<AuthorSession::Version> AuthorSession::loadVersion(const std::string* source,
                                                                   std::vector<Problem>& problems) {
    auto version = std::make_unique<Version>();
    const ProblemSink sink = [this](const Problem& p) { reportInPlay(p); };
    version->loaded = source != nullptr ? loadScenarioSource(file_.string(), *source, limits_, sink)
                                        : loadScenario(file_, limits_, sink);
    problems = lintLoaded(file_, version->loaded);
    if (version->loaded.hasErrors() || !version->loaded.host) return nullptr;
    const Scenario& scenario = version->scenario();
    if (scenario.findNode(scenario.start) == nullptr) {  // validation says so; a session could not start
        problems.push_back({file_.string(), scenario.line, codes::kMissingTarget, Severity::Error,
                            "start '" + scenario.start + "' names no node"});
        return nullptr;
    }
    return version;
}

const ReloadReport& AuthorSession::reload() { return load(nullptr); }

const ReloadReport& AuthorSession::reloadWith(const std::string& source) { return load(&source); }

const ReloadReport& AuthorSession::load(const std::string* source) {
    const FileStamp scenario_stamp = stampOf(file_);
    std::vector<Problem> problems;
    std::unique_ptr<Version> version = loadVersion(source, problems);
    lint_ = problems;

    // Watch the PO files of the id this version has (or the last good one had).
    std::string id;
    if (version)
        id = version->scenario().id;
    else if (current_)
        id = current_->scenario().id;
    std::vector<fs::path> files{file_};
    std::vector<FileStamp> stamps{scenario_stamp};
    for (fs::path& po : poCandidates(file_, id)) {
        stamps.push_back(stampOf(po));
        files.push_back(std::move(po));
    }
    watch_.watch(std::move(files), std::move(stamps));

    report_ = {};
    report_.recorded = steps_.size();
    if (!version) {
        errors_.clear();
        for (const Problem& p : problems)
            if (p.severity == Severity::Error) errors_.push_back(p);
        if (errors_.empty())  // no host and no error said why: say it
            errors_.push_back(
                {file_.string(), 0, codes::kLoadFailed, Severity::Error, "the file could not be loaded"});
        return report_;
    }
    version->ui = loadUiText(lang_, root_, nullptr);
    version->catalog = loadScenarioCatalog(version->scenario(), lang_, nullptr);  // its problems are in lint_
    version->words = std::make_unique<ScenarioText>(version->scenario(), version->catalog, version->ui);
    errors_.clear();
    in_play_.clear();
    report_.ok = true;
    play(*version, std::string::npos, &report_);
    current_ = std::move(version);  // the new session plays it already; the old version goes
    ++generation_;
    return report_;
}

bool AuthorSession::poll() {
    if (!watch_.poll()) return false;
    reload();
    return true;
}

// ------------------------------------------------------------------ replaying

void AuthorSession::play(Version& version, std::size_t count, ReloadReport* report) {
    session_.reset();  // it may refer to `version`'s variant, which changes now
    const Scenario& base = version.scenario();
    ReplayStop stop = ReplayStop::None;
    std::string stop_choice;
    version.variant.reset();
    if (!start_.isDefault()) {
        const std::string node = start_.node.empty() ? base.start : start_.node;
        if (base.findNode(node) == nullptr) {
            stop = ReplayStop::StartGone;
            start_ = {};
        } else {
            version.variant = base;
            version.variant->start = node;
            version.variant->vars = reconcile(base, start_.vars.value_or(base.vars));
        }
    }
    Session session(version.played(), version.loaded.host.get());
    std::size_t replayed = 0;
    const std::size_t wanted = std::min(count, steps_.size());
    if (stop == ReplayStop::None) {
        for (; replayed < wanted; ++replayed) {
            const ReplayStep& step = steps_[replayed];
            if (session.node().id != step.node) {
                stop = ReplayStop::NodeChanged;
            } else {
                const auto shown = session.shownChoices();
                const bool offered = std::any_of(shown.begin(), shown.end(),
                                                 [&](const Choice* c) { return c->id == step.choice; });
                if (!offered || session.choose(step.choice) != Session::Result::Ok)
                    stop = ReplayStop::ChoiceGone;
            }
            if (stop != ReplayStop::None) {
                stop_choice = step.choice;
                break;
            }
        }
    }
    if (stop == ReplayStop::StartGone) steps_.clear();  // they were made after a start that is gone
    if (report != nullptr) {
        report->replayed = replayed;
        report->stop = stop;
        report->node = stop == ReplayStop::None ? std::string() : session.node().id;
        report->choice = stop_choice;
    }
    // The steps past a stop stay recorded until the author chooses again (see steps()).
    if (count != std::string::npos) steps_.resize(replayed);
    session_.emplace(std::move(session));
}

// ------------------------------------------------------------------ the author's moves

Session::Result AuthorSession::choose(std::string_view choice_id) {
    if (!ready()) return Session::Result::NotShown;
    const std::string node = session_->node().id;
    const Session::Result result = session_->choose(choice_id);
    if (result == Session::Result::Ok) {
        // A new choice makes a new path: what was recorded past this point is dropped.
        steps_.resize(std::min(steps_.size(), session_->history().size() - 1));
        steps_.push_back({node, std::string(choice_id)});
    }
    return result;
}

void AuthorSession::restart() {
    if (!ready()) return;
    start_ = {};
    steps_.clear();
    play(*current_, 0, nullptr);
    ++generation_;
}

bool AuthorSession::jump(const std::string& node, const Variables& vars) {
    if (!ready() || scenario().findNode(node) == nullptr) return false;
    start_ = {node, reconcile(scenario(), vars)};
    steps_.clear();
    play(*current_, 0, nullptr);
    ++generation_;
    return true;
}

bool AuthorSession::goBack(std::size_t index) {
    if (!ready() || index >= session_->history().size()) return false;
    const Decision target = session_->history()[index];
    steps_.resize(std::min(steps_.size(), session_->history().size()));
    play(*current_, index, nullptr);
    // Scripts are deterministic (no clock, no random), so this lands where it was; should
    // it not, the decision's own record puts the author back all the same.
    if (session_->node().id != target.node || session_->vars() != target.vars) {
        start_ = {target.node, target.vars};
        steps_.clear();
        play(*current_, 0, nullptr);
    }
    ++generation_;
    return true;
}

void AuthorSession::setLanguage(const std::string& lang) {
    lang_ = lang;
    if (!ready()) return;
    current_->ui = loadUiText(lang_, root_, nullptr);
    current_->catalog = loadScenarioCatalog(current_->scenario(), lang_, nullptr);
    current_->words = std::make_unique<ScenarioText>(current_->scenario(), current_->catalog, current_->ui);
}

// ------------------------------------------------------------------ problems

void AuthorSession::reportInPlay(const Problem& problem) {
    const auto same = [&](const Problem& p) {
        return p.line == problem.line && p.code == problem.code && p.message == problem.message;
    };
    if (std::none_of(in_play_.begin(), in_play_.end(), same) && in_play_.size() < 100)
        in_play_.push_back(problem);
}

std::vector<Problem> AuthorSession::problems() const {
    std::vector<Problem> out = lint_;
    out.insert(out.end(), in_play_.begin(), in_play_.end());
    return out;
}

}  // namespace saqbol
