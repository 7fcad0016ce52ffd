"""Numbers as people type them: "12 500,50", "12500.5", "12,500.50", "1 234 €".

Parsing the user's input is the GUI's job; the amount handed to the
services is an exact ``Decimal``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from medicen_desktop.gui.i18n import current
from medicen_desktop.rules.money import number

_SPACES = re.compile(r"[\s\u00a0\u202f'’]")


def parse_decimal(text: str) -> Decimal:
    """The number in ``text``; raises ValueError with a readable message.

    A comma followed by exactly three digits and no other separator is read
    by the UI locale's convention (French: decimal comma; English: thousands).
    """
    cleaned = _SPACES.sub("", text).replace("€", "").replace("EUR", "")
    if not cleaned:
        return Decimal(0)
    comma, dot = cleaned.rfind(","), cleaned.rfind(".")
    if comma >= 0 and dot >= 0:
        decimal_sep = "," if comma > dot else "."
        thousands = "." if decimal_sep == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_sep, ".")
    elif comma >= 0:
        parts = cleaned.split(",")
        english = QLocale().language() == QLocale.Language.English
        if len(parts) > 2 or (english and all(len(p) == 3 for p in parts[1:])):
            cleaned = cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")
    elif dot >= 0 and cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(QCoreApplication.translate("Numbers", "“{text}” is not a number").format(text=text)) from None
    if not value.is_finite():
        raise ValueError(QCoreApplication.translate("Numbers", "“{text}” is not a number").format(text=text))
    return value


def format_decimal(value: Decimal, places: int = 2) -> str:
    """``value`` with the UI locale's separators ("12 500,50" / "12,500.50"), without a zero fraction."""
    language = current()
    text = number(value, language, places)
    zeros = ("," if language == "fr" else ".") + "0" * places
    return text[: -len(zeros)] if places and text.endswith(zeros) else text
