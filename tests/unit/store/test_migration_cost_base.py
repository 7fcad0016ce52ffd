"""Migration 0008: typed personnel becomes staff rates where the figures stay the same; the rest is kept and told."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, text

from medicen_desktop.document.jsonio import load_document
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services import proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database
from tests.unit.store.test_migrations import _downgrade

TYPED_SAMPLE = Path(__file__).parents[2] / "data" / "epi-diag-typed-personnel.json"


def _figures(db: Database, uuid: str) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    document = proposals.get_document(db, uuid)
    report = compute_budget(document, get_template(document.proposal.template_key))
    return {p.name: (p.direct.value, p.eligible.value, p.requested_aid.value) for p in report.partners}


def _typed_sample_at_0007(db: Database, db_path: Path, raw: bytes) -> str:
    uuid = proposals.import_json(db, raw, "typed.json")
    db.close()
    _downgrade(db_path, "0007")
    return uuid


def test_the_samples_figures_are_the_same_after_migration(db: Database, db_path: Path) -> None:
    raw = TYPED_SAMPLE.read_bytes()
    uuid = proposals.import_json(db, raw, "typed.json")
    before = _figures(db, uuid)
    assert len(before) == 5 and all(eligible > 0 and aid > 0 for _, eligible, aid in before.values())
    db.close()
    _downgrade(db_path, "0007")
    engine = create_engine(f"sqlite:///{db_path}")
    notes = migrations.upgrade(engine, db_path, backup=False)
    engine.dispose()
    assert notes == []
    upgraded = Database.open(db_path)
    try:
        assert _figures(upgraded, uuid) == before
        document = proposals.get_document(upgraded, uuid)
        assert not [line for line in document.budget_lines if line.category == "personnel"]
        assert sorted(r.monthly_rate for r in document.staff_rates) == [
            Decimal("6100.00"), Decimal("6400.00"), Decimal("7200.00"), Decimal("7800.00"), Decimal("9500.00")]
        # Every other cost item is kept as it was.
        typed = load_document(raw, "typed.json")
        others = sorted((b.uuid, b.amount) for b in typed.budget_lines if b.category != "personnel")
        assert sorted((b.uuid, b.amount) for b in document.budget_lines) == others
    finally:
        upgraded.close()


def test_disagreeing_person_months_keep_the_amounts_and_are_reported(db: Database, db_path: Path) -> None:
    data = json.loads(TYPED_SAMPLE.read_bytes())
    nvi = next(o for o in data["organisations"] if o["short_name"] == "NVI")
    nvi_participation = next(p["uuid"] for p in data["participations"] if p["organisation_uuid"] == nvi["uuid"])
    effort = next(e for e in data["efforts"] if e["participation_uuid"] == nvi_participation)
    effort["person_months"] = str(Decimal(effort["person_months"]) + 2)  # the matrix now says 92, the budget 90
    uuid = proposals.import_json(db, json.dumps(data).encode(), "typed.json")
    before = _figures(db, uuid)
    db.close()
    _downgrade(db_path, "0007")
    engine = create_engine(f"sqlite:///{db_path}")
    notes = migrations.upgrade(engine, db_path, backup=False)
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT count(*) FROM budget_lines WHERE category = 'personnel'"
                                       " AND participation_uuid = :p"), {"p": nvi_participation}).scalar()
    engine.dispose()
    assert kept == 4
    assert len(notes) == 1
    assert "'NVI'" in notes[0] and "90" in notes[0] and "92" in notes[0] and "difference 2" in notes[0]
    assert "amounts kept as typed" in notes[0]
    upgraded = Database.open(db_path)
    try:
        assert _figures(upgraded, uuid) == before
    finally:
        upgraded.close()
