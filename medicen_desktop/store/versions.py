"""Named versions of a proposal: record a snapshot, list them, read one back.

A version is the proposal's interchange JSON (compact), zlib-compressed, in
the ``versions`` table (``model.version``), numbered 1, 2, ... per
proposal. ``record`` runs inside the caller's transaction, so an automatic
version taken before a merge exists exactly when the merge was written.
Versions are not entities of the proposal: recording one changes neither
its revision nor its change journal.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
import zlib
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import NotFound
from medicen_desktop.model import Version
from medicen_desktop.store import server_security, snapshot

KINDS = ("manual", "merge", "retarget", "import", "round", "restore")
"""Why a version was taken: on demand, or before a merge, a switch of call, an import over the
proposal, a new round opened in a partner copy, a restore."""

AUTOMATIC_KEPT = 20
"""Pruning keeps the last 20 automatic versions of a proposal (about four rounds of five merges each)..."""
AUTOMATIC_DAYS = 30
"""...and every automatic version younger than 30 days, whatever their number. Versions taken on demand
(``manual``, named by the user) are never pruned. An automatic version is removed when it is both older than
the window and not among the last ``AUTOMATIC_KEPT``: each time a new automatic one is written, and by
``versions PROPOSAL --prune``."""


class VersionNotFound(NotFound):
    """No version of the proposal matches the reference (number, name or UUID)."""


@dataclass(frozen=True)
class VersionInfo:
    """A version as lists show it (without its snapshot)."""

    uuid: str
    number: int
    name: str
    kind: str
    revision: int
    created_at: dt.datetime
    created_by: str
    size: int
    stored: int
    """Bytes kept in the database (compressed)."""


def _info(row: Version) -> VersionInfo:
    return VersionInfo(row.uuid, row.number, row.name, row.kind, row.revision, row.created_at, row.created_by,
                       row.size, len(row.snapshot))


def record_document(session: Session, document: ProposalDocument, name: str, kind: str, actor: str,
                    keep: frozenset[str] = frozenset()) -> VersionInfo:
    """Keep ``document`` (the proposal as it is in this transaction) as the proposal's next version; an
    automatic one prunes the automatic versions the policy no longer keeps (never those of UUID in ``keep``)."""
    server_security.refuse_partner(session, "versions")
    if kind not in KINDS:
        raise ValueError(f"unknown version kind {kind!r}")
    proposal_uuid = document.proposal.uuid
    number = (session.scalar(select(func.max(Version.number)).where(Version.proposal_uuid == proposal_uuid)) or 0) + 1
    raw = document.model_dump_json().encode()  # compact: 10 times faster to write than the indented export
    row = Version(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid, number=number, name=name[:200], kind=kind,
                  revision=document.proposal.revision, created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                  created_by=actor[:200], size=len(raw), snapshot=zlib.compress(raw, 3))
    session.add(row)
    session.flush()
    if kind != "manual":
        prune(session, proposal_uuid, keep=keep)
    return _info(row)


def prune(session: Session, proposal_uuid: str, *, dry_run: bool = False, now: dt.datetime | None = None,
          keep: frozenset[str] = frozenset()) -> list[VersionInfo]:
    """Remove (``dry_run``: only name) the proposal's automatic versions past the policy: not among the last
    ``AUTOMATIC_KEPT`` automatic ones and older than ``AUTOMATIC_DAYS`` days. Inside the caller's transaction;
    returns the versions removed (or that would be), oldest first."""
    moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    cutoff = moment - dt.timedelta(days=AUTOMATIC_DAYS)
    automatic = list(session.scalars(select(Version).where(
        Version.proposal_uuid == proposal_uuid, Version.kind != "manual").order_by(Version.number.desc())))
    gone = [row for row in automatic[AUTOMATIC_KEPT:] if row.created_at < cutoff and row.uuid not in keep]
    infos = [_info(row) for row in reversed(gone)]
    if not dry_run:
        for row in gone:
            session.delete(row)
        session.flush()
    return infos


def record(session: Session, proposal_uuid: str, name: str, kind: str, actor: str) -> VersionInfo:
    """Keep the stored proposal as it is now as its next version; raises ProposalMissing."""
    return record_document(session, snapshot.load_document(session, proposal_uuid), name, kind, actor)


def list_versions(session: Session, proposal_uuid: str) -> list[VersionInfo]:
    """The proposal's versions, oldest first."""
    server_security.refuse_partner(session, "versions")
    rows = session.scalars(select(Version).where(Version.proposal_uuid == proposal_uuid).order_by(Version.number))
    return [_info(row) for row in rows]


def find(session: Session, proposal_uuid: str, ref: str) -> Version:
    """The version named by ``ref``: its number (``3`` or ``v3``), its UUID, or its name (the latest of that
    name). Raises VersionNotFound."""
    server_security.refuse_partner(session, "versions")
    text = ref.strip()
    digits = text[1:] if text[:1] in ("v", "V") else text
    where = Version.proposal_uuid == proposal_uuid
    row: Version | None = None
    if digits.isdigit():
        row = session.scalars(select(Version).where(where, Version.number == int(digits))).first()
    if row is None:
        row = session.scalars(select(Version).where(where, Version.uuid == text)).first()
    if row is None:
        row = session.scalars(select(Version).where(where, Version.name == text).order_by(Version.number.desc())).first()
    if row is None:
        raise VersionNotFound(f"no version {ref!r} of this proposal (see `versions`)")
    return row


def document_of(row: Version) -> ProposalDocument:
    """The snapshot a version keeps (written by this application: validated, not parsed defensively)."""
    return ProposalDocument.model_validate_json(zlib.decompress(row.snapshot))


def load(session: Session, proposal_uuid: str, ref: str) -> tuple[VersionInfo, ProposalDocument]:
    """A version's description and snapshot; raises VersionNotFound."""
    row = find(session, proposal_uuid, ref)
    return _info(row), document_of(row)
