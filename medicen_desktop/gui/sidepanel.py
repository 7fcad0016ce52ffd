"""The right-hand panel: the template's guidance for the current step, and its findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.rules_bridge import FindingView

SEVERITY_ICON = {"error": "error", "warning": "warning"}


class SidePanel(QWidget):
    """Emits ``findingActivated(FindingView)`` when a finding is clicked."""

    findingActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 0)
        top_layout.addWidget(named(QLabel(self.tr("Guidance")), "panelTitle"))
        self.guidance = QLabel(wordWrap=True, textFormat=Qt.TextFormat.MarkdownText)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.guidance.setOpenExternalLinks(True)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.guidance)
        top_layout.addWidget(scroll, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(8, 0, 8, 8)
        self.findings_title = named(QLabel(), "panelTitle")
        bottom_layout.addWidget(self.findings_title)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.itemActivated.connect(self._activated)
        self.findings.itemClicked.connect(self._activated)
        bottom_layout.addWidget(self.findings, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter)
        self.setMinimumWidth(220)
        self.set_findings([])

    def set_guidance(self, markdown: str) -> None:
        self.guidance.setText(markdown or self.tr("No guidance from the call for this step."))

    def set_findings(self, findings: list[FindingView]) -> None:
        self.findings.clear()
        self.findings_title.setText(self.tr("Findings ({count})").format(count=len(findings)))
        for finding in findings:
            item = QListWidgetItem(icon(SEVERITY_ICON.get(finding.severity, "info")), finding.message)
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(finding.code)
            self.findings.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("Nothing to fix on this step."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings.addItem(item)

    def select(self, finding: FindingView) -> None:
        """Select the finding shown for ``finding`` (the list is rebuilt when its step opens)."""
        for row in range(self.findings.count()):
            if self.findings.item(row).data(Qt.ItemDataRole.UserRole) == finding:
                self.findings.setCurrentRow(row)
                return

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if finding is not None:
            self.findingActivated.emit(finding)
