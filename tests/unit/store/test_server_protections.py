"""The team server's protections: a partner writes journal entries of its own scope only, and protections that
changed without a migration are renewed at the coordinator's next open (a partner's login is told so)."""

from __future__ import annotations

import psycopg
import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.store import server_security
from medicen_desktop.store.database import Database
from medicen_desktop.store.errors import DatabaseError
from tests.postgres import PostgresServer, postgres_server  # noqa: F401 - fixture
from tests.unit.store.test_row_level_security import Server, _setup, server  # noqa: F401 - fixture

pytestmark = pytest.mark.slow

_ENTRY = ("INSERT INTO change_journal (proposal_uuid, revision, list_name, entity_uuid, field, before, after, actor, "
          "partner_scope) VALUES (%s, 1, 'participations', %s, 'contact_email', NULL, '\"x\"', 'forger', %s)")


def _journal_entry(connection: psycopg.Connection, sample: ProposalDocument, scope: str | None) -> None:
    connection.execute(_ENTRY, (sample.proposal.uuid, scope or sample.participations[0].uuid, scope))


def test_a_partner_adds_journal_entries_of_its_own_scope_or_shared_only(server: Server,  # noqa: F811
                                                                        sample: ProposalDocument) -> None:
    partners = _setup(server, sample)
    with server.connect(server.alice) as alice:
        _journal_entry(alice, sample, partners["QTB"])  # hers
        _journal_entry(alice, sample, None)  # shared
        for forged in (partners["APHP"], ""):  # another partner's, or the owner's only
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
                _journal_entry(alice, sample, forged)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("UPDATE app_info SET value = 'x' WHERE key = %s", (server_security.PROTECTION_KEY,))
    with server.connect(server.coordinator) as coordinator:
        scopes = coordinator.execute("SELECT partner_scope FROM change_journal WHERE actor = 'forger' "
                                     "ORDER BY partner_scope NULLS FIRST").fetchall()
        assert scopes == [(None,), (partners["QTB"],)]


def test_protections_changed_without_a_migration_are_renewed_by_the_coordinators_open(
        server: Server, sample: ProposalDocument) -> None:  # noqa: F811
    partners = _setup(server, sample)
    with server.connect(server.coordinator) as coordinator:
        assert coordinator.execute("SELECT value FROM app_info WHERE key = %s",
                                   (server_security.PROTECTION_KEY,)).fetchone() == (server_security.PROTECTION_VERSION,)
        # As an older version left them: the journal open to any insert, its version recorded.
        coordinator.execute("DROP POLICY medicen_partner_insert ON change_journal")
        coordinator.execute("CREATE POLICY medicen_partner_insert ON change_journal FOR INSERT WITH CHECK (true)")
        coordinator.execute("UPDATE app_info SET value = '1' WHERE key = %s", (server_security.PROTECTION_KEY,))
    with pytest.raises(DatabaseError, match="only the coordinator may renew them"):
        Database.open(server.role_url(server.alice))
    with server.connect(server.alice) as alice:  # the partner's open changed nothing
        _journal_entry(alice, sample, partners["APHP"])
    Database.open(server.role_url(server.coordinator)).close()  # renews them
    with server.connect(server.alice) as alice:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            _journal_entry(alice, sample, partners["APHP"])
    with server.connect(server.coordinator) as coordinator:
        assert coordinator.execute("SELECT value FROM app_info WHERE key = %s",
                                   (server_security.PROTECTION_KEY,)).fetchone() == (server_security.PROTECTION_VERSION,)
    Database.open(server.role_url(server.alice)).close()  # now current: the partner opens as before
