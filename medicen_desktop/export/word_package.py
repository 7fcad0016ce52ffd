"""The Word package: one ``.docx`` holding exactly the parts assigned to one partner, for partners without the app.

Layout, in the partner's language (French or English):

- a title and, in a content control locked against editing and deletion
  (``w:lock sdtContentLocked``), what to do: write only in the framed parts,
  which formatting is kept, that tracked changes and comments are welcome,
  and the other parts of the dossier (titles, who writes them, limits and
  current counts), for context;
- per assigned section, its title (Heading 1) and the call's guidance,
  limits and current counts (locked), then the section's text in a content
  control whose contents are editable and which cannot be deleted
  (``w:lock sdtLocked``), tagged and bookmarked (``document.word_marks``).

The rest of the page is not locked by document protection: Word's "filling
in forms" protection would also forbid tracked changes and comments inside
the controls, which the partner may want to use. Section text is written by
the dossier's own DOCX renderer (``docx_render.DocxComposer``), Markdown
headings one level below the part's title.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from medicen_desktop.document import word_marks
from medicen_desktop.document.markdown import counts
from medicen_desktop.document.schema import ProposalDocument, Section
from medicen_desktop.export.markdown import markdown_blocks
from medicen_desktop.export.tree import Block, Heading, Metadata
from medicen_desktop.rules.template_base import localized

if TYPE_CHECKING:  # reading a package back imports neither python-docx nor the template model
    from medicen_desktop.rules.template_model import FunderTemplate

HEADING_SHIFT = 1
"""A Markdown heading of level n is written as "Heading n+1": "Heading 1" is the part's title."""

TEXTS = {
    "fr": {
        "title": "{acronym} — parties confiées à {partner}",
        "how": "Ce document contient les parties du projet {acronym} ({call}) que le coordinateur vous a confiées. "
               "Écrivez uniquement dans les zones encadrées sous le titre de chaque partie ; le reste du document "
               "est là pour information et n'est pas relu.",
        "kept": "Sont conservés : gras, italique, indices et exposants, listes à puces et numérotées, tableaux et "
                "intertitres (styles Titre 2 et suivants). Toute autre mise en forme (soulignement, couleurs, "
                "images, zones de texte) est réduite au texte, avec une note au coordinateur.",
        "track": "Vous pouvez utiliser le suivi des modifications et les commentaires : les modifications sont "
                 "appliquées et les commentaires transmis au coordinateur.",
        "return": "Ne supprimez pas les zones et ne changez pas leurs propriétés. Enregistrez au format Word "
                  "(.docx) et renvoyez ce fichier à {coordinator}.",
        "yours": "Vos parties",
        "others": "Les autres parties du dossier (pour information)",
        "limit_words": "Limite : {limit} mots · actuellement {count} mots.",
        "limit_chars": "Limite : {limit} caractères · actuellement {count} caractères.",
        "count": "Actuellement {words} mots, {chars} caractères.",
        "guidance": "Consignes de l'appel : {text}",
        "by": "rédigée par {who}",
        "coordinator": "le coordinateur",
    },
    "en": {
        "title": "{acronym} — parts assigned to {partner}",
        "how": "This document holds the parts of the {acronym} proposal ({call}) that the coordinator assigned to "
               "you. Write only in the framed areas under each part's title; the rest of the document is there "
               "for context and is not read back.",
        "kept": "Kept: bold, italic, subscript and superscript, bulleted and numbered lists, tables and headings "
                "(styles Heading 2 and below). Any other formatting (underline, colours, pictures, text boxes) is "
                "reduced to text, with a note to the coordinator.",
        "track": "You may use tracked changes and comments: the changes are applied and the comments passed on "
                 "to the coordinator.",
        "return": "Do not delete the framed areas or change their properties. Save in Word format (.docx) and "
                  "send this file back to {coordinator}.",
        "yours": "Your parts",
        "others": "The other parts of the dossier (for context)",
        "limit_words": "Limit: {limit} words · currently {count} words.",
        "limit_chars": "Limit: {limit} characters · currently {count} characters.",
        "count": "Currently {words} words, {chars} characters.",
        "guidance": "The call's guidance: {text}",
        "by": "written by {who}",
        "coordinator": "the coordinator",
    },
}


@dataclass(frozen=True)
class WordPackagePlan:
    """What the package holds and how it is marked."""

    package_uuid: str
    secret: str
    base_sha256: str
    section_keys: frozenset[str]
    partner: str
    coordinator: str
    language: str


def part_numbers(section_keys: Iterable[str]) -> dict[str, int]:
    """The number of each assigned section in its marks: its rank in key order, from 1."""
    return {key: n for n, key in enumerate(sorted(section_keys), start=1)}


def section_blocks(markdown: str) -> list[Block]:
    """A section's text as the package writes it: the dossier's blocks, headings one level down."""
    blocks = markdown_blocks(markdown, heading_level=None)
    return [Heading(block.level + HEADING_SHIFT, block.text) if isinstance(block, Heading) else block
            for block in blocks]


Line = tuple[str, str]
"""(style name, text) of one read-only paragraph."""


