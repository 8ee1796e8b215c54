# SPDX-License-Identifier: MIT
"""bench/run.py: SaqBol measured beside LÖVE and Ren'Py (issue #7). Started by bench/run,
which installs what is missing first; `bench/run --help` for the options.

Map of the file:
  Options, Context         the command line; a temp dir for HOME and the data folder; one
                           Xvfb server for every windowed app; the list of apps
  start_app, stop_app      one app in its own process group; the first-frame marker
  measure_apps             a, c, d: one run = start -> first frame -> idle -> memory -> stop
  measure_frames           b: saqbol-frame-bench headless and in a window under Xvfb
  measure_explore_lint     e: explore --stats, lint of the 10,000-node scenario, of the library
  measure_installed_size   f: cmake --install + du; the Debian packages of the peers
  main_table, frame_table  the printed tables (and --markdown FILE) with the targets

Every number is the median and the range of --runs runs. Nothing here is asserted: the
ctest case (bench/quick-mode-works) checks only that --quick runs and prints the table.
"""
import argparse
import datetime
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAQBOL_MARKER = "saqbol: first frame presented"
PEER_MARKER = "peer: first frame presented"
SCENARIO = "code_1414"
PHONE_APPS = ["lock", "call", "messages", "messenger", "browser", "feed", "game", "bank"]
# Installing SaqBol or a peer on a machine that already has these costs nothing more; they
# are left out of the sizes (with everything they depend on).
BASE_PACKAGES = ["libc6", "libstdc++6", "debconf", "libsdl2-2.0-0", "libfreetype6", "libfontconfig1",
                 "libglib2.0-0", "fonts-dejavu-core", "libgl1-mesa-dri", "python3"]
TICK = os.sysconf("SC_CLK_TCK")


STARTED = time.monotonic()


def log(message):
    print("bench: %5.1f s: %s" % (time.monotonic() - STARTED, message), file=sys.stderr, flush=True)


# --- Options, Context ---------------------------------------------------------------------

def parse_options():
    p = argparse.ArgumentParser(prog="bench/run", description=(
        "Measures SaqBol beside LÖVE 11 and Ren'Py 8 (issue #7) and prints one table: "
        "first frame, idle CPU, memory, CPU per frame, explore/lint, installed size, each "
        "with the median and range of --runs runs and the issue's targets met or missed."))
    p.add_argument("--quick", action="store_true",
                   help="1 run each, 1 s idle, 3 frames; skips what is not installed (checks "
                        "that the bench works, not speed)")
    p.add_argument("--saqbol", default=os.path.join(ROOT, "build", "saqbol"),
                   help="the saqbol binary (default build/saqbol)")
    p.add_argument("--build", default=os.path.join(ROOT, "build"),
                   help="the CMake build dir with saqbol-frame-bench, for --install (default build)")
    p.add_argument("--runs", type=int, help="runs of each measurement (default 5; --quick 1)")
    p.add_argument("--idle", type=float, help="seconds of idle measured (default 10; --quick 1)")
    p.add_argument("--frames", type=int, help="frames per screen in the frame bench (default 30; --quick 3)")
    p.add_argument("--markdown", metavar="FILE", help="also write the tables as Markdown to FILE")
    o = p.parse_args()
    o.runs = o.runs or (1 if o.quick else 5)
    o.idle = o.idle if o.idle is not None else (1.0 if o.quick else 10.0)
    o.frames = o.frames or (3 if o.quick else 30)
    o.settle = 0.3 if o.quick else 1.0  # after the first frame, before idle is measured
    o.warmup = not o.quick             # one unmeasured start of each app first (disk cache)
    o.saqbol = os.path.abspath(o.saqbol)
    o.build = os.path.abspath(o.build)
    return o


class App:
    """One program to start: how, with which marker, and whether it needs the X server."""

    def __init__(self, key, title, argv, marker, needs_x, env=None, first_only=False):
        self.key, self.title, self.argv, self.marker = key, title, argv, marker
        self.needs_x, self.env = needs_x, env or {}
        self.first_only = first_only  # only its first frame is measured (no idle, no memory)
        self.missing = None  # why it cannot run here, or None


