"""The window never writes back a stale value, asks on a real conflict, keeps typed text on a write error,
and its undo never reverts another writer's later change."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox
from sqlalchemy import event

from medicen_desktop.gui.conflict_prompt import ConflictPrompt
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.steps.project import ProjectPage
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database


def _project(opened: Any) -> ProjectPage:
    opened.workspace.go_to("project")
    page = opened.workspace.page("project")
    assert isinstance(page, ProjectPage)
    return page


def _leave(qtbot: Any, widget: QLineEdit | QSpinBox) -> None:
    """Click into the field and leave it with Tab, as a user passing through does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("field", "widget", "value"), [
    ("title", "full_title", "Titre écrit par le script"),
    ("acronym", "acronym", "SCRIPT"),
    ("duration_months", "duration", 30),
    ("keywords", "keywords", ["écrit", "ailleurs"]),
    ("trl_end", "trl_end", 8),
])
def test_leaving_a_field_never_writes_back_the_windows_old_value(qtbot, opened, db: Database, field: str,
                                                                 widget: str, value: object) -> None:
    page = _project(opened)
    uuid = opened.session.proposal_uuid
    edit.update_fields(db, "proposal", uuid, {field: value})  # another writer (the CLI, a script)
    _leave(qtbot, getattr(page, widget))
    assert getattr(proposals.get_document(db, uuid).proposal, field) == value
    assert not opened.session.undo_stack.canUndo()


def test_a_real_conflict_asks_and_keeps_theirs_or_mine(qtbot, opened, db: Database, monkeypatch) -> None:
    page = _project(opened)
    uuid = opened.session.proposal_uuid
    answers = ["theirs", "mine"]
    asked: list[list[tuple[str | None, Any, Any]]] = []

    def ask(_parent: object, conflicts: list[Any]) -> str:
        asked.append([(c.field, c.ours, c.theirs) for c in conflicts])
        return answers.pop(0)

    monkeypatch.setattr(ConflictPrompt, "ask", classmethod(lambda cls, parent, conflicts: ask(parent, conflicts)))
    for other, mine in (("Le titre de Claire", "Mon titre"), ("Le titre de Marc", "Mon autre titre")):
        page.full_title.setFocus()
        page.full_title.selectAll()
        qtbot.keyClicks(page.full_title, mine)
        edit.update_fields(db, "proposal", uuid, {"title": other})  # committed while the user types
        qtbot.keyClick(page.full_title, Qt.Key.Key_Tab)
        assert asked[-1] == [("title", other, mine)]
        if mine == "Mon titre":  # took theirs: stored, and the window shows it
            assert proposals.get_document(db, uuid).proposal.title == other
            assert page.full_title.text() == other
    assert len(asked) == 2
    assert proposals.get_document(db, uuid).proposal.title == "Mon autre titre"  # kept mine


def _read_only_while(db: Database, flag: dict[str, bool]) -> None:
    """Make every write transaction fail as on a read-only database while ``flag["on"]``."""

    @event.listens_for(db._write_engine, "checkout")
    def _checkout(dbapi_connection, _record, _proxy):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA query_only={1 if flag['on'] else 0}")


def test_typed_text_survives_a_write_error_and_is_retried(qtbot, opened, db: Database) -> None:
    session: ProposalSession = opened.session
    section = session.document.sections[0]
    flag = {"on": True}
    _read_only_while(db, flag)
    failures: list[str] = []
    session.saveFailed.connect(failures.append)
    session.update_later("sections", section.uuid, "body", "Texte tapé pendant la panne.")
    session.update_later("proposal", session.proposal_uuid, "summary", "Résumé tapé pendant la panne.")
    session.flush()
    assert failures and "read-only" in failures[0]
    assert session.saving and "not saved" in opened.windowTitle()
    assert proposals.get_document(db, session.proposal_uuid).sections[0].body == section.body
    flag["on"] = False
    with qtbot.waitSignal(session.saveStateChanged, timeout=5000):
        pass  # the retry
    stored = proposals.get_document(db, session.proposal_uuid)
    assert stored.sections[0].body == "Texte tapé pendant la panne."
    assert stored.proposal.summary == "Résumé tapé pendant la panne."
    assert not session.saving and "saved" in opened.windowTitle() and "not saved" not in opened.windowTitle()


def test_undo_keeps_another_writers_later_change(session: ProposalSession, db: Database) -> None:
    uuid = session.proposal_uuid
    before = session.document.proposal.title
    session.update("proposal", uuid, {"title": "Titre de la fenêtre"}, "edit")
    edit.update_fields(db, "proposal", uuid, {"acronym": "AILLEURS"})  # another field, another writer
    session.undo_stack.undo()
    stored = proposals.get_document(db, uuid).proposal
    assert (stored.title, stored.acronym) == (before, "AILLEURS")


def test_undo_refused_when_another_writer_changed_the_same_field(session: ProposalSession, db: Database) -> None:
    uuid = session.proposal_uuid
    refused: list[str] = []
    session.undoRefused.connect(refused.append)
    session.update("proposal", uuid, {"title": "Titre de la fenêtre"}, "edit")
    edit.update_fields(db, "proposal", uuid, {"title": "Titre du script"})
    session.undo_stack.undo()
    assert proposals.get_document(db, uuid).proposal.title == "Titre du script"
    assert refused and "title" in refused[0]
    assert session.document.proposal.title == "Titre du script"  # the window shows what is stored
    assert session.undo_stack.count() == 0  # the step that can no longer be undone is dropped


def test_undoing_a_switch_of_call_keeps_later_edits(session: ProposalSession, db: Database) -> None:
    uuid = session.proposal_uuid
    session.retarget("he-ia", "switch")
    edit.update_fields(db, "proposal", uuid, {"title": "Titre écrit après le changement d'appel"})
    section = proposals.get_document(db, uuid).sections[0]
    edit.update_fields(db, "sections", section.uuid, {"body": "Corps écrit après le changement d'appel."})
    session.undo_stack.undo()
    stored = proposals.get_document(db, uuid)
    assert stored.proposal.template_key == "bpi-idemo"
    assert stored.proposal.title == "Titre écrit après le changement d'appel"
    assert any(s.body == "Corps écrit après le changement d'appel." for s in stored.sections) or \
        section.uuid not in {s.uuid for s in stored.sections}


def test_closing_with_unsaved_typing_asks_first(qtbot, opened, db: Database, monkeypatch) -> None:
    from medicen_desktop.gui.dialogs import Confirm

    session: ProposalSession = opened.session
    flag = {"on": True}
    _read_only_while(db, flag)
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def ask(cls: object, parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    session.update_later("proposal", session.proposal_uuid, "summary", "Texte pas encore enregistré.")
    opened.show_library()
    assert opened.session is session and session.saving  # kept open: nothing lost
    assert "could not be saved" in asked[0] and "read-only" in asked[0]
    opened.show_library()
    assert opened.session is None and len(asked) == 2
    flag["on"] = False
