"""What every subcommand shares: the database location, errors, proposal lookup.

Imported before any handler runs, so it imports no library itself: the
database (SQLAlchemy) and the snapshot (pydantic) load when a command first
asks for them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from medicen_desktop.errors import MedicenError, WriteConflict
from medicen_desktop.store.location import database_location, sync_warning

if TYPE_CHECKING:
    from medicen_desktop.document.errors import InterchangeError
    from medicen_desktop.document.schema import ProposalDocument
    from medicen_desktop.store.database import Database


class CommandError(MedicenError):
    """A command failed for a reason the user can act on; ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """The state one CLI invocation shares between parsing and its handler."""

    def __init__(self, db: str | None) -> None:
        self._location = db
        self._database: Database | None = None
        self._warned = False

    def database_location(self) -> str:
        return database_location(self._location)

    def database(self) -> Database:
        """Open (and create or upgrade) the database on first use."""
        from medicen_desktop.store.database import Database, DatabaseError

        if self._database is None:
            try:
                self._database = Database.open(self.database_location())
            except DatabaseError as exc:
                raise CommandError(str(exc)) from None
            self._warn_if_synced(self._database.path)
        return self._database

    def may_have_comments(self, proposal_uuid: str) -> bool:
        """False only when the SQLite file says the proposal has no comment thread (read without the ORM)."""
        path = self._file()
        if self._database is not None or path is None:
            return True
        from medicen_desktop.store.quick_snapshot import has_comments

        return has_comments(path, proposal_uuid) is not False

    def _file(self) -> Path | None:
        """The SQLite file of a plain path location (None for a URL)."""
        location = self.database_location()
        return None if "://" in location else Path(location).expanduser()

    def _warn_if_synced(self, path: Path | None) -> None:
        if path is not None and not self._warned:
            self._warned = True
            warning = sync_warning(path)
            if warning is not None:
                print(f"medicen-desktop: warning: {warning}", file=sys.stderr)

    def document(self, ref: str) -> ProposalDocument:
        """The snapshot of the proposal named by UUID or acronym, for a command that only reads it:
        from a SQLite file without the ORM when the file allows (``services.lookup.read_document``)."""
        from medicen_desktop.services import lookup

        try:
            if self._database is not None:
                return lookup.get_document(self._database, ref)
            self._warn_if_synced(self._file())  # a file not ours raises DatabaseError: main says it, exit 2
            return lookup.read_document(self.database_location(), ref, self.database)
        except lookup.ProposalNotFound as exc:
            raise CommandError(str(exc)) from None

    def check_output(self, output: str) -> None:
        """Refuse an empty output name, and an output file that is the database itself (or its
        -wal/-shm/-journal companions)."""
        if not output.strip():
            raise CommandError("-o/--output: the file name is empty; name the file to write")
        if output.endswith(("/", "\\")) or Path(output).is_dir():
            raise CommandError(f"{output}: is a folder; name the file to write in it")
        from medicen_desktop.services import files  # not at import: `--help` and `list` stay light

        path = self._file()
        if self._database is None and path is not None:
            files.refuse_database_file(path, output)  # without opening it: a read-only command may never need to
        else:
            files.refuse_database(self.database(), output)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None


def read_input_file(path: str) -> bytes:
    """Read a user-named file, turning OS errors into one-line messages."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot read ({exc.strerror})") from None


def refused(exc: InterchangeError) -> CommandError:
    return CommandError(str(exc), exit_code=2)


def _shown_value(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


def print_conflicts(where: str, exc: WriteConflict) -> None:
    """List a refused write's conflicts on stderr: one line each, what is stored and what was wanted."""
    print(f"medicen-desktop: {where}: {exc}; nothing written", file=sys.stderr)
    for conflict in exc.conflicts:
        label = f"{conflict.list_name} {conflict.uuid}" + (f" {conflict.field}" if conflict.field else "")
        print(f"  conflict: {label}: stored {_shown_value(conflict.ours)}, "
              f"wanted {_shown_value(conflict.theirs)} (was {_shown_value(conflict.base)})", file=sys.stderr)
