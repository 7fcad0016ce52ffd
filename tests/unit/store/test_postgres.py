"""The same storage code on PostgreSQL: migrations, round trip, revisions, CLI by URL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm.exc import StaleDataError

from medicen_desktop.cli import main
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.model import Section
from medicen_desktop.services import edit, proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database, DatabaseError
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


def test_sample_round_trips_on_postgres(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    db = Database.open(pg_url)
    try:
        assert migrations.current_revision(db._write_engine) == migrations.head_revision()
        proposals.import_document(db, sample)
        back = proposals.get_document(db, "épi-diag")
        for name in ENTITY_LISTS:
            assert sorted(getattr(back, name), key=lambda e: e.uuid) == sorted(getattr(sample, name), key=lambda e: e.uuid)
        change = edit.update_fields(db, "sections", sample.sections[0].uuid, {"body": "µ ≤ ± β\x0b"})
        assert change.after == {"body": "µ ≤ ± β\\\n"}
        with pytest.raises(edit.StaleEdit):
            edit.update_fields(db, "sections", sample.sections[0].uuid, {"body": "x"}, expected_revision=1)
    finally:
        db.close()


def test_lost_update_is_detected_on_postgres(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    db = Database.open(pg_url)
    try:
        proposals.import_document(db, sample)
        with db._writer() as first, db._writer() as second:
            a = first.get(Section, sample.sections[0].uuid)
            b = second.get(Section, sample.sections[0].uuid)
            a.body, a.revision = "première", a.revision + 1
            first.commit()
            b.body, b.revision = "seconde", b.revision + 1
            with pytest.raises(StaleDataError):
                second.commit()
    finally:
        db.close()


def test_cli_by_url_and_reopen(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    assert main(["--db", pg_url, "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    assert main(["--db", pg_url, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["uuid"] == uuid


def test_another_applications_postgres_database_is_refused(pg_url: str) -> None:  # noqa: F811
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id serial primary key)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="a database of another application \\(tables: invoices\\)"):
        Database.open(pg_url)


def test_a_stale_row_is_a_message_never_a_raw_stale_data_error(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    from medicen_desktop.store.errors import EnvironmentFault

    db = Database.open(pg_url)
    try:
        proposals.import_document(db, sample)
        with pytest.raises(EnvironmentFault, match="another writer changed the same data"), \
                db.transaction() as session:
            mine = session.get(Section, sample.sections[0].uuid)
            assert mine is not None
            with db._writer() as sneaky:  # a writer that does not take the write lock
                theirs = sneaky.get(Section, sample.sections[0].uuid)
                theirs.body, theirs.revision = "leur texte", theirs.revision + 1
                sneaky.commit()
            mine.body, mine.revision = "mon texte", mine.revision + 1
        stored = proposals.get_document(db, sample.proposal.uuid).sections
        assert next(s.body for s in stored if s.uuid == sample.sections[0].uuid) == "leur texte"
    finally:
        db.close()


def test_writers_notify_listeners(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    from medicen_desktop.store.changes import watcher_for

    db = Database.open(pg_url)
    try:
        proposals.import_document(db, sample)
        watcher = watcher_for(None, db.url)
        try:
            assert not watcher.wait(0.1)
            edit.update_fields(db, "proposal", sample.proposal.uuid, {"title": "Notifié"})
            assert watcher.wait(2.0)
        finally:
            watcher.close()
    finally:
        db.close()


def test_a_read_sees_one_snapshot_while_others_commit(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    """A proposal read table by table is one revision, never half of a write committed meanwhile:
    the base of a three-way merge (services.revisions.base_at) is read that way."""
    from sqlalchemy import select

    from medicen_desktop.model import Proposal

    db = Database.open(pg_url)
    try:
        proposals.import_document(db, sample)
        section = sample.sections[0].uuid
        with db.read() as session:
            revision = session.scalar(select(Proposal.revision).where(Proposal.uuid == sample.proposal.uuid))
            edit.update_fields(db, "sections", section, {"title": "Écrit entre-temps"})  # another unit of work
            seen = session.scalar(select(Section.title).where(Section.uuid == section))
            assert session.scalar(select(Proposal.revision).where(Proposal.uuid == sample.proposal.uuid)) == revision
        assert seen == sample.sections[0].title
        stored = proposals.get_document(db, sample.proposal.uuid).sections
        assert next(s.title for s in stored if s.uuid == section) == "Écrit entre-temps"
    finally:
        db.close()


def test_every_write_journals_and_notifies_its_revision(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    """One field (the entry and the NOTIFY in one statement) and several fields (batched, then notified):
    the journal holds every change and listeners get "proposal:revision" of the revision written."""
    import psycopg

    from medicen_desktop.services import revisions
    from medicen_desktop.store.changes import CHANNEL

    db = Database.open(pg_url)
    listener = psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    try:
        uuid = proposals.import_document(db, sample)
        listener.execute(f"LISTEN {CHANNEL}")
        one = edit.update_fields(db, "proposal", uuid, {"title": "Un seul champ"})
        two = edit.update_fields(db, "proposal", uuid, {"title": "Deux champs", "acronym": "DEUX"})
        payloads = [n.payload for n in listener.notifies(timeout=5, stop_after=2)]
        assert payloads == [f"{uuid}:{one.revision}", f"{uuid}:{two.revision}"]
        changes = revisions.changes_since(db, uuid, one.revision - 1)
        assert sorted(f for _l, _u, f in changes.fields if f) == ["acronym", "title"]
        assert changes.revision == two.revision
    finally:
        listener.close()
        db.close()


def test_a_burst_of_commits_wakes_a_listener_once(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    """Ten commits before the window looks: one look reads them all, the next wait finds nothing new."""
    from medicen_desktop.store.changes import watcher_for

    db = Database.open(pg_url)
    try:
        proposals.import_document(db, sample)
        watcher = watcher_for(None, db.url)
        try:
            for n in range(10):
                edit.update_fields(db, "proposal", sample.proposal.uuid, {"title": f"Rafale {n}"})
            assert watcher.wait(2.0)
            assert not watcher.wait(0.2)
            edit.update_fields(db, "proposal", sample.proposal.uuid, {"title": "Encore"})
            assert watcher.wait(2.0)
        finally:
            watcher.close()
    finally:
        db.close()


def test_a_window_is_woken_by_its_own_proposals_commits_only(pg_url: str, sample: ProposalDocument) -> None:  # noqa: F811
    from medicen_desktop.store.changes import watcher_for

    db = Database.open(pg_url)
    try:
        mine = proposals.import_document(db, sample)
        other = proposals.duplicate(db, mine, "AUTRE")
        watcher = watcher_for(None, db.url, mine)
        try:
            edit.update_fields(db, "proposal", other, {"title": "Une autre proposition"})
            assert not watcher.wait(0.3)
            edit.update_fields(db, "proposal", mine, {"title": "La mienne"})
            assert watcher.wait(2.0)
        finally:
            watcher.close()
    finally:
        db.close()
