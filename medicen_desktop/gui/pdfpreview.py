"""An in-app preview of an exported PDF (QtPdf).

QtPdf (its library and its view) loads when a PDF export starts (or at the
first PDF shown), not with the Export step: until then the preview is a
placeholder, and a window that never exports a PDF never pays for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from medicen_desktop.gui.exchange_widgets import named

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        """Both made at the first ``show_pdf``."""
        self.placeholder = named(QLabel(self.tr("The PDF appears here after an export."), wordWrap=True),
                                 "emptyState")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)

    def prepare(self) -> None:
        """Load QtPdf and make the viewer now (a PDF is coming); the placeholder stays until it is shown."""
        self._make_view()

    def _make_view(self) -> QPdfDocument | None:
        """The document shown by the view, made now if it was not; None when QtPdf is missing."""
        if self.document is None:
            try:
                from PySide6.QtPdf import QPdfDocument
                from PySide6.QtPdfWidgets import QPdfView
            except ImportError:
                self.placeholder.setText(QCoreApplication.translate(
                    "Dialogs", "PDF preview is not available (QtPdf missing)."))
                return None
            self.document = QPdfDocument(self)
            self.view = QPdfView()
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._stack.addWidget(self.view)
        return self.document

    def show_pdf(self, path: Path) -> bool:
        document = self._make_view()
        if document is None:
            return False
        from PySide6.QtPdf import QPdfDocument

        document.close()
        ok = document.load(str(path)) == QPdfDocument.Error.None_
        self._stack.setCurrentIndex(1 if ok else 0)
        return ok

    def page_count(self) -> int:
        """The pages of the PDF shown (0 before the first)."""
        return self.document.pageCount() if self.document is not None else 0
