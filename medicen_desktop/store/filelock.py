"""Advisory locks on files being written, so a dead writer's leftovers can be told from a living one's.

A process writing a temporary file holds an exclusive ``flock`` on it until
the file is renamed into place or removed; the kernel drops the lock when the
process dies, however it dies. Whoever later finds the file unlocked knows
its writer is gone. Where ``flock`` does not exist (Windows) every lock is
taken as held and the callers fall back on the file's age.
"""

from __future__ import annotations

import sys

HAS_LOCKS = sys.platform != "win32"


def lock(handle: int, *, wait: bool) -> bool:
    """Take the exclusive lock on an open file: True when held (always True where locks do not exist)."""
    if not HAS_LOCKS:
        return True
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True
