"""What switching calls did, in the user's words: what mapped, what was added, what no longer fits.

Shown on the Call step after a switch (``RetargetReport`` comes from the
rules engine). Nothing is ever deleted by a switch, and the text says so.
Before the switch, ``RetargetPreviewDialog`` shows what it would do
(``RetargetPreview``, computed on the snapshot without writing anything)
and asks to confirm.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.forms.ui_retarget_preview_dialog import Ui_RetargetPreviewDialog
from medicen_desktop.gui.numbers import format_decimal


class RetargetReportView(QFrame):
    """A framed summary of the last switch; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retargetReport")
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


class RetargetPreviewDialog(QDialog, Ui_RetargetPreviewDialog):
    """What switching to another call would do; Enter (“Switch to this call”) confirms, Esc cancels.
    Layout: ``ui/retarget_preview_dialog.ui``.

    Reached through ``dialogs.ConfirmRetarget.ask``. Shows a ``RetargetPreview``
    (rules engine): sections kept, newly required and no longer part of the
    call, limits exceeded under the new call, and how its budget rules change
    the funding rates, overheads, requested aid and shares.
    """

    def __init__(self, preview: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.language = language
        report = preview.report
        self.old = rules_bridge.template_for(report.old_template)
        self.new = rules_bridge.template_for(report.new_template)
        self.heading = self.question  # not named "heading" in the form: the style sheet would restyle it
        self.heading.setText("<p style='font-size:large'><b>{}</b></p><p>{}</p>".format(
            escape(self.tr("Switch from {old} to {new}?").format(
                old=self.old.name if self.old else report.old_template,
                new=self.new.name if self.new else report.new_template)),
            escape(self.tr("Nothing is written until you confirm. A switch never deletes any text, and "
                           "Edit ▸ Undo switches back."))))
        self.text.setText(self._body(preview))
        self.switch_button = self.buttons.addButton(self.tr("&Switch to this call"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.switch_button.setDefault(True)
        self.switch_button.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Wide enough to read a line at a glance; as tall as the text, within the window (then it scrolls)."""
        self.resize(680, 400)
        layout = self.layout()
        assert layout is not None
        layout.activate()
        frame = 2 * self.scroll_area.frameWidth()  # the viewport's own geometry follows only once shown
        inner = self.scroll_area.height() - frame
        needed = self.height() - inner + self.text.heightForWidth(self.scroll_area.width() - frame) + 2
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        available = window.height() - 40 if window is not None and window.height() > 400 else 720
        self.resize(680, max(300, min(needed, available)))

    # -- the text ----------------------------------------------------------
    def _section(self, template: Any, key: str) -> str:
        spec = rules_bridge.section_spec(template, key)
        return escape(rules_bridge.text(spec, "title", self.language) if spec is not None else key)

    def _category(self, template: Any, key: str) -> str:
        found = next((c for c in getattr(template, "budget_categories", []) if c.key == key), None)
        return escape(rules_bridge.text(found, "label", self.language) if found is not None else key)

    def _euros(self, value: Decimal | None) -> str:
        return self.tr("none") if value is None else self.tr("€{amount}").format(amount=format_decimal(value))

    def _percent(self, value: Decimal | None, places: int = 1) -> str:
        return self.tr("none") if value is None else self.tr("{value}%").format(
            value=format_decimal(value * 100, places))

    def _share(self, value: Decimal | None) -> str:
        return self._percent(value, 2)

    def _body(self, preview: Any) -> str:
        report, old, new = preview.report, self.old, self.new
        parts = []
        kept = [self._section(new, key) for key in report.kept_sections]
        kept += [self.tr("“{old}” becomes “{new}”").format(old=self._section(old, a), new=self._section(new, b))
                 for a, b in report.renamed_sections]
        parts.append(self._list(self.tr("Sections kept"), kept or [
            self.tr("No section of the proposal has a place in this call.")]))
        if report.added_sections:
            parts.append(self._list(self.tr("Sections newly required (added empty, to write)"),
                                    [self._section(new, key) for key in report.added_sections]))
        if report.unmatched_sections:
            parts.append(self._list(
                self.tr("Sections no longer part of this call (their text is kept but not exported: move it into "
                        "another section)"),
                [self._section(old, key) for key in report.unmatched_sections]))
        limits = []
        old_summary, new_summary = preview.summary_limit
        if old_summary != new_summary:
            limits.append(self.tr("Summary: at most {new} characters (now: {old})").format(
                new=new_summary, old=old_summary or self.tr("no limit")) if new_summary else
                self.tr("Summary: no character limit (now: {old})").format(old=old_summary))
        old_pages, new_pages = preview.page_limit
        if old_pages != new_pages:
            limits.append(self.tr("Technical annex: at most {new} pages (now: {old})").format(
                new=new_pages, old=old_pages if old_pages else self.tr("no limit")) if new_pages else
                self.tr("Technical annex: no page limit (now: {old})").format(old=old_pages))
        limits += [f"<span style='color:#c62828'>⚠ {escape(f.message(self.language))}</span>"
                   for f in preview.exceeded]
        if not preview.exceeded:
            limits.append(self.tr("No text limit or eligibility rule is exceeded under this call."))
        parts.append(self._list(self.tr("Limits under this call"), limits))
        budget = [self.tr("Budget category “{old}” becomes “{new}”").format(
            old=self._category(old, a), new=self._category(new, b)) for a, b in report.renamed_categories]
        budget += [self.tr("Budget category “{name}”: unknown to this call — its lines are kept, choose another "
                           "category in Budget").format(name=self._category(old, key))
                   for key in report.unknown_categories]
        budget += [self.tr("{partner}: funding rate {new} (now: {old})").format(
            partner=escape(r.partner), new=self._percent(r.new_rate), old=self._percent(r.old_rate))
            if r.new_rate is not None else
            self.tr("{partner}: no funding rate of this call applies (now: {old})").format(
                partner=escape(r.partner), old=self._percent(r.old_rate))
            for r in preview.funding_rates]
        labels = {
            "overheads": self.tr("Overheads"), "eligible": self.tr("Eligible cost"),
            "requested_aid": self.tr("Requested aid"), "company_share": self.tr("Companies' share"),
            "academic_share": self.tr("Research organisations' share"),
            "subcontracting_share": self.tr("Subcontracting share"),
        }
        for figure in preview.figures:
            show = self._euros if figure.key in ("overheads", "eligible", "requested_aid") else self._share
            budget.append(self.tr("{what}: {new} (now: {old})").format(
                what=labels.get(figure.key, figure.key), new=show(figure.new), old=show(figure.old)))
        if not budget:
            budget.append(self.tr("Funding rates, overheads, requested aid and shares stay the same."))
        parts.append(self._list(self.tr("Budget rules"), budget))
        return "".join(parts)

    @staticmethod
    def _list(title: str, items: list[str]) -> str:
        return RetargetReportView._list(title, items)
