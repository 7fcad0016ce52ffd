"""The navigator's step names, as menus and the navigator show them: the registry's labels, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from medicen_desktop.rules.steps import STEP


def step_label(step: str) -> str:
    """The step's label in the UI language, with its mnemonic."""
    return QCoreApplication.translate("Steps", STEP[step].label)


def plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")
