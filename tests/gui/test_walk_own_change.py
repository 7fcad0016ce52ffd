"""Found in a walk: one's own edit of a partner's identity (SIRET in the Consortium table, the Identity dialog)
was announced in the status bar as another writer's ("root changed NVI: SIRET / SIREN"), and the window read
the whole proposal again. An organisation's change bumps every proposal using it, and the window did not know
that its own write was the bump."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from medicen_desktop.services import proposals


def test_a_siret_typed_in_the_table_is_not_announced_as_someone_elses(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    opened.session.remoteChanged.connect(said.append)
    opened.workspace.go_to("consortium")
    table = opened.workspace.page("consortium").partner_table
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    column = table.model.column_of("siret")
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, column))
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "84512345400017")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() == QAbstractItemView.State.NoState)
    organisation = table.model.entity_at(0).organisation_uuid
    stored = proposals.get_document(db, opened.session.proposal_uuid)
    assert next(o for o in stored.organisations if o.uuid == organisation).siret == "84512345400017"
    assert opened.session.document.proposal.revision == stored.proposal.revision
    opened.session.refresh_from_store()  # what the live watch calls when it sees the commit
    assert said == [] and opened.statusBar().currentMessage() == ""
