"""Migration 0010_depr: equipment items become items charged at 100 %, efforts stay on their WP; nothing changes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from medicen_desktop.document.sample import make_sample
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services import edit, proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database
from tests.unit.store.test_migrations import _downgrade


def _figures(db: Database, uuid: str) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    document = proposals.get_document(db, uuid)
    report = compute_budget(document, get_template(document.proposal.template_key))
    return {p.name: (p.direct.value, p.eligible.value, p.requested_aid.value) for p in report.partners}


def test_every_partners_eligible_cost_and_aid_are_unchanged(db: Database, db_path: Path) -> None:
    uuid = proposals.import_document(db, make_sample())
    before = _figures(db, uuid)
    equipment = {b.uuid: b.amount for b in proposals.get_document(db, uuid).budget_lines if b.category == "equipment"}
    assert len(before) == 5 and equipment
    db.close()
    _downgrade(db_path, "0009_server")
    engine = create_engine(f"sqlite:///{db_path}")
    assert "purchase_cost" not in {c["name"] for c in inspect(engine).get_columns("budget_lines")}
    assert migrations.upgrade(engine, db_path, backup=False) == []
    engine.dispose()
    upgraded = Database.open(db_path)
    try:
        assert _figures(upgraded, uuid) == before
        document = proposals.get_document(upgraded, uuid)
        items = {b.uuid: b for b in document.budget_lines if b.uuid in equipment}
        assert {u: (b.purchase_cost, b.use_percent, b.amount) for u, b in items.items()} == {
            u: (amount, Decimal(100), amount) for u, amount in equipment.items()}
        assert all(e.task_uuid is None for e in document.efforts)
    finally:
        upgraded.close()


def test_the_service_derives_the_amount_and_refuses_a_typed_one(db: Database, sample_in_db: str) -> None:
    document = proposals.get_document(db, sample_in_db)
    line = next(b for b in document.budget_lines if b.category == "equipment")
    edit.update_fields(db, "budget_lines", line.uuid, {"purchase_cost": Decimal("50000"), "use_percent": Decimal(40)})
    stored = next(b for b in proposals.get_document(db, sample_in_db).budget_lines if b.uuid == line.uuid)
    assert stored.amount == Decimal("20000.00")
    with pytest.raises(edit.EditError, match="purchase cost × the share"):
        edit.update_fields(db, "budget_lines", line.uuid, {"amount": Decimal("25000")})
    edit.update_fields(db, "budget_lines", line.uuid, {"amount": Decimal("20000")})  # the same figure: accepted
    edit.update_fields(db, "budget_lines", line.uuid, {"purchase_cost": None})  # typed again from now on
    edit.update_fields(db, "budget_lines", line.uuid, {"amount": Decimal("25000")})
    stored = next(b for b in proposals.get_document(db, sample_in_db).budget_lines if b.uuid == line.uuid)
    assert stored.amount == Decimal("25000")
