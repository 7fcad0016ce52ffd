"""Cold start to a usable main window vs a bare PySide6 QMainWindow, and peak memory with the large proposal.

Usage: .venv/bin/python benchmarks/startup_bench.py [--runs N] [--no-memory]

Each start is a fresh process (offscreen platform) of the real entry point,
``python -m medicen_desktop`` with no argument, as a user starts it: the
database in the default per-user data folder and the settings in the default
config folder (both pointed at a temporary folder through ``XDG_DATA_HOME``
and ``XDG_CONFIG_HOME``), the sample proposal being the last one opened.
Bytecode caches are allowed (``PYTHONDONTWRITEBYTECODE`` is dropped for the
children), as on a user's machine after the first start. Timed from launch until:

- **usable window** (the target): the main window painted with the library
  listing the database's proposals, and the event loop turning. The app logs
  ``window usable`` one event-loop turn after the library's first paint.
  An action that needs the database (open, new, sample…) runs when it is open.
- **set-up after the first frame done**: that same event-loop turn then applies
  the style sheet, binds the written-out shortcuts and starts opening the
  database on the worker (logged). A click or key arriving meanwhile is handled
  right after it: printed so that this delay is seen, not hidden.
- **proposal reopened**: the database opened through SQLAlchemy on the worker
  and the last proposal's navigator and step shown (logged ``database open``).

Runs alternate with bare starts. Two ratios are printed: the ratio of the
medians, and the median of the paired ratios (each start over the bare start
just before it), which is steadier on a shared machine whose speed drifts
during the run. A separate in-process
run measures the longest gap of a 10 ms timer while the database opens in the
background (the window must stay responsive). Peak memory (ru_maxrss) is
measured in a process that opens the large proposal and visits every step, and
split by where it grew: the bare window, the libraries imported, the database
opened, then each step's first visit.
Prints ratios, not pass/fail.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print("READY", flush=True)
"""

RESPONSIVE = """
import sys, time
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from medicen_desktop.gui.app import create_application
app = create_application(["bench"])
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.listing import quick_summaries
w = MainWindow(None, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "en",
               summaries=quick_summaries(sys.argv[1]))
w.reopen_last(); w.show()
gaps, clock, last = [], QElapsedTimer(), [0]
clock.start()
def tick():
    now = clock.elapsed(); gaps.append(now - last[0]); last[0] = now
    if w.session is not None and w.workspace is not None:
        app.quit()
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick)
def started():
    last[0] = clock.elapsed(); timer.start(); w.open_database(sys.argv[1])
QTimer.singleShot(0, started)
app.exec()
print("GAP_MS", max(gaps[:-1] or [0]), flush=True)
"""

