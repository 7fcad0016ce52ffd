"""Merging partner contributions into the coordinator's proposal, and undoing a merge.

``merge_contribution`` verifies the file (structure, hashes, proposal,
package, HMAC, the partner's signing key: registered with its first merged
contribution and required after, base, not already merged), merges it three-way against the
stored base (the package's base snapshot, or the partner snapshot of that
package's last merged contribution, so a second contribution applies only
its new changes), and writes the result in one transaction, with the
pre-merge snapshot (for ``undo_merge``) and an audit entry, unless
conflicts remain unresolved: then nothing is written and the report lists
them. ``preview_merge`` does the same without ever writing.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps
from medicen_desktop.exchange.assignment import Assignment, Scope
from medicen_desktop.exchange.frozen import FrozenScope
from medicen_desktop.exchange.contribution import (
    Contribution,
    read_contribution,
    verify_signature,
)
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import load_document, plain
from medicen_desktop.exchange.manifest import check_attachments_present
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.exchange.merge_result import (
    Conflict,
    FieldChange,
    MergeOutcome,
    RefusedChange,
    Resolution,
)
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import untouched
from medicen_desktop.errors import NotFound, Refused, WriteConflict
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.model import (
    AppliedContribution,
    AttachmentBlob,
    ExchangePackage,
    Proposal,
)
from medicen_desktop.exchange.signature import fingerprint
from medicen_desktop.services import carried_notes, merge_dependency, parts, rounds, signing
from medicen_desktop.services.merge_dependency import Dependency
from medicen_desktop.services.packages import store_blobs
from medicen_desktop.services.proposals import audit, resolve
from medicen_desktop.store import server_security, snapshot, versions
from medicen_desktop.store.database import Database


class AlreadyMerged(InterchangeError):
    """This very contribution was merged before; nothing changes."""


class UndoRefused(Refused):
    """Undoing the merge would revert changes made since to the same fields (``conflicts``)."""

    def __init__(self, message: str, conflicts: tuple[Conflict, ...] = ()) -> None:
        super().__init__(message)
        self.conflicts = conflicts


@dataclass(frozen=True)
class MergeReport:
    """What a merge did (``applied``) or would do, for the GUI's merge window and the CLI."""

    proposal_uuid: str
    package_uuid: str
    partner: str
    snapshot_sha256: str
    changes: tuple[FieldChange, ...]
    conflicts: tuple[Conflict, ...]
    unresolved: tuple[Conflict, ...]
    refused: tuple[RefusedChange, ...]
    applied: bool = False
    merge_uuid: str | None = None
    new_key: str | None = None
    """The fingerprint of the partner's signing key when this contribution registers (or, previewed, would
    register) it: the partner's first merged contribution."""

    def to_data(self) -> dict[str, Any]:
        return {
            "proposal": self.proposal_uuid,
            "package": self.package_uuid,
            "partner": self.partner,
            "applied": self.applied,
            "merge": self.merge_uuid,
            "changes": [{"path": c.path, "label": c.label, "kind": c.kind} for c in self.changes],
            "conflicts": [c.to_data() for c in self.unresolved],
            "resolved_conflicts": [c.id for c in self.conflicts if c not in self.unresolved],
            "refused": [r.to_data() for r in self.refused],
            "new_key": self.new_key,
        }


@dataclass(frozen=True)
class MergeRecord:
    """A merged contribution, as the GUI lists it (newest first) for undo.

    ``blocked_by`` says which later merge depends on this one (services.merge_dependency): then it
    cannot be undone before that one is.
    """

    merge_uuid: str
    package_uuid: str
    partner: str
    applied_at: dt.datetime
    applied_by: str
    blocked_by: Dependency | None = None

    @property
    def can_undo(self) -> bool:
        return self.blocked_by is None


@dataclass
class _Prepared:
    contribution: Contribution
    package: ExchangePackage
    outcome: MergeOutcome
    ours: ProposalDocument
    resolutions: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=32)
def _parse_base(raw: bytes) -> ProposalDocument:
    """Stored bases are our own canonical JSON; parsed once per process."""
    return load_document(raw, "<stored base>")


