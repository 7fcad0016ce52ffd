"""Cold start to a usable window and to the last proposal editable, vs a bare PySide6 QMainWindow; peak memory
with the large proposal.

Usage: .venv/bin/python benchmarks/startup_bench.py [--runs N] [--steps project,sections] [--no-memory]

Each start is a fresh process (offscreen platform) of the real entry point
(``python -m medicen_desktop``, run by ``PROBE`` with one logging handler
added), as a user starts it: the database in the default per-user data folder
and the settings in the default config folder (both pointed at a temporary
folder through ``XDG_DATA_HOME`` and ``XDG_CONFIG_HOME``), the sample proposal
being the last one opened, on the step given (``--steps``: one start per step
per round). Bytecode caches are allowed (``PYTHONDONTWRITEBYTECODE`` is
dropped for the children), as on a user's machine after the first start.
Timed from launch until:

- **usable window** (target <= 1.5x the bare window): the main window painted
  with the library listing the database's proposals, and the event loop
  turning. The app logs ``window usable`` one event-loop turn after the
  library's first paint.
- **set-up after the first frame done**: that same event-loop turn then binds
  the written-out shortcuts, shows the last proposal
  from the quick snapshot (``gui/database_open.py``) and starts opening the
  database on the worker (logged).
- **editable** (target <= 500 ms): the last proposal's step shown and a key
  accepted. The app logs ``proposal editable`` one event-loop turn after the
  proposal was shown (from the quick snapshot, else ``database open`` once the
  full open has shown it); ``PROBE``'s handler then sends a key press ``x`` to
  the focused text field of the shown step (else its first editable one in
  the focus chain) and prints ``KEY accepted`` when the field's text changed
  (``KEY REFUSED`` stops the benchmark). Whether the database was open then is
  printed by the probe (``database=opening`` for the quick reopen).
- **database open**: SQLAlchemy imported, the database opened on the worker and
  given to the window (logged ``database open``).

Runs alternate with bare starts, and the load average is printed at the start
and the end. Two ratios are printed: the ratio of the medians, and the median
of the paired ratios (each start over the bare start just before it), which is
steadier on a shared machine whose speed drifts during the run. A separate
in-process run measures the longest gap of a 10 ms timer while the database
opens in the background (the window must stay responsive). Peak memory
(ru_maxrss) is measured in a process that opens the large proposal and visits
every step, started twice: the first start fills the per-user cache of derived
data (country and region names) as a user's first start does, the second is
the figure (every later start), split by where it grew: the window, each big library imported
on its own (pydantic with the document schema, SQLAlchemy, the ORM models,
reportlab, pycountry), the application's other modules, the database opened,
then each step's first visit.
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

from process import load_average, run_once  # benchmarks/process.py, beside this script

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
w.reopen_last(sys.argv[1]); w.show()  # the last proposal of this database (kept per database)
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

PROBE = """
import logging, runpy, sys, time
class Probe(logging.Handler):
    done = False
    def emit(self, record):
        message = record.getMessage()
        if not self.done and (message.startswith("proposal editable") or message.startswith("database open, ")):
            self.done = True
            self.type_a_key()
    def type_a_key(self):
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
        window = next(w for w in QApplication.topLevelWidgets() if getattr(w, "workspace", None) is not None)
        page = window.workspace.stack.currentWidget()
        def editable(w):
            return (isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)) and w.isVisible() and w.isEnabled()
                    and not w.isReadOnly())
        def text(w):
            return w.text() if isinstance(w, QLineEdit) else w.toPlainText()
        focused = QApplication.focusWidget()
        field = focused if editable(focused) and page.isAncestorOf(focused) else None
        field = field or next(w for w in page.findChildren(QWidget) if editable(w))
        field.setFocus()
        before = text(field)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
        accepted = text(field) != before and "x" in text(field)
        print("KEY", "accepted" if accepted else "REFUSED", type(field).__name__, field.objectName(),
              "step=" + window.workspace.current_step(), "database=" + ("open" if window.session.attached else "opening"),
              flush=True)
