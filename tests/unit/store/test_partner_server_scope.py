"""A partner's login on the team server has a scope, as a partner copy has: the services refuse in one line what
is the coordinator's (adding or removing partners, a work package's leader) or another partner's (its team), before
the server's row-level security would, and let through what the server shares (the text, another partner's
public columns, its own team)."""

from __future__ import annotations

import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import assignment, edit, proposals
from medicen_desktop.services.edit import OutsideAssignment
from medicen_desktop.store.database import Database
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow


def test_a_partner_login_is_refused_the_coordinators_actions_by_its_scope(server: Server,  # noqa: F811
                                                                          sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    qtb, aphp = partners["QTB"], partners["APHP"]
    alice = Database.open(server.role_url(server.alice))
    coordinator = Database.open(server.role_url(server.coordinator))
    try:
        scope = assignment.partner_scope(alice, sample.proposal.uuid)
        assert scope is not None and scope.on_server and scope.participation_uuid == qtb
        assert assignment.partner_scope(coordinator, sample.proposal.uuid) is None

        new_org = next(o for o in sample.organisations
                       if o.uuid == next(p.organisation_uuid for p in sample.participations if p.uuid == aphp))
        refused = {
            "add a partner": lambda: edit.add_entity(alice, sample.proposal.uuid, "participations", {
                "organisation_uuid": new_org.uuid, "role": "partner", "position": 9}),
            "remove a partner": lambda: edit.delete_entity(alice, "participations", aphp),
            "add to another partner's team": lambda: edit.add_entity(alice, sample.proposal.uuid, "team_members", {
                "participation_uuid": aphp, "name": "Intrus", "position": 5}),
            "change a work package's leader": lambda: edit.update_fields(
                alice, "work_packages", sample.work_packages[0].uuid, {"leader_participation_uuid": qtb}),
            "remove a work package": lambda: edit.delete_entity(alice, "work_packages", sample.work_packages[-1].uuid),
            "another partner's confidential value": lambda: edit.update_fields(
                alice, "organisations", new_org.uuid, {"siret": "44306184100047"}),
        }
        before = proposals.get_document(coordinator, "EPI-DIAG").model_dump()
        for what, action in refused.items():
            with pytest.raises(OutsideAssignment, match="^team server: "):
                action()
            assert proposals.get_document(coordinator, "EPI-DIAG").model_dump() == before, what

        # What the server shares, and her own, she still may.
        member = edit.add_entity(alice, sample.proposal.uuid, "team_members",
                                 {"participation_uuid": qtb, "name": "Alice", "position": 7})
        edit.update_fields(alice, "sections", sample.sections[0].uuid, {"body": "Texte d'Alice"})
        edit.update_fields(alice, "work_packages", sample.work_packages[0].uuid, {"title": "Coordination partagée"})
        edit.update_fields(alice, "participations", aphp, {"role_description": "Recrutement"})
        edit.delete_entity(alice, "team_members", member)
        # The coordinator keeps every action.
        edit.update_fields(coordinator, "work_packages", sample.work_packages[0].uuid, {"leader_participation_uuid": qtb})
    finally:
        alice.close()
        coordinator.close()
