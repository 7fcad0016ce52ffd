"""A proposal snapshot under fresh UUIDs: what duplicating a proposal or loading an example needs."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from typing import Any

from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument


def random_uuid() -> str:
    """A fresh random UUID as text."""
    return str(uuidlib.uuid4())


def with_fresh_uuids(document: ProposalDocument, new_id: Callable[[], str] = random_uuid, *,
                     keep_organisations: bool = False) -> ProposalDocument:
    """``document`` with every entity (and the proposal) under a new UUID, references followed, revisions at 1.

    ``new_id`` is called once per entity, in document order, so a seeded
    generator gives reproducible UUIDs. With ``keep_organisations``, the
    organisations keep theirs: they are profiles shared between proposals.
    """
    lists = [name for name in ENTITY_LISTS if not (keep_organisations and name == "organisations")]
    mapping = {document.proposal.uuid: new_id()}
    for name in lists:
        for entity in getattr(document, name):
            mapping[entity.uuid] = new_id()
    data = document.model_dump()

    def remap(values: dict[str, Any]) -> dict[str, Any]:
        result = {k: mapping.get(v, v) if isinstance(v, str) and k.endswith("uuid") else v for k, v in values.items()}
        result["revision"] = 1
        return result

    data["proposal"] = remap(data["proposal"])
    for name in lists:
        data[name] = [remap(item) for item in data[name]]
    data["withheld"] = {mapping.get(uuid, uuid): names for uuid, names in data["withheld"].items()}
    return ProposalDocument.model_validate(data)
