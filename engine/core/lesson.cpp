// SPDX-License-Identifier: MIT
#include "lesson.h"

#include <algorithm>

#include "codes.h"
#include "validate.h"

namespace saqbol {

std::vector<Problem> validateLesson(const Lesson& lesson, const std::vector<std::string>& scenario_ids) {
    std::vector<Problem> problems;
    auto error = [&](int line, const char* code, std::string message) {
        problems.push_back({lesson.file, line, code, Severity::Error, std::move(message)});
    };
    if (!isValidId(lesson.id))
        error(lesson.line, codes::kBadId, "lesson id '" + lesson.id + "' must look like school_10_13: [a-z][a-z0-9_]*");
    if (lesson.steps.empty())
        error(lesson.line, codes::kMissingField, "a lesson needs steps = { play \"scenario_id\" { ... }, ... }");
    if (lesson.minutes <= 0) error(lesson.line, codes::kInvalidValue, "minutes must be a positive number");
    if (lesson.quiz_before && lesson.quiz_after && *lesson.quiz_before == *lesson.quiz_after)
        error(lesson.line, codes::kInvalidValue,
              "quiz before and after use the same form; use A before and B after (or the other way) so no item repeats");
    int planned = 0;
    for (const LessonStep& step : lesson.steps) {
        planned += step.minutes;
        if (std::find(scenario_ids.begin(), scenario_ids.end(), step.scenario) == scenario_ids.end()) {
            std::string known;
            for (const std::string& id : scenario_ids) known += (known.empty() ? "" : ", ") + id;
            error(step.line, codes::kMissingTarget, "no scenario '" + step.scenario + "'; known: " + known);
        }
        if (step.discuss.empty())
            problems.push_back({lesson.file, step.line, codes::kMissingField, Severity::Warning,
                                "step '" + step.scenario + "' has no discuss = { \"question\", ... } for the room"});
    }
    if (lesson.minutes > 0 && planned > lesson.minutes)
        error(lesson.line, codes::kInvalidValue,
              "the steps plan " + std::to_string(planned) + " minutes but the lesson has " +
                  std::to_string(lesson.minutes) + "; shorten or drop a step");
    return problems;
}

}  // namespace saqbol
