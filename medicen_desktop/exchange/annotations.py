"""What packages and contributions carry besides the proposal: comments and part states.

Two optional members, listed and hashed in the manifest like every other:

- ``comments.json`` (``document.comments.CommentsFile``): comment threads,
  in packages and contributions; merged by union, never a conflict;
- ``parts.json`` (``PartsFile`` of ``document.part_states.PartStateData``, as the interchange JSON's
  ``parts``): owners, statuses and due dates; the
  coordinator sets them, a contribution carries back the statuses the
  partner may set (its parts in review, or back to draft).

An archive without them (an older version's) reads as none. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from medicen_desktop.document.comments import Comment, CommentsFile
from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.jsonio import parse_json
from medicen_desktop.document.part_states import PartStateData
from medicen_desktop.exchange.digest import canonical_json

COMMENTS_MEMBER: Final = "comments.json"
PARTS_MEMBER: Final = "parts.json"
ANNOTATION_MEMBERS: Final = frozenset({COMMENTS_MEMBER, PARTS_MEMBER})
_MAX_BYTES = 32 * 1024 * 1024


class PartsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["medicen-parts"] = "medicen-parts"
    format_version: Literal[1] = 1
    parts: list[PartStateData] = Field(default_factory=list, max_length=10_000)


def annotation_members(comments: Iterable[Comment] | None, parts: Iterable[PartStateData] | None) -> dict[str, bytes]:
    """The members to add to an archive (None: that member is left out)."""
    members: dict[str, bytes] = {}
    if comments is not None:
        members[COMMENTS_MEMBER] = canonical_json(CommentsFile(comments=list(comments)).model_dump(mode="json"))
    if parts is not None:
        members[PARTS_MEMBER] = canonical_json(PartsFile(parts=list(parts)).model_dump(mode="json"))
    return members


def read_comments(members: Mapping[str, bytes], source: str) -> list[Comment]:
    """The comments an archive carries ([] when it has none); raises InterchangeError."""
    if COMMENTS_MEMBER not in members:
        return []
    data = parse_json(members[COMMENTS_MEMBER], source, _MAX_BYTES)
    try:
        return CommentsFile.model_validate(data).comments
    except ValidationError as exc:
        raise InterchangeError(f"{COMMENTS_MEMBER}: {first_problem(exc)}", source) from None


def read_parts(members: Mapping[str, bytes], source: str) -> list[PartStateData] | None:
    """The part states a package carries (None when it has none); raises InterchangeError."""
    if PARTS_MEMBER not in members:
        return None
    data = parse_json(members[PARTS_MEMBER], source, _MAX_BYTES)
    try:
        return PartsFile.model_validate(data).parts
    except ValidationError as exc:
        raise InterchangeError(f"{PARTS_MEMBER}: {first_problem(exc)}", source) from None
