"""What switching calls did, in the user's words: what mapped, what was added, what no longer fits.

Shown on the Call step after a switch (``RetargetReport`` comes from the
rules engine). Nothing is ever deleted by a switch, and the text says so.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from medicen_desktop.gui import rules_bridge


class RetargetReportView(QFrame):
    """A framed summary of the last switch; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="retargetReport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.template_key = ""
        """The call the shown report switched to."""
        self.hide()

    def show_report(self, report: Any, language: str) -> None:
        old = rules_bridge.template_for(report.old_template)
        new = rules_bridge.template_for(report.new_template)

        def section(template: Any, key: str) -> str:
            spec = rules_bridge.section_spec(template, key)
            return escape(rules_bridge.text(spec, "title", language) if spec is not None else key)

        def category(template: Any, key: str) -> str:
            found = next((c for c in getattr(template, "budget_categories", []) if c.key == key), None)
            return escape(rules_bridge.text(found, "label", language) if found is not None else key)

        parts = [self.tr("<b>Switched from {old} to {new}.</b> Nothing was deleted; Edit ▸ Undo switches back.").format(
            old=escape(old.name if old else report.old_template), new=escape(new.name if new else report.new_template))]
        mapped = [self.tr("{count} section(s) kept as they were").format(count=len(report.kept_sections))
                  ] if report.kept_sections else []
        mapped += [self.tr("“{old}” now answers “{new}”").format(old=section(old, a), new=section(new, b))
                   for a, b in report.renamed_sections]
        mapped += [self.tr("budget category “{old}” becomes “{new}”").format(old=category(old, a), new=category(new, b))
                   for a, b in report.renamed_categories]
        if mapped:
            parts.append(self._list(self.tr("What carried over"), mapped))
        if report.added_sections:
            parts.append(self._list(self.tr("New sections this call asks for (empty, to write)"),
                                    [section(new, key) for key in report.added_sections]))
        misfits = [self.tr("section “{name}”: its text is kept but this call has no place for it — move it into "
                           "another section").format(name=section(old, key)) for key in report.unmatched_sections]
        misfits += [self.tr("budget category “{name}”: unknown to this call — its lines are kept, choose another "
                            "category in Budget").format(name=category(old, key)) for key in report.unknown_categories]
        if misfits:
            parts.append(self._list(self.tr("What no longer fits"), misfits))
        self.text.setText("".join(parts))
        self.template_key = report.new_template
        self.show()

    @staticmethod
    def _list(title: str, items: list[str]) -> str:
        return f"<p style='margin-bottom:0'><b>{escape(title)}</b></p><ul style='margin-top:2px'>" + "".join(
            f"<li>{item}</li>" for item in items) + "</ul>"
