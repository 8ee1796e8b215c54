// SPDX-License-Identifier: MIT
// The class reports (engine/core/report.h) on the fixture (report_fixture.cpp, with the
// expected numbers worked out by hand): the analysis and the summary; the CSV read back by
// an RFC 4180 parser of this file; every xAPI statement read back by nlohmann-json and
// checked field by field; the HTML escaped, self-contained, translated and A4 (its printing
// to PDF: tests/report_pdf_test.sh).
#include "report.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "report_fixture.h"

using namespace saqbol;
using saqbol::test::fixtureUuid;
using saqbol::test::reportFixture;

namespace {

ReportContext englishContext() {
    ReportContext context;
    context.scenario_titles = {{"code_1414", "Code 1414"}, {"phishing_link", "Your parcel is held"}};
    context.lesson_titles = {{"school_10_13", "Gifts in games"}};
    context.choice_texts = {{choiceKey("code_1414", "courier_call", "tell_code"), "I say the code: 5823"}};
    context.generated_at = "2026-11-28T10:15:00Z";
    return context;
}

const ClassReport& byName(const std::vector<ClassReport>& classes, const std::string& name) {
    auto it = std::find_if(classes.begin(), classes.end(),
                           [&](const ClassReport& c) { return c.class_name == name; });
    REQUIRE(it != classes.end());
    return *it;
}

const TipShare& tip(const std::vector<TipShare>& tips, const std::string& id) {
    auto it = std::find_if(tips.begin(), tips.end(), [&](const TipShare& t) { return t.tip == id; });
    REQUIRE(it != tips.end());
    return *it;
}

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas,
// CRLF and doubled quotes. Anything else (a bare CR or LF, a quote inside an unquoted
// field, text after a closing quote) fails the test.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) FAIL("an unterminated quoted field");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r') {
                if (text[i] == '"') FAIL("a quote inside an unquoted field");
                if (text[i] == '\n') FAIL("a bare LF line end");
                cell += text[i++];
            }
        }
        if (i >= text.size()) FAIL("the last record must end with CRLF");
        if (text[i] == ',') {
            row.push_back(std::move(cell));
            cell.clear();
            ++i;
        } else {
            if (text.compare(i, 2, "\r\n") != 0) FAIL("a record must end with CRLF");
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            i += 2;
        }
    }
    return rows;
}

