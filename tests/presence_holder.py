"""A process holding presence, to be killed by a test: ``python -m tests.presence_holder DB PROPOSAL PART USER``.

Claims PART of PROPOSAL as USER, prints "claimed" and waits on its standard
input without ever releasing: only its death (kill -9) can end its presence.
"""

from __future__ import annotations

import sys

from medicen_desktop.store.database import Database
from medicen_desktop.store.presence import PresenceHolder


def main(location: str, proposal: str, part: str, user: str) -> None:
    db = Database.open(location)
    holder = PresenceHolder(db, proposal, user)
    holder.claim(part)
    print("claimed", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main(*sys.argv[1:5])
