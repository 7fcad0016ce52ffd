"""Typed text is never lost at start-up: keys typed into the library while the last proposal reopens go into the
proposal once it shows; text typed after a quick reopen whose database then fails to open is kept in a file,
named in the message, and offered again (merged with what changed since) when the proposal next opens."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.gui import i18n, kept_typing
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.database_open import CannotOpenDatabase
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import edit, proposals
from medicen_desktop.store import database as database_module
from medicen_desktop.store import unsaved
from medicen_desktop.store.database import Database
from medicen_desktop.store.errors import DatabaseError
from medicen_desktop.store.listing import quick_summaries
from tests.gui.test_quick_reopen import Gate, gate  # noqa: F401 - the fixture holding the opening
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures


class FailingGate:
    """Holds ``Database.open`` on the worker until ``fail``, then refuses it as a locked file would be."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered, self._go = threading.Event(), threading.Event()
        real = Database.open.__func__  # type: ignore[attr-defined]

        def gated(cls: type[Database], location: Any, *args: Any, **kwargs: Any) -> Database:
            if threading.current_thread() is threading.main_thread():
                return real(cls, location, *args, **kwargs)  # type: ignore[no-any-return]
            self.entered.set()
            assert self._go.wait(20), "the test never let the opening fail"
            raise DatabaseError(f"{location}: the database is locked by another program; close it and try again")

        monkeypatch.setattr(database_module.Database, "open", classmethod(gated))

    def fail(self) -> None:
        self._go.set()


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> Iterator[FailingGate]:
    gate = FailingGate(monkeypatch)
    yield gate
    gate.fail()


@pytest.fixture
def stored(db: Database) -> str:
    uuid = proposals.create_demo(db)
    db.close()
    return uuid


def _start(qtbot: Any, location: str, settings: Settings, uuid: str, step: str) -> MainWindow:
    i18n.install("en")
    settings.set(keys.LAST_PROPOSAL, uuid)
    settings.set(keys.LAST_STEP, step)
    window = MainWindow(None, settings, "en", summaries=quick_summaries(location))
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    window.open_database_after_first_paint(location)
    return window


def _summary(location: str, uuid: str) -> str:
    reader = Database.open(location)
    try:
        return proposals.get_document(reader, uuid).proposal.summary
    finally:
        reader.close()


def test_text_typed_before_the_database_fails_is_kept_and_offered_at_the_next_start(
        qtbot: Any, db_path: Path, settings: Settings, stored: str, failing: FailingGate,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(CannotOpenDatabase, "ask", classmethod(lambda cls, parent, message: shown.append(message)))
    exit_codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(exit_codes.append))
    window = _start(qtbot, str(db_path), settings, stored, "project")
    qtbot.waitUntil(lambda: window.session is not None and failing.entered.is_set(), timeout=10_000)
    page = window.workspace.page("project")  # type: ignore[union-attr]
    page.summary.setFocus()
    page.summary.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.summary, " Tape pendant l'ouverture.")
    failing.fail()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "locked by another program" in shown[0] and "What you typed meanwhile is not lost" in shown[0]
    assert exit_codes == [2] and not window.isVisible()
    (kept,) = unsaved.waiting(str(db_path), stored)
    assert str(kept.path) in shown[0] and kept.path.parent == db_path.parent
    (field,) = kept.fields
    assert (field.list_name, field.uuid, field.field) == ("proposal", stored, "summary")
    assert field.value.endswith(" Tape pendant l'ouverture.") and not field.base.endswith("ouverture.")
    monkeypatch.undo()  # the database opens again; meanwhile another writer changed the title
    writer = Database.open(db_path)
    edit.update_fields(writer, "proposal", stored, {"title": "Titre changé entre-temps"})
    writer.close()
    asked: list[tuple[str, list[str]]] = []
    answers = iter([False, True])
    monkeypatch.setattr(kept_typing.KeptTyping, "ask", classmethod(
        lambda cls, parent, acronym, when, fields, loose: (asked.append((acronym, fields)), next(answers))[1]))
    later = _start(qtbot, str(db_path), settings, stored, "project")  # "Later": the file stays
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20_000)
    assert asked[0][1] == ["summary"] and kept.path.exists()
    assert str(kept.path) in later.statusBar().currentMessage()
    later.close()
    assert later.db is not None
    later.db.close()
    again = _start(qtbot, str(db_path), settings, stored, "project")  # typed in again: written, the file gone
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: _summary(str(db_path), stored).endswith(" Tape pendant l'ouverture."), timeout=10_000)
    assert not kept.path.exists() and unsaved.waiting(str(db_path)) == []
    assert again.session is not None and again.session.document.proposal.title == "Titre changé entre-temps"
    again.close()
    assert again.db is not None
    again.db.close()


