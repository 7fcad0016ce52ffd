"""The navigator's step names, as menus and the navigator show them (no rules imported: the menus exist before they load)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def step_label(step: str) -> str:
    return {
        "call": QCoreApplication.translate("Steps", "&Call"),
        "project": QCoreApplication.translate("Steps", "&Project"),
        "consortium": QCoreApplication.translate("Steps", "C&onsortium"),
        "sections": QCoreApplication.translate("Steps", "&Sections"),
        "workplan": QCoreApplication.translate("Steps", "&Work plan"),
        "budget": QCoreApplication.translate("Steps", "&Budget"),
        "risks": QCoreApplication.translate("Steps", "&Risks"),
        "annexes": QCoreApplication.translate("Steps", "&Annexes"),
        "review": QCoreApplication.translate("Steps", "Re&view"),
        "export": QCoreApplication.translate("Steps", "&Export"),
    }[step]


def plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")
