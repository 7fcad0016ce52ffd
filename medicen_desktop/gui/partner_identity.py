"""The partner dialog: every identity field of one partner, checked as it is typed.

The layout is the Designer form ``ui/partner_dialog.ui``; this class fills
its lists (kinds, countries and the chosen country's regions, with names in
the interface's language, searchable by any part of the name), checks each
value as it changes with the services' own check (the reason shown under the
field) and returns what changed. A value that fails its check can still be
saved (the findings list it until it is fixed); only a missing legal name or
a number that is not one keeps the dialog open.

``PartnerDialog.ask(organisation, participation, parent)`` returns
``IdentityChanges`` or None; tests patch ``ask``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from medicen_desktop.document import geography
from medicen_desktop.document.schema import Organisation, OrganisationKind, Participation
from medicen_desktop.gui import style
from medicen_desktop.gui.dialogs import kind_label
from medicen_desktop.gui.forms.ui_partner_dialog import Ui_PartnerDialog
from medicen_desktop.gui.numbers import format_decimal, parse_decimal
from medicen_desktop.services import organisations

TEXT_FIELDS = ("legal_name", "short_name", "city", "pic", "siret", "vat", "website")
FLAGS = ("is_public_body", "is_non_profit", "is_research_organisation", "is_higher_education")
CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")
CHECKED = ("pic", "siret", "vat", "website", "contact_email")
IDENTITY_FIELDS = frozenset({*TEXT_FIELDS, *FLAGS, *CONTACT_FIELDS, "kind", "country", "region", "headcount",
                             "turnover", "balance_sheet"})
"""Every field the dialog edits (a finding on one of them can open the dialog on it)."""
"""Text fields checked as typed (country and region are checked when chosen)."""


@dataclass(frozen=True)
class IdentityChanges:
    """What the user changed: organisation fields, and the participation's contact fields."""

    organisation: dict[str, Any] = field(default_factory=dict)
    participation: dict[str, Any] = field(default_factory=dict)


