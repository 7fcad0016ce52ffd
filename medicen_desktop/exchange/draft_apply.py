"""A Word draft's parts written into a proposal snapshot, where the user placed them.

``place_draft`` takes the parts (``draft_plan.propose``), the destination
chosen for each and, for sections that already hold text, what to do with
it: ``APPEND`` the imported text after it, ``REPLACE`` it (the GUI's undo
and the database's history bring it back), or ``KEEP`` it and put the
imported text in the holding section instead. Nothing is dropped unless the
user chose ``SKIP`` for a part: an unplaced part, and the text kept away
from a section, land in the "Imported, not placed" section
(``draft_plan.HOLDING_KEY``), created on first use and appended to after;
the call knows no such section, so the dossier leaves it out and the Review
step lists it. A part placed in ``SUMMARY`` goes to the proposal's summary
(the same three choices when it has one); the keywords line the dossier
writes under the summary becomes the proposal's keywords when it has none. A part's images become annexes (``Attachment`` entities; the
caller stores their bytes by SHA-256).

Pure: returns a new snapshot and what it did.
"""

from __future__ import annotations

import hashlib
import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from medicen_desktop.document.markdown import count_words
from medicen_desktop.document.schema import Attachment, ProposalDocument, Section
from medicen_desktop.document.markdown import escape_inline as escape
from medicen_desktop.exchange.docx_reader import Draft, DraftImage
from medicen_desktop.exchange.draft_plan import ABOVE, HOLDING, HOLDING_KEY, SKIP, SUMMARY, DraftPart
from medicen_desktop.rules.template_model import FunderTemplate

Policy = Literal["append", "replace", "keep"]
APPEND: Policy = "append"
REPLACE: Policy = "replace"
KEEP: Policy = "keep"
POLICIES: tuple[Policy, ...] = (APPEND, REPLACE, KEEP)

HOLDING_TITLES = {"fr": "Importé, non placé", "en": "Imported, not placed"}
SUMMARY_TITLES = {"fr": "Résumé", "en": "Summary"}
KEYWORDS = {"fr": "Mots-clés", "en": "Keywords"}
"""As the dossier labels them (``export.labels``): the keywords line the app writes under the summary."""
_KEYWORDS_LINE = re.compile(r"^(?:Mots\\?-clés|Keywords)\s?: (.+)$")


@dataclass(frozen=True)
class SectionResult:
    """What the import did to one section: "filled" (it was empty), "appended", "replaced", "kept"."""

    key: str
    action: str
    words: int


@dataclass
class Placement:
    """The snapshot with the draft in it, and what changed."""

    document: ProposalDocument
    sections: list[SectionResult] = field(default_factory=list)
    holding_words: int = 0
    left_out: list[str] = field(default_factory=list)
    """Headings of the parts the user chose to skip."""
    images: list[DraftImage] = field(default_factory=list)
    """The images that became annexes (their bytes to store)."""


def sections_with_text(document: ProposalDocument) -> set[str]:
    """Keys of the proposal's sections that already hold text (the ones that need a policy), and
    ``SUMMARY`` when the proposal has a summary."""
    keys = {s.key for s in document.sections if s.body.strip() and s.key != HOLDING_KEY}
    return keys | ({SUMMARY} if document.proposal.summary.strip() else set())


