"""Writing the user's files without ever leaving half of one: a temporary file beside it, then a rename.

A temporary file is ``.NAME.<12 hex>.part`` and its writer holds an exclusive
lock on it until the rename. A writer killed midway (kill -9, power cut)
leaves its ``.part`` unlocked: the next write into the same folder removes
such litter (``sweep_litter``), never a file another process is still writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medicen_desktop.errors import Refused
from medicen_desktop.store.filelock import HAS_LOCKS, lock
from medicen_desktop.store.location import is_database_file

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


def refuse_database_file(database: Path, path: str | os.PathLike[str]) -> None:
    """``refuse_database`` for the SQLite file ``database`` not opened (a read-only command's output)."""
    if is_database_file(database, path):
        raise OverwritesDatabase(path)


_PART = re.compile(r"\..+\.[0-9a-f]{12}\.part")
"""The name of a temporary file of ours (``temporary_beside``)."""
_FRESH_SECONDS = 2.0
"""A ``.part`` younger than this may be between its creation and its writer's lock: left alone."""
_ORPHAN_SECONDS_WITHOUT_LOCKS = 24 * 3600.0
"""Where files cannot be locked (Windows), a ``.part`` this old is taken as a dead writer's."""


def sweep_litter(folder: Path) -> list[Path]:
    """Remove the temporary files of writers that died in ``folder`` (see the module docstring).

    A file another process is writing is locked and stays. Returns what was
    removed; a file that cannot be opened or removed is left as it is.
    """
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not _PART.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if age < _FRESH_SECONDS or (not HAS_LOCKS and age < _ORPHAN_SECONDS_WITHOUT_LOCKS):
                    continue
                handle = os.open(entry.path, os.O_RDONLY)
                try:
                    if lock(handle, wait=False):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
                finally:
                    os.close(handle)
    return removed


def temporary_beside(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file next to ``target``: (open handle, path).

    The handle holds the file's lock until it is closed: close it only once
    the file is renamed into place or removed. Dead writers' temporary files in
    the same folder are swept first. Unlike ``tempfile.mkstemp`` (mode 0600),
    it gets the mode any file the user saves gets (0666 less the umask), so
    the file renamed over ``target`` is readable by colleagues in a shared folder.
    """
    folder = target.parent if str(target.parent) else Path(".")
    sweep_litter(folder)
    for _ in range(100):
        temp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        lock(handle, wait=True)
        return handle, temp
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
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)  # the lock goes with it, once the file is in place or gone


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a synced temporary file in the same folder (see ``replace_atomically``)."""
    def write(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    replace_atomically(path, write)


@dataclass
class Staged:
    """A file written beside its final name and still locked by this process: ``publish`` or ``discard`` it."""

    path: Path
    handle: int

    def publish(self, target: Path) -> None:
        """Rename the staged file over ``target`` (through a symbolic link, as ``replace_atomically``)."""
        try:
            os.replace(self.path, final_target(target))
        finally:
            os.close(self.handle)

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self.handle)


def stage_beside(target: Path, data: bytes) -> Staged:
    """Write ``data`` (synced) to a temporary file beside ``target``; ``Staged.publish`` renames it.

    For a file a database record stands for (a package and its secret): stage
    it inside the transaction, publish it after the commit, so that a crash
    never leaves a file whose record was never committed (a crash between the
    two leaves an unlocked ``.part``, swept at the next write). Raises
    NotARegularFile, OSError (then nothing is left behind).
    """
    target = final_target(target)
    handle, temporary = temporary_beside(target)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
        os.fsync(handle)
    except BaseException:
        temporary.unlink(missing_ok=True)
        os.close(handle)
        raise
    return Staged(temporary, handle)
