"""The personnel rates of one partner: its staff categories or people, each with a monthly cost.

Person-months are not typed here: they are the effort matrix's (Work plan
step). This panel shows what they cost at these rates; the first rate
costs every effort that names no other.

A partner that keeps its rates private gave its personnel as totals per work
package and year instead (exchange/private_rates.py): at the coordinator the
panel shows those totals, read-only, under "Personnel given as totals by
PARTNER"; they change only with the partner's next contribution.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.gui.wp_names import wp_label


class PersonnelRatesPanel(QWidget):
    def __init__(self, session: ProposalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.partner: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = named(QLabel(self.tr("Select a partner’s row in the grid to see its personnel rates.")),
                             "panelTitle")
        layout.addWidget(self.heading)
        self.model = EntityTableModel(session, "staff_rates", [
            Column("label", self.tr("Staff category or person"), width=-1),
            Column("monthly_rate", self.tr("Monthly cost (€)"), "decimal"),
        ], keep=lambda rate: False, order=lambda rate: (rate.position, rate.uuid), parent=self)
        self.table = EntityTable(
            self.model, "", self.tr("No rate for this partner yet: its person-months cost nothing. Add a staff "
                                    "category (“Researcher”, “Engineer”) or a person with a monthly cost."),
            self.add_rate, self.tr("Add a &rate"), self.tr("Delete rate"),
            new_values=lambda: {"participation_uuid": self.partner})
        layout.addWidget(self.table)
        self.given = QTableWidget(0, 4)
        self.given.setObjectName("givenTotals")
        self.given.setHorizontalHeaderLabels([self.tr("Work package"), self.tr("Person-months (work package)"),
                                              self.tr("Year"), self.tr("Personnel costs (€)")])
        self.given.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.given.verticalHeader().hide()
        self.given.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.given.hide()
        layout.addWidget(self.given)
        self.effort = named(QLabel(wordWrap=True), "effortSummary")
        layout.addWidget(self.effort)

    def show_partner(self, partner: str | None, partner_name: str, months: Decimal, cost: Decimal) -> None:
        """List the partner's rates and say what its effort costs at them."""
        if partner != self.partner:
            self.partner = partner
            self.model.set_filter(lambda rate: rate.participation_uuid == partner)
            self.table.update_buttons()
        given = [b for b in self.session.document.budget_lines if b.given_total and b.participation_uuid == partner]
        self.table.setVisible(not given)
        self.given.setVisible(bool(given))
        if partner is None:
            self.heading.setText(self.tr("Select a partner’s row in the grid to see its personnel rates."))
            self.effort.setText("")
            return
        if given:
            self._show_given(given, partner_name, months, cost)
            return
        self.heading.setText(self.tr("Personnel rates of {partner}").format(partner=partner_name))
        self.effort.setText(self.tr(
            "Effort matrix: {months} person-months, personnel costs €{cost}. Change the person-months in the "
            "Work plan step (Effort tab); the first rate costs every month that names no other.").format(
            months=format_decimal(months), cost=format_decimal(cost)))

    def _show_given(self, lines: list[Any], partner_name: str, months: Decimal, cost: Decimal) -> None:
        """The totals a partner gave instead of its rates, read-only: one block per work package, its
        person-months once (spanning its years: the lines give them for the whole work package), its cost per year."""
        from medicen_desktop.exchange.private_rates import given_by_work_package

        self.heading.setText(self.tr("Personnel given as totals by {partner}").format(partner=partner_name))
        packages = given_by_work_package(self.session.document, lines[0].participation_uuid)
        self.given.clearSpans()
        self.given.clearContents()
        self.given.setRowCount(sum(len(p.cost_by_year) for p in packages))
        row = 0
        for package in packages:
            first = row
            for year, amount in package.cost_by_year:
                self._given_cell(row, 2, self.tr("Year {n}").format(n=year))
                self._given_cell(row, 3, format_decimal(amount), right=True)
                row += 1
            # At the top of their span: the work package's figures head its years.
            self._given_cell(first, 0, "—" if package.number is None else wp_label(package.number), top=True)
            self._given_cell(first, 1, format_decimal(package.person_months), right=True, top=True)
            for column in (0, 1):
                if row - first > 1:
                    self.given.setSpan(first, column, row - first, 1)
        given_months = sum((p.person_months for p in packages), Decimal(0))
        self.effort.setText(self.tr(
            "{partner} keeps its personnel rates in its own copy and gave these totals ({given} person-months, "
            "€{cost}) in its last contribution; only its next contribution changes them. The effort matrix plans "
            "{months} person-months for it: if you change them, the checks say the totals no longer match until "
            "{partner} sends a new contribution.").format(
            partner=partner_name, given=format_decimal(given_months), cost=format_decimal(cost),
            months=format_decimal(months)))

    def _given_cell(self, row: int, column: int, text: str, right: bool = False, top: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                              | (Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter))
        self.given.setItem(row, column, item)

    def add_rate(self) -> str | None:
        if self.partner is None:
            self.table.error.show_message(self.tr("Select a partner’s row in the grid first."))
            return None
        own: list[Any] = [r for r in self.session.document.staff_rates if r.participation_uuid == self.partner]
        position = max((r.position for r in own), default=-1) + 1
        return self.session.add("staff_rates", {"participation_uuid": self.partner, "position": position,
                                                "label": "", "monthly_rate": 0}, self.tr("Add a personnel rate"))
