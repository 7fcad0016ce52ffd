"""The audit log: who changed what, when (imports, merges, deletions)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base, Entity


class AuditEntry(Entity, Base):
    __tablename__ = "audit_log"

    proposal_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class AppInfo(Base):
    """Marks a database as this application's (key/value)."""

    __tablename__ = "app_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str]
