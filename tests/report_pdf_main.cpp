// SPDX-License-Identifier: MIT
// report_html_fixture OUT.html [LANG]: writes the report fixture's HTML (tests/unit/
// report_fixture.cpp: 2 classes, 5 students, so 2 × 2 class pages + 5 certificates = 9 A4
// pages) in LANG (kk by default, with the shipped locales/LANG/ui.po), for
// tests/report_pdf_test.sh to print with headless Chromium. Exit 1 if the catalog or the
// file cannot be read or written.
#include <fstream>
#include <iostream>

#include "po_reader.h"
#include "report.h"
#include "unit/report_fixture.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: report_html_fixture OUT.html [kk|ru|en]\n";
        return 2;
    }
    const std::string lang = argc == 3 ? argv[2] : "kk";
    bool ok = true;
    saqbol::ReportContext context;
    context.ui = saqbol::loadUiText(lang, SAQBOL_SOURCE_DIR, [&](const saqbol::Problem& p) {
        std::cerr << p.file << ":" << p.line << ": " << p.message << "\n";
        ok = false;
    });
    context.scenario_titles = {{"code_1414", "1414 коды"}, {"phishing_link", "«Сәлемдемеңіз ұсталып тұр»"}};
    context.lesson_titles = {{"school_10_13", "Ойындағы «сыйлық» және бейтаныс «дос»"}};
    context.generated_at = "2026-11-28T10:15:00Z";
    std::ofstream out(argv[1], std::ios::binary);
    out << saqbol::reportHtml(saqbol::test::reportFixture(), context);
    out.close();
    if (!out || !ok) {
        std::cerr << "report_html_fixture: could not write " << argv[1] << " or read the " << lang
                  << " catalog\n";
        return 1;
    }
    return 0;
}