logging.getLogger("medicen_desktop").addHandler(Probe())
sys.argv = ["medicen-desktop"]
runpy.run_module("medicen_desktop", run_name="__main__")
"""
"""The real entry point (``python -m medicen_desktop``) with a logging handler that, when the app logs that the
last proposal is shown (from the quick snapshot, or once the database is open), types a key into the shown
step's focused text field (else its first editable one) and prints whether the field took it."""

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
import pydantic, medicen_desktop.document.schema
print("AT pydantic+schema", peak(), flush=True)
import sqlalchemy.orm
print("AT sqlalchemy", peak(), flush=True)
import medicen_desktop.model
print("AT orm-models", peak(), flush=True)
import medicen_desktop.export.pdf_platypus, reportlab.pdfbase.pdfmetrics  # as the app imports it (no Pillow)
print("AT reportlab", peak(), flush=True)
import pycountry
print("AT pycountry", peak(), flush=True)
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from medicen_desktop.gui import steps
steps.preload()
import medicen_desktop.gui.session, medicen_desktop.gui.workspace, medicen_desktop.rules.findings
print("AT other-imports", peak(), flush=True)
db = Database.open(sys.argv[1])
if not proposals.list_proposals(db):
    from tests.large_proposal import make_large
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


MARKERS = {
    "usable": "window usable",
    "set_up": "set-up after the first frame done",
    "editable": "KEY accepted",
    "database": "database open",
}
"""The lines each Medicen start is timed to (``editable``: printed by ``PROBE``; the others logged by the app)."""


