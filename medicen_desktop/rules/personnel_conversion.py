"""Typed personnel amounts -> one monthly rate per partner, only where the figures stay the same.

Before the cost base, personnel was typed as amounts per year (with the
person-months beside them), apart from the effort matrix. Migration 0008
(and ``convert_document`` for a JSON file of that time) turns a partner's
typed personnel lines into one staff rate when, and only when, the effort
matrix × that rate gives the very same total to the cent and the lines'
person-months equal the matrix's. Otherwise the amounts stay as typed and
the difference is reported: no euro moves without the user.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from medicen_desktop.rules.money import ZERO, cents, eur_en

@dataclass(frozen=True)
class TypedLine:
    uuid: str
    amount: Decimal
    person_months: Decimal | None


RATE_NAMESPACE = uuid.UUID("6f1c6a52-8a43-4c1e-9a34-0c0b7d4a2f10")
"""Names the lines a downgrade types back (the first year's line takes the rate's own UUID)."""


def rate_uuid(lines: Sequence[TypedLine]) -> str:
    """The UUID of the rate replacing ``lines`` (by period): the first line's, so a downgrade and upgrade
    give the same rate back."""
    return lines[0].uuid


@dataclass(frozen=True)
class Conversion:
    """What to do with one partner's typed personnel lines."""

    participation_uuid: str
    rate: Decimal | None
    """The monthly rate replacing the lines; None: the lines are kept."""
    note: str | None
    """Why the lines were kept, with the figures (None when converted)."""


def convert_partner(participation_uuid: str, name: str, lines: Sequence[TypedLine],
                    efforts: Sequence[Decimal]) -> Conversion:
    """Decide for one partner: ``lines`` its typed personnel lines, ``efforts`` its matrix person-months."""
    typed = sum((line.amount for line in lines), ZERO)
    planned = sum(efforts, ZERO)
    stated = [line.person_months for line in lines if line.person_months is not None]
    if len(stated) < len(lines) or not sum(stated, ZERO):
        return Conversion(participation_uuid, None,
                          f"Partner {name!r}: personnel typed as {eur_en(typed)} without person-months on every line; "
                          f"the effort matrix gives {planned} person-months; amounts kept as typed")
    months = sum(stated, ZERO)
    rate = cents(typed / months)
    derived = sum((cents(pm * rate) for pm in efforts), ZERO)
    if months == planned and derived == typed:
        return Conversion(participation_uuid, rate, None)
    return Conversion(participation_uuid, None,
                      f"Partner {name!r}: personnel typed as {eur_en(typed)} for {months} person-months; the effort "
                      f"matrix gives {planned} person-months (difference {planned - months}), which at "
                      f"{eur_en(rate)} a month costs {eur_en(derived)} (difference {eur_en(derived - typed)}); "
                      "amounts kept as typed")
