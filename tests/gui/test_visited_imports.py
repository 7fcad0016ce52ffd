"""What the window loads with a proposal open and every step visited, before any exchange or export.

Memory (issue 19): each library a step does not use costs the window
megabytes for as long as it runs. The merge machinery (packages,
signatures and their cryptography library) loads when the user merges,
and QtPdf when the first PDF is previewed — not when a proposal opens or
the Export step is shown. Pillow loads when a picture is drawn (the page
meter lays out reportlab without it, ``export/pillow_on_use.py``), and PyYAML
only when the derived-data cache lacks a file's data (here it is filled first,
as after a user's first start). Run in a fresh process: this one has imported
them already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

VISIT = """
import sys, time
from PySide6.QtCore import QSettings
from medicen_desktop.gui.app import create_application
app = create_application(["test"])
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
db = Database.open(sys.argv[1])
uuid = proposals.create_demo(db)
window = MainWindow(None, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "en")
window.show()
window.database_ready(db)
window.open_proposal(uuid)
for step in STEPS:
    window.workspace.go_to(step)
    app.processEvents()
deadline = time.monotonic() + 60
# The checks and the Sections step's page meter (the heaviest jobs of the worker) have run.
while (not window.workspace.findings.items or "medicen_desktop.export.page_meter" not in sys.modules) \
        and time.monotonic() < deadline:
    app.processEvents()
print("STEP", window.workspace.current_step(), "ACTION", window.exchange_actions.actions["undo_merge"].isEnabled())
print("LOADED", ",".join(sorted(name for name in sys.argv[3].split(",") if name in sys.modules)))
window.close()
"""

WARM = """
from medicen_desktop.document import geography
from medicen_desktop.rules.templates import all_templates
all_templates(), geography.region_code("Paris"), geography.eu_countries_checked()
"""

NOT_BEFORE_USE = ("cryptography", "medicen_desktop.services.merging", "medicen_desktop.exchange.signature",
                  "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PIL.Image", "yaml")


@pytest.mark.slow
def test_visiting_every_step_loads_neither_the_merge_nor_the_pdf_viewer(tmp_path: Path) -> None:
    # Its own derived-data cache, filled first as after a user's first start: the per-user one is shared with
    # other checkouts and test workers, whose other file stamps may evict an entry meanwhile.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEDICEN_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", WARM], env=env, check=True, timeout=120)
    watched = [*NOT_BEFORE_USE, "medicen_desktop.export.page_meter"]  # the last one proves the visit happened
    out = subprocess.run([sys.executable, "-c", VISIT, str(tmp_path / "m.db"), str(tmp_path / "s.ini"),
                          ",".join(watched)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["STEP"].startswith("export ACTION False")
    assert lines["LOADED"] == "medicen_desktop.export.page_meter"
