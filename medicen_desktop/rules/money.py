"""Exact euro arithmetic and its display in French and English.

Rounding is to the cent, half up (what a spreadsheet shows a funder), and
happens only where a rate multiplies an amount.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    """``value`` rounded to the cent, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def eur_en(value: Decimal) -> str:
    """``€1,234.50``."""
    sign = "-" if value < 0 else ""
    return f"{sign}€{abs(cents(value)):,.2f}"


def eur_fr(value: Decimal) -> str:
    """``1 234,50 €`` with a narrow no-break space between thousands, as French typography wants."""
    text = f"{abs(cents(value)):,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{'-' if value < 0 else ''}{text}\u00a0€"


def pct_en(rate: Decimal) -> str:
    """A 0..1 rate as a percentage without useless zeros: ``Decimal("0.25")`` → ``25%``."""
    return f"{format((rate * 100).normalize(), 'f')}%"


def pct_fr(rate: Decimal) -> str:
    """``Decimal("0.125")`` → ``12,5 %`` (decimal comma, no-break space)."""
    return f"{format((rate * 100).normalize(), 'f').replace('.', ',')}\u00a0%"


def share_en(ratio: Decimal) -> str:
    """A 0..1 share with two decimals of percentage: ``Decimal("0.4351")`` → ``43.51%``."""
    return f"{ratio * 100:.2f}%"


def share_fr(ratio: Decimal) -> str:
    """``Decimal("0.4351")`` → ``43,51 %``."""
    return f"{ratio * 100:.2f}".replace(".", ",") + "\u00a0%"
