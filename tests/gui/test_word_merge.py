"""Issue #14 in the window: a returned Word package goes through the same merge window (conflicts, Apply, undo),
shows what the file said besides its text, and text found where a part's control was removed can be placed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from medicen_desktop.gui import exchange_dialogs as dialogs
from medicen_desktop.gui.exchange_actions import ExchangeActions
from medicen_desktop.gui.exchange_word import OrphanDialog, WordNotesPane
from medicen_desktop.services import assignment, edit, merging, proposals, word_packages
from medicen_desktop.store.database import Database
from tests.e2e.test_word_package_hostile import _control_and_bookmark_removed
from tests.e2e.word_files import edited, part_paragraphs, track_changes, with_document_xml


def _body(db: Database, uuid: str, key: str) -> str:
    return next(s.body for s in proposals.get_document(db, uuid).sections if s.key == key)


@pytest.fixture
def package(db: Database, sample_in_db: str, tmp_path: Path) -> bytes:
    assignment.set_assignment(db, sample_in_db, "QTB", ["state_of_the_art", "market_business"], [])
    return word_packages.create_word_package(db, sample_in_db, "QTB", output=tmp_path / "qtb.docx").data


def _merge(qtbot, window, sample_in_db, monkeypatch, path: Path) -> ExchangeActions:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs.OpenContributionFile, "ask", classmethod(lambda cls, parent, folder: path))
    window.open_proposal(sample_in_db)
    actions = window.findChild(ExchangeActions)
    actions.actions["merge"].trigger()
    return actions


def test_a_word_file_conflict_is_resolved_in_the_merge_window(qtbot, window, db, sample_in_db, package,  # type: ignore[no-untyped-def]
                                                                monkeypatch, tmp_path) -> None:
    returned = track_changes(package, "state_of_the_art", "reste qualitative", "devient quantitative")
    first = _body(db, sample_in_db, "state_of_the_art").split("\n\n")[0]
    section = next(s for s in proposals.get_document(db, sample_in_db).sections if s.key == "state_of_the_art")
    edit.update_fields(db, "sections", section.uuid, {"body": section.body.replace(first, first + " Coord.")})
    path = tmp_path / "qtb-retour.docx"
    path.write_bytes(returned)
    actions = _merge(qtbot, window, sample_in_db, monkeypatch, path)
    win = actions.merge_window
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.report is not None, timeout=20_000)
    assert len(win.views) == 1 and win.tabs.count() == 4 and win.tabs.tabText(3) == "From &Word"
    assert isinstance(win.word_tab, WordNotesPane)
    assert "tracked changes applied (1 insertions, 1 deletions)" in win.word_tab.notes.text()
    assert not win.apply_button.isEnabled()
    qtbot.mouseClick(win.take_theirs_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.merged, timeout=20_000):
        qtbot.mouseClick(win.apply_button, Qt.MouseButton.LeftButton)
    assert "devient quantitative" in _body(db, sample_in_db, "state_of_the_art")
    assert len(merging.list_merges(db, sample_in_db)) == 1
    window.session.undo_stack.undo()  # the whole merge, as for a zip contribution
    assert "devient quantitative" not in _body(db, sample_in_db, "state_of_the_art")


def test_text_where_a_control_was_removed_can_be_copied_and_placed(qtbot, window, db, sample_in_db, package,  # type: ignore[no-untyped-def]
                                                                    monkeypatch, tmp_path) -> None:
    def rewrite(document) -> None:  # type: ignore[no-untyped-def]
        part_paragraphs(document, "state_of_the_art")[1].add_run(" Phrase du partenaire.")

    raw = with_document_xml(edited(package, rewrite), _control_and_bookmark_removed)
    path = tmp_path / "qtb-abime.docx"
    path.write_bytes(raw)
    before = proposals.export_json(db, sample_in_db)
    actions = _merge(qtbot, window, sample_in_db, monkeypatch, path)
    qtbot.addWidget(actions.merge_window)
    qtbot.waitUntil(lambda: isinstance(actions.orphans, OrphanDialog), timeout=20_000)
    dialog = actions.orphans
    qtbot.addWidget(dialog)
    assert proposals.export_json(db, sample_in_db) == before  # refused: nothing written
    [box] = dialog.pane.boxes
    assert "Phrase du partenaire." in box.text.toPlainText()
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    assert "Phrase du partenaire." in QGuiApplication.clipboard().text()
    assert box.section.currentData() == "market_business"  # the part after the text, by default
    box.section.setCurrentIndex(box.section.findData("state_of_the_art"))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert _body(db, sample_in_db, "state_of_the_art").endswith("\n\n" + box.orphan.markdown)
    window.session.undo_stack.undo()
    assert "Phrase du partenaire." not in _body(db, sample_in_db, "state_of_the_art")


def test_the_package_action_writes_a_word_package_when_a_docx_is_chosen(qtbot, window, db, sample_in_db,  # type: ignore[no-untyped-def]
                                                                          monkeypatch, tmp_path) -> None:
    from tests.gui.test_exchange_journey import trigger

    assignment.set_assignment(db, sample_in_db, "QTB", ["market_business"], [])
    qtb = next(a.participation_uuid for a in assignment.list_assignments(db, sample_in_db) if a.partner == "QTB")
    target = tmp_path / "QTB.docx"
    monkeypatch.setattr(dialogs.ChoosePartner, "ask", classmethod(lambda cls, parent, partners: qtb))
    monkeypatch.setattr(dialogs.SavePackageFile, "ask", classmethod(lambda cls, parent, suggested: target))
    window.open_proposal(sample_in_db)
    trigger(qtbot, window, "package")
    raw = target.read_bytes()
    assert raw.startswith(b"PK") and b"word/document.xml" in raw
    report, _word = word_packages.preview_word_merge(db, sample_in_db, raw, "QTB.docx")  # it reads back as sent
    assert report.changes == ()


def test_notes_name_sections_by_their_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    from medicen_desktop.services.word_packages import WordComment, WordNote, WordReport

    report = WordReport("p", "QTB", (WordNote("market_business", "underline", 2),),
                        (WordComment("market_business", "Dr X", "", "À vérifier"),), (), {"market_business": (1, 0)})
    pane = WordNotesPane(report, [("market_business", "Marché et modèle économique")], None)
    qtbot.addWidget(pane)
    text = pane.notes.text()
    assert "Marché et modèle économique: underline ×2, reduced to text" in text
    assert "Comment by Dr X on Marché et modèle économique: À vérifier" in text
    assert "market_business" not in text
