"""Presence and soft locks between two windows on one database (SQLite, and PostgreSQL when the test server runs):
opening a section in one window shows who edits it in the other within a second; closing the window or killing
the process releases it; presence writes neither bump the revision, nor fill the undo stack, nor follow keystrokes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.steps.sections import SectionsPage
from medicen_desktop.services import revisions
from medicen_desktop.store import presence
from medicen_desktop.store.database import Database
from tests.gui.presence_windows import shared, two  # noqa: F401 - fixtures: two windows, SQLite and PostgreSQL
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

ROOT = Path(__file__).parents[2]


def _sections(window: MainWindow, uuid: str | None = None) -> SectionsPage:
    assert window.workspace is not None
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    assert isinstance(page, SectionsPage)
    if uuid is not None:
        page.select(uuid)
    return page


def _methodology(window: MainWindow) -> str:
    assert window.session is not None
    return next(s.uuid for s in window.session.document.sections if s.key == "methodology")


def _row_text(page: SectionsPage, uuid: str) -> str:
    return next(page.list.item(r).text() for r in range(page.list.count())
                if page.list.item(r).data(Qt.ItemDataRole.UserRole) == uuid)


def test_opening_a_section_shows_the_banner_and_the_mark_in_the_other_window(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    section = _methodology(marc)
    mine = _sections(marc)  # Marc shows another section
    assert mine.current != section
    _sections(claire, section)
    started = time.monotonic()
    qtbot.waitUntil(lambda: "✎ Claire" in _row_text(mine, section), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert mine.presence.isHidden()  # nobody edits the section Marc shows
    mine.select(section)  # Marc opens it too: Claire was first, so his editor waits and he chooses
    assert mine.presence.isVisible() and mine.presence.held
    assert "Claire is editing “" in mine.presence.text.text() and "since" in mine.presence.text.text()
    assert mine.editor.isReadOnly() and mine.presence.edit_anyway_button.isVisible()
    qtbot.mouseClick(mine.presence.edit_anyway_button, Qt.MouseButton.LeftButton)
    assert not mine.editor.isReadOnly() and not mine.presence.held
    assert "You are editing it too" in mine.presence.text.text()
    hers = _sections(claire)
    qtbot.waitUntil(lambda: hers.presence.isVisible() and "Marc is editing" in hers.presence.text.text(), timeout=1000)
    assert not hers.editor.isReadOnly()  # she was first: she goes on, told that Marc edits it too


def test_closing_the_window_or_leaving_the_section_releases_it(qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    section = _methodology(marc)
    hers = _sections(claire, section)
    mine = _sections(marc, section)
    qtbot.waitUntil(lambda: "✎ Claire" in _row_text(mine, section), timeout=1000)
    assert claire.workspace is not None
    claire.workspace.go_to("budget")  # Claire leaves the Sections step
    qtbot.waitUntil(lambda: "✎" not in _row_text(mine, section), timeout=1000)
    assert not mine.presence.held and not mine.editor.isReadOnly()  # Marc's editor opened once she left
    qtbot.waitUntil(lambda: "✎ Marc" in _row_text(hers, section), timeout=1000)
    claire.workspace.go_to("sections")  # back on the same section: Marc edits it now, so she chooses
    assert hers.current == section and hers.presence.held and hers.editor.isReadOnly()
    assert "✎ Claire" not in _row_text(mine, section)  # looking is not editing
    hers.presence.edit_anyway()
    qtbot.waitUntil(lambda: "✎ Claire" in _row_text(mine, section), timeout=1000)
    claire.close()
    qtbot.waitUntil(lambda: "✎" not in _row_text(mine, section), timeout=1000)
    assert marc.db is not None and marc.session is not None
    assert [p.user for p in presence.live(marc.db, marc.session.proposal_uuid)] == ["Marc"]


def test_the_editor_opens_by_itself_when_the_first_one_leaves(qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    section = _methodology(marc)
    hers = _sections(claire, section)
    qtbot.waitUntil(lambda: "✎ Claire" in _row_text(_sections(marc), section), timeout=1000)
    mine = _sections(marc, section)
    assert mine.presence.held and mine.editor.isReadOnly()
    hers.select(next(uuid for uuid in (s.uuid for s in hers._sections()) if uuid != section))
    qtbot.waitUntil(lambda: not mine.editor.isReadOnly(), timeout=1000)
    assert mine.presence.isHidden()


def test_a_killed_process_is_released_in_the_window(qtbot: Any, two: tuple[MainWindow, MainWindow],
                                                    shared: tuple[str, str]) -> None:
    location, uuid = shared
    _claire, marc = two
    mine = _sections(marc)
    section = _methodology(marc)
    with subprocess.Popen([sys.executable, "-m", "tests.presence_holder", location, uuid, "section:methodology",
                           "Inès"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
            qtbot.waitUntil(lambda: "✎ Inès" in _row_text(mine, section), timeout=1000)
        finally:
            holder.kill()  # SIGKILL: it never releases anything
            holder.wait()
    qtbot.waitUntil(lambda: "✎" not in _row_text(mine, section), timeout=1000)


def test_presence_is_no_edit_and_costs_no_write_per_keystroke(qtbot: Any, two: tuple[MainWindow, MainWindow],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    claire, marc = two
    assert marc.session is not None and marc.db is not None
    writes: list[str] = []
    for name in ("claim", "beat", "release"):
        original = getattr(presence.PresenceHolder, name)
        monkeypatch.setattr(presence.PresenceHolder, name,
                            lambda self, *args, _o=original, _n=name: (writes.append(_n), _o(self, *args))[1])
    revision = revisions.current_revision(marc.db, marc.session.proposal_uuid)
    page = _sections(marc)
    for row in range(page.list.count()):  # every section opened in turn, then left
        page.list.setCurrentRow(row)
        qtbot.waitUntil(lambda: bool(writes) and writes[-1] == "claim", timeout=1000)
    assert marc.workspace is not None
    marc.workspace.go_to("project")
    qtbot.waitUntil(lambda: writes[-1] == "release", timeout=1000)
    assert revisions.current_revision(marc.db, marc.session.proposal_uuid) == revision
    assert marc.session.undo_stack.count() == 0
    page = _sections(marc)
    qtbot.waitUntil(lambda: writes[-1] == "claim", timeout=1000)
    before = len(writes)
    marc.activateWindow()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Thirty keys and no presence write")
    assert "Thirty keys and no presence write" in page.editor.toPlainText()
    assert len(writes) == before  # typing writes the text (autosave), never presence


def test_a_refused_presence_write_still_shows_the_others(qtbot: Any, db: Database, sample_in_db: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file or a partner role without the privilege: this window's presence is not recorded (tried
    again later and later, not on every turn), everyone else's is still shown."""
    from medicen_desktop.errors import EnvironmentFault
    from medicen_desktop.gui.presence import PresenceBoard

    tried: list[str] = []

    def refuse(self: presence.PresenceHolder, part: str) -> None:
        tried.append(part)
        raise EnvironmentFault(f"{db.path}: attempt to write a readonly database")

    claire = presence.PresenceHolder(db, sample_in_db, "Claire")
    claire.claim("section:methodology")
    monkeypatch.setattr(presence.PresenceHolder, "claim", refuse)
    board = PresenceBoard(db, sample_in_db)
    try:
        board.editing("section:clinical_need")
        qtbot.waitUntil(lambda: [p.user for p in board.others("section:methodology")] == ["Claire"], timeout=1000)
        qtbot.waitUntil(lambda: bool(tried), timeout=1000)
        with qtbot.waitSignal(board.changed, timeout=1000, raising=False):
            claire.release()
        qtbot.waitUntil(lambda: board.others() == [], timeout=1000)
        assert tried == ["section:clinical_need"]  # not again within the second: the next try waits 4 s
    finally:
        board.stop()
        claire.close()
