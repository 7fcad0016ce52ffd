"""change journal: every field a write changed, per proposal revision (the base of three-way writes)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 13:40:00

Existing proposals get one entry marking where their journal begins (their
current revision): a write based on an older revision cannot be merged and
is refused rather than guessed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    journal = op.create_table(
        "change_journal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_change_journal_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_journal")),
    )
    op.create_index("ix_change_journal_proposal_revision", "change_journal", ["proposal_uuid", "revision"])
    proposals = sa.table("proposals", sa.column("uuid", sa.String), sa.column("revision", sa.Integer))
    rows = op.get_bind().execute(sa.select(proposals.c.uuid, proposals.c.revision)).all()
    if rows:
        op.bulk_insert(journal, [
            {"proposal_uuid": uuid, "revision": rev, "list_name": "proposal", "entity_uuid": uuid, "field": None,
             "before": None, "after": None, "actor": "upgrade"} for uuid, rev in rows])


def downgrade() -> None:
    op.drop_index("ix_change_journal_proposal_revision", table_name="change_journal")
    op.drop_table("change_journal")
