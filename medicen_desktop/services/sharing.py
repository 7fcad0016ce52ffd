"""What partners see of each other (the coordinator's choice) and what a partner keeps private.

- ``sharing_level`` / ``set_sharing_level`` (coordinator): full, totals or
  none, for the packages written from then on (exchange/confidentiality.py
  says what each level carries). A proposal whose coordinator never chose
  is at ``DEFAULT_LEVEL``, "none". In a partner copy, the level is the one
  of the package it was opened from, and cannot be set.
- ``private_budget`` / ``set_private_budget`` (partner copy): the partner's
  budget lines stay in its copy; its contributions carry one total per
  category and period instead.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from medicen_desktop.errors import Refused
from medicen_desktop.exchange.confidentiality import DEFAULT_LEVEL, ShareLevel
from medicen_desktop.model import PartnerCopy, SharingSetting
from medicen_desktop.services.proposals import audit, resolve
from medicen_desktop.store.database import Database


class SharingRefused(Refused):
    """The setting belongs to the other side (the coordinator's level, the partner's budget)."""


def level_in(session: Session, proposal_uuid: str) -> ShareLevel:
    row = session.get(SharingSetting, proposal_uuid)
    return ShareLevel(row.level) if row is not None and row.level is not None else DEFAULT_LEVEL


def private_in(session: Session, proposal_uuid: str) -> bool:
    row = session.get(SharingSetting, proposal_uuid)
    return row is not None and row.private_budget


def _row(session: Session, proposal_uuid: str) -> SharingSetting:
    row = session.get(SharingSetting, proposal_uuid)
    if row is None:
        row = SharingSetting(proposal_uuid=proposal_uuid, level=None, private_budget=False)
        session.add(row)
    return row


def record_package_level(session: Session, proposal_uuid: str, level: ShareLevel) -> None:
    """Partner side: the level of the package the copy was opened from (or updated by)."""
    _row(session, proposal_uuid).level = level.value
    session.flush()


def sharing_level(db: Database, ref: str) -> ShareLevel:
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return level_in(session, proposal_uuid)


def parse_level(text: str) -> ShareLevel:
    try:
        return ShareLevel(text)
    except ValueError:
        raise Refused(f"unknown sharing level {text!r}: full, totals or none") from None


def set_sharing_level(db: Database, ref: str, level: ShareLevel | str, actor: str = "local") -> ShareLevel:
    """Set what partners see of each other in the packages written from now on. Raises SharingRefused
    in a partner copy, Refused on an unknown level."""
    chosen = level if isinstance(level, ShareLevel) else parse_level(level)
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        if session.get(PartnerCopy, proposal_uuid) is not None:
            raise SharingRefused("this is a partner copy: what partners see of each other is the coordinator's choice")
        before = level_in(session, proposal_uuid)
        _row(session, proposal_uuid).level = chosen.value
        if before is not chosen:
            audit(session, proposal_uuid, actor, "share", {"level": chosen.value, "before": before.value})
    return chosen


def private_budget(db: Database, ref: str) -> bool:
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return private_in(session, proposal_uuid)


def set_private_budget(db: Database, ref: str, private: bool, actor: str = "local") -> None:
    """In a partner copy: keep the budget detail here and send totals (True), or send the lines (False).
    Raises SharingRefused anywhere else."""
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        if session.get(PartnerCopy, proposal_uuid) is None:
            raise SharingRefused("only a partner copy keeps its budget detail private: the coordinator's proposal "
                                 "holds every partner's lines")
        row = _row(session, proposal_uuid)
        if row.private_budget != private:
            row.private_budget = private
            audit(session, proposal_uuid, actor, "private-budget", {"private": private})
