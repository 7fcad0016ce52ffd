"""Three-way merge of Markdown text, paragraph by paragraph (merge3).

A paragraph is a run of lines between blank lines; a Markdown list or table
is one paragraph. Paragraphs changed on one side only are taken; the same
change on both sides is taken once; different changes to the same paragraph
(or insertions at the same place) are a conflict hunk. Nothing either side
wrote is dropped unless the other side changed or deleted that very paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import merge3

Side = Literal["ours", "theirs"]
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class TextHunk:
    """One conflicting region: the paragraphs of each side, joined by blank lines."""

    base: str
    ours: str
    theirs: str


@dataclass(frozen=True)
class TextMerge:
    """The result of merging one text field.

    ``parts`` alternates merged paragraphs (tuples of str) and indexes into
    ``hunks``; ``resolve`` builds the text with every hunk taken from one side.
    """

    parts: tuple[tuple[str, ...] | int, ...]
    hunks: tuple[TextHunk, ...]
    trailing: str

    @property
    def clean(self) -> bool:
        return not self.hunks

    def resolve(self, side: Side = "ours") -> str:
        """The merged text, each conflict hunk taken from ``side``."""
        paragraphs: list[str] = []
        for part in self.parts:
            if isinstance(part, int):
                hunk = self.hunks[part]
                chosen = hunk.ours if side == "ours" else hunk.theirs
                if chosen:
                    paragraphs.append(chosen)
            else:
                paragraphs.extend(part)
        return SEPARATOR.join(paragraphs) + (self.trailing if paragraphs else "")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (no leading or trailing blank lines)."""
    stripped = text.strip("\n")
    return _BLANK_LINES.split(stripped) if stripped else []


def _trailing(text: str) -> str:
    stripped = text.rstrip("\n")
    return text[len(stripped):] if stripped else ""


def merge_markdown(base: str, ours: str, theirs: str) -> TextMerge:
    """Merge ``theirs``' changes of ``base`` into ``ours``, paragraph by paragraph."""
    merger = merge3.Merge3(paragraphs(base), paragraphs(ours), paragraphs(theirs))
    parts: list[tuple[str, ...] | int] = []
    hunks: list[TextHunk] = []
    for group in merger.merge_groups():
        if group[0] == "conflict":
            _, b, a, t = group
            hunks.append(TextHunk(SEPARATOR.join(b), SEPARATOR.join(a), SEPARATOR.join(t)))
            parts.append(len(hunks) - 1)
        elif group[1]:
            parts.append(tuple(group[1]))
    return TextMerge(tuple(parts), tuple(hunks), _trailing(ours))
