"""A partner's role on the team server reads none of another partner's confidential values, by any table.

Each value is written through the application as the coordinator would (an
organisation's SIRET and turnover, a participation's contact, a monthly rate,
a CV, in a new team member too), then kept in every copy the application makes
(the change journal, the audit log, a named version, a package's base
snapshot). Then, as the partner's own login with raw SQL, ``SELECT *`` from
every table and view of the application's schemas (read from the catalogue,
so a table a later version adds is covered) must not show any of them,
compressed snapshots included; the partner's own values and the shared text
must still be there.
"""

from __future__ import annotations

import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.services import assignment, edit, packages, proposals, revisions, versions
from medicen_desktop.store import server_security
from medicen_desktop.store.database import Database
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow

APHP_SECRETS = {
    "siret": "35600000000048",
    "turnover": "98765432.10",
    "contact_email": "zorglub.secret@aphp.example",
    "rate": "8765.43",
    "cv": "CV-SECRET Zorglub, thèse sur les biomarqueurs confidentiels",
    "new_cv": "NEW-MEMBER-SECRET Bérénice Kastafiore",
}
QTB_OWN = {"siret": "44306184100047", "cv": "CV-OWN Alice Quantibio"}
SHARED_TEXT = "SHARED-TEXT Méthodologie partagée par tout le consortium"


def _ids(sample: ProposalDocument, partners: dict[str, str]) -> dict[str, Any]:
    def participation(name: str) -> Any:
        return next(p for p in sample.participations if p.uuid == partners[name])

    return {
        "aphp": participation("APHP"), "qtb": participation("QTB"),
        "aphp_rate": next(r for r in sample.staff_rates if r.participation_uuid == partners["APHP"]),
        "aphp_member": next(m for m in sample.team_members if m.participation_uuid == partners["APHP"]),
        "qtb_member": next(m for m in sample.team_members if m.participation_uuid == partners["QTB"]),
        "section": sample.sections[0],
    }


def _seed(server: Server, sample: ProposalDocument, partners: dict[str, str], tmp_path: Path) -> dict[str, Any]:
    """The confidential values written through the application by the coordinator, and copied by it."""
    ids = _ids(sample, partners)
    db = Database.open(server.role_url(server.coordinator))
    try:
        edit.update_fields(db, "organisations", ids["aphp"].organisation_uuid,
                           {"siret": APHP_SECRETS["siret"], "turnover": Decimal(APHP_SECRETS["turnover"])})
        edit.update_fields(db, "participations", ids["aphp"].uuid, {"contact_email": APHP_SECRETS["contact_email"]})
        edit.update_fields(db, "staff_rates", ids["aphp_rate"].uuid, {"monthly_rate": Decimal(APHP_SECRETS["rate"])})
        edit.update_fields(db, "team_members", ids["aphp_member"].uuid, {"cv": APHP_SECRETS["cv"]})
        edit.add_entity(db, sample.proposal.uuid, "team_members", {
            "participation_uuid": ids["aphp"].uuid, "position": 9, "name": "B. Kastafiore", "job_title": "PhD",
            "cv": APHP_SECRETS["new_cv"], "person_months": Decimal("3")})
        edit.update_fields(db, "organisations", ids["qtb"].organisation_uuid, {"siret": QTB_OWN["siret"]})
        edit.update_fields(db, "team_members", ids["qtb_member"].uuid, {"cv": QTB_OWN["cv"]})
        edit.update_fields(db, "sections", ids["section"].uuid, {"body": SHARED_TEXT})
        versions.take_snapshot(db, "EPI-DIAG", "before the call", actor="cli")
        assignment.assign_defaults(db, sample.proposal.uuid)
        packages.create_package(db, "EPI-DIAG", "APHP", "cli", output=tmp_path / "aphp.zip")
    finally:
        db.close()
    return ids


def _cells(value: Any) -> list[str]:
    """A cell as text; bytes also decompressed (versions and snapshots are zlib-compressed JSON)."""
    if isinstance(value, memoryview | bytes):
        raw = bytes(value)
        texts = [raw.decode("utf-8", "replace")]
        try:
            texts.append(zlib.decompress(raw).decode("utf-8", "replace"))
        except zlib.error:
            pass
        return texts
    return [str(value)]


def _everything(connection: psycopg.Connection) -> tuple[str, dict[str, int]]:
    """All the text ``SELECT *`` shows this connection, from every table and view of the application's schemas
    (one refused for lack of privilege shows nothing), and the row count of each readable relation."""
    relations = connection.execute(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname IN ('public', %s) ORDER BY 1, 2",
        (server_security.PARTNER_SCHEMA,)).fetchall()
    assert len(relations) > 25
    texts: list[str] = []
    counts: dict[str, int] = {}
    for schema, name in relations:
        try:
            rows = connection.execute(f'SELECT * FROM "{schema}"."{name}"').fetchall()
        except psycopg.errors.InsufficientPrivilege:
            continue
        counts[f"{schema}.{name}"] = len(rows)
        texts += [cell for row in rows for value in row for cell in _cells(value)]
    return "\n".join(texts), counts


