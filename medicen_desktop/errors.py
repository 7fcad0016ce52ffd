"""The kinds of error a user can meet (DESIGN.md boundary 9), importable from every layer.

- ``Refused``: the user's input or a file was refused; one line says why and
  nothing was written.
- ``EnvironmentFault``: the disk, permissions, a lock, the network; the
  message says what to do. Nothing is wrong with the data.
- anything else is a bug (the GUI shows the bug dialog with the traceback).

None of them subclasses ``ValueError``/``KeyError``/``LookupError``, so a
``except LookupError`` meant for a refusal never swallows a real bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class MedicenError(Exception):
    """An error the application reports with a message (not a bug)."""


class Refused(MedicenError):
    """The user's input (a value, a file, a command) was refused; nothing was written."""


class EnvironmentFault(MedicenError):
    """The environment's fault (disk, permissions, locks, network), not the data's: the message says what to do."""


class NotFound(Refused):
    """What the user named (a proposal, an entity, a partner, a template, a merge) does not exist."""


class WriteConflict(Refused):
    """A write based on an older revision changed fields another writer changed meanwhile.

    ``conflicts`` are ``exchange.merge_result.Conflict`` values (``ours``: what
    is stored now, ``theirs``: what this write wanted). Nothing was written.
    """

    def __init__(self, conflicts: Sequence[Any], what: str = "this change") -> None:
        self.conflicts = tuple(conflicts)
        names = ", ".join(_name(c) for c in self.conflicts)
        super().__init__(f"{what} conflicts with a change made meanwhile by another writer: {names}")


def _name(conflict: Any) -> str:
    label = getattr(conflict, "label", "") or getattr(conflict, "list_name", "")
    field = getattr(conflict, "field", None)
    return f"{label} {field}".strip() if field else str(label)
