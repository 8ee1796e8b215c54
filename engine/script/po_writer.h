// SPDX-License-Identifier: MIT
// Writes PoCatalogs as PO files with gettext's own libgettextpo (so the output is what
// msgmerge and msgfmt expect, wrapped the gettext way), atomically: into a temporary file
// in the same folder, read back and compared (libgettextpo 0.21 does not report write
// errors), flushed to disk, then renamed over the old one — a full disk or a crash leaves
// the old file whole, never half a file.
#pragma once

#include <filesystem>

#include "po_catalog.h"
#include "problem.h"

namespace saqbol {

enum class PoWrite {
    Written,    // the file is new or its text changed, and it was written (or would be)
    Unchanged,  // the text is the same apart from POT-Creation-Date: the file is left alone
    Failed,     // nothing was written; the problem went to the sink
};

// Writes `catalog` to `path`, creating missing folders. With `dry_run` only says whether
// it would write (nothing under `path`'s folder is touched).
PoWrite writePoCatalog(const std::filesystem::path& path, const PoCatalog& catalog, const ProblemSink& sink,
                       bool dry_run = false);

}  // namespace saqbol
