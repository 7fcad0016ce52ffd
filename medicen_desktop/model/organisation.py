"""Organisations (reusable profiles), their participation in a proposal, team members."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, Entity, ProposalOwned


class Organisation(Entity, Base):
    """A profile reused across proposals: not owned by any one of them."""

    __tablename__ = "organisations"

    legal_name: Mapped[str]
    short_name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(24))
    siret: Mapped[str] = mapped_column(String(20))
    pic: Mapped[str] = mapped_column(String(20))
    vat: Mapped[str] = mapped_column(String(20), default="", server_default="")
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str]
    """An ISO 3166-2 code (FR-IDF); text no code matched is kept as written, for the user to fix."""
    city: Mapped[str]
    address: Mapped[str]
    is_public_body: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_non_profit: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_research_organisation: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_higher_education: Mapped[bool] = mapped_column(default=False, server_default=false())
    headcount: Mapped[int | None]
    turnover: Mapped[Decimal | None]
    balance_sheet: Mapped[Decimal | None]
    website: Mapped[str]
    description: Mapped[str]


class Participation(ProposalOwned, Base):
    __tablename__ = "participations"

    organisation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("organisations.uuid"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int]
    contact_name: Mapped[str]
    contact_email: Mapped[str]
    contact_phone: Mapped[str]
    role_description: Mapped[str]


class TeamMember(ProposalOwned, Base):
    __tablename__ = "team_members"

    participation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("participations.uuid", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str]
    job_title: Mapped[str]
    cv: Mapped[str]
    person_months: Mapped[Decimal]
