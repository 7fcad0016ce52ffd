"""Undoing any merge that later merges do not depend on; the list of packages and merges per partner.

Coordinator and partners each have their own database; every assertion
reads the coordinator's database back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, merging, packages, proposals
from medicen_desktop.services.exchange_log import exchange_log
from medicen_desktop.store.database import Database


@dataclass
class World:
    co: Database
    uuid: str
    partners: dict[str, Database]
    folder: Path

    def send(self, partner: str) -> None:
        made = packages.create_package(self.co, self.uuid, partner)
        packages.open_package(self.partners[partner], made.data, f"{partner}.medicen-package", take="theirs")

    def append(self, who: str, key: str, index: int, words: str) -> None:
        db = self.co if who == "co" else self.partners[who]
        section = next(s for s in proposals.get_document(db, self.uuid).sections if s.key == key)
        paras = paragraphs(section.body)
        paras[index] += words
        edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})

    def merge(self, partner: str) -> str:
        raw = packages.create_contribution(self.partners[partner], self.uuid).data
        report = merging.merge_contribution(self.co, self.uuid, raw, f"{partner}.medicen-contribution")
        assert report.applied and report.merge_uuid is not None
        return report.merge_uuid

    def body(self, key: str) -> list[str]:
        return paragraphs(next(s.body for s in proposals.get_document(self.co, self.uuid).sections if s.key == key))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    assignment.set_assignment(co, uuid, "LIB", ["methodology"], [2], actor="co")
    assignment.set_assignment(co, uuid, "APHP", ["clinical_need"], [4], actor="co")
    partners = {name: Database.open(tmp_path / f"{name}.db") for name in ("LIB", "APHP")}
    w = World(co, uuid, partners, tmp_path)
    w.send("LIB")
    w.send("APHP")
    yield w
    for db in (co, *partners.values()):
        db.close()


def _records(w: World) -> dict[str, merging.MergeRecord]:
    return {m.merge_uuid: m for m in merging.list_merges(w.co, w.uuid)}


def test_an_earlier_independent_merge_is_undone_and_the_later_one_stays(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.append("APHP", "clinical_need", 0, " [APHP r1]")
    second = world.merge("APHP")
    assert all(m.can_undo for m in _records(world).values())
    merging.undo_merge(world.co, first)
    assert "[LIB r1]" not in world.body("methodology")[0]
    assert world.body("clinical_need")[0].endswith(" [APHP r1]")
    assert list(_records(world)) == [second]


def test_a_later_merge_of_another_paragraph_of_the_same_text_does_not_depend(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.send("LIB")  # round 2
    world.append("LIB", "methodology", 2, " [LIB r2 elsewhere]")
    world.merge("LIB")
    assert _records(world)[first].can_undo
    merging.undo_merge(world.co, first)
    body = world.body("methodology")
    assert "[LIB r1]" not in body[0] and body[2].endswith(" [LIB r2 elsewhere]")


def test_a_later_merge_that_changed_the_merged_paragraph_blocks_the_undo(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.send("LIB")
    world.append("LIB", "methodology", 0, " [LIB r2 same paragraph]")
    second = world.merge("LIB")
    record = _records(world)[first]
    assert not record.can_undo and record.blocked_by is not None and record.blocked_by.later == second
    assert record.blocked_by.field == "body" and "methodology" in record.blocked_by.what
    before = proposals.export_json(world.co, world.uuid)
    with pytest.raises(merging.UndoRefused, match="LIB's contribution merged on .* changed section methodology · body"):
        merging.undo_merge(world.co, first, force=True)
    assert proposals.export_json(world.co, world.uuid) == before
    merging.undo_merge(world.co, second)
    assert _records(world)[first].can_undo
    merging.undo_merge(world.co, first)
    assert "[LIB r1]" not in world.body("methodology")[0]


def test_a_second_contribution_of_the_same_package_depends_on_the_first(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB first]")
    first = world.merge("LIB")
    world.append("LIB", "methodology", 2, " [LIB second]")
    second = world.merge("LIB")
    blocked = _records(world)[first].blocked_by
    assert blocked is not None and blocked.same_package and blocked.later == second
    with pytest.raises(merging.UndoRefused, match="later contribution from the same package"):
        merging.undo_merge(world.co, first)


def test_another_writers_later_change_is_never_reverted(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.append("APHP", "clinical_need", 0, " [APHP r1]")
    world.merge("APHP")
    world.append("co", "methodology", 0, " [coordinator after]")
    assert _records(world)[first].can_undo  # no later merge depends on it
    with pytest.raises(merging.UndoRefused):
        merging.undo_merge(world.co, first)
    assert world.body("methodology")[0].endswith(" [LIB r1] [coordinator after]")


def test_a_merge_that_changed_nothing_blocks_nothing(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.send("LIB")
    world.merge("LIB")  # round 2 sent back untouched: nothing written
    log = {p.partner: p for p in exchange_log(world.co, world.uuid)}
    assert [m.fields for m in log["LIB"].merges] == [1, 0]
    assert _records(world)[first].can_undo


def test_the_log_lists_packages_and_merges_per_partner(world: World) -> None:
    world.append("LIB", "methodology", 0, " [LIB r1]")
    first = world.merge("LIB")
    world.send("LIB")
    world.append("LIB", "methodology", 0, " [LIB r2]")
    second = world.merge("LIB")
    log = {p.partner: p for p in exchange_log(world.co, world.uuid)}
    assert list(log) == ["LIB", "APHP"]
    lib = log["LIB"]
    assert [(p.round, p.section_keys, p.wp_numbers) for p in lib.packages] == [
        (1, ("methodology",), (2,)), (2, ("methodology",), (2,))]
    assert [(m.merge.merge_uuid, m.round, m.can_undo) for m in lib.merges] == [
        (first, 1, False), (second, 2, True)]
    assert lib.merges[0].blocked_by is not None and lib.merges[0].blocked_by.merge_uuid == second
    assert log["APHP"].merges == () and [p.round for p in log["APHP"].packages] == [1]
    data = lib.to_data()
    assert data["merges"][0]["blocked_by"] == second and "undo it first" in data["merges"][0]["why_not"]
