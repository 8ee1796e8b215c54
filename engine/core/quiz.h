// SPDX-License-Identifier: MIT
// The before/after quiz: short phone moments (an SMS, a call, an ad, a page), half of them
// legitimate, each with the cue that gives it away or shows it is real. The player calls
// each one "scam" or "real". Scored as discernment — hits minus false alarms — and d′, so
// that calling everything fake scores no better than guessing. Two parallel forms (A
// before, B after by default) share no item. Plain data and arithmetic: no Lua, no disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "scenario.h"

namespace saqbol {

// One quiz item: a single phone moment and whether it is a scam.
struct QuizItem {
    std::string id;            // [a-z][a-z0-9_]*, unique in the bank
    int line = 0;
    char form = 'A';           // 'A' or 'B'
    bool legit = false;        // true: the real thing; false: a scam
    std::string tip;           // the tip or rule it trains
    std::string cue;           // the sign that gives it away (or shows it is real)
    std::vector<Event> events; // what the phone shows (usually one event)
};

// The item bank (a quiz file).
struct Quiz {
    std::string file;
    int line = 0;
    int format = 0;
    std::string id;
    std::string lang;          // source language of the strings
    std::string title;
    std::string reviewed;
    std::vector<Contact> contacts;
    std::vector<QuizItem> items;

    // The items of form `form` ('A' or 'B'), in file order.
    std::vector<const QuizItem*> form(char form) const;
    const Contact* findContact(std::string_view contact_id) const;
};

// The player's call on one item.
enum class QuizCall { Scam, Real };

struct QuizAnswer {
    const QuizItem* item = nullptr;
    QuizCall call = QuizCall::Real;
    bool correct() const { return (call == QuizCall::Scam) == !item->legit; }
};

// Signal-detection counts and scores; a "hit" is a scam called a scam, a "false alarm" a
// legitimate item called a scam.
struct Discernment {
    int scams = 0, legit = 0;
    int hits = 0, false_alarms = 0;
    double hit_rate = 0;       // hits / scams (0 when there are no scams)
    double false_alarm_rate = 0;
    double discernment = 0;    // hit_rate - false_alarm_rate, in [-1, 1]; 0 = guessing
    // z(H') - z(F') with the log-linear correction: H' = (hits + 0.5) / (scams + 1),
    // F' = (false_alarms + 0.5) / (legit + 1), so 0 and 1 rates stay finite.
    double d_prime = 0;
    int correct() const { return hits + (legit - false_alarms); }
};

Discernment scoreQuiz(const std::vector<QuizAnswer>& answers);

// The standard normal quantile (inverse CDF) for p in (0, 1).
double normalQuantile(double p);

// The quiz as a scenario whose nodes are its items (node id = item id, no choices), so the
// same text lookup (context "<quiz-id>:<item-id>"), the terminal presenter and the phone
// screens show an item exactly as they show a moment of a scenario. `start` is the first item.
Scenario quizAsScenario(const Quiz& quiz);

// Checks the bank: ids, forms A/B only, both forms present and disjoint by construction,
// each form 45–55% legitimate, every item with a cue, a known tip and at least one event.
std::vector<Problem> validateQuiz(const Quiz& quiz);

}  // namespace saqbol
