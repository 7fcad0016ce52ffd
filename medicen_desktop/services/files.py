"""Writing the user's files without ever leaving half of one: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from medicen_desktop.errors import Refused

if TYPE_CHECKING:
    from medicen_desktop.store.database import Database


class OverwritesDatabase(Refused):
    """The output file is the open database (or its -wal/-shm/-journal companion): writing it would destroy the data."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: this is the database file; choose another name for the output")


def refuse_database(db: Database, path: str | os.PathLike[str]) -> None:
    """Raise OverwritesDatabase when ``path`` is ``db``'s own file: every face (CLI, GUI) asks here before writing."""
    if db.owns_file(path):
        raise OverwritesDatabase(path)


def temporary_beside(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file next to ``target``: (open handle, path).

    Unlike ``tempfile.mkstemp`` (mode 0600), it gets the mode any file the
    user saves gets (0666 less the umask), so the file renamed over
    ``target`` is readable by colleagues in a shared folder.
    """
    folder = target.parent if str(target.parent) else Path(".")
    for _ in range(100):
        temp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: no free temporary name")


class NotARegularFile(Refused):
    """The output path is a pipe, a device or a socket: writing "through" it would not make a file."""


def final_target(target: Path) -> Path:
    """Where writing ``target`` lands: a symbolic link is written through to the file it points to
    (the link stays); a FIFO, a device or a socket is refused (NotARegularFile)."""
    resolved = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        return resolved
    except OSError:
        return resolved  # unreadable: the write itself says why
    if not stat.S_ISREG(mode):
        raise NotARegularFile(f"{target}: not a regular file (a device, a pipe or a socket); choose a file name")
    return resolved


def replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then rename it over ``target``.

    A failure (disk full, folder gone, interrupted) leaves ``target`` as it
    was and no temporary file behind; the exception goes on. A symbolic link
    is written through (its target is replaced, the link stays); a FIFO or a
    device raises NotARegularFile before anything is written.
    """
    target = final_target(target)
    handle, temporary = temporary_beside(target)
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a synced temporary file in the same folder (see ``replace_atomically``)."""
    def write(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    replace_atomically(path, write)


def stage_beside(target: Path, data: bytes) -> Path:
    """Write ``data`` (synced) to a temporary file beside ``target`` and return it; ``publish`` renames it.

    For a file a database record stands for (a package and its secret): stage
    it inside the transaction, publish it after the commit, so that a crash
    never leaves a file whose record was never committed. Raises
    NotARegularFile, OSError (then nothing is left behind).
    """
    target = final_target(target)
    handle, temporary = temporary_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def publish(temporary: Path, target: Path) -> None:
    """Rename a staged file over ``target`` (through a symbolic link, as ``replace_atomically``)."""
    os.replace(temporary, final_target(target))
