// SPDX-License-Identifier: MIT
// The printable HTML report: one self-contained file (inline CSS and SVG; no scripts, no
// network, no external fonts or images) laid out for A4. Per class: an overview page (the
// safe share per tip as bars, the weakest tips, the quiz before/after), a details page (the
// moments to discuss, a table per tip and per student), then one certificate per student
// on its own page — encouraging, with no ranking. Every value is HTML-escaped; every word
// is a UI msgid translated through the context's UiText. Standard library only.
//
// Sections: helpers; the charts; the pages; reportHtml.
#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>

#include "report.h"
#include "report_detail.h"
#include "tips.h"

namespace saqbol {

using namespace report_detail;

std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

const char* kStyle = R"(
@page { size: A4; margin: 15mm 15mm 15mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #1d2b36; line-height: 1.35; }
section { break-inside: auto; }
section + section { break-before: page; page-break-before: always; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; border-bottom: 1pt solid #b8c7d3; padding-bottom: 2pt; }
p { margin: 4pt 0; }
.muted { color: #56697a; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 0.6pt solid #b8c7d3; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e9f0f5; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
tr { break-inside: avoid; }
table.students { font-size: 8.5pt; }
table.students th { overflow-wrap: break-word; }
svg { display: block; margin: 4pt 0 8pt; }
.certificate { height: 255mm; border: 3pt double #2f7d6d; border-radius: 6mm; padding: 18mm 16mm;
  text-align: center; break-inside: avoid; }
.certificate h1 { font-size: 28pt; color: #2f7d6d; margin-bottom: 2mm; }
.certificate .motto { font-size: 16pt; margin-bottom: 14mm; }
.certificate .name { font-size: 24pt; font-weight: 700; margin: 6mm 0 2mm; word-break: break-word; }
.certificate ul { list-style: none; padding: 0; margin: 2mm 0 6mm; }
.certificate li { margin: 1.5mm 0; }
.certificate .closing { margin-top: 12mm; font-size: 12pt; }
)";

std::string esc(const std::string& text) { return htmlEscape(text); }

std::string fmt(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << static_cast<long>(value * 10 + (value >= 0 ? 0.5 : -0.5)) / 10.0;
    return out.str();
}

// ---- The charts -----------------------------------------------------------------------

// Horizontal bars: the safe share of each tip, 0–100%.
std::string tipChart(const ReportContext& context, const std::vector<TipShare>& tips) {
    const int label = 250, bar = 330, row = 24, width = label + bar + 70;
    const int height = row * static_cast<int>(tips.size()) + 24;
    std::ostringstream svg;
    svg.imbue(std::locale::classic());
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" << width << "\" height=\""
        << height << "\" viewBox=\"0 0 " << width << ' ' << height
        << "\" font-size=\"12\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\">"
        << "<title>" << esc(context.ui.tr("Safe decisions per tip")) << "</title>";
    for (int pct : {0, 50, 100}) {
        const int x = label + bar * pct / 100;
        svg << "<line x1=\"" << x << "\" y1=\"0\" x2=\"" << x << "\" y2=\"" << height - 18
            << "\" stroke=\"#c9d5de\" stroke-width=\"1\"/><text x=\"" << x << "\" y=\"" << height - 4
            << "\" text-anchor=\"middle\" fill=\"#56697a\">" << pct << "%</text>";
    }
    int y = 0;
    for (const TipShare& t : tips) {
        svg << "<text x=\"" << label - 8 << "\" y=\"" << y + 16 << "\" text-anchor=\"end\">"
            << esc(tipName(context, t.tip)) << "</text>";
        if (t.scored == 0) {
            svg << "<text x=\"" << label + 6 << "\" y=\"" << y + 16 << "\" fill=\"#56697a\">"
                << esc(context.ui.tr("no decisions yet")) << "</text>";
        } else {
            const double w = bar * t.share();
            svg << "<rect x=\"" << label << "\" y=\"" << y + 4 << "\" width=\"" << fmt(w) << "\" height=\""
                << row - 8 << "\" fill=\""
                << (t.share() >= 0.75  ? "#2f7d6d"
                    : t.share() >= 0.5 ? "#d49a2a"
                                       : "#c0504d")
                << "\"/><text x=\"" << fmt(label + w + 6) << "\" y=\"" << y + 16 << "\">"
                << esc(percentText(t.share())) << "</text>";
        }
        y += row;
    }
    svg << "</svg>";
    return svg.str();
}

// The class's mean discernment before and after, on a -100…+100 scale with 0 (guessing).
std::string quizChart(const ReportContext& context, const ClassReport& c) {
    const int label = 150, half = 200, row = 30, width = label + 2 * half + 60, height = 2 * row + 24;
    const int zero = label + half;
    std::ostringstream svg;
    svg.imbue(std::locale::classic());
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" << width << "\" height=\""
        << height << "\" viewBox=\"0 0 " << width << ' ' << height
        << "\" font-size=\"12\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\">"
        << "<title>" << esc(context.ui.tr("Discernment before and after")) << "</title>";
    for (int v : {-100, 0, 100}) {
        const int x = zero + half * v / 100;
        svg << "<line x1=\"" << x << "\" y1=\"0\" x2=\"" << x << "\" y2=\"" << height - 18 << "\" stroke=\""
            << (v == 0 ? "#56697a" : "#c9d5de") << "\" stroke-width=\"1\"/><text x=\"" << x << "\" y=\""
            << height - 4 << "\" text-anchor=\"middle\" fill=\"#56697a\">" << (v > 0 ? "+" : "") << v
            << "</text>";
    }
    const std::pair<std::string, double> rows[] = {{context.ui.tr("Before the lesson"), c.before_mean},
                                                   {context.ui.tr("After the lesson"), c.after_mean}};
    int y = 0;
    for (const auto& [name, value] : rows) {
        const double w = half * std::abs(value);
        const double x = value >= 0 ? zero : zero - w;
        svg << "<text x=\"" << label - 8 << "\" y=\"" << y + 19 << "\" text-anchor=\"end\">" << esc(name)
            << "</text>"
            << "<rect x=\"" << fmt(x) << "\" y=\"" << y + 6 << "\" width=\"" << fmt(w) << "\" height=\""
            << row - 12 << "\" fill=\"" << (y == 0 ? "#8aa5b8" : "#2f7d6d") << "\"/><text x=\""
            << fmt(value >= 0 ? zero + w + 6 : zero - w - 6) << "\" y=\"" << y + 19 << "\" text-anchor=\""
            << (value >= 0 ? "start" : "end") << "\">" << esc(discernmentText(value)) << "</text>";
        y += row;
    }
    svg << "</svg>";
    return svg.str();
}

// ---- The pages ------------------------------------------------------------------------

const TipShare* findShare(const std::vector<TipShare>& tips, std::string_view tip) {
    for (const TipShare& t : tips)
        if (t.tip == tip) return &t;
    return nullptr;
}

std::string listOf(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

void overviewPage(std::ostringstream& out, const ReportContext& context, const ClassReport& c) {
    const UiText& ui = context.ui;
    out << "<section class=\"overview\">\n<h1>" << esc(ui.tr("SaqBol class report")) << " — "
        << esc(className(context, c.class_name)) << "</h1>\n";
    if (!context.generated_at.empty())
        out << "<p class=\"muted\">" << esc(ui.tr("Made on %s (UTC).", context.generated_at)) << "</p>\n";
    out << "<p>" << esc(ui.tr("Students: %s.", std::to_string(c.students.size()))) << ' '
        << esc(ui.tr("Scenarios finished: %s, unfinished: %s.", std::to_string(c.finished),
                     std::to_string(c.unfinished)))
        << ' ' << esc(ui.tr("Quiz forms taken: %s.", std::to_string(c.quiz_sessions))) << "</p>\n";
    out << "<h2>" << esc(ui.tr("Safe decisions per tip")) << "</h2>\n" << tipChart(context, c.tips) << "\n";
    if (!c.weakest.empty()) {
        std::vector<std::string> names;
        for (const std::string& tip : c.weakest) names.push_back(tipName(context, tip));
        out << "<p>" << esc(ui.tr("Weakest tips: %s.", listOf(names))) << ' '
            << esc(ui.tr("Start the discussion with these.")) << "</p>\n";
    }
    out << "<h2>" << esc(ui.tr("Discernment before and after")) << "</h2>\n";
    if (c.quiz_pairs == 0) {
        out << "<p>" << esc(ui.tr("Quiz: no student has taken both forms yet.")) << "</p>\n";
    } else {
        out << quizChart(context, c) << "\n<p>"
            << esc(ui.tr("Quiz, students who took both forms: %s.", std::to_string(c.quiz_pairs))) << ' '
            << esc(ui.tr("Discernment before: %s, after: %s (from -100 to 100; 0 is guessing).",
                         discernmentText(c.before_mean), discernmentText(c.after_mean)))
            << "</p>\n";
    }
    out << "</section>\n";
}

void detailsPage(std::ostringstream& out, const ReportContext& context, const ClassReport& c) {
    const UiText& ui = context.ui;
    out << "<section class=\"details\">\n<h1>" << esc(className(context, c.class_name)) << "</h1>\n";

    out << "<h2>" << esc(ui.tr("Moments to discuss")) << "</h2>\n";
    if (c.moments.empty()) {
        out << "<p>" << esc(ui.tr("none: no moment was got wrong by most of the class.")) << "</p>\n";
    } else {
        out << "<table><thead><tr><th>" << esc(ui.tr("Scenario")) << "</th><th>" << esc(ui.tr("Moment"))
            << "</th><th class=\"num\">" << esc(ui.tr("Risky or harmful")) << "</th><th>"
            << esc(ui.tr("Chosen most often")) << "</th></tr></thead><tbody>\n";
        for (const MomentToDiscuss& m : c.moments)
            out << "<tr><td>" << esc(scenarioTitle(context, m.scenario)) << "</td><td>" << esc(m.node)
                << "</td><td class=\"num\">"
                << esc(ui.tr("%s of %s", std::to_string(m.wrong), std::to_string(m.scored))) << " ("
                << esc(percentText(m.share())) << ")</td><td>" << esc(choiceText(context, m))
                << "</td></tr>\n";
        out << "</tbody></table>\n";
    }

    out << "<h2>" << esc(ui.tr("Per tip")) << "</h2>\n<table><thead><tr><th>" << esc(ui.tr("Tip"))
        << "</th><th class=\"num\">" << esc(ui.tr("Safe decisions")) << "</th><th class=\"num\">"
        << esc(ui.tr("Decisions")) << "</th><th class=\"num\">" << esc(ui.tr("Share"))
        << "</th></tr></thead><tbody>\n";
    for (const TipShare& t : c.tips)
        out << "<tr><td>" << esc(tipName(context, t.tip)) << "</td><td class=\"num\">" << t.safe
            << "</td><td class=\"num\">" << t.scored << "</td><td class=\"num\">"
            << (t.scored ? esc(percentText(t.share())) : "—") << "</td></tr>\n";
    out << "</tbody></table>\n";

    out << "<h2>" << esc(ui.tr("Per student")) << "</h2>\n<table class=\"students\"><thead><tr><th>"
        << esc(ui.tr("Student")) << "</th><th class=\"num\">" << esc(ui.tr("Finished")) << "</th>";
    std::vector<std::string_view> five;
    for (const TipInfo& info : allTips())
        if (info.kind == TipKind::Tip) {
            five.push_back(info.id);
            out << "<th class=\"num\">" << esc(ui.tr(info.name)) << "</th>";
        }
    out << "<th class=\"num\">" << esc(ui.tr("Quiz before")) << "</th><th class=\"num\">"
        << esc(ui.tr("Quiz after")) << "</th></tr></thead><tbody>\n";
    for (const StudentReport& s : c.students) {
        out << "<tr><td>" << esc(s.player.nickname) << "</td><td class=\"num\">"
            << esc(ui.tr("%s of %s", std::to_string(s.finished), std::to_string(s.finished + s.unfinished)))
            << "</td>";
        for (std::string_view tip : five) {
            const TipShare* t = findShare(s.tips, tip);
            out << "<td class=\"num\">" << (t && t->scored ? esc(percentText(t->share())) : "—") << "</td>";
        }
        out << "<td class=\"num\">" << (s.has_before ? esc(discernmentText(s.before.discernment)) : "—")
            << "</td><td class=\"num\">" << (s.has_after ? esc(discernmentText(s.after.discernment)) : "—")
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n<p class=\"muted\">"
        << esc(ui.tr("Finished: the scenarios played to the end, of those started. Tip columns: the share of "
                     "safe decisions. Quiz: discernment from -100 to 100; 0 is guessing."))
        << "</p>\n</section>\n";
}

void certificate(std::ostringstream& out, const ReportContext& context, const ClassReport& c,
                 const StudentReport& s) {
    const UiText& ui = context.ui;
    out << "<section class=\"certificate\">\n<h1>" << esc(ui.tr("Certificate"))
        << "</h1>\n<p class=\"motto\">" << esc(ui.tr("Be careful! SaqBol")) << "</p>\n<p>"
        << esc(ui.tr("This certificate is given to")) << "</p>\n"
        << "<p class=\"name\">" << esc(s.player.nickname) << "</p>\n";
    if (!c.class_name.empty()) out << "<p>" << esc(className(context, c.class_name)) << "</p>\n";
    if (s.completed.empty()) {
        out << "<p>" << esc(ui.tr("for taking part in the lesson on staying safe from fraudsters."))
            << "</p>\n";
    } else {
        out << "<p>" << esc(ui.tr("for playing these stories to the end:")) << "</p>\n<ul>";
        for (const std::string& id : s.completed) out << "<li>" << esc(scenarioTitle(context, id)) << "</li>";
        out << "</ul>\n";
    }
    if (!s.handled_well.empty()) {
        out << "<p>" << esc(ui.tr("You handled these tips well:")) << "</p>\n<ul>";
        for (const std::string& tip : s.handled_well) out << "<li>" << esc(tipName(context, tip)) << "</li>";
        out << "</ul>\n";
    } else if (!s.tips.empty()) {
        out << "<p>" << esc(ui.tr("You practised these tips:")) << "</p>\n<ul>";
        for (const TipShare& t : s.tips) out << "<li>" << esc(tipName(context, t.tip)) << "</li>";
        out << "</ul>\n";
    }
    out << "<p class=\"closing\">"
        << esc(ui.tr(
               "Well done! Stay careful online, and tell an adult you trust when something feels wrong."))
        << "</p>\n";
    if (context.generated_at.size() >= 10)
        out << "<p class=\"muted\">" << esc(context.generated_at.substr(0, 10)) << "</p>\n";
    out << "</section>\n";
}

}  // namespace

std::string reportHtml(const Results& results, const ReportContext& context) {
    const UiText& ui = context.ui;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << esc(ui.numberLang())
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<title>" << esc(ui.tr("SaqBol class report")) << "</title>\n<style>" << kStyle
        << "</style>\n</head>\n<body>\n";
    const std::vector<ClassReport> classes = analyzeClasses(results, context.class_filter);
    if (classes.empty())
        out << "<section><h1>" << esc(ui.tr("SaqBol class report")) << "</h1>\n<p>"
            << esc(ui.tr("No results yet.")) << "</p></section>\n";
    for (const ClassReport& c : classes) {
        overviewPage(out, context, c);
        detailsPage(out, context, c);
        for (const StudentReport& s : c.students)
            if (s.sessions > 0) certificate(out, context, c, s);  // none for a name on the roster only
    }
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace saqbol