def _verify(session: Session, proposal_uuid: str, contribution: Contribution, source: str) -> ExchangePackage:
    manifest = contribution.manifest
    if manifest.proposal_uuid != proposal_uuid:
        raise InterchangeError(f"contribution of another proposal ({manifest.proposal_uuid}), not of {proposal_uuid}",
                               source)
    package = session.get(ExchangePackage, manifest.package_uuid)
    if package is None or package.proposal_uuid != proposal_uuid:
        raise InterchangeError(f"package {manifest.package_uuid} was not made from this database", source)
    verify_signature(contribution, package.secret, source)
    signing.check_contribution_signer(session, proposal_uuid, package.participation_uuid, package.partner_name,
                                      contribution.signer, package.uuid, source, register=False)
    if manifest.base_sha256 != package.base_sha256:
        raise InterchangeError("the contribution's base is not the snapshot sent in its package", source)
    if manifest.participation_uuid != package.participation_uuid:
        raise InterchangeError("the contribution's partner is not the package's partner", source)
    done = session.scalars(select(AppliedContribution).where(
        AppliedContribution.package_uuid == package.uuid,
        AppliedContribution.snapshot_sha256 == contribution.snapshot_sha256)).first()
    if done is not None:
        raise AlreadyMerged(
            f"already merged on {done.applied_at:%Y-%m-%d %H:%M} UTC by {done.applied_by}; nothing changed", source)
    known = set(session.scalars(select(AttachmentBlob.sha256).where(
        AttachmentBlob.sha256.in_(sorted({a.sha256 for a in contribution.snapshot.attachments})))))
    check_attachments_present(contribution.snapshot, contribution.blobs, known, source)
    return package


def _base_for(session: Session, package: ExchangePackage) -> ProposalDocument:
    """The package's base, or the partner snapshot of its last merged contribution."""
    last = session.scalars(select(AppliedContribution).where(AppliedContribution.package_uuid == package.uuid)
                           .order_by(AppliedContribution.applied_at.desc())).first()
    return _parse_base(last.snapshot if last is not None else package.base_snapshot)


def _earlier_contribution(session: Session, package: ExchangePackage) -> bytes | None:
    """The partner's last contribution merged from an earlier package of the same proposal, if any."""
    row = session.scalars(select(AppliedContribution).join(
        ExchangePackage, ExchangePackage.uuid == AppliedContribution.package_uuid).where(
        ExchangePackage.proposal_uuid == package.proposal_uuid,
        ExchangePackage.participation_uuid == package.participation_uuid,
        ExchangePackage.uuid != package.uuid).order_by(AppliedContribution.applied_at.desc())).first()
    return row.snapshot if row is not None else None


def _untouched_withheld(theirs: ProposalDocument, base: ProposalDocument) -> ProposalDocument:
    """The partner's snapshot with what was withheld from it (its package's marker or its own) as its base
    holds it: a value the partner could not see is "not touched" by the merge, never "emptied"."""
    marker = {uuid: sorted({*names, *theirs.withheld.get(uuid, ())}) for uuid, names in base.withheld.items()}
    marker.update({uuid: names for uuid, names in theirs.withheld.items() if uuid not in marker})
    return untouched(theirs, base, marker)


def _prepare(
    session: Session,
    proposal_uuid: str,
    raw: bytes,
    source: str,
    take: Side | None,
    resolutions: Mapping[str, Resolution] | None,
    caps: Caps,
) -> _Prepared:
    contribution = read_contribution(raw, source, caps)
    package = _verify(session, proposal_uuid, contribution, source)
    base = _base_for(session, package)
    original = _parse_base(package.base_snapshot)
    assignment = Assignment(package.participation_uuid, frozenset(package.section_keys), frozenset(package.wp_numbers))
    ours = snapshot.load_document(session, proposal_uuid)
    scope = FrozenScope(Scope(assignment, original), parts.frozen_parts(session, proposal_uuid))
    theirs = _untouched_withheld(contribution.snapshot, base)
    outcome = merge_documents(base, ours, theirs, scope, resolutions=resolutions, take=take)
    if outcome.unresolved:  # the coordinator's side may be the partner's own words of an earlier round
        earlier = _earlier_contribution(session, package)
        auto = rounds.superseded(outcome.unresolved, earlier, "theirs")
        if auto:
            resolutions = {**auto, **(resolutions or {})}
            outcome = merge_documents(base, ours, theirs, scope, resolutions=resolutions, take=take)
    chosen = {c.id: (resolutions or {}).get(c.id, take) for c in outcome.conflicts if c not in outcome.unresolved}
    return _Prepared(contribution, package, outcome, ours,
                     {k: v if isinstance(v, str) else "custom" for k, v in chosen.items()})


