"""The one reader of part keys as users type them: ``section:KEY``, ``wp:WP1``, ``wp:1``, ``WP1``, ``budget:NVI``.

Statuses and comments (``document.parts.resolve_key``) and versions
(``exchange.restore.normalise_part``) accept the same spellings through
``parse_part_key``: the kind before the colon in any case, the name after it
trimmed; a work package by its number with or without ``WP`` and leading
zeros, with or without ``wp:`` (``wp 1`` too); a whole part by its word
(``project``, ``risks``...). Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

WHOLE_PARTS: Final = ("project", "risks", "annexes", "milestones", "all")
"""Parts named by one word (versions: ``restore --part risks``)."""

_WP: Final = re.compile(r"wp\s*:?\s*(?:wp\s*)?0*(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class PartKey:
    """A part key read: its kind (``section``, ``wp``, ``budget``, ``partner``... or a whole part's word) and
    its name (the section key, the WP number as digits, the partner as typed; empty for a word)."""

    kind: str
    name: str = ""

    @property
    def text(self) -> str:
        """The canonical spelling (``wp:1``, ``section:impact``, ``risks``)."""
        return f"{self.kind}:{self.name}" if self.name else self.kind


def parse_part_key(key: str) -> PartKey | None:
    """The part ``key`` names, or None when it is no part key at all (no colon and no known word)."""
    text = key.strip()
    number = _WP.fullmatch(text)
    if number:
        return PartKey("wp", str(int(number[1])))
    kind, colon, name = text.partition(":")
    if colon:
        kind, name = kind.strip().casefold(), name.strip()
        return PartKey(kind, name) if kind and name else None
    folded = text.casefold()
    return PartKey(folded) if folded in WHOLE_PARTS else None
