// SPDX-License-Identifier: MIT
// The UI's PO template (every tr()/N_() string, English msgids), made by xgettext from the
// sources when saqbol is built (tools/ui-strings.sh; see embed_ui_template.cmake) and built
// into the binary, which cannot read its own sources. Its POT-Creation-Date is empty:
// `saqbol i18n extract` sets the date when it writes the file.
#pragma once

namespace saqbol {

extern const char* const kUiTemplate;

}  // namespace saqbol
