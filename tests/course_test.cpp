// SPDX-License-Identifier: MIT
// The course around the scenarios: every scheme of the brief is played somewhere, each of
// the five tips is trained by at least two scenarios, every lesson names scenarios that
// exist and fits its minutes, the quiz bank is balanced with two disjoint forms, and the
// quiz and the lessons are translated into every shipped language.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "course_text.h"
#include "po_reader.h"
#include "scenario_loader.h"
#include "tips.h"

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

const fs::path kScenarios = fs::path(SAQBOL_SOURCE_DIR) / "scenarios";

std::string textOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every shipped scenario (not templates), loaded.
std::map<std::string, Scenario> shippedScenarios() {
    std::map<std::string, Scenario> out;
    for (const auto& entry : fs::directory_iterator(kScenarios)) {
        const fs::path& file = entry.path();
        if (file.extension() != ".lua" || file.filename().string().front() == '_') continue;
        if (fileKindOf(textOf(file)) != FileKind::Scenario) continue;
        LoadResult loaded = loadScenario(file);
        if (loaded.host) out.emplace(loaded.host->scenario().id, loaded.host->scenario());
    }
    return out;
}

std::vector<fs::path> lessonFiles() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(kScenarios / "lessons"))
        if (entry.path().extension() == ".lua") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Problems where a string of `strings` has no translation in `lang` (locales/<lang>/<id>.po).
void checkTranslated(const fs::path& file, const std::string& id, const std::vector<SourceString>& strings,
                     const std::string& lang) {
    INFO(file.string() << " in " << lang);
    const auto po = findScenarioPo(file.parent_path(), id, lang);  // one folder deeper than a scenario
    REQUIRE_MESSAGE(po, "no locales/" << lang << "/" << id << ".po");
    Catalog catalog;
    CHECK(readPoFile(*po, catalog, [](const Problem& p) { FAIL_CHECK(formatProblem(p)); }));
    for (const SourceString& s : strings)
        CHECK_MESSAGE(catalog.contains(s.context, s.text), "untranslated (line " << s.line << "): " << s.text);
}

}  // namespace

TEST_CASE("every scheme of the brief is played by a scenario, and each tip is trained by two or more") {
    const auto scenarios = shippedScenarios();
    for (const char* id : {"code_1414", "safe_account", "prepayment_shop", "rented_business", "investment_deepfake",
                           "easy_money_reviews", "game_gift", "stranger_friend", "remote_access", "phishing_link",
                           "street_survey", "swatting", "money_mule", "already_gave_code"})
        CHECK_MESSAGE(scenarios.count(id), "missing scenario: ", id);
    std::map<std::string, int> trained;
    for (const auto& [id, s] : scenarios)
        for (const std::string& tip : s.tips) ++trained[tip];
    for (const TipInfo& tip : allTips()) {
        if (tip.kind != TipKind::Tip) continue;
        CHECK_MESSAGE(trained[std::string(tip.id)] >= 2, "tip trained by fewer than two scenarios: ", tip.id);
    }
    // Every scenario has a safe ending and one where damage is done.
    for (const auto& [id, s] : scenarios) {
        INFO(id);
        const auto endings = s.endings();
        CHECK(endings.size() >= 3);
        CHECK(std::any_of(endings.begin(), endings.end(), [](const Node* n) { return n->outcome == Outcome::Safe; }));
        CHECK(std::any_of(endings.begin(), endings.end(), [](const Node* n) { return n->outcome != Outcome::Safe; }));
    }
}

