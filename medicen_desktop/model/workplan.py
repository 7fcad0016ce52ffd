"""The work plan: work packages, tasks, deliverables, milestones, effort matrix."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, ProposalOwned


def _leader() -> Mapped[str | None]:
    return mapped_column(String(36), ForeignKey("participations.uuid", ondelete="SET NULL"))


def _work_package() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("work_packages.uuid", ondelete="CASCADE"))


class WorkPackage(ProposalOwned, Base):
    __tablename__ = "work_packages"

    number: Mapped[int]
    title: Mapped[str]
    leader_participation_uuid: Mapped[str | None] = _leader()
    start_month: Mapped[int]
    end_month: Mapped[int]
    objectives: Mapped[str]
    description: Mapped[str]


class Task(ProposalOwned, Base):
    __tablename__ = "tasks"

    work_package_uuid: Mapped[str] = _work_package()
    number: Mapped[int]
    title: Mapped[str]
    leader_participation_uuid: Mapped[str | None] = _leader()
    start_month: Mapped[int]
    end_month: Mapped[int]
    description: Mapped[str]


class Deliverable(ProposalOwned, Base):
    __tablename__ = "deliverables"

    work_package_uuid: Mapped[str] = _work_package()
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str]
    leader_participation_uuid: Mapped[str | None] = _leader()
    type: Mapped[str] = mapped_column(String(16))
    dissemination: Mapped[str] = mapped_column(String(8))
    due_month: Mapped[int]
    description: Mapped[str]


class Milestone(ProposalOwned, Base):
    __tablename__ = "milestones"

    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str]
    work_package_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("work_packages.uuid", ondelete="SET NULL")
    )
    due_month: Mapped[int]
    verification: Mapped[str]


class Effort(ProposalOwned, Base):
    __tablename__ = "efforts"

    participation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("participations.uuid", ondelete="CASCADE"))
    work_package_uuid: Mapped[str] = _work_package()
    person_months: Mapped[Decimal]
    staff_rate_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_rates.uuid", ondelete="SET NULL"))
    # A deleted task's months stay in its work package: nothing is lost, the WP's total is unchanged.
    task_uuid: Mapped[str | None] = mapped_column(String(36), ForeignKey("tasks.uuid", ondelete="SET NULL"))
