"""Frozen parts in the merge: a partner's change to a frozen part is refused, the rest merges.

``FrozenScope`` wraps a partner's ``Scope``: it refuses first whatever
touches a frozen part (``document.parts``), with a reason naming the part,
then asks the assignment. ``frozen_reason`` is the same test for one entity,
which the edit services use for every write. Pure: the frozen parts are given.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from medicen_desktop.document.parts import PartRef, part_of_entity
from medicen_desktop.exchange.assignment import Scope, describe


def frozen_reason(frozen: Collection[PartRef], list_name: str, *versions: Mapping[str, Any] | None) -> str | None:
    """Why no one may write this entity (each of its versions: before, after), or None."""
    if not frozen:
        return None
    for values in versions:
        if values is None:
            continue
        part = part_of_entity(list_name, values)
        if part is not None and part in frozen:
            return f"{describe(list_name, values)} belongs to a frozen part; the coordinator must unfreeze it first"
    return None


class FrozenScope(Scope):
    """A partner's scope that also refuses every change to a frozen part."""

    def __init__(self, scope: Scope, frozen: Collection[PartRef]) -> None:
        self.__dict__.update(scope.__dict__)
        self.frozen = frozenset(frozen)

    def refusal(self, list_name: str, values: Mapping[str, Any]) -> str | None:
        return frozen_reason(self.frozen, list_name, values) or super().refusal(list_name, values)
