"""Countries and regions by code, never by spelling.

Countries are ISO 3166-1 alpha-2 codes (plus XK, Kosovo, which the EU
lists and ISO leaves user-assigned); regions are ISO 3166-2 codes of a
country's top-level subdivisions (FR-IDF, DE-BY, IT-25). Names in French
and English come from pycountry's data and translations, and are for
display only: ``region_code`` turns whatever a user or an old file wrote
("Ile-de-France", "île-de-france", "Paris", "75", "FR-IDF") into the one
code every rule compares.

Horizon Europe's Member States and Associated Countries (with the date and
scope of each association, and its source) are data in
``resources/geography/horizon-europe-countries.yaml``.
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Literal

from pathlib import Path

from medicen_desktop import derived_cache
from medicen_desktop.resources import resource

Lang = Literal["fr", "en"]
ProgrammePart = Literal["pillar-2", "eic", "eic-fund", "other"]
"""Which part of Horizon Europe a call belongs to: some countries are associated to Pillar II only."""

_EXTRA_COUNTRIES = {"XK": {"en": "Kosovo", "fr": "Kosovo"}}
"""Codes the EU uses that ISO 3166-1 does not assign."""
_CODE = re.compile(r"^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Association:
    """One Associated Country: since when, to which parts of the programme, on what source."""

    code: str
    since: dt.date
    scope: Literal["all", "pillar-2", "all-but-eic-fund"]
    source: str
    confirmed: bool = True

    def covers(self, part: ProgrammePart | None) -> bool:
        """Whether the association covers calls of this part of the programme (None: any part)."""
        if part is None or self.scope == "all":
            return True
        if self.scope == "all-but-eic-fund":
            return part != "eic-fund"
        return part == "pillar-2"


# -- countries -------------------------------------------------------------

def folded(text: str) -> str:
    """Letters and digits only, lower case, no accents: "Île-de-France" -> "iledefrance"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _pycountry() -> ModuleType:
    """pycountry, imported where its data is read: a name already in the per-user cache needs neither it
    nor its databases (the Word export's participants table: 0.8 MB, 5 MB more once a region's name is read)."""
    import pycountry

    return pycountry


@cache
def _pycountry_folders() -> tuple[Path, Path]:
    """pycountry's databases and locales folders, found without importing it (``DATABASE_DIR``, ``LOCALES_DIR``)."""
    spec = importlib.util.find_spec("pycountry")
    assert spec is not None and spec.origin is not None, "pycountry is a dependency"
    base = Path(spec.origin).parent
    return base / "databases", base / "locales"


@cache
def _translation(domain: str, lang: Lang) -> gettext.NullTranslations:
    return gettext.translation(domain, str(_pycountry_folders()[1]), languages=[lang], fallback=True)


@cache
def _country_names() -> dict[str, str]:
    """Every country code this application knows, with its English name; from the per-user cache when it holds
    them for the same pycountry data and code (every organisation's identity check asks for a code)."""
    stamp = derived_cache.file_stamp([_pycountry_folders()[0] / "iso3166-1.json", Path(__file__)])
    entry = derived_cache.cache_folder("geography") / f"countries.{derived_cache.digest(stamp)}.json"

    def build() -> dict[str, str]:
        names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in _pycountry().countries}
        names.update({code: extra["en"] for code, extra in _EXTRA_COUNTRIES.items()})
        return names

    return _cached_text_map(entry, build)


def is_country(code: str) -> bool:
    """Whether ``code`` is a country code this application knows (ISO 3166-1 alpha-2, or XK)."""
    return code in _country_names()


def country_name(code: str, lang: Lang = "en") -> str:
    """The country's name in ``lang`` ("DE" -> "Allemagne" in French); the code itself if unknown."""
    if code in _EXTRA_COUNTRIES:
        return _EXTRA_COUNTRIES[code][lang]
    upper = code.upper()
    if not _COUNTRY.match(upper):
        return code
    return _names_of(upper, lang).get("", code)


def _country_name(code: str, lang: Lang) -> str:
    country = _pycountry().countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation("iso3166-1", lang).gettext(name) if lang != "en" else name


@cache
def countries(lang: Lang = "en") -> list[tuple[str, str]]:
    """Every (code, name) pair, sorted by name as a reader of ``lang`` expects (accents ignored)."""
    pairs = [(code, _EXTRA_COUNTRIES[code][lang] if code in _EXTRA_COUNTRIES else _country_name(code, lang))
             for code in _country_names()]  # all of them: from pycountry, not a cache entry per country
    return sorted(pairs, key=lambda pair: folded(pair[1]))


# -- regions ---------------------------------------------------------------

