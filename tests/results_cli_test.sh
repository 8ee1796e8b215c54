#!/bin/sh
# SPDX-License-Identifier: MIT
# The results store through the real binary (issue #6): each case is one ctest test.
#   sh tests/results_cli_test.sh SAQBOL SCENARIO_FILE CASE
# CASE: resume-after-sigkill | import-idempotent | damaged-import | two-pcs | player-name |
#       store-unwritable | delete-class | reports | usage
# Every command gets --data "$d": the user's real data folder is never touched.
set -eu
saqbol=$1
scenario=$2  # tests/data/four_moments.lua: four moments in a row, then an ending
case_name=$3
d=$(mktemp -d)
cleanup() { rm -rf "$d"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# The record counts of this data folder, one line per class ("7B: 1 player, ...").
classes() { "$saqbol" report classes --data "$1"; }
# An export without its time stamp, to compare two states of a store.
records() { "$saqbol" report export --out - --data "$1" 2>/dev/null | grep -v '"exported_at"'; }

case $case_name in
resume-after-sigkill)
  # The terminal play reads its choices from a pipe; two are sent, and once the store shows
  # both (and the third moment is on screen: the store is written before it is printed)
  # the process is killed with SIGKILL while it waits for the third choice.
  mkfifo "$d/in"
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --data "$d/data" <"$d/in" >"$d/out1" 2>&1 &
  pid=$!
  exec 3>"$d/in"
  echo 2 >&3
  echo 1 >&3
  tries=0
  until classes "$d/data" 2>/dev/null | grep -q '^7B: 1 player, 1 session, 2 decisions' &&
    grep -q 'Moment three' "$d/out1"; do
    tries=$((tries + 1))
    [ $tries -lt 600 ] || { kill -9 $pid; fail "the two decisions never showed in the store, or the third moment on screen: $(cat "$d/out1")"; }
    sleep 0.1
  done
  kill -9 $pid
  wait $pid 2>/dev/null || true
  exec 3>&-
  classes "$d/data" | grep -qx '7B: 1 player, 1 session, 2 decisions, 0 quiz answers (1 unfinished)' ||
    fail "after SIGKILL: $(classes "$d/data")"
  # The next play of the same student resumes at the third moment and ends.
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1 --data "$d/data" >"$d/out2" 2>&1 ||
    fail "the resumed play failed: $(cat "$d/out2")"
  grep -q 'Resuming where Aru left off (decisions made: 2)\.' "$d/out2" || fail "no resume line: $(cat "$d/out2")"
  grep -q 'Moment one' "$d/out2" && fail "the resumed play showed the first moment again"
  grep -q 'Moment three' "$d/out2" || fail "the resumed play did not start at the third moment"
  classes "$d/data" | grep -qx '7B: 1 player, 1 session, 4 decisions, 0 quiz answers (0 unfinished)' ||
    fail "after the resumed play: $(classes "$d/data")"
  records "$d/data" >"$d/all.json"
  grep -q '"ending": "kept"' "$d/all.json" || fail "the ending was not recorded"
  grep -q '"choice": "tell"' "$d/all.json" || fail "the first decision (tell) was lost"
  # --restart gives up an unfinished play and starts anew.
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1 --data "$d/data" >/dev/null 2>&1 || true
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1 --restart --data "$d/data" >"$d/out3" 2>&1 || true
  grep -q 'Resuming' "$d/out3" && fail "--restart resumed"
  grep -q 'Moment one' "$d/out3" || fail "--restart did not start at the first moment"
  classes "$d/data" | grep -qx '7B: 1 player, 3 sessions, 6 decisions, 0 quiz answers (1 unfinished)' ||
    fail "after --restart: $(classes "$d/data")"
  ;;
import-idempotent)
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,2,1,1 --data "$d/pc" >/dev/null
  "$saqbol" play "$scenario" --lang en --player Bek --class 7B --choices 2,2 --data "$d/pc" >/dev/null 2>&1 || true
  "$saqbol" report export --out "$d/pc.json" --data "$d/pc" >/dev/null
  "$saqbol" report import "$d/pc.json" --data "$d/teacher" >"$d/first" || fail "first import: $(cat "$d/first")"
  grep -q 'added 2 players, 2 sessions, 6 decisions, 0 quiz answers$' "$d/first" || fail "first: $(cat "$d/first")"
  records "$d/teacher" >"$d/after1"
  "$saqbol" report import "$d/pc.json" --data "$d/teacher" >"$d/second" || fail "second import failed"
  grep -q 'added 0 players, 0 sessions, 0 decisions, 0 quiz answers$' "$d/second" || fail "second: $(cat "$d/second")"
  records "$d/teacher" >"$d/after2"
  cmp -s "$d/after1" "$d/after2" || fail "the second import changed the store"
  # The teacher's store holds what the PC had (the same records, by id).
  records "$d/pc" | grep '"id"' | sort >"$d/ids-pc"
  records "$d/teacher" | grep '"id"' | sort >"$d/ids-teacher"
  cmp -s "$d/ids-pc" "$d/ids-teacher" || fail "the imported records differ from the exported ones"
  ;;
