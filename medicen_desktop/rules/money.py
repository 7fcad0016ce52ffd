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


NNBSP = "\u202f"
"""French thousands separator (narrow no-break space)."""
NBSP = "\u00a0"
"""Between a French figure and its unit (€, %)."""
MINUS = "\u2212"


def number(value: Decimal, language: str, places: int = 2) -> str:
    """``value`` rounded half up to ``places`` with the language's separators: ``12 500,50`` / ``12,500.50``.

    The one number format of the app: dossiers, findings and the GUI all
    call it (``language`` "fr", anything else English). Negatives take a
    true minus sign.
    """
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):,.{places}f}"
    if language == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return (MINUS if rounded < 0 else "") + text


def amount(value: Decimal, language: str) -> str:
    """A euro amount with cents: ``12 500,00 €`` / ``€12,500.00``."""
    text = number(value, language)
    if language == "fr":
        return f"{text}{NBSP}€"
    return f"{MINUS}€{text[1:]}" if text.startswith(MINUS) else f"€{text}"


def percent(rate: Decimal, language: str, places: int | None = None) -> str:
    """A 0..1 rate as a percentage: ``45 %`` / ``45%``; ``places`` None drops useless zeros (``12,5 %``)."""
    hundred = Decimal(rate) * 100
    if places is None:
        exponent = hundred.normalize().as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    text = number(hundred, language, places)
    return f"{text}{NBSP}%" if language == "fr" else f"{text}%"


def eur_en(value: Decimal) -> str:
    """``€1,234.50``."""
    return amount(value, "en")


def eur_fr(value: Decimal) -> str:
    """``1 234,50 €`` with a narrow no-break space between thousands, as French typography wants."""
    return amount(value, "fr")


def pct_en(rate: Decimal) -> str:
    """A 0..1 rate as a percentage without useless zeros: ``Decimal("0.25")`` → ``25%``."""
    return percent(rate, "en")


def pct_fr(rate: Decimal) -> str:
    """``Decimal("0.125")`` → ``12,5 %`` (decimal comma, no-break space)."""
    return percent(rate, "fr")


def share_en(ratio: Decimal) -> str:
    """A 0..1 share with two decimals of percentage: ``Decimal("0.4351")`` → ``43.51%``."""
    return percent(ratio, "en", 2)


def share_fr(ratio: Decimal) -> str:
    """``Decimal("0.4351")`` → ``43,51 %``."""
    return percent(ratio, "fr", 2)
