"""Budget lines: partner x category x period."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, ProposalOwned


class BudgetLine(ProposalOwned, Base):
    __tablename__ = "budget_lines"

    participation_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("participations.uuid", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(40))
    period: Mapped[int]
    amount: Mapped[Decimal]
    person_months: Mapped[Decimal | None]
    description: Mapped[str]
