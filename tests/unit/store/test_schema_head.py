"""The Alembic-free revision constants equal the migration scripts."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory

from medicen_desktop.store import migrations, schema_head


def test_head_is_alembics_head() -> None:
    assert schema_head.HEAD == migrations.head_revision()


def test_known_revisions_are_the_scripts_oldest_first() -> None:
    scripts = ScriptDirectory.from_config(migrations._config())
    walked = [script.revision for script in scripts.walk_revisions()]
    assert list(schema_head.KNOWN_REVISIONS) == list(reversed(walked))


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "medicen.db"
    from medicen_desktop.store.database import Database

    Database.open(path).close()
    code = (
        "import sys\nfrom medicen_desktop.store.database import Database\n"
        "Database.open(sys.argv[1]).close()\nprint('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
