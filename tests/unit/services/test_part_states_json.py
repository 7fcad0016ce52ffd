"""export-json carries the parts' owners, statuses and due dates; import-json (fresh or --update) stores them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.services import packages, parts, proposals
from medicen_desktop.store.database import Database


def _states(db: Database, uuid: str) -> dict[str, tuple[str, str | None, str, dt.date | None]]:
    """Each part's state as the database gives it back (the parts nobody touched are drafts of their default)."""
    return {p.key: (p.status.value, p.owner_uuid, p.person, p.due) for p in parts.list_parts(db, uuid)}


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "other.db")
    yield db
    db.close()


def _mark(db: Database, uuid: str) -> None:
    parts.set_part(db, uuid, "section:methodology", status="in-review", owner="QTB", person="Dr Lefèvre",
                   due="2027-02-15")
    parts.set_part(db, uuid, "wp:WP2", status="frozen")
    parts.set_part(db, uuid, "budget:APHP", status="approved", due="2027-03-01")


def test_a_round_trip_into_a_fresh_database_keeps_every_part_state(db: Database, sample_in_db: str,
                                                                   fresh: Database) -> None:
    _mark(db, sample_in_db)
    raw = proposals.export_json(db, sample_in_db)
    assert [p["kind"] for p in json.loads(raw)["parts"]] == ["budget", "section", "wp"]
    uuid = proposals.import_json(fresh, raw, "epi.json")
    assert _states(fresh, uuid) == _states(db, sample_in_db)
    methodology = _states(fresh, uuid)["section:methodology"]
    assert methodology[0] == "in-review" and methodology[2:] == ("Dr Lefèvre", dt.date(2027, 2, 15))
    assert _states(fresh, uuid)["wp:WP2"][0] == "frozen"
    assert proposals.export_json(fresh, uuid) == raw  # export, import, export: the same bytes


def test_without_any_state_the_file_is_the_plain_document(db: Database, sample_in_db: str) -> None:
    raw = proposals.export_json(db, sample_in_db)
    assert "parts" not in json.loads(raw)
    assert raw == dump_document(proposals.get_document(db, sample_in_db))


def test_update_takes_the_files_states_and_keeps_those_set_since(db: Database, sample_in_db: str) -> None:
    _mark(db, sample_in_db)
    raw = proposals.export_json(db, sample_in_db)
    # Set after the export: an update from the older file does not put the old state back.
    parts.set_part(db, sample_in_db, "wp:WP2", status="draft")
    parts.set_part(db, sample_in_db, "section:methodology", due="2027-04-30")
    proposals.import_json(db, raw, "after.json", update=True)
    assert _states(db, sample_in_db)["wp:WP2"][0] == "draft"
    assert _states(db, sample_in_db)["section:methodology"][3] == dt.date(2027, 4, 30)
    # Set in the file after the database's, or for a part with no state yet: taken.
    data = json.loads(raw)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    next(p for p in data["parts"] if p["kind"] == "budget").update(status="frozen", updated_at=later)
    key = proposals.get_document(db, sample_in_db).sections[0].key
    data["parts"].append({"kind": "section", "target": key, "status": "approved", "due_date": "2027-05-01",
                          "owner_person": "Dr Roux", "updated_at": "2026-12-01T09:00:00+01:00"})
    proposals.import_json(db, json.dumps(data).encode(), "later.json", update=True)
    states = _states(db, sample_in_db)
    assert states["budget:APHP"][0] == "frozen"
    assert states[f"section:{key}"][0] == "approved" and states[f"section:{key}"][2:] == ("Dr Roux",
                                                                                           dt.date(2027, 5, 1))
    assert states["wp:WP2"][0] == "draft"


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p.update(status="finished"), "parts[0].status: Input should be"),
    (lambda p: p.update(kind="risk"), "parts[0].kind"),
    (lambda p: p.update(due_date="15/02/2027"), "parts[0].due_date"),
    (lambda p: p.update(target="no-such-section"), "parts[0].target: no section no-such-section in the document"),
    (lambda p: p.update(owner_participation_uuid="00000000-0000-4000-8000-000000000000"),
     "parts[0].owner_participation_uuid: no participation"),
])
def test_a_bad_state_is_refused_naming_the_file_and_nothing_is_stored(db: Database, sample_in_db: str,
                                                                      fresh: Database, change, message) -> None:  # type: ignore[no-untyped-def]
    parts.set_part(db, sample_in_db, "section:methodology", status="in-review")
    data = json.loads(proposals.export_json(db, sample_in_db))
    change(data["parts"][0])
    with pytest.raises(InterchangeError) as refused:
        proposals.import_json(fresh, json.dumps(data).encode(), "bad.json")
    assert str(refused.value).startswith("bad.json: ") and message in str(refused.value)
    assert proposals.list_proposals(fresh) == []
    with pytest.raises(InterchangeError, match="bad.json"):
        proposals.import_json(db, json.dumps(data).encode(), "bad.json", update=True)
    assert _states(db, sample_in_db)["section:methodology"][0] == "in-review"


def test_two_entries_for_one_part_are_refused(db: Database, sample_in_db: str, fresh: Database) -> None:
    parts.set_part(db, sample_in_db, "wp:WP1", status="approved")
    data = json.loads(proposals.export_json(db, sample_in_db))
    data["parts"].append(dict(data["parts"][0], status="draft"))
    with pytest.raises(InterchangeError, match=r"bad.json: parts\[1\]: a second entry for wp:"):
        proposals.import_json(fresh, json.dumps(data).encode(), "bad.json")


def test_a_partner_copy_refuses_a_file_that_changes_its_states(db: Database, sample_in_db: str,
                                                               fresh: Database) -> None:
    from medicen_desktop.services import assignment

    assignment.assign_defaults(db, sample_in_db)
    parts.set_part(db, sample_in_db, "wp:WP1", status="approved")
    packages.open_package(fresh, packages.create_package(db, sample_in_db, "APHP").data, "aphp.zip")
    own = proposals.export_json(fresh, sample_in_db)
    proposals.import_json(fresh, own, "copy.json", update=True)  # its own states, unchanged: taken as they are
    data = json.loads(own)
    data["parts"][0].update(status="frozen", updated_at=(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat())
    with pytest.raises(InterchangeError, match="copy.json: wp:.* in a partner copy owners, statuses and due dates "
                                               "come from the coordinator's package"):
        proposals.import_json(fresh, json.dumps(data).encode(), "copy.json", update=True)
    assert _states(fresh, sample_in_db)["wp:WP1"][0] == "approved"
