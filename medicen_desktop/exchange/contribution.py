"""Contributions: what a partner sends back to the coordinator.

A contribution is a zip of ``manifest.json`` (package UUID, proposal UUID,
partner, base hash, the partner's snapshot hash, SHA-256 of every member and
an HMAC-SHA256 with the package secret over the rest of the manifest, so
over every member), ``snapshot.json`` (the partner's whole snapshot),
``attachments/<sha256>`` for attachment contents the base did not have, and
``signature.json``: the partner's own Ed25519 signature of the manifest
(exchange/signature.py). The HMAC proves the contribution answers its
package; only the signature proves who wrote it, since whoever holds the
package knows its secret. Pure: no database, no file system.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from medicen_desktop.exchange.annotations import ANNOTATION_MEMBERS
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps, write_archive
from medicen_desktop.exchange.digest import (
    canonical_json,
    sha256_hex,
    sign,
    signature_matches,
)
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.exchange.manifest import (
    MANIFEST_MEMBER,
    SNAPSHOT_MEMBER,
    attachment_blobs,
    attachment_member,
    check_member_hashes,
    open_members,
    read_manifest,
    read_snapshot,
)
from medicen_desktop.exchange.signature import SIGNATURE_MEMBER, KeyPair, sign_manifest, verify_manifest
from medicen_desktop.exchange.package import Hex64
from medicen_desktop.document.schema import ProposalDocument, UUIDStr

CONTRIBUTION_FORMAT = "medicen-contribution"
CONTRIBUTION_VERSION = 1


class ContributionManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["medicen-contribution"]
    format_version: Literal[1]
    package_uuid: UUIDStr
    proposal_uuid: UUIDStr
    participation_uuid: UUIDStr
    app_version: Annotated[str, Field(max_length=40)]
    created_at: dt.datetime
    base_sha256: Hex64
    snapshot_sha256: Hex64
    members: dict[Annotated[str, Field(max_length=100)], Hex64]
    hmac: Hex64

    def signed_part(self) -> dict[str, Any]:
        """Everything the HMAC covers: the manifest without the HMAC itself."""
        data = self.model_dump(mode="json")
        del data["hmac"]
        return data


@dataclass(frozen=True)
class Contribution:
    """A verified contribution: hashes and Ed25519 signature (the HMAC is checked with ``verify_signature``).

    Whose key ``signer`` is, is the coordinator's business (services/keys.py).
    """

    manifest: ContributionManifest
    snapshot: ProposalDocument
    snapshot_sha256: str
    snapshot_bytes: bytes
    blobs: dict[str, bytes]
    signer: bytes
    annotations: dict[str, bytes] = field(default_factory=dict)
    """``comments.json`` (exchange.annotations), when the contribution has it."""


def build_contribution(
    snapshot: ProposalDocument,
    blobs: Mapping[str, bytes],
    *,
    package_uuid: str,
    participation_uuid: str,
    base_sha256: str,
    secret: str,
    created_at: dt.datetime,
    app_version: str,
    key: KeyPair,
    annotations: Mapping[str, bytes] | None = None,
) -> bytes:
    """The zip bytes of a contribution signed with the partner's ``key``; ``blobs`` holds the attachment
    contents to include, ``annotations`` the comments to carry (exchange.annotations)."""
    snapshot_bytes = dump_document(snapshot)
    members: dict[str, bytes] = {SNAPSHOT_MEMBER: snapshot_bytes, **(annotations or {})}
    for sha in sorted(blobs):
        members[attachment_member(sha)] = blobs[sha]
    unsigned: dict[str, Any] = {
        "format": CONTRIBUTION_FORMAT,
        "format_version": CONTRIBUTION_VERSION,
        "package_uuid": package_uuid,
        "proposal_uuid": snapshot.proposal.uuid,
        "participation_uuid": participation_uuid,
        "app_version": app_version,
        "created_at": created_at.isoformat(),
        "base_sha256": base_sha256,
        "snapshot_sha256": sha256_hex(snapshot_bytes),
        "members": {name: sha256_hex(data) for name, data in members.items()},
    }
    manifest = ContributionManifest.model_validate({**unsigned, "hmac": "0" * 64})
    signed = manifest.signed_part()
    manifest_bytes = canonical_json({**signed, "hmac": sign(secret, signed)})
    signature = sign_manifest(manifest_bytes, key)
    return write_archive({MANIFEST_MEMBER: manifest_bytes, SIGNATURE_MEMBER: signature, **members})


def read_contribution(raw: bytes, source: str, caps: Caps = DEFAULT_CAPS) -> Contribution:
    """Verify the structure and hashes of a contribution; raise InterchangeError."""
    members = open_members(raw, source, caps, "contribution")
    manifest = read_manifest(
        members, source, "contribution", CONTRIBUTION_FORMAT, CONTRIBUTION_VERSION, ContributionManifest
    )
    check_member_hashes(members, manifest.members, source)
    snapshot_sha = manifest.members[SNAPSHOT_MEMBER]  # just checked against the member's bytes
    if snapshot_sha != manifest.snapshot_sha256:
        raise InterchangeError("the snapshot does not match the manifest's snapshot hash: tampered or damaged", source)
    snapshot = read_snapshot(members, source)
    if snapshot.proposal.uuid != manifest.proposal_uuid:
        raise InterchangeError("the snapshot is of another proposal than the manifest says", source)
    signer = verify_manifest(members, source, "contribution")  # last: every problem above has its own message
    return Contribution(manifest, snapshot, snapshot_sha, members[SNAPSHOT_MEMBER], attachment_blobs(members), signer,
                        {name: data for name, data in members.items() if name in ANNOTATION_MEMBERS})


def verify_signature(contribution: Contribution, secret: str, source: str) -> None:
    """Raise InterchangeError unless the HMAC matches the package secret."""
    if not signature_matches(secret, contribution.manifest.signed_part(), contribution.manifest.hmac):
        raise InterchangeError("the HMAC does not match the package secret: tampered or not from this package", source)
