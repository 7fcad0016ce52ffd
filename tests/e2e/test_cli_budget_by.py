"""``budget PROPOSAL --by partner|wp|category|year``: breakdowns that add up to the rules' figures."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.e2e.test_cli_rules import demo, run  # noqa: F401 - the fixture

D = Decimal


def _budget(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, by: str) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(capsys, db_path, "budget", demo, "--json", "--by", by)
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_by_wp_adds_up_to_the_partners_figures(capsys: pytest.CaptureFixture[str], db_path: Path,
                                               demo: str) -> None:  # noqa: F811
    data = _budget(capsys, db_path, demo, "wp")
    rows = data["by"]["rows"]
    assert data["by"]["key"] == "wp" and [r["label"][:3] for r in rows] == ["WP1", "WP2", "WP3", "WP4", "WP5", "-"]
    totals = data["totals"]
    for key in ("direct", "overheads", "eligible", "aid"):
        assert sum(D(r[key]) for r in rows) == D(totals[key]), key
    # Personnel per WP is the effort matrix × the rates: WP1 is 18 PM of NVI at 7,800 € among others.
    assert D(rows[0]["person_months"]) > 0 and D(rows[-1]["person_months"]) == 0
    assert "personnel" not in rows[-1]["costs"]  # personnel always belongs to a work package


def test_by_partner_year_and_category(capsys: pytest.CaptureFixture[str], db_path: Path,
                                      demo: str) -> None:  # noqa: F811
    data = _budget(capsys, db_path, demo, "partner")
    rows = data["by"]["rows"]
    for row, partner in zip(rows, data["partners"], strict=True):
        assert row["label"] == partner["short_name"]
        assert (row["eligible"], row["aid"]) == (partner["eligible"], partner["aid"])
    years = _budget(capsys, db_path, demo, "year")["by"]["rows"]
    assert [r["key"] for r in years] == [1, 2, 3, 4]
    assert sum(D(r["total"]) for r in years) == D(data["totals"]["direct"])
    categories = _budget(capsys, db_path, demo, "category")["by"]["rows"]
    personnel = next(r for r in categories if r["key"] == "personnel")
    assert personnel["partners"]["NVI"] == "702000.00" and D(personnel["total"]) == D(
        data["totals"]["costs"]["personnel"])
    code, out, _ = run(capsys, db_path, "budget", demo, "--by", "wp", "--language", "fr")
    assert code == 0 and "WP1" in out and "Coût éligible" in out
