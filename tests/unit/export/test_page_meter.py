"""The page meter: the quick reading (one section laid out alone) agrees with the full layout."""

from __future__ import annotations

from tests.large_proposal import make_large
from medicen_desktop.export.page_meter import PageMeter
from medicen_desktop.rules.templates import get_template


def test_quick_reading_follows_the_full_layout() -> None:
    document = make_large(partners=4, work_packages=3, deliverables=6, words=9_000)
    meter = PageMeter(get_template("he-ria"))
    first = meter.measure_all(document, "impact")
    assert first.exact and first.section_pages and first.limit == 45
    longer = [s.model_copy(update={"body": s.body + "\n\n" + s.body}) if s.key == "impact" else s
              for s in document.sections]
    edited = document.model_copy(update={"sections": longer})
    quick = meter.after_edit(edited, "impact")
    exact = meter.measure_all(edited, "impact")
    assert not quick.exact and exact.exact
    assert quick.section_pages is not None and exact.section_pages is not None
    assert exact.section_pages > first.section_pages + 1
    assert abs(quick.section_pages - exact.section_pages) <= 0.3
    assert abs(quick.pages - exact.pages) <= 1 and exact.pages > first.pages


def test_a_section_missing_from_the_dossier_has_no_pages() -> None:
    document = make_large(partners=3, work_packages=2, deliverables=2, words=1_500)
    emptied = [s.model_copy(update={"body": ""}) if s.key == "impact" else s for s in document.sections]
    meter = PageMeter(get_template("he-ria"))
    meter.measure_all(document, "impact")
    reading = meter.after_edit(document.model_copy(update={"sections": emptied}), "impact")
    assert reading.section_pages is None and reading.pages > 0
