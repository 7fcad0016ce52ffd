"""Importing a Word draft into an open proposal: preview the mapping, then write it in one revision.

``preview_draft`` reads the file and proposes where each heading goes
(``exchange.draft_plan``); nothing is written. ``import_draft`` writes the
parts where the user placed them (``exchange.draft_apply``) as one
replacement of the proposal based on the revision the preview read: what
another writer changed since is kept (three-way merge, as every write), a
field both changed refuses the import with WriteConflict and nothing is
written. The draft's images are stored first, by SHA-256, like any annex's
content (``attachments.stage_attachment``): content nobody names is
harmless. A file that is not a readable Word document raises DraftRefused
before anything is stored.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.docx_reader import NOTES, Draft, DraftRefused, read_draft
from medicen_desktop.exchange.draft_apply import Placement, Policy, place_draft, sections_with_text
from medicen_desktop.exchange.draft_plan import SUMMARY, DraftPart, propose, with_overrides
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.services import attachments, lookup, proposals
from medicen_desktop.services.validation import template_of
from medicen_desktop.store.database import Database


@dataclass
class DraftPreview:
    """What the import would do, before the user confirms it."""

    document: ProposalDocument
    """The proposal as the preview read it (the import is based on its revision)."""
    template: FunderTemplate
    draft: Draft
    parts: list[DraftPart]

    @property
    def section_keys(self) -> list[str]:
        return [s.key for s in self.template.sections]

    @property
    def with_text(self) -> set[str]:
        """Sections that already hold text: the user says whether to append, replace or keep."""
        return sections_with_text(self.document)

    def destinations(self, overrides: Sequence[str] = ()) -> dict[int, str]:
        """The proposed destination of each part, changed by ``HEADING=DESTINATION`` lines."""
        return with_overrides(self.parts, list(overrides), self.section_keys)

    def to_json(self, destinations: dict[int, str]) -> dict[str, object]:
        language = self.document.proposal.language.value
        return {
            "file": self.draft.source,
            "proposal": self.document.proposal.uuid,
            "parts": [{"heading": p.heading, "level": p.level, "words": p.words, "images": len(p.images),
                       "destination": destinations[p.index], "proposed": p.proposed, "score": p.score,
                       "matched": p.matched, "generated": p.generated} for p in self.parts],
            "sections": [{"key": s.key, "title": self.template.section_title(s.key, language),
                          "has_text": s.key in self.with_text} for s in self.template.sections],
            "summary_has_text": SUMMARY in self.with_text,
            "notes": [{"code": code, "text": NOTES[code]} for code in self.draft.notes],
        }


def preview_draft(db: Database, ref: str, path: str | os.PathLike[str]) -> DraftPreview:
    """Read the draft and propose a destination for each of its parts; write nothing.

    Raises DraftRefused (the file: missing, unreadable, not a plain .docx),
    ProposalNotFound, UnknownTemplate.
    """
    document = lookup.get_document(db, ref)
    template, _notes = template_of(document)
    draft = read_draft(_read(Path(path)), Path(path).name)
    parts = propose(draft, template, document.proposal.language.value, _generated_tables(document, template))
    return DraftPreview(document, template, draft, parts)


def _generated_tables(document: ProposalDocument, template: FunderTemplate) -> frozenset[tuple[str, ...]]:
    """The header rows of the tables the dossier generates (in French and English), to tell them from the text."""
    from medicen_desktop.document.schema import Language
    from medicen_desktop.export.builder import build_tree
    from medicen_desktop.export.tree import Table

    headers: set[tuple[str, ...]] = set()
    sections = [s.model_copy(update={"body": ""}) for s in document.sections]  # the user's own tables are text
    for language in (Language.FR, Language.EN):
        proposal = document.proposal.model_copy(update={"language": language, "summary": ""})
        tree = build_tree(document.model_copy(update={"proposal": proposal, "sections": sections}), template)
        headers |= {tuple(block.rows[0]) for block in tree.blocks if isinstance(block, Table) and block.rows}
    return frozenset(headers)


def import_draft(db: Database, preview: DraftPreview, destinations: dict[int, str],
                 policies: dict[str, Policy], actor: str = "local") -> Placement:
    """Write the draft where ``destinations`` place its parts, as one revision; return what was done.

    ``policies`` says, per section that already holds text, whether to append (the default),
    replace or keep it. Raises WriteConflict, edit.OutsideAssignment (a partner copy), EditError
    (an image too large for an annex): nothing written in each case.
    """
    placement = place_draft(preview.document, preview.template, preview.draft, preview.parts, destinations, policies)
    for image in placement.images:
        if len(image.data) > attachments.MAX_BYTES:
            raise DraftRefused(f"{preview.draft.source}: the image {image.filename} is larger than an annex may be "
                               f"({attachments.MAX_BYTES // (1024 * 1024)} MB)")
    for image in placement.images:
        attachments.stage_attachment(db, image.data, image.filename)
    proposals.replace_document(db, placement.document, actor=actor,
                               base_revision=preview.document.proposal.revision)
    return placement


def _read(path: Path) -> bytes:
    name = path.name
    if path.suffix.lower() == ".docm":
        raise DraftRefused(f"{name}: a macro-enabled Word document (.docm) is refused; "
                           "save it as a .docx without macros and import that")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DraftRefused(f"{name}: no such file") from None
    except IsADirectoryError:
        raise DraftRefused(f"{name}: is a folder, not a Word document") from None
    except OSError as exc:
        raise DraftRefused(f"{name}: cannot be read ({exc.strerror})") from None
