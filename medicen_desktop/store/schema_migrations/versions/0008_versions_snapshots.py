"""named versions of a proposal: compressed snapshots to compare with and restore from

Revision ID: 0008_versions
Revises: 0008
Create Date: 2026-12-06 16:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_versions"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "versions",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_versions_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_versions")),
        sa.UniqueConstraint("proposal_uuid", "number", name=op.f("uq_versions_proposal_uuid")),
    )
    op.create_index(op.f("ix_versions_proposal_uuid"), "versions", ["proposal_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_versions_proposal_uuid"), table_name="versions")
    op.drop_table("versions")
