"""A coordinator's daily journey on a real window, driven by real keystrokes (issue #18).

Launches ``python -m medicen_desktop`` on a throw-away database (the sample proposal) and settings,
on an X display that must already run (``Xvfb :18 -screen 0 1366x768x24 &``), then with ``xdotool``:
types, undoes (Ctrl+Z) and redoes (Ctrl+Shift+Z) in the section editor, tabs through the Project
form, types a start date, inserts a table in a section and tabs through its cells, and resizes the
window to 1024×700. After each step it saves a screenshot of the screen (ImageMagick ``import``).

Usage: .venv/bin/python scripts/daily_journey.py [--display :18] [--out DIR] [--lang en|fr] [--prefix NAME]
Look at the PNGs: this script checks nothing by itself.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
STEPS = ("call", "project", "consortium", "sections", "workplan", "budget", "risks", "annexes", "review", "export")


class Journey:
    def __init__(self, display: str, out: Path, prefix: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.out, self.prefix = out, prefix
        self.window = ""
        self.count = 0

    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def keys(self, *names: str, pause: float = 0.15) -> None:
        for name in names:
            self.xdo("key", "--clearmodifiers", name)
            time.sleep(pause)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "60", text)
        time.sleep(0.3)

    def click(self, x: int, y: int) -> None:
        """Click at window coordinates."""
        self.xdo("mousemove", "--window", self.window, str(x), str(y), "click", "1")
        time.sleep(0.3)

    def shot(self, name: str, settle: float = 0.8) -> Path:
        time.sleep(settle)
        self.count += 1
        path = self.out / f"{self.prefix}-{self.count:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True)
        print(path)
        return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=os.environ.get("DISPLAY", ":18"))
    parser.add_argument("--out", type=Path, default=Path("/work/helpers/shots/daily"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--prefix", default="journey")
    parser.add_argument("--code", type=Path, help="run the application from this source tree (e.g. an older commit's)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="medicen-journey-"))
    db = home / "medicen.db"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "LANG": "fr_FR.UTF-8" if args.lang == "fr" else "en_GB.UTF-8"}
    if args.code is not None:
        env["PYTHONPATH"] = str(args.code.resolve())
    uuid = subprocess.run([PYTHON, "-m", "medicen_desktop", "--db", str(db), "demo"], env=env, check=True,
                          capture_output=True, text=True).stdout.strip()
    conf = home / "config" / "Medicen" / "Medicen Desktop.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[ui]\nlanguage={args.lang}\n[library]\nlast_proposal={uuid}\n"
                    f"[window]\nlast_step={STEPS.index('sections')}\n[meta]\nversion=1\n")
    app = subprocess.Popen([PYTHON, "-m", "medicen_desktop", "--db", str(db)], env={**env, "DISPLAY": args.display},
                           cwd=HERE)
    j = Journey(args.display, args.out, args.prefix)
    try:
        j.window = j.xdo("search", "--sync", "--name", "ÉPI-DIAG").split()[0]
        j.xdo("windowmove", j.window, "0", "0")
        j.xdo("windowsize", j.window, "1366", "768")
        j.shot("sections-opened", settle=3)
        # 1. type, undo, redo in the section editor
        j.click(760, 400)
        j.keys("ctrl+End", "Return")
        j.type("Premier essai de frappe")
        time.sleep(1.0)  # a pause
        j.type(" puis une suite")
        j.shot("sections-typed")
        j.keys("ctrl+z")
        j.shot("sections-ctrl-z-once")
        j.keys("ctrl+z")
        j.shot("sections-ctrl-z-twice")
        j.keys("ctrl+shift+z")
        j.shot("sections-ctrl-shift-z")
        # 5. a table in the section: Tab moves by cell (the table button asks the size: Return accepts 3×3)
        j.keys("ctrl+End", "Return")
        j.click(TABLE_BUTTON[0], TABLE_BUTTON[1])
        j.shot("sections-table-asked")
        j.keys("Return")
        j.type("A1")
        j.keys("Tab")
        j.type("B1")
        j.keys("Tab")
        j.type("C1")
        j.keys("Tab")
        j.type("A2")
        j.shot("sections-table-tabbed")
        # 2. an edit on Budget, then Ctrl+Z on Risks: the undo shows Budget
        j.click(760, 650)  # Xvfb has no window manager: after a dialog, a click gives the window back its shortcuts
        j.keys("ctrl+6")
        j.click(*BUDGET_CELL)
        j.type("1234")
        j.keys("Return")
        j.shot("budget-amount-typed")
        j.keys("ctrl+7")
        j.shot("risks-before-undo")
        j.keys("ctrl+z")
        j.shot("risks-ctrl-z-shows-budget")
        # 3. and 5. the Project form: tab through it, clear and type the start date, open its calendar
        j.keys("ctrl+2")
        j.keys("alt+a")
        j.shot("project-acronym-focused")
        j.keys("Tab", "Tab")
        j.shot("project-tab-twice")
        j.keys("alt+s", "ctrl+a", "BackSpace", "Tab")
        j.shot("project-date-cleared")
        j.keys("alt+s")
        j.keys("alt+Down")
        j.shot("project-calendar-opened")
        j.keys("Escape")
        j.keys("alt+s", "ctrl+a")
        j.type("01/09/2027")
        j.keys("Tab")
        j.shot("project-date-typed")
        j.keys("alt+m")
        j.type("Resume")
        j.keys("Tab")
        j.type("x")
        j.shot("project-summary-tab")
        # 4. 1024×700
        j.xdo("windowsize", j.window, "1024", "700")
        j.shot("project-1024x700")
        for index, step in ((3, "consortium"), (4, "sections"), (6, "budget"), (5, "workplan")):
            j.keys(f"ctrl+{index}")
            j.shot(f"{step}-1024x700")
        # 10. Help: the guide, read offline
        j.keys("F1")
        j.shot("help-guide", settle=1.5)
    finally:
        app.terminate()
        app.wait(10)
    return 0


TABLE_BUTTON = (612, 104)
"""The section editor's "Insert a table" button, in window coordinates at 1366×768."""
BUDGET_CELL = (660, 158)
"""A cell of the budget grid (first partner, equipment), in window coordinates at 1366×768."""

if __name__ == "__main__":
    sys.exit(main())
