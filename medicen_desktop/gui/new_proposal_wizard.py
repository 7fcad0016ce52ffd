"""The new-proposal wizard: call, acronym and title, coordinator (a known profile or a new one), language.

``NewProposalWizard.ask(calls, profiles)`` returns a ``NewProposal`` or None;
the library hands it to ``services.proposals.create``. Each page checks its
own fields and says what is missing under them, never in a message box.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from medicen_desktop.document.schema import Organisation, OrganisationKind
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.partner_dialog import (
    ExistingPartner,
    NewPartner,
    PartnerChooser,
)
from medicen_desktop.services.organisations import OrganisationProfile


@dataclass(frozen=True)
class NewProposal:
    template_key: str
    acronym: str
    title: str
    coordinator: ExistingPartner | NewPartner
    language: str

    def coordinator_for_service(self) -> str | Organisation:
        """What ``services.proposals.create`` takes: a profile's UUID or a new Organisation."""
        if isinstance(self.coordinator, ExistingPartner):
            return self.coordinator.organisation_uuid
        return Organisation(uuid=str(uuidlib.uuid4()), legal_name=self.coordinator.legal_name,
                            short_name=self.coordinator.short_name, kind=OrganisationKind(self.coordinator.kind),
                            country=self.coordinator.country)


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.error = named(QLabel(wordWrap=True), "fieldError")


class CallPage(_Page):
    def __init__(self, calls: list[tuple[str, str]]) -> None:
        super().__init__(self.tr("Which call?"), self.tr("The call decides the sections, the limits, the budget rules "
                                                          "and the checks. You can change it later."))
        layout = QVBoxLayout(self)
        self.calls = QListWidget()
        for key, name in calls:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.calls.addItem(item)
        if not calls:
            self.error.setText(self.tr("No call template is available: the application's templates failed to load."))
        layout.addWidget(self.calls)
        layout.addWidget(self.error)
        self.calls.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.calls.itemActivated.connect(lambda _item: self.wizard().next())

    def key(self) -> str:
        item = self.calls.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def isComplete(self) -> bool:
        return bool(self.key())


class ProjectPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("The project"), self.tr("A short acronym and the full title, as they will appear on "
                                                          "the cover page."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.acronym = QLineEdit(maxLength=40, placeholderText=self.tr("e.g. ÉPI-DIAG"))
        self.title_edit = QLineEdit(placeholderText=self.tr("Full title of the project"))
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Title:"), self.title_edit)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        if not self.acronym.text().strip():
            self.error.setText(self.tr("Give the project an acronym."))
            self.acronym.setFocus()
            return False
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Give the project its full title."))
            self.title_edit.setFocus()
            return False
        self.error.setText("")
        return True


class CoordinatorPage(_Page):
    def __init__(self, profiles: list[OrganisationProfile]) -> None:
        super().__init__(self.tr("The coordinator"), self.tr("The organisation that leads the project and submits "
                                                             "the dossier. Pick one you already know, or create it."))
        layout = QVBoxLayout(self)
        self.chooser = PartnerChooser(profiles, set())
        layout.addWidget(self.chooser)

    def validatePage(self) -> bool:
        return self.chooser.check()


class LanguagePage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("The dossier's language"), self.tr("The language the dossier is written and "
                                                                    "exported in; the section titles follow it."))
        layout = QVBoxLayout(self)
        self.french = QRadioButton("&Français")
        self.english = QRadioButton("&English")
        self.group = QButtonGroup(self)
        for button in (self.french, self.english):
            self.group.addButton(button)
            layout.addWidget(button)
        self.french.setChecked(True)
        layout.addStretch(1)

    def language(self) -> str:
        return "en" if self.english.isChecked() else "fr"


class NewProposalWizard(QWizard):
    def __init__(self, calls: list[tuple[str, str]], profiles: list[OrganisationProfile],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New proposal"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.call_page = CallPage(calls)
        self.project_page = ProjectPage()
        self.coordinator_page = CoordinatorPage(profiles)
        self.language_page = LanguagePage()
        for page in (self.call_page, self.project_page, self.coordinator_page, self.language_page):
            self.addPage(page)
        self.resize(600, 520)

    def value(self) -> NewProposal | None:
        coordinator = self.coordinator_page.chooser.value()
        if coordinator is None or not self.call_page.key():
            return None
        return NewProposal(self.call_page.key(), self.project_page.acronym.text().strip(),
                           self.project_page.title_edit.text().strip(), coordinator, self.language_page.language())

    @classmethod
    def ask(cls, calls: list[tuple[str, str]], profiles: list[OrganisationProfile],
            parent: QWidget | None = None) -> NewProposal | None:
        wizard = cls(calls, profiles, parent)
        return wizard.value() if wizard.exec() == QWizard.DialogCode.Accepted else None
