"""Annexes step: letters of commitment, CVs, logos joined to the proposal, with size and hash.

Files are attached by dropping them on the page or with "Attach files…";
the content is stored by ``services.attachments`` and the annex added
through the session, so Edit ▸ Undo removes it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from medicen_desktop.document.schema import AttachmentKind
from medicen_desktop.gui.exchange_scope import own_participation
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.services.edit_errors import EditError


class AttachFilesDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> list[str]:
        # Not parent.tr(): lupdate files it under a context "parent" that no runtime lookup uses (it stayed English)
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("AttachFilesDialog", "Attach files"), str(Path.home()),
            QCoreApplication.translate(
                "AttachFilesDialog", "Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;All files (*)"))
        return list(paths)


def _size(size: object) -> str:
    """1.1 MB, 12 KB: in the UI language's way of writing numbers."""
    return QLocale().formattedDataSize(int(str(size or 0)), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AnnexesPage(StepPage):
    step = "annexes"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Annexes"))
        kinds = [(AttachmentKind.LETTER.value, self.tr("Letter of commitment")), (AttachmentKind.CV.value, self.tr("CV")),
                 (AttachmentKind.LOGO.value, self.tr("Logo")), (AttachmentKind.OTHER.value, self.tr("Other"))]
        self.model = EntityTableModel(self.session, "attachments", [
            Column("filename", self.tr("File"), "readonly", width=-1, wrap=True),
            Column("kind", self.tr("Kind"), "choice", choices=lambda: kinds),
            Column("participation_uuid", self.tr("Partner"), "choice", choices=self._partners),
            Column("size", self.tr("Size"), "readonly", display=_size, numeric=True),
            Column("sha256", self.tr("SHA-256"), "readonly", display=lambda sha: f"{str(sha)[:12]}…"),
            Column("description", self.tr("Description"), wrap=True),
        ], order=lambda a: a.filename.casefold(), watch=("participations", "organisations"), parent=self)
        self.table = EntityTable(
            self.model, "",
            self.tr("No annexes yet — drop the partners’ letters of commitment and the CVs of key people here, "
                    "or use “Attach files…”."),
            self.attach, self.tr("&Attach files…"), self.tr("Remove annex"),
            new_values=lambda: {"participation_uuid": own_participation(self.session.scope)})
        self.table.add_button.setIcon(icon("attach"))
        self.table.view.setAcceptDrops(False)
        self.body.addWidget(self.table)
        self.read_only = self.add_scope_note()
        self.setAcceptDrops(True)

    def _partners(self) -> list[tuple[object, str]]:
        document = self.session.document
        names = {o.uuid: o.short_name or o.legal_name for o in document.organisations}
        return [(None, "—")] + [(p.uuid, names.get(p.organisation_uuid, "?"))
                                for p in sorted(document.participations, key=lambda p: p.position)]

    # -- attaching -----------------------------------------------------------
    def attach(self) -> str | None:
        """Ask for files and attach them; return the last annex's UUID."""
        return self.attach_paths(AttachFilesDialog.ask(self))

    def attach_paths(self, paths: list[str]) -> str | None:
        """Attach these files as one undo step; refusals are listed under the table."""
        from medicen_desktop.services import attachments  # not for the page's first paint: it imports the ORM

        staged: list[dict[str, Any]] = []
        problems: list[str] = []
        for path in paths:
            try:
                # A partner's annexes are its own (the scope refuses any other).
                staged.append(attachments.stage_attachment(self.session.db, path,
                                                           kind=attachments.guess_kind(Path(path).name),
                                                           participation_uuid=own_participation(self.session.scope)))
            except EditError as exc:
                problems.append(str(exc))
        added: str | None = None
        if staged:
            stack = self.session.undo_stack
            stack.beginMacro(self.tr("Attach {count} file(s)").format(count=len(staged)))
            try:
                for values in staged:
                    try:
                        added = self.session.add("attachments", values,
                                                 self.tr("Attach {name}").format(name=values["filename"]))
                    except EditError as exc:
                        problems.append(f"{values['filename']}: {exc}")
            finally:
                stack.endMacro()
        self.table.error.show_message("\n".join(problems))
        if added is not None:
            self.table.select(added)
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.table.add_button.isEnabled() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)

    def scope_note(self) -> str:
        return self.tr("Partner copy for {partner}: you can attach your own annexes (letters, CVs) and change or "
                       "remove them. The other partners' annexes are read-only: the coordinator owns them.").format(
            partner=self.session.partner)

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        return self.table.select(entity_uuid, field) if entity_uuid else False

    def guidance(self) -> str:
        return self.tr("Join each partner’s signed letter of commitment and the CVs of key people, as the call "
                       "asks. Drop files on this page or use “Attach files…”; set each annex’s kind and partner "
                       "by double-clicking the cell. Files are kept in the proposal (up to 25 MB each).")