class Context:
    """The temp dir (HOME, XDG dirs, the data folder, copies), the Xvfb server, the apps."""

    def __init__(self, options):
        self.o = options
        self.tmp = tempfile.mkdtemp(prefix="saqbol-bench-")
        self.data = os.path.join(self.tmp, "data")
        self.env = dict(os.environ)
        for name, sub in [("HOME", "home"), ("XDG_DATA_HOME", "home/.local/share"),
                          ("XDG_CONFIG_HOME", "home/.config"), ("XDG_CACHE_HOME", "home/.cache")]:
            self.env[name] = os.path.join(self.tmp, sub)
            os.makedirs(self.env[name], exist_ok=True)
        for name in ["DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER", "SDL_RENDER_DRIVER", "XAUTHORITY"]:
            self.env.pop(name, None)
        # No app gets a sound device: the same for all three (SaqBol and Ren'Py through SDL,
        # LÖVE through OpenAL, which finds no device and goes on silent).
        self.env["SDL_AUDIODRIVER"] = "dummy"
        self.xvfb = None
        self.display = None
        self.xvfb_missing = None
        self.running = []  # Popen objects still to stop

    def start_xvfb(self):
        if not shutil.which("Xvfb"):
            self.xvfb_missing = "Xvfb is not installed (Debian package xvfb)"
            return
        if not os.path.exists("/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so") and \
                not any(os.path.exists(os.path.join(d, "swrast_dri.so")) for d in
                        ["/usr/lib/dri", "/usr/lib64/dri", "/usr/lib/aarch64-linux-gnu/dri"]):
            self.xvfb_missing = "Mesa's software OpenGL is not installed (libgl1-mesa-dri)"
            return
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        if not number.strip().isdigit():
            self.xvfb_missing = "Xvfb did not start"
            return
        self.display = ":" + number.decode().strip()
        log("Xvfb on display " + self.display)

    def stop_all(self):
        for process in self.running + ([self.xvfb] if self.xvfb else []):
            stop_process(process)
        self.running = []
        shutil.rmtree(self.tmp, ignore_errors=True)


def renpy_python():
    """The Python that Debian's Ren'Py runs on (the first line of /usr/games/renpy)."""
    try:
        with open("/usr/games/renpy") as f:
            line = f.readline()
        if line.startswith("#!"):
            return line[2:].split()[0]
    except OSError:
        pass
    return "/usr/bin/python3"


def make_apps(ctx):
    o = ctx.o
    saqbol_env = {"SAQBOL_FIRST_FRAME_MARKER": "1"}
    headless = dict(saqbol_env, SDL_VIDEODRIVER="dummy")
    base = [o.saqbol, "--data", ctx.data]
    apps = [
        App("sq_menu_sw", "SaqBol start screen, headless", base, SAQBOL_MARKER, False, headless),
        App("sq_play_sw", "SaqBol scenario, headless", base + ["--play", SCENARIO], SAQBOL_MARKER, False, headless),
        App("sq_menu_x", "SaqBol start screen, Xvfb", base, SAQBOL_MARKER, True, saqbol_env),
        App("sq_play_x", "SaqBol scenario, Xvfb", base + ["--play", SCENARIO], SAQBOL_MARKER, True, saqbol_env),
        App("love", "LÖVE, Xvfb", ["love", os.path.join(ROOT, "bench/peers/love")], PEER_MARKER, True),
    ]
    renpy_copy = os.path.join(ctx.tmp, "renpy")
    game_copy = os.path.join(ctx.tmp, "renpy-peer")
    apps.append(App("renpy", "Ren'Py, Xvfb",
                    [renpy_python(), os.path.join(ROOT, "bench/peers/renpy-py311.py"), renpy_copy, game_copy],
                    PEER_MARKER, True))
    for app in apps:
        if app.needs_x and ctx.xvfb_missing:
            app.missing = ctx.xvfb_missing
    if not os.access(o.saqbol, os.X_OK):
        for app in apps[:4]:
            app.missing = "no saqbol binary at " + o.saqbol
    if not shutil.which("love"):
        apps[4].missing = apps[4].missing or "LÖVE is not installed (Debian package love)"
    if not os.path.isdir("/usr/share/games/renpy"):
        apps[5].missing = apps[5].missing or "Ren'Py is not installed (Debian package renpy)"
    elif not apps[5].missing:
        # Ren'Py may write compiled scripts beside its sources: run a copy; the game dir is
        # copied too, since Ren'Py keeps its cache and saves in it.
        shutil.copytree("/usr/share/games/renpy", renpy_copy, symlinks=True)
        shutil.copytree(os.path.join(ROOT, "bench/peers/renpy"), game_copy)
    # The floor: a bare SDL2 window with SaqBol's renderer settings, one cleared frame.
    floor = os.path.join(o.build, "saqbol-bench-sdl-window")
    apps.append(App("floor", "bare SDL2 window (the floor), Xvfb", [floor], PEER_MARKER, True, first_only=True))
    if not os.access(floor, os.X_OK):
        apps[6].missing = "no %s (build the target saqbol-bench-sdl-window, or give --build)" % floor
    elif ctx.xvfb_missing:
        apps[6].missing = ctx.xvfb_missing
    return apps


