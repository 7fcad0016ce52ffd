"""At start-up the last proposal is shown and editable from the quick snapshot before the database is open:
what is typed then is kept and written once it is, merged with what another writer committed meanwhile, and
nothing that needs the database runs before it is open."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import assignment, edit, packages, parts, proposals
from medicen_desktop.store import database as database_module
from medicen_desktop.store import presence
from medicen_desktop.store import quick_snapshot
from medicen_desktop.store.database import Database
from medicen_desktop.store.listing import quick_summaries


class Gate:
    """Holds ``Database.open`` on the worker until ``release``: the database is still opening meanwhile."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered, self._open = threading.Event(), threading.Event()
        real = Database.open.__func__  # type: ignore[attr-defined]

        def gated(cls, *args, **kwargs):  # type: ignore[no-untyped-def]
            if threading.current_thread() is not threading.main_thread():  # the window's opening, not the test's
                self.entered.set()
                assert self._open.wait(20), "the test never released the database"
            return real(cls, *args, **kwargs)

        monkeypatch.setattr(database_module.Database, "open", classmethod(gated))

    def release(self) -> None:
        self._open.set()


@pytest.fixture
def stored(db: Database) -> str:
    uuid = proposals.create_demo(db)
    db.close()  # the window reads the file on its own
    return uuid


