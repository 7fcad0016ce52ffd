"""presence and soft locks: who has which part of a proposal open for editing

Revision ID: 0010_presence
Revises: 0009_server
Create Date: 2026-12-06 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_presence"
down_revision = "0009_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("holder", sa.String(36), nullable=False),
        sa.Column("proposal_uuid", sa.String(36), nullable=False),
        sa.Column("part", sa.String(120), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.DateTime(), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("lock_key", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"], ondelete="CASCADE",
                                name=op.f("fk_presence_proposal_uuid_proposals")),
        sa.PrimaryKeyConstraint("holder", name=op.f("pk_presence")),
    )
    op.create_index(op.f("ix_presence_proposal_uuid"), "presence", ["proposal_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_presence_proposal_uuid"), table_name="presence")
    op.drop_table("presence")