# --- start_app, stop_app ------------------------------------------------------------------

def stop_process(process):
    """SIGTERM to the process group, SIGKILL after 1 s (LÖVE ignores SIGTERM)."""
    if process.poll() is not None:
        return
    for sig, wait in [(signal.SIGTERM, 1), (signal.SIGKILL, 5)]:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            pass


class Started:
    def __init__(self, process, seconds_to_marker, errors, reader, output, faults=None):
        self.process, self.first_frame, self.errors = process, seconds_to_marker, errors
        self.reader, self.output = reader, output  # the thread draining stdout into output
        self.faults = faults  # page faults (minor + major) until the marker, or None

    def stop(self, ctx):
        stop_app(ctx, self.process)
        self.reader.join(5)
        self.output.close()


def start_app(ctx, app, timeout=60.0):
    """Starts `app`, waits for its marker line on stdout; returns a Started (first_frame is
    None when the marker never came; errors then holds the app's last output)."""
    env = dict(ctx.env, **app.env)
    if app.needs_x:
        env["DISPLAY"] = ctx.display
    errors_path = os.path.join(ctx.tmp, app.key + ".log")
    errors = open(errors_path, "w")
    marked = threading.Event()
    seen = {}
    start = time.monotonic()
    process = subprocess.Popen(app.argv, env=env, cwd=ctx.tmp, stdout=subprocess.PIPE,
                               stderr=errors, start_new_session=True)
    ctx.running.append(process)

    def read():  # drains stdout for the whole run, so the app never blocks on it
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace")
            if app.marker in line and not marked.is_set():
                seen["at"] = time.monotonic()
                seen["faults"] = page_faults(process.pid)
                marked.set()
            errors.write(line)
        marked.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    marked.wait(timeout)
    if "at" not in seen:
        started = Started(process, None, "", reader, errors)
        started.stop(ctx)
        with open(errors_path, errors="replace") as f:
            tail = f.read().strip().splitlines()[-6:]
        started.errors = " / ".join(tail) or "no output"
        return started
    return Started(process, seen["at"] - start, "", reader, errors, seen.get("faults"))


def stop_app(ctx, process):
    stop_process(process)
    if process in ctx.running:
        ctx.running.remove(process)


def page_faults(pid):
    """Page faults of the process so far (minor + major, every thread), from
    /proc/PID/stat; None if it is gone. On the VMs we measure on, a page's first touch
    costs 6-12 µs, so this explains much of a start-up (docs/performance.md)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[7]) + int(fields[9])
    except (OSError, IndexError, ValueError):
        return None


def cpu_seconds(pid):
    """utime + stime of the process (every thread), from /proc/PID/stat."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_mb(pid):
    """(VmHWM, VmRSS) in MB from /proc/PID/status."""
    values = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmHWM"), values.get("VmRSS")


# --- measure_apps: a, c, d ----------------------------------------------------------------

def measure_apps(ctx, apps):
    """For each app, --runs runs of: start -> first-frame marker (a) -> --settle s -> --idle s
    of CPU (c) -> peak and current resident memory (d) -> stop. Returns
    {key: {"first": [s], "faults": [n], "idle": [%], "peak": [MB], "steady": [MB]}} or {"missing": why}."""
    o = ctx.o
    results = {}
    for app in apps:
        if app.missing:
            log("skipping %s: %s" % (app.title, app.missing))
            results[app.key] = {"missing": app.missing}
            continue
        log("measuring %s (%d run%s)" % (app.title, o.runs, "s" if o.runs > 1 else ""))
        r = {"first": [], "faults": [], "idle": [], "peak": [], "steady": []}
        for attempt in range(o.runs + (1 if o.warmup else 0)):
            started = start_app(ctx, app)
            if started.first_frame is None:
                r = {"missing": "did not show its first frame: " + started.errors[:300]}
                break
            pid = started.process.pid
            if app.first_only:
                started.stop(ctx)
                if not (o.warmup and attempt == 0):
                    r["first"].append(started.first_frame)
                    if started.faults is not None:
                        r["faults"].append(started.faults)
                continue
            try:
                time.sleep(o.settle)
                cpu0, wall0 = cpu_seconds(pid), time.monotonic()
                time.sleep(o.idle)
                cpu1, wall1 = cpu_seconds(pid), time.monotonic()
                peak, steady = memory_mb(pid)
            except (OSError, IndexError):
                r = {"missing": "exited while idle (see its output: " + started.errors + ")"}
                break
            finally:
                started.stop(ctx)
            if o.warmup and attempt == 0:
                continue
            r["first"].append(started.first_frame)
            if started.faults is not None:
                r["faults"].append(started.faults)
            r["idle"].append((cpu1 - cpu0) / (wall1 - wall0) * 100)
            r["peak"].append(peak)
            r["steady"].append(steady)
        results[app.key] = r
    return results


