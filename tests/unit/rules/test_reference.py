"""The generated references are current: docs/calls/ and the template JSON Schema."""

from __future__ import annotations

from medicen_desktop.rules import reference, template_schema
from medicen_desktop.rules.templates import load_templates


def test_docs_calls_are_current() -> None:
    wanted = reference.pages(load_templates())
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in reference.DOCS.glob("*.md")}
    assert set(on_disk) == set(wanted), "run: python -m medicen_desktop.rules.reference"
    for name, text in wanted.items():
        assert on_disk[name] == text, f"{name} is stale: run python -m medicen_desktop.rules.reference"


def test_each_page_states_every_rule_with_its_figure_source_and_date() -> None:
    templates = load_templates()
    pages = reference.pages(templates)
    for key, template in templates.templates.items():
        page = pages[f"{key}.md"]
        for rule in [*template.funding_rates, *template.overheads, *template.eligibility]:
            row = next(line for line in page.splitlines() if line.startswith(f"| {rule.text_en.replace('|', '')}"))
            source = template.source_of(rule.source)
            assert str(source.date if source and source.date else template.source_date) in row
            assert ("**no**" in row) == (not rule.confirmed)
    fui = pages["fui-collaborative.md"]
    assert "funding rate 35 %" in fui and "outside FR-IDF" in fui and "## Earlier edition: FUI 21" in fui
    assert "**Historical model**" in fui


def test_template_json_schema_is_current() -> None:
    assert template_schema.SCHEMA_PATH.read_text(encoding="utf-8") == template_schema.schema_text(), (
        "run: python -m medicen_desktop.rules.template_schema")
