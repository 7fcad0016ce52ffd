"""the team server's partner roles (PostgreSQL role -> participation), read by row-level security

Revision ID: 0009_server
Revises: 0008_cost
Create Date: 2026-12-06 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_server"
down_revision = "0008_share"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On every engine; the policies that read it exist only on PostgreSQL, made by `server-roles`.
    op.create_table(
        "partner_roles",
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("proposal_uuid", sa.String(36), nullable=False),
        sa.Column("participation_uuid", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"], ondelete="CASCADE",
                                name=op.f("fk_partner_roles_proposal_uuid_proposals")),
        sa.ForeignKeyConstraint(["participation_uuid"], ["participations.uuid"], ondelete="CASCADE",
                                name=op.f("fk_partner_roles_participation_uuid_participations")),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_partner_roles")),
        sa.UniqueConstraint("participation_uuid", name=op.f("uq_partner_roles_participation_uuid")),
    )
    op.create_index(op.f("ix_partner_roles_proposal_uuid"), "partner_roles", ["proposal_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_partner_roles_proposal_uuid"), table_name="partner_roles")
    op.drop_table("partner_roles")