# --- measure_frames: b --------------------------------------------------------------------

def measure_frames(ctx):
    """saqbol-frame-bench --runs times: headless (software renderer), and in a window under
    Xvfb with the game's default (software) and SDL's OpenGL renderer (Mesa llvmpipe).
    Returns {mode: {screen: [median ms of each run]}} or {mode: "why it did not run"}."""
    o = ctx.o
    bench = os.path.join(o.build, "saqbol-frame-bench")
    modes = [("headless", []), ("window", ["--window", "--renderer", "software"]),
             ("window_gl", ["--window", "--renderer", "accelerated"])]
    results = {}
    for mode, extra in modes:
        if not os.access(bench, os.X_OK):
            results[mode] = "no %s (build the target saqbol-frame-bench, or give --build)" % bench
            continue
        env = dict(ctx.env)
        if extra:
            if ctx.xvfb_missing:
                results[mode] = ctx.xvfb_missing
                continue
            env["DISPLAY"] = ctx.display
        log("frame bench, %s (%d run%s)" % (mode, o.runs, "s" if o.runs > 1 else ""))
        screens = {}
        for _ in range(o.runs):
            done = subprocess.run([bench, "--frames", str(o.frames)] + extra, env=env, cwd=ROOT,
                                  capture_output=True, text=True, start_new_session=True)
            if done.returncode != 0:
                screens = "saqbol-frame-bench failed: " + done.stderr.strip()[-300:]
                break
            for line in done.stdout.splitlines()[1:]:
                cells = line.split("\t")
                if len(cells) >= 3:
                    screens.setdefault(cells[0], []).append(float(cells[2]))
                    screens.setdefault(cells[0] + ":moment", [cells[1]])
        results[mode] = screens
    return results


# --- measure_explore_lint: e --------------------------------------------------------------

def wall_seconds(ctx, argv):
    start = time.monotonic()
    done = subprocess.run(argv, env=ctx.env, cwd=ROOT, capture_output=True, text=True)
    return time.monotonic() - start, done


def measure_explore_lint(ctx):
    """explore --stats on bench/large_scenario.lua (states/s of the walk and of walk +
    analysis, and the whole command's time), lint of it, and lint of scenarios/."""
    o = ctx.o
    if not os.access(o.saqbol, os.X_OK):
        return {"missing": "no saqbol binary at " + o.saqbol}
    large = "bench/large_scenario.lua"
    r = {"walk": [], "explore": [], "explore_s": [], "lint_large_s": [], "lint_library_s": [],
         "states": None, "problems": []}
    log("explore and lint (%d run%s)" % (o.runs, "s" if o.runs > 1 else ""))
    for _ in range(o.runs):
        seconds, done = wall_seconds(ctx, [o.saqbol, "explore", large, "--json", "--stats", "--data", ctx.data])
        stats = dict(kv.split("=", 1) for line in done.stderr.splitlines() if line.startswith("stats: ")
                     for kv in line.split()[1:])
        if done.returncode != 0 or "states" not in stats:
            r["problems"].append("explore exited %d: %s" % (done.returncode, done.stderr.strip()[-200:]))
            break
        r["states"] = int(stats["states"])
        r["walk"].append(int(stats["states"]) / float(stats["walk_ms"]) * 1000)
        r["explore"].append(float(stats["states_per_s"]))
        r["explore_s"].append(seconds)
    for key, path in [("lint_large_s", large), ("lint_library_s", "scenarios/")]:
        for _ in range(o.runs):
            seconds, done = wall_seconds(ctx, [o.saqbol, "lint", "--data", ctx.data, path])
            if done.returncode != 0:
                r["problems"].append("lint %s exited %d (its findings are timed all the same)"
                                     % (path, done.returncode))
            r[key].append(seconds)
    r["problems"] = sorted(set(r["problems"]))
    return r


# --- measure_installed_size: f ------------------------------------------------------------

