"""Text not in a language the call accepts is a finding (lingua on the visible text)."""

from __future__ import annotations

import pytest

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


LONG_ENGLISH = ("The project develops a risk score for the early diagnosis of liver cancer in patients with cirrhosis. "
                "It combines quantitative imaging with blood markers, and the consortium will validate it in three "
                "hospitals with the Institut de la Vision before its market launch.")
LONG_FRENCH = ("Le projet développe un score de risque pour le diagnostic précoce du cancer du foie chez les patients "
               "cirrhotiques. Il combine une imagerie quantitative et des marqueurs sanguins, et le consortium le "
               "valide dans trois hôpitaux avant sa mise sur le marché.")


def test_function_words_name_a_language_only_when_plain() -> None:
    from medicen_desktop.rules.language import plainly

    assert plainly(LONG_ENGLISH) == "en" and plainly(LONG_FRENCH) == "fr"
    assert plainly(LONG_ENGLISH + " " + LONG_FRENCH) is None  # both: lingua decides
    assert plainly("Diagnostic, imagerie, biomarqueurs, cohortes, algorithmes, validation clinique.") is None
    assert plainly(LONG_FRENCH + " The consortium, with the hospitals, is the first of its kind.") is None


def _failing_detector() -> None:
    raise AssertionError("lingua was loaded for a text plainly in an accepted language")


def test_text_plainly_in_the_accepted_language_is_not_given_to_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    from medicen_desktop.rules import language

    document = make_large(partners=3, work_packages=2, deliverables=2, words=600)
    sections = [s.model_copy(update={"body": LONG_ENGLISH}) for s in document.sections]
    document = document.model_copy(update={"sections": sections})
    with monkeypatch.context() as patched:
        patched.setattr(language, "_detector", _failing_detector)
        assert list(language.check(document, get_template("he-ria"))) == []
        # a call that accepts both languages reads no text at all
        patched.setattr(language, "visible_text", _failing_detector)
        assert list(language.check(document, get_template("anr-prce"))) == []
    # French under the English call still goes to lingua, whose verdict is the finding
    impact = next(s for s in document.sections if s.key == "impact")
    french = document.model_copy(update={"sections": [
        s.model_copy(update={"body": LONG_FRENCH}) if s.key == "impact" else s for s in document.sections]})
    found = list(language.check(french, get_template("he-ria")))
    assert [(f.code, f.entity_uuid) for f in found] == [("text.language-not-accepted", impact.uuid)]