def _start(qtbot, db_path: Path, settings: Settings, uuid: str, step: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as ``run_gui`` starts it: the library first, then the last proposal, the database opening."""
    i18n.install("en")
    settings.set(keys.LAST_PROPOSAL, uuid)
    settings.set(keys.LAST_STEP, step)
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    window.open_database_after_first_paint(str(db_path))
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    return window


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate(monkeypatch)
    yield gate
    gate.release()  # never leave the worker waiting


def _close(window: MainWindow) -> None:
    window.close()
    if window.db is not None:
        window.db.close()


def _stored_document(db_path: Path, uuid: str):  # type: ignore[no-untyped-def]
    reader = Database.open(db_path)
    try:
        return proposals.get_document(reader, uuid)
    finally:
        reader.close()


def test_the_proposal_is_editable_before_the_database_is_open_and_the_typed_text_lands_in_it(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, stored: str, gate: Gate) -> None:
    window = _start(qtbot, db_path, settings, stored, "project")
    assert gate.entered.wait(10)  # the worker is opening the database, held there
    session = window.session
    assert session is not None and not session.attached and window.db is None
    assert window.workspace_shown() and window.workspace is not None
    assert window.workspace.current_step() == "project"  # the step left last, not the navigator's first
    page = window.workspace.page("project")
    assert window.focusWidget() is page.full_title  # the page's first field has the keyboard: type at once
    QTest.keyClick(page.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(page.summary, " tape avant la base")
    assert page.summary.toPlainText().endswith(" tape avant la base") and session.saving
    session.autosave._idle.timeout.emit()  # the pause's write: nothing to write to yet, the text is kept
    assert session.autosave.in_flight is None and session.is_pending("proposal", stored, "summary")
    gate.release()
    qtbot.waitUntil(lambda: window.db is not None and session.attached and not session.saving, timeout=20_000)
    assert _stored_document(db_path, stored).proposal.summary.endswith(" tape avant la base")
    assert "saved ✓" in window.windowTitle()
    _close(window)


def test_text_typed_before_the_database_merges_with_another_writer_s_commit_meanwhile(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, stored: str, gate: Gate) -> None:
    """The typed text is based on the quick snapshot's value: a paragraph another writer changed after that
    snapshot was read is kept, not reverted by the write."""
    writer = Database.open(db_path)
    edit.update_fields(writer, "proposal", stored, {"summary": "Premier paragraphe.\n\nSecond paragraphe."})
    window = _start(qtbot, db_path, settings, stored, "project")
    assert gate.entered.wait(10)
    session = window.session
    assert session is not None and not session.attached
    page = window.workspace.page("project")  # type: ignore[union-attr]
    page.summary.setFocus()
    page.summary.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.summary, " Ajout.")
    edit.update_fields(writer, "proposal", stored, {"summary": "Premier paragraphe, revu.\n\nSecond paragraphe.",
                                                    "acronym": "AUTRE"})  # another writer, before the open
    writer.close()
    gate.release()
    qtbot.waitUntil(lambda: session.attached and not session.saving, timeout=20_000)
    summary = _stored_document(db_path, stored).proposal.summary
    assert summary == "Premier paragraphe, revu.\n\nSecond paragraphe. Ajout."
    assert session.document.proposal.acronym == "AUTRE"  # what was committed meanwhile is shown once open
    _close(window)


def test_a_discrete_edit_before_the_database_is_open_waits_for_it_and_is_written(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, stored: str, gate: Gate) -> None:
    window = _start(qtbot, db_path, settings, stored, "project")
    assert gate.entered.wait(10)
    page = window.workspace.page("project")  # type: ignore[union-attr]
    page.full_title.selectAll()
    QTest.keyClicks(page.full_title, "Titre change avant la base")
    releaser = threading.Timer(0.2, gate.release)  # the database opens while the edit waits for it
    releaser.start()
    QTest.keyClick(page.full_title, Qt.Key.Key_Return)  # editingFinished: a discrete edit, written at once
    releaser.join()
    assert window.session is not None and window.session.attached
    assert _stored_document(db_path, stored).proposal.title == "Titre change avant la base"
    assert window.session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
    _close(window)


def test_the_sections_step_reopens_before_the_database_and_its_comments_follow_it(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, stored: str, gate: Gate) -> None:
    window = _start(qtbot, db_path, settings, stored, "sections")
    assert gate.entered.wait(10)
    page = window.workspace.page("sections")  # type: ignore[union-attr]
    assert page.comment_panel.db is None and not page.comment_panel.add_button.isEnabled()
    assert window.focusWidget() is page.editor
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, " Ecrit tout de suite.")
    section = page.current
    gate.release()
    qtbot.waitUntil(lambda: window.session is not None and window.session.attached
                    and not window.session.saving, timeout=20_000)
    assert page.comment_panel.db is window.db
    assert page.editor.toPlainText().endswith(" Ecrit tout de suite.")
    body = next(s.body for s in _stored_document(db_path, stored).sections if s.uuid == section)
    assert body.endswith(" Ecrit tout de suite.")
    # the section shown before the database was open is claimed once it is: others see who edits it
    key = next(s.key for s in window.session.document.sections if s.uuid == section)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: [p.part for p in presence.live(window.db, stored)] == [f"section:{key}"],
                    timeout=10_000)
    # and this window sees who else comes to it
    marc = presence.PresenceHolder(window.db, stored, "Marc")
    try:
        marc.claim(f"section:{key}")
        qtbot.waitUntil(lambda: page.presence.isVisible() and "Marc" in page.presence.text.text(), timeout=10_000)
    finally:
        marc.close()
    _close(window)


def test_a_partner_copy_waits_for_the_database(qtbot, db: Database, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               settings: Settings, gate: Gate) -> None:
    """Its editable scope is read by the full open only: no quick reopen (nothing editable out of scope)."""
    uuid = proposals.create_demo(db)
    assignment.set_assignment(db, uuid, "LIB", ["methodology"], [2])
    package = packages.create_package(db, uuid, "LIB").data
    partner_path = tmp_path / "partner.db"
    partner_db = Database.open(partner_path)
    packages.open_package(partner_db, package, "LIB.medicen-package")
    partner_db.close()
    assert quick_snapshot.read_editable(partner_path, uuid) is None
    assert quick_snapshot.read_editable(db_path, uuid) is not None  # the coordinator's own
    settings.set(keys.LAST_PROPOSAL, uuid)
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(partner_path)))
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    window.open_database_after_first_paint(str(partner_path))
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)  # the quick reopen was tried before the opening started
    assert window.session is None and not window.workspace_shown()
    gate.release()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert window.session is not None and window.session.scope is not None
    _close(window)


def test_the_quick_read_gives_the_frozen_parts(db: Database, db_path: Path) -> None:
    uuid = proposals.create_demo(db)
    parts.set_part(db, uuid, "section:methodology", status="frozen")
    with db.read() as session:
        frozen = parts.frozen_parts(session, uuid)
    quick = quick_snapshot.read_editable(db_path, uuid)
    assert quick is not None and frozen and quick.frozen == frozen
    assert quick.document == proposals.get_document(db, uuid)


def test_the_quick_reopen_imports_neither_sqlalchemy_nor_yaml() -> None:
    """What shows the proposal before the database is open stays light: the ORM loads on the worker."""
    code = (
        "import sys\n"
        "import medicen_desktop.store.quick_snapshot, medicen_desktop.gui.session, medicen_desktop.gui.workspace\n"
        "from medicen_desktop.gui import steps\n"
        "for step in ('call', 'project', 'sections', 'workplan', 'budget', 'risks', 'annexes', 'review', 'export'):\n"
        "    steps.page_class(step)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'yaml'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"


def test_reopened_at_1024_pixels_the_window_stays_on_the_screen(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, stored: str) -> None:
    """The side panel folds below 1180 px; shown before the first resize, it made the window's minimum
    wider than a 1024-pixel screen (1081 px) and the section page's comments fell off its right edge."""
    i18n.install("en")
    settings.set(keys.LAST_PROPOSAL, stored)
    settings.set(keys.LAST_STEP, "sections")
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.reopen_last()
    window.show()
    window.open_database_after_first_paint(str(db_path))
    qtbot.waitUntil(lambda: window.session is not None and window.session.attached, timeout=20_000)
    workspace = window.workspace
    assert workspace is not None
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024
    assert not workspace.panel.isVisible() and not window.panel_action.isChecked()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: workspace.panel.isVisible() and window.panel_action.isChecked())
    _close(window)
