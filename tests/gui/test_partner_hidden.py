"""A partner's Consortium step says which values are another partner's and hidden from it, not missing.

The coordinator shares nothing of the others ("none", the default level)
and sends QTB its package; QTB's window (its own database) opens the copy.
Another partner's SIRET and contact cells say "Hidden" (whose, in the
tooltip), are not editable, and the partner dialog shows those fields
read-only with the same sentence; the findings of the step do not call them
missing, while QTB's own blanked SIRET still is. The coordinator's window
shows every value and finds what is really missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.partner_identity import PartnerDialog
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import assignment, edit, packages, proposals
from medicen_desktop.store.database import Database

HIDDEN_APHP = "Hidden: only APHP and the coordinator see this"


def _ids(db: Database, uuid: str) -> dict[str, Any]:
    document = proposals.get_document(db, uuid)
    by_short = {o.short_name: o for o in document.organisations}
    return {short: next(p for p in document.participations if p.organisation_uuid == org.uuid)
            for short, org in by_short.items()}


@pytest.fixture
def partner(qtbot, db: Database, sample_in_db: str, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """QTB's window on its copy, sent at the default sharing level; QTB's own SIRET left blank."""
    qtb = _ids(db, sample_in_db)["QTB"]
    edit.update_fields(db, "organisations", qtb.organisation_uuid, {"siret": ""})
    assignment.assign_defaults(db, sample_in_db)
    package = packages.create_package(db, sample_in_db, "QTB").data
    partner_db = Database.open(tmp_path / "partner.db")
    packages.open_package(partner_db, package, "QTB.medicen-package")
    i18n.install("en")
    window = MainWindow(partner_db, Settings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.open_proposal(sample_in_db)
    yield window
    window.close()
    partner_db.close()


def _consortium(window: MainWindow) -> Any:
    assert window.workspace is not None
    window.workspace.go_to("consortium")
    return window.workspace.page("consortium")


def _shown(window: MainWindow) -> list[str]:
    """The messages the findings panel lists for the open step."""
    assert window.workspace is not None
    panel = window.workspace.panel.findings
    return [panel.item(r).data(Qt.ItemDataRole.UserRole).message for r in range(panel.count())
            if panel.item(r).data(Qt.ItemDataRole.UserRole) is not None]


def _step_findings(qtbot, window: MainWindow, expected: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The step's findings once the check of the current snapshot lists ``expected``."""
    assert window.workspace is not None
    window.workspace.check_now()
    qtbot.waitUntil(lambda: expected in _shown(window))
    return _shown(window)


def test_another_partners_values_say_hidden_and_are_not_reported_missing(qtbot, partner, monkeypatch):  # type: ignore[no-untyped-def]
    page = _consortium(partner)
    model = page.partners
    aphp = next(r for r in range(model.rowCount()) if model.data(model.index(r, model.column_of("short_name"))) == "APHP")
    qtb = next(r for r in range(model.rowCount()) if model.data(model.index(r, model.column_of("short_name"))) == "QTB")
    for field in ("siret", "contact_name", "contact_email"):
        index = model.index(aphp, model.column_of(field))
        assert model.data(index) == "Hidden", field
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == HIDDEN_APHP
        assert model.data(index, Qt.ItemDataRole.FontRole).italic()
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    own = model.index(qtb, model.column_of("siret"))
    assert model.data(own) == "" and model.flags(own) & Qt.ItemFlag.ItemIsEditable  # its own: blank, to fill in

    messages = _step_findings(qtbot, partner, "QTB: the SIRET number is missing.")  # what it sees is checked
    assert not any(m.startswith(("APHP", "NVI", "LIB", "MTS")) for m in messages), messages

    # The partner dialog on APHP: the hidden fields read-only, saying so, never an empty field to type into.
    seen: list[dict[str, Any]] = []

    def look(dialog: PartnerDialog) -> int:
        seen.append({name: (getattr(dialog, name).isReadOnly(), getattr(dialog, name).placeholderText())
                     for name in ("siret", "pic", "vat", "turnover", "contact_email", "legal_name")})
        assert dialog.intro.text().endswith(f"\n{HIDDEN_APHP}.")
        dialog.siret.setText("12345678900000")  # even typed in (it cannot be), nothing of it is kept
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PartnerDialog, "exec", look)
    page.partner_table.select(model.uuid_at(aphp))
    assert page.edit_identity() is False  # nothing changed
    (fields,) = seen
    assert all(fields[name] == (True, HIDDEN_APHP) for name in ("siret", "pic", "vat", "turnover", "contact_email"))
    assert fields["legal_name"] == (False, "")
    # APHP's team is not in the copy: the team table says whose it is, and adds nothing.
    assert page.member_table.empty.text() == HIDDEN_APHP and not page.member_table.add_button.isEnabled()


def test_the_coordinator_sees_every_value_and_what_is_really_missing(qtbot, opened, db, sample_in_db):  # type: ignore[no-untyped-def]
    aphp = _ids(db, sample_in_db)["APHP"]
    opened.session.update("organisations", aphp.organisation_uuid, {"siret": ""}, "blank")
    page = _consortium(opened)
    model = page.partners
    row = model.row_of(aphp.uuid)
    assert model.data(model.index(row, model.column_of("contact_email"))) == aphp.contact_email
    assert model.flags(model.index(row, model.column_of("siret"))) & Qt.ItemFlag.ItemIsEditable
    _step_findings(qtbot, opened, "APHP: the SIRET number is missing.")


def test_the_cv_heading_wraps_rather_than_widen_the_window(qtbot, partner):  # type: ignore[no-untyped-def]
    """APHP's team is hidden, so no member is selected and the heading prompts for one: in French that prompt
    ("CV — sélectionnez un membre de l'équipe") made the window 110 px wider than 1024."""
    page = _consortium(partner)
    page.partner_table.select(next(page.partners.uuid_at(r) for r in range(page.partners.rowCount())
                                   if page.partners.data(page.partners.index(r, 0)) == "APHP"))
    heading = page.cv.heading
    assert page.cv.member is None
    assert heading.minimumSizeHint().width() < heading.fontMetrics().horizontalAdvance(heading.text()) // 2
