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

``prune`` deletes what no reader can still need: the entries of revisions
written more than ``KEEP_DAYS`` ago (or before a reader's position given by
the caller), and never from a merge that can still be undone on
(``services.merging.undo_merge`` reads the journal from there). The
proposal's creation entry then marks where the journal starts
(``journal_start``): a write based on an older revision is refused as
older than the history kept, and a window that far behind reloads.

Part states and comments (``model.workflow``) are journaled too, as the lists
``part_states`` and ``comments`` (``ANNOTATION_LISTS``): they are not in the
snapshot (``document_at`` passes over them), but a status or comment written
by one window gives the proposal a revision, so every other open window
learns of it (``store.changes``) and shows it (``services.revisions.changes_since``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from medicen_desktop.document import schema
from medicen_desktop.document.jsonio import plain
from medicen_desktop.model import ENTITY_TABLES, CommentRow, JournalEntry, Participation, PartState, Proposal
from medicen_desktop.store.changes import CHANNEL
from medicen_desktop.store.journal_scope import row_scope, scoped

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
    session.info.setdefault(_NOTES, []).append(
        (list_name, str(row.uuid), _owner(list_name, row), field, before, after, row_scope(list_name, row)))


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
    shared_users: dict[str, dict[str, list[str]]] = {}
    rows: list[tuple[str, tuple[Any, ...], list[str]]] = []
    for note in notes:
        list_name, uuid, owner, scope = note[0], note[1], note[2], note[6]
        if owner is not None:
            rows.append((owner, note, [scope] if scope is not None else []))
            continue
        if uuid not in shared_users:  # an organisation profile: a change of every proposal it is in
            users: dict[str, list[str]] = {}
            for proposal_uuid, participation_uuid in session.execute(
                    select(Participation.proposal_uuid, Participation.uuid)
                    .where(Participation.organisation_uuid == uuid).order_by(Participation.uuid)):
                users.setdefault(proposal_uuid, []).append(participation_uuid)
            shared_users[uuid] = users
        rows += [(user, note, scopes) for user, scopes in sorted(shared_users[uuid].items())]
    revisions: dict[str, int] = {}
    for proposal_uuid in sorted({owner for owner, _note, _scopes in rows}):
        proposal = session.get(Proposal, proposal_uuid)
        if proposal is None:
            continue  # deleted in this very transaction
        if proposal_uuid not in bumped:
            proposal.revision += 1
        revisions[proposal_uuid] = proposal.revision
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    entries = [scoped_entry
               for owner, (list_name, uuid, _o, field, before, after, scope), scopes in rows if owner in revisions
               for scoped_entry in scoped(
                   {"proposal_uuid": owner, "revision": revisions[owner], "list_name": list_name,
                    "entity_uuid": uuid, "field": field, "before": before, "after": after, "actor": actor,
                    "written_at": now, "partner_scope": scope}, scopes)]
    session.flush()  # the revision bumps
    if entries:
        _write_entries(session, entries, revisions)
    session.info.pop(_NOTES, None)
    session.info.pop(_BUMPED, None)


_COLUMNS = ("proposal_uuid", "revision", "list_name", "entity_uuid", "field", "before", "after", "actor",
            "written_at", "partner_scope")


def _write_entries(session: Session, entries: list[dict[str, Any]], revisions: dict[str, int]) -> None:
    """Every entry and, on PostgreSQL, the notification delivered to LISTENers at commit (store.changes).

    One field edit (one entry) is one statement, one round trip: the entry is inserted in a
    data-modifying WITH of the ``pg_notify``, with named parameters so that its text is always the
    same (compiled once, prepared by the server). More entries are inserted in batches (the server's
    limit on parameters), then notified."""
    table = cast(Table, JournalEntry.__table__)
    postgresql = session.get_bind().dialect.name == "postgresql"
    notices = [func.pg_notify(bindparam("channel", CHANNEL), bindparam(f"notice_{n}")) for n in range(len(revisions))]
    values: dict[str, Any] = {f"notice_{n}": f"{proposal_uuid}:{revision}"
                              for n, (proposal_uuid, revision) in enumerate(revisions.items())}
    if len(entries) == 1 and postgresql:
        written = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in _COLUMNS})
        session.execute(select(*notices).add_cte(written.returning(table.c.id).cte("journaled")),
                        {**values, **entries[0]})
        return
    session.execute(insert(table), entries)
    if postgresql:
        session.execute(select(*notices), values)


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


