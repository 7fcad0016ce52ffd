"""Text not in a language the call accepts is a finding (lingua on the visible text)."""

from __future__ import annotations

from tests.large_proposal import make_large
from medicen_desktop.rules.dossier_checks import check as dossier_check
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.language import detect
from medicen_desktop.rules.templates import get_template

FRENCH = ("Le consortium mesure la relaxation, la diffusion et la rigidité des tissus chez des patients suivis "
          "à l'hôpital, puis compare ces mesures avec des marqueurs sanguins afin de proposer un diagnostic précoce.")
ENGLISH = ("The consortium measures relaxation, diffusion and tissue stiffness in patients followed at the "
           "hospital, then compares these measures with blood markers to offer an early diagnosis.")


def test_detects_french_and_english_and_leaves_short_text_alone() -> None:
    assert detect(FRENCH) == "fr" and detect(ENGLISH) == "en"
    assert detect("**" + FRENCH.replace(" ", " \\[1\\] ", 1) + "**") == "fr"  # markup is not read as words
    assert detect("Résumé court.") is None and detect("") is None


def test_a_section_in_french_under_an_english_call_is_an_error() -> None:
    document = make_large(partners=3, work_packages=2, deliverables=2, words=600)
    sections = [s.model_copy(update={"body": FRENCH}) if s.key == "impact" else s for s in document.sections]
    document = document.model_copy(update={"sections": sections})
    template = get_template("he-ria")
    found = [f for f in check(document, template) if f.code == "text.language-not-accepted"]
    impact = next(s for s in document.sections if s.key == "impact")
    assert [(f.severity, f.entity_uuid, f.field) for f in found] == [("error", impact.uuid, "body")]
    assert "French" in found[0].message_en and "English" in found[0].message_en
    assert "text.language-not-accepted" in {f.code for f in dossier_check(document, template)}


def test_french_is_accepted_where_the_call_accepts_it() -> None:
    document = make_large(partners=3, work_packages=2, deliverables=2, words=600)
    sections = [s.model_copy(update={"key": "context_objectives", "body": FRENCH}) for s in document.sections[:1]]
    proposal = document.proposal.model_copy(update={"template_key": "bpi-idemo", "summary": FRENCH})
    document = document.model_copy(update={"sections": sections, "proposal": proposal})
    assert not [f for f in check(document, get_template("bpi-idemo")) if f.code == "text.language-not-accepted"]
    english = document.model_copy(update={"proposal": proposal.model_copy(update={"summary": ENGLISH})})
    assert [f.field for f in check(english, get_template("bpi-idemo")) if f.code == "text.language-not-accepted"] \
        == ["summary"]
    assert not [f for f in check(english, get_template("anr-prce")) if f.code == "text.language-not-accepted"]


def test_a_long_text_is_judged_on_its_first_paragraphs_only() -> None:
    from medicen_desktop.rules.language import detect

    french = "Le projet développe un score de risque pour le diagnostic précoce du carcinome chez le patient. " * 60
    english = "The project develops a risk score for the early diagnosis of carcinoma in the patient. " * 2_000
    assert detect(french + "\n\n" + english) == "fr"  # the English text after the sample is not even parsed
    assert detect(english[:3_000]) == "en"


def test_the_french_message_names_the_wanted_language_grammatically() -> None:
    from medicen_desktop.rules.messages import message

    text = message("text.language-not-accepted", {"text": "Le résumé", "found": "français", "wanted": "anglais"}, "fr")
    assert text.endswith("l'appel attend un texte en anglais.") and "le anglais" not in text
