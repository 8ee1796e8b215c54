// SPDX-License-Identifier: MIT
// Internal to the report writers (report*.cpp): naming things in the report's language and
// classifying records. Not part of the engine's interface; standard library only.
#pragma once

#include <string>
#include <string_view>

#include "report.h"

namespace saqbol::report_detail {

bool isQuizSession(const PlaySession& s);
// safe, risky or harmful (neutral and anything else are not scored).
bool isScored(std::string_view verdict);
// The tip's short name in the report's language, or the id for an unknown tip.
std::string tipName(const ReportContext& context, std::string_view tip);
// The title from the context, or the id when there is none.
std::string scenarioTitle(const ReportContext& context, std::string_view scenario);
std::string lessonTitle(const ReportContext& context, std::string_view lesson);
// "Class 7B", or "No class" for an empty class name.
std::string className(const ReportContext& context, std::string_view class_name);
// The text of the wrong choice made most often at a moment, or its id.
std::string choiceText(const ReportContext& context, const MomentToDiscuss& moment);
// Code points in UTF-8 text (for lining up columns in the terminal).
std::size_t displayWidth(std::string_view text);

}  // namespace saqbol::report_detail