def timed(code: str | None, *args: str, home: str = "") -> dict[str, float]:
    """Seconds from launch to each marker line: ``MARKERS`` for Medicen (``code`` None), READY for the bare window."""
    env = _environment()
    if code is None:
        command = [sys.executable, "-c", PROBE, *args]
        env.update(XDG_CONFIG_HOME=str(Path(home) / "config"), XDG_DATA_HOME=str(Path(home) / "data"))
        markers = MARKERS
    else:
        command = [sys.executable, "-c", code, *args]
        markers = {"ready": "READY"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    times: dict[str, float] = {}
    for line in proc.stdout:
        if line.startswith("KEY REFUSED"):
            proc.terminate()
            raise RuntimeError(f"the reopened proposal's field did not take the key: {line.strip()}")
        for name, marker in markers.items():
            if marker in line and name not in times:
                times[name] = time.perf_counter() - start
        if len(times) == len(markers):
            break
    proc.terminate()
    proc.wait()
    missing = [marker for name, marker in markers.items() if name not in times]
    if missing:
        raise RuntimeError(f"{command[:2]}: the process stopped before logging {missing[0]!r}")
    return times


def _home(folder: Path, step: str) -> str:
    """A user's folders (data, settings) with the sample proposal stored and last opened on ``step``."""
    db = folder / "data" / "medicen-desktop" / "medicen.db"  # platformdirs' user_data_dir
    ini = folder / "config" / "Medicen" / "Medicen Desktop.conf"  # QSettings' file
    subprocess.run([sys.executable, "-c", "import sys\nfrom medicen_desktop.store.database import Database\n"
                    "from medicen_desktop.services import proposals\n"
                    "from PySide6.QtCore import QSettings\nfrom medicen_desktop.gui import settings as keys\n"
                    "uuid = proposals.create_demo(Database.open(sys.argv[1]))\n"
                    "s = keys.Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
                    "s.set(keys.LAST_PROPOSAL, uuid); s.set(keys.LAST_STEP, sys.argv[3])",
                    str(db), str(ini), step], check=True, env=_environment())
    return str(folder)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--steps", default="project,sections",
                        help="the steps the last proposal was left on, one start each per round (comma-separated)")
    parser.add_argument("--no-memory", action="store_true", help="skip the large-proposal memory measurement")
    parser.add_argument("--memory-only", action="store_true", help="only the large-proposal memory measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        steps = [step for step in args.steps.split(",") if step]
        homes = {step: _home(Path(folder) / step, step) for step in steps}
        db = str(Path(homes[steps[0]]) / "data" / "medicen-desktop" / "medicen.db")
        ini = str(Path(homes[steps[0]]) / "config" / "Medicen" / "Medicen Desktop.conf")
        env = _environment()
        if not args.memory_only:
            print(f"{load_average()} at the start")
            timed(BARE), [timed(None, home=home) for home in homes.values()]  # warm the OS file cache
            bare: list[float] = []
            starts: dict[str, list[dict[str, float]]] = {step: [] for step in steps}
            for _ in range(args.runs):  # interleaved, so that the machine's load hits every kind alike
                bare.append(timed(BARE)["ready"])
                for step, home in homes.items():
                    starts[step].append(timed(None, home=home))
            b = statistics.median(bare)
            print(f"bare QMainWindow start: median {b * 1000:.0f} ms over {args.runs} runs ({load_average()} at the end)")
            print("Medicen starts (python -m medicen_desktop, with a logging handler that types the key below), "
                  "process to process, medians; ratio = median / bare median, paired = median of each start over "
                  "the bare start just before it:")
            print("  usable window = the library painted with the proposals listed, the event loop turning (target "
                  "<= 1.5x bare)")
            print("  editable = the last proposal's step shown and one key typed into its focused text field (else "
                  "its first editable one) changed that field's text (target <= 500 ms)")
            print("  database open = SQLAlchemy imported, the database opened and given to the window")
            for step in steps:
                runs = starts[step]
                for name in ("usable", "set_up", "editable", "database"):
                    values = [run[name] for run in runs]
                    paired = statistics.median(v / base for v, base in zip(values, bare, strict=True))
                    print(f"  last step {step:9} {name:9}: median {statistics.median(values) * 1000:5.0f} ms, "
                          f"ratio {statistics.median(values) / b:.2f}, paired {paired:.2f}")
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
        # A cache of derived data (validated templates, region indexes, Horizon Europe's countries) of its own,
        # filled as a user's is after the first start: the per-user one is shared with every other checkout, whose
        # files' other dates make each run rebuild it.
        env = {**env, "MEDICEN_CACHE_DIR": str(Path(folder) / "cache")}
        subprocess.run([sys.executable, "-c", "import sys\nfrom medicen_desktop.store.database import Database\n"
                        "from medicen_desktop.services import proposals\n"
                        "from medicen_desktop.rules.templates import all_templates\n"
                        "from medicen_desktop.document.geography import eu_countries_checked, region_code\n"
                        "from tests.large_proposal import make_large\n"
                        "all_templates(), region_code('Paris'), eu_countries_checked()\n"
                        "proposals.import_document(Database.open(sys.argv[1]), make_large())", large_db],
                       check=True, env=env)
        # The first start with this proposal fills the rest of the cache (the names of its partners' countries and
        # regions, the country codes the identity checks ask for): what every later start reads. Both are printed;
        # the target is the later starts'.
        first, out = (subprocess.run([sys.executable, "-c", LARGE, large_db, ini], capture_output=True, text=True,
                                     env=env, check=True).stdout for _ in range(2))
        peak = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PEAK_MB")))
        first_peak = float(next(line.split()[1] for line in first.splitlines() if line.startswith("PEAK_MB")))
        marks = [line.split()[1:] for line in out.splitlines() if line.startswith("AT ")]
        bare_peak = run_once([sys.executable, "-c", BARE], _environment())[1]
        print(f"peak RSS with the large proposal open (a fresh process, every step visited): {peak:.0f} MB "
              f"(target <= 150); the first start, filling the per-user cache: {first_peak:.0f} MB; "
              f"a bare QMainWindow's: {bare_peak:.0f} MB; {load_average()}")
        previous = 0.0
        steps = []
        for name, value in marks:
            steps.append(f"{name} +{float(value) - previous:.0f}")
            previous = float(value)
        print("  what it is made of (peak RSS growth, MB): " + ", ".join(steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