def _report(proposal_uuid: str, prepared: _Prepared, applied: bool, merge_uuid: str | None,
            new_key: bool = False) -> MergeReport:
    o = prepared.outcome
    return MergeReport(proposal_uuid, prepared.package.uuid, prepared.package.partner_name,
                       prepared.contribution.snapshot_sha256, tuple(o.changes), tuple(o.conflicts),
                       tuple(o.unresolved), tuple(o.refused), applied, merge_uuid,
                       fingerprint(prepared.contribution.signer) if new_key else None)


def preview_merge(db: Database, ref: str, raw: bytes, source: str, *, take: Side | None = None,
                  resolutions: Mapping[str, Resolution] | None = None, caps: Caps = DEFAULT_CAPS) -> MergeReport:
    """Verify and merge in memory; never writes. Raises InterchangeError / AlreadyMerged."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        server_security.refuse_partner(session, "packages and merges")
        prepared = _prepare(session, proposal_uuid, raw, source, take, resolutions, caps)
        # Inside the session: the report reads the package row, which the
        # closing rollback would expire (DetachedInstanceError).
        first = signing.trusted_key(session, proposal_uuid, prepared.package.participation_uuid) is None
        return _report(proposal_uuid, prepared, False, None, first)


def merge_contribution(db: Database, ref: str, raw: bytes, source: str, *, take: Side | None = None,
                       resolutions: Mapping[str, Resolution] | None = None, actor: str = "local",
                       caps: Caps = DEFAULT_CAPS) -> MergeReport:
    """Verify, merge and, if no conflict is left unresolved, write it all in one transaction.

    Returns the report (``applied`` False with ``unresolved`` conflicts:
    nothing was written). Raises InterchangeError (refused file) or
    AlreadyMerged; in both cases the database is as it was.
    """
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        server_security.refuse_partner(session, "packages and merges")
        try:
            prepared = _prepare(session, proposal_uuid, raw, source, take, resolutions, caps)
        except AlreadyMerged:  # the same text again may still bring new comments or replies
            report = _comments_only(session, proposal_uuid, raw, source, caps, actor)
            if report is None:
                raise
            return report
        if prepared.outcome.unresolved:  # nothing was written in this transaction
            return _report(proposal_uuid, prepared, False, None)
        store_blobs(session, prepared.contribution.blobs)
        package = prepared.package
        new_key = signing.check_contribution_signer(
            session, proposal_uuid, package.participation_uuid, package.partner_name, prepared.contribution.signer,
            package.uuid, source, register=True)
        versions.record_document(session, prepared.ours, prepared.package.partner_name, "merge", actor)
        edits = prepared.outcome.edits  # only what differs from the coordinator's snapshot is written
        snapshot.apply_changes(session, proposal_uuid, edits.upserts, edits.deletions)
        carried_notes.receive_contribution(session, proposal_uuid, prepared.contribution.annotations, source,
                                           prepared.package)
        proposal = session.get(Proposal, proposal_uuid)
        assert proposal is not None
        merge_uuid = str(uuidlib.uuid4())
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        session.add(AppliedContribution(
            uuid=merge_uuid, package_uuid=prepared.package.uuid, proposal_uuid=proposal_uuid,
            snapshot_sha256=prepared.contribution.snapshot_sha256,
            snapshot=prepared.contribution.snapshot_bytes,
            pre_merge_snapshot=prepared.ours.model_dump_json().encode(), merged_revision=proposal.revision,
            applied_at=now, applied_by=actor,
        ))
        outcome = prepared.outcome
        audit(session, proposal_uuid, actor, "merge", {
            "merge": merge_uuid,
            "package": prepared.package.uuid,
            "partner": prepared.package.partner_name,
            "source": source,
            "fields": [c.path for c in outcome.changes],
            "resolutions": prepared.resolutions,
            "refused": [plain(r.to_data()) for r in outcome.refused],
            "signed_by": fingerprint(prepared.contribution.signer),
        })
    return _report(proposal_uuid, prepared, True, merge_uuid, new_key)


def merge_records(session: Session, proposal_uuid: str,
                  prints: dict[str, merge_dependency.Footprint] | None = None) -> list[MergeRecord]:
    """Merged contributions of the proposal, newest first, each with the later merge that depends on it.

    ``prints``, when given, receives each merge's footprint (what it wrote).
    """
    rows = session.execute(
        select(AppliedContribution, ExchangePackage.partner_name)
        .join(ExchangePackage, ExchangePackage.uuid == AppliedContribution.package_uuid)
        .where(AppliedContribution.proposal_uuid == proposal_uuid)
        .order_by(AppliedContribution.applied_at.desc(), AppliedContribution.merged_revision.desc())
    ).all()
    blocked = merge_dependency.dependencies(session, [r for r, _ in rows], prints)
    return [MergeRecord(r.uuid, r.package_uuid, name, r.applied_at, r.applied_by, blocked.get(r.uuid))
            for r, name in rows]


def _comments_only(session: Session, proposal_uuid: str, raw: bytes, source: str, caps: Caps,
                   actor: str) -> MergeReport | None:
    """Merge the comments of an already merged (verified) contribution; None when they bring nothing new."""
    contribution = read_contribution(raw, source, caps)
    package = session.get(ExchangePackage, contribution.manifest.package_uuid)
    if not carried_notes.receive_contribution(session, proposal_uuid, contribution.annotations, source, package):
        return None
    partner = package.partner_name if package is not None else ""
    audit(session, proposal_uuid, actor, "merge-comments",
          {"package": contribution.manifest.package_uuid, "partner": partner, "source": source})
    return MergeReport(proposal_uuid, contribution.manifest.package_uuid, partner, contribution.snapshot_sha256,
                       (), (), (), (), applied=True)


def list_merges(db: Database, ref: str) -> list[MergeRecord]:
    """Merged contributions of the proposal, newest first; those no later merge depends on can be undone."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return merge_records(session, proposal_uuid)


