"""Writes of a whole proposal based on an older revision: merged, never a silent overwrite.

A writer that read the proposal at revision N and wants it to become
``wanted`` states N (or the snapshot it read). What other writers changed
since is kept: ``write_based_on`` merges ``wanted`` three-way into the
stored proposal against that base, field by field, with the merge partner
contributions use (``exchange.merge``): changes on one side only land, the
same change on both is taken once, Markdown changed on both sides merges
paragraph by paragraph, and anything else changed on both sides is a
``WriteConflict`` (nothing written). ``import-json --update``, undoing a
switch of call and undoing a merge all go through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused, WriteConflict
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.exchange.merge_result import MergeOutcome, Resolution
from medicen_desktop.model import Proposal
from medicen_desktop.services.lookup import audit
from medicen_desktop.services.parts import refuse_frozen_edits
from medicen_desktop.store import history, journal, snapshot
from medicen_desktop.store.database import Database


class HistoryTooShort(Refused):
    """The write is based on a revision older than the change journal reaches: it cannot be merged."""


def base_at(session: Session, proposal_uuid: str, revision: int) -> ProposalDocument:
    """The proposal as it was at ``revision``; raises HistoryTooShort."""
    found = history.document_at(session, proposal_uuid, revision)
    if found is None:
        current = snapshot.load_document(session, proposal_uuid).proposal.revision
        if revision > current:
            raise HistoryTooShort(f"revision {revision} is newer than the stored proposal (revision {current}): "
                                  "it comes from another database")
        raise HistoryTooShort(f"revision {revision} is older than the history this database keeps; "
                              "export the proposal again and make the changes on that copy")
    return found


def write_based_on(
    session: Session,
    proposal_uuid: str,
    base: ProposalDocument,
    wanted: ProposalDocument,
    *,
    what: str = "this change",
    resolutions: Mapping[str, Resolution] | None = None,
) -> MergeOutcome:
    """Make the stored proposal ``wanted``, keeping what changed since ``base``; inside the caller's transaction.

    Returns the merge outcome (``edits`` is what was written). Raises
    WriteConflict (nothing written) when a field changed differently on
    both sides and ``resolutions`` does not settle it.
    """
    ours = snapshot.load_document(session, proposal_uuid)
    outcome = merge_documents(base, ours, wanted, resolutions=resolutions)
    if outcome.unresolved:
        raise WriteConflict(outcome.unresolved, what)
    if outcome.edits:
        refuse_frozen_edits(session, proposal_uuid, outcome.edits.upserts, outcome.edits.deletions)
        snapshot.apply_changes(session, proposal_uuid, outcome.edits.upserts, outcome.edits.deletions)
    return outcome


def restore(db: Database, base: ProposalDocument, wanted: ProposalDocument, *, actor: str = "local",
            what: str = "this undo") -> MergeOutcome:
    """Bring the proposal from ``base`` back to ``wanted`` (an undo or a redo), keeping what others changed since.

    One transaction; raises WriteConflict (nothing written) when a field
    the undo would change was changed since by someone else.
    """
    proposal_uuid = wanted.proposal.uuid
    with db.transaction() as session:
        outcome = write_based_on(session, proposal_uuid, base, wanted, what=what)
        audit(session, proposal_uuid, actor, actor, {"fields": [c.path for c in outcome.changes]})
    return outcome


@dataclass(frozen=True)
class RemoteChanges:
    """What was committed to a proposal after a revision: for an open window to refresh and say so."""

    revision: int
    lists: frozenset[str]
    uuids: frozenset[str]
    fields: tuple[tuple[str, str, str | None], ...]
    """(list name, entity UUID, field or None for a whole entity added or removed), in commit order, once each."""
    actors: tuple[str, ...]


def current_revision(db: Database, proposal_uuid: str) -> int | None:
    """The proposal's revision now (None: it was deleted). One small read, no lock."""
    with db.read() as session:
        return session.scalar(select(Proposal.revision).where(Proposal.uuid == proposal_uuid))


def changes_since(db: Database, proposal_uuid: str, revision: int) -> RemoteChanges:
    """Every field the journal says changed after ``revision``, and who changed them."""
    with db.read() as session:
        now = session.scalar(select(Proposal.revision).where(Proposal.uuid == proposal_uuid)) or revision
        entries = journal.entries_since(session, proposal_uuid, revision)
        seen: dict[tuple[str, str, str | None], None] = {}
        actors: dict[str, None] = {}
        for entry in entries:
            seen[(entry.list_name, entry.entity_uuid, entry.field)] = None
            if entry.actor:
                actors[entry.actor] = None
    return RemoteChanges(now, frozenset(k[0] for k in seen), frozenset(k[1] for k in seen), tuple(seen), tuple(actors))
