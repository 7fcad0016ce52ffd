"""Presence: recorded without touching the proposal, released on leaving, on closing and on a killed process,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.model import AuditEntry, JournalEntry, PresenceRow
from medicen_desktop.services import proposals, revisions
from medicen_desktop.store import presence
from medicen_desktop.store.database import Database
from medicen_desktop.store.presence import PresenceHolder, live
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

ROOT = Path(__file__).parents[3]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def location(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def opened(location: str, sample: ProposalDocument) -> Iterator[tuple[Database, str]]:
    db = Database.open(location)
    try:
        yield db, proposals.import_document(db, sample)
    finally:
        db.close()


def _counts(db: Database, uuid: str) -> tuple[int | None, int, int]:
    with db.read() as session:
        return (revisions.current_revision(db, uuid), session.scalar(select(func.count()).select_from(JournalEntry)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_claim_is_seen_and_changes_nothing_of_the_proposal(opened: tuple[Database, str]) -> None:
    db, uuid = opened
    before = _counts(db, uuid)
    claire = PresenceHolder(db, uuid, "Claire")
    claire.claim("section:methodology")
    claire.beat()
    marc = PresenceHolder(db, uuid, "Marc")
    marc.claim("section:methodology")
    seen = live(db, uuid)
    assert [(p.user, p.part) for p in seen] == [("Claire", "section:methodology"), ("Marc", "section:methodology")]
    assert seen[0].since <= seen[1].since <= dt.datetime.now(dt.UTC)
    claire.claim("section:clinical_need")
    assert {(p.user, p.part) for p in live(db, uuid)} == {("Claire", "section:clinical_need"),
                                                          ("Marc", "section:methodology")}
    assert _counts(db, uuid) == before  # no revision bump, no journal entry, no audit line
    claire.release()
    assert [p.user for p in live(db, uuid)] == ["Marc"]
    marc.close()
    claire.close()
    assert live(db, uuid) == []


def test_a_killed_process_is_released(opened: tuple[Database, str], location: str) -> None:
    db, uuid = opened
    with subprocess.Popen([sys.executable, "-m", "tests.presence_holder", location, uuid, "section:methodology",
                           "Claire"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
            assert [(p.user, p.pid) for p in live(db, uuid)] == [("Claire", holder.pid)]
        finally:
            holder.kill()  # SIGKILL: no goodbye, no release
            holder.wait()
    # PostgreSQL dropped the dead connection and its lock; on SQLite the process is gone from this host.
    deadline = dt.datetime.now() + dt.timedelta(seconds=5)
    while live(db, uuid) and dt.datetime.now() < deadline:  # the server notices the closed socket at once
        pass
    assert live(db, uuid) == []
    mine = PresenceHolder(db, uuid, "Marc")
    mine.claim("section:methodology")  # a claim clears the dead holder's row
    with db.read() as session:
        assert session.scalars(select(PresenceRow.user_name)).all() == ["Marc"]
    mine.close()


def test_sqlite_forgets_a_silent_holder_of_another_host(db: Database, sample_in_db: str) -> None:
    other = PresenceHolder(db, sample_in_db, "Claire")
    other.claim("section:methodology")
    with db.transaction() as session:
        session.execute(update(PresenceRow).values(host="another-laptop", pid=1))
    assert [p.host for p in live(db, sample_in_db)] == ["another-laptop"]  # its heartbeat is fresh
    old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=presence.EXPIRY_SECONDS + 1)
    with db.transaction() as session:
        session.execute(update(PresenceRow).values(heartbeat=old))
    assert live(db, sample_in_db) == []
    other.beat()  # still alive after all (a laptop back from sleep): present again
    assert [p.user for p in live(db, sample_in_db)] == ["Claire"]


@pytest.mark.slow
def test_a_partners_login_role_records_presence_the_coordinator_sees(postgres_server: Any,  # noqa: F811
                                                                       sample: ProposalDocument) -> None:
    """Not a superuser: a partner's own login role may take the lock, write its row, and others see it."""
    from tests.unit.store.test_row_level_security import Server, _setup

    server = Server(postgres_server)
    coordinator = Database.open(server.role_url(server.coordinator))
    try:
        uuid = proposals.import_document(coordinator, sample)
        _setup(server, sample)
        alice = Database.open(server.role_url(server.alice))
        alice.user = "Alice"
        holder = PresenceHolder(alice, uuid)
        holder.claim("section:methodology")
        assert [(p.user, p.part) for p in live(coordinator, uuid)] == [("Alice", "section:methodology")]
        assert [p.user for p in live(alice, uuid)] == ["Alice"]
        holder.close()
        assert live(coordinator, uuid) == []
        alice.close()
    finally:
        coordinator.close()
