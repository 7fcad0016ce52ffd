"""Identity data through the command line: an old file's regions become codes; validate reports bad identifiers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.document.sample import SAMPLE_FILE


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _old_file(tmp_path: Path) -> Path:
    """The sample as an older version wrote it: regions as names, no VAT / legal-status / balance-sheet fields."""
    data = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    spellings = ["Île-de-France", "Ile-de-France", "île-de-france", "Paris", "FR-IDF"]
    for org, spelling in zip(data["organisations"], spellings, strict=True):
        org["region"] = spelling
        for new in ("vat", "is_public_body", "is_non_profit", "is_research_organisation", "is_higher_education",
                    "balance_sheet"):
            org.pop(new, None)
    data["organisations"][0]["siret"] = "812 345 676 00026"  # spaces kept from a form, a wrong check digit
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_old_json_reads_with_regions_as_codes_and_validate_names_the_bad_siret(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, db_path, "import-json", str(_old_file(tmp_path)))
    assert code == 0, err
    code, out, _ = run(capsys, db_path, "export-json", "ÉPI-DIAG", "-o", str(tmp_path / "new.json"))
    assert code == 0
    organisations = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))["organisations"]
    assert {o["region"] for o in organisations} == {"FR-IDF"}
    nvi = next(o for o in organisations if o["short_name"] == "NVI")
    assert nvi["siret"] == "81234567600026" and nvi["vat"] == "" and nvi["is_non_profit"] is False
    code, out, _ = run(capsys, db_path, "validate", "ÉPI-DIAG", "--json")
    found = [f for f in json.loads(out) if f["code"].startswith("identity.")]
    assert code == 1
    assert [(f["code"], f["severity"], f["field"]) for f in found] == [("identity.siret-checksum", "error", "siret")]
