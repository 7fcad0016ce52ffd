"""Countries and regions by code: spelling never decides a region, MS/AC are data with dates and sources."""

from __future__ import annotations

import datetime as dt

import pytest

from medicen_desktop.document import geography as g


@pytest.mark.parametrize("written", ["Ile-de-France", "île-de-france", "FR-IDF", "fr-idf", "ILE DE FRANCE",
                                     "Île-de-France", " Île de France ", "IDF", "Paris", "75", "Hauts-de-Seine",
                                     "92", "FR-75C", "Paris Region"])
def test_every_spelling_of_ile_de_france_is_one_code(written: str) -> None:
    assert g.region_code(written, "FR") == "FR-IDF"


@pytest.mark.parametrize(("written", "country", "code"), [
    ("Rhône-Alpes", "FR", "FR-ARA"),  # merged in 2016: the region that took it in
    ("Provence-Alpes-Côte d'Azur", "FR", "FR-PAC"),
    ("Brittany", "FR", "FR-BRE"),
    ("Bayern", "DE", "DE-BY"),
    ("Bavière", "DE", "DE-BY"),
    ("Bavaria", "DE", "DE-BY"),
    ("Milano", "IT", "IT-25"),  # a province gives its region
    ("Cataluña", "ES", "ES-CT"),
    ("DE-BY", "FR", "DE-BY"),  # a full code is taken as it is, whatever the country given
])
def test_regions_of_other_countries_and_old_names(written: str, country: str, code: str) -> None:
    assert g.region_code(written, country) == code


@pytest.mark.parametrize("written", ["", "  ", "Atlantis", "Lyon", "FR-ZZZ", "Bayern"])
def test_unknown_regions_have_no_code(written: str) -> None:
    assert g.region_code(written, "FR") is None


def test_names_are_localised_and_region_lists_follow_the_country() -> None:
    assert g.country_name("DE", "fr") == "Allemagne"
    assert g.country_name("DE", "en") == "Germany"
    assert g.country_name("XK", "fr") == "Kosovo"
    assert g.region_name("DE-BY", "fr") == "Bavière"
    french = dict(g.regions("FR", "fr"))
    assert french["FR-IDF"] == "Île-de-France" and "FR-75C" not in french  # regions, not departments
    assert len([c for c in french if c.startswith("FR-")]) == len(french)
    assert "DE-BY" in dict(g.regions("DE"))
    names = [name for _, name in g.countries("fr")]
    assert names.index("Allemagne") < names.index("Autriche") < names.index("Égypte") < names.index("Espagne")


def test_member_states_and_outermost_regions() -> None:
    assert all(g.is_member_state(c) for c in ("FR", "DE", "IT", "GR", "HR"))
    assert not any(g.is_member_state(c) for c in ("GB", "CH", "NO", "US", "EL"))
    assert g.member_state_of("RE") == "FR"  # La Réunion is France, though ISO gives it a code
    assert g.is_overseas_territory("NC") and not g.is_member_state("NC")


def test_associations_have_dates_scopes_and_sources() -> None:
    uk = g.association("GB")
    assert uk is not None and uk.since == dt.date(2024, 1, 1) and uk.source
    assert not g.is_associated_country("GB", on=dt.date(2023, 12, 31))
    assert g.is_associated_country("GB", "pillar-2", on=dt.date(2024, 1, 1))
    assert g.is_associated_country("GB", "eic") and not g.is_associated_country("GB", "eic-fund")
    assert g.is_associated_country("KR", "pillar-2") and not g.is_associated_country("KR", "eic")
    assert g.is_associated_country("NO") and g.is_associated_country("XK")  # NO is a string, not YAML's false
    assert not any(g.is_associated_country(c) for c in ("US", "CN", "FR", "JP"))
    assert g.eu_countries_checked() <= dt.date.today()


