// SPDX-License-Identifier: MIT
// The teacher's view, the app's side (teacher_desk.h).
#include "teacher_desk.h"

#include "paths.h"
#include "report_outputs.h"
#include "results_store.h"
#include "teacher_pin.h"

namespace saqbol {

void TeacherDesk::open(const std::string& lang, const UiText& ui) {
    lang_ = lang;
    ui_ = &ui;
    classes_.clear();
    names_ = {};
    model_ = {};
    model_.ui = &ui;
    const PinStatus status = pinStatus(dataFolder());
    model_.pin_set = status == PinStatus::Set;
    model_.pin_damaged = status == PinStatus::Damaged;
    if (dataFolder().empty()) model_.notice = ui.tr("There is no data folder on this computer, so there are no results to show.");
}

void TeacherDesk::setLanguage(const std::string& lang, const UiText& ui) {
    lang_ = lang;
    ui_ = &ui;
    model_.ui = &ui;
    if (model_.unlocked) read();
}

bool TeacherDesk::apply(const ui::TeacherAction& action) {
    if (ui_ == nullptr) return false;
    bool changed = false;
    if (action.check_pin) {
        model_.unlocked = checkPin(dataFolder(), *action.check_pin);
        model_.wrong_pin = !model_.unlocked;
        if (model_.unlocked) read();
        changed = true;
    }
    if (action.set_pin) {
        std::string error;
        if (setPin(dataFolder(), *action.set_pin, &error)) {
            model_.pin_set = true;
            model_.pin_damaged = false;
            const bool was_unlocked = model_.unlocked;
            model_.unlocked = true;
            model_.notice.clear();
            if (!was_unlocked) read();
        } else {
            model_.notice = ui_->tr("The PIN could not be saved: %s", error);
        }
        changed = true;
    }
    if (action.leave) {
        open(lang_, *ui_);  // locked again; what was read is dropped
        changed = true;
    }
    return changed;
}

void TeacherDesk::read() {
    classes_.clear();
    names_ = {};
    names_.ui = *ui_;
    model_.classes = &classes_;
    model_.scenario_titles = &names_.scenario_titles;
    model_.choice_texts = &names_.choice_texts;
    if (noResultsYet()) return;  // nothing recorded yet: the view says there are no classes
    std::string error;
    auto store = openResults(&error);
    std::optional<Results> results = store ? store->load(std::nullopt, &error) : std::nullopt;
    if (!results) {
        model_.notice = ui_->tr("The results cannot be read: %s", error);
        return;
    }
    classes_ = analyzeClasses(*results, "");
    addReportNames(names_, lang_);
}

}  // namespace saqbol
