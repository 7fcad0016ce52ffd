"""Comments and to-do markers: what the consortium says about the text, never the text itself.

A comment is anchored to a part (``document.parts``: ``section:KEY``,
``wp:<uuid>``, ``budget:<uuid>`` as stored) and, inside it, to a place:

- ``paragraph:N``: the N-th paragraph (1-based, paragraphs separated by a
  blank line) of a section's text;
- ``row:UUID``: a table row (a task, deliverable, milestone, budget line...);
- ``cell:CATEGORY:PERIOD``: a cell of a partner's budget table;
- ``""``: the part as a whole.

A thread is a root comment and its replies (``thread_uuid`` = the root's
UUID); the root carries the resolved flag. Comments are never edited nor
deleted: a merge is the union by UUID, so a comment is never a conflict and
never lost. The resolved flag is last-writer-wins by ``resolved_at`` (the
time it was last resolved or reopened); at equal times, resolved wins. That
makes ``merge_comments`` commutative, associative and idempotent.

A to-do marker is a paragraph of a section whose text starts with ``TODO:``.
Comments live outside the proposal snapshot and to-do paragraphs are
dropped by the dossier builder: neither ever reaches the funder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field

from medicen_desktop.document.schema import ProposalDocument, UUIDStr

COMMENTS_FORMAT: Final = "medicen-comments"
TODO_PREFIX: Final = "TODO:"
_ANCHOR = re.compile(r"^(?:|paragraph:[1-9]\d{0,5}|row:[0-9a-f-]{36}|cell:[^:\n]{1,40}:\d{1,2})$")
_TODO = re.compile(r"^ {0,3}TODO:\s*(.*)$", re.DOTALL)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_EPOCH = dt.datetime(1970, 1, 1)


class Comment(BaseModel):
    """One comment or reply (immutable once written, but for a root's resolved state)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when comments are first read

    uuid: UUIDStr
    thread_uuid: UUIDStr | None = None
    """The root comment's UUID for a reply; None for a root."""
    part: Annotated[str, Field(min_length=3, max_length=120)]
    anchor: Annotated[str, Field(max_length=80, pattern=_ANCHOR.pattern)] = ""
    author: Annotated[str, Field(max_length=200)]
    created_at: dt.datetime
    body: Annotated[str, Field(min_length=1, max_length=20_000)]
    resolved: bool = False
    resolved_at: dt.datetime | None = None
    resolved_by: Annotated[str, Field(max_length=200)] = ""

    @property
    def state(self) -> tuple[dt.datetime, bool]:
        """What the last-writer-wins merge compares: when the flag last changed, then resolved over open."""
        return (self.resolved_at or _EPOCH, self.resolved)


class CommentsFile(BaseModel):
    """``comments.json`` inside packages and contributions."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Annotated[str, Field(pattern=f"^{COMMENTS_FORMAT}$")] = COMMENTS_FORMAT
    format_version: Annotated[int, Field(ge=1, le=1)] = 1
    comments: list[Comment] = Field(default_factory=list, max_length=100_000)


def merge_comments(ours: Iterable[Comment], theirs: Iterable[Comment]) -> list[Comment]:
    """The union by UUID, each resolved flag the latest one; sorted by (created_at, uuid).

    A UUID present on both sides keeps our immutable fields (text, author,
    anchor): a comment is never edited, so they are the same.
    """
    merged: dict[str, Comment] = {c.uuid: c for c in ours}
    for comment in theirs:
        mine = merged.get(comment.uuid)
        if mine is None:
            merged[comment.uuid] = comment
        elif comment.state > mine.state:
            merged[comment.uuid] = mine.model_copy(update={
                "resolved": comment.resolved, "resolved_at": comment.resolved_at, "resolved_by": comment.resolved_by})
    return sorted(merged.values(), key=lambda c: (c.created_at, c.uuid))


@dataclass(frozen=True)
class Todo:
    """A to-do marker: a section paragraph starting with ``TODO:``."""

    section_key: str
    paragraph: int
    """1-based, as comment anchors count."""
    text: str


def section_paragraphs(body: str) -> list[str]:
    """The paragraphs of a section's Markdown (separated by blank lines), as anchors number them."""
    stripped = body.strip("\n")
    return _BLANK_LINES.split(stripped) if stripped else []


def is_todo(paragraph: str) -> bool:
    return _TODO.match(paragraph) is not None


def todos(document: ProposalDocument) -> list[Todo]:
    """Every to-do marker of the proposal's sections, in document order."""
    found: list[Todo] = []
    for section in document.sections:
        for index, paragraph in enumerate(section_paragraphs(section.body), start=1):
            match = _TODO.match(paragraph)
            if match is not None:
                found.append(Todo(section.key, index, " ".join(match.group(1).split())))
    return found


def without_todos(body: str) -> str:
    """The Markdown with its to-do paragraphs dropped (what the dossier shows)."""
    if TODO_PREFIX not in body:
        return body
    return "\n\n".join(p for p in section_paragraphs(body) if not is_todo(p))
