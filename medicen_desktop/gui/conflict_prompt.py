"""The prompt shown when an edit conflicts with another writer's change made meanwhile.

``ConflictPrompt.ask(parent, conflicts)`` returns "mine" (write the user's
value over the other writer's) or "theirs" (keep what is stored; the field
then shows it). Escape keeps theirs: nothing is overwritten without asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = Literal["mine", "theirs"]


def _shown(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 300 else text[:297] + "…"


def describe(conflicts: Sequence[Any]) -> str:
    """What changed on both sides, one paragraph per field."""
    parts = [QCoreApplication.translate("Conflict", "“{field}” was changed by another writer while you were editing it.\n"
                            "Now stored: {theirs}\nYours: {mine}").format(
        field=conflict.field or conflict.label, theirs=_shown(conflict.ours), mine=_shown(conflict.theirs))
        for conflict in conflicts]
    return "\n\n".join(parts)


class ConflictPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, conflicts: Sequence[Any]) -> Choice:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Conflict", "Changed meanwhile"),
                          describe(conflicts),
                          QMessageBox.StandardButton.NoButton, parent)
        mine = box.addButton(QCoreApplication.translate("Conflict", "Keep &mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(QCoreApplication.translate("Conflict", "Take &theirs"),
                               QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(theirs)
        box.setEscapeButton(theirs)
        box.exec()
        return "mine" if box.clickedButton() is mine else "theirs"
