-- SPDX-License-Identifier: MIT
-- hostile: returns a number instead of a scenario
-- phase: load
-- expect: error
-- message: scenario

-- The loader must check what the file returns, not assume it is a scenario table.
-- (The file name avoids the word the message must contain.)

return 42