def ui_language() -> geography.Lang:
    """The interface's language, for names of countries and regions and the checks' messages."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class PartnerDialog(QDialog, Ui_PartnerDialog):
    def __init__(self, organisation: Organisation, participation: Participation | None = None,
                 parent: QWidget | None = None, focus: str | None = None, hidden: Collection[str] = (),
                 hidden_note: str = "") -> None:
        super().__init__(parent)
        self.setupUi(self)
        style.style_tree(self)  # the form's field errors are picked by their role
        self.organisation, self.participation = organisation, participation
        self.hidden = frozenset(hidden) & IDENTITY_FIELDS
        """Fields withheld from the reader (another partner's, ``document.withheld``): read-only, said hidden."""
        self.language = ui_language()
        self.setWindowTitle(self.tr("Identity of {name}").format(
            name=organisation.short_name or organisation.legal_name))
        for kind in OrganisationKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        for code, name in geography.countries(self.language):
            self.country.addItem(name, code)
        for combo in (self.country, self.region):
            searchable(combo)
        self._fill()
        for name in CHECKED:
            getattr(self, name).textChanged.connect(lambda _text, n=name: self._check(n))
        self.country.currentTextChanged.connect(self._country_changed)
        self.region.currentTextChanged.connect(lambda _text: self._check_region())
        for widget in (self.headcount, self.turnover, self.balance_sheet):
            widget.textChanged.connect(lambda _text: self._check_size())
        self.kind.currentIndexChanged.connect(lambda _index: self._check_size())
        self.legal_name.textChanged.connect(lambda _text: self._show_error("legal_name", ""))
        self.buttons.accepted.connect(self._accept)
        self.contact_group.setVisible(participation is not None)
        for name in (*CHECKED, "country"):
            self._check(name)
        self._show_error("legal_name", "")
        self._check_region()
        self._check_size()
        self._show_hidden(hidden_note)
        screen = self.screen().availableGeometry()
        wanted = (self.scroll_content.sizeHint().height() + self.intro.sizeHint().height()
                  + self.buttons.sizeHint().height() + 60)
        self.resize(min(820, screen.width() - 40), min(wanted, screen.height() - 60))  # scrolls below that
        if focus in IDENTITY_FIELDS:
            target: QWidget = getattr(self, focus)
            target.setFocus()
            self.identity_scroll.ensureWidgetVisible(target)

    # -- filling -----------------------------------------------------------------
    def _fill(self) -> None:
        org = self.organisation
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(org, name))
        for name in FLAGS:
            getattr(self, name).setChecked(getattr(org, name))
        self.kind.setCurrentIndex(self.kind.findData(org.kind.value))
        self.country.setCurrentIndex(self.country.findData(org.country))
        self._fill_regions(org.country)
        index = self.region.findData(org.region)
        if index >= 0:
            self.region.setCurrentIndex(index)
        else:
            self.region.setEditText(org.region)  # text no code matched: kept, flagged, for the user to pick
        self.headcount.setText("" if org.headcount is None else str(org.headcount))
        self.turnover.setText("" if org.turnover is None else format_decimal(org.turnover))
        self.balance_sheet.setText("" if org.balance_sheet is None else format_decimal(org.balance_sheet))
        if self.participation is not None:
            for name in CONTACT_FIELDS:
                getattr(self, name).setText(getattr(self.participation, name))

    def _fill_regions(self, country: str) -> None:
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem("", "")
        for code, name in geography.regions(country, self.language):
            self.region.addItem(name, code)
        self.region.setEnabled(self.region.count() > 1)
        self.region.blockSignals(False)

    def _show_hidden(self, note: str) -> None:
        """Each withheld field read-only, saying whose it is where its value would be (never an empty field
        inviting typing)."""
        for name in sorted(self.hidden):
            widget: QLineEdit = getattr(self, name)
            widget.setReadOnly(True)
            widget.setPlaceholderText(note)
            widget.setToolTip(note)
        if self.hidden & {"headcount", "turnover", "balance_sheet"}:
            self.size_note.setText(note)
            self.size_note.setProperty("role", "")
        if self.hidden:  # the whole sentence once, where a narrow field's placeholder is cut short
            self.intro.setText(f"{self.intro.text()}\n{note}.")

    # -- reading -------------------------------------------------------------------
    def country_code(self) -> str | None:
        """The chosen country's code; None when the text names none."""
        return chosen(self.country)

    def region_value(self) -> str:
        """The chosen region's code, or the text as typed when it names none (the rules flag it)."""
        code = chosen(self.region)
        return code if code is not None else self.region.currentText().strip()

    # -- checking ------------------------------------------------------------------
    def _show_error(self, name: str, message: str) -> None:
        """Say what is wrong under the field (its row takes no room while nothing is)."""
        label: QLabel = getattr(self, f"{name}_error")
        label.setText(message)
        group = label.parentWidget()
        form = group.layout() if group is not None else None
        if isinstance(form, QFormLayout):
            form.setRowVisible(label, bool(message))

    def _check(self, name: str) -> str:
        if name == "country":
            message = "" if self.country_code() else self.tr("Choose a country in the list.")
        else:
            widget: QLineEdit = getattr(self, name)
            message = organisations.field_problem(name, widget.text(), self.country_code() or "FR", self.language)
        self._show_error(name, message)
        return message

    def _country_changed(self, _text: str) -> None:
        code = self.country_code()
        self._check("country")
        if code is not None and not self.region_value().startswith(f"{code}-"):
            self._fill_regions(code)
        for name in ("siret", "vat"):
            self._check(name)
        self._check_region()

    def _check_region(self) -> str:
        text = self.region_value()
        message = organisations.field_problem("region", text, self.country_code() or "FR", self.language)
        self._show_error("region", message)
        return message

    def _numbers(self) -> tuple[int | None, Decimal | None, Decimal | None, str]:
        """(headcount, turnover, balance sheet, what is wrong with them or "")."""
        text = self.headcount.text().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        headcount: int | None = None
        if text:
            if not text.isdigit():
                return None, None, None, self.tr("The headcount is a whole number of people.")
            headcount = int(text)
        amounts: list[Decimal | None] = []
        for widget, what in ((self.turnover, self.tr("turnover")), (self.balance_sheet, self.tr("balance sheet"))):
            if not widget.text().strip():
                amounts.append(None)
                continue
            try:
                value = parse_decimal(widget.text())
            except ValueError:
                return None, None, None, self.tr("The {what} is not an amount in euros.").format(what=what)
            if value < 0:
                return None, None, None, self.tr("The {what} cannot be negative.").format(what=what)
            amounts.append(value)
        return headcount, amounts[0], amounts[1], ""

    def _check_size(self) -> None:
        headcount, turnover, balance, wrong = self._numbers()
        if wrong:
            message, contradiction = wrong, True
        else:
            message, contradiction = organisations.size_verdict(
                str(self.kind.currentData()), headcount, turnover, balance, self.language)
        self.size_note.setText(message)
        style.set_state(self.size_note, "role", "fieldError" if contradiction else "")

    # -- result --------------------------------------------------------------------
    def changes(self) -> IdentityChanges:
        """The fields whose value differs from the partner's (the dialog's values must be complete)."""
        org, values = self.organisation, self._organisation_values()
        changed = {name: value for name, value in values.items()
                   if getattr(org, name) != value and name not in self.hidden}
        contact: dict[str, Any] = {}
        if self.participation is not None:
            contact = {name: getattr(self, name).text().strip() for name in CONTACT_FIELDS
                       if getattr(self.participation, name) != getattr(self, name).text().strip()
                       and name not in self.hidden}
        return IdentityChanges(changed, contact)

    def _organisation_values(self) -> dict[str, Any]:
        headcount, turnover, balance, _ = self._numbers()
        values: dict[str, Any] = {name: getattr(self, name).text().strip() for name in TEXT_FIELDS}
        values.update({name: getattr(self, name).isChecked() for name in FLAGS})
        country = self.country_code() or self.organisation.country
        values.update(kind=OrganisationKind(self.kind.currentData()), country=country,
                      region=organisations.stored_region(self.region_value(), country),
                      headcount=headcount, turnover=turnover, balance_sheet=balance)
        return values

    def _accept(self) -> None:
        if not self.legal_name.text().strip():
            self._show_error("legal_name", self.tr("Give the organisation its legal name."))
            self.legal_name.setFocus()
            return
        if self._numbers()[3] or self.country_code() is None:
            (self.headcount if self._numbers()[3] else self.country).setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, organisation: Organisation, participation: Participation | None = None,
            parent: QWidget | None = None, focus: str | None = None, hidden: Collection[str] = (),
            hidden_note: str = "") -> IdentityChanges | None:
        dialog = cls(organisation, participation, parent, focus, hidden, hidden_note)
        return dialog.changes() if dialog.exec() == QDialog.DialogCode.Accepted else None


def searchable(combo: QComboBox) -> None:  # also the add-partner form's country
    """An editable combo box whose list filters on any part of a name, accents and case ignored by Qt."""
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def chosen(combo: QComboBox) -> str | None:
    """The data of the item the combo's text names exactly (case ignored), or None."""
    text = combo.currentText().strip()
    if not text:
        return None if combo.itemData(0) != "" else ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        index = combo.findData(text.upper())  # a code typed as such: "FR", "FR-IDF"
    return None if index < 0 else str(combo.itemData(index))