damaged-import)
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,2,1,1 --data "$d/pc" >/dev/null
  "$saqbol" report export --out "$d/good.json" --data "$d/pc" >/dev/null
  "$saqbol" play "$scenario" --lang en --player Cem --class 7C --choices 1,1,1,1 --data "$d/teacher" >/dev/null
  records "$d/teacher" >"$d/before"
  size=$(wc -c <"$d/good.json")
  head -c $((size * 2 / 3)) "$d/good.json" >"$d/truncated.json"
  sed 's/"verdict": "harmful"/"verdict": "safe"/' "$d/good.json" >"$d/edited.json"
  cmp -s "$d/good.json" "$d/edited.json" && fail "the edit changed nothing"
  sed 's/"saqbol-results"/"saqbol-notes"/' "$d/good.json" >"$d/format.json"
  for f in truncated edited format; do
    s=0
    "$saqbol" report import "$d/$f.json" --data "$d/teacher" >"$d/out" 2>"$d/err" || s=$?
    [ $s = 1 ] || fail "$f: exit $s, expected 1"
    grep -q "$d/$f.json: refused, nothing of it was imported" "$d/err" || fail "$f: $(cat "$d/err")"
    records "$d/teacher" >"$d/after"
    cmp -s "$d/before" "$d/after" || fail "$f changed the store"
  done
  "$saqbol" report import "$d/truncated.json" --data "$d/teacher" 2>&1 | grep -q 'not complete JSON' || fail "truncated: no reason"
  "$saqbol" report import "$d/edited.json" --data "$d/teacher" 2>&1 | grep -q 'checksum' || fail "edited: no reason"
  "$saqbol" report import "$d/format.json" --data "$d/teacher" 2>&1 | grep -q 'not a SaqBol results export' ||
    fail "format: no reason"
  # A good file beside damaged ones still imports; the command says 1 because one was refused.
  s=0
  "$saqbol" report import "$d/edited.json" "$d/good.json" --data "$d/teacher" >"$d/out" 2>"$d/err" || s=$?
  [ $s = 1 ] || fail "mixed: exit $s, expected 1"
  grep -q "good.json: added 1 player, 1 session, 4 decisions" "$d/out" || fail "mixed: $(cat "$d/out")"
  ;;
two-pcs)
  # The same class and nickname on two PCs (their own data folders, so different UUIDs).
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1,1,1 --data "$d/pc1" >/dev/null
  "$saqbol" play "$scenario" --lang en --player " Aru " --class 7B --choices 2,2,2,2 --data "$d/pc2" >/dev/null
  "$saqbol" play "$scenario" --lang en --player Bek --class 7B --choices 1,1,1,2 --data "$d/pc2" >/dev/null
  "$saqbol" report export --out "$d/pc1.json" --data "$d/pc1" >/dev/null
  "$saqbol" report export --out "$d/pc2.json" --class 7B --data "$d/pc2" >/dev/null
  "$saqbol" report import "$d/pc1.json" "$d/pc2.json" --data "$d/teacher" >"$d/out" || fail "import: $(cat "$d/out")"
  grep -q 'pc1.json: added 1 player, 1 session, 4 decisions' "$d/out" || fail "pc1: $(cat "$d/out")"
  grep -q 'pc2.json: added 1 player, 2 sessions, 8 decisions' "$d/out" || fail "pc2 (Aru is known): $(cat "$d/out")"
  classes "$d/teacher" | grep -qx '7B: 2 players, 3 sessions, 12 decisions, 0 quiz answers (0 unfinished)' ||
    fail "teacher: $(classes "$d/teacher")"
  records "$d/teacher" | grep -c '"nickname": "Aru"' | grep -qx 1 || fail "Aru is two students"
  ;;
