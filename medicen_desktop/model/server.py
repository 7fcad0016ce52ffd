"""The team server's partner roles: which PostgreSQL role stands for which participation.

Read by the row-level security policies ``services/server_roles.py`` puts on
the confidential tables; present on every engine (SQLite keeps it empty).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base


class PartnerRole(Base):
    __tablename__ = "partner_roles"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    """A PostgreSQL role name (at most 63 bytes): NOLOGIN, granted to the partner's people's login roles."""
    proposal_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"),
                                               index=True)
    participation_uuid: Mapped[str] = mapped_column(String(36),
                                                    ForeignKey("participations.uuid", ondelete="CASCADE"),
                                                    unique=True)