def _subdivision(code: str) -> Any:
    return _pycountry().subdivisions.get(code=code)


def _subdivisions_of(country: str) -> list[Any]:
    return list(_pycountry().subdivisions.get(country_code=country) or [])


def _pycountry_stamp(lang: Lang | None = None) -> list[Path]:
    """The pycountry files names and region indexes are derived from (those of ``lang``, or French and English)."""
    databases, locales = _pycountry_folders()
    return [databases / "iso3166-1.json", databases / "iso3166-2.json",
            *(locales / each / "LC_MESSAGES" / f"{domain}.mo" for each in ((lang,) if lang else ("fr", "en"))
              for domain in ("iso3166-1", "iso3166-2"))]


@cache
def _names_of(country: str, lang: Lang) -> dict[str, str]:
    """``country``'s name (key "") and its subdivisions' by code, in ``lang``.

    Read from the per-user cache (``derived_cache``) when it holds them for the same pycountry data,
    translations and code: reading them from pycountry loads the whole world's subdivisions.
    """
    stamp = derived_cache.file_stamp([*_pycountry_stamp(lang), Path(__file__)])
    entry = derived_cache.cache_folder("geography") / f"names-{country}-{lang}.{derived_cache.digest(stamp)}.json"

    def build() -> dict[str, str]:
        translation = _translation("iso3166-2", lang)
        return {"": _country_name(country, lang),
                **{sub.code: translation.gettext(sub.name) for sub in _subdivisions_of(country)}}

    return _cached_text_map(entry, build)


