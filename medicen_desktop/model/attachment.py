"""Attachments: metadata per proposal, content stored once by SHA-256."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, ProposalOwned


class AttachmentBlob(Base):
    """File content, shared by every attachment with the same hash."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(ProposalOwned, Base):
    __tablename__ = "attachments"

    kind: Mapped[str] = mapped_column(String(16))
    participation_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("participations.uuid", ondelete="SET NULL")
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_blobs.sha256"))
    size: Mapped[int]
    description: Mapped[str]
