"""What changed for a partner since its last package: the ``changes.json`` member of a package.

When the coordinator sends a partner a new package, the package carries the
diff (``exchange.diff``) from the snapshot the partner's previous package
carried to the one this package carries: both are the snapshots *as sent*
to that partner, so the digest tells nothing the partner's packages do not
already show. A first package has no such member. The partner's window shows
it when the package is opened.

The member is optional and separate from the snapshot, so the package
format stays as it was for every other member. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from medicen_desktop.document.errors import InterchangeError, first_problem
from medicen_desktop.document.jsonio import parse_json
from medicen_desktop.document.schema import ENTITY_LISTS, Proposal, ProposalDocument, UUIDStr
from medicen_desktop.exchange.diff import CellChange, DocumentDiff, EntityDiff, FieldDiff, Run, diff_documents
from medicen_desktop.exchange.digest import canonical_json
from medicen_desktop.exchange.manifest import CHANGES_MEMBER

FORMAT = "medicen-changes"
MAX_BYTES = 32 * 1024 * 1024
_Text = Annotated[str, Field(max_length=1_000_000)]
_Name = Annotated[str, Field(max_length=2_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _RunData(_Strict):
    op: Literal["=", "+", "-"]
    text: _Text


class _CellData(_Strict):
    table: Annotated[int, Field(ge=0, le=10_000)]
    row: Annotated[int, Field(ge=0, le=100_000)]
    column: Annotated[int, Field(ge=0, le=1_000)]
    before: _Text
    after: _Text


class _FieldData(_Strict):
    field: Annotated[str, Field(max_length=80)]
    before: Any = None
    after: Any = None
    words: list[_RunData] = Field(default_factory=list, max_length=100_000)
    cells: list[_CellData] = Field(default_factory=list, max_length=100_000)


class _EntityData(_Strict):
    entity: Annotated[str, Field(max_length=40)]
    uuid: UUIDStr
    name: _Name
    label: _Name
    part: _Name
    change: Literal["added", "removed", "changed"]
    fields: list[_FieldData] = Field(max_length=1_000)
    values: dict[str, Any] | None = None


class _ChangesData(_Strict):
    format: Literal["medicen-changes"]
    since_package: UUIDStr
    since: dt.datetime
    counts: dict[str, int]
    parts: list[_Name]
    entities: list[_EntityData] = Field(max_length=1_000_000)


@dataclass(frozen=True)
class RoundChanges:
    """The digest a package carries: since when (the previous package), and the diff."""

    since_package: str
    since: dt.datetime
    diff: DocumentDiff


def build_changes(previous: ProposalDocument, base: ProposalDocument, since_package: str,
                  since: dt.datetime) -> bytes:
    """The member's bytes: what ``base`` changed from ``previous`` (both as sent to the partner)."""
    diff = diff_documents(previous, base)
    return canonical_json({"format": FORMAT, "since_package": since_package,
                           "since": since.isoformat(timespec="seconds"), **diff.to_data()})


def read_changes(raw: bytes, source: str) -> RoundChanges:
    """Parse and validate the member; raise InterchangeError naming ``source`` and the problem."""
    try:
        data = _ChangesData.model_validate(parse_json(raw, source, MAX_BYTES))
    except InterchangeError as exc:
        raise InterchangeError(f"{CHANGES_MEMBER}: {exc.message}", source) from None
    except ValidationError as exc:
        raise InterchangeError(f"{CHANGES_MEMBER}: {first_problem(exc)}", source) from None
    entities = tuple(
        EntityDiff(e.entity, e.uuid, e.name, e.part, e.change,
                   tuple(FieldDiff(f.field, _typed(e.entity, f.field, f.before), _typed(e.entity, f.field, f.after),
                                   tuple(Run(r.op, r.text) for r in f.words),
                                   tuple(CellChange(c.table, c.row, c.column, c.before, c.after) for c in f.cells))
                         for f in e.fields),
                   None if e.values is None else {k: _typed(e.entity, k, v) for k, v in e.values.items()})
        for e in data.entities)
    return RoundChanges(data.since_package, data.since, DocumentDiff(entities))


def _typed(list_name: str, field: str, value: Any) -> Any:
    """A value read back from JSON as the snapshot held it (an amount a Decimal, a date a date), as ``FieldDiff``
    promises: shown as a string, "3500.50" was not written the UI's way ("3 500,50")."""
    adapter = _adapter(list_name, field)
    if adapter is None or value is None:
        return value
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return value  # an older or newer schema's value: shown as it came


@functools.cache
def _adapter(list_name: str, field: str) -> TypeAdapter[Any] | None:
    model = Proposal if list_name == "proposal" else ENTITY_LISTS.get(list_name)
    info = model.model_fields.get(field) if model is not None else None
    return TypeAdapter(info.annotation) if info is not None and info.annotation is not None else None
