"""A partner keeps its salary rates in its copy and sends the coordinator totals.

Behaviour at the coordinator: a category and year the partner left as its
package had them keeps the coordinator's lines untouched; one the partner
changed becomes one total line (sum of amounts and person-months, stable
UUID) replacing the lines the package sent; a line the coordinator changed
since the package is a conflict, never silently replaced. Other partners'
lines are never touched. A new round leaves the partner's detail in its copy.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.exchange.confidentiality import OWN_TOTAL_DESCRIPTION
from medicen_desktop.services import assignment, edit, merging, packages, proposals, sharing
from medicen_desktop.store.database import Database

SENIOR, JUNIOR = Decimal("61234.56"), Decimal("70418.27")
SENIOR_PM, JUNIOR_PM = Decimal("6.13"), Decimal("13.12")


def unzipped(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return b"\n".join(archive.read(info) for info in archive.infolist())


def _lines(doc: ProposalDocument, short: str) -> dict[str, tuple[str, int, Decimal, Decimal | None, str]]:
    owner = find_participation(doc, short)
    return {b.uuid: (b.category, b.period, b.amount, b.person_months, b.description)
            for b in doc.budget_lines if b.participation_uuid == owner}


@pytest.fixture
def world(tmp_path: Path) -> dict[str, object]:
    """LIB keeps its budget private and splits its year-1 personnel line into two salaried posts.

    The sample in its typed-personnel form (personnel as budget lines): the private budget sends budget lines
    as totals; staff rates (the cost base's personnel) are not covered yet."""
    co = Database.open(tmp_path / "co.db")
    typed = Path(__file__).parents[2] / "data" / "epi-diag-typed-personnel.json"
    uuid = proposals.import_json(co, typed.read_bytes(), str(typed))
    assignment.assign_defaults(co, uuid)
    lib = Database.open(tmp_path / "lib.db")
    packages.open_package(lib, packages.create_package(co, uuid, "LIB").data, "lib.medicen-package")
    sharing.set_private_budget(lib, uuid, True)
    doc = proposals.get_document(lib, uuid)
    owner = find_participation(doc, "LIB")
    year1 = next(b for b in doc.budget_lines if b.participation_uuid == owner and b.category == "personnel"
                 and b.period == 1)
    edit.delete_entity(lib, "budget_lines", year1.uuid)
    for amount, months, post in ((SENIOR, SENIOR_PM, "Ingénieur senior"), (JUNIOR, JUNIOR_PM, "Doctorant")):
        edit.add_entity(lib, uuid, "budget_lines", {
            "participation_uuid": owner, "category": "personnel", "period": 1, "amount": amount,
            "person_months": months, "description": post})
    return {"co": co, "lib": lib, "uuid": uuid, "year1": year1.uuid}


def test_the_contribution_carries_totals_and_not_the_rates(world: dict) -> None:  # type: ignore[type-arg]
    raw = unzipped(packages.create_contribution(world["lib"], world["uuid"]).data)  # type: ignore[arg-type]
    for secret in (f'"{SENIOR}"', f'"{JUNIOR}"', f'"{SENIOR_PM}"', f'"{JUNIOR_PM}"', "Ingénieur senior", "Doctorant"):
        assert secret.encode() not in raw
    assert f'"{SENIOR + JUNIOR}"'.encode() in raw and f'"{SENIOR_PM + JUNIOR_PM}"'.encode() in raw
    copy = proposals.get_document(world["lib"], world["uuid"])  # type: ignore[arg-type]
    assert {(v[2], v[4]) for v in _lines(copy, "LIB").values()} >= {(SENIOR, "Ingénieur senior"),
                                                                     (JUNIOR, "Doctorant")}  # kept here


def test_merging_totals_replaces_only_the_group_the_partner_changed(world: dict) -> None:  # type: ignore[type-arg]
    co, uuid = world["co"], str(world["uuid"])
    before = proposals.get_document(co, uuid)  # type: ignore[arg-type]
    report = merging.merge_contribution(co, uuid, packages.create_contribution(world["lib"], uuid).data,  # type: ignore[arg-type]
                                        "lib.medicen-contribution")
    assert report.applied and not report.refused
    after = proposals.get_document(co, uuid)  # type: ignore[arg-type]
    old, new = _lines(before, "LIB"), _lines(after, "LIB")
    assert {k: v for k, v in old.items() if k != world["year1"]} == {k: v for k, v in new.items() if k in old}
    (total,) = (v for k, v in new.items() if k not in old)
    assert total == ("personnel", 1, SENIOR + JUNIOR, SENIOR_PM + JUNIOR_PM, OWN_TOTAL_DESCRIPTION)
    for short in ("NVI", "QTB", "APHP", "MTS"):
        assert _lines(after, short) == _lines(before, short)


def test_a_line_the_coordinator_changed_since_is_a_conflict_not_a_loss(world: dict) -> None:  # type: ignore[type-arg]
    co, uuid = world["co"], str(world["uuid"])
    edit.update_fields(co, "budget_lines", str(world["year1"]), {"description": "Revu par le coordinateur"})  # type: ignore[arg-type]
    before = proposals.get_document(co, uuid)  # type: ignore[arg-type]
    report = merging.merge_contribution(co, uuid, packages.create_contribution(world["lib"], uuid).data,  # type: ignore[arg-type]
                                        "lib.medicen-contribution")
    assert not report.applied and [c.kind for c in report.unresolved] == ["delete-edit"]
    assert proposals.get_document(co, uuid) == before  # type: ignore[arg-type]


def test_a_new_round_keeps_the_partners_detail_in_its_copy(world: dict) -> None:  # type: ignore[type-arg]
    co, lib, uuid = world["co"], world["lib"], str(world["uuid"])
    merging.merge_contribution(co, uuid, packages.create_contribution(lib, uuid).data,  # type: ignore[arg-type]
                               "lib.medicen-contribution")
    detail = _lines(proposals.get_document(lib, uuid), "LIB")  # type: ignore[arg-type]
    packages.open_package(lib, packages.create_package(co, uuid, "LIB").data, "round2.medicen-package")  # type: ignore[arg-type]
    assert _lines(proposals.get_document(lib, uuid), "LIB") == detail  # type: ignore[arg-type]
    # The next contribution sums the same detail to the same total: nothing to merge in the budget.
    report = merging.merge_contribution(co, uuid, packages.create_contribution(lib, uuid).data,  # type: ignore[arg-type]
                                        "lib-2.medicen-contribution")
    assert report.applied and not [c for c in report.changes if c.list_name == "budget_lines"]


def test_switching_private_off_sends_the_lines(world: dict) -> None:  # type: ignore[type-arg]
    sharing.set_private_budget(world["lib"], world["uuid"], False)  # type: ignore[arg-type]
    raw = unzipped(packages.create_contribution(world["lib"], world["uuid"]).data)  # type: ignore[arg-type]
    assert f'"{SENIOR}"'.encode() in raw and "Doctorant".encode() in raw


def test_private_off_after_totals_sends_the_lines_and_the_total_goes(world: dict) -> None:  # type: ignore[type-arg]
    """Totals merged, then the partner stops keeping its budget private: the next round does not put the
    coordinator's total beside the detail in the copy, and the next merge replaces the total by the lines."""
    co, lib, uuid = world["co"], world["lib"], str(world["uuid"])
    merging.merge_contribution(co, uuid, packages.create_contribution(lib, uuid).data,  # type: ignore[arg-type]
                               "lib.medicen-contribution")
    sharing.set_private_budget(lib, uuid, False)  # type: ignore[arg-type]
    detail = _lines(proposals.get_document(lib, uuid), "LIB")  # type: ignore[arg-type]
    packages.open_package(lib, packages.create_package(co, uuid, "LIB").data, "round2.medicen-package")  # type: ignore[arg-type]
    assert _lines(proposals.get_document(lib, uuid), "LIB") == detail  # type: ignore[arg-type]
    report = merging.merge_contribution(co, uuid, packages.create_contribution(lib, uuid).data,  # type: ignore[arg-type]
                                        "lib-2.medicen-contribution")
    assert report.applied and not report.conflicts
    assert _lines(proposals.get_document(co, uuid), "LIB") == detail  # type: ignore[arg-type]
