"""Proposal ▸ Import Word draft…: the preview dialog driven with clicks and keys, the import one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from medicen_desktop.exchange.draft_plan import HOLDING, HOLDING_KEY, SKIP
from medicen_desktop.gui import draft_import
from medicen_desktop.gui.draft_import import DraftChoice, DraftImportDialog
from medicen_desktop.gui.exchange_dialogs import ExchangeRefused
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.services import drafts, proposals
from medicen_desktop.store.database import Database
from tests.draft_files import hand_made_draft


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon.docx"
    hand_made_draft(path)
    return path


def _row(dialog: DraftImportDialog, heading: str) -> int:
    return next(p.index for p in dialog.preview.parts if p.heading == heading)


def drive(qtbot: Any, dialog: DraftImportDialog) -> DraftChoice:
    """What a user does: leave out the thanks, replace the context section's text, press Import."""
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.combos[_row(dialog, "Remerciements")]
    assert combo.currentData() == HOLDING
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: leave out
    assert combo.currentData() == SKIP
    policy = dialog.policies["context_objectives"]
    assert policy.isEnabled() and policy.currentData() == "append"
    qtbot.keyClick(policy, Qt.Key.Key_Down)
    assert policy.currentData() == "replace"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog.choice()


def test_the_preview_shows_each_heading_with_its_proposed_section(qtbot: Any, db: Database, sample_in_db: str,
                                                                  draft: Path) -> None:
    preview = drafts.preview_draft(db, sample_in_db, draft)
    dialog = DraftImportDialog(preview, "en")
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text().strip(): dialog.combos[r].currentText() for r in range(dialog.table.rowCount())}
    assert rows["1. Contexte et objectifs"] == "Context and objectives"
    assert rows["1.1 Un sous-titre à nous"] == "Inside the part above"
    assert rows["Work programme and methodology"] == "Work programme and methodology"
    assert rows["Remerciements"] == "Imported, not placed"
    assert dialog.table.item(0, 3).text() == "1 Contexte et objectifs du projet (100 %)"  # the dossier's language
    # Only the sections some part goes to ask what to do with their text.
    assert not dialog.policies["impact_jobs"].isEnabled() and dialog.policies["methodology"].isEnabled()
    assert "Images become annexes of the proposal." in dialog.notes.text()
    choice = drive(qtbot, dialog)
    assert choice.destinations[_row(dialog, "Remerciements")] == SKIP
    assert choice.policies["context_objectives"] == "replace"


def test_import_from_the_menu_is_one_undoable_step(qtbot: Any, opened: MainWindow, db: Database, draft: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert opened.session is not None
    uuid = opened.session.proposal_uuid
    before = proposals.get_document(db, uuid)
    monkeypatch.setattr(draft_import.OpenDraftFile, "ask", classmethod(lambda cls, parent, folder: draft))
    monkeypatch.setattr(DraftImportDialog, "ask", classmethod(
        lambda cls, parent, preview, language: drive(qtbot, cls(preview, language, parent))))
    assert opened.import_draft_action.isEnabled()
    opened.import_draft_action.trigger()  # the draft is read on the worker, then previewed
    qtbot.waitUntil(lambda: opened.undo_action.text() == "&Undo Import brouillon.docx", timeout=30_000)
    after = proposals.get_document(db, uuid)
    bodies = {s.key: s.body for s in after.sections}
    assert bodies["context_objectives"].startswith("Chaque année, **10 000 patients**")  # replaced, as chosen
    assert bodies["methodology"].startswith("Le programme s'organise") and "| LT1 | 12 mois |" in bodies["methodology"]
    assert "Merci" not in bodies.get(HOLDING_KEY, "")  # left out, as chosen
    assert len(after.attachments) == len(before.attachments) + 1
    assert opened.undo_action.text() == "&Undo Import brouillon.docx"
    opened.undo()
    restored = proposals.get_document(db, uuid)
    assert {s.key: s.body for s in restored.sections} == {s.key: s.body for s in before.sections}
    assert len(restored.attachments) == len(before.attachments)
    opened.redo()
    assert {s.key: s.body for s in proposals.get_document(db, uuid).sections} == bodies


def test_a_refused_file_says_why_and_changes_nothing(qtbot: Any, opened: MainWindow, db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert opened.session is not None
    bad = tmp_path / "notes.docx"
    bad.write_text("not a Word document")
    before = proposals.get_document(db, opened.session.proposal_uuid)
    said: list[str] = []
    monkeypatch.setattr(draft_import.OpenDraftFile, "ask", classmethod(lambda cls, parent, folder: bad))
    monkeypatch.setattr(ExchangeRefused, "ask", classmethod(lambda cls, parent, title, message: said.append(message)))
    monkeypatch.setattr(DraftImportDialog, "ask", classmethod(lambda *a: pytest.fail("no preview for a bad file")))
    opened.import_draft_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said == ["notes.docx: not a Word document (.docx); it is not a zip archive"]
    assert proposals.get_document(db, opened.session.proposal_uuid) == before
    assert not isinstance(opened.focusWidget(), QComboBox)


def test_what_was_not_placed_is_listed_in_the_sections_step(qtbot: Any, opened: MainWindow, db: Database,
                                                             draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medicen_desktop.gui.steps.sections import SectionsPage

    monkeypatch.setattr(draft_import.OpenDraftFile, "ask", classmethod(lambda cls, parent, folder: draft))
    monkeypatch.setattr(DraftImportDialog, "ask", classmethod(
        lambda cls, parent, preview, language: cls(preview, language, parent).choice()))  # as proposed
    opened.import_draft_action.trigger()
    qtbot.waitUntil(lambda: opened.undo_action.text().startswith("&Undo Import"), timeout=30_000)
    assert opened.workspace is not None
    opened.workspace.go_to("sections")
    page = opened.workspace.page("sections")
    assert isinstance(page, SectionsPage)
    titles = [page.list.item(row).text() for row in range(page.list.count())]
    assert any(title.endswith("Importé, non placé") for title in titles), titles


@pytest.mark.parametrize(("language", "said"), [
    ("en", "• The Gantt chart the app draws was left out: it is drawn again from the work plan."),
    ("fr", "• Le diagramme de Gantt que l'application dessine a été laissé de côté : il est redessiné à partir du "
           "programme de travail.")])
def test_our_own_word_export_imported_back_leaves_its_gantt_out_and_says_so(
        qtbot: Any, db: Database, sample_in_db: str, tmp_path: Path, language: str, said: str) -> None:
    from medicen_desktop.gui import i18n
    from medicen_desktop.services.export import export_document

    exported = tmp_path / "dossier.docx"
    export_document(proposals.get_document(db, sample_in_db), "docx", exported)
    i18n.install(language)
    preview = drafts.preview_draft(db, sample_in_db, exported)
    dialog = DraftImportDialog(preview, language)
    qtbot.addWidget(dialog)
    assert dialog.notes.text() == said
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()  # it was 1080 px wide on any screen
    gantt = next(p for p in preview.parts if p.heading.endswith("Diagramme de Gantt"))
    assert "M6" not in gantt.markdown and gantt.words < 5  # its heading and caption: the chart is not imported
