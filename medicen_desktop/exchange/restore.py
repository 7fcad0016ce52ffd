"""A proposal with one part (or all of it) taken back from an earlier version.

``restored(current, version, part)`` is ``current`` in which every entity of
``part`` (``exchange.diff.part_of``: ``section:KEY``, ``wp:N``,
``budget:PARTNER``...) is as ``version`` has it: the part's entities the
version lacks are removed, the ones it has are put back with its values,
and nothing outside the part changes (the general information comes back
without the call: switching calls changes sections and rules together, so
only restoring everything switches back). Without a part, the whole version
comes back (organisation profiles, which other proposals share, are updated,
never removed). Pure: the service writes the result three-way against the
snapshot it was computed from (services/versions.py), so another writer's
later change is never silently reverted.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from medicen_desktop.document.errors import first_problem
from medicen_desktop.document.part_keys import parse_part_key
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.diff import PartIndex, part_of


_KEPT_IN_PROJECT = ("uuid", "revision", "template_key", "template_edition")
"""What restoring the general information leaves as it is now."""


class UnknownPart(Refused):
    """Neither the version nor the proposal has anything in the part named."""


class PartDoesNotFit(Refused):
    """The version's part refers to something the proposal no longer has (a partner, a work package)."""


def parts(document: ProposalDocument) -> list[str]:
    """Every part of a snapshot, in document order."""
    data = document.model_dump()
    index = PartIndex(data)
    found = {"project": None}
    for list_name in ENTITY_LISTS:
        for values in data[list_name]:
            found[part_of(list_name, values, index)] = None
    return list(found)


def normalise_part(part: str) -> str:
    """``WP2`` and ``wp:WP2`` (the ``status`` command's spelling) → ``wp:2``, ``Section:impact`` →
    ``section:impact``, ``Risks`` → ``risks`` (``document.part_keys``, the reader statuses use too); else as
    typed."""
    key = parse_part_key(part)
    return key.text if key is not None else part.strip()


def restored(current: ProposalDocument, version: ProposalDocument, part: str | None = None) -> ProposalDocument:
    """``current`` with ``part`` (None: everything) as in ``version``. Raises UnknownPart or PartDoesNotFit."""
    if part is None or part == "all":
        return version.model_copy(update={"proposal": version.proposal.model_copy(
            update={"revision": current.proposal.revision})})
    now, then = current.model_dump(), version.model_dump()
    now_index, then_index = PartIndex(now), PartIndex(then)
    found = False
    data: dict[str, Any] = {"proposal": now["proposal"]}
    if part == "project":  # the call stays: its sections and rules go with it (restore everything to switch back)
        data["proposal"] = {**then["proposal"], **{k: now["proposal"][k] for k in _KEPT_IN_PROJECT}}
        found = True
    for list_name in ENTITY_LISTS:
        back = {v["uuid"]: v for v in then[list_name] if part_of(list_name, v, then_index) == part}
        found = found or bool(back)
        kept = []
        for values in now[list_name]:
            if values["uuid"] in back:  # in place, so that lists keep their order
                kept.append(back.pop(values["uuid"]))
            elif part_of(list_name, values, now_index) == part:
                found = True
                if list_name == "organisations":  # shared profiles: never removed
                    kept.append(values)
            else:
                kept.append(values)
        kept += back.values()
        data[list_name] = kept
    if not found:
        known = ", ".join(dict.fromkeys([*parts(version), *parts(current)]))
        raise UnknownPart(f"no part {part!r} in this version or the proposal; parts: {known}")
    try:
        return ProposalDocument.model_validate(data)
    except ValidationError as exc:
        raise PartDoesNotFit(f"the version's {part} does not fit the proposal as it is now "
                             f"({first_problem(exc)}): restore everything, or put back what it refers to first") from None
