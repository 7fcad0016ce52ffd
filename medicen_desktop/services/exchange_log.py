"""What the coordinator sent and merged, per partner: the packages of each round and the merged contributions.

``exchange_log`` reads the records of the exchange (model/exchange_records.py):
for each partner that was sent a package, each package (its round, date and
scope: sections and work packages) and each contribution still merged (when,
by whom, from which round's package, how many fields it wrote, and whether
it can be undone or which later merge depends on it). The GUI's list and
the ``packages`` command show it; both read it from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from medicen_desktop.model import ExchangePackage
from medicen_desktop.services.merge_dependency import Footprint
from medicen_desktop.services.merging import MergeRecord, dependency_message, merge_records
from medicen_desktop.services.proposals import resolve
from medicen_desktop.store.database import Database


@dataclass(frozen=True)
class SentPackage:
    package_uuid: str
    round: int
    created_at: dt.datetime
    created_by: str
    section_keys: tuple[str, ...]
    wp_numbers: tuple[int, ...]


@dataclass(frozen=True)
class MergedContribution:
    """A contribution merged and not undone. ``blocked`` explains why it cannot be undone (None: it can)."""

    merge: MergeRecord
    round: int
    fields: int
    """Fields and entities the merge wrote."""
    blocked: str | None
    blocked_by: MergeRecord | None

    @property
    def can_undo(self) -> bool:
        return self.blocked is None


@dataclass(frozen=True)
class PartnerExchange:
    participation_uuid: str
    partner: str
    packages: tuple[SentPackage, ...]
    merges: tuple[MergedContribution, ...]
    """Oldest first, like the packages."""

    def to_data(self) -> dict[str, Any]:
        return {
            "participation": self.participation_uuid,
            "partner": self.partner,
            "packages": [{"package": p.package_uuid, "round": p.round, "created_at": p.created_at.isoformat(),
                          "created_by": p.created_by, "sections": list(p.section_keys),
                          "work_packages": list(p.wp_numbers)} for p in self.packages],
            "merges": [{"merge": m.merge.merge_uuid, "package": m.merge.package_uuid, "round": m.round,
                        "merged_at": m.merge.applied_at.isoformat(), "merged_by": m.merge.applied_by,
                        "fields": m.fields, "can_undo": m.can_undo, "blocked_by":
                            m.blocked_by.merge_uuid if m.blocked_by else None, "why_not": m.blocked}
                       for m in self.merges],
        }


def exchange_log(db: Database, ref: str) -> list[PartnerExchange]:
    """Per partner (in the order they were first sent a package): packages sent and contributions merged."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        rows = list(session.scalars(select(ExchangePackage).where(ExchangePackage.proposal_uuid == proposal_uuid)
                                    .order_by(ExchangePackage.created_at)))
        prints: dict[str, Footprint] = {}
        records = merge_records(session, proposal_uuid, prints)
        sizes = {uuid: len(written.fields) + len(written.entities) for uuid, written in prints.items()}
        by_uuid = {r.merge_uuid: r for r in records}
        partners: dict[str, list[SentPackage]] = {}
        names: dict[str, str] = {}
        rounds: dict[str, int] = {}
        for row in rows:
            sent = partners.setdefault(row.participation_uuid, [])
            sent.append(SentPackage(row.uuid, len(sent) + 1, row.created_at, row.created_by,
                                    tuple(row.section_keys), tuple(int(n) for n in row.wp_numbers)))
            names[row.participation_uuid] = row.partner_name
            rounds[row.uuid] = len(sent)
        owner = {row.uuid: row.participation_uuid for row in rows}
    merges: dict[str, list[MergedContribution]] = {}
    for record in reversed(records):
        later = by_uuid.get(record.blocked_by.later) if record.blocked_by else None
        merges.setdefault(owner[record.package_uuid], []).append(MergedContribution(
            record, rounds[record.package_uuid], sizes.get(record.merge_uuid, 0),
            dependency_message(record, later) if later is not None else None, later))
    return [PartnerExchange(uuid, names[uuid], tuple(sent), tuple(merges.get(uuid, ())))
            for uuid, sent in partners.items()]
