"""The cost base: staff rates (personnel from the effort matrix) and cost items (partner x category x period)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, ProposalOwned


class StaffRate(ProposalOwned, Base):
    __tablename__ = "staff_rates"

    participation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("participations.uuid", ondelete="CASCADE"))
    position: Mapped[int]
    label: Mapped[str]
    monthly_rate: Mapped[Decimal]


class BudgetLine(ProposalOwned, Base):
    __tablename__ = "budget_lines"

    participation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("participations.uuid", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(40))
    period: Mapped[int]
    amount: Mapped[Decimal]
    person_months: Mapped[Decimal | None]
    description: Mapped[str]
    work_package_uuid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("work_packages.uuid", ondelete="SET NULL"))
    justification: Mapped[str] = mapped_column(default="", server_default="")
    given_total: Mapped[bool] = mapped_column(default=False, server_default=sa_false())
    purchase_cost: Mapped[Decimal | None]
    depreciation_months: Mapped[int | None]
    use_months: Mapped[int | None]
    use_percent: Mapped[Decimal | None]
