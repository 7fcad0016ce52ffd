"""The proposal aggregate root and its text: sections and risks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, Entity, ProposalOwned


class Proposal(Entity, Base):
    __tablename__ = "proposals"

    acronym: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str]
    template_key: Mapped[str] = mapped_column(String(80))
    template_edition: Mapped[str] = mapped_column(String(80), default="", server_default="")
    """The edition of the call the proposal was checked against ("" before one was recorded)."""
    language: Mapped[str] = mapped_column(String(8))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    """The submission deadline of the call (its topic or cut-off) the coordinator targets; None: not set."""
    duration_months: Mapped[int]
    summary: Mapped[str]
    keywords: Mapped[list[str]]
    domains: Mapped[list[str]]
    clinical_aims: Mapped[list[str]]
    trl_start: Mapped[int | None]
    trl_end: Mapped[int | None]
    updated_at: Mapped[dt.datetime | None]


class Section(ProposalOwned, Base):
    __tablename__ = "sections"

    key: Mapped[str] = mapped_column(String(80))
    title: Mapped[str]
    body: Mapped[str]
    assigned_participation_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("participations.uuid", ondelete="SET NULL")
    )


class Risk(ProposalOwned, Base):
    __tablename__ = "risks"

    position: Mapped[int]
    description: Mapped[str]
    work_package_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("work_packages.uuid", ondelete="SET NULL")
    )
    likelihood: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    mitigation: Mapped[str]
