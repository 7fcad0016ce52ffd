"""Strict reading and canonical writing of the interchange JSON.

Writing is canonical (fixed field order, two-space indent, UTF-8, final
newline), so export -> import -> export is byte-identical. Reading refuses
what ``json.loads`` quietly accepts: NaN and Infinity, duplicate keys, huge
numbers, lone surrogates, nesting deep enough to exhaust the parser's stack,
oversize input, unknown versions. (Moderately deep nesting parses and is then
refused by the schema, naming the field.)
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.schema import FORMAT_NAME, FORMAT_VERSION, ProposalDocument

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_NUMBER_DIGITS = 30


def plain(value: Any) -> Any:
    """A JSON-ready copy of a field value or of an entity's values (enums, decimals, dates as the interchange writes them)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def dump_document(document: ProposalDocument) -> bytes:
    """The canonical bytes of ``document``."""
    return dump_data(document_data(document))


def document_data(document: ProposalDocument) -> dict[str, Any]:
    """``document`` as JSON-ready data, without ``withheld`` when nothing is (a reader's marker, left out of
    every snapshot that has none: their bytes stay as they were)."""
    data = document.model_dump(mode="json")
    if not data["withheld"]:
        del data["withheld"]
    return data


def dump_data(data: Any) -> bytes:
    """JSON-ready data written the canonical way (two-space indent, UTF-8, final newline)."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _reject_constant(name: str) -> Any:
    raise InterchangeError(f"{name} is not a valid number")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise InterchangeError(f"number with {len(text)} digits is too large")
    return int(text)


def _parse_float(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_DIGITS + 10:
        raise InterchangeError(f"number {text[:20]}… is too large")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - json only passes valid literals
        raise InterchangeError(f"invalid number {text!r}") from exc
    if not value.is_finite() or abs(value.adjusted()) > MAX_NUMBER_DIGITS:
        raise InterchangeError(f"number {text} is out of range")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InterchangeError(f"duplicate key {key!r}")
        result[key] = value
    return result


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _check_strings(value: Any, path: str) -> None:
    """Name the field holding a lone surrogate (only called when the text has an escaped one)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InterchangeError(f"{path}: contains a lone surrogate (\\u{ord(value[exc.start]):04x})") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, path)
            _check_strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]")


def parse_json(raw: bytes, source: str = "<input>", max_bytes: int = MAX_DOCUMENT_BYTES) -> Any:
    """Parse untrusted JSON bytes strictly; raise InterchangeError naming ``source``."""
    if len(raw) > max_bytes:
        raise InterchangeError(f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte limit", source)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"not UTF-8 text (invalid byte at offset {exc.start})", source) from None
    try:
        data = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except InterchangeError as exc:
        raise InterchangeError(exc.message, source) from None
    except RecursionError:
        raise InterchangeError("JSON nested too deeply", source) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", source) from None
    if _ESCAPED_SURROGATE.search(text):  # only \\u escapes can carry a lone surrogate into decoded text
        try:
            _check_strings(data, "")
        except InterchangeError as exc:
            raise InterchangeError(exc.message, source) from None
    return data


def document_from_data(data: Any, source: str = "<input>") -> ProposalDocument:
    """Validate parsed JSON as a ProposalDocument; errors name the field."""
    if not isinstance(data, dict):
        raise InterchangeError("the document must be a JSON object", source)
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError(f"not a Medicen proposal (format is {data.get('format')!r})", source)
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise InterchangeError(
            f"format_version: unsupported version {version!r} (this application reads version {FORMAT_VERSION})",
            source,
        )
    try:
        return ProposalDocument.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(first_problem(exc, count_others=True), source) from None


def load_document(raw: bytes, source: str = "<input>") -> ProposalDocument:
    """Strictly read interchange JSON bytes into a document."""
    return document_from_data(parse_json(raw, source), source)
