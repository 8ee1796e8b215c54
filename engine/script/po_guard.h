// SPDX-License-Identifier: MIT
// Internal to engine/script: calls into libgettextpo with error handlers that turn its
// reports into Problems (file, line, SB021) and jump out of its fatal errors, which must
// not return. One place owns that setjmp/longjmp; the reader and the writer share it.
#pragma once

#include <vector>

#include <gettext-po.h>

#include "problem.h"

namespace saqbol::detail {

// po_file_read(path); problems are appended, named `display` (null: as libgettextpo
// names them). Null when libgettextpo gave up.
po_file_t guardedPoRead(const char* path, const char* display, std::vector<Problem>& problems);

// po_file_write(file, path); false when libgettextpo gave up (cannot create the file, a
// write error such as a full disk). The file may then be partly written: write to a
// temporary name.
bool guardedPoWrite(po_file_t file, const char* path, std::vector<Problem>& problems);

}  // namespace saqbol::detail
