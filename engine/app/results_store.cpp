// SPDX-License-Identifier: MIT
#include "results_store.h"

#include <ctime>

#include "paths.h"

namespace saqbol {

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::filesystem::path resultsFile() {
    const std::filesystem::path data = dataFolder();
    return data.empty() ? std::filesystem::path() : data / Store::kFileName;
}

bool noResultsYet() {
    std::error_code ec;
    const std::filesystem::path file = resultsFile();
    return !file.empty() && !std::filesystem::exists(file, ec) && !ec;
}

std::unique_ptr<Store> openResults(std::string* error) {
    const std::filesystem::path file = resultsFile();
    if (file.empty()) {
        if (error != nullptr)
            *error = "there is no data folder (neither XDG_DATA_HOME nor HOME is set; give --data DIR)";
        return nullptr;
    }
    return Store::open(file, error);
}

PlayRecorder::PlayRecorder(const std::string& class_name, const std::string& nickname, OnFailure on_failure)
    : on_failure_(std::move(on_failure)) {
    std::string error;
    store_ = openResults(&error);
    if (!store_) {
        lost(error);
        return;
    }
    auto found = store_->player(class_name, nickname, &error);
    if (!found) {
        lost(error);
        return;
    }
    player_ = *found;
}

void PlayRecorder::lost(const std::string& why) {
    if (on_failure_) on_failure_(why);
    on_failure_ = nullptr;
    store_.reset();
}

std::optional<UnfinishedSession> PlayRecorder::unfinished(const std::string& scenario) {
    if (!keeping()) return std::nullopt;
    std::string error;
    auto found = store_->unfinishedSession(player_.id, scenario, &error);
    if (!error.empty()) lost(error);
    return found;
}

void PlayRecorder::resume(const UnfinishedSession& session) {
    session_id_ = session.session.id;
    seq_ = session.decisions.empty() ? 0 : session.decisions.back().seq;
    ended_ = false;
}

void PlayRecorder::abandon(const UnfinishedSession& session) {
    if (!keeping()) return;
    std::string error;
    if (!store_->endSession(session.session.id, "", utcNow(), &error)) lost(error);
}

void PlayRecorder::start(const std::string& scenario, const std::string& language, const std::string& mode,
                         const std::string& lesson, const std::string& quiz_form) {
    if (!keeping()) return;
    PlaySession session;
    session.player_id = player_.id;
    session.lesson = lesson;
    session.quiz_form = quiz_form;
    session.scenario = scenario;
    session.language = language;
    session.mode = mode;
    session.started = utcNow();
    std::string error;
    const auto id = store_->startSession(session, &error);
    if (!id) {
        lost(error);
        return;
    }
    session_id_ = *id;
    seq_ = 0;
    ended_ = false;
}

void PlayRecorder::decision(const std::string& node, const std::string& choice, const std::string& tip,
                            const std::string& verdict) {
    if (!recording()) return;
    DecisionRecord d;
    d.session_id = session_id_;
    d.seq = seq_ + 1;
    d.node = node;
    d.choice = choice;
    d.tip = tip;
    d.verdict = verdict;
    d.at = utcNow();
    std::string error;
    if (!store_->recordDecision(d, &error)) {
        lost(error);
        return;
    }
    ++seq_;
}

void PlayRecorder::quizAnswer(const std::string& item, bool is_scam, bool called_scam, const std::string& tip) {
    if (!recording()) return;
    QuizRecord answer;
    answer.session_id = session_id_;
    answer.seq = seq_ + 1;
    answer.item = item;
    answer.is_scam = is_scam;
    answer.called_scam = called_scam;
    answer.tip = tip;
    answer.at = utcNow();
    std::string error;
    if (!store_->recordQuizAnswer(answer, &error)) {
        lost(error);
        return;
    }
    ++seq_;
}

std::optional<Results> PlayRecorder::classResults() {
    if (!keeping()) return std::nullopt;
    std::string error;
    auto results = store_->load(player_.class_name, &error);
    if (!results) lost(error);
    return results;
}

void PlayRecorder::end(const std::string& ending) {
    if (!recording()) return;
    std::string error;
    if (!store_->endSession(session_id_, ending, utcNow(), &error)) {
        lost(error);
        return;
    }
    ended_ = true;
}

}  // namespace saqbol
