"""The open proposal: navigator | step editor | guidance and findings.

It creates each step's editor on first visit, re-checks the proposal on the
worker a moment after each change, and routes a finding to its field.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QStackedWidget, QWidget

from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.errors import show_exception
from medicen_desktop.gui.flash import flash
from medicen_desktop.gui.navigator import StepNavigator
from medicen_desktop.gui.rules_bridge import STEPS, FindingView
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.gui.settings import Settings
from medicen_desktop.gui.sidepanel import SidePanel
from medicen_desktop.gui.steps import page_class
from medicen_desktop.gui.steps.base import Findings, StepContext, StepPage
from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.rules.steps import LIST_STEP

CHECK_DELAY_MS = 700
NARROW_WIDTH = 1180
"""Below this width the guidance and findings panel folds away (F9 shows it): the editor keeps its room."""


class Workspace(QWidget):
    """Emits ``stepChanged(step)``."""

    stepChanged = Signal(str)
    panelShown = Signal(bool)
    marksChanged = Signal()

    def __init__(self, session: ProposalSession, worker: Worker, settings: Settings, language: str,
                 catalogue: TemplateCatalogue | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("workspace")
        self.findings = Findings(self)
        self.context = StepContext(session, worker, settings, self.findings, language, catalogue or TemplateCatalogue(self))
        self.context.request_check = self.check_now
        self.context.request_marks = self.refresh_marks
        self._pages: dict[str, StepPage] = {}
        self._check_job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = StepNavigator()
        self.stack = QStackedWidget()
        self.panel = SidePanel()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 860, 290])
        self.splitter.setChildrenCollapsible(False)
        # Folded until the first resize says the window is wide enough: shown before that, the panel's width
        # made the window's minimum wider than a 1024-pixel screen, and a window never shrinks back by itself.
        self.panel.setVisible(False)
        self._narrow: bool | None = None  # the first resize decides, and says so (the View menu's check)
        layout.addWidget(self.splitter)
        self.navigator.stepChosen.connect(self.go_to)
        self.panel.findingActivated.connect(self.jump_to)
        self.findings.updated.connect(self._show_findings)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        session.changed.connect(self._on_changed)
        self._update_header()
        if session.attached:
            self.refresh_marks()
        else:  # shown from the quick snapshot: the parts' states and comments follow the database
            session.databaseAttached.connect(self.refresh_marks)
        # The first check starts once the window is painted: it competes for the GIL. The timer is the
        # workspace's own, so a workspace deleted before it fires (language switch) is never called.
        first_check = QTimer(self, singleShot=True, interval=0)
        first_check.timeout.connect(self.check_now)
        first_check.start()

    # -- steps -------------------------------------------------------------
    def page(self, step: str) -> StepPage:
        """The editor of a step, created on first use."""
        if step not in self._pages:
            page = page_class(step)(self.context)
            if hasattr(page, "findingActivated"):
                page.findingActivated.connect(self.jump_to)
            if hasattr(page, "guidanceChanged"):
                page.guidanceChanged.connect(self._guidance_changed)
            self._pages[step] = page
            self.stack.addWidget(page)
        return self._pages[step]

    def go_to(self, step: str) -> None:
        self.session.flush()  # what was typed on the step left is written before another is shown
        page = self.page(step)
        self.stack.setCurrentWidget(page)
        if self.navigator.current_step() != step:
            self.navigator.select(step)
        self.panel.set_guidance(page.guidance())
        self._show_findings()
        self.stepChanged.emit(step)

    def _guidance_changed(self, text: str) -> None:
        if self.stack.currentWidget() is self.sender():
            self.panel.set_guidance(text)

    def show_panel(self, visible: bool) -> None:
        """Show or fold the guidance and findings panel (View ▸ panel, F9)."""
        self.panel.setVisible(visible)
        self.panelShown.emit(visible)

    def minimumSizeHint(self) -> QSize:
        """Without the side panel: it folds below NARROW_WIDTH, so it must not hold the window wider."""
        hint = super().minimumSizeHint()
        if self.panel.isVisible():
            hint.setWidth(max(hint.width() - self.panel.minimumWidth() - self.splitter.handleWidth(), 0))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The panel folds when the window gets narrow and comes back when it widens: panels collapse,
        nothing is clipped (from 1024×700)."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.show_panel(not narrow)

    def current_step(self) -> str:
        return self.navigator.current_step()

    def jump_to(self, finding: FindingView) -> None:
        """Open the finding's step, focus its field and outline it a moment; the finding stays selected."""
        self.go_to(finding.step)
        self.page(finding.step).focus_field(finding.entity_uuid, finding.field)
        self.panel.select(finding)
        flash(QApplication.focusWidget())

    def reveal(self, list_name: str, uuid: str | None, field: str | None) -> str | None:
        """Show an entity's field that an undo or redo changed: its step when another is shown (or another
        section of the Sections step), with the entity selected and the field focused. Returns the step."""
        if list_name == "proposal":
            step = "call" if field in ("template_key", "language") else "project"
        else:
            step = LIST_STEP.get(list_name, "")
        if step not in STEPS:
            return None
        page = self.page(step)
        if step != self.current_step() or getattr(page, "current", uuid) != uuid:
            self.go_to(step)
            present = uuid is not None and self.session.list_of(uuid) is not None
            page.focus_field(uuid if present else None, field if present else None)
        return step

    # -- checks -------------------------------------------------------------
    def check_now(self) -> None:
        """Run the rules on the current snapshot, on the worker."""
        if self._check_job is not None:
            self._check_job.cancel()
        document, language = self.session.document, self.context.language
        job = Job(lambda progress: rules_bridge.check(document, language), "check", self)
        job.succeeded.connect(self._checked)
        job.failed.connect(lambda exc: show_exception(exc, self))
        self._check_job = job
        self.context.worker.submit(job)

    def _checked(self, findings: list[FindingView]) -> None:
        self.findings.set(findings)

    def _on_changed(self, notice: Notice) -> None:
        if notice.remote and notice.lists & {"part_states", "comments"}:
            self.refresh_marks()  # another writer set a status or wrote a comment: the marks follow in place
            if notice.lists <= {"part_states", "comments"}:
                return  # the snapshot is the same: nothing to check again
        self._update_header()
        self._check_timer.start()

    def _show_findings(self) -> None:
        items = self.findings.items
        step = self.current_step()
        self.panel.set_findings(items if step in ("review", "export") else [f for f in items if f.step == step])
        states = rules_bridge.step_states(self.session.document, items)
        self.navigator.set_states(states)
        self._update_header(states)

    def _update_header(self, states: dict[str, tuple[str, int]] | None = None) -> None:
        document = self.session.document
        states = states or rules_bridge.step_states(document, self.findings.items)
        template = self.context.template
        call = template.name if template is not None else self.context.catalogue.name_of(document.proposal.template_key)
        self.navigator.set_header(document.proposal.acronym, call, rules_bridge.completeness(states))

    def refresh_marks(self) -> None:
        """Show again the parts' states and open comments (after the to-do view, a comment or another writer
        changed them); ``marksChanged`` tells the open to-do view."""
        from medicen_desktop.gui.part_marks import PartMarks

        self.session.absorb_own_annotations()
        marks = PartMarks().load(self.session.db, self.session.proposal_uuid)
        self.navigator.set_workflow(marks.summary())
        self.session.reload_frozen()
        for page in self._pages.values():
            page.refresh_frozen()
        from medicen_desktop.gui.steps.sections import SectionsPage

        sections = self._pages.get("sections")
        if isinstance(sections, SectionsPage):
            sections.refresh_marks()
        self.marksChanged.emit()

    def retranslate(self) -> None:
        self.navigator.retranslate()

    def page_steps(self) -> list[str]:
        return [s for s in STEPS if s in self._pages]
