"""Errors of bad input from another machine or the user: a refused document, package or contribution."""

from __future__ import annotations

from pydantic import ValidationError

from medicen_desktop.errors import Refused


class InterchangeError(Refused):
    """A document, package or contribution is refused.

    ``source`` names the file (or "<input>") and ``message`` the problem, field
    included where there is one; ``str()`` gives both on one line.
    """

    def __init__(self, message: str, source: str = "<input>") -> None:
        super().__init__(f"{source}: {message}")
        self.message = message
        self.source = source


def field_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as the user reads it: ``work_packages[2].title``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "document"


def first_problem(exc: ValidationError, *, count_others: bool = False) -> str:
    """The first of pydantic's errors as one line the user reads: ``work_packages[2].title: Field required``.

    With ``count_others``, says how many more problems there are. Every
    place that turns a validation error into a message goes through here.
    """
    first = exc.errors()[0]
    where = field_path(tuple(first["loc"])) if first["loc"] else ""
    text = f"{where}: {first['msg']}" if where else str(first["msg"])
    if count_others and exc.error_count() > 1:
        text += f" (and {exc.error_count() - 1} more problems)"
    return text
