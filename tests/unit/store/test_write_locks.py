"""PostgreSQL write locks: writers of one proposal wait for each other, writers of another do not,
and a database-wide writer waits for them all (and they for it).

Each blocked writer runs in a thread; "it waits" is read from ``pg_locks`` (a lock
requested and not granted), never from a timer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import psycopg
import pytest

from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


class Writer(threading.Thread):
    """A write in a thread of its own: ``error`` holds what it raised."""

    def __init__(self, write: Callable[[], object]) -> None:
        super().__init__(daemon=True)
        self.write, self.error = write, None

    def run(self) -> None:
        try:
            self.write()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


def _waiting(url: str) -> int:
    """How many advisory locks are requested and not granted now."""
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        row = connection.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").fetchone()
        return int(row[0]) if row else 0


def _until_waiting(url: str, writer: Writer, count: int = 1) -> None:
    done = threading.Event()
    for _ in range(500):
        if _waiting(url) >= count:
            return
        assert writer.is_alive(), writer.error
        done.wait(0.02)
    raise AssertionError("the writer never waited for the lock")


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Database, str, str]]:  # noqa: F811
    db = Database.open(pg_url)
    first = proposals.create_demo(db)
    second = proposals.duplicate(db, first, "SECOND")
    yield db, first, second
    db.close()


def test_a_writer_of_another_proposal_does_not_wait(two: tuple[Database, str, str]) -> None:
    db, first, second = two
    other = Database.open(db.url)
    try:
        theirs = proposals.get_document(db, second).sections[0].uuid
        with db.transaction(proposal=first):  # a writer of the first proposal, mid-transaction
            done = Writer(lambda: edit.update_fields(other, "sections", theirs, {"title": "Pas d'attente"}))
            done.start()
            done.join(30)
            assert not done.is_alive() and done.error is None, done.error
        assert proposals.get_document(db, second).sections[0].title == "Pas d'attente"
    finally:
        other.close()


def test_a_writer_of_the_same_proposal_waits_then_sees_the_first_write(two: tuple[Database, str, str]) -> None:
    db, first, _second = two
    other = Database.open(db.url)
    try:
        section = proposals.get_document(db, first).sections[0]
        with db.transaction(proposal=first) as session:
            from medicen_desktop.model import Section

            row = session.get(Section, section.uuid)
            assert row is not None
            row.title, row.revision = "Premier", row.revision + 1
            # Based on the title it showed before the first write: it must merge against "Premier".
            blocked = Writer(lambda: edit.update_fields(other, "sections", section.uuid, {"title": "Second"},
                                                        base={"title": section.title}))
            blocked.start()
            _until_waiting(db.url, blocked)
        blocked.join(30)
        assert isinstance(blocked.error, edit.WriteConflict), blocked.error  # the first write is not overwritten
        assert proposals.get_document(db, first).sections[0].title == "Premier"
    finally:
        other.close()


def test_a_database_wide_writer_and_a_proposal_writer_wait_for_each_other(two: tuple[Database, str, str]) -> None:
    db, first, second = two
    other = Database.open(db.url)
    try:
        document = proposals.get_document(db, second)
        organisation = document.organisations[0].uuid  # a shared profile: a database-wide write
        with db.transaction(proposal=first):
            wide = Writer(lambda: edit.update_fields(other, "organisations", organisation, {"short_name": "LARGE"}))
            wide.start()
            _until_waiting(db.url, wide)
        wide.join(30)
        assert wide.error is None, wide.error
        with db.transaction():  # database-wide
            narrow = Writer(lambda: edit.update_fields(other, "sections", document.sections[0].uuid,
                                                       {"title": "Après"}))
            narrow.start()
            _until_waiting(db.url, narrow)
        narrow.join(30)
        assert narrow.error is None, narrow.error
        after = proposals.get_document(db, second)
        assert after.sections[0].title == "Après"
        assert next(o for o in after.organisations if o.uuid == organisation).short_name == "LARGE"
    finally:
        other.close()
