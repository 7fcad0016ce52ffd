"""The merge window on a real conflict: word-level highlighting, choices, custom text, refusals.

The contribution is made through the services (partner copy in a second
database); the window is driven as the coordinator would.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextDocument

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.gui import exchange_dialogs as dialogs
from medicen_desktop.gui.error_dialog import ErrorDialog
from medicen_desktop.gui.exchange_actions import ExchangeActions
from medicen_desktop.gui.exchange_diff import INSERTED, changed_words, side_html
from medicen_desktop.gui.exchange_merge import MergeWindow
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.exchange_report_model import ReportModel, change_columns, refused_columns
from medicen_desktop.services import assignment, edit, merging, packages, proposals, sharing
from medicen_desktop.store.database import Database

SECTION = "methodology"


def _append(db: Database, uuid: str, key: str, index: int, suffix: str) -> None:
    target = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    paras = paragraphs(target.body)
    paras[index] += suffix
    edit.update_fields(db, "sections", target.uuid, {"body": "\n\n".join(paras)})


def make_contribution(db: Database, uuid: str, folder: Path, coordinator_edits: bool = True) -> bytes:
    """LIB edits the first paragraph of its section and APHP's budget behind the app's back;
    the coordinator edits the same paragraph: one conflict, one refused change."""
    assignment.set_assignment(db, uuid, "LIB", [SECTION], [2])
    sharing.set_sharing_level(db, uuid, "full")  # LIB's copy holds APHP's budget, for the refused change
    raw = packages.create_package(db, uuid, "LIB").data
    partner = Database.open(folder / "lib.db")
    try:
        packages.open_package(partner, raw, "LIB.medicen-package")
        _append(partner, uuid, SECTION, 0, " Les données restent hébergées en France.")
        doc = proposals.get_document(partner, uuid)
        aphp = next(o.uuid for o in doc.organisations if o.short_name == "APHP")
        aphp_part = next(p.uuid for p in doc.participations if p.organisation_uuid == aphp)
        line = next(b for b in doc.budget_lines if b.participation_uuid == aphp_part)
        from sqlalchemy import text

        with partner.transaction() as session:
            session.execute(text("UPDATE budget_lines SET amount = '1.00' WHERE uuid = :u"), {"u": line.uuid})
        contribution = packages.create_contribution(partner, uuid).data
    finally:
        partner.close()
    if coordinator_edits:
        _append(db, uuid, SECTION, 0, " Le coordinateur ajoute une phrase.")
    return contribution


@pytest.fixture
def contribution(db: Database, sample_in_db: str, tmp_path: Path) -> bytes:
    return make_contribution(db, sample_in_db, tmp_path)


@pytest.fixture
def merge(qtbot, window, db, sample_in_db, contribution):  # type: ignore[no-untyped-def]
    win = MergeWindow(db, sample_in_db, contribution, "LIB.medicen-contribution", window.worker)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.previewed, timeout=20_000):
        win.start()
    return win


@pytest.fixture
def no_error_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(cls, summary, details, parent=None):  # type: ignore[no-untyped-def]
        raise AssertionError(details)

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(unexpected))


def highlighted(document: QTextDocument) -> dict[str, str]:
    """Text fragments that have a background colour, by colour name."""
    found: dict[str, str] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            brush = fragment.charFormat().background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                name = brush.color().name()
                found[name] = found.get(name, "") + fragment.text()
            it += 1
        block = block.next()
    return found


def test_conflict_side_by_side_with_word_highlighting(merge: MergeWindow) -> None:
    report = merge.report
    assert report is not None and len(report.conflicts) == 1 and len(report.refused) == 1
    view = merge.views[0]
    theirs, ours = highlighted(view.theirs_view.document()), highlighted(view.ours_view.document())
    assert "hébergées en France" in theirs[QColor(INSERTED["theirs"]).name()]
    assert "coordinateur ajoute" in ours[QColor(INSERTED["ours"]).name()]
    # Only the words each side added are marked, not the whole paragraph.
    assert "Le programme" not in theirs[QColor(INSERTED["theirs"]).name()]
    assert "background-color:#c8efd0" in view.theirs_view.toHtml().replace(" ", "")
    assert merge.tabs.tabText(0) == "&Conflicts (1)" and merge.tabs.currentIndex() == 0
    assert merge.refused_model.rowCount() == 1 and "not assigned" in merge.refused_model.row_at(0).reason  # type: ignore[union-attr]
    assert merge.refused_model.index(0, 2).data() == "outside LIB's assignment"
    assert report.new_key is not None  # LIB's first contribution: the heading says its key will be required
    assert merge.heading.text() == f"Contribution of LIB · its first: LIB's signing key {report.new_key} is required " \
        "from then on"


def test_apply_only_when_every_conflict_is_resolved_and_custom_text(qtbot, merge, db, sample_in_db,  # type: ignore[no-untyped-def]
                                                                    no_error_dialog) -> None:
    assert not merge.apply_button.isEnabled()
    view = merge.views[0]
    qtbot.mouseClick(view.edit_choice, Qt.MouseButton.LeftButton, pos=QPoint(6, view.edit_choice.height() // 2))
    assert view.custom.isVisible() and "coordinateur ajoute" in view.custom.toPlainText()
    assert merge.apply_button.isEnabled()
    custom = "Texte\u00a0fusionné à la main : les deux ajouts.\n\nSecond paragraphe."
    view.custom.setPlainText(custom)
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        qtbot.mouseClick(merge.apply_button, Qt.MouseButton.LeftButton)
    body = next(s.body for s in proposals.get_document(db, sample_in_db).sections if s.key == SECTION)
    assert body == custom, "the custom text is written as typed (no-break space kept)"
    assert not merge.apply_button.isVisible() and merge.outcome.text().startswith("Merged")


def test_take_all_theirs_then_already_merged(qtbot, merge, window, db, sample_in_db, contribution,  # type: ignore[no-untyped-def]
                                             monkeypatch, tmp_path, no_error_dialog) -> None:
    qtbot.mouseClick(merge.take_theirs_button, Qt.MouseButton.LeftButton)
    assert merge.conflict_list.item(0).text().startswith("✓")
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        merge.apply()
    path = tmp_path / "again.medicen-contribution"
    path.write_bytes(contribution)
    shown: list[str] = []
    monkeypatch.setattr(dialogs.ExchangeRefused, "ask", classmethod(lambda cls, parent, title, message: shown.append(message)))
    monkeypatch.setattr(dialogs.OpenContributionFile, "ask", classmethod(lambda cls, parent, folder: path))
    window.open_proposal(sample_in_db)
    actions = window.findChild(ExchangeActions)
    with qtbot.waitSignal(actions.refused, timeout=20_000):
        actions.actions["merge"].trigger()
    qtbot.addWidget(actions.merge_window)
    assert len(shown) == 1 and "already merged" in shown[0]
    assert not actions.merge_window.isVisible()


def test_tampered_contribution_shows_an_error_and_changes_nothing(qtbot, window, db, sample_in_db,  # type: ignore[no-untyped-def]
                                                                  contribution, monkeypatch, tmp_path,
                                                                  no_error_dialog) -> None:
    source = zipfile.ZipFile(io.BytesIO(contribution))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "snapshot.json":
                data = data.replace("hébergées en France".encode(), "hébergées ailleurs".encode())
            target.writestr(info.filename, data)
    path = tmp_path / "tampered.medicen-contribution"
    path.write_bytes(out.getvalue())
    shown: list[str] = []
    monkeypatch.setattr(dialogs.ExchangeRefused, "ask", classmethod(lambda cls, parent, title, message: shown.append(message)))
    monkeypatch.setattr(dialogs.OpenContributionFile, "ask", classmethod(lambda cls, parent, folder: path))
    window.open_proposal(sample_in_db)
    before = proposals.export_json(db, sample_in_db)
    actions = window.findChild(ExchangeActions)
    with qtbot.waitSignal(actions.refused, timeout=20_000):
        actions.actions["merge"].trigger()
    qtbot.addWidget(actions.merge_window)
    assert len(shown) == 1 and "tampered" in shown[0] and "\n" not in shown[0]
    assert proposals.export_json(db, sample_in_db) == before
    assert merging.list_merges(db, sample_in_db) == []


def test_report_models(qtmodeltester, merge: MergeWindow) -> None:  # type: ignore[no-untyped-def]
    assert merge.report is not None
    names = Names()
    for columns, rows in ((change_columns(names), merge.report.changes),
                          (refused_columns(names, "LIB"), merge.report.refused)):
        model = ReportModel(columns)
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
    assert merge.changes_model.headerData(0, Qt.Orientation.Horizontal) == "What"


def test_word_diff_is_escaped_and_word_level() -> None:
    html = side_html("Le <b>chat</b> dort.", "Le <b>chat</b> noir dort.", "theirs")
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert changed_words("Le chat dort.", "Le chat noir dort.") == ["noir"]


def test_without_conflicts_apply_is_ready(qtbot, window, db, sample_in_db, tmp_path, no_error_dialog) -> None:  # type: ignore[no-untyped-def]
    raw = make_contribution(db, sample_in_db, tmp_path, coordinator_edits=False)
    merge = MergeWindow(db, sample_in_db, raw, "LIB.medicen-contribution", window.worker)
    qtbot.addWidget(merge)
    merge.show()
    with qtbot.waitSignal(merge.previewed, timeout=20_000):
        merge.start()
    assert merge.views == [] and merge.tabs.currentIndex() == 1 and merge.apply_button.isEnabled()
    assert merge.conflict_stack.currentWidget() is merge.no_conflicts and not merge.take_ours_button.isEnabled()
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        qtbot.mouseClick(merge.apply_button, Qt.MouseButton.LeftButton)
    body = next(s.body for s in proposals.get_document(db, sample_in_db).sections if s.key == SECTION)
    assert "hébergées en France" in body


def test_a_file_that_is_not_a_package_is_refused(qtbot, window, db, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                 no_error_dialog) -> None:
    path = tmp_path / "holiday.medicen-package"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    shown: list[str] = []
    monkeypatch.setattr(dialogs.ExchangeRefused, "ask", classmethod(lambda cls, parent, title, message: shown.append(message)))
    monkeypatch.setattr(dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: path))
    actions = window.findChild(ExchangeActions)
    with qtbot.waitSignal(actions.refused, timeout=20_000):
        actions.actions["open"].trigger()
    assert len(shown) == 1 and shown[0].startswith("holiday.medicen-package: ")
    assert proposals.list_proposals(db) == [] and window.session is None


def test_typing_while_a_merge_is_applied_keeps_both(qtbot, opened, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The merge window is not modal: text typed (not yet autosaved) in the merged section while the
    merge is applied used to be written over the partner's merged text when it was autosaved."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    uuid = opened.session.proposal_uuid
    raw = make_contribution(db, uuid, tmp_path, coordinator_edits=False)
    opened.session.reload()
    opened.workspace.go_to("sections")
    page = opened.workspace.page("sections")
    section = next(s for s in opened.session.document.sections if s.key == SECTION)
    page.select(section.uuid)
    win = MergeWindow(db, uuid, raw, "LIB.medicen-contribution", opened.worker, opened)
    qtbot.addWidget(win)
    win.merged.connect(opened.findChild(ExchangeActions)._merged)
    win.show()
    with qtbot.waitSignal(win.previewed, timeout=20_000):
        win.start()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, "TYPED")
    with qtbot.waitSignal(win.merged, timeout=20_000):
        win.apply()
    opened.session.flush()
    body = next(s.body for s in proposals.get_document(db, uuid).sections if s.uuid == section.uuid)
    assert "hébergées en France" in body and body.endswith("TYPED")
    assert "hébergées en France" in page.editor.toPlainText() and page.editor.toPlainText().endswith("TYPED")
