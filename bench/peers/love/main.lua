-- SPDX-License-Identifier: MIT
-- The same small app as SaqBol's first moment, written the way a trainer would in LÖVE 11:
-- one screen of Kazakh text with three choices (keys 1-3), then a feedback screen. The
-- default love.run loop is kept (what a trainer gets). bench/run times the start-up by the
-- line printed once the first frame is presented.
local text = "1414 қызметінен SMS келді: «Кодты ешкімге айтпаңыз». Бір минуттан соң " ..
  "«банктің қауіпсіздік қызметінен» қоңырау: «Картаңыз бұғатталды, SMS-тегі кодты айтыңыз». " ..
  "Не істейсіз?"
local choices = {
  "1. Кодты айтамын — олар банктен ғой",
  "2. Қоңырауды үземін де, картадағы нөмір арқылы банкке өзім хабарласамын",
  "3. Ойланып көремін деп, тұтқаны қоймаймын",
}
local feedback = {
  "Код — сіздің қолыңыз. Банк оны ешқашан сұрамайды.",
  "Дұрыс. Ресми нөмірге өзіңіз қоңырау шалу — ең сенімді жол.",
  "Алаяқ сөйлескен сайын қысым күшейеді. Тұтқаны қойыңыз.",
}
local chosen
local font

local function readFont(path, size)
  local file = io.open(path, "rb")
  if not file then return nil end
  local data = file:read("*a")
  file:close()
  return love.graphics.newFont(love.filesystem.newFileData(data, "font.ttf"), size)
end

function love.load()
  font = readFont("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 22)
    or readFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
    or love.graphics.getFont()
  love.graphics.setFont(font)
  local present = love.graphics.present
  local shown = false
  love.graphics.present = function()
    present()
    if not shown then
      shown = true
      print("peer: first frame presented")
      io.stdout:flush()
    end
  end
end

function love.keypressed(key)
  local n = tonumber(key)
  if not chosen and n and choices[n] then chosen = n elseif key == "escape" then love.event.quit() end
end

function love.draw()
  love.graphics.clear(0.96, 0.97, 0.99)
  love.graphics.setColor(0.1, 0.12, 0.16)
  if chosen then
    love.graphics.printf(feedback[chosen], 60, 60, 1160)
    return
  end
  love.graphics.printf(text, 60, 60, 1160)
  for i, choice in ipairs(choices) do
    love.graphics.printf(choice, 80, 200 + i * 60, 1120)
  end
end
