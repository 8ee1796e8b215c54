// SPDX-License-Identifier: MIT
// Where one student stands in a lesson, from the results store's records: each step (the
// quiz before, each scenario, the quiz after) done, started or not yet, the next one to
// do, and — a week or more after the student's last work in the lesson — a booster: the
// moments they got wrong and have not since got right, to play again from there. Pure:
// the caller passes the records and the time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lesson.h"
#include "results.h"

namespace saqbol {

enum class StepKind { QuizBefore, Scenario, QuizAfter, Booster };
enum class StepStatus { NotStarted, Unfinished, Done };

// One thing to do in the lesson.
struct ProgressStep {
    StepKind kind = StepKind::Scenario;
    std::string scenario;  // the scenario (Scenario, Booster)
    char form = 0;         // the quiz form (QuizBefore, QuizAfter)
    std::string node;      // Booster: the moment to play again from
    std::string choice;    // Booster: what the student chose there last time
    StepStatus status = StepStatus::NotStarted;
};

// The days after the last work in a lesson when its booster comes.
inline constexpr int kBoosterDays = 7;

struct LessonProgress {
    std::vector<ProgressStep> steps;  // the lesson's steps in order, then the booster's moments when due
    int next = -1;                    // the first step not done; -1 when every one is
    std::string last_activity;        // the student's latest session time in the lesson, boosters aside (UTC)
    bool booster_due = false;         // every step done and kBoosterDays passed since
};

// The progress of `player_id` in `lesson` at `now` (UTC ISO 8601), from `results` (at least
// that player's records). Sessions count when they belong to the lesson (PlaySession::lesson);
// a scenario is done once played to an ending, a quiz form once handed in. The booster's
// moments: the scenarios' moments where the student's latest decision was risky or harmful,
// most recent first, at most `booster_size`.
LessonProgress lessonProgress(const Lesson& lesson, const Results& results, std::string_view player_id,
                              std::string_view now, int booster_size = 5);

// Whole days from `from` to `to` (UTC ISO 8601 "YYYY-MM-DDTHH:MM:SSZ"); 0 when either
// cannot be read or `to` is earlier.
int daysBetween(std::string_view from, std::string_view to);

}  // namespace saqbol
