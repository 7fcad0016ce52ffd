"""Normalising text pasted from Word or typed into Qt widgets.

python-docx refuses most C0 control characters, reportlab mangles them, and
Word's clipboard is full of them (\\x0b is Shift+Enter, \\x0c a page break).
The service layer runs every string of every write through these functions,
whatever the caller, so the database never holds one.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument

PAGE_BREAK = "<!-- pagebreak -->"
"""A Markdown paragraph made of this line alone is a page break in the dossier."""

MARKDOWN_FIELDS = frozenset(
    {"summary", "body", "description", "objectives", "cv", "role_description", "mitigation", "verification"}
)
"""Fields that hold Markdown; every other string field is plain text."""

# C0 controls but tab and newline, DEL, C1 controls, and the non-characters
# python-docx refuses. \x0b and \x0c are handled before this runs.
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _common(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return text


def normalise_plain(text: str) -> str:
    """Plain fields (titles, names): line and page breaks become newlines."""
    text = _common(text).replace("\x0b", "\n").replace("\x0c", "\n")
    return _DROPPED.sub("", text)


def normalise_markdown(text: str) -> str:
    """Markdown fields: \\x0b becomes a hard line break, \\x0c a page-break paragraph."""
    text = _common(text).replace("\x0b", "\\\n").replace("\x0c", f"\n\n{PAGE_BREAK}\n\n")
    return _DROPPED.sub("", text)


def normalise_field(field: str, text: str) -> str:
    """Normalise the value of ``field`` by its kind (Markdown or plain)."""
    return normalise_markdown(text) if field in MARKDOWN_FIELDS else normalise_plain(text)


def normalise_values(values: dict[str, object]) -> dict[str, object]:
    """Normalise every string (and list of strings) of one entity's field values."""
    result: dict[str, object] = {}
    for field, value in values.items():
        if isinstance(value, str):
            value = normalise_field(field, value)
        elif isinstance(value, list):
            value = [normalise_plain(item) if isinstance(item, str) else item for item in value]
        result[field] = value
    return result


def normalise_document(document: ProposalDocument) -> ProposalDocument:
    """A validated copy of ``document`` with every string normalised."""
    data = document.model_dump()
    data["proposal"] = normalise_values(data["proposal"])
    for list_name in ENTITY_LISTS:
        data[list_name] = [normalise_values(item) for item in data[list_name]]
    try:
        return ProposalDocument.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(f"{first_problem(exc)} once control characters are removed") from None
