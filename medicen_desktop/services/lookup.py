"""Finding proposals and recording what was done to them: the lookups every service starts from.

Importing it loads neither SQLAlchemy nor the ORM models (they load with the
first call that needs them): ``read_document`` answers a read-only command
from a SQLite file through ``sqlite3`` alone.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from medicen_desktop.errors import NotFound
from medicen_desktop.store import listing, quick_snapshot
from medicen_desktop.store.listing import ProposalSummary

if TYPE_CHECKING:
    from medicen_desktop.document.schema import ProposalDocument
    from medicen_desktop.store.database import Database


class ProposalNotFound(NotFound):
    """No proposal matches the reference (UUID or acronym)."""

    def __str__(self) -> str:
        return f"no proposal with UUID or acronym {self.args[0]!r}"


class AmbiguousProposal(ProposalNotFound):
    def __str__(self) -> str:
        return f"several proposals have the acronym {self.args[0]!r}; use the UUID"


def audit(session: object, proposal_uuid: str | None, actor: str, action: str, detail: dict[str, object]) -> None:
    """Append one entry to the audit log (inside the caller's transaction).

    ``actor`` says through what (``cli``, ``gui``, ``demo``...); the person is
    the database connection's user (``Database.user``), recorded with it.
    """
    from medicen_desktop.model import AuditEntry

    user = getattr(session, "info", {}).get("actor")
    session.add(  # type: ignore[attr-defined]
        AuditEntry(
            uuid=str(uuidlib.uuid4()),
            proposal_uuid=proposal_uuid,
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            actor=f"{user} ({actor})" if user else actor,
            action=action,
            detail=detail,
        )
    )


def resolve(db: Database, ref: str) -> str:
    """The UUID of the proposal named by ``ref`` (a UUID or an acronym, case- and then accent-insensitive)."""
    from sqlalchemy import func, select

    from medicen_desktop.model import Proposal

    with db.read() as session:
        if session.get(Proposal, ref) is not None:
            return ref
        matches = list(session.scalars(select(Proposal.uuid).where(func.lower(Proposal.acronym) == ref.lower())))
        if not matches:
            # lower() is ASCII-only in SQLite: compare accented acronyms in Python.
            rows = session.execute(select(Proposal.uuid, Proposal.acronym))
            matches = quick_snapshot.matching_acronyms(((uuid, acronym) for uuid, acronym in rows), ref)
    return _one(matches, ref)


def _one(matches: list[str], ref: str) -> str:
    if not matches:
        raise ProposalNotFound(ref)
    if len(matches) > 1:
        raise AmbiguousProposal(ref)
    return matches[0]


def list_proposals(db: Database) -> list[ProposalSummary]:
    """Every proposal, most recently changed first (the same query the start-up listing runs)."""
    from sqlalchemy import text

    with db.read() as session:
        return listing.summaries(session.execute(text(listing.QUERY)).all())


def get_document(db: Database, ref: str) -> ProposalDocument:
    """The snapshot of the proposal named by ``ref``."""
    from medicen_desktop.store import snapshot

    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return snapshot.load_document(session, proposal_uuid)


def read_document(location: str, ref: str, database: Callable[[], Database]) -> ProposalDocument:
    """``get_document`` for a command that only reads: the snapshot of the proposal named by ``ref`` in the
    database at ``location``, read from a SQLite file without the ORM when the file allows (see
    ``store.quick_snapshot``), else through ``database()`` (opened, created or migrated as needed).

    Raises ProposalNotFound (or AmbiguousProposal), or DatabaseError naming a file that is not ours.
    """
    answer = None if "://" in location else quick_snapshot.read(Path(location).expanduser(), ref)
    if answer is None:
        return get_document(database(), ref)
    proposal_uuid = _one(answer.matches, ref)
    return answer.document if answer.document is not None else get_document(database(), proposal_uuid)
