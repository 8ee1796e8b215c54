// SPDX-License-Identifier: MIT
// A student's progress in a lesson (core/lesson_progress.h): steps done, started or not
// yet, the next one, and the booster a week after the last work — made of the moments the
// student got wrong and has not since got right.
#include <doctest/doctest.h>

#include "lesson_progress.h"

using namespace saqbol;

namespace {

Lesson twoScenarios() {
    Lesson l;
    l.id = "lesson1";
    l.quiz_before = 'A';
    l.quiz_after = 'B';
    l.steps.push_back({"code_1414", 1, 10, {}});
    l.steps.push_back({"phishing_link", 2, 10, {}});
    return l;
}

struct Records {
    Results r;
    int n = 0;
    std::string session(const std::string& scenario, const std::string& started, const std::string& ended,
                        const std::string& ending, const std::string& form = "", const std::string& mode = "lesson",
                        const std::string& lesson = "lesson1", const std::string& player = "p1") {
        PlaySession s;
        s.id = "s" + std::to_string(++n);
        s.player_id = player;
        s.lesson = lesson;
        s.scenario = scenario;
        s.quiz_form = form;
        s.mode = mode;
        s.started = started;
        s.ended = ended;
        s.ending = ending;
        r.sessions.push_back(s);
        return s.id;
    }
    void decision(const std::string& session, const std::string& node, const std::string& choice, const std::string& verdict,
                  const std::string& at) {
        DecisionRecord d;
        d.id = "d" + std::to_string(++n);
        d.session_id = session;
        d.node = node;
        d.choice = choice;
        d.verdict = verdict;
        d.tip = "codes";
        d.at = at;
        r.decisions.push_back(d);
    }
};

}  // namespace

TEST_CASE("lesson progress: nothing yet, then the quiz, a scenario started, one finished") {
    const Lesson lesson = twoScenarios();
    Records rec;
    LessonProgress p = lessonProgress(lesson, rec.r, "p1", "2026-11-28T10:00:00Z");
    REQUIRE(p.steps.size() == 4);
    CHECK(p.steps[0].kind == StepKind::QuizBefore);
    CHECK(p.steps[0].form == 'A');
    CHECK(p.steps[3].kind == StepKind::QuizAfter);
    CHECK(p.next == 0);

    rec.session("quiz", "2026-11-28T10:00:00Z", "2026-11-28T10:05:00Z", "", "A", "quiz");
    const std::string open = rec.session("code_1414", "2026-11-28T10:06:00Z", "", "");
    p = lessonProgress(lesson, rec.r, "p1", "2026-11-28T10:10:00Z");
    CHECK(p.steps[0].status == StepStatus::Done);
    CHECK(p.steps[1].status == StepStatus::Unfinished);
    CHECK(p.next == 1);

    rec.r.sessions.back().ended = "2026-11-28T10:12:00Z";
    rec.r.sessions.back().ending = "safe_calm";
    p = lessonProgress(lesson, rec.r, "p1", "2026-11-28T10:13:00Z");
    CHECK(p.steps[1].status == StepStatus::Done);
    CHECK(p.next == 2);
    CHECK(p.last_activity == "2026-11-28T10:12:00Z");

    SUBCASE("a play given up (ended without an ending) is not done") {
        rec.session("phishing_link", "2026-11-28T10:14:00Z", "2026-11-28T10:15:00Z", "");
        CHECK(lessonProgress(lesson, rec.r, "p1", "2026-11-28T10:16:00Z").steps[2].status == StepStatus::NotStarted);
    }
    SUBCASE("another lesson's or another student's sessions do not count") {
        rec.session("phishing_link", "2026-11-28T10:14:00Z", "2026-11-28T10:15:00Z", "e", "", "lesson", "other_lesson");
        rec.session("phishing_link", "2026-11-28T10:14:00Z", "2026-11-28T10:15:00Z", "e", "", "lesson", "lesson1", "p2");
        CHECK(lessonProgress(lesson, rec.r, "p1", "2026-11-28T10:16:00Z").steps[2].status == StepStatus::NotStarted);
    }
}

TEST_CASE("lesson progress: the booster comes a week after the last work, with the moments still wrong") {
    const Lesson lesson = twoScenarios();
    Records rec;
    rec.session("quiz", "2026-11-01T10:00:00Z", "2026-11-01T10:05:00Z", "", "A", "quiz");
    const std::string a = rec.session("code_1414", "2026-11-01T10:06:00Z", "2026-11-01T10:12:00Z", "loans_taken");
    rec.decision(a, "courier_call", "read_code", "harmful", "2026-11-01T10:07:00Z");
    rec.decision(a, "video_call", "keep_talking", "risky", "2026-11-01T10:08:00Z");
    const std::string b = rec.session("phishing_link", "2026-11-01T10:13:00Z", "2026-11-01T10:20:00Z", "safe");
    rec.decision(b, "sms", "open_link", "harmful", "2026-11-01T10:14:00Z");
    rec.decision(b, "page", "leave", "safe", "2026-11-01T10:15:00Z");
    // Played code_1414 again the same day: courier_call right this time.
    const std::string c = rec.session("code_1414", "2026-11-01T10:21:00Z", "2026-11-01T10:25:00Z", "safe_calm");
    rec.decision(c, "courier_call", "hang_up", "safe", "2026-11-01T10:22:00Z");
    rec.session("quiz", "2026-11-01T10:26:00Z", "2026-11-01T10:30:00Z", "", "B", "quiz");

    LessonProgress p = lessonProgress(lesson, rec.r, "p1", "2026-11-05T10:00:00Z");
    CHECK(p.next == -1);
    CHECK_FALSE(p.booster_due);  // four days: too soon
    CHECK(p.steps.size() == 4);

    p = lessonProgress(lesson, rec.r, "p1", "2026-11-09T10:30:00Z");  // eight days
    CHECK(p.booster_due);
    REQUIRE(p.steps.size() == 6);
    CHECK(p.steps[4].kind == StepKind::Booster);
    CHECK(p.steps[4].scenario == "phishing_link");  // the most recent mistake first
    CHECK(p.steps[4].node == "sms");
    CHECK(p.steps[4].choice == "open_link");
    CHECK(p.steps[5].scenario == "code_1414");
    CHECK(p.steps[5].node == "video_call");  // courier_call was put right

    SUBCASE("a booster played right takes its moment away, and does not postpone the rest") {
        const std::string d = rec.session("phishing_link", "2026-11-09T10:31:00Z", "2026-11-09T10:33:00Z", "safe", "", "booster");
        rec.decision(d, "sms", "check_app", "safe", "2026-11-09T10:32:00Z");
        p = lessonProgress(lesson, rec.r, "p1", "2026-11-09T10:34:00Z");
        CHECK(p.booster_due);
        REQUIRE(p.steps.size() == 5);
        CHECK(p.steps[4].node == "video_call");
    }
    CHECK(lessonProgress(lesson, rec.r, "p1", "2026-11-09T10:30:00Z", 1).steps.size() == 5);  // at most one
}

TEST_CASE("days between two UTC times") {
    CHECK(daysBetween("2026-11-01T10:00:00Z", "2026-11-08T10:00:00Z") == 7);
    CHECK(daysBetween("2026-11-01T10:00:00Z", "2026-11-08T09:59:59Z") == 6);
    CHECK(daysBetween("2026-02-28T00:00:00Z", "2028-02-28T00:00:00Z") == 730);
    CHECK(daysBetween("2026-11-08T10:00:00Z", "2026-11-01T10:00:00Z") == 0);
    CHECK(daysBetween("not a time", "2026-11-01T10:00:00Z") == 0);
}
