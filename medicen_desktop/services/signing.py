"""The keys that sign packages and contributions, and which ones each side trusts.

Each database has its own Ed25519 key pair per proposal (``own_key``: made
on first use, kept in ``signing_keys``, never exported). The coordinator
signs packages with its own; a partner copy signs contributions with the
partner's own.

Trust is on first use, then required:

- a partner copy trusts the key of the first package it opens and refuses a
  later package signed by any other (``check_package_signer``);
- the coordinator registers a partner's key with its first merged
  contribution and refuses a contribution of that partner signed by any
  other (``check_contribution_signer``): whoever holds a copy of the
  package knows its secret, but not the partner's private key.

Each runs inside the caller's transaction and raises InterchangeError
(naming the file and both key fingerprints) before anything is written.

``reset_partner_key`` (the coordinator's ``reset-key``): a partner that lost
its copy or moved to a new machine signs with a new key; the coordinator
forgets the registered one (recorded in the audit log with its fingerprint),
and the partner's next merged contribution registers its key again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.signature import KeyPair, fingerprint
from medicen_desktop.model import PartnerCopy, SigningKey, TrustedKey
from medicen_desktop.model.sharing import COORDINATOR_SIGNER
from medicen_desktop.services.proposals import resolve
from medicen_desktop.store.database import Database


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def own_key(session: Session, proposal_uuid: str) -> KeyPair:
    """This database's key pair for the proposal, made and stored on first use."""
    row = session.get(SigningKey, proposal_uuid)
    if row is None:
        pair = KeyPair.generate()
        row = SigningKey(proposal_uuid=proposal_uuid, private_key=pair.private, public_key=pair.public,
                         created_at=_now())
        session.add(row)
        session.flush()
    return KeyPair(row.private_key, row.public_key)


def trusted_key(session: Session, proposal_uuid: str, signer: str) -> bytes | None:
    """The public key trusted for ``signer`` ("coordinator" or a participation UUID), if any."""
    row = session.get(TrustedKey, (proposal_uuid, signer))
    return None if row is None else row.public_key


def _trust(session: Session, proposal_uuid: str, signer: str, public: bytes, origin: str) -> None:
    session.add(TrustedKey(proposal_uuid=proposal_uuid, signer=signer, public_key=public, registered_at=_now(),
                           registered_from=origin))
    session.flush()


def check_package_signer(session: Session, proposal_uuid: str, signer: bytes, package_uuid: str,
                         source: str) -> None:
    """Partner side: trust the first package's key, then require it."""
    known = trusted_key(session, proposal_uuid, COORDINATOR_SIGNER)
    if known is None:
        _trust(session, proposal_uuid, COORDINATOR_SIGNER, signer, package_uuid)
    elif known != signer:
        raise InterchangeError(
            f"this package is signed by key {fingerprint(signer)}, not by your coordinator's key "
            f"{fingerprint(known)} that signed your earlier packages: not from your coordinator, or altered; "
            "nothing changed", source)


def check_contribution_signer(session: Session, proposal_uuid: str, participation_uuid: str, partner: str,
                              signer: bytes, package_uuid: str, source: str, *, register: bool) -> bool:
    """Coordinator side: the partner's registered key must have signed; True when this is its first key.

    With ``register`` (the merge is being written), a first key is stored.
    A contribution this database signed itself (one it made from a partner's
    returned Word package, whose parts carry the package's MAC) is accepted
    as it is: no one else holds this database's private key.
    """
    own = session.get(SigningKey, proposal_uuid)
    if own is not None and own.public_key == signer:
        return False
    known = trusted_key(session, proposal_uuid, participation_uuid)
    if known is None:
        if register:
            _trust(session, proposal_uuid, participation_uuid, signer, package_uuid)
        return True
    if known != signer:
        raise InterchangeError(
            f"this contribution is signed by key {fingerprint(signer)}, but {partner}'s key, registered with its "
            f"first contribution, is {fingerprint(known)}: not written in {partner}'s copy (holding its package "
            "is not enough to sign for it); nothing changed", source)
    return False


def fingerprints(db: Database, ref: str) -> tuple[str | None, str | None]:
    """(this database's own key, the coordinator's trusted key) of the proposal, as fingerprints; None
    where there is none yet (a key pair is made with the first package or on opening one)."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        own = session.get(SigningKey, proposal_uuid)
        coordinator = trusted_key(session, proposal_uuid, COORDINATOR_SIGNER)
        return (fingerprint(own.public_key) if own is not None else None,
                fingerprint(coordinator) if coordinator is not None else None)


class NoRegisteredKey(Refused):
    """The partner has no registered key to reset (its first contribution registers one)."""


class ResetInPartnerCopy(Refused):
    """Partners' keys are registered, and reset, in the coordinator's database."""


def reset_partner_key(db: Database, ref: str, partner: str, actor: str = "local") -> tuple[str, str]:
    """Forget the key registered for ``partner`` (UUID, short or legal name); returns (partner's name, the
    forgotten key's fingerprint). The audit log keeps who did it, when, and that fingerprint. One transaction;
    raises NotFound, NoRegisteredKey, ResetInPartnerCopy (nothing changed)."""
    from medicen_desktop.document.parts import partner_label
    from medicen_desktop.exchange.assignment import find_participation
    from medicen_desktop.services.lookup import audit, get_document

    document = get_document(db, ref)
    participation = find_participation(document, partner)
    name = partner_label(document, participation)
    proposal_uuid = document.proposal.uuid
    with db.transaction() as session:
        if session.get(PartnerCopy, proposal_uuid) is not None:
            raise ResetInPartnerCopy("this is a partner copy: partners' keys are registered, and reset, by the "
                                     "coordinator")
        row = session.get(TrustedKey, (proposal_uuid, participation))
        if row is None:
            raise NoRegisteredKey(f"{name} has no registered key yet: its first merged contribution registers "
                                  "one; nothing changed")
        forgotten = fingerprint(row.public_key)
        audit(session, proposal_uuid, actor, "reset-partner-key", {
            "partner": participation, "name": name, "fingerprint": forgotten,
            "registered_at": row.registered_at.isoformat(timespec="seconds"), "registered_from": row.registered_from})
        session.delete(row)
    return name, forgotten
