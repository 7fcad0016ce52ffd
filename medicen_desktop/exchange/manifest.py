"""What packages and contributions share: member names, manifest reading, hash checks.

Both are zips of ``manifest.json``, ``snapshot.json`` (interchange JSON) and
``attachments/<sha256>`` (file contents by hash), signed by ``signature.json``
(exchange/signature.py). The manifest lists the SHA-256 of every other member
but the signature; a member that does not match is refused.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from medicen_desktop.exchange.annotations import ANNOTATION_MEMBERS
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps, read_archive
from medicen_desktop.exchange.digest import sha256_hex
from medicen_desktop.exchange.signature import SIGNATURE_MEMBER
from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.jsonio import load_document, parse_json
from medicen_desktop.document.schema import ProposalDocument

MANIFEST_MEMBER = "manifest.json"
SNAPSHOT_MEMBER = "snapshot.json"
ATTACHMENT_PREFIX = "attachments/"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")

M = TypeVar("M", bound=BaseModel)


CHANGES_MEMBER = "changes.json"
"""A package's optional digest of what changed since the partner's previous package (exchange.round_changes)."""


def allowed_member(name: str) -> bool:
    """The whitelist of member names."""
    return (name in (MANIFEST_MEMBER, SNAPSHOT_MEMBER, CHANGES_MEMBER, SIGNATURE_MEMBER) or name in ANNOTATION_MEMBERS
            or _ATTACHMENT.match(name) is not None)


def attachment_member(sha256: str) -> str:
    return f"{ATTACHMENT_PREFIX}{sha256}"


OFFICE_MEMBER = "[Content_Types].xml"
"""The member every Word, Excel or PowerPoint file (Office Open XML) has: a zip, but no Medicen archive."""


def open_members(raw: bytes, source: str, caps: Caps = DEFAULT_CAPS, kind: str = "package") -> dict[str, bytes]:
    """Read the archive and require a manifest and a snapshot. ``kind`` ("package" or "contribution") names
    what was expected when the file is a Word or other Office document (a .docx chosen by mistake)."""
    if is_office_document(raw):
        raise InterchangeError(f"a Word or other Office document, not a Medicen {kind} "
                               f"(whose file name ends in .medicen-{kind})", source)
    members = read_archive(raw, source, allowed_member, caps)
    for required in (MANIFEST_MEMBER, SNAPSHOT_MEMBER):
        if required not in members:
            raise InterchangeError(f"{required} is missing", source)
    return members


def is_office_document(raw: bytes) -> bool:
    """Whether ``raw`` is a zip with an Office Open XML content-types member (its directory only is read)."""
    if not raw.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return OFFICE_MEMBER in archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return False  # read_archive says what is wrong with it


def read_manifest(members: dict[str, bytes], source: str, kind: str, fmt: str, version: int, model: type[M]) -> M:
    """Parse and validate ``manifest.json`` as ``model``; one message per problem."""
    try:
        data: Any = parse_json(members[MANIFEST_MEMBER], source, MAX_MANIFEST_BYTES)
    except InterchangeError as exc:
        raise InterchangeError(f"{MANIFEST_MEMBER}: {exc.message}", source) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        found = data.get("format") if isinstance(data, dict) else None
        raise InterchangeError(f"not a Medicen {kind} (manifest format is {found!r})", source)
    if data.get("format_version") != version:
        raise InterchangeError(
            f"unknown {kind} format version {data.get('format_version')!r} (this application reads version {version})",
            source,
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(f"{MANIFEST_MEMBER}: {first_problem(exc)}", source) from None


def check_member_hashes(members: dict[str, bytes], listed: dict[str, str], source: str) -> None:
    """Every member but the manifest and its signature is listed with its SHA-256, and matches it."""
    present = set(members) - {MANIFEST_MEMBER, SIGNATURE_MEMBER}
    if set(listed) != present:
        extra = sorted(present - set(listed)) or sorted(set(listed) - present)
        raise InterchangeError(f"members do not match the manifest ({extra[0]!r}): tampered or damaged", source)
    for name in sorted(present):
        if sha256_hex(members[name]) != listed[name]:
            raise InterchangeError(f"{name} does not match its SHA-256 in the manifest: tampered or damaged", source)
        if name.startswith(ATTACHMENT_PREFIX) and name.removeprefix(ATTACHMENT_PREFIX) != listed[name]:
            raise InterchangeError(f"{name} is not named by its SHA-256", source)


def read_snapshot(members: dict[str, bytes], source: str) -> ProposalDocument:
    """The snapshot member, strictly parsed."""
    try:
        return load_document(members[SNAPSHOT_MEMBER], source)
    except InterchangeError as exc:
        raise InterchangeError(f"{SNAPSHOT_MEMBER}: {exc.message}", source) from None


def attachment_blobs(members: dict[str, bytes]) -> dict[str, bytes]:
    """The attachment contents by SHA-256."""
    return {
        name.removeprefix(ATTACHMENT_PREFIX): data for name, data in members.items() if name.startswith(ATTACHMENT_PREFIX)
    }


def check_attachments_present(document: ProposalDocument, blobs: dict[str, bytes], known: set[str], source: str) -> None:
    """Every attachment of ``document`` has its content in ``blobs`` or in ``known`` hashes."""
    for attachment in document.attachments:
        if attachment.sha256 not in blobs and attachment.sha256 not in known:
            raise InterchangeError(f"attachment {attachment.filename!r}: its content is missing", source)
