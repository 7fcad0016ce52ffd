"""Found in a walk, keyboard only: Alt+S on the wizard's coordinator page went to « Sigle » instead of
« Suivant » (Alt+P: « Pays », not « Précédent »; in English Alt+N: "A new organisation", not Next), and in the
partner's update window Alt+M went to the tab « Modifications à appliquer », not « Mettre à jour ma copie »."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from medicen_desktop.gui import i18n
from medicen_desktop.gui.new_proposal_wizard import NewProposalWizard
from medicen_desktop.services import organisations
from tests.gui.test_rounds_gui import _rebase_window, round_two  # noqa: F401 - the fixture


def clashes(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter mnemonics that more than one visible control of ``root`` claims."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_wizards_coordinator_page_has_one_control_per_mnemonic(qtbot, db, sample_in_db, language) -> None:  # type: ignore[no-untyped-def]
    i18n.install(language)
    wizard = NewProposalWizard([("bpi-idemo", "i-Démo")], organisations.list_organisations(db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.project_page.acronym.setText("CARDIO")
    wizard.project_page.title_edit.setText("Early detection")
    wizard.next()
    assert wizard.currentPage() is wizard.coordinator_page
    assert clashes(wizard) == {}


def test_the_french_update_window_has_one_control_per_mnemonic(qtbot, window, db, round_two, monkeypatch,  # noqa: F811
                                                                refusals) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    rebase = _rebase_window(qtbot, window, round_two[1], monkeypatch)
    assert clashes(rebase) == {}
