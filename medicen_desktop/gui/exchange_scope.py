"""Partner mode for the editors: what a partner copy lets its user edit.

Pure functions over the ``Scope`` that ``services.assignment.partner_scope``
returns (None: the coordinator's proposal, everything is editable; a partner's
login on the team server has a scope too, ``Scope.on_server``). An editor asks
``is_editable(scope, "sections", section.model_dump(), "body")`` and makes its
widget read-only when False, showing ``refusal(...)`` beside it. The services
refuse such edits anyway (``edit.OutsideAssignment``): this only spares the
user typing that would be refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medicen_desktop.exchange.assignment import Scope


def refusal(scope: Scope | None, list_name: str, values: Mapping[str, Any], field: str | None = None) -> str | None:
    """Why the partner may not edit this entity (or this field of it); None if it may."""
    if scope is None:
        return None
    if field is None:
        return scope.refusal(list_name, values)
    return scope.field_refusal(list_name, values, field)


def is_editable(scope: Scope | None, list_name: str, values: Mapping[str, Any], field: str | None = None) -> bool:
    """True when the editor of this entity (or field) should accept input."""
    return refusal(scope, list_name, values, field) is None


def can_add(scope: Scope | None, list_name: str, values: Mapping[str, Any]) -> bool:
    """True when an "Add" button of ``list_name`` should be enabled for an entity like ``values``
    (e.g. ``{"participation_uuid": ...}`` for a budget line, ``{"work_package_uuid": ...}`` for a task)."""
    return scope is None or scope.addition_refusal(list_name, values) is None


def can_delete(scope: Scope | None, list_name: str, values: Mapping[str, Any]) -> bool:
    """True when a "Delete" button of ``list_name`` should be enabled for this entity (its field values)."""
    return scope is None or scope.addition_refusal(list_name, values, "delete") is None


def own_participation(scope: Scope | None) -> str | None:
    """The partner's participation UUID in a partner copy (None: coordinator)."""
    return None if scope is None else scope.participation_uuid
