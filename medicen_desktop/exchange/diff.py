"""What changed between two snapshots of a proposal: entity by entity, field by field, word by word.

``diff_documents(before, after)`` matches entities by UUID. An entity only
in ``after`` is added, only in ``before`` removed; one in both with other
values is changed, and each changed field is listed by name with both
values. A text field also gets word-level marks (``runs``: kept, inserted
and deleted words, from diff-match-patch over word tokens), and a Markdown
table inside it the cells that changed (table, row, column). Budget lines
(partner × category × year) and efforts (partner × work package) are cells
of the budget and effort tables: each changed one is its own entry.

Every entity belongs to a *part* the user can restore as a whole
(``part_of``): ``project`` (the general information), ``section:KEY``,
``wp:N`` (a work package with its tasks, deliverables and milestones),
``budget:PARTNER`` (a partner's budget lines and efforts),
``partner:PARTNER`` (the participation, its organisation and team),
``risks`` and ``annexes``. Pure: a function of two snapshots, no database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from diff_match_patch import diff_match_patch

from medicen_desktop.document.jsonio import plain
from medicen_desktop.document.parts import part_of_entity
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument

Op = Literal["=", "+", "-"]
Change = Literal["added", "removed", "changed"]

_IGNORED = frozenset({"uuid", "revision"})
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_PARAGRAPH = re.compile(r"(\n[ \t]*\n)")
"""Splits text into paragraphs and the blank lines between them (kept, as pieces of their own)."""
_SEPARATOR_ROW = re.compile(r"^\|?[\s:|-]+\|?$")
_CODE_BASE = 0x10000
"""Word tokens are diffed as one character each, taken from the supplementary planes (no surrogates)."""

Values = dict[str, Any]


@dataclass(frozen=True)
class Run:
    """A stretch of text: kept (``=``), inserted (``+``) or deleted (``-``)."""

    op: Op
    text: str


@dataclass(frozen=True)
class CellChange:
    """One cell of a Markdown table that changed (0-based table, row and column; the header is row 0)."""

    table: int
    row: int
    column: int
    before: str
    after: str


@dataclass(frozen=True)
class FieldDiff:
    """One field that changed: both values (as the snapshot holds them: decimals, enums, dates), and for
    text its word marks and changed table cells."""

    field: str
    before: Any
    after: Any
    runs: tuple[Run, ...] = ()
    cells: tuple[CellChange, ...] = ()

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field, "before": plain(self.before), "after": plain(self.after)}
        if self.runs:
            data["words"] = [{"op": r.op, "text": r.text} for r in self.runs]
        if self.cells:
            data["cells"] = [{"table": c.table, "row": c.row, "column": c.column, "before": c.before, "after": c.after}
                             for c in self.cells]
        return data


@dataclass(frozen=True)
class EntityDiff:
    """One entity added, removed or changed; ``name`` is what the user calls it (a key, a number, a name)."""

    list_name: str
    uuid: str
    name: str
    part: str
    change: Change
    fields: tuple[FieldDiff, ...] = ()
    values: Values | None = None
    """The whole entity (plain values) when it was added or removed."""

    @property
    def label(self) -> str:
        kind = "proposal" if self.list_name == "proposal" else self.list_name.removesuffix("s").replace("_", " ")
        return f"{kind} {self.name}".strip()

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"entity": self.list_name, "uuid": self.uuid, "name": self.name, "label": self.label,
                                "part": self.part,
                                "change": self.change, "fields": [f.to_data() for f in self.fields]}
        if self.values is not None:
            data["values"] = self.values
        return data


@dataclass(frozen=True)
class DocumentDiff:
    """Every entity that differs, in document order (general information, then each list)."""

    entities: tuple[EntityDiff, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entities)

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts that changed, in order, once each."""
        return tuple(dict.fromkeys(e.part for e in self.entities))

    def counts(self) -> dict[str, int]:
        counts = {"added": 0, "removed": 0, "changed": 0}
        for entity in self.entities:
            counts[entity.change] += 1
        return counts

    def to_data(self) -> dict[str, Any]:
        return {"counts": self.counts(), "parts": list(self.parts), "entities": [e.to_data() for e in self.entities]}


# -- words -------------------------------------------------------------------

def _encode(pieces: list[str], codes: dict[str, str], tokens: list[str]) -> str:
    """One character per piece, the same for equal pieces (diff-match-patch's lines-to-chars, for any pieces)."""
    out = []
    for piece in pieces:
        code = codes.get(piece)
        if code is None:
            code = codes[piece] = chr(_CODE_BASE + len(tokens))
            tokens.append(piece)
        out.append(code)
    return "".join(out)


