"""How the interface names a work package: "WP2" in English and "LT2" (lot de travail) in French, as the tables'
column headers, the live "X changed …" line and the findings say. Every view (the Gantt, the presence banner, the
combos, the effort grid, the to-do list) takes its name from here, in the interface's language; the dossier names
it in the proposal's language (``export.labels``, "wp_short")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def wp_label(number: int | None) -> str:
    """"WP2" / "LT2"."""
    return QCoreApplication.translate("WorkPackage", "WP{number}").format(number=number)


def wp_title(number: int | None, title: str) -> str:
    """"WP2 Imaging data" / "LT2 Imagerie"."""
    return QCoreApplication.translate("WorkPackage", "WP{number} {title}").format(number=number, title=title)
