"""An organisation's identity data: how each field is normalised on entry and checked.

One place for the GUI's as-typed checks, the services' and the rules'
findings: ``problem(field, value, country)`` says what is wrong with one
value (or None), in French and English; ``normalise(field, value)`` is what
is stored (spaces in a SIRET or a VAT number dropped, a region name turned
into its ISO 3166-2 code). ``size_class`` applies the EU definition of
SMEs (Commission Recommendation 2003/361/EC, annex, art. 2) and the French
one of mid-caps (décret n° 2008-1354, art. 3) to the declared figures;
``kind_contradiction`` says when the declared kind disagrees with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

SizeClass = Literal["micro", "small", "medium", "midcap", "large"]

_REGION_CODE = re.compile(r"^([A-Z]{2})-[A-Z0-9]{1,3}$")
_SEPARATORS = re.compile(r"[\s.\-/]+")
_EMAIL = re.compile(r"^[^@\s]+@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")
_WEBSITE = re.compile(r"^(https?://)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(:\d+)?(/\S*)?$")
_M = Decimal(1_000_000)


@dataclass(frozen=True)
class Problem:
    """What is wrong with one value, in both languages; ``code`` is stable."""

    code: str
    message_fr: str
    message_en: str

    def message(self, language: str) -> str:
        return self.message_fr if language == "fr" else self.message_en


NORMALISED_FIELDS = ("siret", "pic", "vat", "region")
"""The organisation's fields ``normalise`` changes besides ``country``."""


def normalise(field: str, value: str, country: str = "FR") -> str:
    """The stored form of a typed identity value (the value itself for other fields)."""
    text = value.strip()
    if field in ("siret", "pic"):
        return _SEPARATORS.sub("", text)
    if field == "vat":
        return _SEPARATORS.sub("", text).upper()
    if field == "country":
        return text.upper()
    if field == "region":
        match = _REGION_CODE.match(text)
        if match and match.group(1) == country:
            return text  # already a code: the common case, and no need to load the ISO data
        from medicen_desktop.document import geography  # ~50 ms of ISO data, not needed for codes

        return geography.region_code(text, country or "FR") or text
    return text


def problem(field: str, value: str, country: str = "FR") -> Problem | None:
    """What is wrong with ``value`` for ``field`` of an organisation in ``country``; None if nothing.

    Empty values are not problems here: which ones a call requires is the
    completeness check's business.
    """
    text = normalise(field, value, country)
    if not text:
        return None
    check = _CHECKS.get(field)
    return check(text, country) if check is not None else None


def _country(text: str, _country: str) -> Problem | None:
    from medicen_desktop.document import geography

    if geography.is_country(text):
        return None
    return Problem("identity.country-unknown", f"« {text} » n'est pas un code pays ISO 3166",
                   f"'{text}' is not an ISO 3166 country code")


def _region(text: str, country: str) -> Problem | None:
    from medicen_desktop.document import geography

    code = geography.region_code(text, country)
    if code is None:
        return Problem("identity.region-unknown", f"Région « {text} » inconnue en {geography.country_name(country, 'fr')}",
                       f"Unknown region '{text}' in {geography.country_name(country, 'en')}")
    if not code.startswith(f"{country}-"):
        return Problem("identity.region-country",
                       f"La région {geography.region_name(code, 'fr')} n'est pas en {geography.country_name(country, 'fr')}",
                       f"{geography.region_name(code, 'en')} is not in {geography.country_name(country, 'en')}")
    return None


def _siret(text: str, country: str) -> Problem | None:
    from stdnum.fr import siren, siret

    if country != "FR":
        return Problem("identity.siret-country", "Le SIRET ne concerne que les organisations établies en France",
                       "A SIRET applies only to organisations established in France")
    if not text.isdigit() or len(text) not in (9, 14):
        return Problem("identity.siret-format", "Un SIRET a 14 chiffres, un SIREN 9",
                       "A SIRET has 14 digits, a SIREN 9")
    module = siret if len(text) == 14 else siren
    if not module.is_valid(text):
        name = "SIRET" if len(text) == 14 else "SIREN"
        return Problem("identity.siret-checksum", f"{name} invalide : la clé de contrôle ne correspond pas",
                       f"Invalid {name}: the check digit does not match")
    return None


def _pic(text: str, _country: str) -> Problem | None:
    if text.isdigit() and len(text) == 9:
        return None
    return Problem("identity.pic-format", "Un PIC (code d'identification du participant) a 9 chiffres",
                   "A PIC (Participant Identification Code) has 9 digits")


def _vat(text: str, country: str) -> Problem | None:
    from stdnum.exceptions import ValidationError as NumberError
    from stdnum.util import get_cc_module

    from medicen_desktop.document import geography

    prefix = "EL" if country == "GR" else country
    number = text if text[:2].isalpha() else prefix + text
    if number[:2] != prefix and not (country == "GB" and number[:2] == "XI"):
        return Problem("identity.vat-country", f"Un numéro de TVA de {geography.country_name(country, 'fr')} commence par {prefix}",
                       f"A VAT number of {geography.country_name(country, 'en')} starts with {prefix}")
    module = get_cc_module(country.lower(), "vat") if country.isalpha() else None
    if module is None:
        return None  # no checker for this country's numbers: accepted as typed
    try:
        module.validate(number if country in _VAT_WITH_PREFIX else number[2:])
    except NumberError:
        return Problem("identity.vat-invalid", "Numéro de TVA invalide (format ou clé de contrôle)",
                       "Invalid VAT number (format or check digits)")
    return None


