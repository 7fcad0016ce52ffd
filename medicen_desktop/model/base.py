"""Declarative base: naming convention, column types, the UUID + revision mixin."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as text: SQLite's NUMERIC is a float and would drift on cents."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else format(Decimal(value), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: DecimalText(), list[str]: JSON(), str: Text()}


class Entity:
    """Every row has a UUID primary key and a revision counter.

    The revision is SQLAlchemy's version column: an UPDATE is made
    ``WHERE revision = <the revision read>``, so two writers sharing one
    PostgreSQL database cannot silently overwrite each other (StaleDataError).
    The service layer sets the new revision itself.
    """

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.revision, "version_id_generator": False}  # type: ignore[attr-defined]


class ProposalOwned(Entity):
    """A row that belongs to one proposal and goes with it when it is deleted."""

    @declared_attr
    def proposal_uuid(cls) -> Mapped[str]:  # noqa: N805
        return mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), index=True)