std::size_t countOf(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("report: the analysis counts what the class did, as worked out by hand") {
    const std::vector<ClassReport> classes = analyzeClasses(reportFixture(), "");
    REQUIRE(classes.size() == 2);
    const ClassReport& c = byName(classes, "7Б");
    CHECK(c.students.size() == 3);
    CHECK(c.finished == 4);
    CHECK(c.unfinished == 1);
    CHECK(c.quiz_sessions == 5);
    CHECK(tip(c.tips, "codes").safe == 6);
    CHECK(tip(c.tips, "codes").scored == 9);
    CHECK(tip(c.tips, "links").safe == 1);
    CHECK(tip(c.tips, "links").scored == 3);
    CHECK(tip(c.tips, "personal_data").scored == 2);
    CHECK(tip(c.tips, "licensed_brokers").scored == 0);  // the five tips are always listed
    CHECK(c.tips.size() == 5);                           // no rule was met in 7Б
    CHECK(c.weakest == std::vector<std::string>{"links", "codes"});
    CHECK(c.quiz_pairs == 2);
    CHECK(c.before_mean == doctest::Approx(0.25));
    CHECK(c.after_mean == doctest::Approx(0.75));
    REQUIRE(c.moments.size() == 1);  // fake_sms: 2 of 2 wrong, but fewer than 3 decisions
    CHECK(c.moments[0].scenario == "code_1414");
    CHECK(c.moments[0].node == "courier_call");
    CHECK(c.moments[0].wrong == 2);
    CHECK(c.moments[0].scored == 3);
    CHECK(c.moments[0].top_choice == "tell_code");

    std::map<std::string, const StudentReport*> students;
    for (const StudentReport& s : c.students) students[s.player.nickname] = &s;
    CHECK(students.at("Айгүл")->handled_well.empty());
    CHECK(students.at("Айгүл")->completed == std::vector<std::string>{"code_1414"});
    CHECK(students.at("Дәурен")->handled_well == std::vector<std::string>{"personal_data"});
    CHECK(students.at("Дәурен")->completed == std::vector<std::string>{"code_1414", "phishing_link"});
    CHECK(students.at("Нұрлан \"Жас\", 2")->handled_well == std::vector<std::string>{"codes"});
    CHECK(students.at("Нұрлан \"Жас\", 2")->has_before);
    CHECK_FALSE(students.at("Нұрлан \"Жас\", 2")->has_after);
    CHECK(students.at("Айгүл")->before_form == 'A');
    CHECK(students.at("Айгүл")->after_form == 'B');
    CHECK(students.at("Айгүл")->after.discernment == doctest::Approx(1.0));

    const ClassReport& other = byName(classes, "8A");
    CHECK(other.students.size() == 2);
    CHECK(other.weakest == std::vector<std::string>{"codes"});
    CHECK(other.moments.empty());  // courier_call: 1 of 2 wrong

    CHECK(analyzeClasses(reportFixture(), "8A").size() == 1);
    CHECK(analyzeClasses(reportFixture(), "9Z").empty());
}

TEST_CASE("report: the quiz's before is the first form taken, even when a teacher gives B first") {
    Results r;
    r.players.push_back({fixtureUuid(1), "7A", "Bota"});
    PlaySession b{fixtureUuid(2),         fixtureUuid(1),         "", "quiz", "B", "kk", "quiz",
                  "2026-11-27T09:00:00Z", "2026-11-27T09:05:00Z", ""};
    PlaySession a = b;
    a.id = fixtureUuid(3);
    a.quiz_form = "A";
    a.started = "2026-11-27T10:00:00Z";
    a.ended = "2026-11-27T10:05:00Z";
    r.sessions = {a, b};
    r.answers.push_back({fixtureUuid(4), b.id, 1, "x", true, false, "codes", ""});  // B: missed the scam
    r.answers.push_back({fixtureUuid(5), a.id, 1, "y", true, true, "codes", ""});   // A: spotted it
    const ClassReport c = analyzeClasses(r, "").at(0);
    REQUIRE(c.students.size() == 1);
    CHECK(c.students[0].before_form == 'B');
    CHECK(c.students[0].after_form == 'A');
    CHECK(c.before_mean == doctest::Approx(0.0));
    CHECK(c.after_mean == doctest::Approx(1.0));
}

TEST_CASE("report: the summary names the numbers a teacher looks for") {
    ReportContext context = englishContext();
    const std::string text = reportSummary(reportFixture(), context);
    INFO(text);
    CHECK(text.find("Class 7Б") != std::string::npos);
    CHECK(text.find("Students: 3. Scenarios finished: 4, unfinished: 1. Quiz forms taken: 5.") !=
          std::string::npos);
    CHECK(text.find("67%  (6 of 9)") != std::string::npos);
    CHECK(text.find("Weakest tips: Links 33%, Codes and passwords 67%.") != std::string::npos);
    CHECK(text.find("Discernment before: +25, after: +75") != std::string::npos);
    CHECK(text.find("Code 1414 / courier_call: 2 of 3 decisions risky or harmful (67%); most often: \"I say "
                    "the code: 5823\"") != std::string::npos);
    CHECK(text.find("fake_sms") == std::string::npos);
    CHECK(text.find("Class 8A") != std::string::npos);
    CHECK(text.find("2026-11-28T10:15:00Z") != std::string::npos);

    context.class_filter = "8A";
    const std::string only = reportSummary(reportFixture(), context);
    CHECK(only.find("Class 8A") != std::string::npos);
    CHECK(only.find("7Б") == std::string::npos);
    CHECK(reportSummary({}, englishContext()).find("No results yet.") != std::string::npos);
}

TEST_CASE("report: the CSV has a BOM, CRLF and RFC 4180 quoting, and reads back as the same rows") {
    const Results results = reportFixture();
    const std::string csv = reportCsv(results, englishContext());
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto rows = parseCsv(csv.substr(3));
    REQUIRE(rows.size() == 1 + results.decisions.size() + results.answers.size());
    CHECK(rows[0] == csvColumns());
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < csvColumns().size(); ++i) column[csvColumns()[i]] = i;
    std::map<std::string, std::vector<std::string>> by_id;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == csvColumns().size());
        by_id[rows[i][column["record_id"]]] = rows[i];
    }
    std::map<std::string, Player> players;
    for (const Player& p : results.players) players[p.id] = p;
    std::map<std::string, PlaySession> sessions;
    for (const PlaySession& s : results.sessions) sessions[s.id] = s;
    auto get = [&](const std::vector<std::string>& row, const char* name) { return row.at(column.at(name)); };

    for (const DecisionRecord& d : results.decisions) {
        REQUIRE(by_id.count(d.id));
        const auto& row = by_id[d.id];
        const PlaySession& s = sessions[d.session_id];
        const Player& p = players[s.player_id];
        CHECK(get(row, "kind") == "decision");
        CHECK(get(row, "class") == p.class_name);
        CHECK(get(row, "nickname") == p.nickname);
        CHECK(get(row, "player_id") == p.id);
        CHECK(get(row, "session_id") == s.id);
        CHECK(get(row, "lesson") == s.lesson);
        CHECK(get(row, "scenario") == s.scenario);
        CHECK(get(row, "session_ended") == s.ended);
        CHECK(get(row, "seq") == std::to_string(d.seq));
        CHECK(get(row, "at") == d.at);
        CHECK(get(row, "moment") == d.node);
        CHECK(get(row, "answer") == d.choice);
        CHECK(get(row, "tip") == d.tip);
        CHECK(get(row, "verdict") == d.verdict);
        CHECK(get(row, "success") == (d.verdict == "neutral" ? "" : d.verdict == "safe" ? "1" : "0"));
    }
    for (const QuizRecord& a : results.answers) {
        REQUIRE(by_id.count(a.id));
        const auto& row = by_id[a.id];
        CHECK(get(row, "kind") == "quiz_answer");
        CHECK(get(row, "nickname") == players[sessions[a.session_id].player_id].nickname);
        CHECK(get(row, "quiz_form") == sessions[a.session_id].quiz_form);
        CHECK(get(row, "moment") == a.item);
        CHECK(get(row, "answer") == (a.called_scam ? "scam" : "real"));
        CHECK(get(row, "is_scam") == (a.is_scam ? "1" : "0"));
        CHECK(get(row, "success") == (a.is_scam == a.called_scam ? "1" : "0"));
    }
    // The nickname with a comma and quotes survived; titles and tip names are there.
    CHECK(csv.find("\"Нұрлан \"\"Жас\"\", 2\"") != std::string::npos);
    CHECK(get(by_id[results.decisions[0].id], "scenario_title") == "Code 1414");
    CHECK(get(by_id[results.decisions[0].id], "tip_name") == "Codes and passwords");

    SUBCASE("the class filter keeps one class's rows") {
        ReportContext context = englishContext();
        context.class_filter = "8A";
        const auto only = parseCsv(reportCsv(results, context).substr(3));
        CHECK(only.size() == 1 + 4 + 8);  // Ольга 2 + Серік 2 decisions; Ольга's 2 quiz forms of 4
        for (std::size_t i = 1; i < only.size(); ++i) CHECK(only[i][column["class"]] == "8A");
    }
    SUBCASE("a cell a spreadsheet would run as a formula stays text") {
        Results r;
        r.players.push_back({fixtureUuid(1), "7A", "=HYPERLINK(\"http://x\",\"y\")"});
        r.sessions.push_back(
            {fixtureUuid(2), fixtureUuid(1), "", "code_1414", "", "kk", "lesson", "t", "", ""});
        r.decisions.push_back({fixtureUuid(3), fixtureUuid(2), 1, "a\r\nb", "+1", "", "neutral", "@x"});
        const auto one = parseCsv(reportCsv(r, englishContext()).substr(3));
        REQUIRE(one.size() == 2);
        CHECK(one[1][column["nickname"]] == "'=HYPERLINK(\"http://x\",\"y\")");
        CHECK(one[1][column["moment"]] == "a\r\nb");  // a line break inside a quoted field
        CHECK(one[1][column["answer"]] == "'+1");
        CHECK(one[1][column["at"]] == "'@x");
    }
}

