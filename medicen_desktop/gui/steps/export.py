"""Export step: formats, folder, export on the worker with progress and cancel, open, PDF preview.

"Review copy" also writes ``ACRONYM-review.docx``: the Word dossier with the
consortium's comment threads as Word comments (``services.review``, the
CLI's ``export --review``), for the partners' own reading; the dossier files
written beside it never carry a comment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QListWidgetItem, QWidget

from medicen_desktop.export.formats import BY_KEY, REGISTRY
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui import style
from medicen_desktop.gui.errors import show_exception
from medicen_desktop.gui.forms.ui_export_page import Ui_ExportPage
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.pdfpreview import PdfPreview
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.worker import Job
from medicen_desktop.progress import Progress

PROGRESS_DELAY_MS = 600


class FolderDialog:
    @classmethod
    def ask(cls, parent: QWidget, folder: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("Dialogs", "Export to folder"), folder) or None


class Opener:
    """Opens a file or folder with the desktop (patched in tests)."""

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_all(document: Any, formats: list[str], folder: Path, progress: Progress,
               review: Any = None) -> list[Any]:
    """Export one snapshot in several formats, one after the other (runs on the worker); with ``review`` (the
    database), the review copy too."""
    from medicen_desktop.services.export import export_document

    results = []
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in document.proposal.acronym) or "proposal"
    for fmt in formats:
        results.append(export_document(document, fmt, folder / f"{stem}{BY_KEY[fmt].suffix}", progress))
    if review is not None:
        from medicen_desktop.services.review import export_review_copy

        results.append(export_review_copy(review, document.proposal.uuid, folder / f"{stem}-review.docx", progress))
    return results


class ExportPage(StepPage, Ui_ExportPage):
    """Layout: ``ui/export_page.ui``; the format check boxes from ``export.formats``; the PDF preview
    (when QtPdf is there) at the splitter's right."""

    step = "export"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Export"))
        self.job: Job | None = None
        self._open_errors = 0
        self.results: list[Any] = []
        form = QWidget()
        self.setupUi(form)
        style.style_tree(form)  # the form's titles are picked by their role
        self.body.addWidget(form, 1)
        self.formats = self._format_boxes()
        self.review = QCheckBox(self.tr("&Review copy: a Word file with the comment threads as Word comments"))
        self.review.setObjectName("review")
        self.review.setToolTip(self.tr("For the consortium's own reading, written as NAME-review.docx beside the "
                                       "dossier; the dossier itself never carries a comment."))
        self.column.insertWidget(1, self.review)
        QWidget.setTabOrder(list(self.formats.values())[-1], self.review)
        QWidget.setTabOrder(self.review, self.folder)
        self.folder.setText(context.settings.get(keys.EXPORT_FOLDER) or keys.documents_folder())
        for button, name in ((self.choose_button, "folder"), (self.export_button, "export"),
                             (self.open_button, "open"), (self.folder_button, "folder")):
            button.setIcon(icon(name))
        self.choose_button.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.files.itemActivated.connect(lambda item: Opener.open(item.data(Qt.ItemDataRole.UserRole)))
        placeholder = QListWidgetItem(self.tr("Nothing exported yet."))
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.files.addItem(placeholder)
        self.open_button.clicked.connect(self._open_selected)
        self.folder_button.clicked.connect(lambda: Opener.open(Path(self.folder.text())))
        self._preflight_placeholder()
        self.preview = PdfPreview()  # a placeholder until the first PDF exported (QtPdf loads then)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([300, 560])
        self._delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._show_progress)
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._update_progress)
        self._set_running(False)

    def _format_boxes(self) -> dict[str, QCheckBox]:
        """One check box per format of the registry, in its order, before the row's spacer (object name: the key)."""
        boxes: dict[str, QCheckBox] = {}
        for export_format in REGISTRY:
            box = QCheckBox(QCoreApplication.translate("ExportFormats", export_format.label))
            box.setObjectName(export_format.key)
            box.setChecked(export_format.checked)
            self.formats_row.insertWidget(len(boxes), box)
            boxes[export_format.key] = box
        return boxes

    def _choose_folder(self) -> None:
        folder = FolderDialog.ask(self, self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.context.settings.set(keys.EXPORT_FOLDER, folder)

    def start_export(self) -> None:
        formats = [fmt for fmt, check in self.formats.items() if check.isChecked()]
        folder = Path(self.folder.text()).expanduser()
        review = self.session.db if self.review.isChecked() else None
        if not formats and review is None:
            self.error.show_message(self.tr("Choose at least one format."))
            return
        if not folder.is_dir():
            self.error.show_message(self.tr("This folder does not exist: {folder}").format(folder=folder))
            return
        self.error.show_message("")
        self.context.settings.set(keys.EXPORT_FOLDER, str(folder))
        self.session.flush()
        document = self.session.document
        self._open_errors = sum(1 for f in self.context.findings.items if f.severity == "error")
        self.job = Job(lambda progress: export_all(document, formats, folder, progress, review), "export", self)
        self.job.succeeded.connect(self._exported)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self.status.setText(self.tr("Export cancelled; nothing was written.")))
        self.job.done.connect(lambda: self._set_running(False))
        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self.context.worker.submit(self.job)
        if "pdf" in formats:
            self.preview.prepare()  # QtPdf loads now, with the click, not on the GUI thread when the PDF is ready

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(False)
        if running:
            self._delay.start()
            self._poll.start()
        else:
            self._delay.stop()
            self._poll.stop()
        self.open_button.setEnabled(bool(self.results))

    def _show_progress(self) -> None:
        self.progress.setVisible(True)
        self._update_progress()

    def _update_progress(self) -> None:
        if self.job is not None:
            p = self.job.progress
            self.progress.setRange(0, max(p.total, 1))
            self.progress.setValue(min(p.done, max(p.total, 1)))
            if p.label:
                self.progress.setFormat(f"{p.label} — %p%")

    def _exported(self, results: list[Any]) -> None:
        self.results = results
        self.files.clear()
        self.preflight.clear()
        for result in results:
            pages = self.tr(" — {n} pages").format(n=result.pages) if result.pages else ""
            item = QListWidgetItem(icon("new"), f"{result.path.name}{pages}")
            item.setData(Qt.ItemDataRole.UserRole, result.path)
            self.files.addItem(item)
            for finding in result.findings:
                self.preflight.addItem(QListWidgetItem(icon("warning" if finding.severity != "error" else "error"),
                                                       finding.message(self.context.language)))
        if self.files.count():
            self.files.setCurrentRow(0)
        if not self.preflight.count() and any(r.format == "pdf" for r in results):
            self.preflight.addItem(self.tr("Within the page limits."))
        elif not self.preflight.count():
            self._preflight_placeholder()
        text = self.tr("Exported {count} file(s) to {folder}.").format(count=len(results), folder=self.folder.text())
        if self._open_errors:  # exported as asked, but never silently with errors outstanding
            text += " " + self.tr("Beware: {count} error(s) are still open (see Review); the funder may refuse "
                                  "the dossier as it is.").format(count=self._open_errors)
        self.status.setText(text)
        style.set_state(self.status, "warning", bool(self._open_errors))
        pdf = next((r.path for r in results if r.format == "pdf"), None)
        if pdf is not None:
            self.preview.show_pdf(pdf)

    def _preflight_placeholder(self) -> None:
        item = QListWidgetItem(self.tr("Export a PDF to check the page limit."))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.preflight.addItem(item)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.error.show_message(self.tr("Cannot write the file: {error}").format(error=exc))
        else:
            show_exception(exc, self)

    def _open_selected(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            Opener.open(item.data(Qt.ItemDataRole.UserRole))

    def guidance(self) -> str:
        return self.tr("Export the dossier in Word and PDF. The PDF tells how many pages the technical part "
                       "takes against the call's limit. Exports run in the background: keep working.")
