"""Autosave, undo/redo and crash safety of the proposal session; the worker; settings; errors; lock."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QLockFile

from medicen_desktop.gui import errors
from medicen_desktop.gui.error_dialog import ErrorDialog
from medicen_desktop.gui.app import lock_path
from medicen_desktop.gui.session import MAX_DELAY_MS, ProposalSession
from medicen_desktop.gui.settings import LAST_STEP, RECENT_PROPOSALS, Settings
from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.progress import Cancelled
from medicen_desktop.services import proposals
from medicen_desktop.services.edit import EditError


def test_typed_text_reaches_the_database_within_two_seconds(qtbot, session, db):
    section = session.document.sections[0]
    started = time.monotonic()
    for i in range(5):
        session.update_later("sections", section.uuid, "body", f"draft {i}")
    assert session.saving
    with qtbot.waitSignal(session.saveStateChanged, timeout=2000):
        pass
    assert time.monotonic() - started < MAX_DELAY_MS / 1000 + 0.5
    assert proposals.get_document(db, session.proposal_uuid).sections[0].body == "draft 4"
    # what a crash now would find: a fresh connection reads it
    other = ProposalSession(db, session.proposal_uuid)
    assert other.entity("sections", section.uuid).body == "draft 4"


def test_typing_merges_into_one_undo_step(qtbot, session):
    """Within a word, with no pause: one step, even across the deadline's write (issue #18 splits per word or pause)."""
    section = session.document.sections[0]
    before = section.body
    session.update_later("sections", section.uuid, "body", "a")
    session.update_later("sections", section.uuid, "body", "ab")
    session.autosave._deadline.timeout.emit()  # the autosave's deadline, mid-word
    session.update_later("sections", section.uuid, "body", "abc")
    session.flush()
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.entity("sections", section.uuid).body == before
    session.undo_stack.redo()
    assert session.entity("sections", section.uuid).body == "abc"


def test_refused_edit_is_not_on_the_stack(session):
    with pytest.raises(EditError):
        session.update("proposal", session.proposal_uuid, {"duration_months": 0}, "x")
    assert session.undo_stack.count() == 0


def test_delete_and_undo_restores_the_cascade(session):
    wp = session.document.work_packages[1]
    tasks = [t.uuid for t in session.document.tasks if t.work_package_uuid == wp.uuid]
    session.delete("work_packages", wp.uuid, "delete")
    assert all(t.work_package_uuid != wp.uuid for t in session.document.tasks)
    session.undo_stack.undo()
    assert {t.uuid for t in session.document.tasks} >= set(tasks)


def test_worker_runs_off_thread_and_cancels(qtbot):
    worker = Worker()
    try:
        job = Job(lambda progress: 42)
        with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
            worker.submit(job)
        assert blocker.args == [42]

        def slow(progress):
            for i in range(10_000):
                progress.step(i, 10_000)
                time.sleep(0.001)  # simulated work inside the job (not the test waiting)
            raise AssertionError("not cancelled")

        job = Job(slow)
        with qtbot.waitSignal(job.cancelled, timeout=5000):
            worker.submit(job)
            job.cancel()
        failing = Job(lambda progress: 1 / 0)
        with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
            worker.submit(failing)
        assert isinstance(blocker.args[0], ZeroDivisionError)
    finally:
        worker.shutdown()
    assert Cancelled


def test_settings_are_typed_with_defaults(settings: Settings):
    assert settings.get(LAST_STEP) == ""
    settings.set(LAST_STEP, "workplan")
    assert settings.get(LAST_STEP) == "workplan"
    assert settings.remember_recent("", "a", lambda _uuid: True) == ["a"]  # no database named: the one list
    assert settings.remember_recent("", "b", lambda _uuid: True) == ["b", "a"]
    assert settings.get(RECENT_PROPOSALS) == ["b", "a"]
    settings.upgrade()


def test_excepthook_logs_and_shows_dialog_with_copy(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, s, d, p=None: shown.append((s, d))))
    errors.install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown and "RuntimeError: boom" in shown[0][0] and "Traceback" in shown[0][1]
    assert "boom" in caplog.text
    dialog = ErrorDialog("s", "details text")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "details text"


def test_second_instance_is_detected(tmp_path):
    path = lock_path(str(tmp_path / "medicen.db"))
    assert path is not None and path.name == "medicen.db.lock"
    first, second = QLockFile(str(path)), QLockFile(str(path))
    assert first.tryLock(0)
    assert not second.tryLock(0)
    first.unlock()
    assert lock_path("postgresql://server/db") is None


def test_the_same_database_through_a_link_gets_the_same_lock(tmp_path):
    """The lock was per path: opening the database through a symbolic link gave a second window on it."""
    real = tmp_path / "data" / "medicen.db"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "shortcut.db"
    link.symlink_to(real)
    assert lock_path(str(link)) == lock_path(str(real)) == real.with_name("medicen.db.lock")
    assert lock_path(f"sqlite:///{link}") == lock_path(str(real))


def test_typing_over_a_paragraph_changed_meanwhile_says_both_versions_are_kept(  # type: ignore[no-untyped-def]
        qtbot, opened, db) -> None:
    """Autosave kept both versions of a paragraph changed as typed and meanwhile, but said nothing:
    the user did not know a paragraph now stood twice."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from medicen_desktop.services import edit

    opened.workspace.go_to("sections")
    page = opened.workspace.page("sections")
    section = next(s for s in opened.session.document.sections if s.body.count("\n\n") >= 1)
    page.select(section.uuid)
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    page.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    QTest.keyClicks(page.editor, " TYPED")
    first, rest = section.body.split("\n\n", 1)
    edit.update_fields(db, "sections", section.uuid, {"body": f"{first} MEANWHILE\n\n{rest}"})  # a merge, say
    with qtbot.waitSignal(opened.session.keptBoth, timeout=5000) as kept:
        opened.session.flush()
    assert kept.args[1] == section.uuid and kept.args[3] == 1
    message = opened.statusBar().currentMessage()
    assert "both versions are kept" in message and "1 paragraph" in message
    body = next(s.body for s in proposals.get_document(db, opened.session.proposal_uuid).sections
                if s.uuid == section.uuid)
    assert "TYPED" in body and "MEANWHILE" in body


def test_last_step_saved_as_an_index_is_upgraded_to_its_key(tmp_path):
    from PySide6.QtCore import QSettings

    from medicen_desktop.gui.settings import VERSION

    backend = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    backend.setValue(VERSION.key, 1)
    backend.setValue(LAST_STEP.key, 4)  # version 1 saved the navigator row
    old = Settings(backend)
    old.upgrade()
    assert old.get(LAST_STEP) == "workplan"
