"""The budget lines behind one row of the budget grid: one partner, one year, line by line.

The grid shows sums; here each line is shown and edited on its own:
category, work package, amount, description and the justification the
funders ask for (subcontracting, large purchases). Equipment charged by
depreciation gives its purchase cost, depreciation period, months in the
project and rate of use instead of an amount: the amount is derived. It is
where cells adding up several lines are changed, and where person-months
and overhead lines are visible.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.gui.wp_names import wp_label


class BudgetLinesPanel(QWidget):
    def __init__(self, session: ProposalSession, categories: Callable[[], list[tuple[Any, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._categories = categories
        self.partner: str | None = None
        self.period = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = named(QLabel(self.tr("Select a partner’s row in the grid to see its lines.")), "panelTitle")
        layout.addWidget(self.heading)
        def wps() -> list[tuple[Any, str]]:
            return [(None, "—")] + [(w.uuid, wp_label(w.number)) for w in
                                    sorted(self.session.document.work_packages, key=lambda w: w.number)]

        self.model = EntityTableModel(session, "budget_lines", [
            Column("category", self.tr("Category"), "choice", choices=categories, width=-1),
            Column("work_package_uuid", self.tr("WP"), "choice", choices=wps),
            Column("amount", self.tr("Amount (€)"), "decimal"),
            # Equipment charged by depreciation: the amount is then purchase cost × the share charged.
            # Their headers on two lines: the partner's lines share the width with the description.
            Column("purchase_cost", _two_lines(self.tr("Purchase cost (€)")), "decimal", optional=True),
            Column("depreciation_months", _two_lines(self.tr("Depreciation (months)")), "int", optional=True),
            Column("use_months", _two_lines(self.tr("Months in the project")), "int", optional=True),
            Column("use_percent", _two_lines(self.tr("Use for the project (%)")), "decimal", optional=True),
            Column("description", self.tr("Description"), wrap=True),
            Column("justification", self.tr("Justification"), wrap=True),
        ], keep=lambda line: False, order=lambda line: (line.category, line.uuid), watch=("work_packages",),
            parent=self)
        self.table = EntityTable(
            self.model, "", self.tr("No lines for this partner and year — type amounts in the grid above, or add "
                                    "a line here to give it person-months and a description."),
            self.add_line, self.tr("Add a &line"), self.tr("Delete line"),
            new_values=lambda: {"participation_uuid": self.partner})
        layout.addWidget(self.table)

    def show_lines(self, partner: str | None, period: int, partner_name: str) -> None:
        """List the lines of this partner for this year."""
        if (partner, period) == (self.partner, self.period):
            return
        self.partner, self.period = partner, period
        self.model.set_filter(lambda line: line.participation_uuid == partner and line.period == period
                              and not line.given_total)
        self.table.update_buttons()
        self.heading.setText(self.tr("Lines of {partner}, year {year}").format(partner=partner_name, year=period)
                             if partner else self.tr("Select a partner’s row in the grid to see its lines."))

    def add_line(self) -> str | None:
        if self.partner is None:
            self.table.error.show_message(self.tr("Select a partner’s row in the grid first."))
            return None
        categories = self._categories()
        if not categories:
            return None
        return self.session.add("budget_lines", {"participation_uuid": self.partner, "category": categories[0][0],
                                                 "period": self.period, "amount": 0}, self.tr("Add a budget line"))


def _two_lines(title: str) -> str:
    """A header broken at its middle space, so that its column is no wider than its figures need."""
    return textwrap.fill(title, max(8, len(title) // 2 + 1), break_long_words=False)
