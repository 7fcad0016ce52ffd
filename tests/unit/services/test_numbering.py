"""Numbers follow position: a deliverable moved to another work package takes the next D<wp>.<n> there and
the package it left closes its gap."""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services.numbering import after_move


def test_a_moved_deliverable_is_renumbered_and_its_old_wp_closes_the_gap(sample: ProposalDocument) -> None:
    wps = {w.number: w.uuid for w in sample.work_packages}
    in_wp1 = sorted((d for d in sample.deliverables if d.work_package_uuid == wps[1]), key=lambda d: d.number)
    assert len(in_wp1) >= 2, "the sample needs two deliverables in WP1"
    in_wp2 = [d for d in sample.deliverables if d.work_package_uuid == wps[2]]
    changes = dict(after_move(sample, "deliverables", in_wp1[0].uuid, wps[2]))
    assert changes[in_wp1[0].uuid] == {"work_package_uuid": wps[2], "number": f"D2.{len(in_wp2) + 1}"}
    assert [changes[d.uuid]["number"] for d in in_wp1[1:]] == [f"D1.{n}" for n in range(1, len(in_wp1))]


def test_nothing_to_renumber_when_nothing_moves(sample: ProposalDocument) -> None:
    task = sample.tasks[0]
    assert after_move(sample, "tasks", task.uuid, task.work_package_uuid) == []
    assert after_move(sample, "risks", sample.risks[0].uuid, task.work_package_uuid) == []
