"""Presence: who has which part of a proposal open for editing, now (``store.presence``).

One row per editing window (its ``holder``). Not part of the proposal: not
journalled, never bumps a revision, never in a snapshot or a package. A row
outlives its window only when the window's process or connection died; the
readers then ignore it (``store.presence.live``) and the next claim deletes it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class PresenceRow(Base):
    __tablename__ = "presence"

    holder: Mapped[str] = mapped_column(String(36), primary_key=True)
    """A random UUID per editing window."""
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    part: Mapped[str] = mapped_column(String(120))
    """The stored part (``section:KEY``, ``wp:UUID``, ``budget:UUID``: ``document.parts.PartRef.stored``)."""
    user_name: Mapped[str] = mapped_column(String(200))
    since: Mapped[dt.datetime]
    """When the window began editing this part (UTC)."""
    heartbeat: Mapped[dt.datetime]
    """The holder's last sign of life (UTC): SQLite forgets a holder silent for ``store.presence.EXPIRY_SECONDS``."""
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    lock_key: Mapped[int | None] = mapped_column(Integer, default=None)
    """PostgreSQL: the session-level advisory lock (``store.presence.LOCK_SPACE``, lock_key) the holder's own
    connection holds; the row is live exactly while the lock is held (the connection alive)."""
