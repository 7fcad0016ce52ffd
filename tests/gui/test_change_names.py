"""The live status line names what another writer changed as the user sees it: the form's label, translated, and
a section by its title (never the database's field names: "turnover", "body")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui import i18n
from medicen_desktop.gui.change_names import LABELS
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.services import edit
from medicen_desktop.store.database import Database

TS = Path(__file__).parents[2] / "resources" / "translations" / "medicen_fr.ts"

SAID = {
    "en": "claire changed Summary, NVI: Turnover (€), WP2: Start, “Context and objectives”",
    "fr": "claire a modifié Résumé, NVI : Chiffre d'affaires (€), LT2 : Début, « Contexte et objectifs du projet »",
}


def _other_writer(db_path: Path, sample: ProposalDocument) -> None:
    """Claire, in another process say, changes four fields of four kinds of entry."""
    claire = Database.open(db_path)
    claire.user = "claire"
    try:
        uuid = sample.proposal.uuid
        edit.update_fields(claire, "proposal", uuid, {"summary": "Résumé de Claire"})
        nvi = next(o for o in sample.organisations if o.short_name == "NVI")
        edit.update_fields(claire, "organisations", nvi.uuid, {"turnover": Decimal("5000000")})
        wp2 = next(w for w in sample.work_packages if w.number == 2)
        edit.update_fields(claire, "work_packages", wp2.uuid, {"start_month": wp2.start_month + 1})
        section = next(s for s in sample.sections if s.key == "context_objectives")
        edit.update_fields(claire, "sections", section.uuid, {"body": "Texte de Claire"})
    finally:
        claire.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_status_line_names_fields_by_their_labels_and_sections_by_their_titles(
        qtbot: Any, db: Database, db_path: Path, sample: ProposalDocument, sample_in_db: str, language: str) -> None:
    i18n.install(language)
    session = ProposalSession(db, sample_in_db)
    said: list[str] = []
    session.remoteChanged.connect(said.append)
    try:
        _other_writer(db_path, sample)
        session.refresh_from_store()
        assert said == [SAID[language]]
    finally:
        session.deleteLater()


def test_a_deleted_entry_is_named_from_the_snapshot_before(qtbot: Any, db: Database, db_path: Path,
                                                          sample: ProposalDocument, sample_in_db: str) -> None:
    session = ProposalSession(db, sample_in_db)
    said: list[str] = []
    session.remoteChanged.connect(said.append)
    claire = Database.open(db_path)
    claire.user = "claire"
    try:
        risk = max(sample.risks, key=lambda r: r.position)
        edit.delete_entity(claire, "risks", risk.uuid)
        session.refresh_from_store()
        assert said == [f"claire changed Risk {risk.position + 1} (deleted)"]
    finally:
        claire.close()
        session.deleteLater()


def test_every_label_is_a_translated_string_of_its_form() -> None:
    """Each label the line borrows is a message of the form it names (context and text), translated in French:
    renaming a label in a form without updating ``LABELS`` fails here rather than showing English."""
    translated = {(context.findtext("name"), message.findtext("source"))
                  for context in ET.parse(TS).getroot().iter("context") for message in context.iter("message")
                  if (t := message.find("translation")) is not None and t.get("type") is None and t.text}
    used = {source for fields in LABELS.values() for source in fields.values()}
    assert used and not used - translated
