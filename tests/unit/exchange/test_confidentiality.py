"""What a package carries of the other partners, read from its bytes, at each sharing level;
merging a contribution of a cut-down package back keeps what was withheld.

The coordinator (NVI) gives its own data values found nowhere else; LIB's
package is unzipped and every member's bytes searched for them.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.document.schema import SHARED_TOTAL_CATEGORY, ProposalDocument
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.services import assignment, attachments, edit, merging, packages, proposals, sharing
from medicen_desktop.store.database import Database

NVI_CV = "Thèse sur la TEP-IRM quantitative, Orsay 2011, unique-cv-marker-NVI"
NVI_RATE = Decimal("7813.37")
"""NVI's monthly staff rate made unique: a salary, shared only at "full"."""
NVI_FILE = b"%PDF-1.4 NVI private CV unique-file-marker"
LIB_CV = "Post-doctorat Bordeaux, unique-cv-marker-LIB"


def unzipped(raw: bytes) -> bytes:
    """Every member of the archive, decompressed, end to end: what anyone holding the file can read."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return b"\n".join(archive.read(info) for info in archive.infolist())


def _doc(db: Database, uuid: str) -> ProposalDocument:
    return proposals.get_document(db, uuid)


@pytest.fixture
def coordinator(tmp_path: Path) -> tuple[Database, str]:
    """The demo proposal; NVI's staff rate, a CV and a CV file made unique; LIB's CV too."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    doc = _doc(co, uuid)
    nvi, lib = find_participation(doc, "NVI"), find_participation(doc, "LIB")
    rate = min((r for r in doc.staff_rates if r.participation_uuid == nvi), key=lambda r: (r.position, r.uuid))
    edit.update_fields(co, "staff_rates", rate.uuid, {"monthly_rate": NVI_RATE})
    nvi_member = next(m for m in doc.team_members if m.participation_uuid == nvi)
    edit.update_fields(co, "team_members", nvi_member.uuid, {"cv": NVI_CV})
    lib_member = next(m for m in doc.team_members if m.participation_uuid == lib)
    edit.update_fields(co, "team_members", lib_member.uuid, {"cv": LIB_CV})
    attachments.add_attachment(co, uuid, NVI_FILE, "cv-dubois.pdf", kind="cv", participation_uuid=nvi)
    assignment.set_assignment(co, uuid, "LIB", ["methodology"], [2], actor="co")
    return co, uuid


def _nvi_total(doc: ProposalDocument) -> str:
    """NVI's lines and its personnel cost (effort times its rates), as the totals level sums them."""
    nvi = find_participation(doc, "NVI")
    rates = sorted((r for r in doc.staff_rates if r.participation_uuid == nvi), key=lambda r: (r.position, r.uuid))
    by_uuid = {r.uuid: r.monthly_rate for r in rates}
    personnel = sum((e.person_months * by_uuid.get(e.staff_rate_uuid or "", rates[0].monthly_rate)
                     for e in doc.efforts if e.participation_uuid == nvi), Decimal(0))
    lines = sum((b.amount for b in doc.budget_lines if b.participation_uuid == nvi), Decimal(0))
    return str(lines + personnel.quantize(Decimal("0.01")))


def _secrets(doc: ProposalDocument) -> dict[str, bytes]:
    organisations = {o.short_name: o for o in doc.organisations}
    nvi = find_participation(doc, "NVI")
    contact = next(p.contact_email for p in doc.participations if p.uuid == nvi)
    assert organisations["NVI"].turnover is not None
    return {
        "rate": f'"{NVI_RATE}"'.encode(),
        "cv": NVI_CV.encode(), "cv file": NVI_FILE, "cv file name": b"cv-dubois.pdf",
        "siret": organisations["NVI"].siret.encode(), "turnover": f'"{organisations["NVI"].turnover}"'.encode(),
        "contact": contact.encode(),
    }


SEEN = {
    "full": {"rate", "cv", "cv file", "cv file name", "siret", "turnover", "contact"},
    "totals": {"contact"},
    "none": set(),
}


@pytest.mark.parametrize("level", ["full", "totals", "none"])
def test_a_package_carries_only_what_the_level_shares(coordinator: tuple[Database, str], level: str) -> None:
    co, uuid = coordinator
    sharing.set_sharing_level(co, uuid, level)
    doc = _doc(co, uuid)
    made = packages.create_package(co, uuid, "LIB")
    assert made.sharing == level
    raw = unzipped(made.data)
    found = {name for name, value in _secrets(doc).items() if value in raw}
    assert found == SEEN[level]
    total = f'"{_nvi_total(doc)}"'.encode()
    assert (total in raw) == (level == "totals")  # totals: the partner's total, not its lines
    # LIB's own data always travels whole.
    lib = find_participation(doc, "LIB")
    lib_siret = next(o.siret for o in doc.organisations if o.short_name == "LIB")
    assert LIB_CV.encode() in raw and lib_siret.encode() in raw
    assert all(f'"{b.uuid}"'.encode() in raw for b in doc.budget_lines if b.participation_uuid == lib)


