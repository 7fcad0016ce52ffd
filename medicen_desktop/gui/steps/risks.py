"""Risks step: description, work package, likelihood, severity, mitigation."""

from __future__ import annotations

from medicen_desktop.document.schema import Level
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.gui.wp_names import wp_label


class RisksPage(StepPage):
    step = "risks"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Risks"))
        levels = [(Level.LOW.value, self.tr("Low")), (Level.MEDIUM.value, self.tr("Medium")), (Level.HIGH.value, self.tr("High"))]

        def wps() -> list[tuple[object, str]]:
            return [(None, "—")] + [(w.uuid, wp_label(w.number)) for w in
                                    sorted(self.session.document.work_packages, key=lambda w: w.number)]

        self.model = EntityTableModel(self.session, "risks", [
            Column("description", self.tr("Risk"), width=-1, wrap=True),
            Column("work_package_uuid", self.tr("WP"), "choice", choices=wps),
            Column("likelihood", self.tr("Likelihood"), "choice", choices=lambda: levels),
            Column("severity", self.tr("Severity"), "choice", choices=lambda: levels),
            Column("mitigation", self.tr("Mitigation"), wrap=True),
        ], order=lambda r: r.position, watch=("work_packages",), parent=self)
        self.table = EntityTable(self.model, "", self.tr("No risks yet — list what could delay the project and how "
                                                   "you would react (“Add risk”)."),
                                 self.add, self.tr("&Add risk"), self.tr("Delete risk"), movable=True)
        self.body.addWidget(self.table)
        self.read_only = self.add_scope_note()

    def add(self) -> str:
        position = max((r.position for r in self.session.document.risks), default=-1) + 1
        return self.session.add("risks", {"description": self.tr("New risk"), "position": position},
                                self.tr("Add risk"))

    def scope_note(self) -> str:
        return self.tr("Read only: in a partner copy only the coordinator changes the risks. Tell the coordinator "
                       "about any risk you see in your part.")

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        return self.table.select(entity_uuid, field) if entity_uuid else False

    def guidance(self) -> str:
        return self.tr("For each risk, say how likely and how serious it is, and what you will do about it. "
                       "Double-click a cell to edit it.")
