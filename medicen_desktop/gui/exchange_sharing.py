"""Proposal ▸ Confidentiality…: what partners see of each other, a partner's private budget, the keys.

The coordinator chooses the sharing level of the packages it exports from
then on (services/sharing.py); in a partner copy the level is shown as the
coordinator set it, and the partner chooses whether its budget detail stays
in its copy. Both see the fingerprints of the keys that sign what they
exchange, to compare by phone. ``SharingDialog.ask`` returns the choice;
``edit_sharing`` saves it through the services (the menu action in
gui/exchange_actions.py shows a refusal and the status message).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from medicen_desktop.gui.forms.ui_sharing_dialog import Ui_SharingDialog

if TYPE_CHECKING:
    from medicen_desktop.store.database import Database

LEVELS = ("full", "totals", "none")


@dataclass(frozen=True)
class SharingChoice:
    level: str
    private_budget: bool


class SharingDialog(QDialog, Ui_SharingDialog):
    """The three levels (coordinator: editable; partner copy: as received), the partner's private-budget
    check box, and the key fingerprints (layout: ``ui/sharing_dialog.ui``)."""

    def __init__(self, level: str, partner_copy: bool, private: bool, own_key: str | None,
                 coordinator_key: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.radios: dict[str, QRadioButton] = {
            "full": self.level_full, "totals": self.level_totals, "none": self.level_none}
        self.radios[level].setChecked(True)
        for radio in self.radios.values():
            radio.toggled.connect(lambda _on: self._describe())
        self._describe()
        self.levels_box.setEnabled(not partner_copy)
        self.private_budget.setVisible(partner_copy)
        self.private_budget.setChecked(private)
        self.received.setVisible(partner_copy)
        self.received.setText(self.tr("Set by your coordinator in the package this copy was opened from. "
                                      "Kept private, your budget lines stay in this copy: your contributions "
                                      "carry one total per category and year."))
        if partner_copy:
            text = self.tr("Packages are accepted only from your coordinator's key {coordinator}; your "
                           "contributions are signed with your own key {own}.").format(
                coordinator=coordinator_key or "—", own=own_key or "—")
        elif own_key is None:
            text = self.tr("Your packages will be signed with a key made for this proposal when you export "
                           "the first one.")
        else:
            text = self.tr("Your packages are signed with key {own}: partners see the same fingerprint when "
                           "they open one.").format(own=own_key)
        self.keys.setText(text)
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))  # wrapped labels

    def level(self) -> str:
        return next(name for name, radio in self.radios.items() if radio.isChecked())

    def _describe(self) -> None:
        texts = {
            "full": self.tr("Every partner receives the others' budget lines, rates, CVs, SIRET, VAT and PIC "
                            "numbers, turnover, contacts and attachments."),
            "totals": self.tr("Every partner receives one budget total per other partner, their team members' "
                              "names and jobs, and their contacts; no budget line, rate, CV, identifier, "
                              "turnover or attachment of the others."),
            "none": self.tr("Every partner receives nothing of the others' budget, team, identifiers, contacts "
                            "or attachments: only their names and roles, with the proposal's text and work "
                            "plan."),
        }
        self.level_help.setText(texts[self.level()] + " " + self.tr(
            "A partner always receives its own data whole. Applies to the packages exported from now on."))

    @classmethod
    def ask(cls, parent: QWidget | None, level: str, partner_copy: bool, private: bool, own_key: str | None,
            coordinator_key: str | None) -> SharingChoice | None:
        dialog = cls(level, partner_copy, private, own_key, coordinator_key, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return SharingChoice(dialog.level(), dialog.private_budget.isChecked())
        finally:
            dialog.deleteLater()


def edit_sharing(parent: QWidget | None, db: Database, uuid: str, actor: str) -> bool:
    """Show the dialog for proposal ``uuid`` and save what changed (True); raises the services' Refused."""
    from medicen_desktop.services import packages, sharing, signing

    partner_copy = packages.partner_copy(db, uuid) is not None
    level = sharing.sharing_level(db, uuid).value
    private = sharing.private_budget(db, uuid)
    own, coordinator = signing.fingerprints(db, uuid)
    choice = SharingDialog.ask(parent, level, partner_copy, private, own, coordinator)
    if choice is None:
        return False
    if partner_copy and choice.private_budget != private:
        sharing.set_private_budget(db, uuid, choice.private_budget, actor)
    elif not partner_copy and choice.level != level:
        sharing.set_sharing_level(db, uuid, choice.level, actor)
    else:
        return False
    return True
