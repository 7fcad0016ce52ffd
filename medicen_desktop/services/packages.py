"""Packages and contributions: the coordinator sends, the partner opens and answers.

- ``create_package`` (coordinator): a package for one partner; its base
  snapshot and secret are kept in the coordinator's database.
- ``open_package`` (partner): a local partner copy of the proposal, in
  partner mode (see services/assignment.py); a newer package for an existing
  copy updates it in place (a new round, services/rounds.py).
- ``create_contribution`` (partner): the partner's snapshot, with the
  package secret's HMAC and the partner's own signature.

Packages carry only what the proposal's sharing level lets the partner see
of the others (services/sharing.py) and are signed with the coordinator's
key; the partner's copy trusts the key of its first package and refuses any
other after (services/signing.py).

Each is one transaction; each returns bytes for the caller to write, so the
GUI and the CLI choose where. Files from elsewhere are verified before
anything is written (InterchangeError naming the file and the problem).
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import secrets
import uuid as uuidlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medicen_desktop.errors import Refused
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps
from medicen_desktop.exchange.assignment import (
    Assignment,
    find_participation,
    partner_name,
)
from medicen_desktop.exchange.confidentiality import own_totals
from medicen_desktop.exchange.private_rates import rates_as_totals
from medicen_desktop.exchange.contribution import build_contribution
from medicen_desktop.exchange.digest import sha256_hex
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document, load_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.merge_result import Resolution
from medicen_desktop.exchange.package import Package, build_package, read_package
from medicen_desktop.exchange.round_changes import RoundChanges
from medicen_desktop.model import Assignment as AssignmentRow
from medicen_desktop.model import AppliedContribution, AttachmentBlob, ExchangePackage, PartnerCopy, Proposal
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.exchange.signature import fingerprint
from medicen_desktop.services import carried_notes, files, rounds, sharing, signing, validation
from medicen_desktop.services.proposals import audit, resolve
from medicen_desktop.store import server_security, snapshot, versions
from medicen_desktop.store.database import Database


def app_version() -> str:
    try:
        return importlib.metadata.version("medicen-desktop")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class NotPartnerCopy(Refused):
    """A contribution can only be written from a proposal opened from a package."""


@dataclass(frozen=True)
class PackageFile:
    """A package made for one partner: the zip bytes and what the GUI shows."""

    data: bytes
    package_uuid: str
    proposal_uuid: str
    participation_uuid: str
    partner: str
    base_sha256: str
    sharing: str = "full"
    """What the package holds of the other partners (exchange/confidentiality.py)."""
    signed_by: str = ""
    """The fingerprint of the coordinator's key that signed it."""


@dataclass(frozen=True)
class PackageRecord:
    """A package sent, as the coordinator's GUI lists it."""

    package_uuid: str
    participation_uuid: str
    partner: str
    created_at: dt.datetime
    created_by: str
    base_sha256: str


@dataclass(frozen=True)
class OpenedPackage:
    """The partner copy made from a package."""

    proposal_uuid: str
    package_uuid: str
    participation_uuid: str
    partner: str
    assignment: Assignment
    rebased_from: str | None = None
    """The package the copy was opened from, when this package updated it (a new round)."""
    resolved: int = 0
    """Conflicts the rebase resolved (``take`` or ``resolutions``)."""
    round: int = 1
    """The package's round (1: the partner's first package of this proposal)."""
    changes: RoundChanges | None = None
    """What the coordinator changed since the partner's previous package (None: a first package)."""
    sharing: str = "full"
    """What the package holds of the other partners."""
    signed_by: str = ""
    """The fingerprint of the coordinator's key (the same for every package of a copy)."""


@dataclass(frozen=True)
class ContributionFile:
    data: bytes
    package_uuid: str
    snapshot_sha256: str


def blobs_for(session: Session, hashes: set[str]) -> dict[str, bytes]:
    """Attachment contents by SHA-256."""
    if not hashes:
        return {}
    rows = session.scalars(select(AttachmentBlob).where(AttachmentBlob.sha256.in_(sorted(hashes))))
    return {row.sha256: row.content for row in rows}


def store_blobs(session: Session, blobs: dict[str, bytes]) -> None:
    """Insert attachment contents that are not stored yet (content is addressed by hash)."""
    for sha, content in blobs.items():
        if session.get(AttachmentBlob, sha) is None:
            session.add(AttachmentBlob(sha256=sha, size=len(content), content=content))
    session.flush()


