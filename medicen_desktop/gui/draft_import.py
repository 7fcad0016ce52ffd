"""Proposal ▸ Import Word draft…: choose a .docx, confirm where each heading goes, import as one undoable step.

``DraftImportDialog`` shows each heading of the draft with the section
proposed for it in a combo box (a section of the call, the proposal's
summary, inside the part above, "Imported, not placed", or left out), the word count and what the
heading resembles; below, each section that already holds text asks
whether to add the imported text after it, replace it or keep it (the
imported text then goes to "Imported, not placed"). Nothing is written
until Import; the import is then one revision (``services.drafts``) and
one step of the proposal's undo stack. The file is read on the window's
worker (mammoth takes seconds on a long draft). A refused file shows its one-line
message and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.exchange.draft_apply import APPEND, KEEP, REPLACE, Policy
from medicen_desktop.exchange.draft_plan import ABOVE, HOLDING, SKIP, SUMMARY
from medicen_desktop.gui.window_size import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.worker import Job, Worker
    from medicen_desktop.services.drafts import DraftPreview
    from medicen_desktop.store.database import Database

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DraftChoice:
    """What the user confirmed: a destination per part index, a policy per section that holds text."""

    destinations: dict[int, str]
    policies: dict[str, Policy]


class OpenDraftFile:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        every = translate("DraftImport", "All files")
        word = translate("DraftImport", "Word documents")
        path, _ = QFileDialog.getOpenFileName(parent, translate("DraftImport", "Import a Word draft"), str(folder),
                                              f"{word} (*.docx);;{every} (*)")
        return Path(path) if path else None


class DraftImportDialog(QDialog):
    """The preview: each heading and where it goes, changed per row before anything is written."""

    def __init__(self, preview: DraftPreview, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftImportDialog")
        self.preview = preview
        self.setWindowTitle(self.tr("Import a Word draft"))
        fit_to_screen(self, 1080, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Where each part of {file} will go. Change a line if needed: nothing is written "
                               "until you press Import, and Edit ▸ Undo takes the whole import back.")
                       .format(file=preview.draft.source), wordWrap=True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(preview.parts), 4, self)
        self.table.setObjectName("draftParts")
        self.table.setHorizontalHeaderLabels([self.tr("Heading in the draft"), self.tr("Words"),
                                              self.tr("Goes to"), self.tr("Resembles")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.combos: list[QComboBox] = []
        titles = [(s.key, preview.template.section_title(s.key, language)) for s in preview.template.sections]
        for row, part in enumerate(preview.parts):
            heading = part.heading or self.tr("(text before the first heading)")
            item = QTableWidgetItem("    " * max(part.level - 1, 0) + heading)
            item.setToolTip(part.markdown[:600])
            self.table.setItem(row, 0, item)
            words = QTableWidgetItem(str(part.words))
            words.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, words)
            combo = QComboBox(self.table)
            combo.setObjectName(f"destination{row}")
            for key, title in titles:
                combo.addItem(title, key)
            combo.insertSeparator(combo.count())
            combo.addItem(self.tr("The proposal's summary"), SUMMARY)
            combo.addItem(self.tr("Inside the part above"), ABOVE)
            combo.addItem(self.tr("Imported, not placed"), HOLDING)
            combo.addItem(self.tr("Leave out"), SKIP)
            combo.setCurrentIndex(max(combo.findData(part.proposed), 0))
            combo.currentIndexChanged.connect(self._update_policies)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
            resembles = QTableWidgetItem(self._resembles(part.matched, part.score, part.generated))
            resembles.setToolTip(resembles.text())
            self.table.setItem(row, 3, resembles)
        layout.addWidget(self.table, 1)
        self.existing = QGroupBox(self.tr("Sections that already have text"), self)
        self.existing.setObjectName("existingText")
        form = QFormLayout(self.existing)
        self.policies: dict[str, QComboBox] = {}
        for key, title in [(SUMMARY, self.tr("The proposal's summary")), *titles]:
            if key in preview.with_text:
                combo = QComboBox(self.existing)
                combo.setObjectName(f"policy_{key}")
                combo.addItem(self.tr("Add the imported text after it"), APPEND)
                combo.addItem(self.tr("Replace it with the imported text"), REPLACE)
                combo.addItem(self.tr("Keep it; the imported text goes to “Imported, not placed”"), KEEP)
                form.addRow(title, combo)
                self.policies[key] = combo
        layout.addWidget(self.existing)
        notes = [self._note(code) for code in preview.draft.notes]
        self.notes = QLabel("\n".join(f"• {note}" for note in notes), wordWrap=True)
        self.notes.setObjectName("draftNotes")
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_policies()

    @classmethod
    def ask(cls, parent: QWidget | None, preview: DraftPreview, language: str) -> DraftChoice | None:
        """Show the preview; the confirmed choice, or None when cancelled."""
        dialog = cls(preview, language, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def choice(self) -> DraftChoice:
        destinations = {part.index: str(combo.currentData()) for part, combo in zip(self.preview.parts, self.combos)}
        policies: dict[str, Policy] = {key: combo.currentData() for key, combo in self.policies.items()}
        return DraftChoice(destinations, policies)

    def _update_policies(self) -> None:
        """A section's question is asked only while some part goes to it."""
        chosen = {str(combo.currentData()) for combo in self.combos}
        form = self.existing.layout()
        assert isinstance(form, QFormLayout)
        for key, combo in self.policies.items():
            combo.setEnabled(key in chosen)
            form.setRowVisible(combo, key in chosen)
        self.existing.setVisible(bool(chosen & set(self.policies)))

    def _resembles(self, matched: str, score: float, generated: str | None) -> str:
        if generated == "table":
            return self.tr("a table the app generates")
        if not matched:
            return ""
        text = self.tr("{title} ({percent} %)").format(title=matched, percent=round(score * 100))
        return self.tr("{what}, generated by the app").format(what=text) if generated else text

    def _note(self, code: str) -> str:
        return {
            "footnotes": self.tr("Footnotes were moved after the text."),
            "table-in-list": self.tr("A table inside a list was reduced to text."),
            "table-in-table": self.tr("A table inside a table was reduced to text."),
            "merged-cells": self.tr("Merged table cells were split (the text stays in the first)."),
            "images": self.tr("Images become annexes of the proposal."),
            "struck": self.tr("Struck-through text was kept as plain text."),
            "footnote-markers": self.tr("Footnote markers became plain text."),
            "links": self.tr("Links became text followed by their address."),
            "gantt": self.tr("The Gantt chart the app draws was left out: it is drawn again from the work plan."),
        }.get(code, code)


