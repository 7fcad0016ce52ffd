"""Writers of two proposals and of a profile they share, at once on PostgreSQL: nothing lost.

A field edit locks only its proposal (``Database.transaction(proposal=...)``);
an edit of an organisation profile, which belongs to every proposal it takes
part in, takes the database-wide lock. Two processes edit one proposal each,
two more edit the shared profile's short name (based on the first proposal's
revision) and a field of the first proposal. Every edit lands or is a
conflict, every landed edit is in the journal, none is overwritten by a
writer that had not seen it, and each profile edit is in both proposals'
journals.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from medicen_desktop.services import proposals
from medicen_desktop.store import journal
from medicen_desktop.store.database import Database
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow

EDITS = 30
ROOT = Path(__file__).resolve().parents[2]


def _entries(db: Database, uuid: str) -> dict[tuple[str, str, Any], int]:
    with db.read() as session:
        return {(e.entity_uuid, e.field, json.dumps(e.after)): e.revision
                for e in journal.entries_since(session, uuid, 0) if e.field is not None}


def test_two_proposals_and_a_shared_profile_lose_nothing(pg_url: str) -> None:  # noqa: F811
    db = Database.open(pg_url)
    first = proposals.create_demo(db)
    second = proposals.duplicate(db, first, "SECOND")
    a, b = proposals.get_document(db, first), proposals.get_document(db, second)
    shared = a.organisations[0].uuid
    assert shared in {o.uuid for o in b.organisations}
    plan = [(first, [f"{a.sections[0].uuid}.title", "proposal.title"]),
            (second, [f"{b.sections[0].uuid}.title", "proposal.title"]),
            (first, [f"{shared}.short_name", f"{a.sections[1].uuid}.title"]),
            (first, [f"{shared}.short_name"])]
    processes = [subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", pg_url, proposal, str(w),
                                   str(EDITS), *targets], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for w, (proposal, targets) in enumerate(plan)]
    outcomes: list[dict[str, Any]] = []
    for (proposal, _), process in zip(plan, processes, strict=True):
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outcomes += [{**json.loads(line), "proposal": proposal} for line in out.splitlines()]
    assert len(outcomes) == EDITS * len(plan)
    errors = [o for o in outcomes if o["status"] not in ("landed", "conflict")]
    assert errors == [], errors[:3]
    journals = {first: _entries(db, first), second: _entries(db, second)}
    landed = [o for o in outcomes if o["status"] == "landed" and o["changed"]]
    by_target: dict[tuple[str, str], list[tuple[int, int, Any]]] = {}
    for o in landed:
        owner, field = o["target"].split(".")
        entity = o["proposal"] if owner == "proposal" else owner
        revision = journals[o["proposal"]].get((entity, field, json.dumps(o["value"])))
        assert revision is not None, f"{o} landed but is not in the journal"
        if owner == shared:
            assert (entity, field, json.dumps(o["value"])) in journals[second], f"{o} is not in the other journal"
        by_target.setdefault((o["proposal"], o["target"]), []).append((revision, o["base"], o["value"]))
    assert {target for _, target in by_target} >= {f"{shared}.short_name", "proposal.title"}
    for (proposal, target), writes in by_target.items():
        writes.sort()
        for (revision, _, _), (_, next_base, _) in zip(writes, writes[1:], strict=False):
            assert next_base >= revision, f"{target}: the write at {revision} was overwritten unseen"
        owner, field = target.split(".")
        final = proposals.get_document(db, proposal)
        entity = final.proposal if owner == "proposal" else next(
            e for e in [*final.sections, *final.organisations] if e.uuid == owner)
        assert getattr(entity, field) == writes[-1][2]
    db.close()
