"""Record every committed change in the change journal, and read a proposal as it was at a revision.

``watch(sessionmaker)`` hooks the write sessions: each flush notes the
fields its changed, inserted and deleted entity rows carry (SQLAlchemy's
attribute history, so no write path can forget to), and at commit the notes
become ``JournalEntry`` rows stamped with the revision the write gave the
proposal. A transaction that journals a change to a proposal and did not
bump its revision bumps it here: every change is behind exactly one
revision number, which is what a writer states it based its write on.

Rows deleted by a bulk ``DELETE`` (``store.snapshot``) or by the database's
own cascade are noted by their callers with ``note_deleted``.

``store.history.document_at`` reads it backwards: the proposal as it was
at a revision.

Part states and comments (``model.workflow``) are journaled too, as the lists
``part_states`` and ``comments`` (``ANNOTATION_LISTS``): they are not in the
snapshot (``document_at`` passes over them), but a status or comment written
by one window gives the proposal a revision, so every other open window
learns of it (``store.changes``) and shows it (``services.revisions.changes_since``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from medicen_desktop.document import schema
from medicen_desktop.document.jsonio import plain
from medicen_desktop.model import ENTITY_TABLES, CommentRow, JournalEntry, Participation, PartState, Proposal

ANNOTATION_LISTS = frozenset({"part_states", "comments"})
"""Journaled lists that are not the proposal's snapshot: statuses, owners and due dates; comment threads."""
_LISTS: dict[type[Any], str] = {Proposal: "proposal", **{table: name for name, table in ENTITY_TABLES.items()},
                                PartState: "part_states", CommentRow: "comments"}
_MODELS: dict[str, type[schema._Model]] = {"proposal": schema.Proposal, **schema.ENTITY_LISTS}
_FIELDS: dict[str, tuple[str, ...]] = {
    **{name: tuple(model.model_fields) for name, model in _MODELS.items()},
    "part_states": ("kind", "target", "owner_participation_uuid", "owner_person", "status", "due_date", "updated_by"),
    "comments": ("thread_uuid", "part", "anchor", "author", "body", "resolved", "resolved_at", "resolved_by"),
}
_SKIPPED = frozenset({"uuid", "revision", "updated_at"})
_NOTES = "medicen.journal"
_BUMPED = "medicen.bumped"




def _values(list_name: str, row: Any) -> dict[str, Any]:
    return {name: plain(getattr(row, name)) for name in _FIELDS[list_name]}


def _owner(list_name: str, row: Any) -> str | None:
    """The proposal a row belongs to (None: an organisation profile, shared)."""
    if list_name == "proposal":
        return str(row.uuid)
    return getattr(row, "proposal_uuid", None)


def _note(session: Session, list_name: str, row: Any, field: str | None, before: Any, after: Any) -> None:
    session.info.setdefault(_NOTES, []).append((list_name, str(row.uuid), _owner(list_name, row), field, before, after))


def note_deleted(session: Session, list_name: str, row: Any) -> None:
    """Journal a row about to be deleted outside the ORM's unit of work (bulk DELETE, database cascade)."""
    _note(session, list_name, row, None, _values(list_name, row), None)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for row in session.new:
        list_name = _LISTS.get(type(row))
        if list_name is not None:
            _note(session, list_name, row, None, None, _values(list_name, row))
            if list_name == "proposal":
                session.info.setdefault(_BUMPED, set()).add(row.uuid)
    for row in session.deleted:
        list_name = _LISTS.get(type(row))
        if list_name is not None:
            note_deleted(session, list_name, row)
    for row in session.dirty:
        list_name = _LISTS.get(type(row))
        if list_name is None:
            continue
        state = inspect(row)
        for name in _FIELDS[list_name]:
            history = state.attrs[name].history
            if not history.has_changes():
                continue
            if name == "revision":
                if list_name == "proposal":
                    session.info.setdefault(_BUMPED, set()).add(row.uuid)
                continue
            if name in _SKIPPED:
                continue
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if plain(before) != plain(after):
                _note(session, list_name, row, name, plain(before), plain(after))


def _before_commit(session: Session) -> None:
    session.flush()
    notes = session.info.pop(_NOTES, [])
    bumped: set[str] = session.info.pop(_BUMPED, set())
    if not notes:
        return
    actor = str(session.info.get("actor", ""))
    shared_users: dict[str, list[str]] = {}
    rows: list[tuple[str, tuple[Any, ...]]] = []
    for note in notes:
        list_name, uuid, owner = note[0], note[1], note[2]
        if owner is not None:
            rows.append((owner, note))
            continue
        if uuid not in shared_users:  # an organisation profile: a change of every proposal it is in
            shared_users[uuid] = sorted(set(session.scalars(
                select(Participation.proposal_uuid).where(Participation.organisation_uuid == uuid))))
        rows += [(user, note) for user in shared_users[uuid]]
    revisions: dict[str, int] = {}
    for proposal_uuid in sorted({owner for owner, _ in rows}):
        proposal = session.get(Proposal, proposal_uuid)
        if proposal is None:
            continue  # deleted in this very transaction
        if proposal_uuid not in bumped:
            proposal.revision += 1
        revisions[proposal_uuid] = proposal.revision
    for owner, (list_name, uuid, _o, field, before, after) in rows:
        if owner in revisions:
            session.add(JournalEntry(proposal_uuid=owner, revision=revisions[owner], list_name=list_name,
                                     entity_uuid=uuid, field=field, before=before, after=after, actor=actor))
    session.flush()
    if session.get_bind().dialect.name == "postgresql":  # delivered to LISTENers at commit (store.changes)
        from medicen_desktop.store.changes import CHANNEL

        for proposal_uuid, revision in revisions.items():
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": f"{proposal_uuid}:{revision}"})
    session.info.pop(_NOTES, None)
    session.info.pop(_BUMPED, None)


def _after_rollback(session: Session) -> None:
    session.info.pop(_NOTES, None)
    session.info.pop(_BUMPED, None)


def watch(factory: sessionmaker[Session]) -> None:
    """Journal every change committed by sessions of ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_soft_rollback", lambda session, _previous: _after_rollback(session))


def journal_start(session: Session, proposal_uuid: str) -> int | None:
    """The oldest revision the journal can rebuild the proposal at (None: no journal for it)."""
    return session.scalar(select(func.min(JournalEntry.revision)).where(
        JournalEntry.proposal_uuid == proposal_uuid, JournalEntry.list_name == "proposal",
        JournalEntry.field.is_(None)))


def entries_since(session: Session, proposal_uuid: str, revision: int) -> list[JournalEntry]:
    """The journal entries of the proposal after ``revision``, oldest first."""
    return list(session.scalars(select(JournalEntry).where(
        JournalEntry.proposal_uuid == proposal_uuid, JournalEntry.revision > revision).order_by(JournalEntry.id)))
