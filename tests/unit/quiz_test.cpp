// SPDX-License-Identifier: MIT
// The quiz's scoring, against values computed by hand (and checked with a statistics table),
// and the bank's checks: balance, forms, cues.
#include <doctest/doctest.h>

#include "quiz.h"

using namespace saqbol;

namespace {

// A bank of `scams` scam items then `legit` legitimate items, all form A.
Quiz bank(int scams, int legit) {
    Quiz quiz;
    quiz.file = "quiz.lua";
    for (int i = 0; i < scams + legit; ++i) {
        QuizItem item;
        item.id = "item_" + std::to_string(i);
        item.legit = i >= scams;
        item.tip = "codes";
        item.cue = "cue";
        Event sms;
        sms.kind = EventKind::Sms;
        sms.text = "text";
        item.events.push_back(sms);
        quiz.items.push_back(item);
    }
    return quiz;
}

// Answers: the first `hits` scams called scams, the first `false_alarms` legit items called scams.
std::vector<QuizAnswer> answer(const Quiz& quiz, int hits, int false_alarms) {
    std::vector<QuizAnswer> out;
    int h = 0, f = 0;
    for (const QuizItem& item : quiz.items) {
        const bool scam_call = item.legit ? f++ < false_alarms : h++ < hits;
        out.push_back({&item, scam_call ? QuizCall::Scam : QuizCall::Real});
    }
    return out;
}

}  // namespace

TEST_CASE("the normal quantile matches the table") {
    CHECK(normalQuantile(0.5) == doctest::Approx(0.0).epsilon(1e-12));
    CHECK(normalQuantile(0.975) == doctest::Approx(1.959963984540054).epsilon(1e-12));
    CHECK(normalQuantile(0.75) == doctest::Approx(0.6744897501960817).epsilon(1e-12));
    CHECK(normalQuantile(0.05) == doctest::Approx(-1.6448536269514722).epsilon(1e-12));
    CHECK(normalQuantile(0.001) == doctest::Approx(-3.090232306167813).epsilon(1e-12));
}

TEST_CASE("discernment and d' with the log-linear correction, computed by hand") {
    const Quiz quiz = bank(9, 9);
    SUBCASE("7 of 9 scams caught, 2 of 9 real items wrongly called scams") {
        const Discernment d = scoreQuiz(answer(quiz, 7, 2));
        CHECK(d.hits == 7);
        CHECK(d.false_alarms == 2);
        CHECK(d.correct() == 14);
        CHECK(d.discernment == doctest::Approx(5.0 / 9));
        // H' = 7.5 / 10 = .75, F' = 2.5 / 10 = .25: d' = 2 × 0.6744897501960817
        CHECK(d.d_prime == doctest::Approx(1.3489795003921634));
    }
    SUBCASE("calling everything a scam scores no better than guessing") {
        const Discernment d = scoreQuiz(answer(quiz, 9, 9));
        CHECK(d.hit_rate == 1.0);
        CHECK(d.discernment == doctest::Approx(0.0));
        CHECK(d.d_prime == doctest::Approx(0.0));
    }
    SUBCASE("calling everything real scores zero too") {
        const Discernment d = scoreQuiz(answer(quiz, 0, 0));
        CHECK(d.discernment == doctest::Approx(0.0));
        CHECK(d.d_prime == doctest::Approx(0.0));
    }
    SUBCASE("all correct stays finite: H' = .95, F' = .05") {
        const Discernment d = scoreQuiz(answer(quiz, 9, 0));
        CHECK(d.discernment == doctest::Approx(1.0));
        CHECK(d.d_prime == doctest::Approx(3.2897072539029444));
    }
    SUBCASE("near chance: 5 of 9 and 4 of 9") {
        const Discernment d = scoreQuiz(answer(quiz, 5, 4));
        CHECK(d.discernment == doctest::Approx(1.0 / 9));
        CHECK(d.d_prime == doctest::Approx(0.25132269371014804));
    }
}

TEST_CASE("unequal counts: 10 scams and 8 real items") {
    const Quiz quiz = bank(10, 8);
    const Discernment d = scoreQuiz(answer(quiz, 8, 1));
    CHECK(d.hit_rate == doctest::Approx(0.8));
    CHECK(d.false_alarm_rate == doctest::Approx(0.125));
    // H' = 8.5 / 11 = .7727 → z = 0.7479; F' = 1.5 / 9 = .1667 → z = -0.9674
    CHECK(d.d_prime == doctest::Approx(normalQuantile(8.5 / 11) - normalQuantile(1.5 / 9)));
    CHECK(d.d_prime == doctest::Approx(1.7153).epsilon(1e-4));
}

TEST_CASE("the bank's checks") {
    Quiz quiz = bank(5, 5);
    for (std::size_t i = 0; i < quiz.items.size(); ++i) quiz.items[i].form = i % 2 ? 'B' : 'A';
    // A: items 0,2,4 scams, 6,8 legit (2 of 5 = 40%): unbalanced; B: 1,3 scams, 5,7,9 legit (60%).
    auto problems = validateQuiz(quiz);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.find("form A has 2 legitimate item(s) of 5") != std::string::npos);
    CHECK(problems[1].message.find("form B has 3 legitimate") != std::string::npos);

    quiz = bank(4, 4);
    for (std::size_t i = 0; i < quiz.items.size(); ++i) quiz.items[i].form = i % 2 ? 'B' : 'A';
    CHECK(validateQuiz(quiz).empty());

    quiz.items[3].cue.clear();
    quiz.items[5].tip = "cods";
    quiz.items[6].id = quiz.items[0].id;
    quiz.items[7].form = 'C';
    problems = validateQuiz(quiz);
    std::vector<std::string> codes;
    for (const Problem& p : problems) codes.push_back(p.code);
    CHECK(codes == std::vector<std::string>{"SB004", "SB011", "SB006", "SB005", "SB005"});
}
