"""Screenshots of the merge window on a real conflict, at 1366×768, in French and English.

Usage: .venv/bin/python scripts/screenshot_merge.py [OUTPUT_FOLDER]   (default: build/screenshots)
Headless, on throw-away databases: the coordinator makes the sample proposal
and packages it for LIB; LIB (its own database) edits the first paragraph of
its section, one of its budget lines and a deliverable, and changes APHP's
budget behind the app's back (refused); the coordinator edits the same
paragraph. Saves the conflicts, changes and refused tabs, the assignment dialog, and
LIB's window on its partner copy (a section outside its assignment, read-only).
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.gui import i18n
from medicen_desktop.gui.app import create_application
from medicen_desktop.gui.exchange_assign import AssignmentDialog
from medicen_desktop.gui.exchange_merge import MergeWindow
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import assignment, edit, packages, proposals
from medicen_desktop.store.database import Database

from screenshots import settle  # noqa: E402  scripts/screenshots.py, beside this script

SECTION = "methodology"


def append(db: Database, uuid: str, index: int, suffix: str) -> None:
    target = next(s for s in proposals.get_document(db, uuid).sections if s.key == SECTION)
    paras = paragraphs(target.body)
    paras[index] += suffix
    edit.update_fields(db, "sections", target.uuid, {"body": "\n\n".join(paras)})


def conflict(db: Database, uuid: str, folder: Path) -> bytes:
    """LIB's contribution, with one conflict and one refused change."""
    assignment.set_assignment(db, uuid, "LIB", [SECTION], [2])
    partner = Database.open(folder / "lib.db")
    packages.open_package(partner, packages.create_package(db, uuid, "LIB").data, "LIB.medicen-package")
    append(partner, uuid, 0, " Les images restent hébergées en France, chez un hébergeur certifié HDS.")
    doc = proposals.get_document(partner, uuid)
    owners = {o.uuid: o.short_name for o in doc.organisations}
    short = {p.uuid: owners[p.organisation_uuid] for p in doc.participations}
    line = next(b for b in doc.budget_lines if short[b.participation_uuid] == "LIB")
    edit.update_fields(partner, "budget_lines", line.uuid, {"amount": line.amount + Decimal(2500)})
    wp = next(w for w in doc.work_packages if w.number == 2)
    deliverable = next(d for d in doc.deliverables if d.work_package_uuid == wp.uuid)
    edit.update_fields(partner, "deliverables", deliverable.uuid, {"title": f"{deliverable.title} (version 2)"})
    aphp_line = next(b for b in doc.budget_lines if short[b.participation_uuid] == "APHP")
    with partner.transaction() as session:  # behind the app's back: refused by the merge
        session.execute(text("UPDATE budget_lines SET amount = '1.00' WHERE uuid = :u"), {"u": aphp_line.uuid})
    raw = packages.create_contribution(partner, uuid).data
    partner.close()
    append(db, uuid, 0, " Le coordinateur précise le calendrier des inclusions.")
    return raw


def partner_copy(app: QApplication, folder: Path, uuid: str, language: str, out: Path) -> None:
    """LIB's own window on its partner copy: a section not assigned to LIB is read-only."""
    db = Database.open(folder / "lib.db")
    settings = Settings(QSettings(str(folder / "lib.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings, language)
    window.resize(1366, 768)
    window.show()
    window.open_proposal(uuid)
    assert window.workspace is not None
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    page.select(next(s.uuid for s in window.workspace.session.document.sections if s.key == "clinical_need"))
    settle(app)
    window.grab().save(str(out / f"{language}-partner-copy.png"))
    window.close()
    window.deleteLater()
    settle(app)
    db.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["screenshot-merge"])
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "coordinator.db")
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        uuid = proposals.create_demo(db)
        raw = conflict(db, uuid, Path(folder))
        for language in ("fr", "en"):
            i18n.install(language)
            window = MainWindow(db, settings, language)
            window.resize(1366, 768)
            window.show()
            window.open_proposal(uuid)
            settle(app)
            names = Names(window.session.document, language)  # type: ignore[union-attr]
            merge = MergeWindow(db, uuid, raw, "EPI-DIAG-LIB.medicen-contribution", window.worker, window, names)
            merge.resize(1366, 768)
            merge.show()
            merge.start()
            settle(app, lambda m=merge: m.report is not None)
            for index, name in enumerate(("conflicts", "changes", "refused")):
                merge.tabs.setCurrentIndex(index)
                settle(app)
                path = out / f"{language}-merge-{name}.png"
                merge.grab().save(str(path))
                print(path)
            merge.tabs.setCurrentIndex(0)
            merge.views[0].choose("theirs")
            settle(app)
            merge.grab().save(str(out / f"{language}-merge-resolved.png"))
            merge.close()
            dialog = AssignmentDialog(proposals.get_document(db, uuid), assignment.list_assignments(db, uuid), window,
                                      language)
            dialog.show()
            dialog.partners.setCurrentRow(3)
            settle(app)
            dialog.grab().save(str(out / f"{language}-assign.png"))
            dialog.close()
            partner_copy(app, Path(folder), uuid, language, out)
            window.close()
            window.deleteLater()
            settle(app)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
