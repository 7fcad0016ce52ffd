"""Annexes step: attach by drop and by button, shown with size and hash, undo, refusals under the table."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from medicen_desktop.gui.steps.annexes import AnnexesPage, AttachFilesDialog
from medicen_desktop.services import attachments


@pytest.fixture
def annexes(opened) -> AnnexesPage:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("annexes")
    page = opened.workspace.page("annexes")
    assert isinstance(page, AnnexesPage)
    return page


def _drop(page: AnnexesPage, paths: list[Path], mime: QMimeData) -> bool:
    """Drag the files' URLs over the page and drop them, as a file manager would."""
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where, buttons, keys = QPoint(20, 20), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)  # QPoint: QDropEvent takes a QPointF
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(page, drop)
    return drop.isAccepted()


def _row(page: AnnexesPage, filename: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.entity_at(r).filename == filename)


def test_drop_files_attaches_them_with_size_hash_and_kind(qtbot, annexes, tmp_path):  # type: ignore[no-untyped-def]
    letter = tmp_path / "Lettre d'engagement CHU.pdf"
    letter.write_bytes(b"%PDF letter" * 100)
    cv = tmp_path / "CV_Martin.pdf"
    cv.write_bytes(b"%PDF cv")
    before = annexes.model.rowCount()
    assert _drop(annexes, [letter, cv], QMimeData()), annexes.model.rowCount()
    assert annexes.model.rowCount() == before + 2
    row = _row(annexes, letter.name)
    sha = hashlib.sha256(letter.read_bytes()).hexdigest()
    model = annexes.model
    assert model.data(model.index(row, model.column_of("kind"))) == "Letter of commitment"
    assert model.data(model.index(row, model.column_of("sha256"))) == sha[:12] + "…"
    assert model.data(model.index(row, model.column_of("sha256")), Qt.ItemDataRole.ToolTipRole) == sha
    assert model.data(model.index(row, model.column_of("size"))).startswith("1.1 ")
    assert model.data(model.index(_row(annexes, cv.name), model.column_of("kind"))) == "CV"
    assert annexes.table.current_uuid() is not None
    # one drop, one undo step
    annexes.session.undo_stack.undo()
    assert annexes.model.rowCount() == before


def test_button_attaches_and_refusals_show_under_the_table(qtbot, annexes, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    good = tmp_path / "logo.png"
    good.write_bytes(b"\x89PNG logo")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    monkeypatch.setattr(AttachFilesDialog, "ask", classmethod(lambda cls, parent: [str(good), str(empty)]))
    qtbot.mouseClick(annexes.table.add_button, Qt.MouseButton.LeftButton)
    assert any(a.filename == "logo.png" for a in annexes.session.document.attachments)
    assert "empty.pdf" in annexes.table.error.text()
    assert annexes.table.error.isVisibleTo(annexes)


def test_partner_and_kind_are_editable_in_the_table(qtbot, annexes):  # type: ignore[no-untyped-def]
    session = annexes.session
    uuid = attachments.add_attachment(session.db, session.proposal_uuid, b"cv", "cv.pdf", kind="other")
    session.reload()
    row = annexes.model.row_of(uuid)
    partner = session.document.participations[0].uuid
    assert annexes.model.setData(annexes.model.index(row, annexes.model.column_of("participation_uuid")), partner)
    assert annexes.model.setData(annexes.model.index(row, annexes.model.column_of("kind")), "cv")
    annex = session.entity("attachments", uuid)
    assert (annex.participation_uuid, annex.kind.value) == (partner, "cv")


def test_empty_state_says_what_to_do(qtbot, db, window, monkeypatch):  # type: ignore[no-untyped-def]
    window.library.open_sample()
    window.workspace.go_to("annexes")
    page = window.workspace.page("annexes")
    for annex in list(page.session.document.attachments):
        page.session.delete("attachments", annex.uuid, "remove")
    assert page.table.empty.isVisibleTo(page)
    assert "drop" in page.table.empty.text()
