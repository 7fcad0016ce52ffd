"""Part states (owner, status, due date of a section, a work package, a partner's budget) as files carry them.

Packages and contributions carry them in their ``parts.json`` member
(``exchange.annotations``); the interchange JSON (``export-json``,
``import-json``) carries them as a top-level ``parts`` list beside the
proposal, left out when no part has a state (such a file is byte for byte
what it was before). A file without the list (an older one) imports with no
states, or with its sections' old ``status`` (``parts.legacy_section_statuses``).
Reading refuses, naming the file and the entry: an unknown status or kind, a
bad date, a target or owner the document does not hold, two entries for one
part. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.jsonio import document_data, dump_data
from medicen_desktop.document.parts import PartStatus
from medicen_desktop.document.schema import ProposalDocument, UUIDStr

PARTS_KEY: Final = "parts"
MAX_PARTS: Final = 10_000


class PartStateData(BaseModel):
    """One part's state: ``kind`` and ``target`` as stored (a section key, a WP's or a participation's UUID)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["section", "wp", "budget"]
    target: Annotated[str, Field(min_length=1, max_length=80)]
    owner_participation_uuid: UUIDStr | None = None
    owner_person: Annotated[str, Field(max_length=200)] = ""
    status: PartStatus = PartStatus.DRAFT
    due_date: dt.date | None = None
    updated_at: dt.datetime
    updated_by: Annotated[str, Field(max_length=200)] = ""

    @field_validator("updated_at")
    @classmethod
    def _in_utc(cls, value: dt.datetime) -> dt.datetime:
        """Stored times are UTC without a zone: a zoned time from a file is turned into one (never compared
        with a naive one, which Python refuses)."""
        return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo is not None else value


class _Parts(BaseModel):
    """The ``parts`` list validated under its own name, so a problem reads ``parts[2].status: ...``."""

    model_config = ConfigDict(extra="forbid")

    parts: list[PartStateData] = Field(default_factory=list, max_length=MAX_PARTS)


def dump_interchange(document: ProposalDocument, states: Sequence[PartStateData]) -> bytes:
    """The canonical interchange JSON of ``document`` with its part states (none: the plain document)."""
    data = document_data(document)
    if states:
        data[PARTS_KEY] = [state.model_dump(mode="json") for state in states]
    return dump_data(data)


def split_part_states(data: Any, source: str) -> tuple[Any, list[PartStateData] | None]:
    """Parsed interchange JSON without its ``parts``, and those validated (None when the file has none)."""
    if not isinstance(data, dict) or PARTS_KEY not in data:
        return data, None
    rest = {key: value for key, value in data.items() if key != PARTS_KEY}
    try:
        states = _Parts.model_validate({PARTS_KEY: data[PARTS_KEY]}).parts
    except ValidationError as exc:
        raise InterchangeError(first_problem(exc, count_others=True), source) from None
    return rest, states


def check_part_states(document: ProposalDocument, states: Sequence[PartStateData], source: str) -> None:
    """Refuse (InterchangeError naming ``source``) states whose part or owner ``document`` does not hold, and a
    second entry for one part."""
    targets = {"section": {s.key for s in document.sections}, "wp": {w.uuid for w in document.work_packages},
               "budget": {p.uuid for p in document.participations}}
    names = {"section": "section", "wp": "work package", "budget": "partner"}
    seen: set[tuple[str, str]] = set()
    for index, state in enumerate(states):
        where = f"{PARTS_KEY}[{index}]"
        if state.target not in targets[state.kind]:
            raise InterchangeError(f"{where}.target: no {names[state.kind]} {state.target} in the document", source)
        if state.owner_participation_uuid is not None and state.owner_participation_uuid not in targets["budget"]:
            raise InterchangeError(f"{where}.owner_participation_uuid: no participation "
                                   f"{state.owner_participation_uuid} in the document", source)
        if (state.kind, state.target) in seen:
            raise InterchangeError(f"{where}: a second entry for {state.kind}:{state.target}", source)
        seen.add((state.kind, state.target))
