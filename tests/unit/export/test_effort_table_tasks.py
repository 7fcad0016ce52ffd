"""The dossier's effort table (partners × WPs): months given per task add up in their WP's cell."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import Effort
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.outline import Outline
from medicen_desktop.export.tree import Table
from medicen_desktop.export.workplan import add_effort, partner_names


def test_task_months_add_up_in_the_work_packages_cell() -> None:
    doc = make_sample(random.Random(4))
    effort = doc.efforts[0]
    tasks = [t for t in doc.tasks if t.work_package_uuid == effort.work_package_uuid]
    more = Effort(uuid=str(uuid.uuid4()), participation_uuid=effort.participation_uuid,
                  work_package_uuid=effort.work_package_uuid, task_uuid=tasks[0].uuid, person_months=Decimal("2.5"))
    doc = doc.model_copy(update={"efforts": [*doc.efforts, more]})
    labels = Labels(doc.proposal.language.value)
    outline = Outline()
    add_effort(outline, doc, labels)
    [table] = [b for b in outline.blocks if isinstance(b, Table)]
    wp = next(w for w in doc.work_packages if w.uuid == effort.work_package_uuid)
    column = table.rows[0].index(f"{labels('wp_short')}{wp.number}")
    row = next(r for r in table.rows[1:] if r[0] == partner_names(doc)[effort.participation_uuid])
    assert row[column] == labels.number(effort.person_months + Decimal("2.5"), 1)
