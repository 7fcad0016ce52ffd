"""partner exchange: assignments, packages sent, contributions merged, partner copies

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _assignment_columns() -> list[sa.Column[object]]:
    return [sa.Column("section_keys", sa.JSON(), nullable=False), sa.Column("wp_numbers", sa.JSON(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "assignments",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("participation_uuid", sa.String(length=36), nullable=False),
        *_assignment_columns(),
        sa.ForeignKeyConstraint(["participation_uuid"], ["participations.uuid"],
                                name=op.f("fk_assignments_participation_uuid_participations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_assignments_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_assignments")),
        sa.UniqueConstraint("proposal_uuid", "participation_uuid", name=op.f("uq_assignments_proposal_uuid")),
    )
    op.create_index(op.f("ix_assignments_proposal_uuid"), "assignments", ["proposal_uuid"], unique=False)

    op.create_table(
        "exchange_packages",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("participation_uuid", sa.String(length=36), nullable=False),
        sa.Column("partner_name", sa.Text(), nullable=False),
        *_assignment_columns(),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("base_sha256", sa.String(length=64), nullable=False),
        sa.Column("base_snapshot", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_exchange_packages_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_exchange_packages")),
    )
    op.create_index(op.f("ix_exchange_packages_proposal_uuid"), "exchange_packages", ["proposal_uuid"], unique=False)

    op.create_table(
        "applied_contributions",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("snapshot_sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=False),
        sa.Column("pre_merge_snapshot", sa.LargeBinary(), nullable=False),
        sa.Column("merged_revision", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("applied_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["package_uuid"], ["exchange_packages.uuid"],
                                name=op.f("fk_applied_contributions_package_uuid_exchange_packages"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_applied_contributions_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_applied_contributions")),
        sa.UniqueConstraint("package_uuid", "snapshot_sha256", name=op.f("uq_applied_contributions_package_uuid")),
    )
    op.create_index(op.f("ix_applied_contributions_package_uuid"), "applied_contributions", ["package_uuid"], unique=False)
    op.create_index(op.f("ix_applied_contributions_proposal_uuid"), "applied_contributions", ["proposal_uuid"], unique=False)

    op.create_table(
        "partner_copies",
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("participation_uuid", sa.String(length=36), nullable=False),
        *_assignment_columns(),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("base_sha256", sa.String(length=64), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_partner_copies_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("proposal_uuid", name=op.f("pk_partner_copies")),
    )


def downgrade() -> None:
    op.drop_table("partner_copies")
    op.drop_index(op.f("ix_applied_contributions_proposal_uuid"), table_name="applied_contributions")
    op.drop_index(op.f("ix_applied_contributions_package_uuid"), table_name="applied_contributions")
    op.drop_table("applied_contributions")
    op.drop_index(op.f("ix_exchange_packages_proposal_uuid"), table_name="exchange_packages")
    op.drop_table("exchange_packages")
    op.drop_index(op.f("ix_assignments_proposal_uuid"), table_name="assignments")
    op.drop_table("assignments")
