// SPDX-License-Identifier: MIT
// The analysis behind the summary and the HTML report (who played what, safe shares per
// tip, the quiz before/after, the moments to discuss), the terminal summary, and the small
// shared helpers. CSV, xAPI and HTML writers are in report_csv.cpp, report_xapi.cpp and
// report_html.cpp; UUIDs in report_uuid.cpp. Standard library only.
//
// Sections: shared helpers; the analysis (analyzeClasses); the summary.
#include "report.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "report_detail.h"
#include "tips.h"

namespace saqbol {

std::string choiceKey(std::string_view scenario, std::string_view node, std::string_view choice) {
    std::string key(scenario);
    key += '/';
    key += node;
    key += '/';
    key += choice;
    return key;
}

Results selectClass(const Results& results, std::string_view class_name) {
    Results out;
    std::set<std::string, std::less<>> players, sessions;
    for (const Player& p : results.players)
        if (p.class_name == class_name) {
            out.players.push_back(p);
            players.insert(p.id);
        }
    for (const PlaySession& s : results.sessions)
        if (players.count(s.player_id)) {
            out.sessions.push_back(s);
            sessions.insert(s.id);
        }
    for (const DecisionRecord& d : results.decisions)
        if (sessions.count(d.session_id)) out.decisions.push_back(d);
    for (const QuizRecord& a : results.answers)
        if (sessions.count(a.session_id)) out.answers.push_back(a);
    return out;
}

std::string percentText(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

std::string discernmentText(double discernment) {
    const long value = std::lround(discernment * 100);
    return (value > 0 ? "+" : "") + std::to_string(value);
}

namespace report_detail {

bool isQuizSession(const PlaySession& s) { return !s.quiz_form.empty() || s.scenario == "quiz"; }

bool isScored(std::string_view verdict) {
    return verdict == "safe" || verdict == "risky" || verdict == "harmful";
}

std::string tipName(const ReportContext& context, std::string_view tip) {
    if (const TipInfo* info = findTip(tip)) return context.ui.tr(info->name);
    return std::string(tip);
}

std::string scenarioTitle(const ReportContext& context, std::string_view scenario) {
    if (auto it = context.scenario_titles.find(scenario);
        it != context.scenario_titles.end() && !it->second.empty())
        return it->second;
    return std::string(scenario);
}

std::string lessonTitle(const ReportContext& context, std::string_view lesson) {
    if (auto it = context.lesson_titles.find(lesson);
        it != context.lesson_titles.end() && !it->second.empty())
        return it->second;
    return std::string(lesson);
}

std::string className(const ReportContext& context, std::string_view class_name) {
    return class_name.empty() ? context.ui.tr("No class") : context.ui.tr("Class %s", class_name);
}

std::string choiceText(const ReportContext& context, const MomentToDiscuss& m) {
    auto it = context.choice_texts.find(choiceKey(m.scenario, m.node, m.top_choice));
    return it != context.choice_texts.end() && !it->second.empty() ? it->second : m.top_choice;
}

std::size_t displayWidth(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;  // count code points, not bytes
    return n;
}

}  // namespace report_detail

using namespace report_detail;

namespace {

// The order tips are listed in: the five tips, then the rules (allTips order), then any
// unknown id alphabetically.
int tipRank(std::string_view tip) {
    int n = 0;
    for (const TipInfo& info : allTips()) {
        if (info.id == tip) return n;
        ++n;
    }
    return n;
}

void sortTips(std::vector<TipShare>& tips) {
    std::stable_sort(tips.begin(), tips.end(), [](const TipShare& a, const TipShare& b) {
        const int ra = tipRank(a.tip), rb = tipRank(b.tip);
        return ra != rb ? ra < rb : a.tip < b.tip;
    });
}

void count(std::map<std::string, TipShare>& tips, const DecisionRecord& d) {
    if (d.tip.empty() || !isScored(d.verdict)) return;
    TipShare& t = tips[d.tip];
    t.tip = d.tip;
    ++t.scored;
    t.safe += d.verdict == "safe";
}

Discernment scoreSession(const std::vector<const QuizRecord*>& records) {
    // Through quiz.h's scoreQuiz, so the report and the quiz screen score alike.
    std::vector<QuizItem> items(records.size());
    std::vector<QuizAnswer> answers;
    for (std::size_t i = 0; i < records.size(); ++i) {
        items[i].id = records[i]->item;
        items[i].legit = !records[i]->is_scam;
        answers.push_back({&items[i], records[i]->called_scam ? QuizCall::Scam : QuizCall::Real});
    }
    return scoreQuiz(answers);
}

}  // namespace

std::vector<ClassReport> analyzeClasses(const Results& all, std::string_view class_filter) {
    std::set<std::string> class_names;
    for (const Player& p : all.players)
        if (class_filter.empty() || p.class_name == class_filter) class_names.insert(p.class_name);

    std::vector<ClassReport> classes;
    for (const std::string& name : class_names) {
        const Results results = selectClass(all, name);
        ClassReport report;
        report.class_name = name;

        std::map<std::string, std::vector<const DecisionRecord*>> decisions_of;
        for (const DecisionRecord& d : results.decisions) decisions_of[d.session_id].push_back(&d);
        for (auto& [id, list] : decisions_of)
            std::stable_sort(list.begin(), list.end(), [](const DecisionRecord* a, const DecisionRecord* b) {
                return a->seq < b->seq;
            });
        std::map<std::string, std::vector<const QuizRecord*>> answers_of;
        for (const QuizRecord& a : results.answers) answers_of[a.session_id].push_back(&a);

        std::vector<const PlaySession*> sessions;
        for (const PlaySession& s : results.sessions) sessions.push_back(&s);
        std::stable_sort(sessions.begin(), sessions.end(),
                         [](const PlaySession* a, const PlaySession* b) { return a->started < b->started; });

        std::map<std::string, TipShare> class_tips;
        for (const TipInfo& info : allTips())
            if (info.kind == TipKind::Tip) class_tips[std::string(info.id)].tip = info.id;
        std::map<std::pair<std::string, std::string>, MomentToDiscuss> moments;
        std::map<std::pair<std::string, std::string>, std::map<std::string, int>> wrong_choices;

        for (const Player& player : results.players) {
            StudentReport student;
            student.player = player;
            std::map<std::string, TipShare> tips;
            std::vector<const PlaySession*> quizzes;
            for (const PlaySession* s : sessions) {
                if (s->player_id != player.id) continue;
                ++student.sessions;
                if (isQuizSession(*s)) {
                    if (!s->ended.empty()) quizzes.push_back(s);
                    continue;
                }
                if (s->ending.empty()) {  // not played to an ending: still open, or given up
                    ++student.unfinished;
                } else {
                    ++student.finished;
                    if (std::find(student.completed.begin(), student.completed.end(), s->scenario) ==
                        student.completed.end())
                        student.completed.push_back(s->scenario);
                }
                for (const DecisionRecord* d : decisions_of[s->id]) {
                    count(tips, *d);
                    count(class_tips, *d);
                    if (!isScored(d->verdict)) continue;
                    MomentToDiscuss& m = moments[{s->scenario, d->node}];
                    m.scenario = s->scenario;
                    m.node = d->node;
                    ++m.scored;
                    if (d->verdict != "safe") {
                        ++m.wrong;
                        ++wrong_choices[{s->scenario, d->node}][d->choice];
                    }
                }
            }
            for (auto& [id, t] : tips) {
                student.tips.push_back(t);
                if (t.safe > 0 && t.share() >= kWellShare) student.handled_well.push_back(id);
            }
            sortTips(student.tips);
            std::stable_sort(
                student.handled_well.begin(), student.handled_well.end(),
                [](const std::string& a, const std::string& b) { return tipRank(a) < tipRank(b); });

            report.quiz_sessions += static_cast<int>(quizzes.size());
            if (!quizzes.empty()) {
                const PlaySession* before = quizzes.front();
                const PlaySession* after = nullptr;
                for (const PlaySession* q : quizzes)
                    if (q->quiz_form != before->quiz_form && q->started > before->started) after = q;
                student.has_before = true;
                student.before_form = before->quiz_form.empty() ? '?' : before->quiz_form[0];
                student.before = scoreSession(answers_of[before->id]);
                if (after) {
                    student.has_after = true;
                    student.after_form = after->quiz_form[0];
                    student.after = scoreSession(answers_of[after->id]);
                    ++report.quiz_pairs;
                    report.before_mean += student.before.discernment;
                    report.after_mean += student.after.discernment;
                }
            }
            report.finished += student.finished;
            report.unfinished += student.unfinished;
            report.students.push_back(std::move(student));
        }
        if (report.quiz_pairs > 0) {
            report.before_mean /= report.quiz_pairs;
            report.after_mean /= report.quiz_pairs;
        }
        std::stable_sort(report.students.begin(), report.students.end(),
                         [](const StudentReport& a, const StudentReport& b) {
                             return a.player.nickname != b.player.nickname
                                        ? a.player.nickname < b.player.nickname
                                        : a.player.id < b.player.id;
                         });

        for (auto& [id, t] : class_tips) report.tips.push_back(t);
        sortTips(report.tips);
        std::vector<TipShare> candidates;
        for (const TipShare& t : report.tips)
            if (t.scored >= kMinDecisionsToDiscuss && t.safe < t.scored) candidates.push_back(t);
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const TipShare& a, const TipShare& b) { return a.share() < b.share(); });
        for (std::size_t i = 0; i < candidates.size() && i < 2; ++i)
            report.weakest.push_back(candidates[i].tip);

        for (auto& [key, m] : moments) {
            if (m.scored < kMinDecisionsToDiscuss || m.wrong * 2 <= m.scored) continue;
            for (const auto& [choice, n] : wrong_choices[key])
                if (n > m.top_count) {
                    m.top_count = n;
                    m.top_choice = choice;
                }
            report.moments.push_back(m);
        }
        std::stable_sort(report.moments.begin(), report.moments.end(),
                         [](const MomentToDiscuss& a, const MomentToDiscuss& b) {
                             // a.wrong / a.scored > b.wrong / b.scored, in integers
                             const long lhs = long(a.wrong) * b.scored, rhs = long(b.wrong) * a.scored;
                             return lhs != rhs ? lhs > rhs : a.scored > b.scored;
                         });
        classes.push_back(std::move(report));
    }
    return classes;
}

