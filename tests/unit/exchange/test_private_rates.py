"""A partner keeps its staff rates (names, monthly costs) in its copy; the coordinator gets totals.

On the real cost-base form (the sample as ``demo`` creates it: personnel =
effort matrix × staff rates). LIB keeps its budget private, names two
people with their monthly costs and costs one of its efforts at the second:
its contribution carries neither, but its personnel per work package and
year, and the coordinator's budget, forms and aid are LIB's to the cent.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.checks import check
from medicen_desktop.services import assignment, edit, export, merging, packages, proposals, sharing, validation
from medicen_desktop.services.edit import EditError
from medicen_desktop.store.database import Database

SENIOR, JUNIOR = Decimal("6789.13"), Decimal("3123.47")
NAMES = ("Jeanne Martin", "Paul Durand")
SAMPLE_RATE = Decimal("6400")  # LIB's rate in the sample: the coordinator's package had it, the contribution must not


def unzipped(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return b"\n".join(archive.read(info) for info in archive.infolist())


class World:
    def __init__(self, tmp_path: Path) -> None:
        self.co = Database.open(tmp_path / "co.db")
        self.uuid = proposals.create_demo(self.co)
        assignment.assign_defaults(self.co, self.uuid)
        self.lib = Database.open(tmp_path / "lib.db")
        packages.open_package(self.lib, packages.create_package(self.co, self.uuid, "LIB").data, "lib.medicen-package")
        sharing.set_private_budget(self.lib, self.uuid, True)
        doc = self.doc(self.lib)
        self.owner = find_participation(doc, "LIB")
        rate = next(r for r in doc.staff_rates if r.participation_uuid == self.owner)
        assert rate.monthly_rate == SAMPLE_RATE
        edit.update_fields(self.lib, "staff_rates", rate.uuid, {"label": f"Dr {NAMES[0]}", "monthly_rate": SENIOR})
        self.junior = edit.add_entity(self.lib, self.uuid, "staff_rates", {
            "participation_uuid": self.owner, "position": 1, "label": f"{NAMES[1]} (doctorant)",
            "monthly_rate": JUNIOR})
        self.efforts = sorted((e for e in doc.efforts if e.participation_uuid == self.owner),
                              key=lambda e: e.uuid)
        edit.update_fields(self.lib, "efforts", self.efforts[0].uuid, {"staff_rate_uuid": self.junior})

    def doc(self, db: Database) -> ProposalDocument:
        return proposals.get_document(db, self.uuid)

    def contribute(self, name: str = "lib.medicen-contribution") -> merging.MergeReport:
        report = merging.merge_contribution(self.co, self.uuid, packages.create_contribution(self.lib, self.uuid).data,
                                            name)
        assert report.applied and not report.refused and not report.unresolved, report
        return report

    def new_round(self, name: str = "round2.medicen-package") -> None:
        packages.open_package(self.lib, packages.create_package(self.co, self.uuid, "LIB").data, name)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def _figures(doc: ProposalDocument, participation: str) -> dict[str, Any]:
    """What the funder's forms show of one partner: personnel per WP and year, every figure of its budget."""
    template, _ = validation.template_of(doc)
    report = compute_budget(doc, template)
    partner = report.partner(participation)
    personnel: dict[tuple[str | None, int], Decimal] = defaultdict(Decimal)
    months: dict[str | None, Decimal] = defaultdict(Decimal)
    for entry in report.entries:
        if entry.participation_uuid == participation and entry.derived:
            personnel[(entry.work_package_uuid, entry.period)] += entry.amount
            months[entry.work_package_uuid] += entry.person_months or 0
    return {"personnel": dict(personnel), "months": dict(months),
            "categories": {k: f.value for k, f in partner.by_category.items()},
            "years": {k: f.value for k, f in partner.by_period.items()}, "direct": partner.direct.value,
            "overheads": partner.overheads.value, "eligible": partner.eligible.value,
            "aid": partner.requested_aid.value, "person_months": partner.personnel_person_months}


def _rates(doc: ProposalDocument, owner: str) -> set[tuple[str, Decimal]]:
    return {(r.label, r.monthly_rate) for r in doc.staff_rates if r.participation_uuid == owner}


def test_the_contribution_carries_no_rate_and_no_name(world: World) -> None:
    raw = unzipped(packages.create_contribution(world.lib, world.uuid).data)
    for secret in (str(SENIOR), str(JUNIOR), '"6400"', '"6400.00"', *NAMES, "monthly_rate", "staff_rate_uuid\": \""):
        assert secret.encode() not in raw, secret
    # The totals travel, and the detail stays in the partner's copy.
    assert b'"given_total": true' in raw or b'"given_total":true' in raw
    assert _rates(world.doc(world.lib), world.owner) == {(f"Dr {NAMES[0]}", SENIOR),
                                                         (f"{NAMES[1]} (doctorant)", JUNIOR)}


