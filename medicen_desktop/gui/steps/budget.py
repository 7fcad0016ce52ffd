"""Budget step: partner × category grid per year with live totals, and the funder's arithmetic.

Personnel is not typed here: it is the effort matrix (Work plan step) × the
partners' personnel rates (the "Personnel rates" tab): the grid shows it in
a read-only first column, so its Total column is the partner's direct costs
of the year, as the Funding tab adds them up; the other columns are the cost
items. Overheads, funding rate, requested aid, the shares the
call limits and the budget by work package come from the rules engine's
budget report; this page only shows them.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.amount_delegate import AmountDelegate
from medicen_desktop.document.parts import PartRef, partner_label
from medicen_desktop.gui.exchange_scope import can_add, own_participation
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.matrix import EDIT_TRIGGERS as _EDIT_TRIGGERS
from medicen_desktop.gui.matrix import GridModel, fit_headers
from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.steps.base import FieldError, StepContext, StepPage
from medicen_desktop.gui.steps.budget_by_wp import BudgetByWorkPackage
from medicen_desktop.gui.steps.budget_lines import BudgetLinesPanel
from medicen_desktop.gui.steps.budget_personnel import PersonnelRatesPanel
from medicen_desktop.gui.steps.part_presence import TablePresence
from medicen_desktop.rules.cost_base import cost_entries

DERIVED_PERSONNEL = "personnel (effort × rates)"
"""The grid's read-only column of personnel computed from the effort matrix (no call has this key)."""


