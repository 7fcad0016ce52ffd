"""Measuring Markdown text the way a funder's form counts it.

Funders count the words and characters of the text a reader sees, so
Markdown markup (emphasis stars, heading hashes, list markers, table pipes
and separator rows) is removed before counting. Characters include spaces;
runs of whitespace count as one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", re.MULTILINE)
_LINE_MARKERS = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_|_(?!\w)|`)")
_SPACE = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """The visible text of a Markdown body, on one line."""
    text = _SEPARATOR_ROW.sub(" ", markdown)
    text = _LINE_MARKERS.sub("", text)
    text = _EMPHASIS.sub("", text).replace("|", " ").replace("\\\n", " ")
    return _SPACE.sub(" ", text).strip()


def count_words(markdown: str) -> int:
    """Words of the visible text (a number counts as a word; "d'un" counts as one)."""
    return len(_WORD.findall(plain_text(markdown)))


def count_chars(markdown: str) -> int:
    """Characters of the visible text, spaces included."""
    return len(plain_text(markdown))
