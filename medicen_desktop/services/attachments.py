"""Annexes: files joined to a proposal (letters of commitment, CVs, logos), stored once by SHA-256.

The content goes into ``AttachmentBlob`` (one row per distinct content,
shared by every proposal that joins it); the proposal holds an
``attachments`` entity naming it. Removing an annex deletes the entity only,
so the removal can be undone (``edit.restore``) and a partner package can
still carry a blob another proposal uses.

``stage_attachment`` stores the content and returns the entity's values
without adding it: the GUI adds them through its undoable session, the CLI
and tests call ``add_attachment``, which does both.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from medicen_desktop.document.schema import Attachment as AttachmentEntity
from medicen_desktop.document.schema import AttachmentKind
from medicen_desktop.errors import NotFound
from medicen_desktop.model import Attachment, AttachmentBlob
from medicen_desktop.services import edit
from medicen_desktop.services.edit import EditError, Removal
from medicen_desktop.store.database import Database
from medicen_desktop.store.snapshot import row_values

MAX_BYTES = 25 * 1024 * 1024
"""Largest annex accepted (25 MB): funders' portals refuse larger files, and the
database and partner packages carry every byte."""


class AttachmentError(EditError):
    """A file that cannot be attached; the message names it and says why."""


def stage_attachment(db: Database, content: bytes | str | os.PathLike[str], filename: str | None = None,
                     kind: str = AttachmentKind.OTHER.value, participation_uuid: str | None = None,
                     description: str = "") -> dict[str, Any]:
    """Store the content (once per SHA-256) and return the values of an ``attachments`` entity.

    ``content`` is the file's bytes or its path; ``filename`` defaults to the
    path's name. Raises AttachmentError for a missing or unreadable file, a
    folder, an empty file or one larger than MAX_BYTES.
    """
    data, name = _read(content, filename)
    if kind not in {k.value for k in AttachmentKind}:
        raise AttachmentError(f"unknown kind of annex {kind!r}", "kind")
    digest = hashlib.sha256(data).hexdigest()
    with db.transaction() as session:
        if session.get(AttachmentBlob, digest) is None:
            if session.get_bind().dialect.name == "postgresql":
                # Under the team server's row-level security a blob another partner stored is invisible
                # here, not absent: the same bytes are then stored once, without a duplicate-key error.
                from sqlalchemy.dialects.postgresql import insert

                session.execute(insert(AttachmentBlob).values(sha256=digest, size=len(data), content=data)
                                .on_conflict_do_nothing())
            else:
                session.add(AttachmentBlob(sha256=digest, size=len(data), content=data))
    return {
        "kind": kind,
        "participation_uuid": participation_uuid,
        "filename": name,
        "media_type": mimetypes.guess_type(name)[0] or "application/octet-stream",
        "sha256": digest,
        "size": len(data),
        "description": description,
    }


def add_attachment(db: Database, proposal_uuid: str, content: bytes | str | os.PathLike[str],
                   filename: str | None = None, kind: str = AttachmentKind.OTHER.value,
                   participation_uuid: str | None = None, description: str = "") -> str:
    """Attach a file to a proposal; return the new annex's UUID. Raises AttachmentError, EditError."""
    values = stage_attachment(db, content, filename, kind, participation_uuid, description)
    return edit.add_entity(db, proposal_uuid, "attachments", values)


def guess_kind(filename: str) -> str:
    """The likely kind of an annex from its file name (the user can change it)."""
    name = filename.casefold()
    words = set(re.split(r"[^a-z0-9]+", name.encode("ascii", "ignore").decode()))
    if "cv" in words or "resume" in words or "curriculum" in words:
        return AttachmentKind.CV.value
    if words & {"lettre", "letter", "loc", "engagement", "commitment", "soutien", "support"}:
        return AttachmentKind.LETTER.value
    if "logo" in words:
        return AttachmentKind.LOGO.value
    return AttachmentKind.OTHER.value


def list_attachments(db: Database, proposal_uuid: str) -> list[AttachmentEntity]:
    """The proposal's annexes, by file name."""
    with db.read() as session:
        rows = session.scalars(select(Attachment).where(Attachment.proposal_uuid == proposal_uuid))
        found = [AttachmentEntity.model_validate(row_values(row, AttachmentEntity)) for row in rows]
    return sorted(found, key=lambda a: (a.filename.casefold(), a.uuid))


def remove_attachment(db: Database, attachment_uuid: str) -> Removal:
    """Remove an annex from its proposal (its content stays); ``edit.restore`` undoes it."""
    return edit.delete_entity(db, "attachments", attachment_uuid)


def read_content(db: Database, sha256: str) -> bytes:
    """The stored bytes with this hash; raises LookupError."""
    with db.read() as session:
        blob = session.get(AttachmentBlob, sha256)
        if blob is None:
            raise NotFound(f"no stored content with SHA-256 {sha256}")
        return bytes(blob.content)


def _read(content: bytes | str | os.PathLike[str], filename: str | None) -> tuple[bytes, str]:
    if isinstance(content, bytes):
        data, name = content, (filename or "").strip()
        if not name:
            raise AttachmentError("an annex needs a file name", "filename")
    else:
        path = Path(content)
        name = (filename or path.name).strip()
        try:
            if path.is_dir():
                raise AttachmentError(f"{path.name}: is a folder; attach the files inside it", "filename")
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise AttachmentError(_too_large(path.name, size), "size")
            data = path.read_bytes()
        except FileNotFoundError:
            raise AttachmentError(f"{path.name}: no such file", "filename") from None
        except OSError as exc:
            raise AttachmentError(f"{path.name}: cannot be read ({exc.strerror})", "filename") from None
    if len(data) > MAX_BYTES:
        raise AttachmentError(_too_large(name, len(data)), "size")
    if not data:
        raise AttachmentError(f"{name}: the file is empty", "size")
    return data, name


def _too_large(name: str, size: int) -> str:
    return (f"{name}: {size / 1024 / 1024:.1f} MB is more than the {MAX_BYTES // 1024 // 1024} MB an annex may "
            "weigh; compress it or split it")
