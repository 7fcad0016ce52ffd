"""Errors of the exchange layer: bad input from another machine or the user."""

from __future__ import annotations


class InterchangeError(ValueError):
    """A document, package or contribution is refused.

    ``source`` names the file (or "<input>") and ``message`` the problem, field
    included where there is one; ``str()`` gives both on one line.
    """

    def __init__(self, message: str, source: str = "<input>") -> None:
        super().__init__(f"{source}: {message}")
        self.message = message
        self.source = source