def dependency_message(record: MergeRecord, later: MergeRecord) -> str:
    """Why ``record`` cannot be undone, in one line naming the later merge."""
    dependency = record.blocked_by
    assert dependency is not None
    when = f"{later.partner}'s contribution merged on {later.applied_at:%Y-%m-%d %H:%M} UTC"
    if dependency.same_package:
        return f"{when} is a later contribution from the same package; undo it first"
    what = dependency.what + (f" · {dependency.field}" if dependency.field else "")
    return f"{when} changed {what} after this merge; undo it first"


def undo_merge(db: Database, merge_uuid: str, actor: str = "local", *, force: bool = False) -> str:
    """Take back what the merge changed, as one step; the contribution can be merged again.

    What was changed since the merge stays: the merge's changes are reverted
    three-way (services.revisions) against the proposal as the merge left
    it. A field the merge changed and someone changed again since is a
    conflict: UndoRefused lists them, nothing written, unless ``force``
    (then the value from before the merge wins there too). A merge that a
    later merge depends on (services.merge_dependency) is refused even
    forced: undo the later one first. Raises NotFound (no such merge).
    Returns the proposal UUID.
    """
    from medicen_desktop.services import revisions
    from medicen_desktop.store import history

    with db.transaction() as session:
        server_security.refuse_partner(session, "packages and merges")
        record = session.get(AppliedContribution, merge_uuid)
        if record is None:
            raise NotFound(f"no merge {merge_uuid}")
        records = {r.merge_uuid: r for r in merge_records(session, record.proposal_uuid)}
        blocker = records[merge_uuid].blocked_by
        if blocker is not None:  # never, not even forced: the later merge was built on this one
            raise UndoRefused(dependency_message(records[merge_uuid], records[blocker.later]))
        proposal = session.get(Proposal, record.proposal_uuid)
        before = load_document(record.pre_merge_snapshot, "<pre-merge snapshot>")
        merged = history.document_at(session, record.proposal_uuid, record.merged_revision)
        if merged is None:  # merged before this database kept a change journal: all or nothing
            if not force and (proposal is None or proposal.revision != record.merged_revision):
                raise UndoRefused("the proposal changed since this merge; undoing it would lose those changes")
            snapshot.save_document(session, before)
        else:
            try:
                revisions.write_based_on(session, record.proposal_uuid, merged, before, what="undoing this merge")
            except WriteConflict as exc:
                if not force:
                    raise UndoRefused(f"{exc}; undo those changes first, or force the undo to lose them",
                                      tuple(exc.conflicts)) from None
                revisions.write_based_on(session, record.proposal_uuid, merged, before,
                                         resolutions={c.id: "theirs" for c in exc.conflicts})
        proposal_uuid, package_uuid = record.proposal_uuid, record.package_uuid
        session.delete(record)
        audit(session, proposal_uuid, actor, "undo-merge", {"merge": merge_uuid, "package": package_uuid})
    return proposal_uuid
