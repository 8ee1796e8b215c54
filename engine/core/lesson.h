// SPDX-License-Identifier: MIT
// A lesson: the scenarios a teacher or facilitator runs in one sitting, in order, with the
// questions to discuss after each, and whether the before/after quiz frames it. Lessons
// are files (scenarios/lessons/*.lua) so a school can write its own. Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "problem.h"
#include "scenario.h"

namespace saqbol {

// One scenario of a lesson and what to talk about after it.
struct LessonStep {
    std::string scenario;              // a scenario id
    int line = 0;
    int minutes = 0;                   // planned minutes incl. discussion (0: the scenario's own)
    std::vector<std::string> discuss;  // questions for the room, in the lesson's language
};

struct Lesson {
    std::string file;
    int line = 0;
    int format = 0;
    std::string id;
    std::string lang;                  // source language of the strings
    std::string title;
    std::string summary;
    std::vector<Audience> audience;
    int minutes = 0;                   // the whole lesson
    std::optional<char> quiz_before;   // 'A' or 'B', or none
    std::optional<char> quiz_after;
    std::vector<LessonStep> steps;
};

// Checks a lesson against the scenarios that exist (`scenario_ids`): ids, steps, forms,
// that the planned minutes fit the lesson's length.
std::vector<Problem> validateLesson(const Lesson& lesson, const std::vector<std::string>& scenario_ids);

}  // namespace saqbol
