"""Building blocks of the template model: a strict base class and field types.

Templates are YAML written by hand, so validation is strict (no "1" taken
for 1, no unknown key) with two deliberate exceptions: organisation kinds
are written as their text value, and rates and amounts may be written as
YAML numbers or quoted strings and become exact ``Decimal``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from medicen_desktop.document.schema import OrganisationKind


class StrictModel(BaseModel):
    """Immutable, strict, and refusing unknown keys (a typo in a template is an error).

    Its validators are built when a template is first validated (``defer_build``), not when the class is
    defined: a command reads its template from the cache of validated templates (``template_cache``), which
    restores instances without validating, and never needs them (some 15 ms of pydantic's work at import).
    """

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)

    def text(self, name: str, language: str) -> str:
        """The ``<name>_fr`` / ``<name>_en`` field in ``language`` ("fr", else English), else the other one."""
        return localized(self, name, language)


def localized(obj: object, name: str, language: str) -> str:
    """``obj.<name>_<language>`` falling back to the other language's text, else "".

    The one place where a template's bilingual fields (``title_fr``/``title_en``,
    ``label_…``, ``guidance_…``) are read in a language.
    """
    first, other = ("fr", "en") if language == "fr" else ("en", "fr")
    return str(getattr(obj, f"{name}_{first}", "") or getattr(obj, f"{name}_{other}", "") or "")



def _to_decimal(value: object) -> object:
    """YAML numbers and strings to Decimal; a float goes through its shortest text ("0.1", not 0.1000…5)."""
    if isinstance(value, bool):
        return value  # refused by the Decimal validator: True is not a rate
    if isinstance(value, (int, float, str)):
        try:
            return Decimal(str(value).replace("_", "").strip())
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    return value


Rate = Annotated[Decimal, BeforeValidator(_to_decimal), Field(allow_inf_nan=False)]
"""An exact decimal written in YAML as a number or a string (rates, amounts, shares)."""

Kind = Annotated[OrganisationKind, Field(strict=False)]
"""An organisation kind written as its value: ``sme``, ``academic``…"""

def _to_region_code(value: object) -> object:
    """A region written by name or code ("Île-de-France", "FR-IDF") to its ISO 3166-2 code; unknown: refused."""
    if not isinstance(value, str):
        return value
    from medicen_desktop.document.geography import region_code

    code = region_code(value, "FR")
    if code is None:
        raise ValueError(f"unknown region {value!r}: give an ISO 3166-2 code such as FR-IDF")
    return code


RegionCode = Annotated[str, BeforeValidator(_to_region_code)]
"""A region, compared by its ISO 3166-2 code: a template may name it, the rules only see the code."""

Text = Annotated[str, Field(min_length=1, max_length=4_000)]
Severity = Literal["error", "warning", "info"]
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=80)]
SourceRef = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=80)]
"""The ``id`` of one of the template's ``source`` entries: where a rule comes from."""


class Provenance(StrictModel):
    """What every rule states about itself: where it comes from and whether that text was found."""

    source: SourceRef | None = None
    """The template source the rule was read in (its date is the source's); None: the template's sources."""
    confirmed: bool = True
    """False only when no public text stating the value was found."""
