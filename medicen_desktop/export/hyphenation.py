"""Where a long word may be hyphenated, in the dossier's language (pyphen's LibreOffice dictionaries).

Used only where a word is wider than its column (a narrow table cell): the
word breaks at a syllable with a hyphen ("anticonsti-/tutionnellement")
rather than between any two letters. Numbers, amounts and e-mail addresses
are never hyphenated (the column widths keep them whole, ``table_widths``).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

_lock = threading.Lock()


@lru_cache(maxsize=4)
def _dictionary(language: str) -> pyphen.Pyphen:
    import pyphen  # its import and dictionary cost memory a dossier without a long word in a table never needs

    return pyphen.Pyphen(lang=language.replace("-", "_"), left=2, right=3)


@lru_cache(maxsize=4096)
def _positions(word: str, language: str) -> tuple[int, ...]:
    with _lock:
        return tuple(_dictionary(language).positions(word))


def break_points(word: str, language: str) -> tuple[int, ...]:
    """Indices inside ``word`` after which it may be hyphenated (none for numbers, amounts, e-mails)."""
    if not language or "@" in word or any(char.isdigit() for char in word):
        return ()
    return _positions(word, language)
