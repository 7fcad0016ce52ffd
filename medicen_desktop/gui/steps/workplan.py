"""Work plan step: work packages, tasks, deliverables, milestones, effort matrix, and the Gantt chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QWidget,
)

from medicen_desktop.document.schema import (
    DeliverableType,
    Dissemination,
    ProposalDocument,
)
from medicen_desktop.document.parts import PartRef, part_of_entity
from medicen_desktop.gui.exchange_scope import can_add, is_editable
from medicen_desktop.gui.gantt import GanttChart
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.steps.effort_tab import EffortTab
from medicen_desktop.gui.steps.part_presence import TablePresence
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.gui.tab_switch import switch_tabs_by_keys
from medicen_desktop.gui.wp_names import wp_label
from medicen_desktop.services.edit_errors import EditError

LISTS = ("work_packages", "tasks", "deliverables", "milestones", "efforts")


class WorkPlanPage(StepPage):
    step = "workplan"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Work plan"))
        def doc() -> ProposalDocument:
            return self.session.document

        def partners() -> list[tuple[Any, str]]:
            names = {o.uuid: o.short_name or o.legal_name for o in doc().organisations}
            none: list[tuple[Any, str]] = [(None, "—")]
            return none + [(p.uuid, names.get(p.organisation_uuid, "?"))
                           for p in sorted(doc().participations, key=lambda p: p.position)]

        def wps(optional: bool = False) -> list[tuple[Any, str]]:
            items: list[tuple[Any, str]] = [(w.uuid, wp_label(w.number))
                                            for w in sorted(doc().work_packages, key=lambda w: w.number)]
            return ([(None, "—")] if optional else []) + items

        def wp_number(uuid: str | None) -> int:
            return next((w.number for w in doc().work_packages if w.uuid == uuid), 0)

        months = self.tr("Start"), self.tr("End")
        watch = ("participations", "organisations", "work_packages")
        self.models = {
            "work_packages": EntityTableModel(self.session, "work_packages", [
                Column("number", self.tr("No."), "int"), Column("title", self.tr("Title"), width=-1, wrap=True),
                Column("leader_participation_uuid", self.tr("Leader"), "choice", choices=partners),
                Column("start_month", months[0], "int"), Column("end_month", months[1], "int"),
            ], order=lambda w: w.number, watch=watch, parent=self),
            "tasks": EntityTableModel(self.session, "tasks", [
                Column("work_package_uuid", self.tr("WP"), "choice", choices=wps), Column("number", self.tr("No."), "int"),
                Column("title", self.tr("Title"), width=-1, wrap=True),
                Column("leader_participation_uuid", self.tr("Leader"), "choice", choices=partners),
                Column("start_month", months[0], "int"), Column("end_month", months[1], "int"),
            ], order=lambda t: (wp_number(t.work_package_uuid), t.number), watch=watch, parent=self),
            "deliverables": EntityTableModel(self.session, "deliverables", [
                Column("number", self.tr("No.")), Column("title", self.tr("Title"), width=-1, wrap=True),
                Column("work_package_uuid", self.tr("WP"), "choice", choices=wps),
                Column("leader_participation_uuid", self.tr("Leader"), "choice", choices=partners),
                Column("type", self.tr("Type"), "choice", choices=lambda: [(t.value, _type(t)) for t in DeliverableType]),
                Column("dissemination", self.tr("Dissemination"), "choice",
                       choices=lambda: [(Dissemination.PUBLIC.value, self.tr("Public")),
                                        (Dissemination.SENSITIVE.value, self.tr("Sensitive"))]),
                Column("due_month", self.tr("Due (month)"), "int"),
            ], order=lambda d: (wp_number(d.work_package_uuid), d.number), watch=watch, parent=self),
            "milestones": EntityTableModel(self.session, "milestones", [
                Column("number", self.tr("No.")), Column("title", self.tr("Title"), width=-1, wrap=True),
                Column("work_package_uuid", self.tr("WP"), "choice", choices=lambda: wps(True)),
                Column("due_month", self.tr("Due (month)"), "int"), Column("verification", self.tr("Means of verification"), wrap=True),
            ], order=lambda m: m.number, watch=watch, parent=self),
        }
        adders = {"work_packages": self.add_work_package, "tasks": self.add_task,
                  "deliverables": self.add_deliverable, "milestones": self.add_milestone}
        texts = {
            "work_packages": (self.tr("Work packages"), self.tr("No work packages yet — add the first one (coordination)."),
                              self.tr("Add &work package")),
            "tasks": (self.tr("Tasks"), self.tr("No tasks yet — select a work package, then add its tasks."), self.tr("Add &task")),
            "deliverables": (self.tr("Deliverables"), self.tr("No deliverables yet — each work package should produce one."),
                             self.tr("Add &deliverable")),
            "milestones": (self.tr("Milestones"), self.tr("No milestones yet — mark the project's decision points."),
                           self.tr("Add &milestone")),
        }
        def in_wp() -> dict[str, Any]:  # what an added task or deliverable would be in
            return {"work_package_uuid": self._wp_for_new()}

        new_values = {"tasks": in_wp, "deliverables": in_wp}
        self.tabs = QTabWidget()
        switch_tabs_by_keys(self.tabs)
        self.tables: dict[str, EntityTable] = {}
        for name, model in self.models.items():
            title, empty, add_text = texts[name]
            table = EntityTable(model, "", empty, adders[name], add_text, new_values=new_values.get(name))
            self.tables[name] = table
            self.tabs.addTab(table, title)
        self.tables["work_packages"].view.selectionModel().selectionChanged.connect(self._wp_selected)
        self.tabs.addTab(self._effort_tab(), self.tr("Effort (person-months)"))
        self.gantt = GanttChart(self.session)
        self.gantt.setMinimumHeight(120)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.gantt)
        splitter.setSizes([300, 260])
        # "Claire is editing “WP2” since 14:02": the work package of the selected row, a soft lock as for sections
        self.presence = TablePresence(self, self.session, ("wp",), self._current_part, self._wp_label,
                                      self._may_edit_part)
        self.beside_title(self.presence.banner)  # beside the title: the tables never move when it shows
        self.body.addWidget(splitter)
        self.read_only = self.add_scope_note()
        self.tabs.currentChanged.connect(self.presence.follow)
        for table in self.tables.values():
            table.view.selectionModel().currentChanged.connect(self.presence.follow)
        self.presence.lockChanged.connect(self._buttons_again)

    def _effort_tab(self) -> QWidget:
        self.effort_tab = EffortTab(self.session)
        self.effort = self.effort_tab.model
        self.effort_view = self.effort_tab.view
        return self.effort_tab

    # -- adding ------------------------------------------------------------------
    def _wp_for_new(self) -> str | None:
        """The work package a new task or deliverable goes in: the selected one, else the first the user may
        add to (in a partner copy, an assigned one), else the first."""
        tables: dict[str, EntityTable] = getattr(self, "tables", {})  # none yet while the tables are being built
        table = tables.get("work_packages")
        uuid = table.current_uuid() if table is not None else None
        if uuid is not None:
            return uuid
        wps = sorted(self.session.document.work_packages, key=lambda w: w.number)
        allowed = [w for w in wps if can_add(self.session.scope, "tasks", {"work_package_uuid": w.uuid})]
        return (allowed or wps)[0].uuid if wps else None

    def _wp_selected(self) -> None:
        for name in ("tasks", "deliverables"):
            self.tables[name].update_buttons()

    # -- presence (gui/steps/part_presence.py) ---------------------------------------
    def _buttons_again(self) -> None:
        """The soft lock began or ended: adding, deleting and moving in that work package follow."""
        for table in self.tables.values():
            table.update_buttons()
        self.gantt.rebuild()  # its bars of that work package move or wait too

    def _current_part(self) -> str | None:
        """The work package the current row of the shown tab is in (the Effort tab: none)."""
        names = list(self.models)
        index = self.tabs.currentIndex()
        if not 0 <= index < len(names):
            return None
        name = names[index]
        row = self.tables[name].view.currentIndex().row()
        if row < 0 or row >= self.models[name].rowCount():
            return None
        part = part_of_entity(name, self.models[name].entity_at(row).model_dump())
        return part.stored if part is not None else None

    def _wp_label(self, part: str) -> str:
        target = PartRef.parse(part).target
        return next((wp_label(w.number) for w in self.session.document.work_packages if w.uuid == target), part)

    def _may_edit_part(self, part: str) -> bool:
        target = PartRef.parse(part).target
        wp = next((w for w in self.session.document.work_packages if w.uuid == target), None)
        return wp is not None and is_editable(self.session.scope, "work_packages", wp.model_dump(), "title")

    def _selected_wp(self) -> str:
        uuid = self._wp_for_new()
        if uuid is None:
            raise EditError(self.tr("Add a work package first."))
        return uuid

    def add_work_package(self) -> str:
        document = self.session.document
        number = max((w.number for w in document.work_packages), default=0) + 1
        return self.session.add("work_packages", {"number": number, "title": self.tr("New work package"),
                                                  "start_month": 1, "end_month": document.proposal.duration_months},
                                self.tr("Add work package"))

    def add_task(self) -> str:
        wp = self.session.entity("work_packages", self._selected_wp())
        number = max((t.number for t in self.session.document.tasks if t.work_package_uuid == wp.uuid), default=0) + 1
        return self.session.add("tasks", {"work_package_uuid": wp.uuid, "number": number, "title": self.tr("New task"),
                                          "start_month": wp.start_month, "end_month": wp.end_month},
                                self.tr("Add task"))

    def add_deliverable(self) -> str:
        wp = self.session.entity("work_packages", self._selected_wp())
        count = sum(1 for d in self.session.document.deliverables if d.work_package_uuid == wp.uuid)
        return self.session.add("deliverables", {"work_package_uuid": wp.uuid, "number": f"D{wp.number}.{count + 1}",
                                                 "title": self.tr("New deliverable"), "due_month": wp.end_month},
                                self.tr("Add deliverable"))

    def add_milestone(self) -> str:
        count = len(self.session.document.milestones)
        return self.session.add("milestones", {"number": f"MS{count + 1}", "title": self.tr("New milestone"),
                                               "due_month": self.session.document.proposal.duration_months},
                                self.tr("Add milestone"))

    # -- hooks ---------------------------------------------------------------------
    def frozen_note(self) -> str:
        numbers = sorted(w.number for w in self.session.document.work_packages
                         if PartRef("wp", w.uuid) in self.session.frozen)
        if not numbers:
            return ""
        return self.tr("Frozen by the coordinator: {wps} (with their tasks, deliverables and milestones). No one can "
                       "edit them until the coordinator unfreezes them (Proposal › To do).").format(
            wps=", ".join(wp_label(n) for n in numbers))

    def scope_note(self) -> str:
        scope, document = self.session.scope, self.session.document
        assert scope is not None
        numbers = sorted(w.number for w in document.work_packages if w.uuid in scope.wp_uuids)
        if not numbers:
            return self.tr("Partner copy for {partner}: no work package is assigned to you; you can only fill in "
                           "your row of the Effort tab. The rest of the work plan is read-only: the coordinator "
                           "owns it.").format(partner=self.session.partner)
        return self.tr("Partner copy for {partner}: you can edit {wps} (title, dates, tasks and deliverables) and "
                       "your row of the Effort tab. The rest of the work plan is read-only: the coordinator "
                       "owns it.").format(partner=self.session.partner, wps=", ".join(wp_label(n) for n in numbers))

    def server_note(self) -> str:
        return self.tr("On the team server as {partner}: adding or removing work packages, their numbers and their "
                       "leaders are the coordinator's. In the Effort tab you fill in your own row.").format(
            partner=self.session.partner)

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        for index, name in enumerate(self.models):
            if entity_uuid and self.models[name].row_of(entity_uuid) >= 0:
                self.tabs.setCurrentIndex(index)
                return self.tables[name].select(entity_uuid, field)
        effort = next((e for e in self.session.document.efforts if e.uuid == entity_uuid), None)
        partner = effort.participation_uuid if effort is not None else entity_uuid if field == "efforts" else None
        if partner is not None:  # an effort, or a partner's efforts: the Effort tab, on the partner's row
            self.tabs.setCurrentIndex(len(self.models))
            rows = [r for r in range(self.effort.rowCount() - 1) if self.effort.participation_at(r) == partner]
            if rows:
                self.effort_view.setCurrentIndex(self.effort.index(rows[0], 0))
            self.effort_view.setFocus()
            return True
        return False

    def guidance(self) -> str:
        return self.tr("Split the project into work packages with a leader and dates, then tasks, deliverables "
                       "and milestones. Drag a bar in the chart to move it; drag its right end to change its "
                       "length. Person-months per partner go in the Effort tab.")


def _type(value: DeliverableType) -> str:
    from PySide6.QtCore import QCoreApplication

    return {DeliverableType.REPORT: QCoreApplication.translate("Labels", "Report"), DeliverableType.DATA: QCoreApplication.translate("Labels", "Data"),
            DeliverableType.SOFTWARE: QCoreApplication.translate("Labels", "Software"), DeliverableType.DEMONSTRATOR: QCoreApplication.translate("Labels", "Demonstrator"),
            DeliverableType.OTHER: QCoreApplication.translate("Labels", "Other")}[value]


