"""Run one CLI command and kill it (SIGKILL) at its Nth write point: the deterministic half of the kill tests.

``python -m tests.kill_points N [--db DB] COMMAND ARGS...``: the points are,
in the order the command reaches them, each database commit (before the
DBAPI commit and once the session has committed), each ``fsync``, each
rename and removal of a file, and each file opened for writing (Python's
audit events; compiled-bytecode caches excepted). N = 0 runs the command to
the end and prints ``points: TOTAL`` and their names on stderr.
"""

from __future__ import annotations

import os
import signal
import sys

_TARGET = int(sys.argv[1])
_seen: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT


def _point(label: str) -> None:
    _seen.append(label)
    if len(_seen) == _TARGET:
        os.kill(os.getpid(), signal.SIGKILL)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "os.rename":
        _point(f"rename {os.path.basename(str(args[1]))}")
    elif event == "os.remove":
        _point(f"remove {os.path.basename(str(args[0]))}")
    elif event == "open" and isinstance(args[0], str):
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS)
        if writing and "__pycache__" not in path and not path.startswith(("/dev/", "/proc/")):
            _point(f"open {os.path.basename(path)}")


def main() -> int:
    real_fsync = os.fsync

    def fsync(handle: int) -> None:
        _point("fsync")
        real_fsync(handle)

    os.fsync = fsync
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    event.listen(Engine, "commit", lambda connection: _point("commit"))
    event.listen(Session, "after_commit", lambda session: _point("committed"))
    sys.addaudithook(_audit)
    from medicen_desktop.cli import main as cli

    code = cli(sys.argv[2:])
    if _TARGET == 0:
        print(f"points: {len(_seen)}", *_seen, sep="\n", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