TEST_CASE("report: every xAPI statement is complete and valid") {
    const Results results = reportFixture();
    ReportContext context = englishContext();
    context.scenario_titles["code_1414"] = "Code \"1414\" \\ line\nbreak\ttab\x01 Қ";  // the escaper's work
    const std::string text = reportXapi(results, context);
    const nlohmann::json statements = nlohmann::json::parse(text);  // throws on invalid JSON
    REQUIRE(statements.is_array());
    const std::size_t finished = std::count_if(results.sessions.begin(), results.sessions.end(),
                                               [](const PlaySession& s) { return !s.ended.empty(); });
    REQUIRE(statements.size() ==
            results.sessions.size() + finished + results.decisions.size() + results.answers.size());

    std::set<std::string> ids;
    std::map<std::string, int> verbs;
    bool saw_title = false;
    for (nlohmann::json st : statements) {  // a copy: a missing key reads as null, not UB
        INFO(st.dump());
        REQUIRE(st.contains("id"));
        CHECK(isValidUuid(st["id"].get<std::string>()));
        CHECK(ids.insert(st["id"].get<std::string>()).second);  // statement ids are unique
        CHECK(st["version"] == "1.0.3");
        REQUIRE(st.contains("actor"));
        CHECK(st["actor"]["objectType"] == "Agent");
        CHECK(st["actor"]["account"]["homePage"] == std::string(kXapiStudentHomePage));
        CHECK(isValidUuid(st["actor"]["account"]["name"].get<std::string>()));
        CHECK_FALSE(st["actor"].contains("name"));  // no nickname leaves the school
        REQUIRE(st.contains("verb"));
        const std::string verb = st["verb"]["id"].get<std::string>();
        CHECK(st["verb"]["display"]["en-US"].is_string());
        verbs[verb]++;
        REQUIRE(st.contains("object"));
        CHECK(st["object"]["id"].get<std::string>().rfind(std::string(kXapiBase), 0) == 0);
        CHECK(st["object"]["definition"]["name"]["en"].is_string());
        REQUIRE(st.contains("timestamp"));
        CHECK(st["timestamp"].get<std::string>().size() == 20);
        CHECK(isValidUuid(st["context"]["registration"].get<std::string>()));
        if (st["object"]["definition"]["name"]["en"] == context.scenario_titles["code_1414"])
            saw_title = true;
        if (verb == "http://adlnet.gov/expapi/verbs/answered") {
            REQUIRE(st.contains("result"));
            CHECK(st["result"]["response"].is_string());
            const bool neutral =
                st["result"].contains("extensions") &&
                st["result"]["extensions"].value(std::string(kXapiBase) + "ext/verdict", "") == "neutral";
            if (!neutral) CHECK(st["result"]["success"].is_boolean());
            CHECK(st["context"]["contextActivities"]["parent"].is_array());
        } else if (verb == "http://adlnet.gov/expapi/verbs/completed") {
            REQUIRE(st.contains("result"));
            CHECK(st["result"]["completion"] == true);
            const double scaled = st["result"]["score"]["scaled"].get<double>();
            CHECK(scaled >= -1.0);
            CHECK(scaled <= 1.0);
        } else {
            CHECK(verb == "http://adlnet.gov/expapi/verbs/attempted");
        }
        if (st.contains("result") && st["result"].contains("success"))
            CHECK(st["result"]["success"].is_boolean());
        if (st["context"]["extensions"].value(std::string(kXapiBase) + "ext/class", "") == "7Б")
            CHECK(st["context"]["contextActivities"]["grouping"][0]["id"] ==
                  std::string(kXapiBase) + "lesson/school_10_13");
    }
    CHECK(saw_title);
    CHECK(verbs["http://adlnet.gov/expapi/verbs/attempted"] == int(results.sessions.size()));
    CHECK(verbs["http://adlnet.gov/expapi/verbs/completed"] == int(finished));
    for (const Player& p : results.players) CHECK(text.find(p.nickname.substr(0, 6)) == std::string::npos);

    // Record ids are the statement ids; Дәурен's two sessions each score 2 of 3 safe (the
    // neutral "later" in phishing_link does not count).
    const auto decision = std::find_if(statements.begin(), statements.end(), [&](const nlohmann::json& st) {
        return st["id"] == results.decisions[1].id;
    });
    REQUIRE(decision != statements.end());
    CHECK((*decision)["result"]["success"] == false);
    CHECK((*decision)["result"]["response"] == "tell_code");
    int scaled_two_thirds = 0;
    for (nlohmann::json st : statements)
        if (st.contains("result") && st["result"].contains("score") && st["result"]["score"]["raw"] == 2 &&
            st["result"]["score"]["max"] == 3)
            scaled_two_thirds += st["result"]["score"]["scaled"].get<double>() == doctest::Approx(0.6667);
    CHECK(scaled_two_thirds == 2);
}

