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
    assert {"bpi-idemo", "he-ria", "he-ia", "anr-prce", "fui-collaborative", "eic-pathfinder",
            "medicen-labelling"} <= keys
    idemo = next(t for t in data["templates"] if t["key"] == "bpi-idemo")
    assert set(idemo) == {"key", "name", "funder", "languages", "source_date", "sections", "budget_categories",
                          "technical_page_limit", "has_unconfirmed"}
    code, out, _ = run(capsys, db_path, "templates")
    assert code == 0 and "bpi-idemo" in out


def test_validate_sample_exits_0_with_json_findings(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, _ = run(capsys, db_path, "validate", demo, "--json")
    findings = json.loads(out)
    assert code == 0
    assert findings and all(
        set(f) == {"severity", "code", "message_fr", "message_en", "entity_uuid", "field"} for f in findings
    )
    assert {f["severity"] for f in findings} == {"info"}


def test_retarget_then_validate_exits_1(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, _ = run(capsys, db_path, "retarget", demo, "--template", "he-ria")
    assert code == 0 and "bpi-idemo -> he-ria" in out and "context_objectives -> excellence" in out
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