def test_no_table_shows_a_partner_another_partners_confidential_values(server: Server, sample: ProposalDocument,
                                                                       tmp_path: Path) -> None:
    partners = _setup(server, sample)
    _seed(server, sample, partners, tmp_path)
    with server.connect(server.coordinator) as coordinator:
        seen, owner_counts = _everything(coordinator)
    for secret in APHP_SECRETS.values():  # the coordinator, the tables' owner, has them all, in every copy
        assert secret in seen, secret
    assert owner_counts["public.versions"] == 1 and owner_counts["public.exchange_packages"] == 1
    assert owner_counts["public.audit_log"] > 0
    with server.connect(server.alice) as alice:
        seen, counts = _everything(alice)
        for secret in APHP_SECRETS.values():
            assert secret not in seen, secret
        # Her own confidential values and the shared text she reads, in the tables and the journal alike.
        for own in (*QTB_OWN.values(), SHARED_TEXT):
            assert own in seen, own
        own_journal = alice.execute("SELECT count(*) FROM change_journal WHERE after::text LIKE %s",
                                    (f"%{QTB_OWN['cv']}%",)).fetchone()
        assert own_journal == (1,)
        # What she reads instead: the organisations and participations all listed, another's figures masked.
        assert "public.organisations" not in counts and "public.participations" not in counts
        assert counts[f"{server_security.PARTNER_SCHEMA}.participations"] == len(sample.participations)
        assert counts["public.versions"] == counts["public.exchange_packages"] == counts["public.audit_log"] == 0
        masked = alice.execute("SELECT siret, turnover FROM medicen_partner.organisations WHERE uuid = %s",
                               (next(p.organisation_uuid for p in sample.participations
                                     if p.uuid == partners["APHP"]),)).fetchone()
        assert masked == ("", None)
    with server.connect(server.bob) as bob:  # APHP's own login reads APHP's values
        seen, _counts = _everything(bob)
        for secret in APHP_SECRETS.values():
            assert secret in seen, secret
        assert QTB_OWN["cv"] not in seen and QTB_OWN["siret"] not in seen