def entity_entries_since(session: Session, proposal_uuid: str, revision: int, entity_uuid: str) -> list[JournalEntry]:
    """The journal entries of one entity of the proposal after ``revision``, oldest first."""
    return list(session.scalars(select(JournalEntry).where(
        JournalEntry.proposal_uuid == proposal_uuid, JournalEntry.revision > revision,
        JournalEntry.entity_uuid == entity_uuid).order_by(JournalEntry.id)))


KEEP_DAYS = 90
"""How long the journal keeps what a write changed: a write based on an older revision (an exported file
imported back with --update, a window left open) can still be merged within this window."""


def _cutoff(keep_days: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=keep_days)


_PRUNABLE = JournalEntry.field.is_not(None) | (JournalEntry.list_name != "proposal")
"""Every entry but the creation entry, which marks where the journal starts."""


def _floor(session: Session, proposal_uuid: str, cutoff: dt.datetime, keep_after: int | None) -> int | None:
    """The revision up to which the proposal's journal can be pruned (None: nothing to prune)."""
    from medicen_desktop.model import AppliedContribution

    start = journal_start(session, proposal_uuid)
    current = session.scalar(select(Proposal.revision).where(Proposal.uuid == proposal_uuid))
    if start is None or current is None:
        return None
    recent = session.scalar(select(func.min(JournalEntry.revision)).where(
        JournalEntry.proposal_uuid == proposal_uuid,
        (JournalEntry.written_at >= cutoff) | JournalEntry.written_at.is_(None)))
    floor = min(current, recent - 1 if recent is not None else current)
    if keep_after is not None:
        floor = min(floor, keep_after)
    merged = session.scalar(select(func.min(AppliedContribution.merged_revision)).where(
        AppliedContribution.proposal_uuid == proposal_uuid))
    if merged is not None:  # a merge that can be undone reads its revision's entries and the proposal as it left it
        floor = min(floor, merged - 1)
    if floor <= start or session.scalar(select(JournalEntry.id).where(
            JournalEntry.proposal_uuid == proposal_uuid, JournalEntry.revision <= floor,
            _PRUNABLE).limit(1)) is None:
        return None
    return floor


def prune_due(session: Session, keep_days: int = KEEP_DAYS) -> list[str]:
    """The proposals whose journal has entries to prune (one indexed query when none has)."""
    cutoff = _cutoff(keep_days)
    candidates = sorted(set(session.scalars(select(JournalEntry.proposal_uuid).where(
        JournalEntry.written_at < cutoff, _PRUNABLE).distinct())))
    return [uuid for uuid in candidates if _floor(session, uuid, cutoff, None) is not None]


def prune(session: Session, proposal_uuid: str, *, keep_days: int = KEEP_DAYS, keep_after: int | None = None) -> int:
    """Delete the proposal's journal entries no reader can still need; return how many.

    Kept: every revision written within ``keep_days``, every revision after ``keep_after`` (the
    oldest position a live reader is known to hold), and every revision from the oldest merge that
    can still be undone (undo-merge rebuilds the proposal as the merge left it and reads its entries).
    Pruned up to revision R, the creation entry moves to R: the journal rebuilds the proposal at R
    and after, as before. Inside the caller's write transaction.
    """
    floor = _floor(session, proposal_uuid, _cutoff(keep_days), keep_after)
    if floor is None:
        return 0
    creation = (JournalEntry.list_name == "proposal") & JournalEntry.field.is_(None)
    deleted = session.execute(delete(JournalEntry).where(
        JournalEntry.proposal_uuid == proposal_uuid, JournalEntry.revision <= floor, _PRUNABLE)
        .execution_options(synchronize_session=False))
    session.execute(update(JournalEntry).where(JournalEntry.proposal_uuid == proposal_uuid, creation,
                                               JournalEntry.revision < floor).values(revision=floor)
                    .execution_options(synchronize_session=False))
    return int(getattr(deleted, "rowcount", 0) or 0)
