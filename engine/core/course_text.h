// SPDX-License-Identifier: MIT
// The translatable strings of the quiz and of lessons, keyed like a scenario's: msgctxt
// "<quiz-id>:<item-id>" for an item's words, "<lesson-id>:<scenario-id>" for a step's
// questions, "<id>:@meta" for titles, summaries and contact names. The i18n tools and the
// translation checks read them; the quiz and lesson screens look them up the same way.
#pragma once

#include <vector>

#include "catalog.h"
#include "lesson.h"
#include "quiz.h"

namespace saqbol {

std::vector<SourceString> quizStrings(const Quiz& quiz);
std::vector<SourceString> lessonStrings(const Lesson& lesson);

}  // namespace saqbol