TEST_CASE("the lessons: the four the course needs, each naming scenarios that exist, translated") {
    const auto scenarios = shippedScenarios();
    std::vector<std::string> ids;
    for (const auto& [id, s] : scenarios) ids.push_back(id);
    std::set<std::string> lessons;
    for (const fs::path& file : lessonFiles()) {
        INFO(file.string());
        const CourseLoad loaded = loadCourseFile(file);
        for (const Problem& p : loaded.problems) CHECK_MESSAGE(p.severity != Severity::Error, formatProblem(p));
        REQUIRE(loaded.lesson);
        const Lesson& lesson = *loaded.lesson;
        lessons.insert(lesson.id);
        for (const Problem& p : validateLesson(lesson, ids)) CHECK_MESSAGE(false, formatProblem(p));
        for (const std::string lang : {"kk", "ru", "en"})
            if (lang != lesson.lang) checkTranslated(file, lesson.id, lessonStrings(lesson), lang);
    }
    for (const char* id : {"school_10_13", "school_14_17", "adult_workshop", "parents_evening"})
        CHECK_MESSAGE(lessons.count(id), "missing lesson: ", id);
}

TEST_CASE("the quiz bank: at least 36 items, both forms balanced and disjoint, every item translated") {
    const fs::path file = kScenarios / "quiz" / "quiz.lua";
    const CourseLoad loaded = loadCourseFile(file);
    for (const Problem& p : loaded.problems) CHECK_MESSAGE(p.severity != Severity::Error, formatProblem(p));
    REQUIRE(loaded.quiz);
    const Quiz& quiz = *loaded.quiz;
    CHECK(quiz.items.size() >= 36);
    std::set<std::string> a, b;
    for (const QuizItem* item : quiz.form('A')) a.insert(item->id);
    for (const QuizItem* item : quiz.form('B')) b.insert(item->id);
    CHECK(a.size() + b.size() == quiz.items.size());  // every item in exactly one form
    for (char form : {'A', 'B'}) {
        const auto items = quiz.form(form);
        const auto legit = std::count_if(items.begin(), items.end(), [](const QuizItem* i) { return i->legit; });
        INFO("form " << form << ": " << legit << " legitimate of " << items.size());
        CHECK(legit * 100 >= 45 * static_cast<long>(items.size()));
        CHECK(legit * 100 <= 55 * static_cast<long>(items.size()));
        // Parallel forms: each of the five tips appears in both.
        for (const TipInfo& tip : allTips())
            if (tip.kind == TipKind::Tip)
                CHECK_MESSAGE(std::any_of(items.begin(), items.end(), [&](const QuizItem* i) { return i->tip == tip.id; }),
                              "form ", form, " has no item on ", tip.id);
    }
    for (const std::string lang : {"kk", "ru", "en"})
        if (lang != quiz.lang) checkTranslated(file, quiz.id, quizStrings(quiz), lang);
}

TEST_CASE("the teacher's guide: each lesson and what to do if a child discloses something real, in kk, ru and en") {
    const std::string guide = textOf(fs::path(SAQBOL_SOURCE_DIR) / "docs" / "teachers.md");
    const std::map<std::string, std::string> disclosure = {
        {"## Қазақша", "Бала сабақ кезінде шын оқиғаны айтып қалса"},
        {"## Русский", "Если ребёнок на уроке рассказал о том, что случилось на самом деле"},
        {"## English", "If a child discloses something real during a lesson"}};
    for (const auto& [heading, section] : disclosure) {
        INFO(heading);
        const auto start = guide.find("\n" + heading + "\n");
        REQUIRE(start != std::string::npos);
        const auto next = guide.find("\n## ", start + 1);
        const std::string part = guide.substr(start, next == std::string::npos ? std::string::npos : next - start);
        for (const fs::path& file : lessonFiles()) CHECK_MESSAGE(part.find(file.stem().string()) != std::string::npos,
                                                                 "no guide for ", file.stem().string());
        const auto at = part.find(". " + section + "\n");  // its heading, "### 8. …", not a mention above
        REQUIRE_MESSAGE(at != std::string::npos, "no section: ", section);
        const std::string what = part.substr(at, part.find("\n### ", at) - at);
        CHECK(what.find("102") != std::string::npos);   // the police, for immediate danger
        CHECK(what.size() > 800);                       // a real section, not a heading
    }
}
