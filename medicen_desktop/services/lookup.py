"""Finding proposals and recording what was done to them: the lookups every service starts from."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid as uuidlib

from sqlalchemy import func, select, text

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import NotFound
from medicen_desktop.model import AuditEntry, Proposal
from medicen_desktop.store import listing, snapshot
from medicen_desktop.store.database import Database
from medicen_desktop.store.listing import ProposalSummary


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


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def resolve(db: Database, ref: str) -> str:
    """The UUID of the proposal named by ``ref`` (a UUID or an acronym, case- and then accent-insensitive)."""
    with db.read() as session:
        if session.get(Proposal, ref) is not None:
            return ref
        matches = session.scalars(select(Proposal.uuid).where(func.lower(Proposal.acronym) == ref.lower())).all()
        if not matches:
            # lower() is ASCII-only in SQLite: compare accented acronyms in Python, first as
            # typed (ÉPI-DIAG = épi-diag), then without accents (EPI-DIAG, typed on a keyboard without É).
            rows = session.execute(select(Proposal.uuid, Proposal.acronym)).all()
            matches = [uuid for uuid, acronym in rows if acronym.casefold() == ref.casefold()]
            if not matches:
                matches = [uuid for uuid, acronym in rows if _unaccented(acronym) == _unaccented(ref)]
    if not matches:
        raise ProposalNotFound(ref)
    if len(matches) > 1:
        raise AmbiguousProposal(ref)
    return matches[0]


def list_proposals(db: Database) -> list[ProposalSummary]:
    """Every proposal, most recently changed first (the same query the start-up listing runs)."""
    with db.read() as session:
        return listing.summaries(session.execute(text(listing.QUERY)).all())


def get_document(db: Database, ref: str) -> ProposalDocument:
    """The snapshot of the proposal named by ``ref``."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return snapshot.load_document(session, proposal_uuid)