def place_draft(document: ProposalDocument, template: FunderTemplate, draft: Draft, parts: list[DraftPart],
                destinations: dict[int, str], policies: dict[str, Policy],
                new_uuid: Callable[[], str] = lambda: str(uuidlib.uuid4())) -> Placement:
    """``document`` with the draft's parts written where ``destinations`` put them (see the module's docstring).

    ``policies`` maps a section key that already holds text to APPEND, REPLACE or KEEP (default APPEND).
    """
    language = document.proposal.language.value
    texts: dict[str, list[str]] = {}
    holding: list[str] = []
    left_out: list[str] = []
    image_parts: list[tuple[int, str]] = []
    anchor: tuple[str, int] = (HOLDING, 0)
    for part in parts:
        destination = destinations.get(part.index, part.proposed)
        continues = not part.heading or part.generated == "table"  # text after a generated table, the table
        if destination == ABOVE and part.index > 0:
            target, anchor_level = anchor
            depth = max(1, part.level - anchor_level)
            heading = escape(part.title if target not in (HOLDING, SKIP) else part.heading)
            heading = "" if continues else f"{'#' * min(6, depth + (target == HOLDING))} {heading}"
            chunk = "\n\n".join(t for t in (heading, part.markdown) if t)
        else:
            target = HOLDING if destination == ABOVE else destination
            if not continues:
                anchor = (target, part.level)
            heading = f"## {escape(part.heading)}" if part.heading and not continues and target == HOLDING else ""
            chunk = "\n\n".join(t for t in (heading, part.markdown) if t)
        if target == SKIP:
            left_out.append(part.heading)
            continue
        image_parts += [(index, part.heading) for index in part.images]
        (holding if target == HOLDING else texts.setdefault(target, [])).append(chunk)

    sections = list(document.sections)
    results: list[SectionResult] = []
    proposal = document.proposal
    summary_chunks = texts.pop(SUMMARY, [])
    if summary_chunks:
        imported, keywords = _keywords_line("\n\n".join(c for c in summary_chunks if c.strip()))
        if keywords and not proposal.keywords:
            proposal = proposal.model_copy(update={"keywords": keywords})
        elif keywords:  # the proposal has its own keywords: the draft's stay in view, not lost
            holding.append(f"## {escape(KEYWORDS[language])}\n\n{escape(', '.join(keywords))}")
        existing = proposal.summary.strip()
        policy = policies.get(SUMMARY, APPEND) if existing else REPLACE
        if policy == KEEP:
            holding.append(f"## {escape(SUMMARY_TITLES[language])}\n\n{imported}")
            results.append(SectionResult(SUMMARY, "kept", count_words(imported)))
        else:
            summary = f"{proposal.summary.rstrip()}\n\n{imported}" if policy == APPEND else imported
            proposal = proposal.model_copy(update={"summary": summary})
            results.append(SectionResult(SUMMARY, "appended" if policy == APPEND else
                                         ("replaced" if existing else "filled"), count_words(imported)))
    for key, chunks in texts.items():
        imported = "\n\n".join(c for c in chunks if c.strip())
        position = next((i for i, s in enumerate(sections) if s.key == key), None)
        if position is None:
            sections.append(Section(uuid=new_uuid(), key=key, title=template.section_title(key, language), body=imported))
            results.append(SectionResult(key, "filled", count_words(imported)))
            continue
        section = sections[position]
        existing = section.body.strip()
        policy = policies.get(key, APPEND) if existing else REPLACE
        if policy == KEEP:
            holding.append(f"## {escape(template.section_title(key, language))}\n\n{imported}")
            results.append(SectionResult(key, "kept", count_words(imported)))
            continue
        body = f"{section.body.rstrip()}\n\n{imported}" if policy == APPEND else imported
        sections[position] = section.model_copy(update={"body": body})
        results.append(SectionResult(key, "appended" if policy == APPEND else ("replaced" if existing else "filled"),
                                     count_words(imported)))

    holding_text = "\n\n".join(c for c in holding if c.strip())
    if holding_text:
        holding_text = f"# {escape(draft.source)}\n\n{holding_text}"
        position = next((i for i, s in enumerate(sections) if s.key == HOLDING_KEY), None)
        if position is None:
            sections.append(Section(uuid=new_uuid(), key=HOLDING_KEY, title=HOLDING_TITLES[language], body=holding_text))
        else:
            old = sections[position]
            sections[position] = old.model_copy(update={"body": f"{old.body.rstrip()}\n\n{holding_text}".strip()})

    attachments = list(document.attachments)
    images: list[DraftImage] = []
    for index, heading in image_parts:
        image = draft.images[index]
        images.append(image)
        where = f"{draft.source}, {heading}" if heading else draft.source
        description = f"{image.alt_text} ({where})" if image.alt_text else where
        attachments.append(Attachment(uuid=new_uuid(), filename=image.filename, media_type=image.media_type,
                                      sha256=hashlib.sha256(image.data).hexdigest(), size=len(image.data),
                                      description=description[:2000]))
    changed = document.model_copy(update={"proposal": proposal, "sections": sections, "attachments": attachments})
    return Placement(ProposalDocument.model_validate(changed.model_dump()), results, count_words(holding_text),
                     left_out, images)


def _keywords_line(markdown: str) -> tuple[str, list[str]]:
    """The summary without the keywords line the dossier writes after it, and those keywords."""
    paragraphs = markdown.split("\n\n")
    match = _KEYWORDS_LINE.match(paragraphs[-1].strip()) if paragraphs else None
    if match is None:
        return markdown, []
    from medicen_desktop.document.markdown import visible_text

    words = [w.strip() for w in visible_text(match.group(1)).split(",") if w.strip()]
    return "\n\n".join(paragraphs[:-1]), words
