// SPDX-License-Identifier: MIT
// A small class's results for the report tests (report_test.cpp) and the printed-PDF test
// (report_pdf_main.cpp): two classes, five students with Kazakh and Russian nicknames,
// code_1414 and phishing_link sessions (one unfinished), quiz forms A and B. The numbers
// the tests expect are worked out by hand in report_fixture.cpp.
#pragma once

#include <string>

#include "results.h"

namespace saqbol::test {

// "5a1b0000-0000-4000-8000-000000000042" for n = 42: a valid version-4 UUID.
std::string fixtureUuid(int n);

Results reportFixture();

}  // namespace saqbol::test
