"""Adding a partner: pick an organisation profile already known, or create a new one.

``PartnerChooser`` is the widget (the new-proposal wizard uses it for the
coordinator); ``AddPartnerDialog.ask(profiles, taken)`` returns an ``ExistingPartner``, a
``NewPartner`` or None; tests patch ``ask``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document import geography
from medicen_desktop.document.schema import OrganisationKind
from medicen_desktop.gui.dialogs import kind_label
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.partner_identity import chosen, searchable, ui_language
from medicen_desktop.services.organisations import OrganisationProfile, folded


@dataclass(frozen=True)
class NewPartner:
    legal_name: str
    short_name: str
    kind: str
    country: str = "FR"
    """ISO 3166-1 code; the rest of the identity is entered in the partner dialog (``partner_identity``)."""


@dataclass(frozen=True)
class ExistingPartner:
    organisation_uuid: str
    name: str


class PartnerChooser(QWidget):
    """A searchable list of known profiles above a short form for a new one (the dialog's and the wizard's)."""

    def __init__(self, profiles: list[OrganisationProfile], taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.existing = QRadioButton(self.tr("An organisation already &known"))
        self.search = QLineEdit(placeholderText=self.tr("Search by name, SIRET or city"), clearButtonEnabled=True)
        self.profiles = QListWidget()
        for profile in profiles:
            organisation = profile.organisation
            details = " · ".join(part for part in (kind_label(organisation.kind.value), organisation.city) if part)
            label = f"{profile.name} — {organisation.legal_name}" if organisation.short_name else profile.name
            item = QListWidgetItem(f"{label}  ·  {details}" if details else label)
            item.setToolTip(f"{label}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, profile.uuid)
            item.setData(Qt.ItemDataRole.UserRole + 1, folded(" ".join(
                (organisation.legal_name, organisation.short_name, organisation.siret, organisation.city))))
            if profile.uuid in taken:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Already a partner of this proposal"))
            self.profiles.addItem(item)
        self.profiles.setUniformItemSizes(True)
        self.profiles.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.new = QRadioButton(self.tr("A n&ew organisation"))  # not &N: the wizard's Next
        form = QFormLayout()
        self.legal_name = QLineEdit()
        self.short_name = QLineEdit(maxLength=40)
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(OrganisationKind.SME.value))
        self.country = QComboBox(editable=True)
        for code, name in geography.countries(ui_language()):
            self.country.addItem(name, code)
        searchable(self.country)
        self.country.setCurrentIndex(self.country.findData("FR"))
        form.addRow(self.tr("&Legal name:"), self.legal_name)
        form.addRow(self.tr("&Short name:"), self.short_name)
        form.addRow(self.tr("K&ind:"), self.kind)
        form.addRow(self.tr("C&ountry:"), self.country)
        self.error = named(QLabel(wordWrap=True), "fieldError")
        for widget in (self.existing, self.search, self.profiles, self.new):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        has_profiles = any(self.profiles.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
                           for row in range(self.profiles.count()))
        for widget in (self.existing, self.search, self.profiles):
            widget.setEnabled(has_profiles)
        (self.existing if has_profiles else self.new).setChecked(True)
        self.search.textChanged.connect(self._filter)
        self.search.textEdited.connect(lambda _text: self.existing.setChecked(True))
        self.profiles.currentItemChanged.connect(lambda *_: self.existing.setChecked(True))
        self.legal_name.textEdited.connect(lambda _text: self.new.setChecked(True))

    def _filter(self, text: str) -> None:
        """Show the profiles matching every typed word; the first becomes current when the current one is hidden,
        so that Enter right after the search picks it (it said "Choose an organisation in the list")."""
        words = folded(text).split()
        for row in range(self.profiles.count()):
            item = self.profiles.item(row)
            item.setHidden(not all(word in item.data(Qt.ItemDataRole.UserRole + 1) for word in words))
        current = self.profiles.currentItem()
        if current is None or current.isHidden() or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            shown = [self.profiles.item(row) for row in range(self.profiles.count())]
            first = next((item for item in shown if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled),
                         None)
            if first is not None:
                self.profiles.setCurrentItem(first)

    def value(self) -> ExistingPartner | NewPartner | None:
        if self.existing.isChecked():
            item = self.profiles.currentItem()
            if item is None or item.isHidden() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                return None
            return ExistingPartner(str(item.data(Qt.ItemDataRole.UserRole)), item.text().split("  ·  ")[0])
        if not self.legal_name.text().strip():
            return None
        return NewPartner(self.legal_name.text().strip(), self.short_name.text().strip(), str(self.kind.currentData()),
                          chosen(self.country) or "FR")

    def check(self) -> bool:
        """True when a choice is complete; else say what is missing next to the fields."""
        if self.value() is not None:
            self.error.setText("")
            return True
        if self.existing.isChecked():
            self.error.setText(self.tr("Choose an organisation in the list, or create a new one below."))
        else:
            self.error.setText(self.tr("Give the new organisation its legal name."))
            self.legal_name.setFocus()
        return False


class AddPartnerDialog(QDialog):
    """The partner chooser with OK and Cancel."""

    def __init__(self, profiles: list[OrganisationProfile], taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a partner"))
        layout = QVBoxLayout(self)
        self.chooser = PartnerChooser(profiles, taken)
        layout.addWidget(self.chooser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.chooser.profiles.itemActivated.connect(lambda _item: self._accept())
        self.resize(520, 480)

    def value(self) -> ExistingPartner | NewPartner | None:
        return self.chooser.value()

    def _accept(self) -> None:
        if self.chooser.check():
            self.accept()

    @classmethod
    def ask(cls, profiles: list[OrganisationProfile], taken: set[str],
            parent: QWidget | None = None) -> ExistingPartner | NewPartner | None:
        dialog = cls(profiles, taken, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
