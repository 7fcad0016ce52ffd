"""One writer of the concurrency tests: a process making field edits as a user would, printing each outcome.

``python -m tests.concurrency_worker DB PROPOSAL WORKER EDITS TARGET...``:
for each edit, read the proposal's revision (what the user looked at), then
``set`` one of the TARGETs (in turn) to a value no other edit uses, based
on that revision. One JSON line per edit: the target, the value, the base
revision and the outcome ("landed" with the revision written, "conflict",
or "error" with the message, which the test refuses).
"""

from __future__ import annotations

import json
import sys

from medicen_desktop.errors import MedicenError, WriteConflict
from medicen_desktop.services import fields, revisions
from medicen_desktop.store.database import Database


def main(location: str, proposal: str, worker: int, edits: int, targets: list[str]) -> None:
    db = Database.open(location)
    db.user = f"worker-{worker}"
    try:
        for number in range(edits):
            target = targets[number % len(targets)]
            value = f"w{worker}-e{number}"
            base = revisions.current_revision(db, proposal)
            outcome: dict[str, object] = {"target": target, "value": value, "base": base}
            try:
                done = fields.set_field(db, proposal, target, value, base_revision=base)
                outcome.update(status="landed", changed=bool(done.change.after))
            except WriteConflict as exc:
                outcome.update(status="conflict", stored=[c.ours for c in exc.conflicts])
            except MedicenError as exc:
                outcome.update(status="error", message=str(exc))
            print(json.dumps(outcome), flush=True)
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:])
