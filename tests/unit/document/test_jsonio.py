"""Strict reading of interchange JSON: every refusal names the field or the problem."""

from __future__ import annotations

import json
import re

import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.json_schema import SCHEMA_PATH, schema_text
from medicen_desktop.document.jsonio import MAX_DOCUMENT_BYTES, dump_document, load_document, parse_json
from medicen_desktop.document.schema import ProposalDocument


def _sample_data(sample: ProposalDocument) -> dict:
    return json.loads(dump_document(sample))


def _refused(raw: bytes) -> str:
    with pytest.raises(InterchangeError) as info:
        load_document(raw, "partner.json")
    assert str(info.value).startswith("partner.json: ")
    return info.value.message


def test_sample_round_trips_byte_identical(sample: ProposalDocument) -> None:
    raw = dump_document(sample)
    assert dump_document(load_document(raw)) == raw
    assert raw.endswith(b"\n") and "ÉPI-DIAG".encode() in raw


def test_amounts_are_exact_decimal_strings(sample: ProposalDocument) -> None:
    data = _sample_data(sample)
    amounts = [line["amount"] for line in data["budget_lines"]]
    assert amounts and all(re.fullmatch(r"\d+(\.\d\d)?", a) for a in amounts), amounts[:5]


@pytest.mark.parametrize("version", [0, 2, "1", None])
def test_unknown_format_version_is_refused(sample: ProposalDocument, version: object) -> None:
    data = _sample_data(sample)
    data["format_version"] = version
    message = _refused(json.dumps(data).encode())
    assert message.startswith("format_version: unsupported version")


def test_not_a_proposal_document() -> None:
    assert "not a Medicen proposal" in _refused(b'{"format": "something-else"}')
    assert "must be a JSON object" in _refused(b"[1, 2]")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(sample: ProposalDocument, constant: str) -> None:
    raw = dump_document(sample).replace(b'"duration_months": 48', f'"duration_months": {constant}'.encode())
    assert f"{constant} is not a valid number" in _refused(raw)


def test_duplicate_keys_are_refused(sample: ProposalDocument) -> None:
    raw = dump_document(sample).replace(b'"acronym": ', b'"acronym": "X", "acronym": ', 1)
    assert _refused(raw) == "duplicate key 'acronym'"


def test_lone_surrogate_is_refused_naming_the_field(sample: ProposalDocument) -> None:
    data = _sample_data(sample)
    data["sections"][2]["body"] = "texte \ud83d coupé"
    raw = json.dumps(data).encode()  # ensure_ascii writes the surrogate as \ud83d
    assert _refused(raw) == "sections[2].body: contains a lone surrogate (\\ud83d)"


def test_oversize_input_is_refused_before_parsing() -> None:
    with pytest.raises(InterchangeError, match="over the"):
        parse_json(b" " * (MAX_DOCUMENT_BYTES + 1), "big.json")


@pytest.mark.parametrize("number", ["1e400", "1" * 5000, "-" + "9" * 40])
def test_huge_numbers_are_refused(number: str) -> None:
    with pytest.raises(InterchangeError, match="too large|out of range"):
        parse_json(f'{{"x": {number}}}'.encode(), "n.json")


def test_deep_nesting_is_refused(sample: ProposalDocument) -> None:
    with pytest.raises(InterchangeError, match="nested too deeply"):
        parse_json(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    data = _sample_data(sample)
    nested: list = []
    for _ in range(200):
        nested = [nested]
    data["proposal"]["keywords"] = nested
    assert _refused(json.dumps(data).encode()).startswith("proposal.keywords[0]: ")


def test_invalid_utf8_and_bad_syntax() -> None:
    with pytest.raises(InterchangeError, match="not UTF-8"):
        parse_json(b'{"a": "\xff"}', "x.json")
    with pytest.raises(InterchangeError, match="line 1, column"):
        parse_json(b'{"a": }', "x.json")


def test_validation_error_names_the_field(sample: ProposalDocument) -> None:
    data = _sample_data(sample)
    data["work_packages"][1]["number"] = 0
    assert _refused(json.dumps(data).encode()).startswith("work_packages[1].number: ")
    data = _sample_data(sample)
    data["budget_lines"][0]["amount"] = "12.345"
    assert _refused(json.dumps(data).encode()).startswith("budget_lines[0].amount: ")
    data = _sample_data(sample)
    data["tasks"][0]["colour"] = "red"
    assert _refused(json.dumps(data).encode()).startswith("tasks[0].colour: ")


def test_dangling_reference_is_refused(sample: ProposalDocument) -> None:
    data = _sample_data(sample)
    data["efforts"][0]["work_package_uuid"] = "00000000-0000-4000-8000-000000000000"
    assert "efforts[0].work_package_uuid: no entity with UUID" in _refused(json.dumps(data).encode())


def test_duplicate_uuid_is_refused(sample: ProposalDocument) -> None:
    data = _sample_data(sample)
    data["risks"][1]["uuid"] = data["risks"][0]["uuid"]
    assert "risks[1].uuid: duplicate UUID" in _refused(json.dumps(data).encode())


def test_shipped_json_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "resources/schema is out of date: run python -m medicen_desktop.document.json_schema"
    )
