# SPDX-License-Identifier: MIT
# cmake -DIN=ui.pot -DOUT=ui_template_data.cpp -P embed_ui_template.cmake
# Writes the UI's PO template (tools/ui-strings.sh's output) as a C++ string for
# ui_template.h. The POT-Creation-Date is left empty, so the .cpp changes (and saqbol is
# rebuilt) only when a UI string does; OUT is rewritten only when its text changes.
file(READ "${IN}" pot)
string(REGEX REPLACE "\"POT-Creation-Date: [^\n]*\n" "\"POT-Creation-Date: \\\\n\"\n" pot "${pot}")
if(pot MATCHES "\\)saqbol_pot\"")
  message(FATAL_ERROR "${IN} holds the raw-string delimiter )saqbol_pot\"")
endif()
set(text "// Generated from ${IN} by engine/app/embed_ui_template.cmake; do not edit.
#include \"ui_template.h\"

namespace saqbol {

const char* const kUiTemplate = R\"saqbol_pot(${pot})saqbol_pot\";

}  // namespace saqbol
")
file(WRITE "${OUT}.new" "${text}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUT}.new" "${OUT}")
file(REMOVE "${OUT}.new")
