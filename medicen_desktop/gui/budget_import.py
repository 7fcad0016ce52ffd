"""Budget ▸ Read back a partner's workbook…: every changed cell shown, then applied as one undoable step.

The partner is the budget grid's current row. The workbook (any of the
funders' forms we export: ``services.budget_import``) is read on the
window's worker; ``BudgetImportDialog`` lists each changed cell (its place
in the workbook, what it is, the figure now and the one in the workbook)
and nothing is written until Apply. A refused workbook shows every problem,
cell by cell, and changes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.window_size import fit_to_screen

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.worker import Job, Worker
    from medicen_desktop.services.budget_import import BudgetPreview

translate = QCoreApplication.translate


class OpenBudgetWorkbook:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, partner: str) -> Path | None:
        title = translate("BudgetImport", "Read back {partner}'s workbook").format(partner=partner)
        sheets = translate("BudgetImport", "Excel workbooks")
        every = translate("BudgetImport", "All files")
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), f"{sheets} (*.xlsx);;{every} (*)")
        return Path(path) if path else None


class BudgetImportDialog(QDialog):
    """The changed cells of one partner's workbook, before anything is written."""

    def __init__(self, preview: BudgetPreview, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetImportDialog")
        self.setWindowTitle(self.tr("Read back {partner}'s workbook").format(partner=preview.partner))
        fit_to_screen(self, 980, 520)
        layout = QVBoxLayout(self)
        if preview.changes:
            text = self.tr("{file} ({form}): {count} figure(s) of {partner} differ from the proposal. Nothing is "
                           "written until you press Apply, and Edit ▸ Undo takes the whole import back.")
        else:
            text = self.tr("{file} ({form}): every figure of {partner} is already the proposal's; nothing to apply.")
        forms = {"he-lump-sum": self.tr("the Horizon Europe lump-sum detailed budget table"),
                 "he-part-a": self.tr("the Horizon Europe Part A budget table"),
                 "bpi-annex": self.tr("the Bpifrance financial annex"), "anr": self.tr("the ANR budget table")}
        intro = QLabel(text.format(file=source, form=forms.get(preview.form, preview.form_label),
                                   partner=preview.partner,
                                   count=len(preview.changes)), wordWrap=True)
        intro.setObjectName("budgetImportIntro")
        layout.addWidget(intro)
        self.table = QTableWidget(len(preview.changes), 4, self)
        self.table.setObjectName("budgetImportChanges")
        self.table.setHorizontalHeaderLabels([self.tr("Cell"), self.tr("What"), self.tr("In the proposal"),
                                              self.tr("In the workbook")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        for row, change in enumerate(preview.changes):
            self.table.setItem(row, 0, QTableWidgetItem(change.cell))
            self.table.setItem(row, 1, QTableWidgetItem(change.what))
            for column, value in ((2, change.old), (3, change.new)):
                item = QTableWidgetItem(format_decimal(Decimal(value)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(preview.changes))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(preview.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: BudgetPreview, source: str) -> bool:
        """Show the changes; True when the user applies them."""
        dialog = cls(preview, source, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and bool(preview.changes)
        finally:
            dialog.deleteLater()


def read_back_workbook(session: ProposalSession, worker: Worker, parent: QWidget, partner_uuid: str,
                       partner: str, folder: Path) -> Job | None:
    """Choose the workbook, read it on the worker, then show the changes and apply them.

    Returns the reading job (None when no file was chosen).
    """
    from medicen_desktop.gui.worker import Job
    from medicen_desktop.services import budget_import

    path = OpenBudgetWorkbook.ask(parent, folder, partner)
    if path is None:
        return None
    session.flush()
    db, uuid = session.db, session.proposal_uuid
    job = Job(lambda _progress: budget_import.preview_budget_import(db, uuid, partner_uuid, path), "import-budget",
              parent)
    job.succeeded.connect(lambda preview: _confirm_and_apply(session, parent, preview, path.name))
    job.failed.connect(lambda exc: _refused(parent, exc))
    job.done.connect(job.deleteLater)
    worker.submit(job)
    return job


def _refused(parent: QWidget, exc: BaseException) -> None:
    from medicen_desktop.errors import Refused
    from medicen_desktop.gui.errors import show_exception
    from medicen_desktop.gui.exchange_dialogs import ExchangeRefused

    if isinstance(exc, Refused):
        ExchangeRefused.ask(parent, translate("BudgetImport", "Cannot read this workbook back"), str(exc))
    else:
        show_exception(exc, parent)


def _confirm_and_apply(session: ProposalSession, parent: QWidget, preview: BudgetPreview, source: str) -> None:
    """The changes shown, then stored as one revision and one undo step."""
    from medicen_desktop.errors import Refused
    from medicen_desktop.gui.commands import ReplaceDocumentCommand
    from medicen_desktop.services import budget_import

    if session.proposal_uuid != preview.base.proposal.uuid or not BudgetImportDialog.ask(parent, preview, source):
        return
    session.flush()
    before = session.document
    try:
        budget_import.apply_budget_import(session.db, preview, actor="gui")
    except Refused as exc:  # WriteConflict: the same figures changed meanwhile
        _refused(parent, exc)
        session.reload()
        return
    session.reload()
    text = translate("BudgetImport", "Read back {partner}'s workbook").format(partner=preview.partner)
    session.undo_stack.push(ReplaceDocumentCommand(session.db, before, session.document, text, session.reload,
                                                   session.refuse_undo))