PackageWriter = Callable[[ProposalDocument, Assignment, str, str, str, str], bytes]
"""Writes a package's file other than the zip: (base, assignment, partner name, package UUID, secret, base SHA-256)
→ bytes (the Word package, ``services.word_packages``)."""


def create_package(db: Database, ref: str, partner: str, actor: str = "local",
                   output: Path | None = None, writer: PackageWriter | None = None) -> PackageFile:
    """Make a package for ``partner`` (UUID, short or legal name) with its stored assignment.

    ``writer`` writes another file than the zip for the same recorded package (base snapshot and secret).

    ``output``, when given, is written inside the transaction (under a
    temporary name: when that fails, the package is not recorded) and renamed
    into place once the record is committed: a crash never leaves a package
    file whose secret the database does not know.

    Raises LookupError (unknown proposal or partner) or ValueError (no
    assignment stored for the partner; an empty one gives only its own data).
    """
    proposal_uuid = resolve(db, ref)
    staged: files.Staged | None = None
    try:
        with db.transaction() as session:
            server_security.refuse_partner(session, "packages and merges")
            document = snapshot.load_document(session, proposal_uuid)
            participation_uuid = find_participation(document, partner)
            row = session.scalars(select(AssignmentRow).where(
                AssignmentRow.proposal_uuid == proposal_uuid, AssignmentRow.participation_uuid == participation_uuid)).first()
            if row is None:
                raise Refused(f"partner {partner} has no assignment in {document.proposal.acronym}; assign it first")
            assignment = Assignment(participation_uuid, frozenset(row.section_keys), frozenset(row.wp_numbers))
            name = partner_name(document, participation_uuid)
            package_uuid, secret, now = str(uuidlib.uuid4()), secrets.token_hex(32), _now()
            sent = session.scalar(select(func.count()).select_from(ExchangePackage).where(
                ExchangePackage.proposal_uuid == proposal_uuid, ExchangePackage.participation_uuid == participation_uuid))
            merged = session.scalar(select(AppliedContribution.snapshot_sha256).join(
                ExchangePackage, ExchangePackage.uuid == AppliedContribution.package_uuid).where(
                ExchangePackage.proposal_uuid == proposal_uuid, ExchangePackage.participation_uuid == participation_uuid)
                .order_by(AppliedContribution.applied_at.desc()).limit(1))
            level, key = sharing.level_in(session, proposal_uuid), signing.own_key(session, proposal_uuid)
            if writer is None:
                data, base_bytes = build_package(
                    document, assignment, name, blobs_for(session, {a.sha256 for a in document.attachments}),
                    package_uuid=package_uuid, secret=secret, created_at=now, app_version=app_version(),
                    previous=_previous_package(session, proposal_uuid, participation_uuid),
                    round=(sent or 0) + 1, merged_sha256=merged,
                    annotations=carried_notes.for_package(session, proposal_uuid, participation_uuid),
                    sharing=level, key=key,
                )
            else:
                base_bytes = dump_document(document)
                data = writer(document, assignment, name, package_uuid, secret, sha256_hex(base_bytes))
            base_sha = sha256_hex(base_bytes)
            session.add(ExchangePackage(
                uuid=package_uuid, proposal_uuid=proposal_uuid, participation_uuid=participation_uuid, partner_name=name,
                section_keys=sorted(assignment.section_keys), wp_numbers=sorted(assignment.wp_numbers), secret=secret,
                base_sha256=base_sha, base_snapshot=base_bytes, created_at=now, created_by=actor,
            ))
            audit(session, proposal_uuid, actor, "package", {
                "package": package_uuid, "partner": name, "base_sha256": base_sha, "sharing": level.value,
                **({"format": "docx"} if writer is not None else {})})
            if output is not None:
                session.flush()
                staged = files.stage_beside(output, data)
            session.flush()
    except BaseException:
        if staged is not None:
            staged.discard()  # the record was not committed: no file either
        raise
    if staged is not None and output is not None:
        staged.publish(output)
    return PackageFile(data, package_uuid, proposal_uuid, participation_uuid, name, base_sha, level.value,
                       fingerprint(key.public))


