"""Partner packages: what the coordinator sends one partner.

A package is a zip of ``manifest.json`` (format version, package UUID,
proposal UUID, partner, its assignment, app version, creation time, SHA-256
of every member, SHA-256 of the base snapshot, a per-package secret, the
sharing level), ``snapshot.json`` (the base snapshot as canonical interchange
JSON, cut down to what the partner may see: exchange/confidentiality.py),
``attachments/<sha256>``, from the second package for a partner on,
``changes.json`` (what changed since its previous one, between the two cut
snapshots), and ``signature.json`` (the coordinator's Ed25519 signature of
the manifest: exchange/signature.py). Pure: no database, no file system.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from medicen_desktop.exchange.annotations import ANNOTATION_MEMBERS
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps, write_archive
from medicen_desktop.exchange.assignment import Assignment
from medicen_desktop.exchange.confidentiality import ShareLevel, for_partner
from medicen_desktop.exchange.digest import canonical_json, sha256_hex
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.exchange.manifest import (
    CHANGES_MEMBER,
    MANIFEST_MEMBER,
    SNAPSHOT_MEMBER,
    attachment_blobs,
    attachment_member,
    check_attachments_present,
    check_member_hashes,
    open_members,
    read_manifest,
    read_snapshot,
)
from medicen_desktop.exchange.signature import SIGNATURE_MEMBER, KeyPair, sign_manifest, verify_manifest
from medicen_desktop.document.schema import ProposalDocument, UUIDStr
from medicen_desktop.exchange.round_changes import RoundChanges, build_changes, read_changes

PACKAGE_FORMAT = "medicen-package"
PACKAGE_VERSION = 1
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartnerRef(_Strict):
    participation_uuid: UUIDStr
    name: Annotated[str, Field(max_length=2_000)]


class AssignmentData(_Strict):
    section_keys: list[Annotated[str, Field(max_length=80)]] = Field(max_length=1_000)
    wp_numbers: list[Annotated[int, Field(ge=1, le=99)]] = Field(max_length=99)


class PackageManifest(_Strict):
    format: Literal["medicen-package"]
    format_version: Literal[1]
    package_uuid: UUIDStr
    proposal_uuid: UUIDStr
    partner: PartnerRef
    assignment: AssignmentData
    app_version: Annotated[str, Field(max_length=40)]
    created_at: dt.datetime
    base_sha256: Hex64
    secret: Hex64
    members: dict[Annotated[str, Field(max_length=100)], Hex64]
    round: Annotated[int, Field(ge=1, le=10_000)] = 1
    """The package's rank among those its partner received for this proposal (1 for the first)."""
    merged_sha256: Hex64 | None = None
    """The snapshot hash of the partner's last contribution merged into this package's base, if any."""
    sharing: ShareLevel = ShareLevel.FULL
    """What the snapshot holds of the other partners (packages made before sharing levels held all)."""

    def to_assignment(self) -> Assignment:
        return Assignment(
            self.partner.participation_uuid, frozenset(self.assignment.section_keys), frozenset(self.assignment.wp_numbers)
        )


@dataclass(frozen=True)
class Package:
    """A verified package: its manifest, base snapshot (and its bytes), attachment contents and signer."""

    manifest: PackageManifest
    base: ProposalDocument
    base_bytes: bytes
    blobs: dict[str, bytes]
    signer: bytes
    """The public key that signed it (the partner checks it is its coordinator's)."""
    changes: RoundChanges | None = None
    """What changed since the partner's previous package (None: a first package, or an older application's)."""
    annotations: dict[str, bytes] = field(default_factory=dict)
    """``comments.json`` and ``parts.json`` (exchange.annotations), when the package has them."""


def build_package(
    base: ProposalDocument,
    assignment: Assignment,
    partner_name: str,
    blobs: Mapping[str, bytes],
    *,
    package_uuid: str,
    secret: str,
    created_at: dt.datetime,
    app_version: str,
    sharing: ShareLevel,
    key: KeyPair,
    previous: tuple[ProposalDocument, str, dt.datetime] | None = None,
    round: int = 1,
    merged_sha256: str | None = None,
    annotations: Mapping[str, bytes] | None = None,
) -> tuple[bytes, bytes]:
    """(zip bytes, base snapshot bytes) of a package signed with ``key``; ``annotations`` the comments and
    part states to carry (exchange.annotations).

    ``base`` is the coordinator's whole proposal: the package carries it as
    ``sharing`` lets the partner see it, and so do the returned base bytes
    (what the partner's contribution is merged against). ``blobs`` holds
    every attachment's content. ``previous`` (the snapshot the partner's
    previous package carried, its UUID and date) adds the digest of what
    changed since (``exchange.round_changes``), between cut snapshots only.
    """
    base = for_partner(base, assignment.participation_uuid, sharing)
    base_bytes = dump_document(base)
    members: dict[str, bytes] = {SNAPSHOT_MEMBER: base_bytes, **(annotations or {})}
    if previous is not None:
        members[CHANGES_MEMBER] = build_changes(previous[0], base, previous[1], previous[2])
    for attachment in sorted(base.attachments, key=lambda a: a.sha256):
        members[attachment_member(attachment.sha256)] = blobs[attachment.sha256]
    manifest = PackageManifest(
        format="medicen-package",
        format_version=1,
        package_uuid=package_uuid,
        proposal_uuid=base.proposal.uuid,
        partner=PartnerRef(participation_uuid=assignment.participation_uuid, name=partner_name),
        assignment=AssignmentData(
            section_keys=sorted(assignment.section_keys), wp_numbers=sorted(assignment.wp_numbers)
        ),
        app_version=app_version,
        created_at=created_at,
        base_sha256=sha256_hex(base_bytes),
        secret=secret,
        members={name: sha256_hex(data) for name, data in members.items()},
        round=round,
        merged_sha256=merged_sha256,
        sharing=sharing,
    )
    manifest_bytes = canonical_json(manifest.model_dump(mode="json"))
    signature = sign_manifest(manifest_bytes, key)
    return write_archive({MANIFEST_MEMBER: manifest_bytes, SIGNATURE_MEMBER: signature, **members}), base_bytes


def read_package(raw: bytes, source: str, caps: Caps = DEFAULT_CAPS) -> Package:
    """Verify and read a package; raise InterchangeError naming ``source`` and the problem."""
    members = open_members(raw, source, caps)
    manifest = read_manifest(members, source, "package", PACKAGE_FORMAT, PACKAGE_VERSION, PackageManifest)
    check_member_hashes(members, manifest.members, source)
    if sha256_hex(members[SNAPSHOT_MEMBER]) != manifest.base_sha256:
        raise InterchangeError("the snapshot does not match the manifest's base hash: tampered or damaged", source)
    base = read_snapshot(members, source)
    if base.proposal.uuid != manifest.proposal_uuid:
        raise InterchangeError("the snapshot is of another proposal than the manifest says", source)
    if manifest.partner.participation_uuid not in {p.uuid for p in base.participations}:
        raise InterchangeError("the manifest's partner is not a partner of the proposal", source)
    blobs = attachment_blobs(members)
    check_attachments_present(base, blobs, set(), source)
    changes = read_changes(members[CHANGES_MEMBER], source) if CHANGES_MEMBER in members else None
    signer = verify_manifest(members, source, "package")  # last: every problem above has its own message
    return Package(manifest, base, members[SNAPSHOT_MEMBER], blobs, signer, changes,
                   {name: data for name, data in members.items() if name in ANNOTATION_MEMBERS})
