"""The list of calls comes from an index derived once from the templates, rebuilt when a template file changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medicen_desktop.resources import resource
from medicen_desktop.rules import template_index, templates
from medicen_desktop.rules.template_index import template_index as index_of_calls

SHIPPED = resource("templates")


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Every template file parsed or read from the template cache, in a cache and a user folder of the test's own."""
    monkeypatch.setenv("MEDICEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(templates.USER_TEMPLATES_ENV, str(tmp_path / "mine"))
    (tmp_path / "mine").mkdir()
    seen: list[Path] = []
    original = templates._load
    monkeypatch.setattr(templates, "_load", lambda path: seen.append(path) or original(path))
    return seen


def test_listing_the_calls_loads_no_template_once_the_index_is_derived(loads: list[Path]) -> None:
    first = index_of_calls()
    assert len(loads) == len(list(SHIPPED.glob("*.yaml")))  # derived once from every file
    loads.clear()
    again = index_of_calls()
    assert loads == [] and again == first
    shipped = templates.load_templates(SHIPPED)
    assert [(c.key, c.name, c.funder, c.edition) for c in again.calls] == [
        (key, t.name, t.funder, t.edition) for key, t in sorted(shipped.templates.items())]
    assert "fui-collaborative" in {c.key for c in again.calls}  # the current edition only, not FUI 21's file
    assert again.errors == ()


def test_a_template_file_added_changed_or_broken_is_seen_at_the_next_listing(loads: list[Path], tmp_path: Path) -> None:
    index_of_calls()
    mine = tmp_path / "mine" / "region-sante.yaml"
    text = (SHIPPED / "pspc-regions.yaml").read_text(encoding="utf-8").replace("key: pspc-regions", "key: region-sante")
    mine.write_text(text, encoding="utf-8")
    added = {c.key: c.name for c in index_of_calls().calls}
    assert added["region-sante"] == added["pspc-regions"]
    mine.write_text(text.replace('name: "PSPC-Régions', 'name: "Santé régionale'), encoding="utf-8")
    stat = mine.stat()
    os.utime(mine, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a later save, whatever the clock
    assert {c.key: c.name for c in index_of_calls().calls}["region-sante"].startswith("Santé régionale")
    (tmp_path / "mine" / "cassé.yaml").write_text("key: cassé\n", encoding="utf-8")
    broken = index_of_calls()
    assert "region-sante" in {c.key for c in broken.calls}
    assert len(broken.errors) == 1 and "cassé.yaml" in broken.errors[0]
    mine.unlink()
    assert "region-sante" not in {c.key for c in index_of_calls().calls}


def test_an_entry_of_another_shape_is_derived_again(loads: list[Path], tmp_path: Path) -> None:
    first = index_of_calls()
    (entry,) = (tmp_path / "cache" / "template-index").glob("calls.*.json")
    entry.write_text('{"calls": [{"key": "x"}], "errors": []}', encoding="utf-8")
    loads.clear()
    assert index_of_calls() == first and loads
    assert template_index._read(entry.read_bytes()) == first  # and stored again
