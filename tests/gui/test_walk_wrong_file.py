"""Found in a walk: a partner who picks a Word file in File ▸ Open a package… (the dossier, or a Word package
meant for Word) was told "dossier.docx: unexpected member '[Content_Types].xml'"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.contribution import read_contribution
from medicen_desktop.gui import exchange_dialogs
from medicen_desktop.gui.exchange_actions import ExchangeActions
from medicen_desktop.services import proposals


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Dossier CARDIO-IA")
    document.save(str(path))
    return path


def test_a_word_file_opened_as_a_package_is_named_as_such(qtbot, window, db, tmp_path, monkeypatch,
                                                           refusals) -> None:  # type: ignore[no-untyped-def]
    chosen = _word_file(tmp_path / "dossier.docx")
    monkeypatch.setattr(exchange_dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: chosen))
    actions = window.findChild(ExchangeActions)
    with qtbot.waitSignal(actions.refused, timeout=20_000):
        actions.actions["open"].trigger()
    assert refusals == ["dossier.docx: a Word or other Office document, not a Medicen package "
                        "(whose file name ends in .medicen-package)"]
    assert proposals.list_proposals(db) == []


def test_a_word_file_read_as_a_contribution_is_named_as_such(tmp_path) -> None:
    raw = _word_file(tmp_path / "apport.docx").read_bytes()
    with pytest.raises(InterchangeError, match=r"^apport\.docx: a Word or other Office document, not a Medicen "
                                               r"contribution \(whose file name ends in \.medicen-contribution\)$"):
        read_contribution(raw, "apport.docx")
