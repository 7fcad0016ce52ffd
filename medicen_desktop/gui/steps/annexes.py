"""Annexes step: files joined to the proposal (letters of commitment, CVs), with size and hash.

Attaching a file needs a service that stores its content by SHA-256; until
``services.attachments`` exists, the list is read-only and dropping a file
says so.
"""

from __future__ import annotations

import importlib

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from medicen_desktop.exchange.schema import AttachmentKind
from medicen_desktop.gui.models import Column, EntityTableModel
from medicen_desktop.gui.steps.base import FieldError, StepContext, StepPage
from medicen_desktop.gui.steps.tables import EntityTable


class AnnexesPage(StepPage):
    step = "annexes"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Annexes"))
        kinds = [(AttachmentKind.LETTER.value, self.tr("Letter of commitment")), (AttachmentKind.CV.value, self.tr("CV")),
                 (AttachmentKind.LOGO.value, self.tr("Logo")), (AttachmentKind.OTHER.value, self.tr("Other"))]
        self.model = EntityTableModel(self.session, "attachments", [
            Column("filename", self.tr("File"), "readonly", width=-1),
            Column("kind", self.tr("Kind"), "choice", choices=lambda: kinds),
            Column("size", self.tr("Size (bytes)"), "readonly"),
            Column("sha256", self.tr("SHA-256"), "readonly"),
            Column("description", self.tr("Description")),
        ], parent=self)
        self.table = EntityTable(self.model, "", self.tr("No annexes yet — drop letters of commitment and CVs here."),
                                 None, "", self.tr("Remove annex"))
        self.body.addWidget(self.table)
        self.message = FieldError()
        self.body.addWidget(self.message)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        try:
            service = importlib.import_module("medicen_desktop.services.attachments")
        except ImportError:
            self.message.show_message(self.tr("Attaching files is not available in this version yet."))
            return
        for url in event.mimeData().urls():
            service.attach_file(self.session.db, self.session.proposal_uuid, url.toLocalFile())
        self.session.reload()

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        return self.table.select(entity_uuid, field) if entity_uuid else False

    def guidance(self) -> str:
        return self.tr("Letters of commitment of every partner and the CVs of key people, as the call asks.")