def test_the_coordinator_sees_the_partners_figures_to_the_cent(world: World) -> None:
    world.contribute()
    mine, theirs = _figures(world.doc(world.lib), world.owner), _figures(world.doc(world.co), world.owner)
    assert mine == theirs
    assert len(mine["personnel"]) > len(world.efforts)  # per WP and year: WPs spanning several years split
    # The junior's effort really is costed at the junior's rate on both sides (not at the sample's).
    expected = sum((e.person_months * (JUNIOR if i == 0 else SENIOR) for i, e in enumerate(world.efforts)), Decimal(0))
    assert sum(theirs["personnel"].values()) == expected.quantize(Decimal("0.01"))
    co = world.doc(world.co)
    assert not _rates(co, world.owner)
    assert all(e.staff_rate_uuid is None for e in co.efforts if e.participation_uuid == world.owner)


@pytest.mark.parametrize("form", ["bpi-annex", "he-lump-sum", "he-part-a"])
def test_the_funders_forms_show_the_same_figures_on_both_sides(world: World, tmp_path: Path, form: str) -> None:
    world.contribute()
    sheets = []
    for side, db in (("lib", world.lib), ("co", world.co)):
        path = tmp_path / f"{side}-{form}.xlsx"
        export.export_proposal(db, world.uuid, "xlsx", path, form=form)
        book = openpyxl.load_workbook(path, data_only=True)
        values = {}
        for sheet in book.worksheets:
            rows = [[c.value for c in row] for row in sheet.iter_rows()]
            if any("LIB" in str(v) for row in rows[:2] for v in row) or form == "he-part-a":
                values[sheet.title] = rows if form != "he-part-a" else [r for r in rows if r and r[0] == "LIB"]
        sheets.append(values)
    assert sheets[0] and sheets[0] == sheets[1]


def test_changed_person_months_are_a_finding_never_an_invented_rate(world: World) -> None:
    world.contribute()
    co = world.doc(world.co)
    before = _figures(co, world.owner)
    effort = next(e for e in co.efforts if e.uuid == world.efforts[1].uuid)
    edit.update_fields(world.co, "efforts", effort.uuid, {"person_months": effort.person_months + 2})
    after_doc = world.doc(world.co)
    after = _figures(after_doc, world.owner)
    assert after["personnel"] == before["personnel"] and after["aid"] == before["aid"]  # LIB's figures stay LIB's
    assert not _rates(after_doc, world.owner)
    template, _ = validation.template_of(after_doc)
    (stale,) = [f for f in check(after_doc, template) if f.code == "budget.given-totals-stale"]
    assert stale.severity == "error" and stale.params["partner"] == "LIB"
    assert (stale.params["given"], stale.params["planned"]) == (effort.person_months, effort.person_months + 2)
    # The partner's next contribution, rebased on the coordinator's months, matches them again.
    world.new_round()
    world.contribute("lib-2.medicen-contribution")
    final = world.doc(world.co)
    assert not [f for f in check(final, template) if f.code == "budget.given-totals-stale"]
    assert _figures(final, world.owner) == _figures(world.doc(world.lib), world.owner)


def test_rate_checks_skip_the_partner_with_an_info(world: World) -> None:
    world.contribute()
    co = world.doc(world.co)
    template, _ = validation.template_of(co)
    findings = check(co, template)
    (info,) = [f for f in findings if f.code == "budget.rates-given-as-totals"]
    assert info.severity == "info" and info.params == {"partner": "LIB"} and info.entity_uuid == world.owner
    lib_findings = [f for f in findings if f.params.get("partner") == "LIB"]
    assert {f.code for f in lib_findings} & {"budget.rate-missing", "budget.rate-outlier", "budget.personnel-typed",
                                             "effort.personnel-mismatch", "budget.given-totals-stale"} == set()


def test_hand_edits_of_the_totals_are_refused_and_change_nothing(world: World) -> None:
    world.contribute()
    before = world.doc(world.co)
    line = next(b for b in before.budget_lines if b.given_total)
    with pytest.raises(EditError, match="given as totals by LIB"):
        edit.update_fields(world.co, "budget_lines", line.uuid, {"amount": Decimal(1)})
    with pytest.raises(EditError, match="given as totals by LIB"):
        edit.delete_entity(world.co, "budget_lines", line.uuid)
    with pytest.raises(EditError, match="count it twice"):
        edit.add_entity(world.co, world.uuid, "staff_rates",
                        {"participation_uuid": world.owner, "position": 0, "label": "x", "monthly_rate": 5000})
    assert world.doc(world.co) == before


def test_a_later_private_contribution_replaces_the_totals(world: World) -> None:
    world.contribute()
    first = {b.uuid: b.amount for b in world.doc(world.co).budget_lines if b.given_total}
    world.new_round()
    edit.update_fields(world.lib, "staff_rates", world.junior, {"monthly_rate": JUNIOR + 100})
    report = world.contribute("lib-2.medicen-contribution")
    assert not report.conflicts
    co = world.doc(world.co)
    second = {b.uuid: b.amount for b in co.budget_lines if b.given_total}
    assert second.keys() == first.keys() and second != first  # the same lines, new amounts: edits, no duplicate
    assert _figures(co, world.owner) == _figures(world.doc(world.lib), world.owner)