def test_a_partner_cannot_change_another_partners_confidential_columns(server: Server,
                                                                       sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    ids = _ids(sample, partners)
    db = Database.open(server.role_url(server.alice))
    try:
        with pytest.raises(Refused, match="team server"):
            edit.update_fields(db, "organisations", ids["aphp"].organisation_uuid, {"siret": QTB_OWN["siret"]})
        with pytest.raises(Refused, match="team server"):
            edit.update_fields(db, "participations", ids["aphp"].uuid, {"contact_email": "forged@example.org"})
        with pytest.raises(Refused, match="team server"):  # its cascade would take APHP's rows
            edit.delete_entity(db, "participations", ids["aphp"].uuid)
        # Another partner's shared columns, and her own confidential ones, she may change.
        edit.update_fields(db, "participations", ids["aphp"].uuid, {"role_description": "Recrutement des patients"})
        edit.update_fields(db, "organisations", ids["qtb"].organisation_uuid, {"siret": QTB_OWN["siret"]})
    finally:
        db.close()
    with server.connect(server.coordinator) as coordinator:
        aphp = coordinator.execute("SELECT o.siret, p.contact_email, p.role_description FROM participations p "
                                   "JOIN organisations o ON o.uuid = p.organisation_uuid WHERE p.uuid = %s",
                                   (ids["aphp"].uuid,)).fetchone()
        assert aphp == (next(o.siret for o in sample.organisations if o.uuid == ids["aphp"].organisation_uuid),
                        ids["aphp"].contact_email, "Recrutement des patients")
        assert coordinator.execute("SELECT siret FROM organisations WHERE uuid = %s",
                                   (ids["qtb"].organisation_uuid,)).fetchone() == (QTB_OWN["siret"],)
        assert coordinator.execute("SELECT count(*) FROM team_members WHERE participation_uuid = %s",
                                   (ids["aphp"].uuid,)).fetchone() == (2,)


def test_a_partner_login_works_on_the_proposal_and_sees_shared_edits_live(server: Server, sample: ProposalDocument,
                                                                          tmp_path: Path) -> None:
    partners = _setup(server, sample)
    ids = _ids(sample, partners)
    alice_db = Database.open(server.role_url(server.alice))
    coordinator_db = Database.open(server.role_url(server.coordinator))
    try:
        document = proposals.get_document(alice_db, "EPI-DIAG")
        aphp_org = next(o for o in document.organisations if o.uuid == ids["aphp"].organisation_uuid)
        assert aphp_org.siret == "" and aphp_org.legal_name  # masked, but listed with its name
        assert {m.participation_uuid for m in document.team_members} == {partners["QTB"]}
        # She edits the shared text; the coordinator edits it and another partner's salary rate meanwhile.
        edit.update_fields(alice_db, "sections", ids["section"].uuid, {"body": "Alice's draft"})
        known = revisions.current_revision(alice_db, sample.proposal.uuid)
        assert known is not None
        edit.update_fields(coordinator_db, "staff_rates", ids["aphp_rate"].uuid,
                           {"monthly_rate": Decimal(APHP_SECRETS["rate"])})
        edit.update_fields(coordinator_db, "sections", ids["section"].uuid, {"body": SHARED_TEXT})
        changes = revisions.changes_since(alice_db, sample.proposal.uuid, known)
        assert changes.fields == (("sections", ids["section"].uuid, "body"),)  # the salary entry is not hers
        assert changes.revision == known + 2
        assert next(s.body for s in proposals.get_document(alice_db, "EPI-DIAG").sections
                    if s.uuid == ids["section"].uuid) == SHARED_TEXT
        # What is the coordinator's says so, one line.
        for refused in (lambda: versions.list_versions(alice_db, "EPI-DIAG"),
                        lambda: versions.take_snapshot(alice_db, "EPI-DIAG", "mine"),
                        lambda: packages.create_package(alice_db, "EPI-DIAG", "APHP", "cli",
                                                        output=tmp_path / "p.zip")):
            with pytest.raises(Refused, match="team server"):
                refused()
    finally:
        alice_db.close()
        coordinator_db.close()


def test_an_upgrade_after_server_roles_grants_the_partner_roles_the_new_tables(server: Server,
                                                                              sample: ProposalDocument) -> None:
    """The schema taken back to before the presence table (0010_presence) and the journal's scope (0011_rls),
    then upgraded by the coordinator's next open: the partner roles may write the table the upgrade added, and
    every protection is back, without running ``server-roles`` again."""
    from alembic import command
    from sqlalchemy import create_engine

    from medicen_desktop.store import migrations
    from medicen_desktop.store.presence import PresenceHolder

    partners = _setup(server, sample)
    engine = create_engine(server.role_url(server.coordinator))
    try:
        with engine.begin() as connection:
            server_security.lift(connection)
            config = migrations._config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0009_server")
    finally:
        engine.dispose()
    with server.connect(server.coordinator) as coordinator:
        assert coordinator.execute("SELECT to_regclass('presence')").fetchone() == (None,)
    from medicen_desktop.store.errors import DatabaseError

    with pytest.raises(DatabaseError, match="ask the coordinator to open it with this version first"):
        Database.open(server.role_url(server.alice))  # a partner's login may not upgrade: told, nothing changed
    Database.open(server.role_url(server.coordinator)).close()  # the upgrade
    with server.connect("postgres") as admin:
        assert admin.execute("SELECT count(*) FROM pg_policies").fetchone() == (23,)
    db = Database.open(server.role_url(server.alice))
    try:
        holder = PresenceHolder(db, sample.proposal.uuid, "Alice")
        holder.claim(f"section:{sample.sections[0].key}")
        holder.close()
        document = proposals.get_document(db, "EPI-DIAG")
    finally:
        db.close()
    assert {m.participation_uuid for m in document.team_members} == {partners["QTB"]}
    with server.connect(server.alice) as alice:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("SELECT * FROM organisations")
        assert alice.execute("SELECT count(*) FROM change_journal WHERE list_name = 'team_members'").fetchone() == (
            0,)  # entries from before the scope existed are the owner's (0011_rls)


def test_the_coordinators_commands_tell_a_partners_login_so(server: Server, sample: ProposalDocument, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from medicen_desktop.cli import main

    _setup(server, sample)
    url = server.role_url(server.alice)
    for command in (["versions", "EPI-DIAG"], ["snapshot", "EPI-DIAG", "mine"], ["restore", "EPI-DIAG", "1"],
                    ["package", "EPI-DIAG", "--partner", "APHP", "-o", str(tmp_path / "p.zip")]):
        assert main(["--db", url, *command]) == 2, command
        err = capsys.readouterr().err
        assert "team server" in err and "coordinator" in err and "Traceback" not in err, (command, err)
    assert main(["--db", url, "list"]) == 0  # what is hers still works
    assert "ÉPI-DIAG" in capsys.readouterr().out
    assert not (tmp_path / "p.zip").exists()
