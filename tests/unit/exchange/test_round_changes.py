"""The per-partner digest in a package: what changed since that partner's previous package."""

from __future__ import annotations

import datetime as dt
import json
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.archive import write_archive
from medicen_desktop.exchange.assignment import Assignment
from medicen_desktop.exchange.digest import canonical_json, sha256_hex
from medicen_desktop.exchange.confidentiality import ShareLevel
from medicen_desktop.exchange.package import build_package, read_package
from medicen_desktop.exchange.signature import KeyPair
from medicen_desktop.services import assignment, edit, packages, proposals, sharing
from medicen_desktop.store.database import Database

PREVIOUS = "00000000-0000-4000-8000-000000000001"


def _package(base: ProposalDocument, previous: ProposalDocument | None) -> bytes:
    partner = base.participations[1].uuid
    return build_package(base, Assignment(partner, frozenset(), frozenset()), "LIB", {},
                         package_uuid="00000000-0000-4000-8000-000000000002", secret="ab" * 32,
                         created_at=dt.datetime(2027, 1, 2), app_version="test", sharing=ShareLevel.FULL,
                         key=KeyPair.generate(),
                         previous=None if previous is None else (previous, PREVIOUS, dt.datetime(2027, 1, 1)))[0]


def test_a_later_package_carries_what_changed_since_the_previous_one(sample: ProposalDocument) -> None:
    sections = list(sample.sections)
    sections[0] = sections[0].model_copy(update={"body": sections[0].body + "\n\nNouveau paragraphe."})
    later = sample.model_copy(update={"sections": sections})

    first = read_package(_package(sample, None), "p1")
    second = read_package(_package(later, sample), "p2")

    assert first.changes is None
    assert "changes.json" in zipfile.ZipFile(io.BytesIO(_package(later, sample))).namelist()
    assert second.changes is not None and second.changes.since_package == PREVIOUS
    assert second.changes.diff.parts == (f"section:{sections[0].key}",)
    runs = second.changes.diff.entities[0].fields[0].runs
    assert runs[-1].op == "+" and runs[-1].text == "\n\nNouveau paragraphe."


def test_a_malformed_digest_is_refused_naming_the_member(sample: ProposalDocument) -> None:
    raw = _package(sample, sample)
    members = {name: zipfile.ZipFile(io.BytesIO(raw)).read(name) for name in zipfile.ZipFile(io.BytesIO(raw)).namelist()}
    members["changes.json"] = canonical_json({"format": "medicen-changes", "since_package": "x"})
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["changes.json"] = sha256_hex(members["changes.json"])
    members["manifest.json"] = canonical_json(manifest)
    with pytest.raises(InterchangeError, match="changes.json"):
        read_package(write_archive(members), "bad.medicen-package")


def test_the_partner_sees_what_the_coordinator_changed_between_rounds(tmp_path: Path, db: Database,
                                                                      sample_in_db: str) -> None:
    assignment.set_assignment(db, sample_in_db, "LIB", ["methodology"], [2], actor="co")
    sharing.set_sharing_level(db, sample_in_db, "full")  # another partner's budget change is LIB's to see
    first = packages.create_package(db, sample_in_db, "LIB")
    doc = proposals.get_document(db, sample_in_db)
    section = next(s for s in doc.sections if s.key == "methodology")
    edit.update_fields(db, "sections", section.uuid, {"body": section.body.replace("M40", "M42")})
    line = doc.budget_lines[0]
    edit.update_fields(db, "budget_lines", line.uuid, {"amount": line.amount + Decimal(10)})
    second = packages.create_package(db, sample_in_db, "LIB")

    lib = Database.open(tmp_path / "lib.db")
    try:
        opened = packages.open_package(lib, first.data, "round1")
        assert opened.changes is None
        opened = packages.open_package(lib, second.data, "round2")
    finally:
        lib.close()
    assert opened.changes is not None
    assert set(opened.changes.diff.parts) == {"section:methodology", f"budget:{_partner(doc, line.participation_uuid)}"}
    cells = next(e for e in opened.changes.diff.entities if e.part == "section:methodology").fields[0].cells
    assert [(c.before, c.after) for c in cells] == [("M40", "M42")]


def _partner(doc: ProposalDocument, participation_uuid: str) -> str:
    org = next(p.organisation_uuid for p in doc.participations if p.uuid == participation_uuid)
    return next(o.short_name for o in doc.organisations if o.uuid == org)
