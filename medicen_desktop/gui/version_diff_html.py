"""A diff of two versions as HTML for the Versions window, in the UI's language.

Inserted words are underlined on a green background, deleted words struck
through on a red one: the underline and the strike-through say it without
colour (for colour-blind readers, and in grey print), and each entry starts
with a word, "Added", "Removed" or "Changed". Long unchanged stretches are
shortened to their ends. Pure: a ``DocumentDiff`` in, HTML out, every piece
of user text escaped.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from medicen_desktop.exchange.diff import DocumentDiff, EntityDiff, FieldDiff, Run
from medicen_desktop.gui.exchange_names import Names

translate = QCoreApplication.translate

INSERTED = "#c8efd0"
DELETED = "#fbd6d6"
CONTEXT = 120
"""Characters of unchanged text kept on each side of a change."""


def _kinds() -> dict[str, str]:
    return {
        "proposal": translate("Versions", "General information"), "sections": translate("Versions", "Section"),
        "work_packages": translate("Versions", "Work package"), "tasks": translate("Versions", "Task"),
        "deliverables": translate("Versions", "Deliverable"), "milestones": translate("Versions", "Milestone"),
        "efforts": translate("Versions", "Effort"), "budget_lines": translate("Versions", "Budget line"),
        "participations": translate("Versions", "Partner"), "team_members": translate("Versions", "Team member"),
        "organisations": translate("Versions", "Organisation"), "risks": translate("Versions", "Risk"),
        "attachments": translate("Versions", "Annex"),
    }


def part_label(part: str, sections: dict[str, str] | None = None) -> str:
    """A part key (``section:impact``, ``wp:2``, ``budget:LIB``...) in the user's words; ``sections``
    names sections by key (their titles in the call)."""
    kind, _, name = part.partition(":")
    match kind:
        case "project":
            return translate("Versions", "General information")
        case "section":
            return (sections or {}).get(name) or translate("Versions", "Section {key}").format(key=name)
        case "wp":
            return translate("Versions", "Work package {number}").format(number=name)
        case "budget":
            return translate("Versions", "Budget of {partner}").format(partner=name)
        case "partner":
            return translate("Versions", "Partner {partner}").format(partner=name)
        case "risks":
            return translate("Versions", "Risks")
        case "milestones":
            return translate("Versions", "Milestones")
        case _:
            return translate("Versions", "Annexes")


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def inserted(text: str) -> str:
    return (f'<span class="ins" style="background-color:{INSERTED}; text-decoration:underline;">'
            f"{_escape(text)}</span>")


def deleted(text: str) -> str:
    return (f'<span class="del" style="background-color:{DELETED}; text-decoration:line-through;">'
            f"{_escape(text)}</span>")


def _shortened(text: str, *, first: bool, last: bool) -> str:
    """A long unchanged stretch cut to the whole words nearest the changes around it."""
    if len(text) <= 2 * CONTEXT + 20:
        return text
    head = "" if first else text[:CONTEXT].rsplit(None, 1)[0]
    tail = "" if last else text[-CONTEXT:].split(None, 1)[-1]
    return f"{head} […] {tail}".strip()


def runs_html(runs: tuple[Run, ...]) -> str:
    out = []
    for i, run in enumerate(runs):
        if run.op == "+":
            out.append(inserted(run.text))
        elif run.op == "-":
            out.append(deleted(run.text))
        else:
            out.append(_escape(_shortened(run.text, first=i == 0, last=i == len(runs) - 1)))
    return "".join(out)


def _colon(label: str, text: str) -> str:
    """"label: text" as the language writes it (French puts a space before the colon)."""
    return translate("Versions", "{label}: {text}").format(label=label, text=text)


def _value(names: Names, value: Any) -> str:
    return names.value(value) if value not in (None, "", []) else translate("Versions", "(empty)")


def _field(names: Names, change: FieldDiff) -> str:
    label = html.escape(names.field(change.field))
    if change.runs:
        body = runs_html(change.runs)
    else:
        body = f"{deleted(_value(names, change.before))} → {inserted(_value(names, change.after))}"
    where = translate("Versions", "Table {table}, row {row}, column {column}")
    cells = "".join(
        "<li>" + _colon(where.format(table=c.table + 1, row=c.row + 1, column=c.column + 1),
                        f"{deleted(c.before)} → {inserted(c.after)}") + "</li>" for c in change.cells)
    return f"<p>{_colon(f'<b>{label}</b>', body)}</p>" + (f"<ul>{cells}</ul>" if cells else "")


def _entity(names: Names, kinds: dict[str, str], entity: EntityDiff) -> str:
    kind = kinds.get(entity.list_name, entity.list_name)
    title = names.entity(entity.uuid, f"{kind} {entity.name}")
    word = {"added": translate("Versions", "Added"), "removed": translate("Versions", "Removed"),
            "changed": translate("Versions", "Changed")}[entity.change]
    head = f'<h4 class="{entity.change}">{_colon(html.escape(word), html.escape(title))}</h4>'
    if entity.change == "changed":
        return head + "".join(_field(names, f) for f in entity.fields)
    values = names.value({k: v for k, v in (entity.values or {}).items() if not k.endswith("_uuid")})
    return head + f"<p>{inserted(values) if entity.change == 'added' else deleted(values)}</p>"


def legend() -> str:
    return translate("Versions", "{inserted} are underlined, {deleted} struck through.").format(
        inserted=inserted(translate("Versions", "Inserted words")),
        deleted=deleted(translate("Versions", "deleted words")))


def diff_html(diff: DocumentDiff, names: Names, sections: dict[str, str] | None = None) -> str:
    """The whole diff, part by part; a sentence when nothing changed."""
    if not diff:
        nothing = translate("Versions", "No difference.")
        return f"<p>{html.escape(nothing)}</p>"
    kinds = _kinds()
    out = [f"<p>{legend()}</p>"]
    for part in diff.parts:
        out.append(f"<h3>{html.escape(part_label(part, sections))}</h3>")
        out += [_entity(names, kinds, e) for e in diff.entities if e.part == part]
    return "".join(out)