def test_the_partner_copy_holds_the_totals_and_no_line(coordinator: tuple[Database, str], tmp_path: Path) -> None:
    co, uuid = coordinator
    sharing.set_sharing_level(co, uuid, "totals")
    doc = _doc(co, uuid)
    lib_db = Database.open(tmp_path / "lib.db")
    opened = packages.open_package(lib_db, packages.create_package(co, uuid, "LIB").data, "lib.medicen-package")
    assert opened.sharing == "totals" and sharing.sharing_level(lib_db, uuid).value == "totals"
    copy = _doc(lib_db, uuid)
    nvi = find_participation(copy, "NVI")
    nvi_lines = [b for b in copy.budget_lines if b.participation_uuid == nvi]
    assert [(b.category, str(b.amount), b.person_months) for b in nvi_lines] == [
        (SHARED_TOTAL_CATEGORY, _nvi_total(doc), None)]
    assert all(m.cv == "" for m in copy.team_members if m.participation_uuid == nvi)
    from medicen_desktop.services import validation

    codes = {f.code for f in validation.validate(lib_db, uuid)}
    assert "budget.unknown-category" not in codes  # the total line is no call's category, and no error


@pytest.mark.parametrize("level", ["full", "totals", "none"])
def test_merging_back_keeps_what_was_withheld(coordinator: tuple[Database, str], tmp_path: Path,
                                              level: str) -> None:
    co, uuid = coordinator
    sharing.set_sharing_level(co, uuid, level)
    before = _doc(co, uuid)
    lib_db = Database.open(tmp_path / "lib.db")
    packages.open_package(lib_db, packages.create_package(co, uuid, "LIB").data, "lib.medicen-package")
    copy = _doc(lib_db, uuid)
    lib = find_participation(copy, "LIB")
    mine = next(b for b in copy.budget_lines if b.participation_uuid == lib and b.period == 1)
    edit.update_fields(lib_db, "budget_lines", mine.uuid, {"amount": mine.amount + 1})
    section = next(s for s in copy.sections if s.key == "methodology")
    edit.update_fields(lib_db, "sections", section.uuid, {"body": section.body + "\n\nLIB adds this."})
    contribution = packages.create_contribution(lib_db, uuid).data
    report = merging.merge_contribution(co, uuid, contribution, "lib.medicen-contribution")
    assert report.applied and not report.refused and not report.conflicts
    after = _doc(co, uuid)
    assert next(b.amount for b in after.budget_lines if b.uuid == mine.uuid) == mine.amount + 1
    assert next(s.body for s in after.sections if s.key == "methodology").endswith("LIB adds this.")

    def others(doc: ProposalDocument) -> dict[str, object]:
        return {name: [e.model_dump(exclude={"revision"}) for e in getattr(doc, name)
                       if getattr(e, "participation_uuid", None) not in (None, lib)]
                for name in ("budget_lines", "team_members", "efforts", "attachments", "participations")}

    assert others(after) == others(before)  # every line, CV, effort, contact and file of the others, intact
    assert [o.model_dump() for o in after.organisations] == [o.model_dump() for o in before.organisations]
    assert not any(b.category == SHARED_TOTAL_CATEGORY for b in after.budget_lines)


def test_the_level_is_the_coordinators_and_defaults_to_none(coordinator: tuple[Database, str],
                                                            tmp_path: Path) -> None:
    co, uuid = coordinator
    assert sharing.sharing_level(co, uuid).value == "none"  # never chosen: nothing of the others travels
    lib_db = Database.open(tmp_path / "lib.db")
    packages.open_package(lib_db, packages.create_package(co, uuid, "LIB").data, "lib.medicen-package")
    with pytest.raises(sharing.SharingRefused, match="coordinator's choice"):
        sharing.set_sharing_level(lib_db, uuid, "full")
    with pytest.raises(sharing.SharingRefused, match="only a partner copy"):
        sharing.set_private_budget(co, uuid, True)
    with pytest.raises(sharing.Refused, match="unknown sharing level 'some'"):
        sharing.set_sharing_level(co, uuid, "some")


def test_the_round_digest_says_nothing_of_what_was_withheld(coordinator: tuple[Database, str],
                                                             tmp_path: Path) -> None:
    """Between two packages at "none", the coordinator changes NVI's budget: LIB's digest does not show it."""
    co, uuid = coordinator
    first = packages.create_package(co, uuid, "LIB")
    doc = _doc(co, uuid)
    nvi = find_participation(doc, "NVI")
    line = next(b for b in doc.budget_lines if b.participation_uuid == nvi)
    edit.update_fields(co, "budget_lines", line.uuid, {"amount": Decimal("98765.43")})
    section = next(s for s in doc.sections if s.key == "methodology")
    edit.update_fields(co, "sections", section.uuid, {"body": section.body + "\n\nRound 2."})
    second = packages.create_package(co, uuid, "LIB")
    assert b"98765.43" not in unzipped(second.data)
    lib_db = Database.open(tmp_path / "lib.db")
    packages.open_package(lib_db, first.data, "round1")
    opened = packages.open_package(lib_db, second.data, "round2")
    assert opened.changes is not None and opened.changes.diff.parts == ("section:methodology",)
