"""`preflight PROPOSAL [--json]`: the pages the funder counts, laid out by the PDF export's own code.

HE counts sections 1–3 with their tables and figures: the large proposal is over 45 pages; a proposal
whose narrative alone fits but whose work-plan tables push it over is caught; a small one passes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from medicen_desktop.cli import main
from medicen_desktop.document.schema import ProposalDocument
from tests.large_proposal import make_large
from medicen_desktop.services import export as export_service
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _store(db_path: Path, document: ProposalDocument) -> None:
    database = Database.open(db_path)
    try:
        proposals.import_document(database, document)
    finally:
        database.close()


def _narrative_only(document: ProposalDocument) -> ProposalDocument:
    return document.model_copy(update={"work_packages": [], "tasks": [], "deliverables": [], "milestones": [],
                                       "efforts": [], "risks": [], "budget_lines": []})


def test_large_proposal_is_over_the_he_limit(capsys: pytest.CaptureFixture[str], db_path: Path,
                                             tmp_path: Path) -> None:
    _store(db_path, make_large())
    code, out, err = run(capsys, db_path, "preflight", "LARGE-EU", "--json")
    assert code == 1, err
    data = json.loads(out)
    assert set(data) == {"call", "limit", "pages", "parts", "findings"}
    assert data["call"] == "he-ria" and data["limit"] == 45 and data["pages"] > 45
    assert [part["title"] for part in data["parts"]] == [
        "1 Excellence", "2 Impact", "3 Quality and efficiency of the implementation"]
    assert all(isinstance(part["pages"], (int, float)) and part["pages"] > 0 for part in data["parts"])
    assert abs(sum(part["pages"] for part in data["parts"]) - data["pages"]) < len(data["parts"]) + 1
    assert "export.technical_pages" in {f["code"] for f in data["findings"]}
    assert not list(tmp_path.glob("**/*.pdf"))  # a preflight writes no file

    code, out, err = run(capsys, db_path, "preflight", "LARGE-EU")
    assert code == 1
    assert "3 Quality and efficiency of the implementation" in out
    assert f"{data['pages']} / 45" in out
    assert "45" in err and "error" in err

    # the count is the PDF's: the exported PDF has the counted pages and more (cover, contents)
    target = tmp_path / "large.pdf"
    code, _, err = run(capsys, db_path, "export", "LARGE-EU", "-f", "pdf", "-o", str(target))
    assert code == 1 and target.exists() and "error:" in err  # written, the error listed, exit 1
    assert len(PdfReader(str(target)).pages) > data["pages"]


def test_tables_push_a_fitting_narrative_over_the_limit(tmp_path: Path) -> None:
    document = make_large(partners=8, work_packages=12, deliverables=96, words=20_000)
    narrative = export_service.preflight_document(_narrative_only(document))
    assert narrative.limit == 45 and narrative.pages <= 45 and not narrative.over_limit
    full = export_service.preflight_document(document)
    assert full.over_limit and full.pages > 45
    assert "export.technical_pages" in {f.code for f in full.findings}
    # the tables are counted inside part 3, where the HE template puts them
    assert full.parts[2][1] > narrative.parts[2][1] + 5
    # the preflight's layout is the PDF export's: the exported file counts the same pages
    exported = export_service.export_document(document, "pdf", tmp_path / "d.pdf")
    assert exported.technical_pages == full.pages


def test_a_proposal_that_fits_passes(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    _store(db_path, make_large(partners=4, work_packages=3, deliverables=6, words=5_000))
    code, out, err = run(capsys, db_path, "preflight", "LARGE-EU", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert 0 < data["pages"] <= 45
    assert "export.technical_pages" not in {f["code"] for f in data["findings"]}


def test_a_call_without_limit_reports_its_parts(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert run(capsys, db_path, "demo")[0] == 0
    code, out, _ = run(capsys, db_path, "preflight", "ÉPI-DIAG", "--json")
    data = json.loads(out)
    assert code == 0 and data["call"] == "bpi-idemo" and data["limit"] is None
    assert data["parts"][0]["title"] == "1 Contexte et objectifs du projet"
    code, out, _ = run(capsys, db_path, "preflight", "ÉPI-DIAG")
    assert code == 0 and "(no limit)" in out


def test_unknown_proposal(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert run(capsys, db_path, "demo")[0] == 0
    code, _, err = run(capsys, db_path, "preflight", "NOPE")
    assert code == 2 and "NOPE" in err


def test_anr_counts_everything_bibliography_included() -> None:
    import random
    import uuid

    from medicen_desktop.document.sample import make_sample
    from medicen_desktop.rules.retarget import retarget_document
    from medicen_desktop.rules.templates import get_template

    document = make_sample(random.Random(5))
    document = retarget_document(document, get_template(document.proposal.template_key), get_template("anr-prce"))[0]
    references = "\n".join(f"{n}. Auteur {n}. *Titre de l'article {n}*. Revue, 2024." for n in range(1, 200))
    bibliography = document.sections[0].model_copy(update={"uuid": str(uuid.UUID(int=9)), "key": "bibliography",
                                                           "body": references})
    document = document.model_copy(update={"sections": [*document.sections, bibliography]})
    result = export_service.preflight_document(document)
    titles = [title for title, _ in result.parts]
    assert titles[0] == "Page de garde" and titles[-1] == "Références bibliographiques"
    assert result.parts[-1][1] > 2  # the references' pages are counted
    without = export_service.preflight_document(document.model_copy(update={"sections": document.sections[:-1]}))
    assert result.pages >= without.pages + 2
    assert result.limit == 20 and result.over_limit == (result.pages > 20)


def test_export_writes_the_file_lists_errors_and_exits_1(capsys: pytest.CaptureFixture[str], db_path: Path,
                                                         tmp_path: Path) -> None:
    """An empty required section and French text under an English-only call: the file is still written."""
    document = make_large(partners=3, work_packages=2, deliverables=2, words=1_500)
    french = ("Le consortium mesure la relaxation, la diffusion et la rigidité des tissus chez des patients suivis "
              "à l'hôpital, puis compare ces mesures avec des marqueurs sanguins afin de proposer un diagnostic.")
    sections = [s.model_copy(update={"body": "" if s.key == "impact" else french if s.key == "excellence" else s.body})
                for s in document.sections]
    _store(db_path, document.model_copy(update={"sections": sections}))
    for fmt in ("pdf", "docx"):
        target = tmp_path / f"d.{fmt}"
        code, out, err = run(capsys, db_path, "export", "LARGE-EU", "-f", fmt, "-o", str(target))
        assert code == 1 and target.exists() and str(target) in out
        assert "error: The required section '2. Impact' is empty." in err
        assert "error: 'Excellence' is written in French; the call expects English." in err.replace("1. ", "")
    code, out, err = run(capsys, db_path, "export", "LARGE-EU", "-f", "xlsx", "-o", str(tmp_path / "b.xlsx"))
    assert code == 0, err  # the budget workbook carries no text
