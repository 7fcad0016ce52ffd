"""The fields by which one entity points at another: the field and the entity list it points into.

One map for the snapshot's validator (``schema.ProposalDocument``) and the fast check
(``references.consistent``), so both know the same references; and the one rule across references they and the
edit service (``services.cost_guards``) check: an effort given for a task is in the task's work package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

REFERENCES: dict[str, str] = {
    "organisation_uuid": "organisations",
    "participation_uuid": "participations",
    "leader_participation_uuid": "participations",
    "assigned_participation_uuid": "participations",
    "work_package_uuid": "work_packages",
    "staff_rate_uuid": "staff_rates",
    "task_uuid": "tasks",
}
"""Reference field -> the entity list it points into."""


TASK_IN_ANOTHER_WP = "the task is in another work package than the effort"
"""Why an effort given for a task is refused when its work package is not the task's."""


def effort_outside_its_task(efforts: Iterable[tuple[str | None, str]], task_packages: Mapping[str, str]) -> int | None:
    """The rule that an effort given for a task is in that task's work package (the work package's figure is the
    sum of its tasks), for the snapshot's validator, the fast check and the edit service alike.

    ``efforts``: (task UUID or None, work package UUID) of each effort; ``task_packages``: task UUID → its work
    package. Returns the index of the first effort that breaks the rule, None when none does. A task missing
    from ``task_packages`` is an unresolved reference, the references' check's to report: not counted here.
    """
    for index, (task, work_package) in enumerate(efforts):
        if task is not None and task in task_packages and task_packages[task] != work_package:
            return index
    return None
