"""The autosave writes typed text on its own thread: keys typed meanwhile never wait, nothing typed is lost,
a write that fails keeps the text, says so and is retried, and a flush waits for what is being written."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.services import edit, proposals
from tests.gui.test_no_lost_update import _read_only_while


def _page(window):  # type: ignore[no-untyped-def]
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    page.list.setCurrentRow(0)
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    return page


def _stored_body(db, session: ProposalSession, uuid: str) -> str:  # type: ignore[no-untyped-def]
    return next(s.body for s in proposals.get_document(db, session.proposal_uuid).sections if s.uuid == uuid)


def test_the_pause_writes_typed_text_on_the_autosave_thread(qtbot, opened, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    session: ProposalSession = opened.session
    threads: list[str] = []
    real = edit.update_typed
    monkeypatch.setattr(edit, "update_typed", lambda *a, **k: threads.append(threading.current_thread().name)
                        or real(*a, **k))
    QTest.keyClicks(page.editor, " ecrit pendant une pause")
    assert session.saving and threads == []
    qtbot.waitUntil(lambda: not session.saving, timeout=5_000)  # the idle write, then its result applied
    assert threads == ["medicen-autosave"]
    assert _stored_body(db, session, page.current).endswith(" ecrit pendant une pause")
    assert "saved ✓" in opened.windowTitle()


def test_keys_typed_while_a_write_is_in_flight_are_kept_and_written_next(qtbot, opened, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    session: ProposalSession = opened.session
    entered, release, written = threading.Event(), threading.Event(), threading.Event()
    kept_both: list[object] = []
    session.keptBoth.connect(lambda *args: kept_both.append(args))
    real = edit.update_typed

    def slow_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        if entered.is_set():
            return real(*args, **kwargs)
        entered.set()
        release.wait(10)  # a slow disk: the first write takes its time
        try:
            return real(*args, **kwargs)
        finally:
            written.set()

    monkeypatch.setattr(edit, "update_typed", slow_write)
    QTest.keyClicks(page.editor, " alpha")
    qtbot.waitUntil(entered.is_set, timeout=5_000)
    QTest.keyClicks(page.editor, " beta")  # typed while "alpha" is being written: the keys are not kept waiting
    assert not written.is_set() and page.editor.toPlainText().endswith(" alpha beta")
    assert session.is_pending("sections", page.current, "body") and session.saving
    release.set()
    qtbot.waitUntil(lambda: not session.saving, timeout=5_000)  # the write in flight, then the next one
    stored = _stored_body(db, session, page.current)
    assert stored.endswith(" alpha beta") and stored.count("alpha") == 1
    assert kept_both == []  # the second write is based on the first one's text: nothing to merge
    assert next(s.body for s in session.document.sections if s.uuid == page.current) == stored  # the snapshot too


def test_a_flush_waits_for_the_write_in_flight(qtbot, opened, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    session: ProposalSession = opened.session
    entered, release = threading.Event(), threading.Event()
    real = edit.update_typed

    def slow_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread() and not entered.is_set():
            entered.set()
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(edit, "update_typed", slow_write)
    QTest.keyClicks(page.editor, " un")
    qtbot.waitUntil(entered.is_set, timeout=5_000)
    QTest.keyClicks(page.editor, " deux")
    threading.Timer(0.2, release.set).start()
    session.flush()  # e.g. before an undo: on return, everything typed is written, in order
    assert release.is_set() and not session.saving
    assert _stored_body(db, session, page.current).endswith(" un deux")


def test_a_failed_background_write_keeps_the_text_says_not_saved_and_retries(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    session: ProposalSession = opened.session
    before = _stored_body(db, session, page.current)
    flag = {"on": True}
    _read_only_while(db, flag)
    with qtbot.waitSignal(session.saveFailed, timeout=5_000):
        QTest.keyClicks(page.editor, " pendant la panne")
    assert "not saved" in opened.windowTitle() and session.saving
    assert _stored_body(db, session, page.current) == before
    QTest.keyClicks(page.editor, " et apres")  # typed on while it fails
    flag["on"] = False
    qtbot.waitUntil(lambda: not session.saving, timeout=10_000)  # the retry writes everything
    stored = _stored_body(db, session, page.current)
    assert stored == before + " pendant la panne et apres"
    assert "saved ✓" in opened.windowTitle()


def test_the_window_does_not_take_its_own_autosave_for_another_writer_s(qtbot, opened, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The live refresh sees every commit to the file, the autosave's too: its own writes must not reload
    the proposal (on a 240k-character section: the whole text read and counted again, a second per pause)."""
    page = _page(opened)
    session: ProposalSession = opened.session
    told: list[str] = []
    session.remoteChanged.connect(told.append)
    reloads: list[int] = []
    real = proposals.get_document
    monkeypatch.setattr(proposals, "get_document", lambda *a, **k: reloads.append(1) or real(*a, **k))
    for word in (" un", " deux"):
        QTest.keyClicks(page.editor, word)
        qtbot.waitUntil(lambda: not session.saving, timeout=5_000)
        session.refresh_from_store()  # what the live refresh does after each commit it sees
    assert told == [] and reloads == []
    assert session.document.proposal.revision == proposals.get_document(db, session.proposal_uuid).proposal.revision
    edit.update_fields(db, "proposal", session.proposal_uuid, {"acronym": "AILLEURS"})  # another writer
    session.refresh_from_store()
    assert len(told) == 1 and session.document.proposal.acronym == "AILLEURS"


def test_a_commit_seen_while_the_write_is_in_flight_is_not_taken_for_another_writer_s(  # type: ignore[no-untyped-def]
        qtbot, opened, db, monkeypatch) -> None:
    """The live refresh may see the autosave's commit before the GUI thread has applied it."""
    page = _page(opened)
    session: ProposalSession = opened.session
    told: list[str] = []
    session.remoteChanged.connect(told.append)
    entered, release = threading.Event(), threading.Event()
    real = edit.update_typed

    def gated_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(edit, "update_typed", gated_write)
    QTest.keyClicks(page.editor, " vite")
    qtbot.waitUntil(entered.is_set, timeout=5_000)
    batch = session.autosave.in_flight
    assert batch is not None
    release.set()
    assert batch.finished.wait(5)  # committed; its result not yet applied on the GUI thread (no event processed)
    session.refresh_from_store()  # the live refresh's tick, at that moment
    qtbot.waitUntil(lambda: not session.saving, timeout=5_000)  # applied, then the deferred refresh: nothing new
    assert told == [] and page.editor.toPlainText().endswith(" vite")
    edit.update_fields(db, "proposal", session.proposal_uuid, {"acronym": "AILLEURS"})  # another writer
    session.refresh_from_store()
    assert len(told) == 1
