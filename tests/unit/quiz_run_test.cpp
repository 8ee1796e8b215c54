// SPDX-License-Identifier: MIT
// One sitting of the quiz (QuizRun): calls in order, going back to change one, the result
// only once every item is called, and the same score as scoreQuiz on the same calls.
#include "quiz_run.h"

#include <doctest/doctest.h>

using namespace saqbol;

namespace {

// Form A: scam, real, scam, real; form B: real, scam.
Quiz smallBank() {
    Quiz quiz;
    quiz.id = "q";
    const struct {
        const char* id;
        char form;
        bool legit;
    } items[] = {{"a1", 'A', false}, {"b1", 'B', true},  {"a2", 'A', true},
                 {"a3", 'A', false}, {"b2", 'B', false}, {"a4", 'A', true}};
    for (const auto& i : items) {
        QuizItem item;
        item.id = i.id;
        item.form = i.form;
        item.legit = i.legit;
        quiz.items.push_back(item);
    }
    return quiz;
}

}  // namespace

TEST_CASE("a run shows its form's items in order and finishes after the last call") {
    const Quiz quiz = smallBank();
    QuizRun run(quiz, 'A');
    REQUIRE(run.items().size() == 4);
    CHECK(run.form() == 'A');
    CHECK(run.item().id == "a1");
    CHECK_FALSE(run.back());       // nothing before the first item
    CHECK(run.answers().empty());  // not finished: no result yet
    run.answer(QuizCall::Scam);
    CHECK(run.item().id == "a2");
    CHECK(run.answered() == 1);
    run.answer(QuizCall::Real);
    run.answer(QuizCall::Real);
    CHECK_FALSE(run.finished());
    run.answer(QuizCall::Scam);
    REQUIRE(run.finished());
    CHECK(run.current() == 4);
    CHECK_FALSE(run.back());     // the result has shown the answers: the calls are final
    run.answer(QuizCall::Real);  // ignored once finished
    const std::vector<QuizAnswer> answers = run.answers();
    REQUIRE(answers.size() == 4);
    CHECK(answers[0].correct());
    CHECK(answers[1].correct());
    CHECK_FALSE(answers[2].correct());  // a3 is a scam, called real
    CHECK_FALSE(answers[3].correct());  // a4 is real, called a scam
    const Discernment d = run.score();
    const Discernment expected = scoreQuiz(answers);
    CHECK(d.hits == 1);
    CHECK(d.false_alarms == 1);
    CHECK(d.correct() == 2);
    CHECK(d.discernment == doctest::Approx(expected.discernment));
    CHECK(d.d_prime == doctest::Approx(expected.d_prime));
}

TEST_CASE("going back keeps every call and lets the player change one") {
    const Quiz quiz = smallBank();
    QuizRun run(quiz, 'A');
    run.answer(QuizCall::Real);  // a1, wrong
    run.answer(QuizCall::Real);  // a2
    REQUIRE(run.back());
    CHECK(run.item().id == "a2");
    CHECK(run.call(1) == QuizCall::Real);  // kept while looking again
    REQUIRE(run.back());
    CHECK(run.item().id == "a1");
    CHECK(run.call(0) == QuizCall::Real);
    CHECK(run.answered() == 2);
    run.answer(QuizCall::Scam);  // changed
    CHECK(run.item().id == "a2");
    CHECK(run.call(0) == QuizCall::Scam);
    CHECK(run.call(1) == QuizCall::Real);
    run.answer(QuizCall::Real);
    run.answer(QuizCall::Scam);
    run.answer(QuizCall::Real);
    REQUIRE(run.finished());
    CHECK(run.score().correct() == 4);
    CHECK(run.score().discernment == doctest::Approx(1.0));
    CHECK_FALSE(run.call(9));
}

TEST_CASE("the other form is another run with its own items") {
    const Quiz quiz = smallBank();
    QuizRun run(quiz, 'B');
    REQUIRE(run.items().size() == 2);
    CHECK(run.item().id == "b1");
    run.answer(QuizCall::Scam);
    run.answer(QuizCall::Scam);
    REQUIRE(run.finished());
    CHECK(run.score().hits == 1);
    CHECK(run.score().false_alarms == 1);
}
