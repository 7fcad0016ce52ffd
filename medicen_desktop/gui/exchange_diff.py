"""Word-level differences as HTML, for the merge window's side-by-side conflict view.

``side_html(base, text, side)`` marks, word by word, what one side changed
from the common base: inserted words highlighted in the side's colour,
deleted words struck through. Pure (no widgets): text in, HTML out, every
piece of user text escaped. ``as_text`` gives any field value as the text compared.
"""

from __future__ import annotations

import difflib
import html
import re
from typing import Any

from medicen_desktop.document.jsonio import plain
from medicen_desktop.exchange.textmerge import Side

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
INSERTED = {"ours": "#d0e2ff", "theirs": "#c8efd0"}
"""Background of the words a side added (yours blue, the partner's green; both readable in grey)."""
DELETED = "#fbd6d6"


_HIDDEN_KEYS = frozenset({"uuid", "revision", "proposal_uuid"})


def as_text(value: Any) -> str:
    """A field value, or an entity's values (one "field: value" line each), as plain text."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, dict):
        return "\n".join(f"{k.replace('_', ' ')}: {as_text(v)}" for k, v in value.items()
                         if k not in _HIDDEN_KEYS and v not in (None, "", []))
    if isinstance(value, list):
        return ", ".join(as_text(v) for v in value)
    return str(value)


def words(text: str) -> list[str]:
    """Words, runs of spaces and single punctuation marks; joined they give ``text`` back."""
    return _TOKEN.findall(text)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def side_html(base: str, text: str, side: Side) -> str:
    """``text`` as HTML with its word changes from ``base`` marked (``<span class="ins|del">``)."""
    old, new = words(base), words(text)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(_escape("".join(new[b1:b2])))
            continue
        removed, added = "".join(old[a1:a2]), "".join(new[b1:b2])
        if removed.strip():  # removed spaces alone are not shown: the text no longer has them
            out.append(f'<span class="del" style="background-color:{DELETED}; text-decoration:line-through;">'
                       f"{_escape(removed)}</span>")
        if added.strip():
            out.append(f'<span class="ins" style="background-color:{INSERTED[side]};">{_escape(added)}</span>')
        elif added:
            out.append(_escape(added))
    return "".join(out)


def changed_words(base: str, text: str) -> list[str]:
    """The words ``text`` adds to ``base`` (what ``side_html`` highlights), for tests and tooltips."""
    old, new = words(base), words(text)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [w for op, _, _, b1, b2 in matcher.get_opcodes() if op in ("replace", "insert")
            for w in new[b1:b2] if w.strip()]
