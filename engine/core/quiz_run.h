// SPDX-License-Identifier: MIT
// One sitting of the quiz: one form's items in order, the player's call on each so far, and
// the item shown. The player may go back to change a call; nothing is scored or revealed
// until every item is called, and then the calls are final (the result shows the answers).
// Plain data like Session: the screens draw it and return what the player did, the app
// applies it. No Lua, no disk, no clock.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "quiz.h"

namespace saqbol {

class QuizRun {
public:
    // Form `form` ('A' or 'B') of `quiz`, from its first item; `quiz` must outlive the run.
    QuizRun(const Quiz& quiz, char form);

    const Quiz& quiz() const { return *quiz_; }
    char form() const { return form_; }
    // The form's items, in file order.
    const std::vector<const QuizItem*>& items() const { return items_; }
    // The index of the item shown; items().size() once every item is called.
    std::size_t current() const { return current_; }
    bool finished() const { return current_ >= items_.size(); }
    // The item shown (only while not finished).
    const QuizItem& item() const { return *items_[current_]; }
    // The call on item `index` so far, if the player made one.
    std::optional<QuizCall> call(std::size_t index) const;
    // How many items have a call.
    std::size_t answered() const;

    // Calls the item shown and moves to the next; the last call finishes the run. Does
    // nothing once finished.
    void answer(QuizCall call);
    // Back to the previous item, keeping every call so far; false at the first item and
    // once finished (the result has shown the answers).
    bool back();

    // Every item with its call, in order (only when finished).
    std::vector<QuizAnswer> answers() const;
    // scoreQuiz of answers() (only when finished).
    Discernment score() const { return scoreQuiz(answers()); }

private:
    const Quiz* quiz_;
    char form_;
    std::vector<const QuizItem*> items_;
    std::vector<std::optional<QuizCall>> calls_;
    std::size_t current_ = 0;
};

}  // namespace saqbol
