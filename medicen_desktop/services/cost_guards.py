"""The cost base's rules an edit must keep, checked inside the edit's transaction (``services.edit``).

- Equipment charged by depreciation has no amount of its own to type: its
  amount is purchase cost × the share charged (``document.depreciation``).
- An effort given for a task is in the task's work package (the WP's
  figure is the sum of its tasks): ``document.reference_fields.effort_outside_its_task``, the rule the
  snapshot's validator and the fast check apply too.

Each returns the refusal (message, field) or None; ``services.edit`` raises it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from medicen_desktop.document.reference_fields import TASK_IN_ANOTHER_WP, effort_outside_its_task
from medicen_desktop.model import ENTITY_TABLES

Refusal = tuple[str, str]


def typed_equipment_amount(list_name: str, changes: dict[str, Any], new: dict[str, Any]) -> Refusal | None:
    """A typed amount that is not the one an equipment item charged by depreciation derives."""
    if list_name != "budget_lines" or "amount" not in changes or new.get("purchase_cost") is None:
        return None
    if Decimal(str(changes["amount"])) == new["amount"]:
        return None
    return ("amount: this equipment item's eligible amount is its purchase cost × the share charged to the "
            "project; change the purchase cost, the months or the rate of use instead", "amount")


def task_elsewhere(session: Session, list_name: str, values: dict[str, Any]) -> Refusal | None:
    """An effort naming a task of another work package (or no task at all)."""
    if list_name != "efforts" or values.get("task_uuid") is None:
        return None
    task = session.get(ENTITY_TABLES["tasks"], values["task_uuid"])
    if task is None:
        return f"task_uuid: no task {values['task_uuid']}", "task_uuid"
    effort = (task.uuid, values["work_package_uuid"])
    if effort_outside_its_task([effort], {task.uuid: task.work_package_uuid}) is not None:
        return f"task_uuid: {TASK_IN_ANOTHER_WP}", "task_uuid"
    return None
