"""The fields by which one entity points at another: the field and the entity list it points into.

One map for the snapshot's validator (``schema.ProposalDocument``) and the fast check
(``references.consistent``), so both know the same references.
"""

from __future__ import annotations

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
