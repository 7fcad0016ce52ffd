"""Named versions of a proposal: a whole snapshot, kept compactly, to compare with and restore from.

One row per version: its number in the proposal (1, 2, ...), a name, whether
it was taken on demand (``manual``) or by the application before an
operation that rewrites many fields (``auto``: a merge, a switch of call, an
import over the proposal, a new round), who and when, the proposal revision
it shows, and the snapshot itself as zlib-compressed compact interchange
JSON (``store.versions`` reads and writes it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("proposal_uuid", "number"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    """Bytes of the uncompressed JSON."""
    snapshot: Mapped[bytes] = mapped_column(LargeBinary)
