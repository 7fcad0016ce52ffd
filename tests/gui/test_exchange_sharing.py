"""Proposal ▸ Confidentiality…: the coordinator picks what partners see; the partner keeps its budget private.

The dialog is built for real and driven with clicks; only its modal loop is
replaced (``ask`` patched). What it saved is read back from the databases and
from the next package's manifest.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from medicen_desktop.gui import exchange_dialogs as dialogs
from medicen_desktop.gui.exchange_sharing import SharingChoice, SharingDialog
from medicen_desktop.services import packages, sharing
from tests.gui.exchange_driving import actions_of
from tests.gui.test_exchange_journey import participation, partner_window, trigger

__all__ = ["partner_window"]  # a fixture shared with the journey test


def _drive(qtbot, monkeypatch, clicks: list[str], seen: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    def ask(cls, parent, level, partner_copy, private, own_key, coordinator_key):  # type: ignore[no-untyped-def]
        dialog = SharingDialog(level, partner_copy, private, own_key, coordinator_key, parent)
        qtbot.addWidget(dialog)
        seen.update(level=dialog.level(), levels_enabled=dialog.levels_box.isEnabled(),
                    private_shown=not dialog.private_budget.isHidden(), keys=dialog.keys.text())
        for name in clicks:
            widget = getattr(dialog, name)
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        seen["help"] = dialog.level_help.text()
        return SharingChoice(dialog.level(), dialog.private_budget.isChecked())

    monkeypatch.setattr(SharingDialog, "ask", classmethod(ask))


def test_the_coordinator_chooses_totals_and_the_partner_keeps_its_budget(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, opened, partner_window, db, sample_in_db, tmp_path: Path, refusals) -> None:
    uuid = sample_in_db
    seen: dict[str, object] = {}
    _drive(qtbot, monkeypatch, ["level_totals"], seen)
    trigger(qtbot, opened, "sharing")
    assert seen["level"] == "none" and seen["levels_enabled"] and not seen["private_shown"]
    assert "one budget total per other partner" in str(seen["help"])
    assert sharing.sharing_level(db, uuid).value == "totals"

    lib = participation(db, uuid, "LIB")
    package = tmp_path / "LIB.medicen-package"
    from medicen_desktop.services import assignment

    assignment.set_assignment(db, uuid, "LIB", ["methodology"], [2], actor="test")
    monkeypatch.setattr(dialogs.ChoosePartner, "ask", classmethod(lambda cls, parent, partners: lib))
    monkeypatch.setattr(dialogs.SavePackageFile, "ask", classmethod(lambda cls, parent, suggested: package))
    trigger(qtbot, opened, "package")
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
        assert json.loads(archive.read("manifest.json"))["sharing"] == "totals"

    monkeypatch.setattr(dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: package))
    trigger(qtbot, partner_window, "open")
    assert actions_of(partner_window).actions["sharing"].isEnabled()
    seen.clear()
    _drive(qtbot, monkeypatch, ["private_budget"], seen)
    trigger(qtbot, partner_window, "sharing")
    assert seen["level"] == "totals" and not seen["levels_enabled"] and seen["private_shown"]
    copy = packages.partner_copy(partner_window.db, uuid)
    assert copy is not None
    assert "your coordinator's key" in str(seen["keys"])
    assert sharing.private_budget(partner_window.db, uuid) is True
    assert not refusals
