"""services.drafts: a Word draft imported into an open proposal (issue 14, "Importing a Word draft")."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from medicen_desktop.document.markdown import visible_text
from medicen_desktop.document.schema import Language, Organisation, OrganisationKind, ProposalDocument
from medicen_desktop.exchange.docx_reader import NOTES, DraftRefused, DraftText, read_draft
from medicen_desktop.exchange.draft_plan import HOLDING, HOLDING_KEY, SKIP
from medicen_desktop.services import attachments, drafts, proposals
from medicen_desktop.services.export import export_document
from medicen_desktop.store.database import Database
from tests.draft_files import hand_made_draft as _hand_made_draft
from tests.draft_files import hand_made_table


def _empty_proposal(db: Database, call: str = "bpi-idemo", language: str = "fr") -> str:
    coordinator = Organisation(uuid="0b7f2f4e-0000-4000-8000-000000000001", legal_name="Acme SAS",
                               kind=OrganisationKind.SME)
    return proposals.create(db, call, "EMPTY", "An empty proposal", language, coordinator)


def _words(markdown: str) -> list[str]:
    return visible_text(markdown).split()


def _bodies(document: ProposalDocument) -> dict[str, str]:
    return {s.key: s.body for s in document.sections}


def test_the_sample_exported_to_docx_and_imported_into_an_empty_proposal_restores_every_section(
        db: Database, sample: ProposalDocument, tmp_path: Path) -> None:
    exported = tmp_path / "epi-diag.docx"
    export_document(sample, "docx", exported)
    target = _empty_proposal(db)
    preview = drafts.preview_draft(db, target, exported)
    placement = drafts.import_draft(db, preview, preview.destinations(), {})
    after = _bodies(proposals.get_document(db, target))
    assert "Mots-clés" not in after[HOLDING_KEY]
    for section in sample.sections:
        assert _words(after[section.key]) == _words(section.body), section.key  # word by word
        assert after[section.key] == section.body, section.key  # and the Markdown itself: lists, tables, emphasis
    assert {r.key: r.action for r in placement.sections} == {s.key: "filled" for s in sample.sections} | {
        "@summary": "filled"}
    restored = proposals.get_document(db, target).proposal  # the summary too, and the keywords line under it
    assert restored.summary == sample.proposal.summary and restored.keywords == sample.proposal.keywords
    # What the app generates (cover, work-package tables, budget) is kept, visible, out of the call's sections.
    holding = after[HOLDING_KEY]
    assert "Liste des lots" in holding and "Budget par partenaire" in holding
    # The Gantt chart is a Word table (export.docx_gantt), no picture: recognised, left out and said so (the app
    # draws it again from the work plan); the other generated tables stay.
    assert placement.images == []
    assert "|  | M6 |" not in holding and "| **LT1 Coordination et gestion de projet** |" not in holding
    assert "| LT | Intitulé | Responsable |" in holding  # the list of work packages, a generated table, is kept
    assert preview.draft.notes == ["gantt"]
    assert preview.to_json(preview.destinations())["notes"] == [{"code": "gantt", "text": NOTES["gantt"]}]


def test_the_gantt_of_an_english_export_is_left_out_and_a_users_month_table_is_kept(
        db: Database, sample: ProposalDocument, tmp_path: Path) -> None:
    english = sample.model_copy(update={"proposal": sample.proposal.model_copy(update={"language": Language.EN})})
    exported = tmp_path / "epi-diag-en.docx"
    export_document(english, "docx", exported)
    draft = read_draft(exported.read_bytes(), exported.name)
    tables = [b.header for b in draft.blocks if isinstance(b, DraftText) and b.header]
    assert draft.notes == ["gantt"] and not any(h[1:2] == ("M6",) for h in tables)
    assert ("WP", "Title", "Lead", "Start", "End", "PM") in tables
    # A table of the user's own that plans by month is text, never taken for the chart.
    own = hand_made_table(["", "M6", "M12"], [["Recruit the first patients", "x", ""], ["Interim analysis", "", "x"]])
    kept = read_draft(own, "plan.docx")
    assert kept.notes == [] and "Recruit the first patients" in kept.blocks[-1].markdown  # type: ignore[union-attr]


def test_a_hand_made_draft_with_french_numbered_headings_a_table_and_an_image(db: Database, tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.docx"
    png = _hand_made_draft(draft)
    target = _empty_proposal(db)
    preview = drafts.preview_draft(db, target, draft)
    proposed = {p.heading: p.proposed for p in preview.parts}
    assert proposed == {
        "1. Contexte et objectifs": "context_objectives",
        "1.1 Un sous-titre à nous": "@above",
        "2) Etat de l'art et innovation": "state_of_the_art",
        "Besoin clinique, bénéfice pour le patient": "clinical_need",
        "Work programme and methodology": "methodology",
        "Remerciements": HOLDING,
    }
    drafts.import_draft(db, preview, preview.destinations(), {})
    document = proposals.get_document(db, target)
    bodies = _bodies(document)
    assert "**10 000 patients**" in bodies["context_objectives"]
    assert "# Un sous-titre à nous" in bodies["context_objectives"]
    assert "| Lot | Durée |" in bodies["methodology"] and "| LT1 | 12 mois |" in bodies["methodology"]
    assert "- premier point" in bodies["clinical_need"] and "*précoce*" in bodies["clinical_need"]
    assert "## Remerciements" in bodies[HOLDING_KEY] and "Merci à tous." in bodies[HOLDING_KEY]
    holding = next(s for s in document.sections if s.key == HOLDING_KEY)
    assert holding.title == "Importé, non placé"
    (annex,) = document.attachments
    assert annex.media_type == "image/png" and annex.sha256 == hashlib.sha256(png).hexdigest()
    assert attachments.read_content(db, annex.sha256) == png
    assert "Work programme and methodology" in annex.description


def test_existing_text_is_appended_replaced_or_kept_never_lost_silently(db: Database, tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.docx"
    _hand_made_draft(draft)
    target = _empty_proposal(db)
    document = proposals.get_document(db, target)
    for key, text in (("context_objectives", "Texte déjà là A."), ("state_of_the_art", "Texte déjà là B."),
                      ("clinical_need", "Texte déjà là C.")):
        section = next(s for s in document.sections if s.key == key)
        from medicen_desktop.services import edit

        edit.update_fields(db, "sections", section.uuid, {"body": text})
    preview = drafts.preview_draft(db, target, draft)
    assert preview.with_text == {"context_objectives", "state_of_the_art", "clinical_need"}
    placement = drafts.import_draft(db, preview, preview.destinations(), {
        "context_objectives": "append", "state_of_the_art": "replace", "clinical_need": "keep"})
    bodies = _bodies(proposals.get_document(db, target))
    assert bodies["context_objectives"].startswith("Texte déjà là A.") and "10 000 patients" in bodies["context_objectives"]
    assert "Texte déjà là B." not in bodies["state_of_the_art"] and "revue" in bodies["state_of_the_art"]
    assert bodies["clinical_need"] == "Texte déjà là C."
    assert "premier point" in bodies[HOLDING_KEY]  # the imported text kept aside, not dropped
    assert {r.key: r.action for r in placement.sections}["clinical_need"] == "kept"


def test_overrides_and_skip(db: Database, tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.docx"
    _hand_made_draft(draft)
    target = _empty_proposal(db)
    preview = drafts.preview_draft(db, target, draft)
    chosen = preview.destinations(["Remerciements=impact_jobs", "Un sous-titre à nous=skip"])
    by_heading = {p.heading: chosen[p.index] for p in preview.parts}
    assert by_heading["Remerciements"] == "impact_jobs" and by_heading["1.1 Un sous-titre à nous"] == SKIP
    placement = drafts.import_draft(db, preview, chosen, {})
    bodies = _bodies(proposals.get_document(db, target))
    assert "Merci à tous." in bodies["impact_jobs"] and "sous-titre" not in bodies["context_objectives"]
    assert placement.left_out == ["1.1 Un sous-titre à nous"]
    for bad in (["Nothing like this=impact_jobs"], ["Remerciements=no_such_section"], ["no equals sign"]):
        with pytest.raises(DraftRefused):
            preview.destinations(bad)


def test_the_holding_section_is_flagged_by_the_check_and_kept_out_of_the_dossier(db: Database, tmp_path: Path) -> None:
    from docx import Document

    from medicen_desktop.services import validation

    draft = tmp_path / "brouillon.docx"
    _hand_made_draft(draft)
    target = _empty_proposal(db)
    preview = drafts.preview_draft(db, target, draft)
    drafts.import_draft(db, preview, preview.destinations(), {})
    findings = [f for f in validation.validate(db, target) if f.code == "section.not-in-template"]
    assert [f.params["section"] for f in findings] == ["Importé, non placé"]
    dossier = tmp_path / "dossier.docx"
    export_document(proposals.get_document(db, target), "docx", dossier)
    text = "\n".join(p.text for p in Document(str(dossier)).paragraphs)
    assert "10 000 patients" in text and "Merci à tous." not in text and "Remerciements" not in text


def test_a_table_of_the_users_own_text_is_never_taken_for_a_generated_one(
        db: Database, sample_in_db: str, sample: ProposalDocument, tmp_path: Path) -> None:
    exported = tmp_path / "epi-diag.docx"
    export_document(sample, "docx", exported)
    preview = drafts.preview_draft(db, sample_in_db, exported)
    tables = [p for p in preview.parts if p.generated == "table"]
    assert "[# · Partenaire · Organisme · Type · Localisation · SIRET · Contact]" in [p.heading for p in tables]
    assert {p.proposed for p in tables} == {HOLDING}
    assert not any("Indicateur" in p.heading for p in tables)
    methodology = next(p for p in preview.parts if p.proposed == "methodology")
    assert "| Indicateur | Cible | Échéance |" in methodology.markdown


def test_a_second_import_appends_to_the_holding_section(db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "partenaire-a.docx", tmp_path / "partenaire-b.docx"
    _hand_made_draft(first)
    _hand_made_draft(second)
    target = _empty_proposal(db)
    for path in (first, second):
        preview = drafts.preview_draft(db, target, path)
        drafts.import_draft(db, preview, preview.destinations(), {})
    document = proposals.get_document(db, target)
    (holding,) = [s for s in document.sections if s.key == HOLDING_KEY]
    assert holding.body.index("# partenaire-a.docx") < holding.body.index("# partenaire-b.docx")
    assert holding.body.count("Merci à tous.") == 2
    assert next(s.body for s in document.sections if s.key == "context_objectives").count("10 000 patients") == 2


def test_a_summary_already_written_is_replaced_only_when_asked_and_keywords_are_never_lost(
        db: Database, sample_in_db: str, sample: ProposalDocument, tmp_path: Path) -> None:
    from medicen_desktop.exchange.draft_plan import SUMMARY
    from medicen_desktop.services import edit

    exported = tmp_path / "epi-diag.docx"
    export_document(sample, "docx", exported)
    edit.update_fields(db, "proposal", sample_in_db, {"summary": "Un résumé plus court.", "keywords": ["IRM"]})
    preview = drafts.preview_draft(db, sample_in_db, exported)
    assert SUMMARY in preview.with_text and [p.proposed for p in preview.parts if p.heading == "Résumé"] == [SUMMARY]
    drafts.import_draft(db, preview, preview.destinations(), {SUMMARY: "keep"})
    document = proposals.get_document(db, sample_in_db)
    assert document.proposal.summary == "Un résumé plus court." and document.proposal.keywords == ["IRM"]
    holding = next(s.body for s in document.sections if s.key == HOLDING_KEY)
    assert "## Résumé" in holding and sample.proposal.summary.split()[0] in holding
    assert "## Mots-clés\n\nIRM quantitative, carcinome hépatocellulaire" in holding
