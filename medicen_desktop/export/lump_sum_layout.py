"""The layout of the Horizon Europe lump-sum detailed budget table, as our workbook lays it out.

Shared by the writer (``export.xlsx_lump_sum``) and the reader
(``export.xlsx_lump_sum_read``), so what is written is what is read back.

It follows the EC's Excel file as described publicly (a "BE list" and a
"WP list" sheet, one sheet per beneficiary BE1, BE2… with costs per work
package in columns and per category in rows, personnel as person-months ×
cost per person-month, an "Any comments" sheet for justifications); it is
a reconstruction, not the EC's protected file, whose cells the portal's
own workbook must still receive.
"""

from __future__ import annotations

from typing import NamedTuple

FIRST_ROW = 4
"""The header row of a beneficiary sheet: "Cost category", WP1…WPn, [Outside WPs], Total."""
OUTSIDE_WP = "Outside WPs"


class Row(NamedTuple):
    key: str
    label: str
    kinds: tuple[str, ...]
    """The kinds of the cost base (categories cost items were typed under) this row holds."""
    entered: bool
    """True: values the partner types (read back); False: a formula (must stay one)."""


ROWS: tuple[Row, ...] = (
    Row("pm", "A. Personnel: person-months", (), True),
    Row("rate", "A. Personnel: cost per person-month", (), True),
    Row("personnel", "A. Personnel costs", (), False),
    Row("typed_personnel", "A. Personnel costs typed as amounts", ("personnel",), True),
    Row("subcontracting", "B. Subcontracting costs", ("subcontracting", "services"), True),
    Row("travel", "C.1 Travel and subsistence", ("travel",), True),
    Row("equipment", "C.2 Equipment", ("equipment",), True),
    Row("other_goods", "C.3 Other goods, works and services", ("other_goods", "other", "buildings"), True),
    Row("other_categories", "D. Other cost categories", ("financial_support", "internally_invoiced", "in_kind",
                                                             "overheads"), True),
    Row("indirect", "E. Indirect costs", (), False),
    Row("total", "Total estimated eligible costs", (), False),
    Row("contribution", "Requested EU contribution", (), False),
)
ROW_OF: dict[str, int] = {row.key: FIRST_ROW + 1 + i for i, row in enumerate(ROWS)}
"""Sheet row number of each row key."""
NEW_KIND: dict[str, str] = {"typed_personnel": "personnel", "subcontracting": "subcontracting", "travel": "travel",
                            "equipment": "equipment", "other_goods": "other_goods",
                            "other_categories": "financial_support"}
"""The kind a new cost item typed in the workbook is given."""
RATE_ROW_TITLE = "Funding rate"
"""Label of the cell (column A, below the table) holding the partner's funding rate."""


def kind_row(kind: str) -> str:
    """The row key a cost item typed under ``kind`` is shown in (unknown kinds: D. Other cost categories)."""
    for row in ROWS:
        if kind in row.kinds:
            return row.key
    return "other_categories"


def sheet_name(position: int) -> str:
    """The beneficiary sheet of the partner at ``position`` (0-based): BE1, BE2…"""
    return f"BE{position + 1}"
