// SPDX-License-Identifier: MIT
#include "quiz_run.h"

#include <algorithm>

namespace saqbol {

QuizRun::QuizRun(const Quiz& quiz, char form)
    : quiz_(&quiz), form_(form), items_(quiz.form(form)), calls_(items_.size()) {}

std::optional<QuizCall> QuizRun::call(std::size_t index) const {
    return index < calls_.size() ? calls_[index] : std::nullopt;
}

std::size_t QuizRun::answered() const {
    return static_cast<std::size_t>(std::count_if(
        calls_.begin(), calls_.end(), [](const std::optional<QuizCall>& c) { return c.has_value(); }));
}

void QuizRun::answer(QuizCall call) {
    if (finished()) return;
    calls_[current_] = call;
    ++current_;
}

bool QuizRun::back() {
    if (finished() || current_ == 0) return false;
    --current_;
    return true;
}

std::vector<QuizAnswer> QuizRun::answers() const {
    std::vector<QuizAnswer> out;
    if (!finished()) return out;
    for (std::size_t i = 0; i < items_.size(); ++i) out.push_back({items_[i], *calls_[i]});
    return out;
}

}  // namespace saqbol
