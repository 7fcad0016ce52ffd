"""The whole partner journey: assign, package, partners edit offline, merge, conflicts, refusal, undo.

The coordinator makes the sample proposal and packages it for three partners
(APHP, LIB, MTS); each partner, in its own database, edits its assigned
section, one of its budget lines and a deliverable of its work package. The
coordinator meanwhile edits APHP's section in another paragraph and LIB's
section in the same paragraph. MTS also touches APHP's budget, which is
refused. The merge yields the union of the non-overlapping edits and exactly
one conflict, resolved each way.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from medicen_desktop.cli import main
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, proposals
from medicen_desktop.store.database import Database

PARTNERS = {"APHP": ("clinical_need", 4), "LIB": ("methodology", 2), "MTS": ("market_business", 5)}


def _section(doc: ProposalDocument, key: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc.sections if s.key == key)


def _participation(doc: ProposalDocument, short: str) -> str:
    org = next(o for o in doc.organisations if o.short_name == short)
    return next(p.uuid for p in doc.participations if p.organisation_uuid == org.uuid)


def _edit_paragraph(db: Database, doc: ProposalDocument, key: str, index: int, suffix: str) -> None:
    section = _section(doc, key)
    paras = paragraphs(section.body)
    paras[index] += suffix
    edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})


def _partner_edits(db: Database, uuid: str, short: str) -> None:
    doc = proposals.get_document(db, uuid)
    key, wp_number = PARTNERS[short]
    _edit_paragraph(db, doc, key, 0, f" [{short} paragraph 1]")
    mine = _participation(doc, short)
    line = next(b for b in doc.budget_lines if b.participation_uuid == mine and b.period == 1)
    edit.update_fields(db, "budget_lines", line.uuid, {"amount": line.amount + 1000})
    wp = next(w for w in doc.work_packages if w.number == wp_number)
    deliverable = next(d for d in doc.deliverables if d.work_package_uuid == wp.uuid)
    edit.update_fields(db, "deliverables", deliverable.uuid, {"title": f"{deliverable.title} ({short})"})


@pytest.fixture
def journey(tmp_path: Path) -> dict[str, object]:
    """Coordinator and partners up to the point where the contributions are written."""
    co = Database.open(tmp_path / "coordinator.db")
    uuid = proposals.create_demo(co)
    # Partners see each other's budget lines here: the partner copy's own guard is part of the journey.
    assert main(["--db", str(co.path), "share", uuid, "--level", "full"]) == 0
    files: dict[str, Path] = {}
    for short, (key, wp_number) in PARTNERS.items():
        assignment.set_assignment(co, uuid, short, [key], [wp_number], actor="coordinator")
        package = tmp_path / f"{short}.medicen-package"
        assert main(["--db", str(co.path), "package", uuid, "--partner", short, "-o", str(package)]) == 0
        partner_db = tmp_path / f"{short}.db"
        assert main(["--db", str(partner_db), "open-package", str(package)]) == 0
        db = Database.open(partner_db)
        _partner_edits(db, uuid, short)
        if short == "MTS":  # outside MTS's assignment: APHP's budget, refused by the partner copy itself
            doc = proposals.get_document(db, uuid)
            aphp = _participation(doc, "APHP")
            line = next(b for b in doc.budget_lines if b.participation_uuid == aphp)
            with pytest.raises(edit.OutsideAssignment):
                edit.update_fields(db, "budget_lines", line.uuid, {"amount": Decimal(1)})
        db.close()
        files[short] = tmp_path / f"{short}.medicen-contribution"
        assert main(["--db", str(partner_db), "contribution", uuid, "-o", str(files[short])]) == 0
    # A hostile or careless MTS tool edits APHP's budget behind the app's back: the merge refuses it.
    mts = Database.open(tmp_path / "MTS.db")
    doc = proposals.get_document(mts, uuid)
    aphp = _participation(doc, "APHP")
    aphp_line = next(b for b in doc.budget_lines if b.participation_uuid == aphp and b.period == 2)
    with mts.transaction() as session:
        session.execute(
            text("UPDATE budget_lines SET amount = '1.00' WHERE uuid = :u"), {"u": aphp_line.uuid}
        )
    mts.close()
    assert main(["--db", str(tmp_path / "MTS.db"), "contribution", uuid, "-o", str(files["MTS"])]) == 0
    # Meanwhile the coordinator edits APHP's section elsewhere and LIB's section in the same paragraph.
    doc = proposals.get_document(co, uuid)
    _edit_paragraph(co, doc, "clinical_need", 2, " [coordinator paragraph 3]")
    _edit_paragraph(co, doc, "methodology", 0, " [coordinator paragraph 1]")
    co.close()
    return {"db": tmp_path / "coordinator.db", "uuid": uuid, "files": files, "aphp_line": aphp_line}


def _merge(db: Path, uuid: str, file: Path, *extra: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["--db", str(db), "merge", uuid, str(file), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_three_partners_merge(journey: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    db_path, uuid, files = journey["db"], journey["uuid"], journey["files"]

    code, report = _merge(db_path, uuid, files["MTS"], capsys=capsys)
    assert code == 0 and report["applied"]
    assert [r["field"] for r in report["refused"]] == ["amount"]
    assert "not assigned" in report["refused"][0]["reason"]

    code, report = _merge(db_path, uuid, files["APHP"], capsys=capsys)
    assert code == 0 and report["applied"] and not report["refused"]

    db = Database.open(db_path)
    before_lib = proposals.export_json(db, uuid)
    code, report = _merge(db_path, uuid, files["LIB"], capsys=capsys)
    assert code == 1 and not report["applied"]
    assert len(report["conflicts"]) == 1
    conflict = report["conflicts"][0]
    assert conflict["kind"] == "text" and conflict["field"] == "body"
    assert "[coordinator paragraph 1]" in conflict["hunks"][0]["ours"]
    assert "[LIB paragraph 1]" in conflict["hunks"][0]["theirs"]
    assert proposals.export_json(db, uuid) == before_lib  # nothing written

    doc = proposals.get_document(db, uuid)
    aphp_body = _section(doc, "clinical_need").body
    assert "[APHP paragraph 1]" in aphp_body and "[coordinator paragraph 3]" in aphp_body
    assert "[MTS paragraph 1]" in _section(doc, "market_business").body
    aphp_line = next(b for b in doc.budget_lines if b.uuid == journey["aphp_line"].uuid)
    assert aphp_line.amount == journey["aphp_line"].amount  # the refused change
    titles = [d.title for d in doc.deliverables]
    assert any(t.endswith("(APHP)") for t in titles) and any(t.endswith("(MTS)") for t in titles)

    # Variant 1: the coordinator's paragraph wins; LIB's other changes still apply.
    code, report = _merge(db_path, uuid, files["LIB"], "--take", "ours", capsys=capsys)
    assert code == 0 and report["applied"] and report["resolved_conflicts"]
    doc = proposals.get_document(db, uuid)
    body = _section(doc, "methodology").body
    assert "[coordinator paragraph 1]" in body and "[LIB paragraph 1]" not in body
    assert any(d.title.endswith("(LIB)") for d in doc.deliverables)

    # Variant 2: undo that merge as one step, then LIB's paragraph wins.
    assert main(["--db", str(db_path), "undo-merge", uuid]) == 0
    capsys.readouterr()
    assert proposals.get_document(db, uuid).model_dump(exclude={"proposal"}) != doc.model_dump(exclude={"proposal"})
    code, report = _merge(db_path, uuid, files["LIB"], "--take", "theirs", capsys=capsys)
    assert code == 0 and report["applied"]
    body = _section(proposals.get_document(db, uuid), "methodology").body
    assert "[LIB paragraph 1]" in body and "[coordinator paragraph 1]" not in body

    # Merging the same contribution again changes nothing.
    dump = proposals.export_json(db, uuid)
    assert main(["--db", str(db_path), "merge", uuid, str(files["LIB"])]) == 2
    assert "already merged" in capsys.readouterr().err
    assert proposals.export_json(db, uuid) == dump
    db.close()
