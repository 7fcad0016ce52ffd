"""Templates by key and edition, from a cache of validated templates, beside the user's own."""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from medicen_desktop.resources import resource
from medicen_desktop.rules import template_cache, templates
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.templates import UnknownTemplate, get_template, load_templates
from medicen_desktop.services.validation import validate_document
from tests.unit.rules.rules_docs import sample

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = resource("templates")


def _user_template(key: str, name: str = "A regional call") -> str:
    text = (SHIPPED / "pspc-regions.yaml").read_text(encoding="utf-8")
    return text.replace("key: pspc-regions", f"key: {key}").replace(
        'name: "PSPC-Régions — projet collaboratif labellisé par un pôle"', f'name: "{name}"')


def test_user_templates_load_beside_the_shipped_ones_and_a_broken_one_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "region-sante.yaml").write_text(_user_template("region-sante"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("key: broken\nname: [unclosed\n", encoding="utf-8")
    (tmp_path / "bpi-idemo.yaml").write_text(_user_template("bpi-idemo"), encoding="utf-8")
    loaded = load_templates(SHIPPED, tmp_path)
    assert "region-sante" in loaded.templates and "he-ria" in loaded.templates
    reasons = {e.path.name: e.reason for e in loaded.errors}
    assert "invalid YAML" in reasons["broken.yaml"]
    assert "already a shipped call" in reasons["bpi-idemo.yaml"]
    assert loaded.templates["bpi-idemo"].funder.startswith("Bpifrance (France 2030)")  # the shipped one stays


def test_a_user_template_is_found_by_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "region-sante.yaml").write_text(_user_template("region-sante", "Santé régionale"), encoding="utf-8")
    monkeypatch.setenv(templates.USER_TEMPLATES_ENV, str(tmp_path))
    get_template.cache_clear()
    templates.all_templates.cache_clear()
    try:
        assert get_template("region-sante").name == "Santé régionale"
    finally:
        get_template.cache_clear()
        templates.all_templates.cache_clear()


def test_editions_by_key(tmp_path: Path) -> None:
    loaded = load_templates(SHIPPED)
    assert [t.edition for t in loaded.editions("fui-collaborative")] == ["FUI 25", "FUI 21"]
    assert get_template("fui-collaborative", "FUI 21").edition == "FUI 21"
    with pytest.raises(UnknownTemplate, match="no edition 'FUI 3'"):
        loaded.get("fui-collaborative", "FUI 3")
    assert loaded.get("eic-pathfinder").key == "eic-pathfinder-open"  # the key it replaces


def test_an_edition_file_must_name_its_edition(tmp_path: Path) -> None:
    text = (SHIPPED / "fui-collaborative@FUI-21.yaml").read_text(encoding="utf-8")
    (tmp_path / "fui-collaborative@FUI-22.yaml").write_text(text, encoding="utf-8")
    [error] = load_templates(tmp_path).errors
    assert "edition 'FUI 21' differs from the file name's 'FUI-22'" in error.reason and error.line is not None


def test_the_cache_is_used_and_follows_the_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(template_cache.CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "pspc-regions.yaml"
    path.write_text((SHIPPED / "pspc-regions.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    older = tmp_path / "cache" / "templates" / "pspc-regions.0123456789abcdef0123456789abcdef.json"
    older.parent.mkdir(parents=True)
    older.write_text("{}", encoding="utf-8")  # an entry of the cache before it was pickled
    first = template_cache.load_cached(path, templates.load_template_file)
    assert not older.exists()
    [entry] = (tmp_path / "cache" / "templates").glob("pspc-regions.*.pickle")
    # A tampered entry proves the next load reads it, not the YAML.
    entry.write_bytes(pickle.dumps(first.model_copy(update={"name": "From the cache"})))
    assert template_cache.load_cached(path, templates.load_template_file).name == "From the cache"
    path.write_text(path.read_text(encoding="utf-8").replace('edition: "PSPC-Régions 2"', 'edition: "PSPC-Régions 3"'),
                    encoding="utf-8")
    changed = template_cache.load_cached(path, templates.load_template_file)
    assert changed.edition == "PSPC-Régions 3" and changed.name == first.name
    assert len(list((tmp_path / "cache" / "templates").glob("pspc-regions.*"))) == 1  # the stale entry went


@pytest.mark.parametrize("damage", ["truncated", "garbage", "another template", "not a template"])
def test_a_damaged_entry_is_refused_with_its_name_and_the_yaml_read_instead(
        damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(template_cache.CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "pspc-regions.yaml"
    path.write_text((SHIPPED / "pspc-regions.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    parsed = template_cache.load_cached(path, templates.load_template_file)
    [entry] = (tmp_path / "cache" / "templates").glob("pspc-regions.*.pickle")
    good = entry.read_bytes()
    entry.write_bytes({"truncated": good[: len(good) // 2], "garbage": b"\x80\x05not a pickle at all",
                       "another template": pickle.dumps(get_template("he-ria")),
                       "not a template": pickle.dumps({"key": "pspc-regions"})}[damage])
    calls: list[Path] = []

    def parse(p: Path) -> FunderTemplate:
        calls.append(p)
        return templates.load_template_file(p)

    with caplog.at_level(logging.WARNING, logger=template_cache.__name__):
        assert template_cache.load_cached(path, parse) == parsed
    assert calls == [path]  # the YAML, read again
    [record] = caplog.records
    assert str(entry) in record.getMessage() and "reading its YAML instead" in record.getMessage()
    assert entry.read_bytes() == good  # written again from the YAML: the next load reads it quietly
    caplog.clear()
    assert template_cache.load_cached(path, parse) == parsed and calls == [path] and not caplog.records


def test_a_bad_file_is_never_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(template_cache.CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "pspc-regions.yaml"
    path.write_text("key: pspc-regions\n", encoding="utf-8")
    with pytest.raises(templates.TemplateFileError):
        template_cache.load_cached(path, templates.load_template_file)
    assert not list((tmp_path / "cache").rglob("*.*"))


def test_validate_loads_only_the_proposals_call(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    real = template_cache.load_cached

    def spy(path: Path, parse: Callable[[Path], FunderTemplate]) -> FunderTemplate:
        loaded.append(path.name)
        return real(path, parse)

    monkeypatch.setattr(template_cache, "load_cached", spy)
    get_template.cache_clear()
    try:
        validate_document(sample())
    finally:
        get_template.cache_clear()
    assert loaded == ["bpi-idemo.yaml"]


def test_a_cached_template_costs_no_yaml_import_and_no_validator(tmp_path: Path) -> None:
    env = {**os.environ, template_cache.CACHE_ENV: str(tmp_path)}
    script = ("import sys; from medicen_desktop.rules.templates import get_template; t = get_template('he-ria'); "
              "from medicen_desktop.rules import template_model as m; "
              "print('yaml' in sys.modules, m.FunderTemplate.__pydantic_complete__, len(t.sections) > 0)")
    cold = subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    assert cold.stdout.split() == ["True", "True", "True"]  # parsed and validated from the YAML
    warm = subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    assert warm.stdout.split() == ["False", "False", "True"]  # restored from the cache: no validator was built


def test_every_shipped_template_comes_back_from_its_cache_entry_unchanged(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(template_cache.CACHE_ENV, str(tmp_path / "cache"))
    for path in sorted(SHIPPED.glob("*.yaml")):
        parsed = template_cache.load_cached(path, templates.load_template_file)
        calls: list[Path] = []

        def parse(p: Path) -> object:
            calls.append(p)
            return templates.load_template_file(p)

        assert template_cache.load_cached(path, parse) == parsed  # type: ignore[arg-type]
        assert calls == [], f"{path.name}: its cache entry was not read back"
