"""The small dialogs of packages and merge, each behind a ``classmethod ask(...)``.

File choosers return a ``Path`` (or None when cancelled); the partner
chooser returns a participation UUID; ``ExchangeRefused`` shows the one-line
message of a refused file. Tests patch ``ask`` instead of running a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

PACKAGE_SUFFIX = ".medicen-package"
CONTRIBUTION_SUFFIX = ".medicen-contribution"


translate = QCoreApplication.translate


def _filter(kind: str, suffix: str, word: bool = False) -> str:
    every = translate("Exchange", "All files")
    docx = translate("Exchange", "Word packages, for partners without the app") + " (*.docx);;" if word else ""
    return f"{kind} (*{suffix});;{docx}{every} (*)"


class OpenPackageFile:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Exchange", "Open a partner package"), str(folder),
                                              _filter(translate("Exchange", "Partner packages"), PACKAGE_SUFFIX))
        return Path(path) if path else None


class SavePackageFile:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("Exchange", "Export a package for a partner"), str(suggested),
                                              _filter(translate("Exchange", "Partner packages"), PACKAGE_SUFFIX, True))
        return Path(path) if path else None


class OpenContributionFile:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Exchange", "Merge a partner's contribution"), str(folder),
                                              _filter(translate("Exchange", "Contributions"), CONTRIBUTION_SUFFIX, True))
        return Path(path) if path else None


class SaveContributionFile:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("Exchange", "Export my contribution"), str(suggested),
                                              _filter(translate("Exchange", "Contributions"), CONTRIBUTION_SUFFIX))
        return Path(path) if path else None


class ChoosePartner:
    @classmethod
    def ask(cls, parent: QWidget | None, partners: list[tuple[str, str]]) -> str | None:
        """``partners`` are (participation UUID, name); returns the chosen UUID."""
        names = [name for _, name in partners]
        name, ok = QInputDialog.getItem(parent, translate("Exchange", "Export a package for a partner"),
                                        translate("Exchange", "Partner who will receive the package:"), names, 0, False)
        return {n: u for u, n in partners}.get(name) if ok else None


class ExchangeRefused:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, message: str) -> None:
        """A refused file or action: its one-line reason (nothing was changed)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Close, parent)
        box.setInformativeText(translate("Exchange", "Nothing was changed."))
        box.exec()


class ConfirmUndoMerge:
    @classmethod
    def ask(cls, parent: QWidget | None, partner: str) -> bool:
        text = translate("Exchange", "Undo the merge of {partner}'s contribution? The proposal returns to how it was "
                   "before the merge; the contribution can be merged again.").format(partner=partner)
        answer = QMessageBox.question(parent, translate("Exchange", "Undo last merge"), text)
        return answer == QMessageBox.StandardButton.Yes
