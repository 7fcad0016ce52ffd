"""A team server's pooled connection dropped (server restarted, firewall): no ping per transaction, and yet a
write on a dropped connection is retried on a new one; a connection idle for a while is pinged and replaced; a
read on a connection dropped a moment ago fails once, with the environment's message, and the next one works."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from medicen_desktop.services import edit, proposals
from medicen_desktop.store import server_engine
from medicen_desktop.store.database import Database, EnvironmentFault
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures


@pytest.fixture
def server(pg_url: str) -> Any:  # noqa: F811
    db = Database.open(pg_url)
    yield db
    db.close()


def _drop_every_connection(db: Database) -> int:
    """What a server restart does to this process's pooled connections: the server ends them."""
    other = Database.open(db.url)
    try:
        with other.transaction() as session:
            return int(session.scalar(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")) or 0)
    finally:
        other.close()


def _pings(monkeypatch: pytest.MonkeyPatch, db: Database) -> list[int]:
    pings: list[int] = []
    dialect = db._write_engine.dialect
    original = dialect.do_ping
    monkeypatch.setattr(dialect, "do_ping", lambda connection: (pings.append(1), original(connection))[1])
    return pings


def test_transactions_in_a_row_pay_no_ping(server: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    uuid = proposals.create_demo(server)
    pings = _pings(monkeypatch, server)
    for n in range(20):
        edit.update_fields(server, "proposal", uuid, {"title": f"Titre {n}"})
        assert proposals.get_document(server, uuid).proposal.title == f"Titre {n}"
    assert pings == []


def test_a_write_on_a_dropped_connection_is_retried_on_a_new_one(server: Database) -> None:
    uuid = proposals.create_demo(server)
    assert _drop_every_connection(server) >= 1
    edit.update_fields(server, "proposal", uuid, {"title": "Après le redémarrage"})  # no error: reconnected
    assert proposals.get_document(server, uuid).proposal.title == "Après le redémarrage"


def test_an_idle_connection_is_pinged_and_replaced(server: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    uuid = proposals.create_demo(server)
    monkeypatch.setattr(server_engine, "PING_IDLE_SECONDS", 0.0)  # every pooled connection counts as idle
    pings = _pings(monkeypatch, server)
    assert _drop_every_connection(server) >= 1
    assert proposals.get_document(server, uuid).proposal.acronym  # a read: pinged, dropped, replaced
    assert pings


def test_a_read_on_a_connection_dropped_a_moment_ago_fails_once_then_reconnects(server: Database) -> None:
    uuid = proposals.create_demo(server)
    assert _drop_every_connection(server) >= 1
    with pytest.raises(EnvironmentFault, match="cannot reach the database server|try again|connection"):
        proposals.get_document(server, uuid)
    assert proposals.get_document(server, uuid).proposal.acronym
