"""Call step: which funder template the proposal follows, its source and its rules.

Choosing another call first shows what the switch would do (computed on the
worker from the snapshot, nothing written); only a confirmation switches,
as one undo step. Cancelling leaves the proposal and the chosen call as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from medicen_desktop.errors import Refused
from medicen_desktop.gui.date_field import DateField
from medicen_desktop.gui.dialogs import ConfirmRetarget
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.form_rows import WholeRows
from medicen_desktop.gui.forms.ui_call_page import Ui_CallPage
from medicen_desktop.gui.retarget_view import RetargetReportView
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.worker import Job
from medicen_desktop.services.edit_errors import EditError


class CallPage(StepPage, Ui_CallPage):
    """Layout: ``ui/call_page.ui``; the report of the last switch below it."""

    step = "call"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Call"))
        form = QWidget()
        self.setupUi(form)
        self.pending.hide()
        # The edition checked against, and the way to a newer one, below the call's name.
        self.edition = QLabel(wordWrap=True)
        self.newer = QPushButton()
        self.newer.clicked.connect(self._newer_edition)
        self.newer.hide()
        edition_row = QHBoxLayout()
        edition_row.addWidget(self.edition, 1)
        edition_row.addWidget(self.newer)
        self.fields.insertRow(2, self.tr("Edition:"), edition_row)
        # The submission deadline: the coordinator's (a template is a call, not a topic's cut-off date).
        self.deadline = DateField()
        self.deadline.setObjectName("deadline")
        self.deadline.setToolTip(self.tr("The date the dossier is due at the funder, for the topic or "
                                         "cut-off this proposal answers (see the call's text)."))
        self.deadline.edited.connect(self._deadline_edited)
        self.deadline.refused.connect(self.error.show_message)
        self.days_left = QLabel()
        self.days_left.setObjectName("days_left")
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline, 1)
        deadline_row.addWidget(self.days_left)
        deadline_label = QLabel(self.tr("Submission &deadline:"))
        deadline_label.setBuddy(self.deadline)
        self.fields.insertRow(3, deadline_label, deadline_row)
        self.refused = QLabel(wordWrap=True)  # the template files left out, when there are some
        self.refused.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused.hide()
        for index, code in enumerate(("fr", "en")):  # the language combo's items in the form's order
            self.language.setItemData(index, code)
        self.template.activated.connect(self._template_chosen)
        context.catalogue.loaded.connect(self._fill_calls)
        self._fill_calls()
        self.language.activated.connect(self._language_chosen)
        self.report = RetargetReportView()
        self._preview: tuple[str, str, Any] | None = None
        """(call key, call name, snapshot) of the preview being computed, if any."""
        self._job: Job | None = None
        self.body.addWidget(form)
        self.whole_rows = WholeRows(form, self.fields, (self.funder, self.source, self.limits, self.notes,
                                                        self.edition))  # see gui/form_rows.py
        self.body.addWidget(self.refused)
        self.body.addWidget(self.report)
        self.body.addStretch(1)
        self.refresh(Notice(frozenset({"*"})))
        self._apply_scope()

    def _apply_scope(self) -> None:
        """In a partner copy the call and the dossier language are the coordinator's."""
        values = self.session.document.proposal.model_dump()
        scope = self.session.scope
        self.template.setEnabled(is_editable(scope, "proposal", values, "template_key"))
        self.language.setEnabled(is_editable(scope, "proposal", values, "language"))
        self.deadline.setEnabled(is_editable(scope, "proposal", values, "deadline"))
        locked = not (self.template.isEnabled() and self.language.isEnabled())
        self.read_only.show_message(self.tr(
            "Read only: in a partner copy only the coordinator chooses the call, its deadline and the "
            "dossier language.") if locked else "")

    def _fill_calls(self) -> None:
        """Every call once the catalogue is loaded; until then, the proposal's own."""
        self.template.clear()
        for key, name in self.context.catalogue.choices or []:
            self.template.addItem(name, key)
        self._show_call()
        if self.context.catalogue.choices is not None:
            from medicen_desktop.gui import rules_bridge

            errors = rules_bridge.template_errors()
            self.refused.setText(self.tr("Template files left out (fix them, then restart):") + "\n" + "\n".join(errors))
            self.refused.setVisible(bool(errors))

    def _show_call(self) -> None:
        key = self.session.document.proposal.template_key
        index = self.template.findData(key)
        if index < 0:
            template = self.context.template
            self.template.addItem(template.name if template is not None else key, key)
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)

    def refresh(self, notice: Notice) -> None:
        if not notice.touches("proposal"):
            return
        proposal = self.session.document.proposal
        if self._preview is None:
            self._show_call()
        if proposal.template_key != self.report.template_key:
            self.report.hide()  # undone, or switched elsewhere
        self.language.setCurrentIndex(max(self.language.findData(proposal.language.value), 0))
        if not self.deadline.line.hasFocus() and self.deadline.date() != proposal.deadline:
            self.deadline.set_date(proposal.deadline)
        self._show_days_left(proposal.deadline)
        template = self.context.template
        if template is None:
            self.funder.setText(self.tr("This call's template is not available: no guidance or checks."))
            for label in (self.source, self.limits, self.notes):
                label.setText("—")
            return
        self._show_edition(template)
        self.funder.setText(template.funder)
        self.source.setText("\n\n".join(
            f"[{s.description}]({s.url})" if s.url else s.description for s in template.source
        ) + "\n\n" + self.tr("read on {date}").format(date=template.source_date.isoformat()))
        parts = []
        if template.technical_page_limit:
            parts.append(self.tr("{pages} pages for the technical annex").format(pages=template.technical_page_limit))
        if template.summary_limit_chars:
            parts.append(self.tr("summary ≤ {chars} characters").format(chars=template.summary_limit_chars))
        parts.append(self.tr("{count} sections").format(count=len(template.sections)))
        self.limits.setText(" · ".join(parts))
        notes = template.notes_fr if self.context.language == "fr" and template.notes_fr else template.notes
        self.notes.setText("\n".join(notes) or "—")

    def _show_edition(self, template: Any) -> None:
        """The edition the proposal is checked against, and a way to the current one when it is newer."""
        from medicen_desktop.gui import rules_bridge

        text = template.edition
        if template.historical:
            text = self.tr("{edition} (historical model, no longer open)").format(edition=template.edition)
        self.edition.setText(text)
        current = rules_bridge.editions(template.key)
        newer = current is not None and current[0] != template.edition
        self.newer.setVisible(newer and self.template.isEnabled())
        if current is not None and newer:
            self.newer.setText(self.tr("See what edition {edition} changes…").format(edition=current[0]))

    def _newer_edition(self) -> None:
        """Preview the switch to the current edition of the same call (nothing written until confirmed)."""
        proposal = self.session.document.proposal
        self._start_preview(proposal.template_key, self.template.currentText())

    def _template_chosen(self) -> None:
        """Another call chosen: compute what switching would do (on the worker), then ask."""
        key = self.template.currentData()
        if not key or key == self.session.document.proposal.template_key:
            self._preview = None
            self.pending.hide()
            return
        self._start_preview(str(key), self.template.currentText())

    def _start_preview(self, key: str, name: str) -> None:
        document = self.session.document
        self._preview = (key, name, document)
        self.error.show_message("")
        self.pending.setText(self.tr("Preparing what switching to {name} would change…").format(name=name))
        self.pending.show()
        if self._job is not None:
            self._job.cancel()  # a call chosen before: its preview is no longer wanted
        from medicen_desktop.services import validation  # not for the page's first paint: it imports the ORM

        # No parent: the job (and the snapshot it holds) goes once the next one replaces it.
        self._job = Job(lambda _progress: validation.preview_retarget(document, key), "retarget-preview")
        self._job.succeeded.connect(self._previewed)
        self._job.failed.connect(self._preview_failed)
        self.context.worker.submit(self._job)

    def _previewed(self, preview: Any) -> None:
        if self._preview is None or preview.report.new_template != self._preview[0]:
            return  # another call was chosen meanwhile, or the choice was withdrawn
        key, name, document = self._preview
        if document is not self.session.document:  # changed while the preview was computed
            self._start_preview(key, name)
            return
        self._preview = None
        self.pending.hide()
        confirmed = ConfirmRetarget.ask(self, preview, self.context.language)
        self.template.setFocus()  # back where the choice was made
        if not confirmed:
            self._show_call()
            return
        self._switch(key, name)

    def _preview_failed(self, exc: BaseException) -> None:
        if self._preview is None:
            return
        self._preview = None
        self.pending.hide()
        self.error.show_message(str(exc))
        self._show_call()

    def _switch(self, key: str, name: str) -> None:
        """Switch calls through the rules' retarget (sections and categories mapped), and show its report."""
        try:
            report = self.session.retarget(key, self.tr("Change call to {name}").format(name=name))
        except Refused as exc:
            self.error.show_message(str(exc))
            self._show_call()
            return
        self.error.show_message("")
        self.report.show_report(report, self.context.language)

    def _deadline_edited(self, date: dt.date | None) -> None:
        self._set("deadline", date, self.tr("Set the submission deadline") if date else
                  self.tr("Clear the submission deadline"))

    def _show_days_left(self, deadline: dt.date | None, today: dt.date | None = None) -> None:
        """How long is left, in words: what a coordinator looks for first on this page."""
        if deadline is None:
            self.days_left.setText("")
            return
        days = (deadline - (today or dt.date.today())).days
        if days > 1:
            text = self.tr("in {days} days").format(days=days)
        elif days == 1:
            text = self.tr("tomorrow")
        elif days == 0:
            text = self.tr("today")
        elif days == -1:
            text = self.tr("passed yesterday")
        else:
            text = self.tr("passed {days} days ago").format(days=-days)
        self.days_left.setText(text)
        self.days_left.setProperty("over", days < 0)
        self.days_left.style().polish(self.days_left)

    def _language_chosen(self) -> None:
        self._set("language", self.language.currentData(), self.tr("Change dossier language"))

    def _set(self, field: str, value: object, text: str) -> None:
        try:
            self.session.update("proposal", self.session.proposal_uuid, {field: value}, text, self)
            self.error.show_message("")
        except EditError as exc:
            self.error.show_message(str(exc))

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        {"language": self.language, "deadline": self.deadline}.get(field or "", self.template).setFocus()
        return True

    def guidance(self) -> str:
        return self.tr("Choose the call the proposal answers: its sections, limits, budget rules and "
                       "eligibility checks follow from it.")
