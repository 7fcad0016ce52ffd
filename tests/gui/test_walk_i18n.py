"""Found in a walk in French: English lines in the French UI, from strings lupdate never saw.

The status line after Ctrl+Z said "Undone in Projet: Saisie" (its texts went through a helper, which lupdate
does not read), and the Attach files dialog's title and filter were filed under a context "parent" that no
lookup uses (``parent.tr``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.steps.annexes import AttachFilesDialog


@pytest.fixture
def french(qtbot, db, settings, sample_in_db) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    window = MainWindow(db, settings, "fr")
    qtbot.addWidget(window)
    window.show()
    window.library.reload()
    window.open_proposal(sample_in_db)
    yield window
    window.close()
    i18n.install("en")


def test_the_undo_line_is_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    french.workspace.go_to("project")
    summary = french.workspace.page("project").summary
    summary.setFocus()
    QTest.keyClick(summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(summary, " Fin.")
    QTest.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert french.statusBar().currentMessage().startswith("Annulé dans Projet : ")
    QTest.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert french.statusBar().currentMessage().startswith("Rétabli dans Projet : ")


def test_the_attach_files_dialog_is_french(french, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def get_open_file_names(parent, title, folder, filters):  # type: ignore[no-untyped-def]
        asked.extend([title, filters])
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    french.workspace.go_to("annexes")
    AttachFilesDialog.ask(french.workspace.page("annexes"))
    assert asked[0] == "Joindre des fichiers" and asked[1].endswith("Tous les fichiers (*)")


def test_the_french_names_a_step_as_the_navigator_does() -> None:
    """« changez les personnes-mois à l'étape Plan de travail », « (voir Relecture) »: the steps are called
    « Programme de travail » and « Vérification »."""
    import re
    import xml.etree.ElementTree as ET

    from medicen_desktop.resources import resource

    tree = ET.parse(resource("translations", "medicen_fr.ts"))
    steps = {(m.findtext("translation") or "").replace("&", "") for c in tree.iter("context")
             if c.findtext("name") == "Steps" for m in c.iter("message")}
    named = [(text, match.group(1)) for m in tree.iter("message") if (text := m.findtext("translation") or "")
             for match in re.finditer(r"(?:l['’]étape|voir) ((?:[A-ZÉ]\w+)(?: \w+){0,3})", text)]
    assert named, "the French names steps in its hints"
    for text, words in named:
        assert any(words.startswith(step) for step in steps), text


def test_the_page_meter_writes_decimals_the_french_way(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """It said « Cette section : 0.1 pages »."""
    import re

    french.workspace.go_to("sections")
    page = french.workspace.page("sections")
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Pages comptées" in page.pages.text(), timeout=20_000)
    assert re.match(r"Cette section : \d+,\d pages · ", page.pages.text()), page.pages.text()


def test_the_start_date_hint_is_whole_at_1024_pixels(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """« non renseignée — tapez une date (j… » was cut on the Project page of a 1024-pixel screen."""
    french.resize(1024, 700)
    french.workspace.go_to("project")
    line = french.workspace.page("project").start.line
    qtbot.waitUntil(line.isVisible)
    assert line.placeholderText() == "non renseignée — tapez une date (jj/mm/aaaa)"
    assert line.width() >= line.fontMetrics().horizontalAdvance(line.placeholderText()) + 30  # its clear button
    assert french.width() == 1024