TEST_CASE("report: UUIDs — name-based ones match RFC 4122 version 5, and the check is strict") {
    // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "https://saqbol.kz/xapi/"), "x")
    CHECK(nameBasedUuid("x") == "c8dae5f4-2d70-5381-b0df-2828b9bea0ed");
    CHECK(nameBasedUuid("not-a-uuid") == "af9f0b63-3d83-5f60-9598-22b9e4468168");
    CHECK(isValidUuid("0f8fad5b-d9cb-469f-a165-70867728950e"));
    CHECK_FALSE(isValidUuid("0f8fad5b-d9cb-469f-7165-70867728950e"));  // not the RFC 4122 variant
    CHECK_FALSE(isValidUuid("0f8fad5bd9cb-469f-a165-70867728950e0"));
    CHECK_FALSE(isValidUuid("s1"));
    Results r;
    r.players.push_back({"p1", "7A", "Bota"});
    r.sessions.push_back({"s1", "p1", "", "code_1414", "", "kk", "lesson", "2026-11-27T09:00:00Z", "", ""});
    const auto st = nlohmann::json::parse(reportXapi(r, englishContext()));
    REQUIRE(st.size() == 1);
    CHECK(st[0]["id"] == nameBasedUuid("s1"));  // an id that is not a UUID gets a stable one
}

