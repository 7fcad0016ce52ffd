"""Records of the partner exchange: assignments, packages sent, contributions merged, partner copies.

- ``Assignment``: the sections and work packages one partner is given.
- ``ExchangePackage`` (coordinator side): a package sent, with its secret,
  the assignment it carries and the base snapshot the merge compares against.
- ``AppliedContribution`` (coordinator side): a contribution merged, with the
  partner snapshot (the base of that package's next contribution) and the
  pre-merge snapshot (what undo restores).
- ``PartnerCopy`` (partner side): marks a proposal opened from a package; the
  proposal is then in partner mode. It keeps the base snapshot of that
  package, so that the next round's package is rebased onto the copy.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class Assignment(Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("proposal_uuid", "participation_uuid"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    participation_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("participations.uuid", ondelete="CASCADE")
    )
    section_keys: Mapped[list[str]] = mapped_column(JSON)
    wp_numbers: Mapped[list[Any]] = mapped_column(JSON)


class ExchangePackage(Base):
    __tablename__ = "exchange_packages"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    participation_uuid: Mapped[str] = mapped_column(String(36))
    partner_name: Mapped[str]
    section_keys: Mapped[list[str]] = mapped_column(JSON)
    wp_numbers: Mapped[list[Any]] = mapped_column(JSON)
    secret: Mapped[str] = mapped_column(String(64))
    base_sha256: Mapped[str] = mapped_column(String(64))
    base_snapshot: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(200))


class AppliedContribution(Base):
    __tablename__ = "applied_contributions"
    __table_args__ = (UniqueConstraint("package_uuid", "snapshot_sha256"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("exchange_packages.uuid", ondelete="CASCADE"), index=True
    )
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[bytes] = mapped_column(LargeBinary)
    pre_merge_snapshot: Mapped[bytes] = mapped_column(LargeBinary)
    merged_revision: Mapped[int]
    applied_at: Mapped[dt.datetime]
    applied_by: Mapped[str] = mapped_column(String(200))


class PartnerCopy(Base):
    __tablename__ = "partner_copies"

    proposal_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), primary_key=True
    )
    package_uuid: Mapped[str] = mapped_column(String(36))
    participation_uuid: Mapped[str] = mapped_column(String(36))
    section_keys: Mapped[list[str]] = mapped_column(JSON)
    wp_numbers: Mapped[list[Any]] = mapped_column(JSON)
    secret: Mapped[str] = mapped_column(String(64))
    base_sha256: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[dt.datetime]
    # The package's base snapshot and date, so that a newer package can be rebased onto the copy
    # (services/rounds.py); NULL for copies opened before schema revision 0007.
    base_snapshot: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    package_created_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The snapshot of the last contribution written from the copy's current package: the next round's
    # common base when the coordinator merged it (services/rounds.py); a rebase conflict whose package side
    # is exactly what the partner sent is the partner's own text, superseded by its later edit.
    sent_snapshot: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
