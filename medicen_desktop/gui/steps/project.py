"""Project step: acronym, title, dates, duration, domains, clinical aims, TRL, keywords, summary.

Read-only in a partner copy (the coordinator's information), as the scope says field by field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document.schema import ClinicalAim, Domain
from medicen_desktop.gui.date_field import DateField
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.undo_keys import WordEnds, route_undo_keys
from medicen_desktop.gui.steps.base import (
    FieldError,
    ReadOnlyNote,
    StepContext,
    StepPage,
    set_editable,
)
from medicen_desktop.services.edit import EditError

class ProjectPage(StepPage):
    step = "project"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Project"))
        self.read_only = ReadOnlyNote()
        self.body.addWidget(self.read_only)
        self.errors: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        form = QFormLayout(inner)
        self.acronym = self._row(form, "acronym", self.tr("&Acronym:"), QLineEdit(maxLength=40))
        self.full_title = self._row(form, "title", self.tr("&Title:"), QLineEdit())
        self.start = self._row(form, "start_date", self.tr("&Start date:"), DateField())
        self.start.refused.connect(self.errors["start_date"].show_message)
        self.duration = self._row(form, "duration_months", self.tr("&Duration:"), QSpinBox(minimum=1, maximum=240))
        self.duration.setSuffix(self.tr(" months"))
        for short in (self.start, self.duration):  # a date and a number: no need for the full width
            short.setMaximumWidth(260)
        self.domains = self._checks(form, "domains", self.tr("Domains:"), [(d.value, _domain(d)) for d in Domain])
        self.aims = self._checks(form, "clinical_aims", self.tr("Clinical aim:"), [
            (ClinicalAim.PROGNOSIS.value, self.tr("Prognosis")), (ClinicalAim.DIAGNOSIS.value, self.tr("Diagnosis")),
            (ClinicalAim.THERAPY.value, self.tr("Therapy"))])
        trl = QWidget()
        trl_layout = QHBoxLayout(trl)
        trl_layout.setContentsMargins(0, 0, 0, 0)
        self.trl_start = QSpinBox(minimum=0, maximum=9)
        self.trl_end = QSpinBox(minimum=0, maximum=9)
        for trl_box in (self.trl_start, self.trl_end):
            trl_box.setSpecialValueText(self.tr("—"))
        trl_layout.addWidget(QLabel(self.tr("from")))
        trl_layout.addWidget(self.trl_start)
        trl_layout.addWidget(QLabel(self.tr("to")))
        trl_layout.addWidget(self.trl_end)
        trl_layout.addStretch(1)
        self._row(form, "trl_start", self.tr("&TRL:"), trl)
        self.widgets["trl_start"], self.widgets["trl_end"] = self.trl_start, self.trl_end
        self.errors["trl_end"] = self.errors["trl_start"]
        self.keywords = self._row(form, "keywords", self.tr("&Keywords:"),
                                  QLineEdit(placeholderText=self.tr("separated by semicolons")))
        self.summary = self._row(form, "summary", self.tr("Su&mmary:"), QPlainTextEdit())
        self.summary.setMinimumHeight(140)
        route_undo_keys(self.summary)
        self.summary.setTabChangesFocus(True)  # a tab in a summary is never wanted: Tab goes on to the next field
        self._summary_words = WordEnds(self.summary.document())
        self.counter = named(QLabel(), "counter")
        form.addRow("", self.counter)
        scroll.setWidget(inner)
        self.body.addWidget(scroll)
        self.acronym.editingFinished.connect(lambda: self._set("acronym", self.acronym.text()))
        self.full_title.editingFinished.connect(lambda: self._set("title", self.full_title.text()))
        self.start.edited.connect(lambda date: self._set("start_date", date))
        self.duration.editingFinished.connect(lambda: self._set("duration_months", self.duration.value()))
        self.trl_start.editingFinished.connect(lambda: self._set("trl_start", self.trl_start.value() or None))
        self.trl_end.editingFinished.connect(lambda: self._set("trl_end", self.trl_end.value() or None))
        self.keywords.editingFinished.connect(lambda: self._set(
            "keywords", [k.strip() for k in self.keywords.text().split(";") if k.strip()]))
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

    def _row(self, form: QFormLayout, field: str, label: str, widget: Any) -> Any:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = FieldError()
        layout.addWidget(error)
        form.addRow(label, box)
        field_label = form.labelForField(box)
        assert isinstance(field_label, QLabel)  # addRow() with a text makes a QLabel
        field_label.setBuddy(widget)
        self.errors[field], self.widgets[field] = error, widget
        return widget

    def _checks(self, form: QFormLayout, field: str, label: str, items: list[tuple[str, str]]) -> dict[str, QCheckBox]:
        box = QWidget()
        layout = QGridLayout(box)  # three a row: six domains on one line made the form scroll sideways at 1024 px
        layout.setContentsMargins(0, 0, 0, 0)
        checks: dict[str, QCheckBox] = {}
        for n, (value, text) in enumerate(items):
            check = QCheckBox(text)
            check.clicked.connect(lambda _=False, f=field: self._set(f, [v for v, c in checks.items() if c.isChecked()]))
            layout.addWidget(check, n // 3, n % 3)
            checks[value] = check
        layout.setColumnStretch(3, 1)
        self._row(form, field, label, box)
        return checks

    def _set(self, field: str, value: Any) -> None:
        try:
            self.session.update("proposal", self.session.proposal_uuid, {field: value},
                                self.tr("Edit project {field}").format(field=field), self)
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
        self.counter.setProperty("over", bool(limit and count > limit))
        self.counter.style().polish(self.counter)

    def refresh(self, notice: Notice) -> None:
        if not notice.touches("proposal") or notice.source is self:
            return
        p = self.session.document.proposal
        self.acronym.setText(p.acronym)
        self.full_title.setText(p.title)
        self.start.set_date(p.start_date)
        self.duration.setValue(p.duration_months)
        for value, check in self.domains.items():
            check.setChecked(value in [d.value for d in p.domains])
        for value, check in self.aims.items():
            check.setChecked(value in [a.value for a in p.clinical_aims])
        self.trl_start.setValue(p.trl_start or 0)
        self.trl_end.setValue(p.trl_end or 0)
        self.keywords.setText("; ".join(p.keywords))
        if self.summary.toPlainText() != p.summary:
            self.summary.blockSignals(True)
            self.summary.setPlainText(p.summary)
            self.summary.blockSignals(False)
        self._count()

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
        Domain.IMAGING: QCoreApplication.translate("Labels", "Imaging"), Domain.BIOMARKERS: QCoreApplication.translate("Labels", "Biomarkers"),
        Domain.BIO_ENGINEERING: QCoreApplication.translate("Labels", "Bio-engineering"), Domain.BIOTHERAPIES: QCoreApplication.translate("Labels", "Biotherapies"),
        Domain.BIO_DIGITAL: QCoreApplication.translate("Labels", "Bio-digital"), Domain.BIO_INSTRUMENTATION: QCoreApplication.translate("Labels", "Bio-instrumentation"),
    }[domain]
