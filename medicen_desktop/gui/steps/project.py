"""Project step: acronym, title, dates, duration, domains, clinical aims, TRL, keywords, summary.

Read-only in a partner copy (the coordinator's information), as the scope says field by field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from medicen_desktop.document.schema import CURRENT_STRATEGIC_AREAS, ClinicalAim, Domain
from medicen_desktop.gui import style
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.field_messages import FieldError
from medicen_desktop.gui.forms.ui_project_page import Ui_ProjectPage
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.steps.base import StepContext, StepPage, set_editable
from medicen_desktop.gui.undo_keys import WordEnds, route_undo_keys
from medicen_desktop.services.edit_errors import EditError

_FIELDS = {  # field of the proposal -> (its widget, its error label) in the form
    "acronym": ("acronym", "acronym_error"), "title": ("full_title", "full_title_error"),
    "start_date": ("start", "start_error"), "duration_months": ("duration", "duration_error"),
    "domains": ("domains_box", "domains_error"), "clinical_aims": ("aims_box", "aims_error"),
    "trl_start": ("trl_start", "trl_error"), "trl_end": ("trl_end", "trl_error"),
    "keywords": ("keywords", "keywords_error"), "summary": ("summary", "summary_error"),
}


class ProjectPage(StepPage, Ui_ProjectPage):
    """Layout: ``ui/project_page.ui``; the domain and clinical-aim check boxes come from the schema's lists."""

    step = "project"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Project"))
        form = QWidget()
        self.setupUi(form)
        style.style_tree(form)  # the form's counter is picked by its role
        self.body.addWidget(form)
        self.widgets: dict[str, QWidget] = {field: getattr(self, w) for field, (w, _) in _FIELDS.items()}
        self.errors: dict[str, FieldError] = {field: getattr(self, e) for field, (_, e) in _FIELDS.items()}
        self._shown: dict[str, Any] = {}
        """Each field's value as this page last showed it: the base of the user's edit of it."""
        self.domains = self._checks(self.domains_grid, "domains", [], groups=[
            (self.tr("Strategic areas:"), [(d.value, _domain(d)) for d in Domain if d in CURRENT_STRATEGIC_AREAS]),
            (self.tr("Founding domains:"), [(d.value, _domain(d)) for d in Domain if d not in CURRENT_STRATEGIC_AREAS]),
        ])
        self.aims = self._checks(self.aims_grid, "clinical_aims", [
            (ClinicalAim.PROGNOSIS.value, self.tr("Prognosis")), (ClinicalAim.DIAGNOSIS.value, self.tr("Diagnosis")),
            (ClinicalAim.THERAPY.value, self.tr("Therapy"))])
        self.acronym.editingFinished.connect(lambda: self._set("acronym", self.acronym.text()))
        self.full_title.editingFinished.connect(lambda: self._set("title", self.full_title.text()))
        self.start.refused.connect(self.errors["start_date"].show_message)
        self.start.edited.connect(lambda date: self._set("start_date", date))
        self.duration.editingFinished.connect(lambda: self._set("duration_months", self.duration.value()))
        self.trl_start.editingFinished.connect(lambda: self._set("trl_start", self.trl_start.value() or None))
        self.trl_end.editingFinished.connect(lambda: self._set("trl_end", self.trl_end.value() or None))
        self.keywords.editingFinished.connect(lambda: self._set(
            "keywords", [k.strip() for k in self.keywords.text().split(";") if k.strip()]))
        route_undo_keys(self.summary)
        self.summary.setTabChangesFocus(True)  # a tab in a summary is never wanted: Tab goes on to the next field
        self._summary_words = WordEnds(self.summary.document())
        self.summary.textChanged.connect(self._summary_typed)
        self.refresh(Notice(frozenset({"*"})))
        self._apply_scope()

    def _apply_scope(self) -> None:
        """In a partner copy, each field the scope does not let the partner change is read-only."""
        values = self.session.document.proposal.model_dump()
        locked = False
        for field, widget in self.widgets.items():
            editable = is_editable(self.session.scope, "proposal", values, field)
            set_editable(widget, editable)
            locked = locked or not editable
        self.read_only.show_message(self.tr(
            "Read only: in a partner copy only the coordinator changes the project's general information.")
            if locked else "")

    def _checks(self, grid: QGridLayout, field: str, items: list[tuple[str, str]],
                groups: list[tuple[str, list[tuple[str, str]]]] | None = None) -> dict[str, QCheckBox]:
        """One check box per item, three to a row (six domains fit at 1024 pixels wide); ``groups``:
        captioned groups of items instead, the caption in the first column."""
        checks: dict[str, QCheckBox] = {}
        first_column = 1 if groups is not None else 0
        row = 0
        for caption, group in groups if groups is not None else [("", items)]:
            if caption:
                grid.addWidget(QLabel(caption), row, 0)
            for index, (value, text) in enumerate(group):
                check = QCheckBox(text)
                check.clicked.connect(lambda _=False, f=field: self._set(f, [v for v, c in checks.items() if c.isChecked()]))
                grid.addWidget(check, row + index // 3, first_column + index % 3)
                checks[value] = check
            row += -(-len(group) // 3)
        return checks

    def _set(self, field: str, value: Any) -> None:
        base = {field: self._shown[field]} if field in self._shown else None
        try:
            self.session.update("proposal", self.session.proposal_uuid, {field: value},
                                self.tr("Edit project {field}").format(field=field), self, base)
            self._shown[field] = getattr(self.session.document.proposal, field)
            self.errors[field].show_message("")
        except EditError as exc:
            self.errors[field].show_message(str(exc))

    def _summary_typed(self) -> None:
        text = self.summary.toPlainText()
        if text != self.session.document.proposal.summary:
            self.session.update_later("proposal", self.session.proposal_uuid, "summary", text, self,
                                      word_end=self._summary_words.take())
        self._count()

    def _count(self) -> None:
        limit = getattr(self.context.template, "summary_limit_chars", None)
        count = len(self.summary.toPlainText())
        text = self.tr("{count} characters").format(count=count)
        if limit:
            text = self.tr("{count} / {limit} characters").format(count=count, limit=limit)
        self.counter.setText(text)
        style.set_state(self.counter, "over", bool(limit and count > limit))

    def refresh(self, notice: Notice) -> None:
        if not notice.touches("proposal") or notice.source is self:
            return
        p = self.session.document.proposal
        # Only what changed is set, so other fields keep their cursor; on another writer's change,
        # the field the user is editing keeps their text, cursor and undo (the write then merges).
        self._show_text("acronym", self.acronym, p.acronym, p.acronym, notice)
        self._show_text("title", self.full_title, p.title, p.title, notice)
        self._show_text("keywords", self.keywords, "; ".join(p.keywords), p.keywords, notice)
        if not self._editing("start_date", self.start, notice) and self.start.date() != p.start_date:
            self.start.set_date(p.start_date)
        for field, box, number in (("duration_months", self.duration, p.duration_months),
                                   ("trl_start", self.trl_start, p.trl_start or 0),
                                   ("trl_end", self.trl_end, p.trl_end or 0)):
            if self._editing(field, box, notice):
                continue
            if box.value() != number:
                box.setValue(number)
            self._shown[field] = getattr(p, field)
        if not self._editing("start_date", self.start, notice):
            self._shown["start_date"] = p.start_date
        for value, check in self.domains.items():
            check.setChecked(value in [d.value for d in p.domains])
        for value, check in self.aims.items():
            check.setChecked(value in [a.value for a in p.clinical_aims])
        self._shown["domains"], self._shown["clinical_aims"] = list(p.domains), list(p.clinical_aims)
        if self.summary.toPlainText() != p.summary and not (
                notice.remote and self.session.is_pending("proposal", p.uuid, "summary")):
            self.summary.blockSignals(True)
            self.summary.setPlainText(p.summary)
            self.summary.blockSignals(False)
        self._count()

    def _editing(self, field: str, widget: QWidget, notice: Notice) -> bool:
        """Whether the user is changing this field right now (another writer's value must wait)."""
        focus = widget.window().focusWidget()  # (its window may be inactive)
        if not notice.remote or focus is None or not (focus is widget or widget.isAncestorOf(focus)):
            return False
        if isinstance(widget, QLineEdit):
            return widget.isModified()
        shown = self._shown.get(field)
        if isinstance(widget, QSpinBox):
            return widget.value() != (shown or 0)
        return True

    def _show_text(self, field: str, widget: QLineEdit, text: str, value: Any, notice: Notice) -> None:
        if self._editing(field, widget, notice):
            return
        if widget.text() != text:
            widget.setText(text)
        self._shown[field] = value

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        widget = self.widgets.get(field or "", self.full_title)
        widget.setFocus()
        return True

    def guidance(self) -> str:
        return self.tr("Name the project, set its dates and its technology readiness (TRL) at start and end, "
                       "and write a summary a reviewer understands in one minute.")


def _domain(domain: Domain) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Domain.BIOLOGICAL_DIAGNOSTICS: QCoreApplication.translate("Labels", "Biological diagnostics"),
        Domain.BIOTHERAPIES_MOLECULES: QCoreApplication.translate("Labels", "Biotherapies and molecules"),
        Domain.TECHNO_THERAPIES: QCoreApplication.translate("Labels", "Techno-therapies"),
        Domain.MEDICAL_IMAGING: QCoreApplication.translate("Labels", "Medical imaging"),
        Domain.DIGITAL_HEALTH: QCoreApplication.translate("Labels", "Digital health"),
        Domain.IMAGING: QCoreApplication.translate("Labels", "Imaging"), Domain.BIOMARKERS: QCoreApplication.translate("Labels", "Biomarkers"),
        Domain.BIO_ENGINEERING: QCoreApplication.translate("Labels", "Bio-engineering"), Domain.BIOTHERAPIES: QCoreApplication.translate("Labels", "Biotherapies"),
        Domain.BIO_DIGITAL: QCoreApplication.translate("Labels", "Bio-digital"), Domain.BIO_INSTRUMENTATION: QCoreApplication.translate("Labels", "Bio-instrumentation"),
    }[domain]
