"""Review step: every finding of the rules engine; double-click (or Enter) jumps to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.step_names import plain, step_label
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.wrapping import wrap_rows


class ReviewPage(StepPage):
    step = "review"
    findingActivated = Signal(object)

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Review"))
        head = QHBoxLayout()
        self.summary = QLabel()
        head.addWidget(self.summary, 1)
        self.check_button = QPushButton(self.tr("Check &now"))
        self.check_button.clicked.connect(self._check)
        head.addWidget(self.check_button)
        self.body.addLayout(head)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Finding")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(self.tree)  # a finding is read whole, at any window width
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.body.addWidget(self.tree, 1)
        context.findings.updated.connect(self.show_findings)
        self.show_findings()

    def _check(self) -> None:
        self.context.request_check()

    def show_findings(self) -> None:
        self.tree.clear()
        items = self.context.findings.items
        errors = sum(1 for f in items if f.severity == "error")
        warnings = sum(1 for f in items if f.severity == "warning")
        if not items:
            self.summary.setText(self.tr("No findings: the proposal meets every rule the application checks."))
        else:
            self.summary.setText(self.tr("{errors} error(s) and {warnings} warning(s) — double-click one to fix it.")
                                 .format(errors=errors, warnings=warnings))
        for finding in items:
            item = QTreeWidgetItem([plain(step_label(finding.step)) if finding.step != "review" else "—",
                                    finding.message])
            item.setIcon(1, icon({"error": "error", "warning": "warning"}.get(finding.severity, "info")))
            item.setToolTip(1, finding.code)
            item.setData(0, Qt.ItemDataRole.UserRole, finding)
            self.tree.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding is not None and finding.step != "review":
            self.findingActivated.emit(finding)

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        self.tree.setFocus()
        return True

    def guidance(self) -> str:
        return self.tr("Everything the rules of the call find missing, inconsistent or ineligible. "
                       "Fix the errors before exporting; warnings are worth a look.")
