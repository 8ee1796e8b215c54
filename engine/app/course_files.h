// SPDX-License-Identifier: MIT
// The course files shipped beside the scenarios: the quiz's item bank
// (scenarios/quiz/quiz.lua) and the lessons (scenarios/lessons/*.lua), found under the data
// root and loaded with their translations (locales/<lang>/<id>.po at the root, as for
// scenarios). `saqbol quiz`, `saqbol list`, lint and the tests read them through here.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog.h"
#include "problem.h"

namespace saqbol {

// dataRoot()/scenarios/quiz/quiz.lua
std::filesystem::path shippedQuizFile();
// dataRoot()/scenarios/lessons/*.lua, sorted by name.
std::vector<std::filesystem::path> shippedLessonFiles();

// The translations of a quiz or lesson file (`strings` from quizStrings / lessonStrings) in
// `lang`: empty for the source language; `xx` is the pseudo-language over English.
Catalog loadCourseCatalog(const std::filesystem::path& file, const std::string& id, const std::string& source_lang,
                          const std::vector<SourceString>& strings, const std::string& lang, const ProblemSink& sink);

}  // namespace saqbol