def _diff(old: list[str], new: list[str], semantic: bool) -> list[tuple[int, str]]:
    """diff-match-patch over two sequences of pieces: (-1 | 0 | 1, the pieces joined)."""
    codes: dict[str, str] = {}
    tokens: list[str] = []
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # exact, and the same answer every time
    diffs = engine.diff_main(_encode(old, codes, tokens), _encode(new, codes, tokens), False)
    if semantic:
        engine.diff_cleanupSemantic(diffs)
    return [(operation, "".join(tokens[ord(c) - _CODE_BASE] for c in text)) for operation, text in diffs]


def _append(runs: list[Run], op: Op, text: str) -> None:
    if not text:
        return
    if runs and runs[-1].op == op:
        runs[-1] = Run(op, runs[-1].text + text)
    else:
        runs.append(Run(op, text))


def word_runs(before: str, after: str) -> tuple[Run, ...]:
    """``after`` against ``before`` as kept, inserted and deleted runs of whole words.

    Paragraphs are matched first, so only the paragraphs that changed are
    compared word by word (a long section with a few edits costs little).
    Joining the ``=`` and ``-`` runs gives ``before`` back, the ``=`` and ``+`` runs ``after``.
    """
    runs: list[Run] = []
    pending: dict[int, str] = {-1: "", 1: ""}

    def flush() -> None:
        if pending[-1] and pending[1]:
            for operation, text in _diff(_TOKEN.findall(pending[-1]), _TOKEN.findall(pending[1]), True):
                _append(runs, "=" if operation == 0 else ("+" if operation > 0 else "-"), text)
        else:
            _append(runs, "-", pending[-1])
            _append(runs, "+", pending[1])
        pending[-1] = pending[1] = ""

    for operation, text in _diff(_PARAGRAPH.split(before), _PARAGRAPH.split(after), False):
        if operation == 0:
            flush()
            _append(runs, "=", text)
        else:
            pending[operation] += text
    flush()
    return tuple(runs)


def _tables(text: str) -> list[list[list[str]]]:
    """The Markdown tables of ``text``: rows of cell texts (separator rows left out)."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped.startswith("|"):
            current = None
            continue
        if current is None:
            current = []
            tables.append(current)
        if _SEPARATOR_ROW.match(stripped) and "-" in stripped:
            continue
        current.append([cell.strip() for cell in stripped.strip("|").split("|")])
    return tables


def table_cells(before: str, after: str) -> tuple[CellChange, ...]:
    """The cells of the Markdown tables in ``after`` that differ from ``before``'s table at the same place."""
    if "|" not in before and "|" not in after:
        return ()
    changes: list[CellChange] = []
    old_tables, new_tables = _tables(before), _tables(after)
    for t in range(max(len(old_tables), len(new_tables))):
        old = old_tables[t] if t < len(old_tables) else []
        new = new_tables[t] if t < len(new_tables) else []
        for r in range(max(len(old), len(new))):
            old_row = old[r] if r < len(old) else []
            new_row = new[r] if r < len(new) else []
            for c in range(max(len(old_row), len(new_row))):
                a = old_row[c] if c < len(old_row) else ""
                b = new_row[c] if c < len(new_row) else ""
                if a != b:
                    changes.append(CellChange(t, r, c, a, b))
    return tuple(changes)


# -- parts and names ----------------------------------------------------------

class PartIndex:
    """What naming an entity and finding its part need of its snapshot."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        organisations = {o["uuid"]: o for o in data["organisations"]}
        self.partner: dict[str, str] = {}
        self.org_partner: dict[str, str] = {}
        for p in data["participations"]:
            org = organisations.get(p["organisation_uuid"], {})
            name = org.get("short_name") or org.get("legal_name") or p["uuid"][:8]
            self.partner[p["uuid"]] = name
            self.org_partner[p["organisation_uuid"]] = name
        self.wp: dict[str, int] = {w["uuid"]: w["number"] for w in data["work_packages"]}

    def partner_of(self, uuid: str | None) -> str:
        return self.partner.get(uuid or "", (uuid or "")[:8])

    def wp_of(self, uuid: str | None) -> str:
        return f"wp:{self.wp[uuid]}" if uuid in self.wp else "milestones"


def part_of(list_name: str, values: Mapping[str, Any], index: PartIndex) -> str:
    """The restorable part an entity belongs to (see the module docstring): a section, a work package and a
    partner's budget as ``document.parts.part_of_entity`` finds them, named by number and short name."""
    part = part_of_entity(list_name, values)
    if part is not None:
        match part.kind:
            case "section":
                return f"section:{part.target}"
            case "wp":
                return index.wp_of(part.target)
            case _:
                return f"budget:{index.partner_of(part.target)}"
    match list_name:
        case "proposal":
            return "project"
        case "tasks" | "deliverables" | "milestones":  # in no work package
            return "milestones"
        case "participations":
            return f"partner:{index.partner_of(values['uuid'])}"
        case "team_members":
            return f"partner:{index.partner_of(values['participation_uuid'])}"
        case "organisations":
            return f"partner:{index.org_partner.get(values['uuid'], values.get('short_name') or values['uuid'][:8])}"
        case "risks":
            return "risks"
        case _:
            return "annexes"


