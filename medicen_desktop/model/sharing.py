"""What partners may see of each other, and the keys that sign what is exchanged.

- ``SharingSetting``: per proposal, the coordinator's sharing level
  (exchange/confidentiality.py; no row: the default level) and, in a partner
  copy, whether the partner keeps its budget detail private.
- ``SigningKey``: this database's own Ed25519 key pair for a proposal (the
  coordinator's, or the partner's in its copy). The private key never leaves
  this table: it is never exported, packaged or logged.
- ``TrustedKey``: a public key trusted for a proposal: in a partner copy the
  coordinator's (signer ``"coordinator"``, from its first package); at the
  coordinator each partner's (signer = its participation UUID, from its
  first contribution).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from medicen_desktop.model.base import Base

COORDINATOR_SIGNER = "coordinator"


class SharingSetting(Base):
    __tablename__ = "sharing_settings"

    proposal_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str | None] = mapped_column(String(10), default=None)
    private_budget: Mapped[bool] = mapped_column(default=False)


class SigningKey(Base):
    __tablename__ = "signing_keys"

    proposal_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]


class TrustedKey(Base):
    __tablename__ = "trusted_keys"

    proposal_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("proposals.uuid", ondelete="CASCADE"), primary_key=True)
    signer: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    registered_at: Mapped[dt.datetime]
    registered_from: Mapped[str] = mapped_column(String(36))
    """The package (partner side) or contribution's package (coordinator side) that brought the key."""