def test_the_region_index_comes_from_the_cache_once_built(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Checking "FR-IDF" must not parse every subdivision of the world each time a command runs."""
    from medicen_desktop import derived_cache
    from medicen_desktop.document import geography

    monkeypatch.setenv(derived_cache.CACHE_ENV, str(tmp_path))
    built: list[str] = []
    real = geography._build_region_index
    monkeypatch.setattr(geography, "_build_region_index", lambda country: built.append(country) or real(country))
    geography._region_index.cache_clear()
    first = geography._region_index("FR")
    assert built == ["FR"] and first["paris"] == "FR-IDF"
    geography._region_index.cache_clear()  # a new process
    assert geography._region_index("FR") == first and built == ["FR"]
    assert geography.region_code("Ile-de-France") == geography.region_code("92") == "FR-IDF"
    (entry,) = (tmp_path / "geography").glob("regions-FR.*.json")
    entry.write_text("{not json")  # a damaged entry is rebuilt, never believed
    geography._region_index.cache_clear()
    assert geography._region_index("FR") == first and built == ["FR", "FR"]
    geography._region_index.cache_clear()


def test_the_eu_countries_come_from_the_cache_without_yaml(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window checks Member States and Associated Countries at every start: PyYAML (and its ~1.8 MB) only
    when the cache does not hold the YAML's data, which it then gives back equal, dates included."""
    import sys

    from medicen_desktop import derived_cache

    monkeypatch.setenv(derived_cache.CACHE_ENV, str(tmp_path))
    g._eu.cache_clear()
    first = g._eu()  # from the YAML: the cache folder is empty
    assert isinstance(first.checked, dt.date) and first.associations["CH"].since.year >= 2021
    (entry,) = (tmp_path / "geography").glob("horizon-europe.*.json")
    g._eu.cache_clear()
    monkeypatch.setitem(sys.modules, "yaml", None)  # ``import yaml`` now raises ImportError
    assert g._eu() == first
    entry.write_text("{not json")  # a damaged entry is read again from the YAML, never believed
    g._eu.cache_clear()
    with pytest.raises(ImportError):
        g._eu()
    g._eu.cache_clear()


def test_names_come_from_the_cache_without_importing_pycountry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A country's and a region's name, once cached, cost neither pycountry nor its databases (the Word export's
    participants table), nor does knowing a country code (every organisation's identity check, the Consortium
    step): a fresh process after the one that built the entries never imports it."""
    import json
    import os
    import subprocess
    import sys

    from medicen_desktop import derived_cache

    probe = ("import json, sys\nfrom medicen_desktop.document import geography as g\n"
             "from medicen_desktop.document.identity import problem\n"
             "names = [g.country_name('DE', 'fr'), g.country_name('de', 'en'), g.region_name('FR-IDF', 'fr'),"
             " g.region_name('fr-idf', 'en'), g.region_name('DE-BY', 'fr'), g.country_name('ZZ'), g.region_name('FR-ZZZ'),"
             " g.country_name('not a code'), g.region_code('Paris'), g.is_country('XK'), g.is_country('FR'),"
             " g.is_country('ZZ'), problem('country', 'DE') is None, problem('country', 'QQ') is None]\n"
             "print(json.dumps({'names': names, 'pycountry': 'pycountry' in sys.modules}))")
    env = {**os.environ, derived_cache.CACHE_ENV: str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                      env=env).stdout) for _ in range(2)]
    expected = ["Allemagne", "Germany", "Île-de-France", "Île-de-France", "Bavière", "ZZ", "FR-ZZZ", "not a code",
                "FR-IDF", True, True, False, True, False]
    assert [run["names"] for run in runs] == [expected, expected]
    assert [run["pycountry"] for run in runs] == [True, False]  # built once, then read from the cache
    assert sorted(p.name.split(".")[0] for p in (tmp_path / "geography").glob("names-*.json")) == [
        "names-DE-en", "names-DE-fr", "names-FR-en", "names-FR-fr", "names-ZZ-en"]
