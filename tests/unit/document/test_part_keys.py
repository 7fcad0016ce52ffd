"""One part-key reader for statuses, comments and versions: every spelling either accepted reads the same."""

from __future__ import annotations

import pytest

from medicen_desktop.document.part_keys import PartKey, parse_part_key
from medicen_desktop.document.parts import BadPartKey, PartRef, resolve_key
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.exchange.restore import normalise_part

WP1_SPELLINGS = ("wp:WP1", "wp:1", "WP1", "wp 1", "Wp:wp 1", "wp:WP01", " WP1 ", "WP:1")


@pytest.mark.parametrize("key", WP1_SPELLINGS)
def test_every_spelling_of_a_work_package_is_one_key(key: str) -> None:
    assert parse_part_key(key) == PartKey("wp", "1")


@pytest.mark.parametrize(("key", "parsed"), [
    ("section:1.1", PartKey("section", "1.1")), ("Section: impact ", PartKey("section", "impact")),
    ("budget:NVI", PartKey("budget", "NVI")), ("budget:Lab Inc", PartKey("budget", "Lab Inc")),
    ("Risks", PartKey("risks")), ("all", PartKey("all")), ("partner:QTB", PartKey("partner", "QTB")),
])
def test_sections_budgets_and_whole_parts(key: str, parsed: PartKey) -> None:
    assert parse_part_key(key) == parsed


@pytest.mark.parametrize("key", ["", "foo", "wp:", "section:", ":x", "budget:  "])
def test_what_is_no_part_key(key: str) -> None:
    assert parse_part_key(key) is None


@pytest.mark.parametrize("key", WP1_SPELLINGS)
def test_statuses_and_versions_read_a_work_package_alike(sample: ProposalDocument, key: str) -> None:
    wp1 = next(w for w in sample.work_packages if w.number == 1)
    assert resolve_key(sample, key).ref == PartRef("wp", wp1.uuid)
    assert normalise_part(key) == "wp:1"


def test_statuses_and_versions_read_sections_and_budgets_alike(sample: ProposalDocument) -> None:
    section = sample.sections[0]
    for key in (f"section:{section.key}", f"Section: {section.key}"):
        assert resolve_key(sample, key).ref == PartRef("section", section.key)
        assert normalise_part(key) == f"section:{section.key}"
    nvi = find_participation(sample, "NVI")
    for key in ("budget:NVI", "budget:nvi", f"budget:{nvi}", "Budget: NVI"):
        assert resolve_key(sample, key).ref == PartRef("budget", nvi)
    assert normalise_part("budget:NVI") == "budget:NVI" and normalise_part("Risks") == "risks"
    assert normalise_part("whatever") == "whatever"  # restore says which parts exist


@pytest.mark.parametrize("key", ["risks", "wp:99", "section:nope", "budget:NOBODY", "WP", "budget:"])
def test_statuses_refuse_what_names_no_part(sample: ProposalDocument, key: str) -> None:
    with pytest.raises(BadPartKey):
        resolve_key(sample, key)