def context_lines(base: ProposalDocument, template: FunderTemplate, plan: WordPackagePlan) -> tuple[list[Line], dict[str, list[Line]]]:
    """The read-only paragraphs: the introduction, and those before each assigned section's text."""
    texts = TEXTS["fr" if plan.language == "fr" else "en"]
    proposal = base.proposal
    sections = template.in_section_order(base.sections)
    numbers = part_numbers(plan.section_keys)
    names = _writers(base)
    intro = [("Title", _document_title(base, plan)),
             ("Note", texts["how"].format(acronym=proposal.acronym, call=template.name)),
             ("Note", texts["kept"]), ("Note", texts["track"]),
             ("Note", texts["return"].format(coordinator=plan.coordinator)),
             ("Heading 2", texts["yours"])]
    intro += [("List Bullet", _title(template, s, plan.language)) for s in sections if s.key in numbers]
    others = [s for s in sections if s.key not in numbers]
    if others:
        intro.append(("Heading 2", texts["others"]))
        for section in others:
            who = names.get(section.assigned_participation_uuid or "", texts["coordinator"])
            intro.append(("List Bullet", f"{_title(template, section, plan.language)} ({texts['by'].format(who=who)})"
                                         f" — {_counts(template, section, texts)}"))
    parts: dict[str, list[Line]] = {}
    for section in sections:
        if section.key not in numbers:
            continue
        lines = [("Heading 1", _title(template, section, plan.language))]
        spec = template.section(section.key)
        guidance = localized(spec, "guidance", plan.language) if spec is not None else ""
        if guidance:
            lines.append(("Note", texts["guidance"].format(text=" ".join(guidance.split()))))
        lines.append(("Note", _counts(template, section, texts)))
        parts[section.key] = lines
    return intro, parts


def context_texts(base: ProposalDocument, template: FunderTemplate, plan: WordPackagePlan) -> set[str]:
    """Every read-only paragraph's text, white space collapsed, in both languages (what reading back skips
    outside the parts when LibreOffice dropped the controls that held them)."""
    found: set[str] = set()
    for language in ("fr", "en"):
        intro, parts = context_lines(base, template, replace(plan, language=language))
        for _style, text in [*intro, *(line for lines in parts.values() for line in lines)]:
            found.add(" ".join(text.split()))
    return found


def build_word_package(base: ProposalDocument, template: FunderTemplate, plan: WordPackagePlan) -> bytes:
    """The ``.docx`` bytes of the package ``plan`` describes, cut from ``base``."""
    from medicen_desktop.export.docx_render import DocxComposer  # python-docx: not for reading a package back
    from medicen_desktop.export import docx_xml as x
    from medicen_desktop.export.typography import typography_for

    proposal = base.proposal
    metadata = Metadata(title=_document_title(base, plan), acronym=proposal.acronym, author=plan.coordinator,
                        subject=template.name, language="fr-FR" if plan.language == "fr" else "en-GB",
                        typography=typography_for(template.formatting, proposal.acronym, template.name))
    composer = DocxComposer(metadata)
    numbers = part_numbers(plan.section_keys)
    intro, parts = context_lines(base, template, plan)

    def paragraphs(lines: list[Line]) -> list[str]:
        return [x.paragraph_xml(composer.style_id(style), x.run_xml(text)) for style, text in lines]

    composer.add_xml(_locked(paragraphs(intro), 1))
    for section in template.in_section_order(base.sections):
        number = numbers.get(section.key)
        if number is None:
            continue
        composer.add_xml(_locked(paragraphs(parts[section.key]), 100 + number))
        code = word_marks.mac(plan.secret, plan.package_uuid, number, section.key, plan.base_sha256)
        body = composer.blocks_xml(section_blocks(section.body))
        composer.add_xml(_part(body, number, section.key, _title(template, section, plan.language), plan, code))
    return composer.save()


def _document_title(base: ProposalDocument, plan: WordPackagePlan) -> str:
    texts = TEXTS["fr" if plan.language == "fr" else "en"]
    return texts["title"].format(acronym=base.proposal.acronym, partner=plan.partner)


def _part(body: str, number: int, key: str, title: str, plan: WordPackagePlan, code: str) -> str:
    """The editable content control of one part, with its bookmark around the same text."""
    from medicen_desktop.export.docx_xml import escape

    name = word_marks.bookmark(number, code)
    mark = 1000 + number
    start = f'<w:bookmarkStart w:id="{mark}" w:name="{name}"/>'
    end = f'<w:bookmarkEnd w:id="{mark}"/>'
    # The bookmark starts in an empty paragraph of its own, the control's first: LibreOffice (7.4) turns a block
    # control's first paragraph into an inline control and drops that paragraph's formatting.
    body = f"<w:p>{start}</w:p>{body}"
    body = body[:-len("</w:p>")] + end + "</w:p>" if body.endswith("</w:p>") else f"{body}<w:p>{end}</w:p>"
    tag = word_marks.tag(number, key, plan.base_sha256, code)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(title[:255])}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{mark}"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def _locked(paragraphs: list[str], number: int) -> str:
    """Read-only context: a content control neither editable nor deletable in Word."""
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{word_marks.CONTEXT_TAG}"/><w:id w:val="{number}"/>'
            f'<w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent><w:p/>{"".join(paragraphs)}'
            '</w:sdtContent></w:sdt>')


def _title(template: FunderTemplate, section: Section, language: str) -> str:
    spec = template.section(section.key)
    return (localized(spec, "title", language) if spec is not None else "") or section.title or section.key


def _counts(template: FunderTemplate, section: Section, texts: dict[str, str]) -> str:
    spec = template.section(section.key)
    words, chars = _measured(section.body)
    if spec is not None and spec.limit_words:
        return texts["limit_words"].format(limit=spec.limit_words, count=words)
    if spec is not None and spec.limit_chars:
        return texts["limit_chars"].format(limit=spec.limit_chars, count=chars)
    return texts["count"].format(words=words, chars=chars)


@lru_cache(maxsize=256)
def _measured(body: str) -> tuple[int, int]:
    """(words, characters) of a section's text; the same text is measured once (both languages, reading back)."""
    return counts(body)


def _writers(document: ProposalDocument) -> dict[str, str]:
    organisations = {o.uuid: o.short_name or o.legal_name for o in document.organisations}
    return {p.uuid: organisations.get(p.organisation_uuid, "?") for p in document.participations}
