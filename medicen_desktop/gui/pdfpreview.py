"""An in-app preview of an exported PDF (QtPdf)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from medicen_desktop.gui.exchange_widgets import named


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.placeholder = named(QLabel(self.tr("The PDF appears here after an export."), wordWrap=True),
                                 "emptyState")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)

    def show_pdf(self, path: Path) -> bool:
        self.document.close()
        ok = self.document.load(str(path)) == QPdfDocument.Error.None_
        self._stack.setCurrentIndex(1 if ok else 0)
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()
