"""Organisations (reusable profiles), their participation in a proposal, team members."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String
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
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str]
    city: Mapped[str]
    address: Mapped[str]
    headcount: Mapped[int | None]
    turnover: Mapped[Decimal | None]
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
