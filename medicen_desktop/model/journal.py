"""The change journal: every field a write changed, with its value before, per proposal revision.

One row per changed field (``field`` set), per inserted entity (``before``
None, ``after`` its values) or per deleted entity (``after`` None).
``revision`` is the proposal's revision the write produced. Reading the
journal backwards from the current state gives the proposal as it was at
any revision since the journal began (``store.journal.document_at``): the
base of a three-way merge for a write based on an older revision.
"""

from __future__ import annotations

from typing import Any

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class JournalEntry(Base):
    __tablename__ = "change_journal"
    __table_args__ = (Index("ix_change_journal_proposal_revision", "proposal_uuid", "revision"),
                      Index("ix_change_journal_written_at", "written_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"))
    revision: Mapped[int]
    list_name: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(80))
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    written_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    """When the write committed (UTC); entries older than the journal's window are pruned (store.journal)."""
    partner_scope: Mapped[str | None] = mapped_column(String(36), nullable=True, default=None)
    """The participation whose confidential values the entry carries (None: every partner may read it); on a
    team server only that partner's roles and the tables' owner see the entry (``store.journal_scope``)."""
