"""Who does what by when, and what the consortium says: part states and comments.

- ``PartState``: the owner, status and due date of one part of a proposal
  (``document.parts``: a section, a work package, a partner's budget). A part
  without a row is a draft owned by the partner the snapshot names.
- ``CommentRow``: one comment or reply (``document.comments``), anchored to a
  part and a place inside it.

Neither is part of the proposal snapshot: the dossier never sees them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class PartState(Base):
    __tablename__ = "part_states"
    __table_args__ = (UniqueConstraint("proposal_uuid", "kind", "target"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(80))
    owner_participation_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    owner_person: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    due_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class CommentRow(Base):
    __tablename__ = "comments"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    thread_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    part: Mapped[str] = mapped_column(String(120))
    anchor: Mapped[str] = mapped_column(String(80), default="")
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    body: Mapped[str]
    resolved: Mapped[bool] = mapped_column(default=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