LARGE = """
import resource, sys
def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from PySide6.QtCore import QSettings
from medicen_desktop.gui.app import create_application
app = create_application(["bench"])
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
w = MainWindow(None, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "en")
w.show(); app.processEvents()
print("AT window", peak(), flush=True)
from tests.large_proposal import make_large
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from medicen_desktop.gui import steps
steps.preload()
import medicen_desktop.gui.session, medicen_desktop.gui.workspace, medicen_desktop.rules.findings
print("AT imports", peak(), flush=True)
db = Database.open(sys.argv[1])
if not proposals.list_proposals(db):
    proposals.import_document(db, make_large())
uuid = proposals.list_proposals(db)[0].uuid
import gc; gc.collect()
print("AT stored", peak(), flush=True)
w.database_ready(db)
w.open_proposal(uuid)
for step in STEPS:
    w.workspace.go_to(step); app.processEvents()
    print("AT " + step, peak(), flush=True)
while not w.workspace.findings.items:
    app.processEvents()
w.close()
print("PEAK_MB", peak(), flush=True)
"""


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPATH", str(Path(__file__).resolve().parent.parent))  # tests.large_proposal
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def timed(code: str | None, *args: str, home: str = "") -> list[float]:
    """Seconds from launch to each marker line (bare: READY only)."""
    env = _environment()
    if code is None:
        command = [sys.executable, "-m", "medicen_desktop", *args]
        env.update(XDG_CONFIG_HOME=str(Path(home) / "config"), XDG_DATA_HOME=str(Path(home) / "data"))
        markers: tuple[str, ...] = ("window usable", "set-up after the first frame done", "database open")
    else:
        command = [sys.executable, "-c", code, *args]
        markers = ("READY",)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    times: list[float] = []
    for line in proc.stdout:
        if markers[len(times)] in line:
            times.append(time.perf_counter() - start)
            if len(times) == len(markers):
                break
    proc.terminate()
    proc.wait()
    if len(times) < len(markers):
        raise RuntimeError(f"{command}: the process stopped before logging {markers[len(times)]!r}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--no-memory", action="store_true", help="skip the large-proposal memory measurement")
    parser.add_argument("--memory-only", action="store_true", help="only the large-proposal memory measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "data" / "medicen-desktop" / "medicen.db")  # platformdirs' user_data_dir
        ini = str(Path(folder) / "config" / "Medicen" / "Medicen Desktop.conf")  # QSettings' file
        subprocess.run([sys.executable, "-c", "import sys\nfrom medicen_desktop.store.database import Database\n"
                        "from medicen_desktop.services import proposals\n"
                        "from PySide6.QtCore import QSettings\nfrom medicen_desktop.gui import settings as keys\n"
                        "uuid = proposals.create_demo(Database.open(sys.argv[1]))\n"
                        "keys.Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)).set(keys.LAST_PROPOSAL, uuid)",
                        db, ini], check=True)
        env = _environment()
        if not args.memory_only:
            timed(BARE), timed(None, home=folder)  # warm the OS file cache: "cold" means a new process
            bare, usable, set_up, reopened = [], [], [], []
            for _ in range(args.runs):  # interleaved, so that the machine's load hits every kind alike
                bare.append(timed(BARE)[0])
                first, then, last = timed(None, home=folder)
                usable.append(first)
                set_up.append(then - first)
                reopened.append(last)
            b, u, r = statistics.median(bare), statistics.median(usable), statistics.median(reopened)
            paired = statistics.median(first / base for first, base in zip(usable, bare, strict=True))
            print(f"bare QMainWindow start: median {b * 1000:.0f} ms over {args.runs} runs")
            print(f"Medicen (python -m medicen_desktop), usable window (library painted, event loop turning): "
                  f"median {u * 1000:.0f} ms, ratio {u / b:.2f}, median of paired ratios {paired:.2f} (target <= 1.5)")
            print(f"set-up after the first frame (style, shortcuts, database opening started): median "
                  f"{statistics.median(set_up) * 1000:.0f} ms more; a click or key arriving meanwhile waits for it")
            print(f"Medicen, database open and the last proposal reopened: median {r * 1000:.0f} ms, ratio {r / b:.2f}")
            gaps = []
            for _ in range(3):
                out = subprocess.run([sys.executable, "-c", RESPONSIVE, db, ini], capture_output=True, text=True,
                                     env=env, check=True).stdout
                gaps.append(float(next(line.split()[1] for line in out.splitlines() if line.startswith("GAP_MS"))))
            print(f"longest gap of a 10 ms timer while the database opens in the background: median {statistics.median(gaps):.0f} ms "
                  f"of 3 runs (target <= 100)")
        if args.no_memory:
            return 0
        large_db = str(Path(folder) / "large.db")
        subprocess.run([sys.executable, "-c", "import sys\nfrom medicen_desktop.store.database import Database\n"
                        "from medicen_desktop.services import proposals\n"
                        "from tests.large_proposal import make_large\n"
                        "proposals.import_document(Database.open(sys.argv[1]), make_large())", large_db],
                       check=True, env=env)
        out = subprocess.run([sys.executable, "-c", LARGE, large_db, ini], capture_output=True, text=True, env=env,
                             check=True).stdout
        peak = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PEAK_MB")))
        marks = [line.split()[1:] for line in out.splitlines() if line.startswith("AT ")]
        print(f"peak RSS with the large proposal open (a fresh process, every step visited): {peak:.0f} MB "
              "(target <= 150)")
        previous = 0.0
        steps = []
        for name, value in marks:
            steps.append(f"{name} +{float(value) - previous:.0f}")
            previous = float(value)
        print("  what it is made of (peak RSS growth, MB): " + ", ".join(steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
