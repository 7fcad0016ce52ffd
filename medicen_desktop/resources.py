"""Where the application's shipped files are (templates, fonts, schema, icons, translations, examples).

In an installed wheel they are package data, ``medicen_desktop/resources/`` (the build copies the
repository's top-level ``resources/`` there: ``scripts/build_hooks.py``); in a checkout (an editable
install, the tests) they are the repository's ``resources/``, beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
INSTALLED = _PACKAGE / "resources"
REPOSITORY = _PACKAGE.parent / "resources"
RESOURCES = INSTALLED if INSTALLED.is_dir() else REPOSITORY


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("templates", "anr-prce.yaml")``."""
    return RESOURCES.joinpath(*parts)
