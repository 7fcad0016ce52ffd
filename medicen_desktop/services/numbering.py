"""Task and deliverable numbers follow their position: when one moves to another work package it takes the
next number there, and the work package it left closes the gap (T1.1, T1.2 — never T1.2 alone).

Pure over a snapshot: ``after_move`` says which numbers to change; the caller writes them with the move,
as one undoable step.
"""

from __future__ import annotations

import re
from typing import Any

from medicen_desktop.document.schema import ProposalDocument

_DELIVERABLE = re.compile(r"^D(\d+)\.(\d+)$")
MOVABLE = ("tasks", "deliverables")
"""The lists whose items are numbered within their work package."""


def after_move(document: ProposalDocument, list_name: str, uuid: str, new_wp: str) -> list[tuple[str, dict[str, Any]]]:
    """(uuid, changes) that renumber ``list_name`` once item ``uuid`` is in work package ``new_wp``: the moved
    item last in its new package, the package it left numbered 1, 2, … in its former order. Empty when
    nothing moves or the list is not numbered per package."""
    if list_name not in MOVABLE:
        return []
    items = getattr(document, list_name)
    moved = next((i for i in items if i.uuid == uuid), None)
    wps = {w.uuid: w.number for w in document.work_packages}
    if moved is None or moved.work_package_uuid == new_wp or new_wp not in wps:
        return []
    left = sorted((i for i in items if i.work_package_uuid == moved.work_package_uuid and i.uuid != uuid),
                  key=lambda i: _position(i.number))
    arrived = [i for i in items if i.work_package_uuid == new_wp]
    changes: list[tuple[str, dict[str, Any]]] = []
    number = _label(list_name, wps[new_wp], 1 + max((_position(i.number) for i in arrived), default=0))
    changes.append((uuid, {"work_package_uuid": new_wp, "number": number}))
    old_wp = wps.get(moved.work_package_uuid, 0)
    for n, item in enumerate(left, start=1):
        label = _label(list_name, old_wp, n)
        if item.number != label:
            changes.append((item.uuid, {"number": label}))
    return changes


def _position(number: int | str) -> int:
    if isinstance(number, int):
        return number
    match = _DELIVERABLE.match(number.strip())
    return int(match.group(2)) if match else 0


def _label(list_name: str, wp_number: int, n: int) -> int | str:
    return n if list_name == "tasks" else f"D{wp_number}.{n}"