def installed_packages():
    """The installed Debian packages: {"packages": {name: (KiB, [[alternatives of each
    dependency]])}, "provided": {virtual name: a package providing it}}."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f",
                              "${Package}\t${Status}\t${Installed-Size}\t${Pre-Depends}, ${Depends}\t${Provides}\n"],
                             capture_output=True, text=True).stdout
    except OSError:
        return {}
    packages, provided = {}, {}
    for line in out.splitlines():
        name, status, size, depends, provides = (line.split("\t") + [""] * 5)[:5]
        if not status.endswith("installed") or " not-installed" in status or "config-files" in status:
            continue
        alternatives = []
        for dep in depends.split(","):
            names = [re.sub(r"[:\s(].*", "", a.strip()) for a in dep.split("|")]
            names = [n for n in names if n]
            if names:
                alternatives.append(names)
        packages[name] = (int(size or 0), alternatives)
        for p in provides.split(","):
            p = re.sub(r"[\s(].*", "", p.strip())
            if p:
                provided.setdefault(p, name)
    return {"packages": packages, "provided": provided}


def closure(db, roots):
    """The installed packages `roots` need, themselves included, following Depends."""
    packages, provided = db["packages"], db["provided"]
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        name = name if name in packages else provided.get(name)
        if not name or name in seen:
            continue
        seen.add(name)
        for alternatives in packages[name][1]:
            installed = [a for a in alternatives if a in packages or a in provided]
            if installed:
                todo.append(installed[0])
    return seen


def added_by(db, roots):
    """(KiB, packages) that installing `roots` adds to a machine that has BASE_PACKAGES."""
    base = closure(db, [p for p in BASE_PACKAGES if p in db["packages"]])
    added = sorted(closure(db, roots) - base)
    return sum(db["packages"][p][0] for p in added), added


def saqbol_library_packages(binary):
    """The Debian packages of the shared libraries `binary` loads (ldd, dpkg -S)."""
    try:
        out = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
    except OSError:
        return []
    names = set()
    for match in re.finditer(r"=> (/\S+)", out):
        path = os.path.realpath(match.group(1))
        for candidate in {path, path.replace("/usr/lib/", "/lib/", 1), match.group(1)}:
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if found.returncode == 0:
                names.add(found.stdout.split(":")[0].strip())
                break
    return sorted(names)


def measure_installed_size(ctx):
    """SaqBol: `cmake --install BUILD --strip` into a temp prefix (stripped, as a Debian
    package would be), du; plus the Debian packages of
    the libraries it loads. Peers: Debian's Installed-Size of the package and of what it
    pulls in. Each beyond BASE_PACKAGES and all they need."""
    o = ctx.o
    r = {}
    prefix = os.path.join(ctx.tmp, "install")
    done = subprocess.run(["cmake", "--install", o.build, "--prefix", prefix, "--strip"], capture_output=True, text=True) \
        if shutil.which("cmake") and os.path.exists(os.path.join(o.build, "cmake_install.cmake")) else None
    db = installed_packages() if shutil.which("dpkg-query") else {}
    if done is None or done.returncode != 0:
        r["saqbol"] = {"missing": "cmake --install %s failed or no build there" % o.build}
    else:
        total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(prefix) for f in fs
                    if not os.path.islink(os.path.join(d, f)))
        r["saqbol"] = {"own": total / 1e6}
        installed = os.path.join(prefix, "bin", "saqbol")
        if db and os.path.exists(installed):
            kib, added = added_by(db, saqbol_library_packages(installed))
            r["saqbol"].update(deps=kib * 1024 / 1e6, packages=added)
    for peer, roots in [("love", ["love"]), ("renpy", ["renpy"])]:
        if not db or roots[0] not in db["packages"]:
            r[peer] = {"missing": "%s is not installed" % roots[0]}
            continue
        own = db["packages"][roots[0]][0] * 1024 / 1e6
        kib, added = added_by(db, roots)
        r[peer] = {"own": own, "deps": kib * 1024 / 1e6 - own, "packages": [p for p in added if p != roots[0]]}
    for s in r.values():  # the largest first
        if "packages" in s:
            s["packages"].sort(key=lambda p: -db["packages"][p][0])
            s["sizes"] = [db["packages"][p][0] * 1024 / 1e6 for p in s["packages"]]
    return r


# --- main_table, frame_table --------------------------------------------------------------

def stat(values):
    if not values:
        return None
    return statistics.median(values), min(values), max(values)


def fmt(values, unit, scale=1.0, digits=None):
    """'median (min–max) unit' of `values`; one value alone without the range."""
    s = stat(values)
    if s is None:
        return "—"
    m, lo, hi = (v * scale for v in s)
    if digits is None:
        digits = 0 if m >= 100 else 1 if m >= 10 else 2
    f = "{:,.%df}" % digits
    text = f.format(m) + (" " + unit if unit else "")
    if len(values) > 1:
        text += " (" + f.format(lo) + "–" + f.format(hi) + ")"
    return text


def cell(result, key, unit, scale=1.0, digits=None):
    if result is None:
        return "—"
    if "missing" in result:
        return "failed" if result["missing"].startswith(("did not", "exited")) else "not run"
    return fmt(result[key], unit, scale, digits)


def median_of(result, key):
    if not result or "missing" in result or not result.get(key):
        return None
    return statistics.median(result[key])


def verdict(ok):
    return "—" if ok is None else ("met" if ok else "MISSED")


def ratio_check(mine, theirs, limit, name):
    if mine is None or theirs is None:
        return None, "%s not measured" % name
    ratio = mine / theirs
    return ratio <= limit, "%.2f× %s" % (ratio, name)


def main_table(apps, frames, tools, sizes):
    """Rows of [what, SaqBol headless, SaqBol Xvfb, LÖVE, Ren'Py, target, measured, met?]."""
    a = apps
    rows = []

    def add(what, sw, x, love, renpy, target="", measured="", ok=None):
        rows.append([what, sw, x, love, renpy, target, measured, verdict(ok) if target else ""])

    # a. first frame: each SaqBol screen under Xvfb against the peers' one screen
    for key, what in [("menu", "first frame: start screen"), ("play", "first frame: scenario (peers: their screen)")]:
        sq = median_of(a["sq_%s_x" % key], "first")
        ok1, m1 = ratio_check(sq, median_of(a["love"], "first"), 0.5, "LÖVE's")
        ok2, m2 = ratio_check(sq, median_of(a["renpy"], "first"), 0.1, "Ren'Py's")
        peers = key == "play"
        add(what, cell(a["sq_%s_sw" % key], "first", "ms", 1000), cell(a["sq_%s_x" % key], "first", "ms", 1000),
            cell(a["love"], "first", "ms", 1000) if peers else "", cell(a["renpy"], "first", "ms", 1000) if peers else "",
            "≤ ½ LÖVE's, ≤ 1/10 Ren'Py's (Xvfb)", m1 + ", " + m2,
            None if ok1 is None or ok2 is None else ok1 and ok2)
    add("first frame: a bare SDL2 window, no text (the floor of any SDL app, not SaqBol)", "",
        cell(a["floor"], "first", "ms", 1000), "", "")
    # Page faults until the first frame: memory first touched, what start-up costs most here.
    add("page faults to the first frame: start screen", cell(a["sq_menu_sw"], "faults", ""),
        cell(a["sq_menu_x"], "faults", ""), "", "")
    add("page faults to the first frame: scenario (peers: their screen)", cell(a["sq_play_sw"], "faults", ""),
        cell(a["sq_play_x"], "faults", ""), cell(a["love"], "faults", ""), cell(a["renpy"], "faults", ""))
    add("page faults to the first frame: a bare SDL2 window", "", cell(a["floor"], "faults", ""), "", "")
    # c. idle CPU
    for key, what in [("menu", "idle CPU, % of a core: start screen"), ("play", "idle CPU: mid-scenario (peers: their screen)")]:
        x = a["sq_%s_x" % key]
        mx = median_of(x, "idle")
        peers = key == "play"
        add(what, cell(a["sq_%s_sw" % key], "idle", "%", digits=1), cell(x, "idle", "%", digits=1),
            cell(a["love"], "idle", "%", digits=1) if peers else "", cell(a["renpy"], "idle", "%", digits=1) if peers else "",
            "0–1% (Xvfb)", "—" if mx is None else "%.1f%%" % mx, None if mx is None else mx <= 1.0)
    # d. memory
    peak_x = max((v for v in [median_of(a["sq_menu_x"], "peak"), median_of(a["sq_play_x"], "peak")] if v), default=None)
    peak_sw = max((v for v in [median_of(a["sq_menu_sw"], "peak"), median_of(a["sq_play_sw"], "peak")] if v), default=None)
    ok, m = ratio_check(peak_x, median_of(a["love"], "peak"), 0.5, "LÖVE's")
    add("peak RSS (VmHWM): scenario", cell(a["sq_play_sw"], "peak", "MB", digits=1), cell(a["sq_play_x"], "peak", "MB", digits=1),
        cell(a["love"], "peak", "MB", digits=1), cell(a["renpy"], "peak", "MB", digits=1),
        "≤ ½ LÖVE's (Xvfb); ≤ 50 MB in software",
        m + ("" if peak_sw is None else ", %.1f MB headless" % peak_sw),
        None if ok is None or peak_sw is None else ok and peak_sw <= 50)
    add("peak RSS: start screen", cell(a["sq_menu_sw"], "peak", "MB", digits=1), cell(a["sq_menu_x"], "peak", "MB", digits=1), "", "")
    add("steady RSS (VmRSS after idle): scenario", cell(a["sq_play_sw"], "steady", "MB", digits=1),
        cell(a["sq_play_x"], "steady", "MB", digits=1), cell(a["love"], "steady", "MB", digits=1),
        cell(a["renpy"], "steady", "MB", digits=1))
    # b. frames (details in frame_table)
    head = frames.get("headless")
    if isinstance(head, dict) and head:
        apps_ms = [statistics.median(head[s]) for s in PHONE_APPS if s in head]
        every = {s: statistics.median(v) for s, v in head.items() if not s.endswith(":moment")}
        dense_screen = max(every, key=every.get)
        typical = statistics.median(apps_ms) if apps_ms else None
        add("CPU per frame, typical (median of the phone apps)", "%.2f ms" % typical if typical else "—", "", "", "",
            "≤ 2 ms (software, 1280×720)", "%.2f ms" % typical if typical else "—", None if typical is None else typical <= 2)
        add("CPU per frame, densest screen", "%.2f ms (%s)" % (every[dense_screen], dense_screen), "", "", "",
            "≤ 5 ms (software, 1280×720)", "%.2f ms" % every[dense_screen], every[dense_screen] <= 5)
    else:
        add("CPU per frame", "not run", "", "", "", "≤ 2 ms typical, ≤ 5 ms densest", str(head), None)
    # e. explore, lint
    t = tools
    if "missing" in t:
        add("explore, lint", "not run: " + t["missing"], "", "", "")
    else:
        ex = median_of(t, "explore")
        add("explore, walk + analysis, %s states" % (t["states"] or "?"), fmt(t["explore"], "states/s", digits=0), "", "", "",
            "≥ 1,000,000 states/s", "—" if ex is None else "{:,.0f}/s".format(ex), None if ex is None else ex >= 1e6)
        add("explore, the walk alone", fmt(t["walk"], "states/s", digits=0), "", "", "")
        add("explore, whole command (with loading)", fmt(t["explore_s"], "s", digits=2), "", "", "")
        add("lint of the 10,000-node scenario", fmt(t["lint_large_s"], "s", digits=2), "", "", "")
        ll = median_of(t, "lint_library_s")
        add("lint of the shipped library (scenarios/)", fmt(t["lint_library_s"], "s", digits=2), "", "", "",
            "≤ 1 s", "—" if ll is None else "%.2f s" % ll, None if ll is None else ll <= 1)
    # f. size
    def size_cell(s):
        if "missing" in s:
            return "not run"
        text = "%.1f MB" % s["own"]
        if "deps" in s:
            text += " + %.1f MB deps" % s["deps"]
        return text
    add("installed size: own + what it pulls in", size_cell(sizes["saqbol"]), "", size_cell(sizes["love"]), size_cell(sizes["renpy"]))
    return rows


def frame_table(frames):
    """Rows of [screen, moment, headless software, window software, window OpenGL]."""
    modes = ["headless", "window", "window_gl"]
    screens = []
    for mode in modes:
        if isinstance(frames.get(mode), dict):
            screens += [s for s in frames[mode] if not s.endswith(":moment") and s not in screens]
    rows = []
    for s in screens:
        moment = next((frames[m][s + ":moment"][0] for m in modes
                       if isinstance(frames.get(m), dict) and s + ":moment" in frames[m]), "")
        rows.append([s, moment] + [fmt(frames[m][s], "ms", digits=2) if isinstance(frames.get(m), dict)
                                   and s in frames[m] else "—" for m in modes])
    notes = ["%s: %s" % (m, frames[m]) for m in modes if isinstance(frames.get(m), str)]
    return rows, notes


MAIN_HEADER = ["what", "SaqBol headless", "SaqBol Xvfb", "LÖVE 11 Xvfb", "Ren'Py 8 Xvfb", "target", "measured", "met?"]
FRAME_HEADER = ["screen", "moment", "headless, software", "Xvfb window, software", "Xvfb window, OpenGL"]


def text_table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def markdown_table(header, rows):
    esc = lambda c: c.replace("|", "\\|")
    return "\n".join(["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)] +
                     ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows])


LOAD_AT_START = os.getloadavg()[0]


def machine():
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((l.split(":", 1)[1].strip() for l in out.splitlines() if l.startswith("Model name")), "")
    except OSError:
        pass
    return "%s, %d cores, load average %.1f at the start, %.1f at the end" % (
        model or "unknown CPU", os.cpu_count() or 0, LOAD_AT_START, os.getloadavg()[0])


def report(o, apps, app_results, frames, tools, sizes):
    rows = main_table(app_results, frames, tools, sizes)
    f_rows, f_notes = frame_table(frames)
    notes = []
    for app in apps:
        r = app_results[app.key]
        if "missing" in r:
            notes.append("%s: not run: %s" % (app.title, r["missing"]))
    notes += f_notes + tools.get("problems", [])
    for key, s in sizes.items():
        if "missing" in s:
            notes.append("installed size, %s: %s" % (key, s["missing"]))
        elif s.get("packages") is not None:
            largest = ", ".join("%s %.1f MB" % (p, mb) for p, mb in zip(s["packages"][:6], s["sizes"]))
            notes.append("installed size, %s: the deps are %d Debian packages beyond %s%s" % (
                key, len(s["packages"]), "the base",
                ("; the largest: " + largest) if largest else ""))
    notes.append("installed sizes leave out the base every Debian desktop here has: %s, and what "
                 "they depend on" % ", ".join(BASE_PACKAGES))
    summary = ("%s; %d run%s each (median, lowest–highest), idle %g s after %g s, %d frames per screen%s"
               % (machine(), o.runs, "s" if o.runs > 1 else "", o.idle, o.settle, o.frames,
                  "; QUICK: checks the bench works, not speed" if o.quick else ""))
    print()
    print("bench/run: SaqBol beside LÖVE and Ren'Py — " + summary)
    print()
    print(text_table(MAIN_HEADER, rows))
    print()
    print("CPU per frame at 1280×720 (saqbol-frame-bench; median of each run's median):")
    print(text_table(FRAME_HEADER, f_rows) if f_rows else "(not run)")
    if notes:
        print()
        for n in notes:
            print("note: " + n)
    if o.markdown:
        with open(o.markdown, "w") as f:
            f.write("Measured %s by `bench/run`: %s.\n\n" % (datetime.date.today().isoformat(), summary))
            f.write(markdown_table(MAIN_HEADER, rows) + "\n\n")
            f.write("CPU per frame at 1280×720 (`saqbol-frame-bench`; median of each run's median, "
                    "lowest–highest):\n\n")
            f.write((markdown_table(FRAME_HEADER, f_rows) if f_rows else "(not run)") + "\n")
            if notes:
                f.write("\n" + "\n".join("- " + n for n in notes) + "\n")
        log("wrote " + o.markdown)


def saqbol_failures(app_results, frames, tools):
    """What of SaqBol's own went wrong (not what is not installed): bench/run then exits 1."""
    failed = ["%s: %s" % (key, r["missing"]) for key, r in app_results.items()
              if key.startswith("sq_") and r.get("missing", "").startswith(("did not", "exited"))]
    failed += ["frame bench %s: %s" % (m, f) for m, f in frames.items()
               if isinstance(f, str) and f.startswith("saqbol-frame-bench failed")]
    failed += [p for p in tools.get("problems", []) if p.startswith("explore")]
    return failed


def main():
    o = parse_options()
    for path, what in [(o.saqbol, "--saqbol"), (os.path.join(o.build, "saqbol-frame-bench"), "--build")]:
        if not os.access(path, os.X_OK):
            print("bench/run: %s: no program at %s (build the targets saqbol and saqbol-frame-bench, "
                  "or name them with --saqbol BIN and --build DIR)" % (what, path), file=sys.stderr)
            return 2
    ctx = Context(o)
    failed = []
    # Stop what we started on Ctrl-C or SIGTERM too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        ctx.start_xvfb()
        if ctx.xvfb_missing:
            log("skipping every part under Xvfb: " + ctx.xvfb_missing)
        apps = make_apps(ctx)
        app_results = measure_apps(ctx, apps)
        frames = measure_frames(ctx)
        tools = measure_explore_lint(ctx)
        log("installed size")
        sizes = measure_installed_size(ctx)
        report(o, apps, app_results, frames, tools, sizes)
        failed = saqbol_failures(app_results, frames, tools)
        for f in failed:
            print("bench/run: FAILED: " + f, file=sys.stderr)
    finally:
        ctx.stop_all()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
