"""The to-do view: per partner, its parts, late ones and those waiting for review; statuses set with clicks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.todo_view import TodoDialog
from medicen_desktop.services import comments, parts


def _branch(dialog: TodoDialog, prefix: str):  # type: ignore[no-untyped-def]
    return next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                if dialog.tree.topLevelItem(i).text(0).startswith(prefix))


def test_lists_per_partner_what_is_late_and_in_review(qtbot, db, sample_in_db: str) -> None:  # type: ignore[no-untyped-def]
    parts.set_part(db, sample_in_db, "section:methodology", status="in-review", due="2026-11-30")
    parts.set_part(db, sample_in_db, "wp:WP4", due="2026-12-01")  # late: still a draft
    parts.set_part(db, sample_in_db, "budget:APHP", status="approved", due="2026-01-01")  # approved: not late
    comments.add_comment(db, sample_in_db, "wp:WP4", "Calendrier ?")
    dialog = TodoDialog(db, sample_in_db, today=dt.date(2026, 12, 6))
    qtbot.addWidget(dialog)
    aphp = _branch(dialog, "APHP")
    assert "1 late" in aphp.text(0)
    rows = {aphp.child(i).data(0, Qt.ItemDataRole.UserRole): aphp.child(i) for i in range(aphp.childCount())}
    assert "⚠" in rows["wp:WP4"].text(0) and rows["wp:WP4"].text(4) == "✉1"
    assert "⚠" not in rows["budget:APHP"].text(0)
    # In review past its date is late too.
    assert "2 late part(s), 1 waiting for review, 1 open comment thread(s)." in dialog.summary.text()


def test_freeze_a_part_with_clicks_and_read_it_back(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    opened.show_todo()
    dialog = opened.todo  # a child of the window, deleted when closed
    uuid = opened.workspace.session.proposal_uuid  # type: ignore[union-attr]
    db = opened.workspace.session.db  # type: ignore[union-attr]
    qtbot.waitUntil(dialog.isVisible)
    dialog.tree.setFocus()
    dialog._select("section:clinical_need")
    assert dialog.selected_key() == "section:clinical_need"
    dialog.status.setFocus()
    dialog.status.setCurrentIndex(dialog.status.findData("frozen"))
    _type_due(qtbot, dialog, "15/02/2027")  # the locale's date (en_GB, like French: day first)
    qtbot.keyClicks(dialog.person, "Dr Martin")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    stored = next(p for p in parts.list_parts(db, uuid) if p.key == "section:clinical_need")
    assert (stored.status.value, stored.due, stored.person) == ("frozen", dt.date(2027, 2, 15), "Dr Martin")
    assert "❄ 1 frozen" in opened.workspace.navigator.workflow.text()  # type: ignore[union-attr]
    assert dialog.tree.currentItem().text(3) == "15/02/2027"
    _type_due(qtbot, dialog, "31/02/2027")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)  # Apply reads what is typed: not a date
    assert "is not a date" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert next(p for p in parts.list_parts(db, uuid) if p.key == "section:clinical_need").due == dt.date(2027, 2, 15)
    _type_due(qtbot, dialog, "")  # emptied: no due date
    qtbot.keyClick(dialog.due.line, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisibleTo(dialog)
    assert next(p for p in parts.list_parts(db, uuid) if p.key == "section:clinical_need").due is None
    dialog.close()


def _type_due(qtbot, dialog: TodoDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select the due date's text with the keyboard and type ``text`` over it."""
    dialog.due.line.setFocus()
    qtbot.keyClick(dialog.due.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.due.line, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.due.line, text)


def test_the_due_date_reads_and_writes_french_dates(qtbot, db, sample_in_db: str) -> None:  # type: ignore[no-untyped-def]
    """In French the due date is shown and typed day first (jj/mm/aaaa), in the list and in the field."""
    from medicen_desktop.gui import i18n

    i18n.install("fr")
    parts.set_part(db, sample_in_db, "wp:WP2", due="2027-03-01")
    dialog = TodoDialog(db, sample_in_db, today=dt.date(2026, 12, 6))
    qtbot.addWidget(dialog)
    dialog._select("wp:WP2")
    assert dialog.tree.currentItem().text(3) == "01/03/2027"
    assert dialog.due.line.text() == "01/03/2027"
    assert dialog.due.line.placeholderText() == "non renseignée — tapez une date (jj/mm/aaaa)"
    _type_due(qtbot, dialog, "2/4/2027")  # short spellings read too, day first
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert next(p for p in parts.list_parts(db, sample_in_db) if p.key == "wp:WP2").due == dt.date(2027, 4, 2)
    assert dialog.due.line.text() == "02/04/2027"
    _type_due(qtbot, dialog, "le 3 avril")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "« le 3 avril » n'est pas une date : tapez-la sous la forme jj/mm/aaaa."
    dialog.close()


def test_the_library_shows_each_proposals_marks(qtbot, window: MainWindow, db, sample_in_db: str) -> None:  # type: ignore[no-untyped-def]
    parts.set_part(db, sample_in_db, "wp:WP1", status="frozen")
    comments.add_comment(db, sample_in_db, "wp:WP1", "Figé trop tôt ?")
    window.library.reload()
    window.library.measure()
    model = window.library.model
    row = model.row_of(sample_in_db)
    qtbot.waitUntil(lambda: bool(model.item(row, model.MARKS).text()), timeout=10_000)
    assert model.item(row, model.MARKS).text() == "❄ 1 frozen · ✉ 1 open"


def test_a_partner_marks_its_section_in_review_from_the_view(qtbot, db, sample_in_db: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medicen_desktop.services import assignment, packages
    from medicen_desktop.store.database import Database

    assignment.assign_defaults(db, sample_in_db)
    partner_db = Database.open(tmp_path / "aphp.db")
    packages.open_package(partner_db, packages.create_package(db, sample_in_db, "APHP").data, "aphp.zip")
    dialog = TodoDialog(partner_db, sample_in_db)
    qtbot.addWidget(dialog)
    assert dialog.note.text().startswith("Partner copy")
    dialog._select("section:clinical_need")
    assert not dialog.due.isEnabled() and dialog.status.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("in-review"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert next(p for p in parts.list_parts(partner_db, sample_in_db)
                if p.key == "section:clinical_need").status.value == "in-review"
    dialog._select("section:methodology")  # not APHP's
    dialog.status.setCurrentIndex(dialog.status.findData("in-review"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "not assigned to you" in dialog.error.text()
    dialog.close()
    partner_db.close()
