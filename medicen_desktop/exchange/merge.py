"""Three-way merge of a partner's snapshot into the coordinator's, against their common base.

Entity by entity (keyed by UUID) and field by field:

- changed by the partner only → taken; changed identically → taken once;
- Markdown changed on both sides → merged paragraph by paragraph; overlapping
  paragraph edits are a text conflict; other fields changed differently on
  both sides are a value conflict;
- entities added by the partner are added; deleted on one side and edited on
  the other is a delete-edit conflict;
- with a ``Scope``, every partner change outside the assignment is refused
  and reported, and the rest still merges.

Conflicts are resolved by ``resolutions`` (conflict id → "ours", "theirs" or
``Custom``) or ``take``; unresolved ones keep the coordinator's side in the
returned document. Pure: a function of three snapshots. The outcome also
says which entities differ from the coordinator's snapshot (``edits``), so
that only those are validated again and written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medicen_desktop.document import references
from medicen_desktop.document.depreciation import eligible_amount
from medicen_desktop.exchange.assignment import PARTNER_ADDABLE, Scope, describe
from medicen_desktop.exchange.merge_result import (
    Conflict,
    Custom,
    DocumentEdits,
    FieldChange,
    MergeOutcome,
    RefusedChange,
    Resolution,
)
from medicen_desktop.document.schema import (
    ENTITY_LISTS,
    Entity,
    Proposal,
    ProposalDocument,
)
from medicen_desktop.document.text import MARKDOWN_FIELDS, normalise_values
from medicen_desktop.exchange.textmerge import Side, merge_markdown

_IGNORED = frozenset({"uuid", "revision"})
_REFERENCES = references.REFERENCES

Values = dict[str, Any]


def _same(a: Values, b: Values) -> bool:
    return all(a.get(k) == b.get(k) for k in set(a) | set(b) if k not in _IGNORED)


class _Merger:
    def __init__(self, scope: Scope | None, resolutions: Mapping[str, Resolution], take: Side | None) -> None:
        self.scope = scope
        self.resolutions = resolutions
        self.take = take
        self.outcome_changes: list[FieldChange] = []
        self.conflicts: list[Conflict] = []
        self.unresolved: list[Conflict] = []
        self.refused: list[RefusedChange] = []
        self.from_theirs: set[str] = set()

    # -- decisions ---------------------------------------------------------

    def _refusal(self, list_name: str, values: Values, field: str | None = None) -> str | None:
        if self.scope is None:
            return None
        if field is None:
            return self.scope.refusal(list_name, values)
        return self.scope.field_refusal(list_name, values, field)

    def _refuse(self, list_name: str, values: Values, field: str | None, reason: str, theirs: Any) -> None:
        uuid = str(values["uuid"])
        self.refused.append(RefusedChange(list_name, uuid, describe(list_name, values), field, reason, theirs))

    def _choice(self, conflict: Conflict) -> Resolution | None:
        self.conflicts.append(conflict)
        choice = self.resolutions.get(conflict.id, self.take)
        if choice is None:
            self.unresolved.append(conflict)
        return choice

    def _resolved_value(self, conflict: Conflict, choice: Resolution) -> Any:
        return choice.value if isinstance(choice, Custom) else conflict.resolved(choice)

    # -- one entity present in all three -----------------------------------

    def merge_fields(self, list_name: str, base: Values, ours: Values, theirs: Values) -> Values:
        result = dict(ours)
        for name, their_value in _derived_last(list_name, theirs):
            base_value, our_value = base.get(name), ours.get(name)
            if name in _IGNORED or their_value == base_value:
                continue
            if list_name == "budget_lines" and name == "amount" and result.get("purchase_cost") is not None:
                # Equipment charged by depreciation: its amount is derived from the merged inputs.
                result["amount"] = eligible_amount(result["purchase_cost"], result.get("depreciation_months"),
                                                   result.get("use_months"), result.get("use_percent"))
                continue
            their_value = normalise_values({name: their_value})[name]  # as the edit services store text
            if their_value == base_value:
                continue
            reason = self._refusal(list_name, base, name) or self._refusal(list_name, {**base, name: their_value})
            if reason is not None:
                self._refuse(list_name, base, name, reason, their_value)
                continue
            label = describe(list_name, ours)
            if our_value == base_value:
                result[name] = their_value
                self.outcome_changes.append(FieldChange(list_name, base["uuid"], label, name, "changed", our_value, their_value))
                continue
            if our_value == their_value:
                continue
            conflict_id = f"{list_name}/{base['uuid']}/{name}"
            if name in MARKDOWN_FIELDS and isinstance(base_value, str) and isinstance(our_value, str) \
                    and isinstance(their_value, str):
                text = merge_markdown(base_value, our_value, their_value)
                if text.clean:
                    result[name] = text.resolve()
                    self.outcome_changes.append(
                        FieldChange(list_name, base["uuid"], label, name, "merged", our_value, result[name])
                    )
                    continue
                conflict = Conflict(conflict_id, list_name, base["uuid"], label, name, "text",
                                    base_value, our_value, their_value, text)
            else:
                conflict = Conflict(conflict_id, list_name, base["uuid"], label, name, "value",
                                    base_value, our_value, their_value)
            choice = self._choice(conflict)
            if choice is not None:
                result[name] = self._resolved_value(conflict, choice)
                if result[name] != our_value:
                    self.outcome_changes.append(
                        FieldChange(list_name, base["uuid"], label, name, "resolved", our_value, result[name])
                    )
        return result

    # -- one list ----------------------------------------------------------

    def merge_list(self, list_name: str, base: list[Values], ours: list[Values], theirs: list[Values]) -> list[Values]:
        base_by = {v["uuid"]: v for v in base}
        theirs_by = {v["uuid"]: v for v in theirs}
        ours_ids = {v["uuid"] for v in ours}
        result: list[Values] = []
        for our in ours:
            uuid = our["uuid"]
            b, t = base_by.get(uuid), theirs_by.get(uuid)
            if t is None and b is not None:
                kept = self._their_deletion(list_name, b, our)
                if kept is not None:
                    result.append(kept)
            elif t is not None and t != b:  # (unchanged by the partner: ours as it is)
                result.append(self.merge_fields(list_name, b if b is not None else our, our, t))
            else:
                result.append(our)
        for their in theirs:
            uuid = their["uuid"]
            if uuid in ours_ids:
                continue
            b = base_by.get(uuid)
            added = self._their_addition(list_name, their) if b is None else self._our_deletion(list_name, b, their)
            if added is not None:
                self.from_theirs.add(uuid)
                result.append(added)
        return result

    def _their_deletion(self, list_name: str, base: Values, ours: Values) -> Values | None:
        """The partner deleted the entity; return what stays (None: deleted)."""
        reason = self._refusal(list_name, base)
        if reason is None and self.scope is not None and list_name not in PARTNER_ADDABLE:
            reason = f"{describe(list_name, base)} cannot be deleted by a partner"
        if reason is not None:
            self._refuse(list_name, base, None, reason, None)
            return ours
        label = describe(list_name, ours)
        if _same(base, ours):
            self.outcome_changes.append(FieldChange(list_name, base["uuid"], label, None, "deleted", ours, None))
            return None
        conflict = Conflict(f"{list_name}/{base['uuid']}", list_name, base["uuid"], label, None, "delete-edit",
                            base, ours, None)
        choice = self._choice(conflict)
        if choice is None or choice == "ours":
            return ours
        value = self._resolved_value(conflict, choice)
        if value is None:
            self.outcome_changes.append(FieldChange(list_name, base["uuid"], label, None, "resolved", ours, None))
        return value if value is None else dict(value)

    def _our_deletion(self, list_name: str, base: Values, theirs: Values) -> Values | None:
        """The coordinator deleted the entity the partner kept; return what comes back (None: nothing)."""
        theirs = dict[str, Any](normalise_values(theirs))
        if _same(base, theirs):
            return None
        reason = self._refusal(list_name, base) or self._refusal(list_name, theirs)
        if reason is not None:
            self._refuse(list_name, base, None, reason, theirs)
            return None
        label = describe(list_name, theirs)
        conflict = Conflict(f"{list_name}/{base['uuid']}", list_name, base["uuid"], label, None, "delete-edit",
                            base, None, theirs)
        choice = self._choice(conflict)
        if choice is None or choice == "ours":
            return None
        value = self._resolved_value(conflict, choice)
        if value is not None:
            self.outcome_changes.append(FieldChange(list_name, base["uuid"], label, None, "resolved", None, value))
        return value if value is None else dict(value)

    def _their_addition(self, list_name: str, theirs: Values) -> Values | None:
        theirs = dict[str, Any](normalise_values(theirs))
        reason = self._refusal(list_name, theirs)
        if reason is None and self.scope is not None and list_name not in PARTNER_ADDABLE:
            reason = f"{describe(list_name, theirs)} cannot be added by a partner"
        if reason is not None:
            self._refuse(list_name, theirs, None, reason, theirs)
            return None
        self.outcome_changes.append(
            FieldChange(list_name, theirs["uuid"], describe(list_name, theirs), None, "added", None, theirs)
        )
        return theirs

    # -- references --------------------------------------------------------

    def drop_dangling(self, data: dict[str, Any], ours: dict[str, Any]) -> None:
        """Partner entities or values that point at something the coordinator deleted are refused."""
        present = {name: {v["uuid"] for v in data[name]} for name in ENTITY_LISTS}
        ours_by = {name: {v["uuid"]: v for v in ours[name]} for name in ENTITY_LISTS}
        for name in ENTITY_LISTS:
            kept = []
            for values in data[name]:
                dangling = [f for f, target in _REFERENCES.items()
                            if values.get(f) is not None and values[f] not in present[target]]
                if not dangling:
                    kept.append(values)
                    continue
                reason = f"{describe(name, values)} refers to something no longer in the proposal"
                our = ours_by[name].get(values["uuid"])
                if values["uuid"] in self.from_theirs or our is None:
                    self._refuse(name, values, None, reason, values)
                    present[name].discard(values["uuid"])
                    continue
                for f in dangling:
                    self._refuse(name, values, f, reason, values[f])
                    values[f] = our[f]
                kept.append(values)
            data[name] = kept


def _derived_last(list_name: str, values: Values) -> list[tuple[str, Any]]:
    """The fields in order, a derived amount last: it is merged (or not) once its inputs are."""
    items = list(values.items())
    if list_name != "budget_lines":
        return items
    return [item for item in items if item[0] != "amount"] + [item for item in items if item[0] == "amount"]


def merge_documents(
    base: ProposalDocument,
    ours: ProposalDocument,
    theirs: ProposalDocument,
    scope: Scope | None = None,
    *,
    resolutions: Mapping[str, Resolution] | None = None,
    take: Side | None = None,
) -> MergeOutcome:
    """Merge ``theirs``' changes since ``base`` into ``ours``; see the module docstring.

    The three snapshots must be of the same proposal (the caller checks).
    The partner's text is normalised (exchange.text) as the edit services
    would have stored it, so a change made only of control characters is none.
    """
    merger = _Merger(scope, resolutions or {}, take)
    b, o, t = base.model_dump(), ours.model_dump(), theirs.model_dump()
    data: dict[str, Any] = {"proposal": merger.merge_fields("proposal", b["proposal"], o["proposal"], t["proposal"])}
    for name in ENTITY_LISTS:
        data[name] = merger.merge_list(name, b[name], o[name], t[name])
    merger.drop_dangling(data, o)
    dropped = {(r.list_name, r.uuid) for r in merger.refused if r.field is None}
    changes = [c for c in merger.outcome_changes if not (c.kind == "added" and (c.list_name, c.uuid) in dropped)]
    return MergeOutcome(data, _edits(data, o), changes, merger.conflicts, merger.unresolved, merger.refused)


def _edits(data: dict[str, Any], ours: dict[str, Any]) -> DocumentEdits:
    """The entities of ``data`` that differ from ``ours``, each validated by its model.

    Only those can be invalid (the rest is the coordinator's validated
    snapshot), so the whole document is not validated again; its
    cross-entity rules are checked by ``references.consistent``, and the
    document's own validator raises the precise ValidationError if they fail.
    """
    if not references.consistent(data["proposal"]["uuid"], data):
        ProposalDocument.model_validate(data)
    upserts: list[tuple[str, Entity]] = []
    if data["proposal"] != ours["proposal"]:
        upserts.append(("proposal", Proposal.model_validate(data["proposal"])))
    deletions: list[tuple[str, str]] = []
    for name, model in ENTITY_LISTS.items():
        ours_by = {values["uuid"]: values for values in ours[name]}
        for values in data[name]:
            if ours_by.get(values["uuid"]) != values:
                upserts.append((name, model.model_validate(values)))
        kept = {values["uuid"] for values in data[name]}
        deletions += [(name, uuid) for uuid in ours_by if uuid not in kept]
    return DocumentEdits(tuple(upserts), tuple(deletions))