def test_keys_typed_into_the_library_while_a_server_proposal_reopens_go_into_it(
        qtbot: Any, pg_url: str, settings: Settings, gate: Gate) -> None:  # noqa: F811
    db = Database.open(pg_url)
    uuid = proposals.create_demo(db)
    db.close()
    window = _start(qtbot, pg_url, settings, uuid, "project")
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    assert window.central.currentWidget() is window.library
    table = window.library.table
    table.setFocus()
    row = table.currentIndex().row()
    QTest.keyClicks(table, "Projet EPI")
    QTest.keyClick(table, Qt.Key.Key_Backspace)
    QTest.keyClicks(table, "I")
    assert table.currentIndex().row() == row  # no keyboard search jumped to another line
    assert "Kept for the proposal that is reopening" in window.statusBar().currentMessage()
    gate.release()
    qtbot.waitUntil(lambda: window.session is not None and window.session.attached, timeout=20_000)
    page = window.workspace.page("project")  # type: ignore[union-attr]
    assert page.full_title.text().endswith("Projet EPI") and window.focusWidget() is page.full_title
    QTest.keyClick(page.full_title, Qt.Key.Key_Return)
    reader = Database.open(pg_url)
    try:
        assert proposals.get_document(reader, uuid).proposal.title.endswith("Projet EPI")
    finally:
        reader.close()
    window.close()
    assert window.db is not None
    window.db.close()


def test_keys_kept_for_a_proposal_the_server_does_not_hold_go_to_the_clipboard(
        qtbot: Any, pg_url: str, settings: Settings, gate: Gate) -> None:  # noqa: F811
    window = _start(qtbot, pg_url, settings, "9b0c5d8e-0000-4000-8000-000000000000", "project")
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    QTest.keyClicks(window.library.table, "notes perdues")
    gate.release()
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
    assert window.session is None and QGuiApplication.clipboard().text() == "notes perdues"
    assert "on the clipboard" in window.statusBar().currentMessage()
    window.close()
    assert window.db is not None
    window.db.close()


def test_a_kept_file_is_whole_names_no_password_and_belongs_to_its_database(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unsaved, "default_location", lambda: tmp_path / "data" / "medicen.db")
    one, other = str(tmp_path / "one.db"), str(tmp_path / "other.db")
    field = unsaved.TypedField("sections", "s-1", "body", "Avant.", "Avant. Après.")
    path = unsaved.keep(one, "p-1", "ÉPI", [field], "en vrac")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".medicen-unsaved")] == []  # no .part left
    (kept,) = unsaved.waiting(one, "p-1")
    assert (kept.path, kept.fields, kept.loose_text, kept.acronym) == (path, (field,), "en vrac", "ÉPI")
    assert kept.kept_at <= dt.datetime.now(dt.UTC)
    assert unsaved.waiting(other) == [] and unsaved.waiting(one, "p-2") == []
    server = "postgresql+psycopg://claire:secret@team.example/medicen"
    on_server = unsaved.keep(server, "p-1", "ÉPI", [field])
    assert on_server.parent == tmp_path / "data" and "secret" not in on_server.read_text(encoding="utf-8")
    assert json.loads(on_server.read_text(encoding="utf-8"))["database"] == \
        "postgresql+psycopg://claire:***@team.example/medicen"
    assert [k.path for k in unsaved.waiting(server)] == [on_server]
    unsaved.discard(kept)
    assert not path.exists() and unsaved.waiting(one) == []
