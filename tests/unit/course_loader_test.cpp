// SPDX-License-Identifier: MIT
// Quiz and lesson files: read with the scenario's field tables and sandbox, checked, and
// told apart from scenarios by what they return.
#include <doctest/doctest.h>

#include <algorithm>

#include "scenario_loader.h"

using namespace saqbol;

namespace {

const char* kQuiz = R"(return quiz {
  format = 1, id = "quiz", lang = "kk", title = "Алаяқ па, шын ба?", reviewed = "2026-11-28",
  contacts = { bank = { name = "Сенім Банк", number = "+7 700 000 11 11", official = true } },
  item "bank_real" { form = "A", legit = true, tip = "codes",
    sms { from = "bank", text = "Картамен 4 500 ₸ төленді." },
    cue = "Өзіңіз жасаған төлем: сілтеме жоқ, код сұралмайды." },
  item "bank_fake" { form = "A", legit = false, tip = "codes",
    call { from = "bank" },
    say { "bank", "Кодты айтыңызшы." },
    cue = "Банк кодты ешқашан сұрамайды." },
  item "link_real" { form = "B", legit = true, tip = "links",
    notify { from = "Пошта", text = "Сәлемдеме келді." }, cue = "Қосымшада, төлемсіз." },
  item "link_fake" { form = "B", legit = false, tip = "links",
    sms { from = "bank", text = "350 ₸ төлеңіз: bit.ly/x" }, cue = "Сілтемемен төлем." },
}
)";

}  // namespace

TEST_CASE("a quiz file loads into items with their forms, events and cues") {
    const CourseLoad loaded = loadCourseSource("quiz.lua", kQuiz);
    CHECK_FALSE(loaded.hasErrors());
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.quiz);
    const Quiz& quiz = *loaded.quiz;
    CHECK(quiz.id == "quiz");
    REQUIRE(quiz.items.size() == 4);
    CHECK(quiz.items[0].id == "bank_real");
    CHECK(quiz.items[0].legit);
    CHECK(quiz.items[0].line == 4);
    CHECK(quiz.items[1].events.size() == 2);
    CHECK(quiz.items[1].events[1].text == "Кодты айтыңызшы.");
    CHECK(quiz.form('B').size() == 2);
    CHECK(quiz.findContact("bank") != nullptr);
    CHECK(fileKindOf(kQuiz) == FileKind::Quiz);
}

TEST_CASE("a quiz's mistakes are named with their lines") {
    std::string source = kQuiz;
    source.replace(source.find("legit = true, tip = \"codes\""), 27, "legit = true, tipp = \"codes\"");
    source.replace(source.find("form = \"B\", legit = true"), 10, "form = \"C\"");
    const CourseLoad loaded = loadCourseSource("quiz.lua", source);
    CHECK(loaded.hasErrors());
    std::vector<std::string> seen;
    std::string all;
    for (const Problem& p : loaded.problems) {
        seen.push_back(std::to_string(p.line) + " " + p.code);
        all += formatProblem(p) + "\n";
    }
    INFO(all);
    // tipp: unknown field (did you mean tip); form C: invalid; forms then unbalanced (B has 1 item, a scam).
    CHECK(std::find(seen.begin(), seen.end(), "4 SB003") != seen.end());
    CHECK(std::find(seen.begin(), seen.end(), "11 SB005") != seen.end());
}

TEST_CASE("a lesson file loads its steps, quiz forms and questions") {
    const char* lesson = R"(return lesson {
  format = 1, id = "school_10_13", lang = "kk", title = "Сабақ", summary = "Қысқаша.",
  audience = { "child" }, minutes = 45,
  quiz = { before = "A", after = "B" },
  steps = {
    play "code_1414" { minutes = 15, discuss = { "Не байқадыңыз?" } },
    play "game_gift" { minutes = 15, discuss = { "Кімге айтасыз?" } },
  },
}
)";
    CHECK(fileKindOf(lesson) == FileKind::Lesson);
    const CourseLoad loaded = loadCourseSource("lesson.lua", lesson);
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.lesson);
    const Lesson& l = *loaded.lesson;
    CHECK(l.quiz_before == 'A');
    CHECK(l.quiz_after == 'B');
    REQUIRE(l.steps.size() == 2);
    CHECK(l.steps[1].scenario == "game_gift");
    CHECK(l.steps[1].line == 7);
    CHECK(l.steps[1].discuss == std::vector<std::string>{"Кімге айтасыз?"});

    // Checked against the scenarios that exist.
    const auto problems = validateLesson(l, {"code_1414"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 7);
    CHECK(problems[0].code == "SB007");
    CHECK(problems[0].message.find("no scenario 'game_gift'") != std::string::npos);
    CHECK(validateLesson(l, {"code_1414", "game_gift"}).empty());
}

TEST_CASE("a lesson whose steps overrun its minutes, or repeat a quiz form, is refused") {
    Lesson l;
    l.file = "l.lua";
    l.id = "x";
    l.minutes = 20;
    l.quiz_before = 'A';
    l.quiz_after = 'A';
    l.steps.push_back({"code_1414", 3, 25, {"?"}});
    const auto problems = validateLesson(l, {"code_1414"});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.find("same form") != std::string::npos);
    CHECK(problems[1].message.find("plan 25 minutes but the lesson has 20") != std::string::npos);
}

TEST_CASE("a scenario file is not a course file, and says what it should return") {
    const CourseLoad loaded = loadCourseSource("s.lua", "return scenario { format = 1 }\n");
    CHECK(loaded.hasErrors());
    REQUIRE_FALSE(loaded.problems.empty());
    CHECK(loaded.problems[0].code == "SB002");
    CHECK(fileKindOf("-- a scenario\nreturn scenario {\n}\n") == FileKind::Scenario);
}
