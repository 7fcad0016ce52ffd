"""The budget by work package: person-months, costs, overheads, eligible cost and aid of each WP.

Read-only: every figure is the rules' (``rules.cost_breakdown``), the WPs'
shares of each partner's overheads and aid rounded as the funders' sheets do.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.wp_names import wp_title


class BudgetByWorkPackage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Work package"), self.tr("Person-months"), self.tr("Personnel"), self.tr("Other direct costs"),
            self.tr("Overheads"), self.tr("Eligible"), self.tr("Requested aid")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Figures and their headers whole; the WP's title takes the rest (elided on a small screen).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

    def show_report(self, document: Any, report: Any, template: Any) -> None:
        """Fill the table from the rules' report (None: empty)."""
        self.table.setRowCount(0)
        if report is None or template is None:
            return
        from medicen_desktop.rules.cost_breakdown import breakdown

        packages = sorted(document.work_packages, key=lambda w: w.number)
        labels = {w.uuid: wp_title(w.number, w.title) for w in packages}
        partners = {p.participation_uuid: p.name for p in report.partners}
        personnel = {c.key for c in template.budget_categories if c.is_personnel}
        rows: list[tuple[str, list[Decimal]]] = []
        for row in breakdown(report, template, "wp", labels, partners):
            costs: dict[str, object] = row["costs"]  # type: ignore[assignment]
            staff = sum((Decimal(str(v)) for k, v in costs.items() if k in personnel), Decimal(0))
            label = self.tr("Outside work packages") if row["key"] == "-" else str(row["label"])
            rows.append((label, [Decimal(str(row["person_months"])), staff, Decimal(str(row["direct"])) - staff,
                                 Decimal(str(row["overheads"])), Decimal(str(row["eligible"])),
                                 Decimal(str(row["aid"]))]))
        if rows:
            rows.append((self.tr("Total"), [sum((r[1][i] for r in rows), Decimal(0)) for i in range(6)]))
        self.table.setRowCount(len(rows))
        for r, (label, figures) in enumerate(rows):
            for c, text in enumerate([label, *(format_decimal(v) for v in figures)]):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
