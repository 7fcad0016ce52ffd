"""Rounds in the GUI: a new round's conflicts in the merge window; the packages and merges list with undo.

The partner's window runs on its own database (``db``); the coordinator's
database is another file driven through the services, or the window's own
for the packages list. Dialogs are patched through their ``ask()``; the
windows are driven with clicks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.gui import exchange_dialogs as dialogs
from medicen_desktop.gui.exchange_log_view import PackagesDialog
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.rebase_window import RebaseWindow
from medicen_desktop.model import PartnerCopy
from medicen_desktop.services import assignment, edit, merging, packages, proposals
from medicen_desktop.store.database import Database
from tests.gui.exchange_driving import actions_of, click_radio

SECTION = "methodology"


def _append(db: Database, uuid: str, key: str, index: int, words: str) -> None:
    target = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    paras = paragraphs(target.body)
    paras[index] += words
    edit.update_fields(db, "sections", target.uuid, {"body": "\n\n".join(paras)})


def _body(db: Database, uuid: str, key: str = SECTION) -> list[str]:
    return paragraphs(next(s.body for s in proposals.get_document(db, uuid).sections if s.key == key))


@pytest.fixture
def round_two(db: Database, tmp_path: Path) -> Iterator[tuple[str, Path, Database]]:
    """LIB's copy (the window's database) with unsent edits; round 2 made by the coordinator, who changed the
    same first paragraph of methodology, and its third one: (proposal, round 2 package file, coordinator db)."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    assignment.set_assignment(co, uuid, "LIB", [SECTION, "impact_jobs"], [2], actor="co")
    packages.open_package(db, packages.create_package(co, uuid, "LIB").data, "LIB-1.medicen-package")
    _append(db, uuid, SECTION, 0, " [LIB unsent same paragraph]")
    _append(db, uuid, "impact_jobs", 0, " [LIB unsent elsewhere]")
    _append(co, uuid, SECTION, 0, " [coordinator round 2]")
    _append(co, uuid, SECTION, 2, " [coordinator other paragraph]")
    _append(co, uuid, "consortium", 0, " [coordinator elsewhere]")
    path = tmp_path / "LIB-2.medicen-package"
    path.write_bytes(packages.create_package(co, uuid, "LIB").data)
    yield uuid, path, co
    co.close()


def _rebase_window(qtbot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> RebaseWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: path))
    actions = actions_of(window)
    previous = actions.merge_window
    actions.actions["open"].trigger()
    qtbot.waitUntil(lambda: isinstance(actions.merge_window, RebaseWindow) and actions.merge_window is not previous
                    and actions.merge_window.report is not None, timeout=20_000)
    rebase = actions.merge_window
    assert isinstance(rebase, RebaseWindow)
    qtbot.addWidget(rebase)
    return rebase


def test_a_new_rounds_conflict_opens_the_merge_window_and_edited_text_is_written(
        qtbot, window, db, round_two, monkeypatch, refusals) -> None:  # type: ignore[no-untyped-def]
    uuid, path, _co = round_two
    window.library.reload()
    window.open_proposal(uuid)
    rebase = _rebase_window(qtbot, window, path, monkeypatch)
    assert refusals == []  # the old refusal dialog listing fields is not shown
    assert rebase.isVisible() and len(rebase.views) == 1 and not rebase.apply_button.isEnabled()
    assert rebase.windowTitle() == "Update your copy — LIB-2.medicen-package"
    assert "Round 2" in rebase.heading.text() and not rebase.tabs.isTabVisible(2)
    assert "refused" not in rebase.summary.text() and "conflicts resolved: 0 / 1" in rebase.summary.text()
    view = rebase.views[0]
    assert view.theirs_label.text() == "<b>The coordinator&#x27;s package (round 2)</b>"
    assert "[coordinator round 2]" in view.theirs_view.toPlainText()
    assert "[LIB unsent same paragraph]" in view.ours_view.toPlainText()
    assert rebase.changes_model.rowCount() == 1
    assert rebase.changes_model.index(0, 2).data() == "changed in the coordinator's package"
    assert "[coordinator elsewhere]" in rebase.changes_model.row_at(0).after
    click_radio(qtbot, view.edit_choice)
    assert paragraphs(view.custom_text())[2].endswith(" [coordinator other paragraph]")  # merged by itself
    edited = paragraphs(view.custom_text())[0]
    assert edited.endswith(" [LIB unsent same paragraph]")
    view.custom.setPlainText("\n\n".join([edited + " [coordinator round 2, kept by LIB]",
                                           *paragraphs(view.custom_text())[1:]]))
    assert rebase.apply_button.isEnabled()
    with qtbot.waitSignal(actions_of(window).finished, timeout=20_000):
        qtbot.mouseClick(rebase.apply_button, Qt.MouseButton.LeftButton)
    methodology = _body(db, uuid)
    assert methodology[0].endswith(" [LIB unsent same paragraph] [coordinator round 2, kept by LIB]")
    assert methodology[2].endswith(" [coordinator other paragraph]")
    assert _body(db, uuid, "impact_jobs")[0].endswith(" [LIB unsent elsewhere]")
    assert _body(db, uuid, "consortium")[0].endswith(" [coordinator elsewhere]")
    with db.read() as session:
        copy = session.get(PartnerCopy, uuid)
        assert copy is not None and copy.package_created_at is not None
    assert rebase.outcome.text().startswith("Your copy was updated to round 2")
    assert window.statusBar().currentMessage() == "Your copy for LIB was updated to round 2; your edits were kept"
    assert "[coordinator round 2, kept by LIB]" in window.session.document.sections[
        [s.key for s in window.session.document.sections].index(SECTION)].body