def _cached_text_map(entry: Path, build: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The text-to-text map in the cache file ``entry`` when it holds one, else ``build()``'s, stored there."""
    try:
        cached = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        cached = None
    if isinstance(cached, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in cached.items()):
        return cached
    built = build()
    derived_cache.store(entry, json.dumps(built, ensure_ascii=False).encode())
    return built


def _top(code: str) -> str:
    """The top-level subdivision a subdivision belongs to (FR-75C -> FR-IDF)."""
    while True:
        sub = _subdivision(code)
        if sub is None or sub.parent_code is None:
            return code
        code = sub.parent_code


def _names(name: str) -> list[str]:
    """A subdivision name and its parts ("Catalunya [Cataluña]" -> both)."""
    parts = [name, *re.split(r"\s*[\[\]]\s*", name)]
    if ", " in name:  # "Bruxelles-Capitale, Région de" -> "Région de Bruxelles-Capitale" too
        head, tail = name.split(", ", 1)
        parts.append(f"{tail} {head}")
        parts.append(head)
    return [p for p in parts if p.strip()]


@cache
def _aliases() -> dict[str, list[str]]:
    import yaml  # only to build an index the cache does not hold

    with resource("geography", "region-aliases.yaml").open(encoding="utf-8") as stream:
        data: dict[str, list[str | int]] = yaml.safe_load(stream)
    return {code: [str(alias) for alias in aliases] for code, aliases in data.items()}


@cache
def _region_index(country: str) -> dict[str, str]:
    """Folded names and codes of every subdivision of ``country`` -> its top-level region's code.

    Read from the per-user cache (``derived_cache``) when it holds the index built from the same
    pycountry data, translations, aliases and code: building it parses every subdivision of the
    world (~50 ms of each ``validate``) to check a region code that is almost always already right.
    """
    databases, locales = _pycountry_folders()
    stamp = derived_cache.file_stamp([
        databases / "iso3166-2.json", *(locales / lang / "LC_MESSAGES" / "iso3166-2.mo" for lang in ("fr", "en")),
        resource("geography", "region-aliases.yaml"), Path(__file__)])
    entry = derived_cache.cache_folder("geography") / f"regions-{country}.{derived_cache.digest(stamp)}.json"
    return _cached_text_map(entry, lambda: _build_region_index(country))


def _build_region_index(country: str) -> dict[str, str]:
    """``_region_index`` from pycountry's data. Top-level names and codes are indexed first, so that a
    lower subdivision sharing a region's name never takes its place."""
    subs = sorted(_subdivisions_of(country),
                  key=lambda s: (s.parent_code is not None, s.code))
    index: dict[str, str] = {}
    fr, en = _translation("iso3166-2", "fr"), _translation("iso3166-2", "en")
    for sub in subs:
        top = _top(sub.code)
        keys = [sub.code, sub.code.split("-", 1)[1]]
        for name in {sub.name, fr.gettext(sub.name), en.gettext(sub.name)}:
            keys += _names(name)
        for key in keys:
            index.setdefault(folded(key), top)
        if sub.parent_code is None:
            for alias in _aliases().get(sub.code, ()):
                index.setdefault(folded(alias), sub.code)
    if country == "FR":
        index.setdefault("75", "FR-IDF")  # Paris is FR-75C in ISO 3166-2, "75" to everyone else
    return index


def region_code(value: str, country: str = "FR") -> str | None:
    """The ISO 3166-2 code of the top-level region ``value`` names or codes, in ``country``; None if unknown.

    Case, accents, spaces, hyphens and apostrophes do not matter; a
    department or province gives its region ("Paris", "92" -> "FR-IDF").
    A full code of another country ("DE-BY") is taken as it is.
    """
    text = value.strip()
    if not text:
        return None
    match = _CODE.match(text)
    if match and match.group(1).upper() != country.upper():
        code = text.upper()
        return _top(code) if _subdivision(code) is not None else None
    return _region_index(country.upper()).get(folded(text))


@cache
def regions(country: str, lang: Lang = "en") -> list[tuple[str, str]]:
    """(code, name) of the country's top-level subdivisions, by name; empty for a country without any."""
    subs = [s for s in _subdivisions_of(country) if s.parent_code is None]
    pairs = [(s.code, region_name(s.code, lang)) for s in subs]
    return sorted(pairs, key=lambda pair: folded(pair[1]))


def region_name(code: str, lang: Lang = "en") -> str:
    """The region's name in ``lang`` (FR-IDF -> "Île-de-France"); the code itself if unknown."""
    match = _CODE.match(code)
    if not match:
        return code
    return _names_of(match.group(1).upper(), lang).get(code.upper(), code)


# -- Horizon Europe --------------------------------------------------------

@dataclass(frozen=True)
class _EuCountries:
    checked: dt.date
    member_states: frozenset[str]
    outermost: dict[str, str]
    overseas: dict[str, str]
    associations: dict[str, Association]
    sources: dict[str, str]


@cache
def _eu() -> _EuCountries:
    data = _eu_data()
    sources: dict[str, str] = data["sources"]
    associations = {
        entry["code"]: Association(entry["code"], dt.date.fromisoformat(entry["since"]), entry["scope"],
                                   sources[entry["source"]], entry.get("confirmed", True))
        for entry in data["associated_countries"]
    }
    return _EuCountries(dt.date.fromisoformat(data["checked"]), frozenset(data["member_states"]),
                        dict(data["outermost_regions"]), dict(data["overseas_countries_territories"]), associations,
                        sources)


def _eu_data() -> dict[str, Any]:
    """``horizon-europe-countries.yaml`` as JSON data (dates as ISO strings), from the per-user cache when it
    holds this file's: PyYAML and its parse cost the window about 1.8 MB for as long as it ran (issue 19)."""
    path = resource("geography", "horizon-europe-countries.yaml")
    stamp = derived_cache.file_stamp([path, Path(__file__)])
    entry = derived_cache.cache_folder("geography") / f"horizon-europe.{derived_cache.digest(stamp)}.json"
    try:
        cached = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        cached = None
    if isinstance(cached, dict) and isinstance(cached.get("checked"), str):
        return cached
    import yaml  # only when the cache does not hold this file's data

    with path.open(encoding="utf-8") as stream:
        raw = json.dumps(yaml.safe_load(stream), default=lambda value: value.isoformat(), ensure_ascii=False)
    derived_cache.store(entry, raw.encode())
    data: dict[str, Any] = json.loads(raw)
    return data


def member_state_of(code: str) -> str | None:
    """The Member State a country code belongs to (an outermost region's is its state's: RE -> FR), or None."""
    eu = _eu()
    if code in eu.member_states:
        return code
    return eu.outermost.get(code)


def is_member_state(code: str) -> bool:
    """Whether ``code`` is an EU Member State (or an outermost region of one, which ISO codes apart)."""
    return member_state_of(code) is not None


def association(code: str) -> Association | None:
    """The country's association to Horizon Europe, whatever its scope and date; None if not associated."""
    return _eu().associations.get(code)


def is_associated_country(code: str, part: ProgrammePart | None = None, on: dt.date | None = None) -> bool:
    """Whether ``code`` is associated to Horizon Europe for calls of ``part``, on ``on`` (default: today)."""
    entry = _eu().associations.get(code)
    if entry is None or not entry.covers(part):
        return False
    return entry.since <= (on or dt.date.today())


def is_overseas_territory(code: str) -> bool:
    """Whether ``code`` is an overseas country or territory linked to a Member State (funded, but neither MS nor AC)."""
    return code in _eu().overseas


def eu_countries_checked() -> dt.date:
    """When the Member States and Associated Countries data were last checked against their sources."""
    return _eu().checked