def name_of(list_name: str, values: Mapping[str, Any], index: PartIndex) -> str:
    """The entity as the user names it: "excellence", "WP2", "T2.1", "P3 personnel year 1"..."""
    match list_name:
        case "proposal":
            return str(values.get("acronym", ""))
        case "sections":
            return str(values["key"])
        case "work_packages":
            return f"WP{values['number']}"
        case "tasks":
            wp = index.wp.get(values["work_package_uuid"], "?")
            return f"T{wp}.{values['number']}"
        case "deliverables" | "milestones":
            return str(values["number"])
        case "budget_lines":
            return f"{index.partner_of(values['participation_uuid'])} {values['category']} year {values['period']}"
        case "efforts":
            wp = index.wp.get(values["work_package_uuid"], "?")
            return f"{index.partner_of(values['participation_uuid'])} WP{wp}"
        case "participations":
            return index.partner_of(values["uuid"])
        case "team_members":
            return str(values["name"])
        case "organisations":
            return str(values.get("short_name") or values.get("legal_name"))
        case "risks":
            return f"#{int(values.get('position', 0)) + 1}"
        case _:
            return str(values.get("filename", values["uuid"][:8]))


# -- the diff -----------------------------------------------------------------

def field_diff(name: str, before: Any, after: Any) -> FieldDiff:
    """One changed field: its values, and word runs and table cells for text."""
    if isinstance(before, str | None) and isinstance(after, str | None):  # text, or text set or unset
        old, new = before or "", after or ""
        return FieldDiff(name, before, after, word_runs(old, new), table_cells(old, new))
    return FieldDiff(name, before, after)


def _changed_fields(before: Values, after: Values) -> tuple[FieldDiff, ...]:
    return tuple(field_diff(name, before.get(name), after.get(name))
                 for name in dict.fromkeys([*before, *after])
                 if name not in _IGNORED and before.get(name) != after.get(name))


@dataclass
class _Walk:
    old: PartIndex
    new: PartIndex
    out: list[EntityDiff] = field(default_factory=list)

    def entity(self, list_name: str, before: Values | None, after: Values | None) -> None:
        if before is None and after is not None:
            self.out.append(EntityDiff(list_name, after["uuid"], name_of(list_name, after, self.new),
                                       part_of(list_name, after, self.new), "added", values=plain(after)))
        elif after is None and before is not None:
            self.out.append(EntityDiff(list_name, before["uuid"], name_of(list_name, before, self.old),
                                       part_of(list_name, before, self.old), "removed", values=plain(before)))
        elif before is not None and after is not None:
            fields = _changed_fields(before, after)
            if fields:
                self.out.append(EntityDiff(list_name, after["uuid"], name_of(list_name, after, self.new),
                                           part_of(list_name, after, self.new), "changed", fields))


def diff_data(before: Mapping[str, Any], after: Mapping[str, Any]) -> DocumentDiff:
    """``diff_documents`` over two snapshots already dumped (``model_dump()``)."""
    walk = _Walk(PartIndex(before), PartIndex(after))
    walk.entity("proposal", before["proposal"], after["proposal"])
    for list_name in ENTITY_LISTS:
        old = {v["uuid"]: v for v in before[list_name]}
        new = {v["uuid"]: v for v in after[list_name]}
        for uuid, values in new.items():
            previous = old.get(uuid)
            if previous != values:
                walk.entity(list_name, previous, values)
        for uuid, values in old.items():
            if uuid not in new:
                walk.entity(list_name, values, None)
    return DocumentDiff(tuple(walk.out))


def diff_documents(before: ProposalDocument, after: ProposalDocument) -> DocumentDiff:
    """What ``after`` changed from ``before`` (see the module docstring)."""
    return diff_data(before.model_dump(), after.model_dump())
