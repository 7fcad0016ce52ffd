"""Three-way merge of Markdown text, paragraph by paragraph (merge3).

A paragraph is a run of lines between blank lines; a Markdown list or table
is one paragraph. Paragraphs changed on one side only are taken; the same
change on both sides is taken once; paragraphs inserted by one side next to
an edit of the other, or by both at the same place, are all kept (ours
first); different changes to the same paragraph are a conflict hunk (one
per paragraph where the regions line up). Nothing either side
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


Item = tuple[str, ...] | TextHunk


def _align(paras: list[str], base: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """(inserted before, the base region edited in place, inserted after), or None if paragraphs were removed."""
    n = len(base)
    if len(paras) < n:
        return None
    if len(paras) == n:
        return [], paras, []
    tail_matches = sum(x == y for x, y in zip(paras[:n], base, strict=True))
    head_matches = sum(x == y for x, y in zip(paras[-n:], base, strict=True))
    if head_matches > tail_matches:
        return paras[:-n], paras[-n:], []
    return [], paras[:n], paras[n:]


def _refine(base: list[str], ours: list[str], theirs: list[str]) -> list[Item]:
    """Split a merge3 conflict into paragraph-sized pieces.

    merge3 reports an edit next to an insertion (or two insertions at the
    same place) as one conflict; keeping the insertions around the region
    and pairing the region's paragraphs one to one leaves as conflicts only
    the paragraphs both sides changed differently.
    """
    if not base:
        return [_both(ours, theirs)]
    aligned_ours, aligned_theirs = _align(ours, base), _align(theirs, base)
    if aligned_ours is None or aligned_theirs is None:
        return [TextHunk(SEPARATOR.join(base), SEPARATOR.join(ours), SEPARATOR.join(theirs))]
    items: list[Item] = [_both(aligned_ours[0], aligned_theirs[0])]
    for b, a, t in zip(base, aligned_ours[1], aligned_theirs[1], strict=True):
        if a == t or t == b:
            items.append((a,))
        elif a == b:
            items.append((t,))
        else:
            items.append(TextHunk(b, a, t))
    items.append(_both(aligned_ours[2], aligned_theirs[2]))
    return items


def _both(ours: list[str], theirs: list[str]) -> tuple[str, ...]:
    """Paragraphs both sides inserted at one place: ours, then theirs not already there."""
    return tuple(ours + [p for p in theirs if p not in ours])


def merge_markdown(base: str, ours: str, theirs: str) -> TextMerge:
    """Merge ``theirs``' changes of ``base`` into ``ours``, paragraph by paragraph."""
    merger = merge3.Merge3(paragraphs(base), paragraphs(ours), paragraphs(theirs))
    parts: list[tuple[str, ...] | int] = []
    hunks: list[TextHunk] = []
    for group in merger.merge_groups():
        items: list[Item] = _refine(*map(list, group[1:])) if group[0] == "conflict" else [tuple(group[1])]
        for item in items:
            if isinstance(item, TextHunk):
                hunks.append(item)
                parts.append(len(hunks) - 1)
            elif item:
                parts.append(item)
    return TextMerge(tuple(parts), tuple(hunks), _trailing(ours))
