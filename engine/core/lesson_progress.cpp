// SPDX-License-Identifier: MIT
// A student's progress in a lesson (lesson_progress.h).
#include "lesson_progress.h"

#include <algorithm>
#include <map>

namespace saqbol {
namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Seconds since 1970 of "YYYY-MM-DDTHH:MM:SSZ", or -1.
long long secondsOf(std::string_view t) {
    if (t.size() < 19 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':') return -1;
    const auto num = [&](std::size_t at, std::size_t n) {
        long v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1L;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const long y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), s = num(17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) return -1;
    return (long long)daysFromCivil(int(y), int(mo), int(d)) * 86400 + h * 3600 + mi * 60 + s;
}

bool isQuiz(const PlaySession& s) { return !s.quiz_form.empty() || s.scenario == "quiz"; }

}  // namespace

int daysBetween(std::string_view from, std::string_view to) {
    const long long a = secondsOf(from), b = secondsOf(to);
    if (a < 0 || b < 0 || b < a) return 0;
    return static_cast<int>((b - a) / 86400);
}

LessonProgress lessonProgress(const Lesson& lesson, const Results& results, std::string_view player_id,
                              std::string_view now, int booster_size) {
    LessonProgress progress;
    std::vector<const PlaySession*> mine;  // the player's sessions in this lesson, by start
    for (const PlaySession& s : results.sessions)
        if (s.player_id == player_id && s.lesson == lesson.id) mine.push_back(&s);
    std::stable_sort(mine.begin(), mine.end(), [](const PlaySession* a, const PlaySession* b) { return a->started < b->started; });
    // The last work in the lesson: a booster played is not, so the booster stays until
    // every moment in it is put right.
    for (const PlaySession* s : mine)
        if (s->mode != "booster") progress.last_activity = std::max({progress.last_activity, s->started, s->ended});

    const auto quizStep = [&](StepKind kind, char form) {
        ProgressStep step{kind, "", form, "", "", StepStatus::NotStarted};
        for (const PlaySession* s : mine)
            if (isQuiz(*s) && s->quiz_form == std::string(1, form)) {
                if (!s->ended.empty()) step.status = StepStatus::Done;
                else if (step.status != StepStatus::Done) step.status = StepStatus::Unfinished;
            }
        progress.steps.push_back(step);
    };
    if (lesson.quiz_before) quizStep(StepKind::QuizBefore, *lesson.quiz_before);
    for (const LessonStep& ls : lesson.steps) {
        ProgressStep step{StepKind::Scenario, ls.scenario, 0, "", "", StepStatus::NotStarted};
        for (const PlaySession* s : mine) {
            if (isQuiz(*s) || s->scenario != ls.scenario || s->mode == "booster") continue;
            if (!s->ending.empty()) step.status = StepStatus::Done;
            else if (s->ended.empty() && step.status != StepStatus::Done) step.status = StepStatus::Unfinished;
        }
        progress.steps.push_back(step);
    }
    if (lesson.quiz_after) quizStep(StepKind::QuizAfter, *lesson.quiz_after);
    for (std::size_t i = 0; i < progress.steps.size(); ++i)
        if (progress.steps[i].status != StepStatus::Done) {
            progress.next = static_cast<int>(i);
            break;
        }

    // The booster: every step done, and a week since the last work in the lesson.
    if (progress.next >= 0 || progress.last_activity.empty() || daysBetween(progress.last_activity, now) < kBoosterDays)
        return progress;
    progress.booster_due = true;
    // The latest decision at each (scenario, node), in the order they were made.
    std::map<std::string, const PlaySession*> session_of;
    for (const PlaySession* s : mine) session_of[s->id] = s;
    std::map<std::pair<std::string, std::string>, const DecisionRecord*> latest;
    for (const DecisionRecord& d : results.decisions) {
        const auto s = session_of.find(d.session_id);
        if (s == session_of.end() || isQuiz(*s->second)) continue;
        const auto key = std::pair(s->second->scenario, d.node);
        const DecisionRecord*& kept = latest[key];
        if (kept == nullptr || kept->at <= d.at) kept = &d;
    }
    std::vector<std::pair<std::pair<std::string, std::string>, const DecisionRecord*>> wrong;
    for (const auto& [key, d] : latest)
        if (d->verdict == "risky" || d->verdict == "harmful") wrong.emplace_back(key, d);
    std::stable_sort(wrong.begin(), wrong.end(), [](const auto& a, const auto& b) { return a.second->at > b.second->at; });
    for (std::size_t i = 0; i < wrong.size() && static_cast<int>(i) < booster_size; ++i)
        progress.steps.push_back({StepKind::Booster, wrong[i].first.first, 0, wrong[i].first.second, wrong[i].second->choice,
                                  StepStatus::NotStarted});
    return progress;
}

}  // namespace saqbol
