"""The Export step's PDF preview: a placeholder until the first PDF, which it then shows page by page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medicen_desktop.gui.pdfpreview import PdfPreview


def _pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number in range(pages):
        canvas.drawString(72, 720, f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    return path


def test_the_preview_shows_the_exported_pdf(qtbot: Any, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    assert preview.view is None and preview.page_count() == 0  # nothing exported: the placeholder, no viewer
    assert preview.placeholder.isVisible()
    assert preview.show_pdf(_pdf(tmp_path / "a.pdf", 3))
    assert preview.page_count() == 3 and preview.view is not None and preview.view.isVisible()
    assert not preview.placeholder.isVisible()
    assert preview.show_pdf(_pdf(tmp_path / "b.pdf", 1)) and preview.page_count() == 1  # the next export replaces it


def test_prepared_for_a_coming_pdf_the_viewer_waits_behind_the_placeholder(qtbot: Any, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.prepare()  # a PDF export started
    assert preview.view is not None and not preview.view.isVisible() and preview.placeholder.isVisible()
    assert preview.show_pdf(_pdf(tmp_path / "a.pdf", 2)) and preview.view.isVisible()


def test_a_file_that_is_no_pdf_leaves_the_placeholder(qtbot: Any, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    assert not preview.show_pdf(bad)
    assert preview.placeholder.isVisible()
