"""Screenshots of the library, every step with the sample proposal, the new-proposal wizard, the add-partner
dialog, a change of call and a partner's copy opened from a package, at 1366×768, in French and English.

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
from medicen_desktop.gui import dialogs  # noqa: E402
from medicen_desktop.gui.retarget_view import RetargetPreviewDialog  # noqa: E402
from medicen_desktop.gui.rules_bridge import STEPS  # noqa: E402
from medicen_desktop.gui.settings import Settings  # noqa: E402
from medicen_desktop.gui.new_proposal_wizard import NewProposalWizard  # noqa: E402
from medicen_desktop.gui.partner_dialog import AddPartnerDialog  # noqa: E402
from medicen_desktop.services import attachments, organisations, packages, proposals  # noqa: E402
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


def shoot_call_switch(app: QApplication, window: MainWindow, path: Path) -> None:
    """The Call step right after switching to another call (its report shown), then undone."""
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to("call")
    page = workspace.page("call")
    settle(app, lambda: page.template.count() > 1)
    current = page.template.currentData()
    other = next(page.template.itemData(i) for i in range(page.template.count()) if page.template.itemData(i) != current)
    shown: list[bool] = []

    def ask(cls, parent, preview, language):  # type: ignore[no-untyped-def]
        """The real preview dialog, shot, then confirmed (its modal loop would block the script)."""
        dialog = RetargetPreviewDialog(preview, language, parent)
        dialog.show()
        settle(app)
        dialog.grab().save(str(path.with_name(path.name.replace("switched", "preview"))))
        dialog.close()
        dialog.deleteLater()
        shown.append(True)
        return True

    saved = dialogs.ConfirmRetarget.__dict__["ask"]
    dialogs.ConfirmRetarget.ask = classmethod(ask)  # type: ignore[method-assign,assignment]
    try:
        page.template.setCurrentIndex(page.template.findData(other))
        page.template.activated.emit(page.template.currentIndex())
        settle(app, lambda: bool(shown))  # the preview is computed on the worker
        settle(app)
    finally:
        dialogs.ConfirmRetarget.ask = saved  # type: ignore[method-assign]
    window.grab().save(str(path))
    print(path)
    window.undo()
    settle(app)


def shoot_dialogs(app: QApplication, window: MainWindow, db: Database, out: Path, language: str) -> None:
    """The new-proposal wizard (call and coordinator pages) and the add-partner dialog, each at its own size."""
    profiles = organisations.list_organisations(db)
    wizard = NewProposalWizard(window.catalogue.all_choices(), profiles, window)
    wizard.show()
    settle(app)
    wizard.grab().save(str(out / f"{language}-20-wizard-call.png"))
    wizard.next()
    wizard.project_page.acronym.setText("NEURO-IMG")
    wizard.project_page.title_edit.setText("Neuro-imaging for early diagnosis")
    wizard.next()
    settle(app)
    wizard.grab().save(str(out / f"{language}-21-wizard-coordinator.png"))
    wizard.reject()
    taken = {p.organisation_uuid for p in window.session.document.participations} if window.session else set()
    dialog = AddPartnerDialog(profiles, taken, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / f"{language}-22-add-partner.png"))
    dialog.reject()
    for name in ("20-wizard-call", "21-wizard-coordinator", "22-add-partner"):
        print(out / f"{language}-{name}.png")


def shoot_partner_copy(app: QApplication, db: Database, settings: Settings, uuid: str, out: Path,
                       language: str) -> None:
    """LIB's copy (a second database holding the opened package): each step with a partner note, read-only outside."""
    window = MainWindow(db, settings, language)
    window.resize(1366, 768)
    window.show()
    window.open_proposal(uuid)
    workspace = window.workspace
    assert workspace is not None and window.session is not None and window.session.scope is not None
    settle(app, lambda: bool(workspace.findings.items))
    sections = workspace.page("sections")
    workspace.go_to("sections")
    other = next(s for s in window.session.document.sections if s.uuid not in window.session.scope.section_uuids)
    sections.select(other.uuid)  # type: ignore[attr-defined]
    for name, step in (("30-partner-sections", "sections"), ("31-partner-workplan", "workplan"),
                       ("32-partner-budget", "budget"), ("33-partner-consortium", "consortium"),
                       ("34-partner-project", "project"), ("35-partner-risks", "risks"),
                       ("36-partner-annexes", "annexes")):
        if step != "sections":
            workspace.go_to(step)
        settle(app)
        window.grab().save(str(out / f"{language}-{name}.png"))
        print(out / f"{language}-{name}.png")
    window.close()
    window.deleteLater()
    settle(app)


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    out = Path(argv[1] if len(argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["screenshots"])
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "shots.db")
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        uuid = proposals.create_demo(db)
        partners = proposals.get_document(db, uuid).participations
        attachments.add_attachment(db, uuid, b"%PDF-1.7 " + bytes(180_000), "Lettre d'engagement APHP.pdf", "letter",
                                   partners[2].uuid)
        attachments.add_attachment(db, uuid, b"%PDF-1.7 " + bytes(64_000), "CV Claire Dubois.pdf", "cv",
                                   partners[0].uuid)
        partner_db = Database.open(Path(folder) / "partner.db")
        partner_settings = Settings(QSettings(str(Path(folder) / "p.ini"), QSettings.Format.IniFormat))
        packages.open_package(partner_db, packages.create_package(db, uuid, "LIB").data, "LIB.medicen-package")
        for language in ("fr", "en"):
            i18n.install(language)
            window = MainWindow(db, settings, language)
            window.resize(1366, 768)
            window.show()
            settle(app, lambda: window.catalogue.choices is not None)  # call names arrive from the worker
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
            shoot_call_switch(app, window, out / f"{language}-11-call-switched.png")
            shoot_dialogs(app, window, db, out, language)
            window.close()
            window.deleteLater()
            settle(app)
            shoot_partner_copy(app, partner_db, partner_settings, uuid, out, language)
        partner_db.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
