-- SPDX-License-Identifier: MIT
-- The peer app for bench/run in LÖVE 11: the window as a trainer would set it up.
function love.conf(t)
  t.identity = "saqbol-bench-peer"
  t.window.title = "Сақ бол! — LÖVE"
  t.window.width = 1280
  t.window.height = 720
  t.modules.joystick = false
  t.modules.physics = false
end