TEST_CASE("report: the HTML is escaped, self-contained, A4, translated, with one certificate per student") {
    Results results = reportFixture();
    results.players[0].nickname = "<script>alert('x')</script> & co";
    ReportContext context = englishContext();
    context.scenario_titles["code_1414"] = "<b>Code</b>";
    const std::string html = reportHtml(results, context);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co") != std::string::npos);
    CHECK(html.find("<b>Code") == std::string::npos);
    CHECK(html.find("&lt;b&gt;Code&lt;/b&gt;") != std::string::npos);
    // Nothing fetched: no links, sources, imports or remote URLs (the SVG namespace is a name).
    for (const char* banned :
         {"src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object", "https://"})
        CHECK_MESSAGE(html.find(banned) == std::string::npos, banned);
    CHECK(countOf(html, "http://") == countOf(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(html.find("size: A4") != std::string::npos);
    CHECK(html.find("break-before: page") != std::string::npos);
    CHECK(countOf(html, "<section class=\"certificate\">") == results.players.size());
    CHECK(countOf(html, "<svg ") == 4);  // per class: the tips and the quiz before/after
    CHECK(html.find("Weakest tips: Links, Codes and passwords.") != std::string::npos);
    CHECK(html.find("I say the code: 5823") != std::string::npos);

    SUBCASE("every visible word goes through tr(): the pseudo-language leaves no English heading") {
        ReportContext xx = englishContext();
        xx.ui = UiText("xx", {});
        const std::string pseudo = reportHtml(reportFixture(), xx);
        for (const char* english : {"Moments to discuss", "Safe decisions per tip", "Certificate",
                                    "Per student", "Well done!", "Discernment before and after",
                                    "You handled these tips well", "Codes and passwords", "Class 7"})
            CHECK_MESSAGE(pseudo.find(english) == std::string::npos, english);
        CHECK(pseudo.find("<html lang=\"en\">") != std::string::npos);
    }
    SUBCASE("a student on the roster who never played gets no certificate") {
        Results more = reportFixture();
        more.players.push_back({fixtureUuid(999), "8A", "Жоқ"});
        const std::string page = reportHtml(more, englishContext());
        CHECK(countOf(page, "<section class=\"certificate\">") == 5);
        CHECK(page.find(">Жоқ<") != std::string::npos);  // still in the table
    }
    SUBCASE("no results: one page that says so") {
        const std::string empty = reportHtml({}, englishContext());
        CHECK(empty.find("No results yet.") != std::string::npos);
        CHECK(countOf(empty, "<section") == 1);
    }
}
