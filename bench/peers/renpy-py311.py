# SPDX-License-Identifier: MIT
# Runs Debian 12's Ren'Py 8.0.3 on Debian 12's Python 3.11, for bench/run.
#   python3 renpy-py311.py RENPY_DIR GAME_DIR [ren'py arguments...]
#
# Ren'Py 8.0.3 builds Python syntax trees itself (renpy/python.py wraps nodes, the screen
# language wraps expressions) and gives the new nodes a line number but no end line. Python
# 3.11 checks every node's range before compiling it and refuses such a node:
#   ValueError: AST node line range (628, 1) is not valid
# (first in renpy/common/00preferences.rpy). Later Ren'Py versions fill in the end of each
# node. This wrapper does the same without touching Ren'Py's files: it replaces the built-in
# compile() with one that, given a syntax tree, first makes every node's end at least its
# start. Sources given as text are compiled untouched. Then it runs RENPY_DIR/renpy.py as
# Ren'Py's own launcher would.
#
# bench/run runs it on a copy of /usr/share/games/renpy: upstream Ren'Py writes compiled
# scripts (.rpyc) beside its own sources when it can (Debian's build does not), and the
# bench must never write there.
import ast
import builtins
import runpy
import sys

_compile = builtins.compile


def _fix_ends(tree):
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is None or "end_lineno" not in node._attributes:
            continue
        col = getattr(node, "col_offset", None) or 0
        end_line = getattr(node, "end_lineno", None)
        end_col = getattr(node, "end_col_offset", None)
        if end_line is None or end_line < line:
            end_line, end_col = line, col
        if end_col is None or (end_line == line and end_col < col):
            end_col = col
        node.end_lineno, node.end_col_offset = end_line, end_col


def _compile_fixed(source, *args, **kwargs):
    if isinstance(source, ast.AST):
        _fix_ends(source)
    return _compile(source, *args, **kwargs)


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: renpy-py311.py RENPY_DIR GAME_DIR [ren'py arguments...]\n")
        return 2
    renpy_dir, rest = sys.argv[1], sys.argv[2:]
    builtins.compile = _compile_fixed
    sys.argv = [renpy_dir + "/renpy.py"] + rest
    sys.path.insert(0, renpy_dir)
    runpy.run_path(renpy_dir + "/renpy.py", run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())
