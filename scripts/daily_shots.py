"""Screenshots of issue #18's items 6 to 10 (states, not keystrokes: the key handling is in daily_journey.py).

Builds the window on a throw-away database with the sample proposal (offscreen), brings each item's
situation about through the widgets' models and buttons, and saves what the window shows. Run it on this
tree and on an older one (``--code``) to compare before and after; a step the older code cannot do is
reported and skipped.

Usage: .venv/bin/python scripts/daily_shots.py [--out DIR] [--prefix NAME] [--code SOURCE_TREE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/work/helpers/shots/daily"))
    parser.add_argument("--prefix", default="after")
    parser.add_argument("--code", type=Path)
    args = parser.parse_args()
    if args.code is not None:
        sys.path.insert(0, str(args.code.resolve()))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QElapsedTimer, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from medicen_desktop.gui import i18n
    from medicen_desktop.gui.app import create_application
    from medicen_desktop.gui.mainwindow import MainWindow
    from medicen_desktop.gui.settings import Settings
    from medicen_desktop.services import proposals
    from medicen_desktop.store.database import Database

    app = create_application([])
    i18n.install("en")
    home = Path(tempfile.mkdtemp(prefix="medicen-shots-"))
    db = Database.open(home / "m.db")
    uuid = proposals.create_demo(db)
    settings = Settings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings, "en")
    window.resize(1366, 768)
    window.show()

    def settle(condition: Callable[[], bool] = lambda: True, ms: int = 8000) -> None:
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < ms:
            app.processEvents()
            if condition():
                break
        for _ in range(20):
            app.processEvents()

    def shot(name: str, widget: object = None) -> None:
        settle()
        path = args.out / f"{args.prefix}-{name}.png"
        (widget or window).grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    def step(name: str, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception:  # the older code may lack what a step uses: say so, go on
            print(f"{name}: could not be shown with this code", file=sys.stderr)
            traceback.print_exc()

    def open_sample() -> None:
        window.open_proposal(uuid)
        assert window.workspace is not None
        settle(lambda: bool(window.workspace.findings.items))

    def item10_menus() -> None:
        window.show_library()
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Proposal")
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        shot("10-proposal-menu-no-proposal", menu)
        menu.hide()
        help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
        help_menu.popup(window.mapToGlobal(window.rect().topLeft()))
        shot("10-help-menu", help_menu)
        help_menu.hide()

    def item10_wizard() -> None:
        from medicen_desktop.gui.new_proposal_wizard import NewProposal, NewProposalWizard
        from medicen_desktop.gui.partner_dialog import NewPartner

        from medicen_desktop.gui import settings as keys

        last = keys.LAST_STEP
        settings.set(last, "export" if last.type is str else 9)  # type: ignore[arg-type]  # older code: an index
        NewProposalWizard.ask = classmethod(lambda cls, calls, profiles, parent=None: NewProposal(  # type: ignore[method-assign]
            "fui-collaborative", "NOUVEAU", "A new proposal", NewPartner("Neuro SAS", "NSAS", "sme"), "en"))
        window.library.new_proposal()
        shot("10-after-wizard")

    def item6() -> None:
        open_sample()
        workspace = window.workspace
        workspace.go_to("workplan")
        page = workspace.page("workplan")
        page.tabs.setCurrentIndex(1)
        model = page.models["tasks"]
        wps = {w.number: w.uuid for w in window.session.document.work_packages}
        task = next(t for t in window.session.document.tasks if t.work_package_uuid == wps[1] and t.number == 1)
        model.setData(model.index(model.row_of(task.uuid), model.column_of("work_package_uuid")), wps[2])
        workspace.check_now()
        settle(ms=3000)
        shot("06-task-moved-to-wp2")

    def item7() -> None:
        workspace = window.workspace
        workspace.go_to("budget")
        page = workspace.page("budget")
        page.years.setCurrentIndex(0)
        index = page.grid.index(0, 2)
        page.view.setCurrentIndex(index)
        page.grid.setData(index, "")
        page.view.setCurrentIndex(index)
        page.bottom.setCurrentWidget(page.lines)
        shot("07-budget-cell-emptied")

    def item8() -> None:
        workspace = window.workspace
        session = window.session
        workspace.go_to("workplan")
        page = workspace.page("workplan")
        page.tabs.setCurrentIndex(0)
        QTest.mouseClick(page.tables["work_packages"].add_button, Qt.MouseButton.LeftButton)
        risk = session.document.risks[0]
        session.update("risks", risk.uuid, {"mitigation": ""}, "shots")
        workspace.go_to("review")
        workspace.check_now()
        settle(ms=3000)
        shot("08-review-findings")
        workspace.go_to("export")
        export = workspace.page("export")
        export.folder.setText(str(home))
        for fmt, box in export.formats.items():
            box.setChecked(fmt == "docx")
        QTest.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
        settle(lambda: bool(getattr(export, "results", None)), 90_000)
        shot("08-export-with-errors")

    def item9() -> None:
        session = window.session
        workspace = window.workspace
        session.undo_stack.clear()
        partner = next(p for p in session.document.participations
                       if any(e.participation_uuid == p.uuid and e.person_months for e in session.document.efforts))
        for line in [b for b in session.document.budget_lines if b.participation_uuid == partner.uuid and b.person_months]:
            session.update("budget_lines", line.uuid, {"person_months": None}, "shots")
        workspace.go_to("review")
        workspace.check_now()
        settle(lambda: any(f.code == "budget.person-months-missing" for f in workspace.findings.items), 5000)
        panel = workspace.panel.findings
        row = next(r for r in range(panel.count()) if getattr(
            panel.item(r).data(Qt.ItemDataRole.UserRole), "code", "") == "budget.person-months-missing")
        panel.scrollToItem(panel.item(row))
        QTest.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(panel.item(row)).center())
        settle(ms=300)
        shot("09-finding-clicked")

    def item10_cv_gantt() -> None:
        workspace = window.workspace
        workspace.go_to("consortium")
        page = workspace.page("consortium")
        table = page.member_table
        table.view.setCurrentIndex(table.model.index(0, 0))
        settle()
        table.model.setData(table.model.index(0, 0), "Dr Ada Lovelace")
        shot("10-cv-heading-after-rename")
        for wp in list(window.session.document.work_packages):
            window.session.delete("work_packages", wp.uuid, "shots")
        workspace.go_to("workplan")
        shot("10-empty-gantt")

    step("10 menus", item10_menus)
    step("6", item6)
    step("7", item7)
    step("8", item8)
    step("9", item9)
    step("10 cv and gantt", item10_cv_gantt)
    step("10 wizard", item10_wizard)
    window.close()
    db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
