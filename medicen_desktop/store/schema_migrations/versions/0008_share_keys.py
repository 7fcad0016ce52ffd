"""sharing levels per proposal, the database's own signing keys and the keys it trusts (confidentiality)

Revision ID: 0008_share
Revises: 0008_versions
Create Date: 2026-12-06 16:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_share"
down_revision = "0009_status"
branch_labels = None
depends_on = None


def _proposal_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                   name=op.f(f"fk_{table}_proposal_uuid_proposals"), ondelete="CASCADE")


def upgrade() -> None:
    # No row for the proposals already there: they get the default level, "none" (nothing of the other
    # partners travels until the coordinator chooses to share it).
    op.create_table(
        "sharing_settings",
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.Column("private_budget", sa.Boolean(), nullable=False),
        _proposal_fk("sharing_settings"),
        sa.PrimaryKeyConstraint("proposal_uuid", name=op.f("pk_sharing_settings")),
    )
    op.create_table(
        "signing_keys",
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _proposal_fk("signing_keys"),
        sa.PrimaryKeyConstraint("proposal_uuid", name=op.f("pk_signing_keys")),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("signer", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_from", sa.String(length=36), nullable=False),
        _proposal_fk("trusted_keys"),
        sa.PrimaryKeyConstraint("proposal_uuid", "signer", name=op.f("pk_trusted_keys")),
    )


def downgrade() -> None:
    op.drop_table("trusted_keys")
    op.drop_table("signing_keys")
    op.drop_table("sharing_settings")