player-name)
  for bad in "" "   " "abcdefghijklmnopqrstuvwxyz0123456" "$(printf 'A\tB')"; do
    s=0
    "$saqbol" play "$scenario" --player "$bad" --choices 1,1,1,1 --data "$d/data" >/dev/null 2>"$d/err" || s=$?
    [ $s = 2 ] || fail "nickname '$bad': exit $s, expected 2"
    grep -q -- '--player' "$d/err" || fail "nickname '$bad': $(cat "$d/err")"
  done
  s=0
  "$saqbol" play "$scenario" --class 7B --choices 1,1,1,1 --data "$d/data" >/dev/null 2>&1 || s=$?
  [ $s = 2 ] || fail "--class without --player: exit $s"
  [ ! -e "$d/data/results.sqlite" ] || fail "a refused command wrote results"
  # 32 characters (Kazakh letters are two bytes each, but one character) are fine.
  "$saqbol" play "$scenario" --lang en --player "ӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘ" --choices 1,1,1,1 --data "$d/data" >/dev/null ||
    fail "a 32-letter Kazakh nickname was refused"
  ;;
store-unwritable)
  # The data folder cannot be made (a file is in the way): the play goes on and says once
  # that results are not kept.
  : >"$d/file"
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1,1,1 --data "$d/file/data" >"$d/out" 2>"$d/err" ||
    fail "the play stopped: $(cat "$d/err")"
  grep -q '== Kept ==' "$d/out" || fail "the play did not reach its ending"
  [ "$(grep -c 'not being saved' "$d/err")" = 1 ] || fail "not said once: $(cat "$d/err")"
  s=0
  "$saqbol" report import "$d/none.json" --data "$d/file/data" 2>"$d/err" || s=$?
  [ $s = 1 ] || fail "report import with no store: exit $s"
  grep -q 'cannot create the data folder' "$d/err" || fail "report import: $(cat "$d/err")"
  # A store written by a newer SaqBol (its schema version, PRAGMA user_version, is the
  # big-endian number at byte 60 of the file; set to 99 here): refused, left as it is, and
  # the play goes on.
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1,1,1 --data "$d/newer" >/dev/null
  [ ! -e "$d/newer/results.sqlite-wal" ] || fail "the WAL was not checkpointed at exit"
  printf '\000\000\000\143' | dd of="$d/newer/results.sqlite" bs=1 seek=60 conv=notrunc 2>/dev/null
  cp "$d/newer/results.sqlite" "$d/newer.copy"
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1,1,1 --data "$d/newer" >"$d/out" 2>"$d/err" ||
    fail "the play stopped on a newer store: $(cat "$d/err")"
  grep -q '== Kept ==' "$d/out" || fail "the play on a newer store did not reach its ending"
  grep -q 'not being saved.*newer SaqBol' "$d/err" || fail "newer store: $(cat "$d/err")"
  cmp -s "$d/newer/results.sqlite" "$d/newer.copy" || fail "the newer store was changed"
  s=0
  "$saqbol" report export --out "$d/x.json" --data "$d/newer" 2>"$d/err" || s=$?
  [ $s = 1 ] || fail "export from a newer store: exit $s"
  grep -q 'update SaqBol' "$d/err" || fail "export from a newer store: $(cat "$d/err")"
  # Reading commands do not create a store where there is none.
  "$saqbol" report classes --data "$d/empty" | grep -q 'no results yet' || fail "classes on an empty folder"
  [ ! -e "$d/empty/results.sqlite" ] || fail "report classes created a store"
  ;;
delete-class)
  "$saqbol" play "$scenario" --lang en --player Aru --class 7B --choices 1,1,1,1 --data "$d/data" >/dev/null
  "$saqbol" play "$scenario" --lang en --player Cem --class 7C --choices 1,1,1,1 --data "$d/data" >/dev/null
  "$saqbol" report delete-class 7B --data "$d/data" >"$d/out"
  grep -q 'would delete class 7B: 1 player, 1 session, 4 decisions' "$d/out" || fail "dry run: $(cat "$d/out")"
  classes "$d/data" | grep -q '^7B:' || fail "the dry run deleted"
  "$saqbol" report delete-class 7B --yes --data "$d/data" >"$d/out"
  grep -q 'deleted class 7B' "$d/out" || fail "delete: $(cat "$d/out")"
  classes "$d/data" | grep -q '^7B:' && fail "7B is still there"
  classes "$d/data" | grep -qx '7C: 1 player, 1 session, 4 decisions, 0 quiz answers (0 unfinished)' || fail "7C was touched"
  s=0
  "$saqbol" report delete-class 9Z --yes --data "$d/data" 2>"$d/err" || s=$?
  [ $s = 1 ] || fail "unknown class: exit $s"
  grep -q "no class '9Z'.*classes: 7C" "$d/err" || fail "unknown class: $(cat "$d/err")"
  ;;
