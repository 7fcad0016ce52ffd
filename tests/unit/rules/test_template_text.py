"""Section order and bilingual titles are read from the template model, in one place."""

from __future__ import annotations

from types import SimpleNamespace

from medicen_desktop.rules.templates import get_template


def test_sections_come_in_the_calls_order_unknown_ones_last_by_key():
    template = get_template("bpi-idemo")
    keys = [s.key for s in template.sections]
    given = [SimpleNamespace(key=k) for k in ["zz_extra", keys[2], "aa_extra", keys[0], keys[1]]]
    assert [s.key for s in template.in_section_order(given)] == [keys[0], keys[1], keys[2], "aa_extra", "zz_extra"]


def test_a_title_falls_back_to_the_other_language_then_the_given_title_then_the_key():
    template = get_template("he-ria")  # its sections have English and French titles
    first = template.sections[0]
    assert template.section_title(first.key, "fr") == first.title_fr
    assert template.section_title(first.key, "en") == first.title_en
    assert template.section_title("not_in_call", "fr", "Mon titre") == "Mon titre"
    assert template.section_title("not_in_call", "en") == "not_in_call"
    assert first.text("guidance", "de") == first.guidance_en
