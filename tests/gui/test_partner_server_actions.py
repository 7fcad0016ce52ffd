"""A partner's window on the team server offers only what the server lets it do, as a partner copy's does: adding or
removing partners, another partner's team and a work package's leader are greyed out, saying why; the shared text
and the partner's own team stay editable. The coordinator's window on the same server keeps every action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from tests.gui.windows import window_as
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow

ONLY_COORDINATOR = "On the team server, only the coordinator adds or removes partners, work packages and sections."
THEIRS = "On the team server, you add or remove your own organisation's entries only: another partner's are theirs."


def _consortium(window: MainWindow) -> Any:
    assert window.workspace is not None
    window.workspace.go_to("consortium")
    return window.workspace.page("consortium")


def _leader_editable(window: MainWindow) -> tuple[bool, bool]:
    """Whether the first work package's leader and title cells accept input."""
    assert window.workspace is not None
    window.workspace.go_to("workplan")
    model = window.workspace.page("workplan").models["work_packages"]
    flags = [model.flags(model.index(0, model.column_of(name))) for name in ("leader_participation_uuid", "title")]
    return tuple(bool(f & Qt.ItemFlag.ItemIsEditable) for f in flags)  # type: ignore[return-value]


def test_a_partners_window_on_the_server_greys_out_the_coordinators_actions(
        qtbot: Any, server: Server, sample: ProposalDocument, tmp_path: Path) -> None:  # noqa: F811
    partners = _setup(server, sample)
    i18n.install("en")
    alice = window_as(qtbot, server.role_url(server.alice), tmp_path, sample.proposal.uuid, "alice")
    claire = window_as(qtbot, server.role_url(server.coordinator), tmp_path, sample.proposal.uuid, "claire")
    try:
        page = _consortium(alice)
        table, members = page.partner_table, page.member_table
        assert not table.add_button.isEnabled() and table.add_button.toolTip() == ONLY_COORDINATOR
        table.select(partners["APHP"])
        assert not table.delete_button.isEnabled() and table.delete_button.toolTip() == ONLY_COORDINATOR
        assert not table.up_button.isEnabled()  # the order is the coordinator's
        assert page.identity_button.isEnabled()  # APHP's public identity is shared on the server
        assert not members.add_button.isEnabled()
        members.update_buttons()  # asked again (a refresh): still off, and why
        assert not members.add_button.isEnabled() and members.add_button.toolTip() == THEIRS
        table.select(partners["QTB"])
        assert members.add_button.isEnabled()  # her own team
        assert "On the team server as QTB" in page.read_only.text()
        assert _leader_editable(alice) == (False, True)
        assert alice.exchange_actions.actions["package"].isEnabled() is False
        assert alice.exchange_actions.actions["contribution"].isEnabled() is False  # not a partner copy
        assert "copy" not in alice.windowTitle()

        page = _consortium(claire)
        assert page.partner_table.add_button.isEnabled()
        page.partner_table.select(partners["APHP"])
        assert page.partner_table.delete_button.isEnabled() and page.member_table.add_button.isEnabled()
        assert page.read_only.text() == ""
        assert _leader_editable(claire) == (True, True)
    finally:
        for window in (alice, claire):
            window.close()
            assert window.db is not None
            window.db.close()