class DraftHost(Protocol):
    """What the action uses of the main window."""

    db: Database | None
    session: ProposalSession | None
    language: str
    worker: Worker

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


def import_word_draft(host: DraftHost, parent: QWidget, folder: Path) -> Job | None:
    """Choose a draft, read it on the worker (mammoth takes seconds on a long file), then preview and write.

    Returns the reading job (None when nothing was chosen); the preview opens when it succeeds.
    """
    from medicen_desktop.gui.worker import Job
    from medicen_desktop.services import drafts

    session, db = host.session, host.db
    if session is None or db is None:
        return None
    path = OpenDraftFile.ask(parent, folder)
    if path is None:
        return None
    session.flush()
    uuid = session.proposal_uuid
    job = Job(lambda _progress: drafts.preview_draft(db, uuid, path), "import-docx", parent)
    job.succeeded.connect(lambda preview: _confirm_and_write(host, parent, preview))
    job.failed.connect(lambda exc: _refused(parent, exc))
    job.done.connect(job.deleteLater)
    host.worker.submit(job)
    host.statusBar().showMessage(translate("DraftImport", "Reading {file}…").format(file=path.name))
    return job


def _refused(parent: QWidget, exc: BaseException) -> None:
    from medicen_desktop.errors import Refused
    from medicen_desktop.gui.errors import show_exception
    from medicen_desktop.gui.exchange_dialogs import ExchangeRefused

    if isinstance(exc, Refused):
        ExchangeRefused.ask(parent, translate("DraftImport", "Cannot import this Word draft"), str(exc))
    else:
        show_exception(exc, parent)


def _confirm_and_write(host: DraftHost, parent: QWidget, preview: DraftPreview) -> None:
    """The preview dialog, then the import as one revision and one undo step."""
    from medicen_desktop.errors import Refused
    from medicen_desktop.gui.commands import ReplaceDocumentCommand
    from medicen_desktop.services import drafts

    session, db = host.session, host.db
    host.statusBar().clearMessage()
    if session is None or db is None or session.proposal_uuid != preview.document.proposal.uuid:
        return  # the proposal was closed while the draft was read
    choice = DraftImportDialog.ask(parent, preview, host.language)
    if choice is None:
        return
    session.flush()
    before = session.document
    try:
        placement = drafts.import_draft(db, preview, choice.destinations, choice.policies, actor="gui")
    except Refused as exc:  # WriteConflict, a partner copy's assignment, an image too large
        _refused(parent, exc)
        session.reload()
        return
    session.reload()
    text = translate("DraftImport", "Import {file}").format(file=preview.draft.source)
    session.undo_stack.push(ReplaceDocumentCommand(db, before, session.document, text, session.reload,
                                                   session.refuse_undo))
    host.statusBar().showMessage(translate("DraftImport", "{file} imported into {count} section(s)").format(
        file=preview.draft.source, count=len(placement.sections)), 10_000)
