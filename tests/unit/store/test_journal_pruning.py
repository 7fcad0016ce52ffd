"""The change journal is pruned of what no reader can still need; what remains still rebuilds, merges and undoes.

Entries are aged by rewriting their ``written_at`` (the journal's window is in
days); every assertion reads the database back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.model import AppliedContribution, JournalEntry
from medicen_desktop.services import edit, fields, merging, proposals, revisions
from medicen_desktop.store import history, journal
from medicen_desktop.store.database import Database
from tests.unit.exchange.test_merge_dependency import World, world  # noqa: F401 - fixture


def _age(db: Database, uuid: str, up_to: int, days: int = journal.KEEP_DAYS + 10) -> None:
    """Make the entries of revisions up to ``up_to`` look ``days`` old."""
    old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with db.transaction() as session:
        session.execute(update(JournalEntry).where(JournalEntry.proposal_uuid == uuid, JournalEntry.revision <= up_to)
                        .values(written_at=old))


def _count(db: Database, uuid: str, up_to: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.proposal_uuid == uuid, JournalEntry.revision <= up_to,
            JournalEntry.field.is_not(None) | (JournalEntry.list_name != "proposal"))) or 0)


def _same(a: ProposalDocument, b: ProposalDocument) -> None:
    assert a.proposal == b.proposal
    for name in ENTITY_LISTS:
        assert sorted(getattr(a, name), key=lambda e: e.uuid) == sorted(getattr(b, name), key=lambda e: e.uuid), name


def test_opening_prunes_what_is_older_than_the_window_and_the_rest_still_rebuilds(db_path: Path) -> None:
    db = Database.open(db_path)
    uuid = proposals.create_demo(db)
    document = proposals.get_document(db, uuid)
    section, risk = document.sections[0], document.risks[0]
    for n in range(5):
        edit.update_fields(db, "sections", section.uuid, {"title": f"Ancien {n}"})
    edit.delete_entity(db, "risks", risk.uuid)
    then = proposals.get_document(db, uuid)
    floor = then.proposal.revision
    _age(db, uuid, floor)
    for n in range(3):
        edit.update_fields(db, "proposal", uuid, {"title": f"Récent {n}"})
    assert _count(db, uuid, floor) > 5
    db.close()

    db = Database.open(db_path)  # the open prunes
    try:
        assert _count(db, uuid, floor) == 0
        with db.read() as session:
            assert journal.journal_start(session, uuid) == floor
            rebuilt = history.document_at(session, uuid, floor)
            assert rebuilt is not None
            _same(rebuilt, then)
            assert journal.prune_due(session) == []  # nothing left to do: the next open only reads
            with pytest.raises(revisions.HistoryTooShort, match="older than the history this database keeps"):
                revisions.base_at(session, uuid, floor - 1)
        # A write based on the floor still merges; one based on before it is refused, nothing written.
        done = fields.set_field(db, uuid, f"{section.uuid}.body", "Nouveau texte", base_revision=floor)
        assert done.change.after == {"body": "Nouveau texte"}
        with pytest.raises(revisions.HistoryTooShort):
            fields.set_field(db, uuid, "proposal.title", "Trop vieux", base_revision=floor - 1)
        assert proposals.get_document(db, uuid).proposal.title == "Récent 2"
        # A window that far behind is told to read everything again (an entity-level change).
        assert ("proposal", uuid, None) in revisions.changes_since(db, uuid, floor - 3).fields
    finally:
        db.close()


def test_a_readers_position_is_kept_whatever_its_age(db: Database) -> None:
    uuid = proposals.create_demo(db)
    section = proposals.get_document(db, uuid).sections[0].uuid
    for n in range(6):
        edit.update_fields(db, "sections", section, {"title": f"Titre {n}"})
    reader = revisions.current_revision(db, uuid)
    assert reader is not None
    for n in range(3):
        edit.update_fields(db, "sections", section, {"body": f"Corps {n}"})
    _age(db, uuid, reader + 3)  # everything is old
    with db.transaction() as session:
        assert journal.prune(session, uuid, keep_after=reader - 2) > 0
    with db.read() as session:
        assert journal.journal_start(session, uuid) == reader - 2
        assert [e.revision for e in journal.entries_since(session, uuid, reader - 2)] == \
            list(range(reader - 1, reader + 4))
    assert revisions.changes_since(db, uuid, reader).fields == ((("sections", section, "body")),)


def test_the_journal_from_a_merge_that_can_still_be_undone_is_kept(world: World) -> None:  # noqa: F811
    for n in range(3):  # the coordinator's edits before any merge: prunable
        edit.update_fields(world.co, "proposal", world.uuid, {"title": f"Avant les fusions {n}"})
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.send("LIB")
    world.append("LIB", "methodology", 0, " [LIB r2 same paragraph]")
    second = world.merge("LIB")
    blocked = {m.merge_uuid: m.blocked_by for m in merging.list_merges(world.co, world.uuid)}
    assert blocked[first] is not None and blocked[first].later == second
    now = revisions.current_revision(world.co, world.uuid)
    assert now is not None
    _age(world.co, world.uuid, now)
    with world.co.read() as session:
        record = session.get(AppliedContribution, first)
        assert record is not None
        oldest_merge = record.merged_revision
    with world.co.transaction() as session:
        assert journal.prune(session, world.uuid) > 0  # what came before the merges
    with world.co.read() as session:
        assert journal.journal_start(session, world.uuid) == oldest_merge - 1
    assert {m.merge_uuid: m.blocked_by for m in merging.list_merges(world.co, world.uuid)} == blocked
    merging.undo_merge(world.co, second)  # the footprints are whole: the later merge undoes, then the first
    merging.undo_merge(world.co, first)
    assert "[LIB r" not in world.body("methodology")[0]
