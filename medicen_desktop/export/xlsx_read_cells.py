"""Reading a budget form back, cell by cell: the checks and messages every form's reader shares.

A form's reader (``xlsx_lump_sum_read``, ``xlsx_part_a_read``,
``xlsx_annex_read``) walks the partner's cells with a ``CellReader``: a
typed cell is read as a number (``number``: text, negative, absurd or
sub-cent values refused), a formula cell must still hold a formula
(``formula``), a cell derived in our model must show the model's figure
(``derived``), a label must be the one written. Every problem is collected
with its place (``Sheet!B7``) and the reader raises ``BudgetWorkbookRefused``
listing them all, before anything is applied. The changes found are
``CellChange`` values (cell, what, old, new) shown before they are applied.

``set_typed_amount`` lands a changed amount on the partner's cost items, the
same way for every form.
"""

from __future__ import annotations

import re
import uuid as uuids
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.errors import Refused

MAX_AMOUNT = Decimal("1000000000")
"""An amount above a thousand million euros in one cell is a typing slip."""
MAX_RATE = Decimal("100000")
"""A monthly personnel cost above €100,000 is a typing slip."""
MAX_MONTHS = Decimal("10000")
"""More person-months than this in one cell is a typing slip."""
CENT = Decimal("0.01")
NumberKind = Literal["pm", "rate", "amount", "ratio"]
_REFERENCE = re.compile(r"\$?[A-Z]{1,3}\$?[0-9]+")


@dataclass(frozen=True)
class CellChange:
    cell: str
    """``BE2!C5``"""
    what: str
    """``WP2, A. Personnel: person-months``"""
    old: Decimal
    new: Decimal


class BudgetWorkbookRefused(Refused):
    """The workbook cannot be read back; ``problems`` says where and why, cell by cell."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{path}: not read, nothing changed:\n" + "\n".join(f"  {p}" for p in problems))


def open_workbook(path: Path) -> Any:
    """The workbook at ``path`` (formulas as written, not their values); raises BudgetWorkbookRefused."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with path.open("rb") as stream:  # a stream: openpyxl then judges the content, not the file's name
            return load_workbook(stream)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, InvalidFileException) as exc:
        raise BudgetWorkbookRefused(path, [f"not an .xlsx workbook ({exc})"]) from None


def letter(column: int) -> str:
    """The column letter of a 1-based column number."""
    from openpyxl.utils import get_column_letter

    text: str = get_column_letter(column)
    return text


def text_of(raw: object) -> str:
    """A label cell's text, spaces trimmed (None: empty)."""
    return "" if raw is None else str(raw).strip()


def is_formula(raw: object) -> bool:
    return isinstance(raw, str) and raw.startswith("=")


@dataclass
class CellReader:
    """One sheet of the workbook being read: its cells, the problems found, the changes found."""

    sheet: Any
    problems: list[str] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)

    @property
    def title(self) -> str:
        title: str = self.sheet.title
        return title

    def place(self, ref: str) -> str:
        """``Sheet!B7``, the sheet's name quoted as a formula would when it holds a space."""
        title = self.title
        return f"'{title}'!{ref}" if re.search(r"[^A-Za-z0-9_.]", title) else f"{title}!{ref}"

    def refuse(self, ref: str, message: str) -> None:
        self.problems.append(f"{self.place(ref)}: {message}")

    def raw(self, ref: str) -> object:
        return self.sheet[ref].value

    def label(self, ref: str, expected: str, why: str = "") -> bool:
        """Whether the cell holds the label ``expected``; a problem when not."""
        found = self.raw(ref)
        if text_of(found) == expected.strip():
            return True
        self.refuse(ref, f"{expected!r} expected, found {found!r}{f' ({why})' if why else ''}")
        return False

    def number(self, ref: str, what: str, kind: NumberKind) -> Decimal | None:
        """The number typed in the cell (empty: 0), or None with a problem naming the cell and ``what``."""
        value, problem = number(self.raw(ref), kind)
        if problem:
            self.refuse(ref, f"{what}: {problem}")
            return None
        return value

    def formula(self, ref: str, what: str, with_references: bool = True) -> None:
        """A problem when the formula of ``what`` was replaced by a value, text or a constant formula."""
        raw = self.raw(ref)
        if not is_formula(raw):
            found = "an empty cell" if raw is None or raw == "" else \
                f"the text {raw!r}" if isinstance(raw, str) else f"the value {raw!r}"
            self.refuse(ref, f"the formula of '{what}' was replaced by {found}; it must stay a formula")
        elif with_references and not _REFERENCE.search(str(raw)):
            self.refuse(ref, f"the formula of '{what}' was replaced by the constant {raw!r}; it must stay a formula "
                             "of the cells it adds up")

    def derived(self, ref: str, what: str, model: Decimal, kind: NumberKind, source: str) -> None:
        """A figure our model derives (``source`` says from what): a problem when the cell disagrees with it."""
        value = self.number(ref, what, kind)
        if value is not None and abs(value - model) >= (Decimal("0.00005") if kind == "ratio" else Decimal("0.005")):
            self.refuse(ref, f"{what}: {_plain(value, kind)} found, the model gives {_plain(model, kind)} ({source}); "
                             "not applied")

    def compare(self, ref: str, what: str, old: Decimal, new: Decimal | None) -> bool:
        """Record a change when ``new`` differs from ``old``; True when it does."""
        if new is None or new == old:
            return False
        self.changes.append(CellChange(self.place(ref), what, old, new))
        return True


