"""On the team server, a partner's snapshot says what the views withhold from it, and its checks do not call it
missing; the coordinator's snapshot withholds nothing."""

from __future__ import annotations

import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import ORGANISATION_FIELDS, PARTICIPATION_FIELDS, PARTNER_LISTS
from medicen_desktop.services import edit, proposals, validation
from medicen_desktop.store.database import Database
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow


def test_a_partner_login_reads_the_others_values_as_withheld_not_missing(server: Server,  # noqa: F811
                                                                         sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    qtb = next(p for p in sample.participations if p.uuid == partners["QTB"])
    aphp = next(p for p in sample.participations if p.uuid == partners["APHP"])
    coordinator_db = Database.open(server.role_url(server.coordinator))
    alice_db = Database.open(server.role_url(server.alice))
    try:
        edit.update_fields(coordinator_db, "organisations", qtb.organisation_uuid, {"siret": ""})
        document = proposals.get_document(alice_db, "EPI-DIAG")
        assert document.withheld[aphp.organisation_uuid] == sorted(ORGANISATION_FIELDS)
        assert document.withheld[aphp.uuid] == sorted((*PARTICIPATION_FIELDS, *PARTNER_LISTS))
        assert qtb.uuid not in document.withheld and qtb.organisation_uuid not in document.withheld
        assert len(document.withheld) == 2 * (len(sample.participations) - 1)

        findings = validation.validate(alice_db, "EPI-DIAG")
        missing = {(f.entity_uuid, f.field) for f in findings if f.code in ("partner.legal-id-missing",
                                                                            "partner.contact-missing")}
        assert missing == {(qtb.organisation_uuid, "siret")}  # hers is checked; the others' are not missing
        assert not any(f.code in ("partner.team-empty", "budget.partner-empty") for f in findings)
        assert "withheld.consortium-checks" in {f.code for f in findings}

        # The coordinator, who reads everything, sees no change: nothing withheld, every finding of his own.
        full = proposals.get_document(coordinator_db, "EPI-DIAG")
        assert full.withheld == {}
        edit.update_fields(coordinator_db, "organisations", aphp.organisation_uuid, {"siret": ""})
        codes = [(f.code, f.entity_uuid) for f in validation.validate(coordinator_db, "EPI-DIAG")]
        assert ("partner.legal-id-missing", aphp.organisation_uuid) in codes
        assert ("withheld.consortium-checks", sample.proposal.uuid) not in codes
    finally:
        alice_db.close()
        coordinator_db.close()


def test_a_partners_whole_snapshot_written_back_leaves_the_others_values(server: Server,  # noqa: F811
                                                                         sample: ProposalDocument) -> None:
    """Her snapshot saved whole (``import-json --update`` of what she exported) changes nothing she could
    not see, and her own edit lands."""
    partners = _setup(server, sample)
    alice_db = Database.open(server.role_url(server.alice))
    try:
        document = proposals.get_document(alice_db, "EPI-DIAG")
        qtb = next(p for p in document.participations if p.uuid == partners["QTB"])
        edited = document.model_copy(update={"participations": [
            p.model_copy(update={"contact_phone": "+33 1 00 00 00 00"}) if p.uuid == qtb.uuid else p
            for p in document.participations]})
        proposals.replace_document(alice_db, edited)
    finally:
        alice_db.close()
    coordinator_db = Database.open(server.role_url(server.coordinator))
    try:
        after = proposals.get_document(coordinator_db, "EPI-DIAG")
    finally:
        coordinator_db.close()
    expected = {p.uuid: p.contact_phone for p in sample.participations} | {partners["QTB"]: "+33 1 00 00 00 00"}
    assert {p.uuid: p.contact_phone for p in after.participations} == expected
    assert {o.uuid: o.model_dump() for o in after.organisations} == {o.uuid: o.model_dump() for o in sample.organisations}
    assert len(after.team_members) == len(sample.team_members)
