// SPDX-License-Identifier: MIT
// The fixture's results, and what the reports must find in them (worked out by hand):
//
// Class 7Б (lesson school_10_13): Айгүл, Дәурен, «Нұрлан "Жас", 2» (a comma and quotes for CSV).
//   code_1414 at courier_call: tell_code, tell_code, hang_up → 2 of 3 wrong: a moment to discuss.
//   phishing_link at fake_sms: tap_link twice → 2 of 2 wrong, but under 3 decisions: not listed.
//   codes 6 of 9 safe (67%), links 1 of 3 (33%), personal_data 1 of 2 (50%, under 3: not weakest).
//   Weakest: links, codes. Scenario sessions: 4 finished, 1 unfinished (Айгүл's phishing_link).
//   Quiz: Айгүл A 0 → B +100, Дәурен A +50 → B +50 (pairs 2: before +25, after +75);
//   Нұрлан A only (+50). Handled well: Айгүл none, Дәурен personal_data, Нұрлан codes.
// Class 8A (no lesson): Ольга, Серік — code_1414 each; Ольга quiz A then B.
#include "report_fixture.h"

#include <cstdio>

namespace saqbol::test {

std::string fixtureUuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "5a1b0000-0000-4000-8000-%012d", n);
    return text;
}

namespace {

struct Builder {
    Results r;
    int next = 1;

    std::string player(const std::string& class_name, const std::string& nickname) {
        Player p{fixtureUuid(next++), class_name, nickname};
        r.players.push_back(p);
        return p.id;
    }
    // A session starting at hh:mm (ended 5 minutes later when `finished`).
    std::string session(const std::string& player_id, const std::string& lesson, const std::string& scenario,
                        const std::string& form, const std::string& hhmm, bool finished,
                        const std::string& ending = "") {
        PlaySession s;
        s.id = fixtureUuid(next++);
        s.player_id = player_id;
        s.lesson = lesson;
        s.scenario = scenario;
        s.quiz_form = form;
        s.language = "kk";
        s.mode = form.empty() ? "lesson" : "quiz";
        s.started = "2026-11-27T" + hhmm + ":00Z";
        if (finished) {
            const int minutes = std::stoi(hhmm.substr(3)) + 5;
            s.ended = "2026-11-27T" + hhmm.substr(0, 3) + (minutes < 10 ? "0" : "") +
                      std::to_string(minutes) + ":00Z";
            s.ending = ending;
        }
        r.sessions.push_back(s);
        return s.id;
    }
    void decide(const std::string& session_id, const std::string& node, const std::string& choice,
                const std::string& tip, const std::string& verdict) {
        int seq = 1;
        for (const DecisionRecord& d : r.decisions) seq += d.session_id == session_id;
        r.decisions.push_back({fixtureUuid(next++), session_id, seq, node, choice, tip, verdict,
                               "2026-11-27T10:0" + std::to_string(seq) + ":30Z"});
    }
    // Form A or B's four items (scam, real, scam, real); `calls` is "s"/"r" per item.
    void quiz(const std::string& session_id, char form, const std::string& calls) {
        static const char* kA[] = {"call_courier_code", "sms_1414_login", "ad_cheap_headphones",
                                   "chat_seller_on_receipt"};
        static const char* kB[] = {"call_sim_code", "sms_1414_service", "ad_cheap_conditioner",
                                   "chat_cake_on_receipt"};
        static const char* kTips[] = {"codes", "codes", "no_prepayment", "no_prepayment"};
        for (int i = 0; i < 4; ++i)
            r.answers.push_back({fixtureUuid(next++), session_id, i + 1, form == 'A' ? kA[i] : kB[i],
                                 i % 2 == 0, calls[std::size_t(i)] == 's', kTips[i],
                                 "2026-11-27T09:0" + std::to_string(i) + ":10Z"});
    }
};

}  // namespace

Results reportFixture() {
    Builder b;
    const std::string lesson = "school_10_13";

    const std::string aigul = b.player("7Б", "Айгүл");
    b.quiz(b.session(aigul, lesson, "quiz", "A", "09:00", true), 'A', "ssss");
    std::string s = b.session(aigul, lesson, "code_1414", "", "09:10", true, "loans_taken");
    b.decide(s, "egov_login", "type_on_egov", "codes", "safe");
    b.decide(s, "courier_call", "tell_code", "codes", "harmful");
    b.decide(s, "video_call", "listen", "codes", "risky");
    s = b.session(aigul, lesson, "phishing_link", "", "09:20", false);
    b.decide(s, "fake_sms", "tap_link", "links", "risky");
    b.decide(s, "fake_page", "enter_card", "personal_data", "harmful");
    b.quiz(b.session(aigul, lesson, "quiz", "B", "09:40", true), 'B', "srsr");

    const std::string dauren = b.player("7Б", "Дәурен");
    b.quiz(b.session(dauren, lesson, "quiz", "A", "09:01", true), 'A', "srrr");
    s = b.session(dauren, lesson, "code_1414", "", "09:11", true, "bank_hotline");
    b.decide(s, "egov_login", "type_on_egov", "codes", "safe");
    b.decide(s, "courier_call", "tell_code", "codes", "harmful");
    b.decide(s, "video_call", "call_bank", "codes", "safe");
    s = b.session(dauren, lesson, "phishing_link", "", "09:21", true, "safe_checked");
    b.decide(s, "real_notice", "later", "", "neutral");
    b.decide(s, "fake_sms", "tap_link", "links", "risky");
    b.decide(s, "fake_page", "close", "personal_data", "safe");
    b.decide(s, "app_check", "block", "links", "safe");
    b.quiz(b.session(dauren, lesson, "quiz", "B", "09:41", true), 'B', "srss");

    const std::string nurlan = b.player("7Б", "Нұрлан \"Жас\", 2");
    b.quiz(b.session(nurlan, lesson, "quiz", "A", "09:02", true), 'A', "rrsr");
    s = b.session(nurlan, lesson, "code_1414", "", "09:12", true, "safe_calm");
    b.decide(s, "egov_login", "type_on_egov", "codes", "safe");
    b.decide(s, "courier_call", "hang_up", "codes", "safe");
    b.decide(s, "video_call", "not_me", "codes", "safe");

    const std::string olga = b.player("8A", "Ольга");
    b.quiz(b.session(olga, "", "quiz", "A", "11:00", true), 'A', "srsr");
    s = b.session(olga, "", "code_1414", "", "11:10", true, "safe_calm");
    b.decide(s, "egov_login", "type_on_egov", "codes", "safe");
    b.decide(s, "courier_call", "hang_up", "codes", "safe");
    b.quiz(b.session(olga, "", "quiz", "B", "11:40", true), 'B', "srsr");

    const std::string serik = b.player("8A", "Серік");
    s = b.session(serik, "", "code_1414", "", "11:11", true, "safe_calm");
    b.decide(s, "egov_login", "type_on_egov", "codes", "safe");
    b.decide(s, "courier_call", "ask_details", "codes", "risky");
    return b.r;
}

}  // namespace saqbol::test
