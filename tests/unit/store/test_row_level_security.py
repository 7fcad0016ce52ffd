"""Row-level security per partner on the team server, checked with raw SQL as each role.

The coordinator is an ordinary (non-superuser) role that owns the tables, as on
a real server: a superuser would bypass row-level security and prove nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest

from medicen_desktop.cli import main
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import proposals, server_roles
from medicen_desktop.store import server_security
from medicen_desktop.store.database import Database
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow

CONFIDENTIAL = ("budget_lines", "staff_rates", "team_members", "efforts")


class Server:
    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.url = server.create_database()
        self.name = self.url.split("?", 1)[0].rsplit("/", 1)[1]
        suffix = self.name[2:]
        self.coordinator, self.alice, self.bob = (f"coord_{suffix}", f"alice_{suffix}", f"bob_{suffix}")
        with self.connect("postgres", "postgres") as c:
            c.execute(f'CREATE ROLE "{self.coordinator}" LOGIN CREATEROLE')
            c.execute(f'CREATE ROLE "{self.alice}" LOGIN')
            c.execute(f'CREATE ROLE "{self.bob}" LOGIN')
            c.execute(f'ALTER DATABASE "{self.name}" OWNER TO "{self.coordinator}"')
        with self.connect("postgres") as c:
            c.execute(f'ALTER SCHEMA public OWNER TO "{self.coordinator}"')

    def role_url(self, role: str) -> str:
        return f"postgresql+psycopg://{role}@/{self.name}?host={self.server.socket}"

    def connect(self, role: str, database: str | None = None) -> psycopg.Connection:
        return psycopg.connect(f"host={self.server.socket} user={role} dbname={database or self.name}",
                               autocommit=True)


@pytest.fixture
def server(postgres_server: PostgresServer, sample: ProposalDocument) -> Iterator[Server]:  # noqa: F811
    result = Server(postgres_server)
    db = Database.open(result.role_url(result.coordinator))
    try:
        proposals.import_document(db, sample)
    finally:
        db.close()
    yield result


def _rows(connection: psycopg.Connection, table: str) -> dict[str, int]:
    """The number of rows per participation that ``SELECT *`` returns to this connection."""
    rows = connection.execute(f"SELECT * FROM {table}").fetchall()
    names = [d.name for d in connection.execute(f"SELECT * FROM {table} LIMIT 0").description or ()]
    column = names.index("participation_uuid")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[column]] = counts.get(row[column], 0) + 1
    return counts


def _setup(server: Server, sample: ProposalDocument) -> dict[str, str]:
    """Partner roles made by the coordinator; alice in QTB's, bob in APHP's. Returns short name -> participation."""
    db = Database.open(server.role_url(server.coordinator))
    try:
        infos = server_roles.create_partner_roles(db, "EPI-DIAG")
    finally:
        db.close()
    roles = {info.short_name: info.role_name for info in infos}
    with server.connect(server.coordinator) as c:
        c.execute(f'GRANT "{roles["QTB"]}" TO "{server.alice}"')
        c.execute(f'GRANT "{roles["APHP"]}" TO "{server.bob}"')
    return {info.short_name: info.participation_uuid for info in infos}


def test_a_partner_sees_only_its_own_confidential_rows(server: Server, sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    with server.connect("postgres") as admin:
        expected = {table: _rows(admin, table) for table in CONFIDENTIAL}
    assert all(len(counts) == 5 for counts in expected.values())  # every partner has rows of each
    with server.connect(server.alice) as alice, server.connect(server.bob) as bob, \
            server.connect(server.coordinator) as coordinator:
        for table in CONFIDENTIAL:
            assert _rows(alice, table) == {partners["QTB"]: expected[table][partners["QTB"]]}, table
            assert _rows(bob, table) == {partners["APHP"]: expected[table][partners["APHP"]]}, table
            assert _rows(coordinator, table) == expected[table], table  # FORCE, and the owner's policy
        # What is not confidential stays shared: the text, the partners' names.
        assert alice.execute("SELECT count(*) FROM sections").fetchone() == (len(sample.sections),)
        assert alice.execute("SELECT count(*) FROM medicen_partner.participations").fetchone() == (5,)


def _count(sample: ProposalDocument, participation_uuid: str) -> int:
    return sum(1 for b in sample.budget_lines if b.participation_uuid == participation_uuid)


def test_a_partner_cannot_write_another_partners_rows(server: Server, sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    with server.connect(server.alice) as alice:
        changed = alice.execute("UPDATE budget_lines SET amount = '1' WHERE participation_uuid = %s",
                                (partners["APHP"],))
        assert changed.rowcount == 0
        assert alice.execute("DELETE FROM team_members WHERE participation_uuid = %s",
                             (partners["APHP"],)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            alice.execute("UPDATE budget_lines SET participation_uuid = %s WHERE participation_uuid = %s",
                          (partners["APHP"], partners["QTB"]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            alice.execute(
                "INSERT INTO budget_lines (uuid, revision, proposal_uuid, participation_uuid, category, period, "
                "amount, person_months, description) SELECT 'forged', 1, proposal_uuid, %s, 'other', 1, '9', NULL, '' "
                "FROM medicen_partner.participations LIMIT 1", (partners["APHP"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("DELETE FROM partner_roles")
        # Her own rows she may change.
        assert alice.execute("UPDATE budget_lines SET description = 'mine' WHERE participation_uuid = %s",
                             (partners["QTB"],)).rowcount == _count(sample, partners["QTB"])
    with server.connect("postgres") as admin:
        assert admin.execute("SELECT count(*) FROM budget_lines WHERE amount = '1' OR uuid = 'forged'"
                             ).fetchone() == (0,)
        assert admin.execute("SELECT count(*) FROM team_members WHERE participation_uuid = %s",
                             (partners["APHP"],)).fetchone() == (2,)
        assert admin.execute("SELECT count(*) FROM budget_lines WHERE description = 'mine'").fetchone() == (
            _count(sample, partners["QTB"]),)


def test_a_partner_opens_the_proposal_in_the_app_and_sees_only_its_own_budget(server: Server,
                                                                             sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    db = Database.open(server.role_url(server.alice))
    try:
        document = proposals.get_document(db, "EPI-DIAG")
    finally:
        db.close()
    assert {b.participation_uuid for b in document.budget_lines} == {partners["QTB"]}
    assert {m.participation_uuid for m in document.team_members} == {partners["QTB"]}
    assert len(document.sections) == len(sample.sections)


def test_running_it_again_keeps_the_roles_and_their_members(server: Server, sample: ProposalDocument,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    partners = _setup(server, sample)
    assert main(["--db", server.role_url(server.coordinator), "server-roles", "EPI-DIAG", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(row["participation_uuid"] for row in out) == sorted(partners.values())
    assert not any(row["created"] for row in out)
    with server.connect(server.alice) as alice:
        assert set(_rows(alice, "budget_lines")) == {partners["QTB"]}


def test_refused_on_sqlite_and_for_a_role_that_does_not_own_the_tables(server: Server, sample: ProposalDocument,
                                                                       tmp_path: object,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", f"{tmp_path}/one.db", "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", f"{tmp_path}/one.db", "server-roles", "EPI-DIAG"]) == 2
    assert "row-level security needs a PostgreSQL database" in capsys.readouterr().err
    _setup(server, sample)
    with server.connect("postgres") as admin:
        policies = admin.execute("SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2").fetchall()
        # owner + partner on six tables and the journal, insert policies on the blobs, the journal and the
        # audit log, the owner's alone on the versions and exchange tables (store.server_security)
        assert len(policies) == 23
        forced = admin.execute("SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity").fetchall()
        assert sorted(r[0] for r in forced) == sorted((*CONFIDENTIAL, "attachments", "attachment_blobs",
                                                       "change_journal", "audit_log", *server_security.OWNER_ONLY))
        admin.execute(f'ALTER ROLE "{server.alice}" CREATEROLE')
    assert main(["--db", server.role_url(server.alice), "server-roles", "EPI-DIAG"]) == 2
    assert f"the tables belong to '{server.coordinator}'" in capsys.readouterr().err
    with server.connect("postgres") as admin:
        assert admin.execute("SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2").fetchall() == policies
        assert admin.execute("SELECT count(*) FROM partner_roles").fetchone() == (5,)


def test_a_partner_edits_its_own_rows_through_the_app_and_cannot_reach_anothers(server: Server,
                                                                              sample: ProposalDocument) -> None:
    from medicen_desktop.errors import NotFound
    from medicen_desktop.services import edit

    partners = _setup(server, sample)
    own = next(b for b in sample.budget_lines if b.participation_uuid == partners["QTB"])
    other = next(b for b in sample.budget_lines if b.participation_uuid == partners["APHP"])
    db = Database.open(server.role_url(server.alice))
    try:
        edit.update_fields(db, "budget_lines", own.uuid, {"description": "Séquençage, tarif négocié"})
        with pytest.raises(NotFound):
            edit.update_fields(db, "budget_lines", other.uuid, {"description": "écrasé"})
    finally:
        db.close()
    with server.connect(server.coordinator) as coordinator:
        rows = dict(coordinator.execute("SELECT uuid, description FROM budget_lines WHERE uuid IN (%s, %s)",
                                        (own.uuid, other.uuid)).fetchall())
    assert rows == {own.uuid: "Séquençage, tarif négocié", other.uuid: other.description}


def test_a_partners_attachment_and_its_content_are_invisible_to_the_others(server: Server,
                                                                         sample: ProposalDocument) -> None:
    from medicen_desktop.errors import NotFound
    from medicen_desktop.services import attachments

    partners = _setup(server, sample)
    cv = b"%PDF-1.4 CV of Dr A. Martin, confidential\n"
    alice_db, bob_db = Database.open(server.role_url(server.alice)), Database.open(server.role_url(server.bob))
    try:
        proposal = proposals.resolve(alice_db, "EPI-DIAG")
        attachments.add_attachment(alice_db, proposal, cv, "cv-martin.pdf", participation_uuid=partners["QTB"])
        sha = attachments.list_attachments(alice_db, proposal)[0].sha256
        assert attachments.read_content(alice_db, sha) == cv
        assert attachments.list_attachments(bob_db, proposal) == []
        with pytest.raises(NotFound):
            attachments.read_content(bob_db, sha)
        # The same bytes attached by another partner: stored once, each sees it through its own annex.
        attachments.add_attachment(bob_db, proposal, cv, "same.pdf", participation_uuid=partners["APHP"])
        assert attachments.read_content(bob_db, sha) == cv
        assert [a.filename for a in attachments.list_attachments(bob_db, proposal)] == ["same.pdf"]
    finally:
        alice_db.close()
        bob_db.close()
    with server.connect(server.coordinator) as coordinator:
        assert coordinator.execute("SELECT count(*) FROM attachments").fetchone() == (2,)
        assert coordinator.execute("SELECT count(*) FROM attachment_blobs").fetchone() == (1,)


def test_a_login_not_yet_granted_its_partner_role_is_told_so(server: Server, sample: ProposalDocument,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    _setup(server, sample)
    with server.connect("postgres") as admin:
        admin.execute(f'CREATE ROLE "{server.alice}_new" LOGIN')
    assert main(["--db", server.role_url(f"{server.alice}_new"), "list"]) == 2
    err = capsys.readouterr().err
    assert "permission denied for table alembic_version" in err
    assert "ask the coordinator to grant you your partner's role" in err


def test_the_coordinators_backup_with_pg_dump_holds_every_partners_rows(server: Server, sample: ProposalDocument,
                                                                       tmp_path: object) -> None:
    """The README's backup command: the owner is under FORCE ROW LEVEL SECURITY, so pg_dump needs
    --enable-row-security (without it pg_dump refuses rather than dump a partial table)."""
    import subprocess

    _setup(server, sample)
    dump = f"{tmp_path}/epidiag.dump"
    command = [str(server.server.bindir / "pg_dump"), "-h", str(server.server.socket), "-U", server.coordinator,
               "-d", server.name, "-Fc", "-f", dump]
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode != 0 and "row-level security" in refused.stderr
    subprocess.run([*command, "--enable-row-security"], check=True, capture_output=True)
    restored = server.server.create_database()
    target = restored.split("?", 1)[0].rsplit("/", 1)[1]
    subprocess.run([str(server.server.bindir / "pg_restore"), "-h", str(server.server.socket), "-U", "postgres",
                    "-d", target, dump], check=True, capture_output=True)
    with psycopg.connect(f"host={server.server.socket} user=postgres dbname={target}") as copy:
        for table in CONFIDENTIAL:
            assert copy.execute(f"SELECT count(*) FROM {table}").fetchone() == (len(getattr(sample, table)),)
        assert copy.execute("SELECT count(*) FROM pg_policies").fetchone() == (23,)