@pytest.mark.parametrize(("button", "kept", "lost"), [
    ("take_theirs_button", " [coordinator round 2]", " [LIB unsent same paragraph]"),
    ("take_ours_button", " [LIB unsent same paragraph]", " [coordinator round 2]"),
])
def test_keep_all_mine_or_take_all_the_packages(qtbot, window, db, round_two, monkeypatch, refusals,  # type: ignore[no-untyped-def]
                                                button, kept, lost) -> None:
    uuid, path, _co = round_two
    rebase = _rebase_window(qtbot, window, path, monkeypatch)
    before = proposals.export_json(db, uuid)
    rebase.close()  # cancelling writes nothing
    assert proposals.export_json(db, uuid) == before
    rebase = _rebase_window(qtbot, window, path, monkeypatch)
    qtbot.mouseClick(getattr(rebase, button), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(rebase.merged, timeout=20_000):
        qtbot.mouseClick(rebase.apply_button, Qt.MouseButton.LeftButton)
    first = _body(db, uuid)[0]
    assert first.endswith(kept) and lost not in first
    assert _body(db, uuid)[2].endswith(" [coordinator other paragraph]")
    assert refusals == []


def test_the_french_window_says_updated_to_round_n(qtbot, window, db, round_two, monkeypatch, refusals) -> None:  # type: ignore[no-untyped-def]
    from medicen_desktop.gui import i18n

    uuid, path, _co = round_two
    i18n.install("fr")
    rebase = _rebase_window(qtbot, window, path, monkeypatch)
    assert rebase.windowTitle() == "Mettre à jour votre copie — LIB-2.medicen-package"
    assert "tour 2" in rebase.views[0].theirs_label.text()
    qtbot.mouseClick(rebase.take_ours_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(rebase.merged, timeout=20_000):
        qtbot.mouseClick(rebase.apply_button, Qt.MouseButton.LeftButton)
    assert rebase.outcome.text().startswith("Votre copie est passée au tour 2")


# -- the coordinator's list of packages and merges ------------------------------------------------------------

def _contribute(co: Database, uuid: str, partner_db: Database, partner: str, key: str, index: int,
                words: str) -> str:
    packages.open_package(partner_db, packages.create_package(co, uuid, partner).data, f"{partner}.medicen-package",
                          take="theirs")
    _append(partner_db, uuid, key, index, words)
    raw = packages.create_contribution(partner_db, uuid).data
    report = merging.merge_contribution(co, uuid, raw, f"{partner}.medicen-contribution")
    assert report.applied and report.merge_uuid is not None
    return report.merge_uuid


def test_the_packages_list_offers_undo_only_where_no_later_merge_depends(
        qtbot, opened, db, sample_in_db, tmp_path, monkeypatch, refusals) -> None:  # type: ignore[no-untyped-def]
    uuid = sample_in_db
    assignment.set_assignment(db, uuid, "LIB", [SECTION], [2])
    assignment.set_assignment(db, uuid, "APHP", ["clinical_need"], [4])
    lib, aphp = Database.open(tmp_path / "lib.db"), Database.open(tmp_path / "aphp.db")
    first = _contribute(db, uuid, lib, "LIB", SECTION, 0, " [LIB round 1]")
    aphp_merge = _contribute(db, uuid, aphp, "APHP", "clinical_need", 0, " [APHP round 1]")
    second = _contribute(db, uuid, lib, "LIB", SECTION, 0, " [LIB round 2]")
    lib.close()
    aphp.close()
    opened.session.reload()
    actions = actions_of(opened)
    actions.actions["packages"].trigger()
    dialog = actions.packages_dialog
    assert isinstance(dialog, PackagesDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    tree = dialog.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["LIB", "APHP"]
    lib_item = tree.topLevelItem(0)
    assert [lib_item.child(i).text(0) for i in range(lib_item.childCount())] == [
        "Package, round 1", "Contribution merged (round 1)", "Package, round 2", "Contribution merged (round 2)"]
    assert lib_item.child(0).text(2) == "Work programme and methodology · WP2"  # the call's section title
    # Round 1's merge: round 2's merge changed the same paragraph.
    dialog.select_merge(first)
    assert not dialog.undo_button.isEnabled() and dialog.merge_items[first].text(3) == "blocked by a later merge"
    assert "LIB's contribution merged on" in dialog.why.text() and "undo it first" in dialog.why.text()
    assert "Section “" in dialog.why.text()
    # APHP's merge is independent of LIB's later one: undone from the list, by a click.
    monkeypatch.setattr(dialogs.ConfirmUndoMerge, "ask", classmethod(lambda cls, parent, partner: True))
    dialog.select_merge(aphp_merge)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "[APHP round 1]" not in _body(db, uuid, "clinical_need")[0]
    assert _body(db, uuid)[0].endswith(" [LIB round 1] [LIB round 2]")
    assert {m.merge_uuid for m in merging.list_merges(db, uuid)} == {first, second}
    # Then LIB's round 2, then round 1, in that order.
    dialog.select_merge(second)
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    dialog.select_merge(first)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "[LIB round" not in _body(db, uuid)[0]
    assert merging.list_merges(db, uuid) == [] and refusals == []
    assert "[LIB round" not in next(s.body for s in opened.session.document.sections if s.key == SECTION)


def test_undoing_an_earlier_merge_of_this_session_from_the_list(
        qtbot, opened, db, sample_in_db, tmp_path, monkeypatch, refusals) -> None:  # type: ignore[no-untyped-def]
    """Both merges are steps of the window's undo stack; the earlier one is undone from the list (the later one
    stays), and the stack no longer offers a step that would replay on a proposal it did not see."""
    from medicen_desktop.gui.exchange_merge import MergeWindow

    uuid = sample_in_db
    assignment.set_assignment(db, uuid, "LIB", [SECTION], [2])
    assignment.set_assignment(db, uuid, "APHP", ["clinical_need"], [4])
    actions = actions_of(opened)
    merged: list[str] = []
    for partner, key in (("LIB", SECTION), ("APHP", "clinical_need")):
        partner_db = Database.open(tmp_path / f"{partner}.db")
        packages.open_package(partner_db, packages.create_package(db, uuid, partner).data, f"{partner}.zip")
        _append(partner_db, uuid, key, 0, f" [{partner} merged in the window]")
        raw = packages.create_contribution(partner_db, uuid).data
        partner_db.close()
        window = MergeWindow(db, uuid, raw, f"{partner}.medicen-contribution", opened.worker, opened)
        qtbot.addWidget(window)
        window.merged.connect(actions._merged)
        with qtbot.waitSignal(window.previewed, timeout=20_000):
            window.start()
        with qtbot.waitSignal(window.merged, timeout=20_000):
            qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
        assert window.report is not None
        merged.append(window.report.merge_uuid)  # type: ignore[attr-defined]
    stack = opened.session.undo_stack
    assert stack.count() == 2
    monkeypatch.setattr(dialogs.ConfirmUndoMerge, "ask", classmethod(lambda cls, parent, partner: True))
    actions.actions["packages"].trigger()
    dialog = actions.packages_dialog
    qtbot.addWidget(dialog)
    dialog.select_merge(merged[0])
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "[LIB merged in the window]" not in _body(db, uuid)[0]
    assert _body(db, uuid, "clinical_need")[0].endswith(" [APHP merged in the window]")
    assert [m.merge_uuid for m in merging.list_merges(db, uuid)] == [merged[1]]
    assert stack.count() == 0 and not opened.undo_action.isEnabled()
    assert "[LIB merged in the window]" not in next(s.body for s in opened.session.document.sections
                                                    if s.key == SECTION)
    assert refusals == []
