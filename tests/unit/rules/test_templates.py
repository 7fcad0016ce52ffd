"""Loading funder templates: shipped files, refused files, new calls without code."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.document.schema import OrganisationKind
from medicen_desktop.errors import Refused
from medicen_desktop.rules.templates import (
    TemplateSet,
    UnknownTemplate,
    get_template,
    load_templates,
    shipped_templates,
)

MINIMAL = """\
key: {key}
name: A new call
funder: Some agency
languages: [fr, en]
source:
  - url: https://example.org/call
    description: The call text
source_date: 2026-11-01
sections:
  - key: project
    title_fr: Projet
    title_en: Project
    limit_words: 50
budget_categories:
  - key: personnel
    label_fr: Personnel
    label_en: Personnel
    is_personnel: true
funding_rates:
  - rate: 0.5
    text_fr: Moitié
    text_en: Half
edition: "2026"
edition_date: 2026-10-01
"""


def test_shipped_templates_all_load() -> None:
    shipped = shipped_templates()
    assert shipped.errors == []
    expected = {"medicen-labelling", "fui-collaborative", "bpi-idemo", "anr-prce", "he-ria", "he-ia", "eic-pathfinder-open",
                "eic-pathfinder-challenges", "he-ria-lump-sum", "he-ia-lump-sum", "he-ria-stage1", "bpi-idemo-idf",
                "pspc-regions"}
    assert expected <= set(shipped.templates)


def test_every_shipped_template_cites_a_source_and_date() -> None:
    for template in shipped_templates().templates.values():
        assert template.source and template.source_date.year >= 2026
        assert all(s.description for s in template.source)


def test_sample_section_keys_and_categories_are_in_their_templates() -> None:
    idemo = get_template("bpi-idemo")
    assert [s.key for s in idemo.sections] == [
        "context_objectives", "state_of_the_art", "clinical_need", "methodology",
        "consortium", "market_business", "ip_strategy", "impact_jobs",
    ]
    for key in ("personnel", "equipment", "subcontracting", "other"):
        assert idemo.category(key) is not None
        assert get_template("he-ria").category(key) is not None
    assert [s.key for s in get_template("he-ria").sections] == ["excellence", "impact", "implementation"]


def test_unknown_template_is_a_clear_refusal_not_a_key_error() -> None:
    with pytest.raises(UnknownTemplate) as caught:
        get_template("no-such-call")
    assert isinstance(caught.value, Refused) and not isinstance(caught.value, LookupError)
    assert str(caught.value).startswith("unknown template 'no-such-call' (known: ")


def test_minimal_template_loads_with_exact_decimals(tmp_path: Path) -> None:
    (tmp_path / "new-call.yaml").write_text(MINIMAL.format(key="new-call"), encoding="utf-8")
    loaded = load_templates(tmp_path)
    assert loaded.errors == []
    template = loaded.get("new-call")
    assert template.funding_rates[0].rate == Decimal("0.5")
    assert template.funding_rate(OrganisationKind.SME) is not None
    assert template.section("project") is not None and template.section("project").limit_words == 50  # type: ignore[union-attr]


def _refused(tmp_path: Path, name: str, text: str) -> TemplateSet:
    (tmp_path / "good.yaml").write_text(MINIMAL.format(key="good"), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = load_templates(tmp_path)
    assert list(loaded.templates) == ["good"], "the good file still loads"
    assert len(loaded.errors) == 1
    assert loaded.errors[0].path == tmp_path / name
    return loaded


def test_yaml_syntax_error_is_refused_with_line(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad").replace("funder: Some agency", "funder: [unclosed")
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line is not None and error.line >= 3
    assert "invalid YAML" in error.reason


def test_unknown_key_is_refused_on_its_line(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad").replace("    limit_words: 50", "    limit_word: 50")
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line == 13
    assert "sections.0.limit_word" in error.reason
    assert str(error) == f"{tmp_path / 'bad.yaml'}:13: {error.reason}"


def test_wrong_type_is_refused_with_path_and_reason(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad").replace("limit_words: 50", 'limit_words: "fifty"')
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line == 13 and "limit_words" in error.reason


def test_bad_eligibility_rule_points_at_its_field(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad") + "eligibility:\n  - type: duration\n    min: soon\n    text_fr: a\n    text_en: b\n"
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line == 27 and "min" in error.reason


def test_unknown_rule_type_is_refused(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad") + "eligibility:\n  - type: vibes\n    text_fr: a\n    text_en: b\n"
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line == 26 and "eligibility.0" in error.reason


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad").replace("funder: Some agency", "funder: Some agency\nfunder: Other")
    error = _refused(tmp_path, "bad.yaml", text).errors[0]
    assert error.line == 4 and "duplicate key 'funder'" in error.reason


def test_duplicate_section_keys_are_refused(tmp_path: Path) -> None:
    text = MINIMAL.format(key="bad").replace(
        "budget_categories:", "  - key: project\n    title_fr: B\n    title_en: B\nbudget_categories:"
    )
    assert "duplicate section key 'project'" in _refused(tmp_path, "bad.yaml", text).errors[0].reason


def test_key_must_match_file_name(tmp_path: Path) -> None:
    error = _refused(tmp_path, "bad.yaml", MINIMAL.format(key="other-name")).errors[0]
    assert error.line == 1 and "file name" in error.reason


def test_not_a_mapping_and_not_utf8_are_refused(tmp_path: Path) -> None:
    _refused(tmp_path, "bad.yaml", "- just\n- a list\n")
    (tmp_path / "bad.yaml").unlink()
    (tmp_path / "latin.yaml").write_bytes(b"key: caf\xe9\n")
    loaded = load_templates(tmp_path)
    assert "not UTF-8" in loaded.errors[0].reason


def test_float_rates_become_their_shortest_decimal(tmp_path: Path) -> None:
    text = MINIMAL.format(key="rates").replace("rate: 0.5", "rate: 0.1")
    (tmp_path / "rates.yaml").write_text(text, encoding="utf-8")
    assert load_templates(tmp_path).get("rates").funding_rates[0].rate == Decimal("0.1")


def test_missing_folder_is_an_error_not_a_crash(tmp_path: Path) -> None:
    loaded = load_templates(tmp_path / "nowhere")
    assert loaded.templates == {} and "not found" in loaded.errors[0].reason
