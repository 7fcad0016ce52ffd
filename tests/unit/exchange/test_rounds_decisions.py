"""A conflict the coordinator resolved does not come back at the partner's next round.

The package says which of the partner's contributions the coordinator
merged (``merged_sha256``); when it is the one the partner last sent, that
is the common base of the rebase: what the partner has not touched since
follows the coordinator's decisions, its later edits are kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medicen_desktop.exchange.package import read_package
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, merging, packages, proposals, rounds
from medicen_desktop.store.database import Database


def _append(db: Database, uuid: str, key: str, index: int, words: str) -> None:
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    paras = paragraphs(section.body)
    paras[index] += words
    edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})


def _body(db: Database, uuid: str, key: str) -> list[str]:
    return paragraphs(next(s.body for s in proposals.get_document(db, uuid).sections if s.key == key))


@pytest.fixture
def conflicted(tmp_path: Path) -> tuple[Database, Database, str]:
    """LIB sent a paragraph the coordinator had changed too; the coordinator kept its own (ours)."""
    co, lib = Database.open(tmp_path / "co.db"), Database.open(tmp_path / "lib.db")
    uuid = proposals.create_demo(co)
    assignment.set_assignment(co, uuid, "LIB", ["methodology"], [2], actor="co")
    packages.open_package(lib, packages.create_package(co, uuid, "LIB").data, "LIB-1.medicen-package")
    _append(lib, uuid, "methodology", 0, " [LIB sent]")
    sent = packages.create_contribution(lib, uuid)
    _append(co, uuid, "methodology", 0, " [coordinator kept]")
    report = merging.merge_contribution(co, uuid, sent.data, "LIB.medicen-contribution", take="ours")
    assert report.applied and len(report.conflicts) == 1
    return co, lib, uuid


def test_the_coordinators_decision_reaches_the_partner_and_unsent_edits_stay(
        conflicted: tuple[Database, Database, str]) -> None:
    co, lib, uuid = conflicted
    _append(lib, uuid, "methodology", 2, " [LIB unsent]")
    second = packages.create_package(co, uuid, "LIB")
    manifest = read_package(second.data, "LIB-2").manifest
    assert manifest.round == 2 and manifest.merged_sha256 is not None
    opened = packages.open_package(lib, second.data, "LIB-2.medicen-package")  # no conflict, no --take
    assert opened.round == 2 and opened.resolved == 0
    body = _body(lib, uuid, "methodology")
    assert body[0].endswith(" [coordinator kept]") and "[LIB sent]" not in body[0]
    assert body[2].endswith(" [LIB unsent]")
    # A third round with nothing sent in between rebases on round 2's package, not on the old contribution.
    _append(co, uuid, "methodology", 0, " [coordinator round 3]")
    opened = packages.open_package(lib, packages.create_package(co, uuid, "LIB").data, "LIB-3.medicen-package")
    body = _body(lib, uuid, "methodology")
    assert opened.round == 3 and body[0].endswith(" [coordinator kept] [coordinator round 3]")
    assert body[2].endswith(" [LIB unsent]")


def test_a_contribution_the_coordinator_has_not_merged_is_not_taken_as_decided(
        conflicted: tuple[Database, Database, str]) -> None:
    co, lib, uuid = conflicted
    _append(lib, uuid, "methodology", 0, " [LIB sent again]")
    packages.create_contribution(lib, uuid)  # never merged: the package cannot have decided on it
    second = packages.create_package(co, uuid, "LIB")
    with pytest.raises(rounds.RebaseConflicts):
        packages.open_package(lib, second.data, "LIB-2.medicen-package")
    assert _body(lib, uuid, "methodology")[0].endswith(" [LIB sent] [LIB sent again]")
