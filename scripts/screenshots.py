"""Screenshots of the library and every step with the sample proposal, at 1366×768, in French and English.

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_FOLDER]   (default: build/screenshots)
Runs headless (offscreen platform) on a throw-away database and settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from medicen_desktop.gui import i18n  # noqa: E402
from medicen_desktop.gui.app import create_application  # noqa: E402
from medicen_desktop.gui.mainwindow import MainWindow  # noqa: E402
from medicen_desktop.gui.rules_bridge import STEPS  # noqa: E402
from medicen_desktop.gui.settings import Settings  # noqa: E402
from medicen_desktop.services import proposals  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402


def settle(app: QApplication, condition=lambda: True, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        app.processEvents()
        if condition():
            break
    for _ in range(5):
        app.processEvents()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["screenshots"])
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "shots.db")
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        uuid = proposals.create_demo(db)
        for language in ("fr", "en"):
            i18n.install(language)
            window = MainWindow(db, settings, language)
            window.resize(1366, 768)
            window.show()
            settle(app)
            window.grab().save(str(out / f"{language}-00-library.png"))
            window.open_proposal(uuid)
            workspace = window.workspace
            settle(app, lambda: bool(workspace.findings.items))
            for number, step in enumerate(STEPS, start=1):
                workspace.go_to(step)
                settle(app)
                path = out / f"{language}-{number:02d}-{step}.png"
                window.grab().save(str(path))
                print(path)
            window.close()
            window.deleteLater()
            settle(app)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