def number(raw: object, kind: NumberKind) -> tuple[Decimal, str | None]:
    """A typed cell's number (empty: 0) and the problem with it, if any."""
    if raw is None or raw == "":
        return Decimal(0), None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        found = "a formula" if is_formula(raw) else "text"
        return Decimal(0), f"{found} {raw!r} where a number is typed"
    try:
        value = Decimal(repr(round(float(raw), 6)))
    except InvalidOperation:
        return Decimal(0), f"{raw!r} is not a number"
    if not value.is_finite():
        return Decimal(0), f"{raw!r} is not a number"
    if value < 0:
        return value, f"negative value {raw!r}"
    if kind == "pm" and value > MAX_MONTHS:
        return value, f"{raw!r} person-months in one cell is not plausible"
    if kind == "rate" and value > MAX_RATE:
        return value, f"a monthly cost of {raw!r} is not plausible"
    if kind == "ratio":
        return value, None if value <= 1 else f"{raw!r} is not a rate between 0 and 100 %"
    if kind == "amount" and value > MAX_AMOUNT:
        return value, f"{raw!r} is not a plausible amount"
    if kind != "rate" and value != value.quantize(CENT):
        return value, f"{raw!r} has more than two decimals"
    return value.quantize(CENT, rounding=ROUND_HALF_UP), None


DEPRECIATED = ("equipment charged by depreciation: its amount is its purchase cost times its share; change "
               "those in the application")


def has_depreciated(lines: Iterable[BudgetLine]) -> bool:
    """Whether some of these cost items are equipment charged by depreciation (amount derived, never typed)."""
    return any(line.purchase_cost is not None for line in lines)


def set_typed_amount(lines: list[BudgetLine], own: Iterable[int], value: Decimal,
                     new_line: Callable[[], BudgetLine]) -> None:
    """Make the cost items at indexes ``own`` of ``lines`` add up to ``value``, in place.

    The items are taken in the given order: earlier ones keep their amount
    while the total allows, the last takes what is left over. No item: a new
    one (``new_line()``) holds ``value``.
    """
    indexes = list(own)
    if not indexes:
        if value:
            lines.append(new_line().model_copy(update={"amount": value}))
        return
    left = value
    for i in indexes:
        amount = min(lines[i].amount, left) if i != indexes[-1] else left
        lines[i] = lines[i].model_copy(update={"amount": amount})
        left -= amount


def new_budget_line(partner: str, kind: str, period: int, work_package: str | None) -> Callable[[], BudgetLine]:
    """A factory of a new cost item of the partner (amount set by ``set_typed_amount``)."""
    return lambda: BudgetLine(uuid=str(uuids.uuid4()), participation_uuid=partner, category=kind, period=period,
                              amount=Decimal(0), work_package_uuid=work_package)


def _plain(value: Decimal, kind: NumberKind) -> str:
    if kind == "ratio":
        return f"{format((value * 100).normalize(), 'f')} %"
    return format(value.quantize(CENT, rounding=ROUND_HALF_UP), "f")


def with_budget_lines(document: ProposalDocument, lines: list[BudgetLine]) -> ProposalDocument:
    """``document`` with these cost items (validated again)."""
    return ProposalDocument.model_validate({**document.model_dump(), "budget_lines": [b.model_dump() for b in lines]})


def line_order(document: ProposalDocument, lines: list[BudgetLine]) -> Callable[[int], tuple[int, int, str]]:
    """Sort key of cost items (by index in ``lines``) across work packages: WP number, year; outside WPs last."""
    numbers = {w.uuid: w.number for w in document.work_packages}
    return lambda i: (numbers.get(lines[i].work_package_uuid or "", 1_000_000), lines[i].period, lines[i].uuid)
