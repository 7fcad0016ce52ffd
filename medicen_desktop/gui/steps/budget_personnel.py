"""The personnel rates of one partner: its staff categories or people, each with a monthly cost.

Person-months are not typed here: they are the effort matrix's (Work plan
step). This panel shows what they cost at these rates; the first rate
costs every effort that names no other.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.steps.tables import EntityTable


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
        self.effort = named(QLabel(wordWrap=True), "effortSummary")
        layout.addWidget(self.effort)

    def show_partner(self, partner: str | None, partner_name: str, months: Decimal, cost: Decimal) -> None:
        """List the partner's rates and say what its effort costs at them."""
        if partner != self.partner:
            self.partner = partner
            self.model.set_filter(lambda rate: rate.participation_uuid == partner)
            self.table.update_buttons()
        if partner is None:
            self.heading.setText(self.tr("Select a partner’s row in the grid to see its personnel rates."))
            self.effort.setText("")
            return
        self.heading.setText(self.tr("Personnel rates of {partner}").format(partner=partner_name))
        self.effort.setText(self.tr(
            "Effort matrix: {months} person-months, personnel costs €{cost}. Change the person-months in the "
            "Work plan step (Effort tab); the first rate costs every month that names no other.").format(
            months=format_decimal(months), cost=format_decimal(cost)))

    def add_rate(self) -> str | None:
        if self.partner is None:
            self.table.error.show_message(self.tr("Select a partner’s row in the grid first."))
            return None
        own: list[Any] = [r for r in self.session.document.staff_rates if r.participation_uuid == self.partner]
        position = max((r.position for r in own), default=-1) + 1
        return self.session.add("staff_rates", {"participation_uuid": self.partner, "position": position,
                                                "label": "", "monthly_rate": 0}, self.tr("Add a personnel rate"))
