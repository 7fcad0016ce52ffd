"""organisation identity: VAT number, legal-status flags, balance sheet; regions as ISO 3166-2 codes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 14:00:00

Regions were free text; they become the ISO 3166-2 code of the region they
name ("Ile-de-France", "île-de-france", "Paris" -> FR-IDF). A region no
code matches is kept as written (nothing typed is lost) and listed in
``config.attributes["notes"]``, which ``store.migrations.upgrade`` logs
and returns; the rules then flag it until the user picks the region.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FLAGS = ("is_public_body", "is_non_profit", "is_research_organisation", "is_higher_education")


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("vat", sa.String(length=20), nullable=False, server_default=""))
        for flag in _FLAGS:
            batch.add_column(sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("balance_sheet", sa.String(length=40), nullable=True))
    notes = _regions_to_codes()
    op.get_context().config.attributes.setdefault("notes", []).extend(notes)  # type: ignore[union-attr]


def _regions_to_codes() -> list[str]:
    """Rewrite each organisation's region as its code; return a note per region left as it was."""
    from medicen_desktop.document.geography import region_code

    connection = op.get_bind()
    organisations = sa.table("organisations", sa.column("uuid", sa.String), sa.column("legal_name", sa.Text),
                             sa.column("country", sa.String), sa.column("region", sa.Text))
    notes: list[str] = []
    rows = connection.execute(sa.select(organisations).where(organisations.c.region != "")).all()
    for uuid, legal_name, country, region in rows:
        code = region_code(region, country or "FR")
        if code is None:
            notes.append(f"Organisation {legal_name!r} ({uuid}): region {region!r} matches no ISO 3166-2 region "
                         f"of {country}; kept as written")
        elif code != region:
            connection.execute(organisations.update().where(organisations.c.uuid == uuid).values(region=code))
    return notes


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("balance_sheet")
        for flag in reversed(_FLAGS):
            batch.drop_column(flag)
        batch.drop_column("vat")