_VAT_WITH_PREFIX = frozenset({"CH", "GB", "NO", "RS", "IS"})
"""python-stdnum's checkers for these countries accept (and some require) the letters before the number."""


def _email(text: str, _country: str) -> Problem | None:
    if _EMAIL.match(text):
        return None
    return Problem("identity.email-invalid", "Adresse électronique invalide : nom@domaine.fr attendu",
                   "Invalid e-mail address: name@domain.org expected")


def _website(text: str, _country: str) -> Problem | None:
    if _WEBSITE.match(text):
        return None
    return Problem("identity.website-invalid", "Adresse de site invalide : www.exemple.fr attendu",
                   "Invalid website address: www.example.org expected")


_CHECKS = {
    "country": _country,
    "region": _region,
    "siret": _siret,
    "pic": _pic,
    "vat": _vat,
    "contact_email": _email,
    "email": _email,
    "website": _website,
}


# -- size: the EU definition of SMEs --------------------------------------

def possible_sizes(headcount: int | None, turnover: Decimal | None,
                   balance_sheet: Decimal | None) -> tuple[SizeClass, ...]:
    """The sizes the declared figures allow, smallest first (every size when nothing is declared).

    An enterprise is micro / small / medium when its headcount (annual work
    units) is below 10 / 50 / 250 and its turnover or its balance-sheet
    total is at most €2 M / €10 M / €50 M (turnover) or €43 M (balance
    sheet, medium). Above that, a mid-cap has fewer than 5,000 people and a
    turnover of at most €1.5 bn or a balance sheet of at most €2 bn. The
    figures are the enterprise's with its partner and linked enterprises.
    An unknown figure leaves open every size it could decide.
    """
    found: list[SizeClass] = []
    for name, staff, max_turnover, max_balance in _CEILINGS:
        qualifies = _all(None if headcount is None else headcount < staff,
                         _any(None if turnover is None else turnover <= max_turnover,
                              None if balance_sheet is None else balance_sheet <= max_balance))
        if qualifies is not False:
            found.append(name)
        if qualifies is True:
            return tuple(found)
    return (*found, "large")


def size_class(headcount: int | None, turnover: Decimal | None, balance_sheet: Decimal | None) -> SizeClass | None:
    """The one size the figures prove, or None when they leave several open."""
    sizes = possible_sizes(headcount, turnover, balance_sheet)
    return sizes[0] if len(sizes) == 1 else None


_CEILINGS: tuple[tuple[SizeClass, int, Decimal, Decimal], ...] = (
    ("micro", 10, 2 * _M, 2 * _M),
    ("small", 50, 10 * _M, 10 * _M),
    ("medium", 250, 50 * _M, 43 * _M),
    ("midcap", 5000, 1500 * _M, 2000 * _M),
)


def _all(a: bool | None, b: bool | None) -> bool | None:
    """Three-valued AND (None: unknown)."""
    if a is False or b is False:
        return False
    return True if a is True and b is True else None


def _any(a: bool | None, b: bool | None) -> bool | None:
    """Three-valued OR (None: unknown)."""
    if a is True or b is True:
        return True
    return False if a is False and b is False else None


_KIND_SIZES: dict[str, frozenset[str]] = {
    "sme": frozenset({"micro", "small", "medium"}),
    "young-innovative": frozenset({"micro", "small", "medium"}),
    "midcap": frozenset({"midcap"}),
    "large": frozenset({"large"}),
}
_SIZE_NAMES = {
    "micro": ("micro-entreprise", "a micro enterprise"),
    "small": ("petite entreprise", "a small enterprise"),
    "medium": ("moyenne entreprise", "a medium-sized enterprise"),
    "midcap": ("entreprise de taille intermédiaire (ETI)", "a mid-cap"),
    "large": ("grande entreprise", "a large enterprise"),
}


def size_name(size: SizeClass, language: str) -> str:
    """"a small enterprise" / "petite entreprise"."""
    fr, en = _SIZE_NAMES[size]
    return fr if language == "fr" else en


def kind_contradiction(kind: str, headcount: int | None, turnover: Decimal | None,
                       balance_sheet: Decimal | None) -> Problem | None:
    """A problem when a company's declared kind contradicts its declared figures; None otherwise."""
    allowed = _KIND_SIZES.get(kind)
    sizes = possible_sizes(headcount, turnover, balance_sheet)
    if allowed is None or allowed.intersection(sizes):
        return None
    fr = " ou ".join(_SIZE_NAMES[size][0] for size in sizes)
    en = " or ".join(_SIZE_NAMES[size][1] for size in sizes)
    return Problem("identity.size-contradiction",
                   f"Selon ses effectifs, son chiffre d'affaires et son bilan : {fr}, pas le type déclaré",
                   f"By its headcount and turnover or balance sheet this is {en}, not the kind declared")
