// SPDX-License-Identifier: MIT
// The teacher's view in the game window, the app's side (ui/teacher_screen.h draws it): the
// PIN in the data folder (teacher_pin.h), checked or set as the screen asks, and — only
// once the PIN was given — the results store of the data folder read and analysed per
// class (report.h), with scenario titles and choice texts in the UI's language. Leaving
// locks it again and drops what was read.
#pragma once

#include <string>
#include <vector>

#include "report.h"
#include "teacher_screen.h"
#include "ui_text.h"

namespace saqbol {

class TeacherDesk {
public:
    // Opens the view locked, in `lang` (`ui` must outlive this).
    void open(const std::string& lang, const UiText& ui);
    // Applies what the screen returned; true when the model changed (draw again).
    bool apply(const ui::TeacherAction& action);
    // The UI's language changed: the names again (and the results, when unlocked).
    void setLanguage(const std::string& lang, const UiText& ui);
    const ui::TeacherModel& model() const { return model_; }
    // Every string the view can draw now (the font atlas).
    std::vector<std::string> texts() const { return ui::teacherTexts(model_); }

private:
    void read();  // the classes and their names, once unlocked

    std::string lang_ = "kk";
    const UiText* ui_ = nullptr;
    ui::TeacherModel model_;
    std::vector<ClassReport> classes_;
    ReportContext names_;
};

}  // namespace saqbol
