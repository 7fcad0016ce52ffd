"""owners, statuses and due dates of parts; comment threads

Revision ID: 0009_status
Revises: 0008
Create Date: 2026-12-06 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_status"
down_revision = "0008_cost"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "part_states",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("proposal_uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String(80), nullable=False),
        sa.Column("owner_participation_uuid", sa.String(36), nullable=True),
        sa.Column("owner_person", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_part_states_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_part_states")),
        sa.UniqueConstraint("proposal_uuid", "kind", "target", name=op.f("uq_part_states_proposal_uuid")),
    )
    op.create_index(op.f("ix_part_states_proposal_uuid"), "part_states", ["proposal_uuid"])
    op.create_table(
        "comments",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("proposal_uuid", sa.String(36), nullable=False),
        sa.Column("thread_uuid", sa.String(36), nullable=True),
        sa.Column("part", sa.String(120), nullable=False),
        sa.Column("anchor", sa.String(80), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_comments_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_comments")),
    )
    op.create_index(op.f("ix_comments_proposal_uuid"), "comments", ["proposal_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_comments_proposal_uuid"), table_name="comments")
    op.drop_table("comments")
    op.drop_index(op.f("ix_part_states_proposal_uuid"), table_name="part_states")
    op.drop_table("part_states")
