"""one status per part: a section's old status (to do / drafting / done) folded into its part status

Revision ID: 0010_status
Revises: 0010_presence
Create Date: 2026-12-06 19:00:00

A section whose old status was "done" and that has no part status yet gets
the part status "in review" (the writer said it is finished; approving is
the coordinator's decision); "to do" and "drafting" are both a draft, which
a part without a row already is. A part status set since 0009 is kept as
it is. The old values are kept in the audit log (action
``section-status-folded``, one entry per proposal that had any), so nothing
is lost. Then ``sections.status`` is dropped.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

import sqlalchemy as sa
from alembic import op

revision = "0010_status"
down_revision = "0010_pgspeed"
branch_labels = None
depends_on = None

_FOLDED = {"todo": "draft", "drafting": "draft", "done": "in-review"}


def upgrade() -> None:
    connection = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = connection.execute(sa.text(
        "SELECT proposal_uuid, key, status FROM sections ORDER BY proposal_uuid, key, uuid")).all()
    states = {(p, t) for p, t in connection.execute(sa.text(
        "SELECT proposal_uuid, target FROM part_states WHERE kind = 'section'")).all()}
    by_proposal: dict[str, dict[str, str]] = {}
    for proposal_uuid, key, status in rows:
        old = by_proposal.setdefault(proposal_uuid, {})
        if key in old:
            continue  # one part per key: the first section of a key speaks for it
        old[key] = status
        if _FOLDED.get(status, "draft") != "draft" and (proposal_uuid, key) not in states:
            connection.execute(sa.text(
                "INSERT INTO part_states (uuid, proposal_uuid, kind, target, owner_participation_uuid, owner_person, "
                "status, due_date, updated_at, updated_by) VALUES (:uuid, :proposal, 'section', :key, NULL, '', "
                ":status, NULL, :now, 'migration 0010')"),
                {"uuid": str(uuidlib.uuid4()), "proposal": proposal_uuid, "key": key, "status": _FOLDED[status],
                 "now": now})
    for proposal_uuid, old in by_proposal.items():
        connection.execute(sa.text(
            "INSERT INTO audit_log (uuid, revision, proposal_uuid, at, actor, action, detail) "
            "VALUES (:uuid, 1, :proposal, :now, 'migration 0010', 'section-status-folded', :detail)")
            .bindparams(sa.bindparam("detail", type_=sa.JSON())),
            {"uuid": str(uuidlib.uuid4()), "proposal": proposal_uuid, "now": now,
             "detail": {"old_status": old, "mapping": _FOLDED}})
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.drop_column("status")


def downgrade() -> None:
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="todo"))
    op.execute("UPDATE sections SET status = 'done' WHERE EXISTS (SELECT 1 FROM part_states p WHERE "
               "p.proposal_uuid = sections.proposal_uuid AND p.kind = 'section' AND p.target = sections.key "
               "AND p.status <> 'draft')")
