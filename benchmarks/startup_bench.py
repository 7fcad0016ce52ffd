"""Cold start to a usable main window vs a bare PySide6 QMainWindow, and peak memory with the large proposal.

Usage: .venv/bin/python benchmarks/startup_bench.py [--runs N]
Each start is a fresh process (offscreen platform), timed from launch until the
window is usable: the sample proposal (the last one opened) reopened, its
navigator and first step shown, and the event loop turning; runs alternate; medians are
compared. Peak memory (ru_maxrss) is measured in a process that opens the large
proposal and visits every step. Prints a ratio, not a pass/fail.
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

APP = """
import sys
from PySide6.QtCore import QSettings
from medicen_desktop.gui.app import create_application
app = create_application(["bench"])
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.database import Database
db = Database.open(sys.argv[1])
w = MainWindow(db, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "en")
reopened = w.reopen_last()
assert reopened or sys.argv[3] == "library", "the sample proposal is reopened as the last proposal"
w.show()
# usable: the sample's navigator and its first step painted, the event loop turning
if reopened:
    page = w.workspace.stack.currentWidget()
    while not (w.workspace.navigator.isVisible() and page.isVisible() and w.workspace.navigator.acronym.text()):
        app.processEvents()
app.processEvents()
print("READY", flush=True)
w.close()
"""

LARGE = """
import resource, sys
from PySide6.QtCore import QSettings
from medicen_desktop.gui.app import create_application
app = create_application(["bench"])
from medicen_desktop.exchange.sample_large import make_large
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
db = Database.open(sys.argv[1])
uuid = proposals.import_document(db, make_large())
w = MainWindow(db, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "en")
w.show(); w.open_proposal(uuid)
for step in STEPS:
    w.workspace.go_to(step); app.processEvents()
while not w.workspace.findings.items:
    app.processEvents()
w.close()
print("PEAK_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the process never became ready")
    proc.wait()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-memory", action="store_true", help="skip the large-proposal memory measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "sample.db")
        ini = str(Path(folder) / "settings.ini")
        subprocess.run([sys.executable, "-c", "import sys\nfrom medicen_desktop.store.database import Database\n"
                        "from medicen_desktop.services import proposals\n"
                        "from PySide6.QtCore import QSettings\nfrom medicen_desktop.gui import settings as keys\n"
                        "uuid = proposals.create_demo(Database.open(sys.argv[1]))\n"
                        "keys.Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)).set(keys.LAST_PROPOSAL, uuid)",
                        db, ini], check=True)
        timed(BARE), timed(APP, db, ini, "proposal")  # warm the OS file cache: "cold" means a new process, not a cold disk
        empty_ini = str(Path(folder) / "first-start.ini")  # no last proposal: the library is the start screen
        bare, app, library = [], [], []
        for _ in range(args.runs):  # interleaved, so that the machine's load hits every kind alike
            bare.append(timed(BARE))
            app.append(timed(APP, db, ini, "proposal"))
            library.append(timed(APP, db, empty_ini, "library"))
        b, a, lib = statistics.median(bare), statistics.median(app), statistics.median(library)
        print(f"bare QMainWindow start: median {b * 1000:.0f} ms over {args.runs} runs")
        print(f"Medicen, sample proposal reopened (navigator and first step shown): median {a * 1000:.0f} ms, "
              f"ratio {a / b:.2f} (target <= 1.5)")
        print(f"Medicen, library shown (no last proposal): median {lib * 1000:.0f} ms, ratio {lib / b:.2f}")
        if args.no_memory:
            return 0
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        large_db = str(Path(folder) / "large.db")
        out = subprocess.run([sys.executable, "-c", LARGE, large_db, ini], capture_output=True, text=True, env=env,
                             check=True).stdout
        peak = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PEAK_MB")))
        print(f"peak memory with the large proposal open (every step visited): {peak:.0f} MB (target <= 250)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
