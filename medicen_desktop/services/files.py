"""Writing the user's files without ever leaving half of one: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


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


def replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then rename it over ``target``.

    A failure (disk full, folder gone, interrupted) leaves ``target`` as it
    was and no temporary file behind; the exception goes on.
    """
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