reports)
  # Three students of 7B finish; most tell the code at moment one; a fourth stops midway.
  play() { "$saqbol" play "$scenario" --lang en --player "$1" --class 7B --choices "$2" --data "$d/data" >/dev/null 2>&1 || true; }
  play Aru 2,1,1,1
  play Бек 2,2,1,1
  play Dana 1,1,1,1
  play Erlan 2,1
  "$saqbol" play "$scenario" --lang en --player Zhan --class 9A --choices 1,1,1,1 --data "$d/data" >/dev/null
  "$saqbol" report summary --class 7B --lang en --data "$d/data" >"$d/summary" || fail "summary: exit $?"
  grep -q 'Students: 4. Scenarios finished: 3, unfinished: 1.' "$d/summary" || fail "summary counts: $(cat "$d/summary")"
  grep -q 'Codes and passwords' "$d/summary" || fail "summary lacks the tip: $(cat "$d/summary")"
  grep -q 'four_moments / one: 3 of 4 decisions risky or harmful (75%); most often: "tell"' "$d/summary" || fail "moment one is not one to discuss: $(cat "$d/summary")"
  grep -q 'Zhan\|9A' "$d/summary" && fail "--class 7B shows class 9A"
  # CSV: a byte-order mark, CRLF, a header and one row per decision of 7B (4+4+4+2).
  "$saqbol" report csv --class 7B --out "$d/r.csv" --data "$d/data" >/dev/null || fail "csv: exit $?"
  [ "$(head -c 3 "$d/r.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "the CSV has no byte-order mark"
  [ "$(grep -c "$(printf '\r')\$" "$d/r.csv")" = 15 ] || fail "the CSV has $(grep -c "$(printf '\r')\$" "$d/r.csv") CRLF lines, expected 15"
  grep -q ',Бек,' "$d/r.csv" || fail "the Cyrillic nickname is not in the CSV"
  # xAPI: 4 attempted, 14 answered, 3 completed.
  "$saqbol" report xapi --class 7B --out "$d/x.json" --data "$d/data" >/dev/null || fail "xapi: exit $?"
  for verb in attempted:4 answered:14 completed:3; do
    n=$(grep -o "verbs/${verb%%:*}\"" "$d/x.json" | wc -l)
    [ "$n" = "${verb#*:}" ] || fail "xAPI: $n statements '${verb%%:*}', expected ${verb#*:}"
  done
  # HTML: one file, every student of 7B, nothing fetched from the network.
  "$saqbol" report html --out "$d/r.html" --data "$d/data" >/dev/null || fail "html: exit $?"
  for who in Aru Бек Dana Erlan Zhan; do grep -q "$who" "$d/r.html" || fail "$who is not in the HTML report"; done
  grep -qi 'src="http\|href="http\|url(http' "$d/r.html" && fail "the HTML report fetches from the network"
  # A class that is not there: an empty report and a line saying so; --out - is stdout.
  "$saqbol" report summary --class 5C --data "$d/data" --out - >/dev/null 2>"$d/err" || fail "summary of 5C failed"
  grep -q "no results of class '5C'" "$d/err" || fail "5C: $(cat "$d/err")"
  # No store yet: a report reads nothing and creates nothing.
  "$saqbol" report summary --data "$d/empty" >/dev/null || fail "summary with no store failed"
  [ ! -e "$d/empty/results.sqlite" ] || fail "a report created a store"
  ;;
usage)
  # --help everywhere; a missing or unknown subcommand or option is usage (2).
  "$saqbol" report --help --data "$d/data" | grep -q 'saqbol report import FILE' || fail "report --help"
  for sub in summary csv xapi html export import classes delete-class; do
    "$saqbol" report $sub --help --data "$d/data" | grep -q "usage: saqbol report $sub" || fail "report $sub --help"
  done
  "$saqbol" play --help | grep -q -- '--player NICK' || fail "play --help lacks --player"
  for args in "" "nope" "export" "export --out" "import" "classes --wide" "delete-class" "delete-class 7B 7C" \
      "summary --lang de" "csv --out" "html --wide"; do
    s=0
    "$saqbol" report $args --data "$d/data" >/dev/null 2>&1 || s=$?
    [ $s = 2 ] || fail "report $args: exit $s, expected 2"
  done
  [ ! -e "$d/data/results.sqlite" ] || fail "a usage error opened the store"
  ;;
*)
  echo "unknown case '$case_name'" >&2
  exit 2
  ;;
esac
echo "ok: $case_name"