def _previous_package(session: Session, proposal_uuid: str, participation_uuid: str
                      ) -> tuple[ProposalDocument, str, dt.datetime] | None:
    """The snapshot the partner's last package carried (as sent), its UUID and date; None: none sent yet."""
    row = session.scalars(select(ExchangePackage).where(
        ExchangePackage.proposal_uuid == proposal_uuid, ExchangePackage.participation_uuid == participation_uuid)
        .order_by(ExchangePackage.created_at.desc())).first()
    if row is None:
        return None
    return load_document(row.base_snapshot, "<previous package>"), row.uuid, row.created_at


def list_packages(db: Database, ref: str) -> list[PackageRecord]:
    """Packages made for the proposal, oldest first."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        rows = session.scalars(select(ExchangePackage).where(ExchangePackage.proposal_uuid == proposal_uuid)
                               .order_by(ExchangePackage.created_at))
        return [PackageRecord(r.uuid, r.participation_uuid, r.partner_name, r.created_at, r.created_by, r.base_sha256)
                for r in rows.all()]


def _existing_copy(session: Session, package: Package, source: str) -> PartnerCopy | None:
    """The partner copy a package would update (None: the proposal is not in this database)."""
    manifest = package.manifest
    if session.get(Proposal, manifest.proposal_uuid) is None:
        return None
    copy = session.get(PartnerCopy, manifest.proposal_uuid)
    if copy is None:
        raise InterchangeError(
            f"this database already holds proposal {package.base.proposal.acronym}; "
            "open the package in the partner's own database", source)
    return copy


def preview_round(db: Database, raw: bytes, source: str, caps: Caps = DEFAULT_CAPS) -> rounds.RebasePreview:
    """What opening a newer package would do to the partner copy, with the conflicts to settle; never writes.

    Raises InterchangeError: a refused file, or no copy of its proposal here to update.
    """
    package = read_package(raw, source, caps)
    with db.read() as session:
        copy = _existing_copy(session, package, source)
        if copy is None:
            raise InterchangeError("this database holds no copy of this proposal to update", source)
        return rounds.preview_rebase(session, copy, package, source)


def open_package(db: Database, raw: bytes, source: str, actor: str = "local", caps: Caps = DEFAULT_CAPS,
                 take: Side | None = None, resolutions: Mapping[str, Resolution] | None = None) -> OpenedPackage:
    """Verify a package and make the partner copy, or update the copy with a newer round.

    A newer package for a partner copy this database already holds rebases
    the copy's edits onto it (services/rounds.py; ``resolutions`` by
    conflict id, or ``take`` for every conflict, settle the conflicts).
    Raises InterchangeError (refused file: another partner's, older, the
    same, or a coordinator's database) or rounds.RebaseConflicts; in every
    case nothing is written.
    """
    package = read_package(raw, source, caps)
    manifest = package.manifest
    assignment = manifest.to_assignment()
    with db.transaction() as session:
        copy = _existing_copy(session, package, source)
        if copy is not None:
            rounds.check_newer(copy, package, source)
            signing.check_package_signer(session, manifest.proposal_uuid, package.signer, manifest.package_uuid,
                                         source)
            previous = copy.package_uuid
            store_blobs(session, package.blobs)
            versions.record(session, manifest.proposal_uuid, f"{manifest.created_at:%Y-%m-%d %H:%M} UTC", "round", actor)
            outcome = rounds.rebase_copy(session, copy, package, source, take, resolutions,
                                         keep_budget=sharing.private_in(session, manifest.proposal_uuid))
            carried_notes.receive_package(session, manifest.proposal_uuid, package.annotations, source)
            sharing.record_package_level(session, manifest.proposal_uuid, manifest.sharing)
            audit(session, manifest.proposal_uuid, actor, "open-package", {
                "package": manifest.package_uuid, "partner": manifest.partner.name, "rebased_from": previous,
                "round": manifest.round, "fields": [c.path for c in outcome.changes], "take": take,
                "resolutions": {k: v if isinstance(v, str) else "custom" for k, v in (resolutions or {}).items()},
            })
            return OpenedPackage(manifest.proposal_uuid, manifest.package_uuid, assignment.participation_uuid,
                                 manifest.partner.name, assignment, rebased_from=previous,
                                 resolved=len(outcome.conflicts), changes=package.changes,
                                 round=manifest.round, sharing=manifest.sharing.value,
                                 signed_by=fingerprint(package.signer))
        store_blobs(session, package.blobs)
        try:
            snapshot.save_document(session, package.base)
        except snapshot.EntityOfAnotherProposal as exc:
            raise InterchangeError(str(exc), source) from None
        carried_notes.receive_package(session, manifest.proposal_uuid, package.annotations, source)
        session.add(PartnerCopy(
            proposal_uuid=manifest.proposal_uuid, package_uuid=manifest.package_uuid,
            participation_uuid=assignment.participation_uuid, section_keys=sorted(assignment.section_keys),
            wp_numbers=sorted(assignment.wp_numbers), secret=manifest.secret, base_sha256=manifest.base_sha256,
            opened_at=_now(), base_snapshot=package.base_bytes, package_created_at=rounds.naive_utc(manifest.created_at),
        ))
        signing.check_package_signer(session, manifest.proposal_uuid, package.signer, manifest.package_uuid, source)
        signing.own_key(session, manifest.proposal_uuid)  # the partner's own, to sign its contributions
        sharing.record_package_level(session, manifest.proposal_uuid, manifest.sharing)
        audit(session, manifest.proposal_uuid, actor, "open-package",
              {"package": manifest.package_uuid, "partner": manifest.partner.name,
               "signed_by": fingerprint(package.signer)})
    return OpenedPackage(manifest.proposal_uuid, manifest.package_uuid, assignment.participation_uuid,
                         manifest.partner.name, assignment, changes=package.changes,
                         round=manifest.round, sharing=manifest.sharing.value, signed_by=fingerprint(package.signer))


def partner_copy(db: Database, ref: str) -> OpenedPackage | None:
    """The package a proposal was opened from (None: not a partner copy)."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        copy = session.get(PartnerCopy, proposal_uuid)
        if copy is None:
            return None
        document = snapshot.load_document(session, proposal_uuid)
        assignment = Assignment(copy.participation_uuid, frozenset(copy.section_keys), frozenset(copy.wp_numbers))
        return OpenedPackage(proposal_uuid, copy.package_uuid, copy.participation_uuid,
                             partner_name(document, copy.participation_uuid), assignment)


def create_contribution(db: Database, ref: str, actor: str = "local",
                        write: Callable[[bytes], None] | None = None) -> ContributionFile:
    """The partner's contribution: its whole snapshot, signed with its own key. Raises NotPartnerCopy.

    When the partner keeps its budget private, its budget lines travel as
    totals (exchange/confidentiality.py ``own_totals``) and its staff rates
    not at all: its personnel goes as totals per work package and year
    (exchange/private_rates.py ``rates_as_totals``); the detail stays here.

    ``write`` (given the bytes) runs inside the transaction: when it raises,
    nothing is recorded.
    """
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        copy = session.get(PartnerCopy, proposal_uuid)
        if copy is None:
            raise NotPartnerCopy("this proposal was not opened from a package: it has no contribution to write")
        document = snapshot.load_document(session, proposal_uuid)
        if sharing.private_in(session, proposal_uuid):
            base = (load_document(copy.base_snapshot, "<partner copy's base>") if copy.base_snapshot is not None
                    else document.model_copy(update={"budget_lines": []}))
            document = own_totals(document, base, copy.participation_uuid)
            template, _ = validation.template_of(document)
            document = rates_as_totals(document, template, copy.participation_uuid)
        data = build_contribution(
            document, blobs_for(session, {a.sha256 for a in document.attachments}),
            package_uuid=copy.package_uuid, participation_uuid=copy.participation_uuid,
            base_sha256=copy.base_sha256, secret=copy.secret, created_at=_now(), app_version=app_version(),
            annotations=carried_notes.for_contribution(session, proposal_uuid),
            key=signing.own_key(session, proposal_uuid),
        )
        sent = dump_document(document)
        snapshot_sha = sha256_hex(sent)
        copy.sent_snapshot = sent
        audit(session, proposal_uuid, actor, "contribution", {"package": copy.package_uuid, "snapshot_sha256": snapshot_sha})
        if write is not None:
            session.flush()
            write(data)
    return ContributionFile(data, copy.package_uuid, snapshot_sha)