def test_a_later_contribution_with_rates_replaces_the_totals(world: World) -> None:
    world.contribute()
    world.new_round()
    sharing.set_private_budget(world.lib, world.uuid, False)
    world.contribute("lib-2.medicen-contribution")
    co = world.doc(world.co)
    assert not [b for b in co.budget_lines if b.given_total]
    assert _rates(co, world.owner) == _rates(world.doc(world.lib), world.owner)
    assert _figures(co, world.owner) == _figures(world.doc(world.lib), world.owner)


def test_no_conflict_with_the_coordinators_unrelated_edits(world: World) -> None:
    co = world.doc(world.co)
    nvi = find_participation(co, "NVI")
    other_line = next(b for b in co.budget_lines if b.participation_uuid == nvi)
    edit.update_fields(world.co, "budget_lines", other_line.uuid, {"amount": other_line.amount + 1})
    lib_effort = next(e for e in co.efforts if e.uuid == world.efforts[1].uuid)
    edit.update_fields(world.co, "efforts", lib_effort.uuid, {"person_months": lib_effort.person_months + 1})
    report = world.contribute()
    assert not report.conflicts
    after = world.doc(world.co)
    assert next(b for b in after.budget_lines if b.uuid == other_line.uuid).amount == other_line.amount + 1
    assert next(e for e in after.efforts if e.uuid == lib_effort.uuid).person_months == lib_effort.person_months + 1


def test_undo_merge_restores_the_previous_state(world: World) -> None:
    before = world.doc(world.co)
    report = world.contribute()
    assert report.merge_uuid is not None
    merging.undo_merge(world.co, report.merge_uuid)
    after = world.doc(world.co)
    assert _rates(after, world.owner) == _rates(before, world.owner)
    assert [b for b in after.budget_lines if b.given_total] == []
    assert _figures(after, world.owner) == _figures(before, world.owner)


def test_a_round_2_package_keeps_the_partners_rates_and_unsent_edits(world: World) -> None:
    world.contribute()
    edit.update_fields(world.lib, "staff_rates", world.junior, {"monthly_rate": JUNIOR + 1})  # unsent
    rates = _rates(world.doc(world.lib), world.owner)
    named = {e.uuid: e.staff_rate_uuid for e in world.doc(world.lib).efforts}
    world.new_round()
    copy = world.doc(world.lib)
    assert _rates(copy, world.owner) == rates and (f"{NAMES[1]} (doctorant)", JUNIOR + 1) in rates
    assert {e.uuid: e.staff_rate_uuid for e in copy.efforts} == named
    assert not [b for b in copy.budget_lines if b.given_total]  # the coordinator's mirror stays out of the copy
    world.new_round("round3.medicen-package")  # and again, with nothing sent in between
    assert _rates(world.doc(world.lib), world.owner) == rates


def test_a_package_made_before_the_last_contribution_was_merged_keeps_the_rates(world: World) -> None:
    """The rebase then starts from the copy's first package (which had the sample's rate): the coordinator,
    holding totals, deleted that rate; the partner's rates still stay, with no conflict to settle."""
    world.contribute()
    edit.update_fields(world.lib, "staff_rates", world.junior, {"monthly_rate": JUNIOR + 1})
    packages.create_contribution(world.lib, world.uuid)  # sent, not merged yet
    rates = _rates(world.doc(world.lib), world.owner)
    world.new_round()
    assert _rates(world.doc(world.lib), world.owner) == rates


def test_the_lump_sum_workbook_cannot_set_a_rate_for_the_partner(world: World, tmp_path: Path) -> None:
    from medicen_desktop.export.lump_sum_layout import ROW_OF, sheet_name
    from medicen_desktop.export.xlsx_lump_sum_read import read_lump_sum
    from medicen_desktop.export.xlsx_read_cells import BudgetWorkbookRefused, open_workbook
    from medicen_desktop.rules.templates import get_template

    world.contribute()
    path = tmp_path / "lump.xlsx"
    export.export_proposal(world.co, world.uuid, "xlsx", path, form="he-lump-sum")
    co = world.doc(world.co)
    position = sorted(co.participations, key=lambda p: p.position).index(
        next(p for p in co.participations if p.uuid == world.owner))
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name(position)]
    cell = next(f"{letter}{ROW_OF['rate']}" for letter in "BCDEFG" if sheet[f"{letter}{ROW_OF['pm']}"].value)
    sheet[cell] = 9999.99
    book.save(path)
    with pytest.raises(BudgetWorkbookRefused, match="gave its personnel as totals"):
        read_lump_sum(co, get_template("he-ria-lump-sum"), world.owner, open_workbook(path), path)