namespace {

std::string padded(std::string text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    if (w < width) text.append(width - w, ' ');
    return text;
}

std::string padLeft(std::string text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    if (w < width) text.insert(0, width - w, ' ');
    return text;
}

}  // namespace

std::string reportSummary(const Results& results, const ReportContext& context) {
    const UiText& ui = context.ui;
    std::ostringstream out;
    out << ui.tr("SaqBol class report") << "\n";
    if (!context.generated_at.empty()) out << ui.tr("Made on %s (UTC).", context.generated_at) << "\n";
    const std::vector<ClassReport> classes = analyzeClasses(results, context.class_filter);
    if (classes.empty()) out << "\n" << ui.tr("No results yet.") << "\n";
    for (const ClassReport& c : classes) {
        out << "\n== " << className(context, c.class_name) << " ==\n";
        out << ui.tr("Students: %s.", std::to_string(c.students.size())) << " "
            << ui.tr("Scenarios finished: %s, unfinished: %s.", std::to_string(c.finished),
                     std::to_string(c.unfinished))
            << " " << ui.tr("Quiz forms taken: %s.", std::to_string(c.quiz_sessions)) << "\n";

        out << "\n" << ui.tr("Safe decisions per tip:") << "\n";
        std::size_t width = 0;
        for (const TipShare& t : c.tips) width = std::max(width, displayWidth(tipName(context, t.tip)));
        for (const TipShare& t : c.tips) {
            out << "  " << padded(tipName(context, t.tip), width) << "  ";
            if (t.scored == 0)
                out << ui.tr("no decisions yet");
            else
                out << padLeft(percentText(t.share()), 4) << "  ("
                    << ui.tr("%s of %s", std::to_string(t.safe), std::to_string(t.scored)) << ")";
            out << "\n";
        }
        if (!c.weakest.empty()) {
            std::string list;
            for (const std::string& tip : c.weakest) {
                if (!list.empty()) list += ", ";
                const auto it = std::find_if(c.tips.begin(), c.tips.end(),
                                             [&](const TipShare& t) { return t.tip == tip; });
                list += tipName(context, tip) + " " + percentText(it->share());
            }
            out << ui.tr("Weakest tips: %s.", list) << "\n";
        }

        out << "\n";
        if (c.quiz_pairs == 0) {
            out << ui.tr("Quiz: no student has taken both forms yet.") << "\n";
        } else {
            out << ui.tr("Quiz, students who took both forms: %s.", std::to_string(c.quiz_pairs)) << " "
                << ui.tr("Discernment before: %s, after: %s (from -100 to 100; 0 is guessing).",
                         discernmentText(c.before_mean), discernmentText(c.after_mean))
                << "\n";
        }

        out << "\n" << ui.tr("Moments to discuss:") << "\n";
        if (c.moments.empty())
            out << "  " << ui.tr("none: no moment was got wrong by most of the class.") << "\n";
        for (const MomentToDiscuss& m : c.moments) {
            out << "  " << scenarioTitle(context, m.scenario) << " / " << m.node << ": "
                << ui.tr("%s of %s decisions risky or harmful", std::to_string(m.wrong),
                         std::to_string(m.scored))
                << " (" << percentText(m.share()) << "); "
                << ui.tr("most often: \"%s\"", choiceText(context, m)) << "\n";
        }
    }
    return out.str();
}

}  // namespace saqbol
