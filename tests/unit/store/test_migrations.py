"""Migrations: an older database is upgraded on open, its data kept and backed up first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from medicen_desktop.services import proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database


def _downgrade(db_path: Path, target: str) -> None:
    engine = migrations._migration_engine(f"sqlite+pysqlite:///{db_path}")
    try:
        with engine.begin() as connection:
            config = migrations._config()
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()


def _old_sample(db: Database) -> str:
    """The sample without what only a newer schema holds (a cost item's work package and justification, 0008_cost):
    a downgrade drops those columns, so the round trip compares what the old schema could keep. Equipment items
    come back from 0010_depr charged at 100 %: their purchase cost is their amount."""
    from decimal import Decimal

    from medicen_desktop.document.sample import make_sample

    sample = make_sample()
    lines = [b.model_copy(update={"work_package_uuid": None, "justification": "", **(
        {"purchase_cost": b.amount, "use_percent": Decimal(100)} if b.category == "equipment" else {})})
             for b in sample.budget_lines]
    return proposals.import_document(db, sample.model_copy(update={"budget_lines": lines}))


def test_database_at_first_migration_is_upgraded_with_data_kept(db: Database, db_path: Path) -> None:
    sample_in_db = _old_sample(db)
    before = proposals.export_json(db, sample_in_db)
    db.close()
    _downgrade(db_path, "0001")
    engine = create_engine(f"sqlite:///{db_path}")
    assert "updated_at" not in {c["name"] for c in inspect(engine).get_columns("proposals")}
    assert migrations.current_revision(engine) == "0001"
    engine.dispose()

    upgraded = Database.open(db_path)
    try:
        assert migrations.current_revision(upgraded._write_engine) == migrations.head_revision()
        # Batch mode recreated the parent table: no child row may have been cascaded away.
        assert proposals.export_json(upgraded, sample_in_db) == before
        backups = list(db_path.parent.glob("medicen.db.before-0001-*.bak"))
        assert len(backups) == 1
        backup = Database.open(backups[0], upgrade=False)
        try:
            assert migrations.current_revision(backup._read_engine) == "0001"
        finally:
            backup.close()
    finally:
        upgraded.close()


def test_migrations_match_the_models(db: Database) -> None:
    """The migration history builds exactly the schema the ORM models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from medicen_desktop.model import Base

    with db._read_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_backup_killed_midway_leaves_no_partial_file_after_the_next_upgrade(db: Database, db_path: Path) -> None:
    """#15: a crash during the pre-upgrade backup left ``….bak.part``; the next backup removes it (unlocked:
    its writer is dead) and the database upgrades with its data."""
    import os
    import signal
    import subprocess
    import sys

    sample_in_db = _old_sample(db)
    before = proposals.export_json(db, sample_in_db)
    db.close()
    _downgrade(db_path, "0007")
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sqlite3, sys\n"
        "from pathlib import Path\n"
        "from medicen_desktop.store import migrations\n"
        "def die(handle):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)  # the copy written, not yet synced nor renamed\n"
        "os.fsync = die\n"
        "migrations.backup_sqlite(Path(sys.argv[1]), '0007')\n"), str(db_path)], check=False)
    assert killed.returncode == -signal.SIGKILL
    [partial] = db_path.parent.glob("medicen.db.before-0007-*.bak.part")
    assert not list(db_path.parent.glob("medicen.db.before-*.bak"))  # nothing named like a complete backup
    upgraded = Database.open(db_path)
    try:
        assert proposals.export_json(upgraded, sample_in_db) == before
    finally:
        upgraded.close()
    assert not partial.exists() and not list(db_path.parent.glob("*.part"))
    assert len(list(db_path.parent.glob("medicen.db.before-0007-*.bak"))) == 1
    assert os.path.getsize(next(db_path.parent.glob("medicen.db.before-0007-*.bak"))) > 0
