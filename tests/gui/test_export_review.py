"""The Export page's review copy (#13): a check box reached with the keyboard writes ACRONYM-review.docx with the
comment threads as Word comments, beside a dossier that carries none."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.services import comments


def test_review_copy_from_the_export_page(qtbot: Any, opened: MainWindow, tmp_path: Path, sample_in_db: str) -> None:
    assert opened.workspace is not None and opened.db is not None
    comments.add_comment(opened.db, sample_in_db, "section:methodology", "Préciser la cohorte qjzvx",
                         paragraph=1, author="Claire Dubois")
    opened.workspace.go_to("export")
    export = opened.workspace.page("export")
    export.folder.setText(str(tmp_path))
    export.formats["pdf"].setChecked(False)
    export.formats["xlsx"].setChecked(False)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=1000)
    export.formats["xlsx"].setFocus()
    qtbot.keyClick(export.formats["xlsx"], Qt.Key.Key_Tab)
    assert opened.focusWidget() is export.review
    qtbot.keyClick(export.review, Qt.Key.Key_Space)
    assert export.review.isChecked()
    with qtbot.waitSignal(export.job.done if export.job else export.files.model().rowsInserted, timeout=60_000):
        qtbot.keyClick(export.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: export.files.count() == 2, timeout=60_000)
    acronym = opened.workspace.session.document.proposal.acronym
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in acronym)
    review, dossier = tmp_path / f"{stem}-review.docx", tmp_path / f"{stem}.docx"
    with zipfile.ZipFile(review) as archive:
        assert "word/comments.xml" in archive.namelist()
        notes = archive.read("word/comments.xml").decode()
        assert "Préciser la cohorte qjzvx" in notes and "Claire Dubois" in notes
        assert "commentRangeStart" in archive.read("word/document.xml").decode()
    with zipfile.ZipFile(dossier) as archive:
        assert "word/comments.xml" not in archive.namelist()
        assert "qjzvx" not in "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
    assert [export.files.item(i).text().split(" — ")[0] for i in range(2)] == [dossier.name, review.name]


def test_review_copy_alone_needs_no_format(qtbot: Any, opened: MainWindow, tmp_path: Path) -> None:
    assert opened.workspace is not None
    opened.workspace.go_to("export")
    export = opened.workspace.page("export")
    export.folder.setText(str(tmp_path))
    for box in export.formats.values():
        box.setChecked(False)
    export.start_export()
    assert "Choose at least one format" in export.error.text()
    export.review.setChecked(True)
    export.start_export()
    qtbot.waitUntil(lambda: export.files.count() == 1 and export.files.item(0).text().endswith("-review.docx"),
                    timeout=60_000)
    assert export.error.text() == ""
