"""From stored values to a validated snapshot: what the ORM load and the read-only load share.

Both loaders (``store.snapshot.load_document`` through SQLAlchemy,
``store.quick_snapshot`` through ``sqlite3`` alone) read the same columns
in the same order and hand them to ``document_from_values``, so they cannot
drift apart on how a snapshot is built or checked. The ORM's tables carry
the entity lists' names (``proposals`` for the proposal) and its columns the
interchange fields' names. No SQLAlchemy here.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from medicen_desktop.document import references, schema

__all__ = ["ORDER", "PROPOSAL_LISTS", "document_from_values"]

PROPOSAL_LISTS = tuple(name for name in schema.ENTITY_LISTS if name != "organisations")
"""The entity lists a proposal owns (organisations are shared profiles, read through participations)."""

ORDER: dict[str, tuple[str, ...]] = {
    "participations": ("position",),
    "team_members": ("participation_uuid", "position"),
    "staff_rates": ("participation_uuid", "position"),
    "sections": ("key",),
    "work_packages": ("number",),
    "tasks": ("work_package_uuid", "number"),
    "deliverables": ("work_package_uuid", "number"),
    "milestones": ("number",),
    "efforts": ("participation_uuid", "work_package_uuid"),
    "budget_lines": ("participation_uuid", "category", "period"),
    "risks": ("position",),
    "attachments": ("filename",),
    "organisations": (),
}
"""Sort keys of each list (the UUID breaks ties; organisations by UUID alone): a total order, which
makes export -> import -> export byte-identical."""

_LIST_ADAPTERS: dict[str, TypeAdapter[list[Any]]] = {
    name: TypeAdapter(list[model]) for name, model in schema.ENTITY_LISTS.items()  # type: ignore[valid-type]
}


def document_from_values(proposal_uuid: str, proposal: dict[str, Any],
                         lists: dict[str, list[dict[str, Any]]]) -> schema.ProposalDocument:
    """The snapshot of the stored values: ``proposal``'s fields and each entity list's rows, in ``ORDER``.

    Each entity is validated by its model; the cross-entity rules are checked
    by ``document.references`` and, should they fail, by the document's own
    validator, which raises the precise ValidationError. The result equals
    ``ProposalDocument.model_validate`` of the same values.
    """
    validated = schema.Proposal.model_validate(proposal)
    entities: dict[str, Any] = {name: _LIST_ADAPTERS[name].validate_python(lists[name]) for name in schema.ENTITY_LISTS}
    if not references.consistent(proposal_uuid, {name: [e.__dict__ for e in items] for name, items in entities.items()}):
        schema.ProposalDocument.model_validate({"proposal": proposal, **lists})  # raises the precise error
    return schema.ProposalDocument.model_construct(proposal=validated, **entities)
