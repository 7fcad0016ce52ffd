"""Many writers, one proposal, on SQLite and on PostgreSQL: no lost update, no lock error reaching the user.

Four processes make 50 field edits each on the same proposal, each based on
the revision it read (some fields are each worker's own, one is shared),
while an open window autosaves typed text. Every edit must either land or
be reported as a conflict; each landed edit is then checked one by one in
the change journal, and a landed value may only be replaced by a writer
that had seen it (based on a revision at or after it): nothing is lost.
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

WORKERS = 4
EDITS = 50
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("pg_url"))


def _entries(db: Database, uuid: str) -> dict[tuple[str, str, Any], int]:
    """(entity, field, value written) -> revision, for every field change in the journal."""
    with db.read() as session:
        return {(e.entity_uuid, e.field, json.dumps(e.after)): e.revision
                for e in journal.entries_since(session, uuid, 0) if e.field is not None}


def test_four_writers_and_an_autosaving_window_lose_nothing(qtbot: Any, location: str) -> None:
    from medicen_desktop.gui.session import ProposalSession

    db = Database.open(location)
    uuid = proposals.create_demo(db)
    document = proposals.get_document(db, uuid)
    own = [f"{document.sections[w].uuid}.title" for w in range(WORKERS)]
    shared = "proposal.title"
    processes = [
        subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", location, uuid, str(w), str(EDITS),
                          own[w], shared, own[w]],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(WORKERS)
    ]
    window = ProposalSession(db, uuid)  # the coordinator's open window, typing the summary meanwhile
    typed = []
    while any(p.poll() is None for p in processes) or len(typed) < 10:
        text = f"Résumé, version {len(typed)}."
        window.update_later("proposal", uuid, "summary", text)
        window.flush()
        assert window.save_error is None, window.save_error
        typed.append(text)
        qtbot.wait(50)
    outcomes: list[dict[str, Any]] = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    assert len(outcomes) == WORKERS * EDITS
    errors = [o for o in outcomes if o["status"] not in ("landed", "conflict")]
    assert errors == [], errors[:3]  # no "database is locked", no StaleDataError: a landing or a conflict
    entries = _entries(db, uuid)
    landed = [o for o in outcomes if o["status"] == "landed" and o["changed"]]
    by_target: dict[str, list[tuple[int, int]]] = {}
    for o in landed:  # every landed edit is in the journal, one by one
        owner, field = o["target"].split(".")
        entity = uuid if owner == "proposal" else owner
        revision = entries.get((entity, field, json.dumps(o["value"])))
        assert revision is not None, f"{o} landed but is not in the journal"
        by_target.setdefault(o["target"], []).append((revision, o["base"]))
    for w in range(WORKERS):  # a worker's own field: nobody else writes it, so every edit lands
        own_edits = [o for o in outcomes if o["target"] == own[w]]
        assert own_edits and all(o["status"] == "landed" for o in own_edits)
    final = proposals.get_document(db, uuid)
    for target, writes in by_target.items():
        writes.sort()
        for (revision, _), (_, next_base) in zip(writes, writes[1:], strict=False):
            assert next_base >= revision, f"{target}: the write at {revision} was overwritten unseen"
        owner, field = target.split(".")
        entity = final.proposal if owner == "proposal" else next(s for s in final.sections if s.uuid == owner)
        last = next(o["value"] for o in landed if o["target"] == target and
                    entries[(uuid if owner == "proposal" else owner, field, json.dumps(o["value"]))] == writes[-1][0])
        assert getattr(entity, field) == last
    engine = "postgresql" if "://" in location else "sqlite"
    print(f"\n{engine}: {len(landed)} landed, "
          f"{sum(o['status'] == 'conflict' for o in outcomes)} conflicts, {len(typed)} autosaves")
    assert final.proposal.summary == typed[-1]
    window.deleteLater()
    db.close()