class BudgetPage(StepPage):
    step = "budget"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Budget"))
        self.period = 1
        cache: dict[str, Any] = {}

        def find(part: str, category: str) -> list[Any]:
            # Several lines may share partner, category and year: the cell shows their sum.
            document = self.session.document
            if cache.get("doc") is not document:
                cache["doc"] = document
                cache["map"] = {}
                for line in document.budget_lines:
                    if line.given_total:  # a partner's personnel given as totals: read-only, in the rates tab
                        continue
                    cache["map"].setdefault((line.participation_uuid, line.category, line.period), []).append(line)
            return list(cache["map"].get((part, category, self.period), []))

        def categories() -> list[tuple[Any, str]]:
            return list(rules_bridge.budget_categories(self.session.document, self.context.template,
                                                       context.language))

        def cost_items() -> list[tuple[Any, str]]:
            # Personnel comes from the effort matrix × the rates: a read-only column, never a second place to
            # type it (an older budget's typed personnel lines keep their own column).
            template = self.context.template
            computed = {c.key for c in template.budget_categories if c.is_personnel} if template else set()
            typed = {b.category for b in self.session.document.budget_lines if not b.given_total}
            derived = [(DERIVED_PERSONNEL, self.tr("Personnel (effort × rates)"))] if template else []
            return derived + [(key, label) for key, label in categories() if key not in computed or key in typed]

        def personnel(part: str, key: Any) -> Decimal | None:
            if key != DERIVED_PERSONNEL:
                return None
            document, template = self.session.document, self.context.template
            if cache.get("entries_doc") is not document or cache.get("entries_template") is not template:
                cache["entries_doc"], cache["entries_template"] = document, template
                sums: dict[tuple[str, int], Decimal] = {}
                given = {b.uuid for b in document.budget_lines if b.given_total}  # a partner's private rates
                for entry in cost_entries(document, template) if template is not None else []:
                    if entry.derived or entry.source_uuid in given:
                        slot = (entry.participation_uuid, entry.period)
                        sums[slot] = sums.get(slot, Decimal(0)) + entry.amount
                cache["personnel"] = sums
            return cast(dict[tuple[str, int], Decimal], cache["personnel"]).get((part, self.period), Decimal(0))

        self.grid = GridModel(
            self.session, "budget_lines", "amount", cost_items,
            find, lambda part, category, amount: {"participation_uuid": part, "category": category,
                                                  "period": self.period, "amount": amount},
            watch=("proposal", "efforts", "staff_rates", "work_packages"), parent=self,
            several_text=self.tr("This cell adds up {count} budget lines: change them one by one under "
                                 "“Lines of the partner” below."),
            computed=personnel,
            computed_text=self.tr("Personnel is the effort matrix × the personnel rates: change person-months in "
                                  "the Work plan step (Effort tab) or the rates in the “Personnel rates” tab."))
        self.years = QTabBar()
        self.years.currentChanged.connect(self._year_chosen)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Amounts in euros, per year. Type “12 500,50” or “12500.5”.")))
        head.addStretch(1)
        self.read_back = named(QPushButton(self.tr("Read back this partner's workbook…")), "readBackWorkbook")
        self.read_back.setToolTip(self.tr("Read the partner's figures back from a budget form it filled in (the "
                                          "lump-sum table, Part A, the Bpifrance annex or the ANR table): every "
                                          "changed cell is shown before it is applied."))
        self.read_back.clicked.connect(self._read_back)
        self.read_back.setEnabled(False)  # until a partner's row is chosen
        head.addWidget(self.read_back)
        self.body.addLayout(head)
        # "Claire is editing “ACME” since 14:02": the budget of the grid's current partner, a soft lock
        self.presence = TablePresence(self, self.session, ("budget",), self._current_part, self._partner_label,
                                      self._may_edit_part)
        self.beside_title(self.presence.banner)  # beside the title: the tables never move when it shows
        self.body.addWidget(self.years)
        splitter = QSplitter(Qt.Orientation.Vertical)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setModel(self.grid)
        self.view.setEditTriggers(_EDIT_TRIGGERS)
        self.view.setItemDelegate(AmountDelegate(self.view))
        fit_headers(self.view)  # a personnel column more: names must not clip at 1024 px
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid_layout.addWidget(self.view)
        self.empty = named(QLabel(self.tr("No partners yet — add them in the Consortium step, then enter their costs here."),
                                  wordWrap=True), "emptyState")
        grid_layout.addWidget(self.empty)
        self.error = FieldError()
        self.grid.editRefused.connect(self.error.show_message)
        grid_layout.addWidget(self.error)
        splitter.addWidget(grid_box)
        summary_box = QWidget()
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 4, 0, 0)
        self.summary = QTableWidget(0, 6)
        self.summary.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Direct costs"), self.tr("Overheads"), self.tr("Eligible"),
                                                self.tr("Funding rate"), self.tr("Requested aid")])
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().hide()
        self.summary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        summary_layout.addWidget(self.summary)
        self.shares = QLabel(wordWrap=True)
        summary_layout.addWidget(self.shares)
        self.lines = BudgetLinesPanel(self.session, categories)
        self.rates = PersonnelRatesPanel(self.session)
        self.by_wp = BudgetByWorkPackage()
        self.bottom = QTabWidget()
        self.bottom.addTab(summary_box, self.tr("Funding per partner (all years)"))
        self.bottom.addTab(self.lines, self.tr("Lines of the partner"))
        self.bottom.addTab(self.rates, self.tr("Personnel rates"))
        self.bottom.addTab(self.by_wp, self.tr("Budget by work package"))
        splitter.addWidget(self.bottom)
        self.view.selectionModel().currentChanged.connect(self._cell_chosen)
        self.presence.lockChanged.connect(self._buttons_again)
        splitter.setSizes([280, 260])
        self.body.addWidget(splitter, 1)
        self.read_only = self.add_scope_note()
        self.refresh(Notice(frozenset({"*"})))
        own = own_participation(self.session.scope)
        rows = [r for r in range(self.grid.rowCount() - 1) if self.grid.participation_at(r) == own]
        if own is not None and rows:  # a partner copy opens on the partner's own row and lines
            self.view.setCurrentIndex(self.grid.index(rows[0], 0))

    def _read_back(self) -> None:
        from pathlib import Path

        from medicen_desktop.gui.budget_import import read_back_workbook
        from medicen_desktop.gui.settings import documents_folder

        index = self.view.currentIndex()
        part = self.grid.participation_at(index.row()) if index.isValid() else None
        if part is not None:
            name = str(self.grid.headerData(index.row(), Qt.Orientation.Vertical))
            read_back_workbook(self.session, self.context.worker, self, part, name, Path(documents_folder()))

    # -- presence (gui/steps/part_presence.py) ---------------------------------------
    def _current_part(self) -> str | None:
        index = self.view.currentIndex()
        part = self.grid.participation_at(index.row()) if index.isValid() else None
        return PartRef("budget", part).stored if part else None

    def _buttons_again(self) -> None:
        """The soft lock began or ended: adding and deleting the partner's lines and rates follow."""
        self.lines.table.update_buttons()
        self.rates.table.update_buttons()

    def _partner_label(self, part: str) -> str:
        return partner_label(self.session.document, PartRef.parse(part).target)

    def _may_edit_part(self, part: str) -> bool:
        """A partner copy edits its own budget only (its row of the grid, its lines)."""
        return can_add(self.session.scope, "budget_lines", {"participation_uuid": PartRef.parse(part).target})

    def _year_chosen(self, index: int) -> None:
        if index >= 0:
            self.period = index + 1
            self.grid.reload()
            self._cell_chosen(self.view.currentIndex())

    def _cell_chosen(self, index: Any) -> None:
        """Show the lines behind the current row; open them when the cell adds up several."""
        part = self.grid.participation_at(index.row()) if index.isValid() else None
        name = str(self.grid.headerData(index.row(), Qt.Orientation.Vertical)) if part else ""
        own = own_participation(self.session.scope)
        self.read_back.setEnabled(part is not None and own in (None, part))
        self.lines.show_lines(part, self.period, name)
        self._show_rates(part, name)
        self.presence.follow()
        if part is not None and self.grid.count(index) > 1:
            self.bottom.setCurrentWidget(self.lines)

    def _show_rates(self, part: str | None, name: str) -> None:
        report = rules_bridge.budget_report(self.session.document, self.context.template) if part else None
        partner = next((p for p in report.partners if p.participation_uuid == part), None) if report else None
        months = sum((e.person_months for e in self.session.document.efforts if e.participation_uuid == part),
                     Decimal(0))
        self.rates.show_partner(part, name, months, partner.derived_personnel if partner else Decimal(0))

    def _fill_years(self) -> None:
        years = max(1, math.ceil(self.session.document.proposal.duration_months / 12))
        if self.years.count() != years:
            self.years.blockSignals(True)
            while self.years.count():
                self.years.removeTab(0)
            for year in range(1, years + 1):
                self.years.addTab(self.tr("Year {n}").format(n=year))
            self.years.setCurrentIndex(min(self.period, years) - 1)
            self.years.blockSignals(False)
            self.period = self.years.currentIndex() + 1
            self.grid.reload()

    def refresh(self, notice: Notice) -> None:
        if not notice.touches("budget_lines", "participations", "organisations", "proposal", "staff_rates",
                              "efforts", "work_packages"):
            return
        self._fill_years()
        self.empty.setVisible(not self.session.document.participations)
        self.view.setVisible(bool(self.session.document.participations))
        report = rules_bridge.budget_report(self.session.document, self.context.template)
        self.summary.setRowCount(0)
        self.by_wp.show_report(self.session.document, report, self.context.template)
        current = self.view.currentIndex()
        if current.isValid() and self.grid.participation_at(current.row()):
            self._show_rates(self.grid.participation_at(current.row()),
                             str(self.grid.headerData(current.row(), Qt.Orientation.Vertical)))
        if report is None:
            self.shares.setText(self.tr("The call's budget rules are not available: totals only."))
            return
        language = self.context.language
        rows = [(p.name, p.direct.value, p.overheads.value, p.eligible.value, p.funding_rate.value,
                 p.requested_aid.value) for p in report.partners]
        rows.append((self.tr("Total"), report.direct.value, report.overheads.value, report.eligible.value, None,
                     report.requested_aid.value))
        self.summary.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if c == 0:
                    text = str(value)
                elif c == 4:
                    text = "" if value is None else f"{format_decimal(Decimal(value) * 100, 1)} %"
                else:
                    text = format_decimal(value)
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.summary.setItem(r, c, item)
        shares = [(self.tr("Companies"), report.company_share), (self.tr("Research organisations"), report.academic_share),
                  (self.tr("Subcontracting"), report.subcontracting_share)]
        self.shares.setText(" · ".join(
            self.tr("{label}: {share} % ({rule})").format(
                label=label, share=format_decimal(share.ratio * 100, 1), rule=getattr(share, f"rule_{language}", ""))
            for label, share in shares))

    def frozen_note(self) -> str:
        document = self.session.document
        names = [partner_label(document, p.uuid) for p in document.participations
                 if PartRef("budget", p.uuid) in self.session.frozen]
        if not names:
            return ""
        return self.tr("Frozen by the coordinator: the budget of {partners}. No one can edit it until the "
                       "coordinator unfreezes it (Proposal › To do).").format(partners=", ".join(names))

    def scope_note(self) -> str:
        return self.tr("Partner copy for {partner}: you can enter your own costs only (your row of the grid and "
                       "your lines). The other partners' costs are read-only: the coordinator owns them.").format(
            partner=self.session.partner)

    def server_note(self) -> str:
        return self.tr("On the team server as {partner}: you enter your own costs only; the other partners' costs "
                       "are theirs and not shown to you.").format(partner=self.session.partner)

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        rate = next((r for r in self.session.document.staff_rates if r.uuid == entity_uuid), None)
        if rate is not None or field == "staff_rates":  # a rate, or a partner's rates: the Personnel rates tab
            partner = rate.participation_uuid if rate is not None else entity_uuid
            rows = [r for r in range(self.grid.rowCount() - 1) if self.grid.participation_at(r) == partner]
            if rows:
                self.view.setCurrentIndex(self.grid.index(rows[0], 0))
            self.bottom.setCurrentWidget(self.rates)
            self._cell_chosen(self.view.currentIndex())
            view = self.rates.table.view
            if rate is not None:
                view.setCurrentIndex(self.rates.model.index(self.rates.model.row_of(rate.uuid),
                                                            self.rates.model.column_of(field or "monthly_rate")))
            # No rate yet: the button that adds one is where the finding is fixed.
            (view if self.rates.model.rowCount() else self.rates.table.add_button).setFocus()
            return True
        line = next((b for b in self.session.document.budget_lines if b.uuid == entity_uuid), None)
        target = entity_uuid if line is None else line.participation_uuid
        if line is not None:
            self.years.setCurrentIndex(line.period - 1)
        for row in range(self.grid.rowCount() - 1):
            if self.grid.participation_at(row) == target:
                column = 0
                if line is not None:
                    keys = [self.grid.key_at(c) for c in range(self.grid.columnCount() - 1)]
                    column = keys.index(line.category) if line.category in keys else 0
                self.view.setCurrentIndex(self.grid.index(row, column))
                break
        if field == "budget_lines" and line is None and target is not None:
            self.bottom.setCurrentWidget(self.lines)  # a partner's budget lines: fixed in its Lines tab
            self.lines.table.view.setFocus()
            return True
        if line is not None and field in ("justification", "work_package_uuid", "description", "person_months",
                                                "purchase_cost", "use_percent", "use_months", "depreciation_months"):
            self._cell_chosen(self.view.currentIndex())  # the line's own field, in the Lines tab
            self.bottom.setCurrentWidget(self.lines)
            model = self.lines.model
            self.lines.table.view.setCurrentIndex(model.index(model.row_of(line.uuid), model.column_of(field)))
            self.lines.table.view.setFocus()
            return True
        self.view.setFocus()
        return True

    def guidance(self) -> str:
        template = self.context.template
        lines = [self.tr("Enter each partner's costs per category and year, and its personnel rates: personnel "
                         "costs are the effort matrix's person-months × these rates. Overheads, the funding rate and "
                         "the requested aid follow the call's rules.")]
        if template is not None:
            for rule in template.funding_rates[:6]:
                lines.append(f"- {rules_bridge.text(rule, 'text', self.context.language)}")
        return "\n".join(lines)
