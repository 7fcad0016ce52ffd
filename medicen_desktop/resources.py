"""Where the application's shipped files are (templates, fonts, schema, icons)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("templates", "anr-prce.yaml")``."""
    return RESOURCES.joinpath(*parts)
