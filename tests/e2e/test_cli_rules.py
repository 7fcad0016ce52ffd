"""The rules subcommands: templates, validate, retarget — output shape and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medicen_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    return out.strip()


def test_templates_json(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, db_path, "templates", "--json")
    data = json.loads(out)
    assert code == 0 and data["errors"] == []
    keys = {t["key"] for t in data["templates"]}
    assert {"bpi-idemo", "he-ria", "he-ia", "anr-prce", "fui-collaborative", "eic-pathfinder-open",
            "eic-pathfinder-challenges", "medicen-labelling", "pspc-regions", "bpi-idemo-idf"} <= keys
    idemo = next(t for t in data["templates"] if t["key"] == "bpi-idemo")
    assert set(idemo) == {"key", "name", "funder", "edition", "earlier_editions", "historical", "languages",
                          "source_date", "sections", "budget_categories", "technical_page_limit", "has_unconfirmed"}
    fui = next(t for t in data["templates"] if t["key"] == "fui-collaborative")
    assert fui["historical"] and fui["edition"] == "FUI 25" and fui["earlier_editions"] == ["FUI 21"]
    code, out, _ = run(capsys, db_path, "templates")
    assert code == 0 and "bpi-idemo" in out


def test_validate_sample_exits_0_with_json_findings(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, _ = run(capsys, db_path, "validate", demo, "--json")
    findings = json.loads(out)
    assert code == 0
    assert findings and all(
        set(f) == {"severity", "code", "params", "message_fr", "message_en", "entity_uuid", "field"} for f in findings
    )
    assert {f["severity"] for f in findings} == {"info"}


def test_retarget_then_validate_exits_1(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, _ = run(capsys, db_path, "retarget", demo, "--template", "he-ria")
    assert code == 0 and "bpi-idemo (edition i-Démo 5) -> he-ria (edition 2025)" in out
    assert "context_objectives -> excellence" in out
    code, out, _ = run(capsys, db_path, "validate", demo)
    assert code == 1 and "partner.legal-id-missing" in out and "error(s)" in out
    code, out, _ = run(capsys, db_path, "retarget", demo, "--template", "bpi-idemo", "--json")
    assert code == 0 and json.loads(out)["new_template"] == "bpi-idemo"
    code, _, _ = run(capsys, db_path, "validate", demo)
    assert code == 0


def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, err = run(capsys, db_path, "validate", "NOPE")
    assert code == 2 and out == "" and err.count("\n") == 1 and "NOPE" in err
    code, out, err = run(capsys, db_path, "retarget", demo, "--template", "no-such-call")
    assert code == 2 and err.count("\n") == 1 and "unknown template 'no-such-call'" in err


def test_retarget_dry_run_says_what_would_change_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    from tests.conftest import sha256_of

    before = sha256_of(db_path)
    code, out, _ = run(capsys, db_path, "retarget", demo, "--template", "he-ria", "--dry-run")
    assert code == 0 and "dry run: nothing written" in out and "context_objectives -> excellence" in out
    assert "would break: error eligibility.country-count" in out
    code, out, _ = run(capsys, db_path, "retarget", demo, "--template", "he-ria", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True and data["new_template"] == "he-ria"
    assert "eligibility.country-count" in {finding["code"] for finding in data["exceeded"]}
    assert sha256_of(db_path) == before
    code, out, _ = run(capsys, db_path, "list", "--json")
    assert json.loads(out)[0]["template"] == "bpi-idemo"


def test_budget_json_is_the_issues_shape(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    from decimal import Decimal

    code, out, _ = run(capsys, db_path, "budget", demo, "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"partners", "totals"}
    first = data["partners"][0]
    assert {"short_name", "eligible", "rate", "aid", "rule"} <= set(first)
    assert all(isinstance(first[k], str) for k in ("eligible", "rate", "aid", "rule", "direct", "overheads"))
    assert first["short_name"] == "NVI" and first["rate"] == "0.45" and "SME" in first["rule"]
    assert Decimal(first["aid"]) == (Decimal(first["eligible"]) * Decimal(first["rate"])).quantize(Decimal("0.01"))
    totals = data["totals"]
    assert Decimal(totals["aid"]) == sum(Decimal(p["aid"]) for p in data["partners"])
    assert Decimal(totals["eligible"]) == sum(Decimal(p["eligible"]) for p in data["partners"])
    assert totals["shares"]["academic_share"]["ratio"] == "0.4351"
    assert all(len(p["eligible"].split(".")[1]) == 2 for p in data["partners"])  # amounts to the cent, as text
    code, out, _ = run(capsys, db_path, "budget", demo, "--language", "fr")
    assert code == 0 and "PME" in out


def test_templates_check_names_the_file_and_the_problem(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from medicen_desktop.resources import resource

    good = resource("templates", "pspc-regions.yaml")
    code, out, _ = run(capsys, db_path, "templates", "--check", str(good))
    assert code == 0 and "ok (pspc-regions, edition PSPC-Régions 2)" in out
    bad = tmp_path / "pspc-regions.yaml"
    bad.write_text(good.read_text(encoding="utf-8").replace("rate: \"0.50\"", "rate: \"1.50\""), encoding="utf-8")
    code, out, err = run(capsys, db_path, "templates", "--check", str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(bad) in err and "funding_rates.0.rate" in err


def test_an_edition_switch_shows_what_changes_then_records_the_edition(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from medicen_desktop.document.jsonio import dump_document
    from medicen_desktop.document.schema import OrganisationKind as K
    from tests.unit.rules.rules_docs import tiny

    document = tiny("fui-collaborative", [(K.SME, "FR", "Île-de-France"), (K.ACADEMIC, "FR", "Île-de-France")],
                    [(0, "personnel", 1, "100000"), (1, "personnel", 1, "100000")], template_edition="FUI 21")
    path = tmp_path / "fui.json"
    path.write_bytes(dump_document(document))
    assert run(capsys, db_path, "import-json", str(path))[0] == 0
    code, out, _ = run(capsys, db_path, "validate", "TINY", "--json")
    assert "template.newer-edition" in {f["code"] for f in json.loads(out)}
    code, out, _ = run(capsys, db_path, "retarget", "TINY", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["old_edition"] == "FUI 21" and data["new_edition"] == "FUI 25" and data["dry_run"]
    assert json.loads(run(capsys, db_path, "budget", "TINY", "--json")[1])["partners"][0]["rate"] == "0.45"
    code, out, _ = run(capsys, db_path, "retarget", "TINY")
    assert code == 0 and "(edition FUI 21) -> fui-collaborative (edition FUI 25)" in out
    assert json.loads(run(capsys, db_path, "budget", "TINY", "--json")[1])["partners"][0]["rate"] == "0.5"
    code, out, _ = run(capsys, db_path, "validate", "TINY", "--json")
    assert "template.newer-edition" not in {f["code"] for f in json.loads(out)}


def test_validate_reads_only_its_calls_template(tmp_path: Path, db_path: Path) -> None:
    """A `validate` process loads the proposal's call alone: only its entry appears in a cold template cache."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "MEDICEN_CACHE_DIR": str(tmp_path / "cache"), "MEDICEN_TEMPLATES": str(tmp_path / "none")}
    root = Path(__file__).resolve().parents[2]

    def medicen(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", str(db_path), *args], cwd=root,
                              env=env, capture_output=True, text=True, check=False)

    assert medicen("demo").returncode == 0
    for entry in (tmp_path / "cache").rglob("*.*"):
        entry.unlink()  # creating the demo may read its call too: start cold
    result = medicen("validate", "ÉPI-DIAG", "--json")
    assert result.returncode == 0, result.stderr
    cached = sorted(p.name.split(".")[0] for p in (tmp_path / "cache" / "templates").iterdir())
    assert cached == ["bpi-idemo"]  # (beside the templates, the cache holds the region index: geography/)
