"""A partner's login on the team server: its open proposal follows the others' shared edits live, and
what its role may not see (another partner's salary rates) neither shows nor is announced."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services import edit
from medicen_desktop.store.database import Database
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow


def test_a_partners_window_follows_shared_edits_and_skips_what_it_cannot_see(
        qtbot: Any, server: Server, sample: ProposalDocument) -> None:  # noqa: F811
    from medicen_desktop.gui.session import ProposalSession

    partners = _setup(server, sample)
    section = sample.sections[0]
    rate = next(r for r in sample.staff_rates if r.participation_uuid == partners["APHP"])
    alice, coordinator = Database.open(server.role_url(server.alice)), Database.open(server.role_url(server.coordinator))
    alice.user, coordinator.user = "alice", "claire"
    session = ProposalSession(alice, sample.proposal.uuid)
    try:
        assert {m.participation_uuid for m in session.document.team_members} == {partners["QTB"]}
        session.watch()
        said: list[str] = []
        session.remoteChanged.connect(said.append)
        # Her edit of the shared text (from another of her processes: announced as hers).
        edit.update_fields(alice, "sections", section.uuid, {"body": "Brouillon d'Alice"})
        title = get_template(sample.proposal.template_key).section_title(section.key, "en", section.title)
        qtbot.waitUntil(lambda: said == [f"alice changed “{title}”"], timeout=1000)
        said.clear()
        # Another partner's salary rate, then the shared text, by the coordinator.
        edit.update_fields(coordinator, "staff_rates", rate.uuid, {"monthly_rate": Decimal("8765.43")})
        qtbot.waitUntil(lambda: session.document.proposal.revision
                        == coordinator_revision(coordinator, sample.proposal.uuid), timeout=2000)
        assert said == []  # nothing she may see changed: nothing announced
        edit.update_fields(coordinator, "sections", section.uuid, {"body": "Texte commun de Claire"})
        started = time.monotonic()
        qtbot.waitUntil(lambda: next(s.body for s in session.document.sections if s.uuid == section.uuid)
                        == "Texte commun de Claire", timeout=1000)
        assert time.monotonic() - started < 1.0
        assert said == [f"claire changed “{title}”"]
        assert all(r.participation_uuid == partners["QTB"] for r in session.document.staff_rates)
    finally:
        session.stop_watching()
        session.deleteLater()
        alice.close()
        coordinator.close()


def coordinator_revision(db: Database, proposal_uuid: str) -> int:
    from medicen_desktop.services import revisions

    return revisions.current_revision(db, proposal_uuid) or 0
