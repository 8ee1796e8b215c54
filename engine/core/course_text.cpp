// SPDX-License-Identifier: MIT
#include "course_text.h"

#include <set>
#include <utility>

namespace saqbol {
namespace {

// Collects (context, text) pairs once each, in order, skipping empty texts.
class Strings {
public:
    void add(const std::string& context, const std::string& text, int line) {
        if (!text.empty() && seen_.emplace(context, text).second) out_.push_back({context, text, line});
    }
    std::vector<SourceString> take() { return std::move(out_); }

private:
    std::vector<SourceString> out_;
    std::set<std::pair<std::string, std::string>> seen_;
};

}  // namespace

std::vector<SourceString> quizStrings(const Quiz& quiz) {
    Strings out;
    const std::string meta = quiz.id + ":@meta";
    out.add(meta, quiz.title, quiz.line);
    for (const Contact& contact : quiz.contacts) out.add(meta, contact.name, contact.line);
    for (const QuizItem& item : quiz.items) {
        const std::string context = quiz.id + ":" + item.id;
        for (const Event& event : item.events) {
            out.add(context, event.title, event.line);
            out.add(context, event.text, event.line);
            out.add(context, event.photo, event.line);
            for (const std::string& field : event.fields) out.add(context, field, event.line);
        }
        out.add(context, item.cue, item.line);
    }
    return out.take();
}

std::vector<SourceString> lessonStrings(const Lesson& lesson) {
    Strings out;
    const std::string meta = lesson.id + ":@meta";
    out.add(meta, lesson.title, lesson.line);
    out.add(meta, lesson.summary, lesson.line);
    for (const LessonStep& step : lesson.steps)
        for (const std::string& question : step.discuss) out.add(lesson.id + ":" + step.scenario, question, step.line);
    return out.take();
}

}  // namespace saqbol
