"""The new-proposal wizard: call, acronym and title, coordinator (a known profile or a new one), language.

``NewProposalWizard.ask(calls, profiles)`` returns a ``NewProposal`` or None;
the library hands it to ``services.proposals.create``. Each page checks its
own fields and says what is missing under them, never in a message box. Layouts:
``ui/new_proposal_wizard.ui`` and ``ui/new_proposal_*_page.ui``.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget, QWizard, QWizardPage

from medicen_desktop.document.schema import Organisation, OrganisationKind
from medicen_desktop.gui import style
from medicen_desktop.gui.forms.ui_new_proposal_call_page import Ui_NewProposalCallPage
from medicen_desktop.gui.forms.ui_new_proposal_coordinator_page import Ui_NewProposalCoordinatorPage
from medicen_desktop.gui.forms.ui_new_proposal_language_page import Ui_NewProposalLanguagePage
from medicen_desktop.gui.forms.ui_new_proposal_project_page import Ui_NewProposalProjectPage
from medicen_desktop.gui.forms.ui_new_proposal_wizard import Ui_NewProposalWizard
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


class NewProposalCallPage(QWizardPage, Ui_NewProposalCallPage):
    def __init__(self, calls: list[tuple[str, str]]) -> None:
        super().__init__()
        self.setupUi(self)
        style.style_tree(self)  # the form's error is picked by its role
        for key, name in calls:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.calls.addItem(item)
        if not calls:
            self.error.setText(self.tr("No call template is available: the application's templates failed to load."))
        self.calls.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.calls.itemActivated.connect(lambda _item: self.wizard().next())

    def key(self) -> str:
        item = self.calls.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def isComplete(self) -> bool:
        return bool(self.key())


class NewProposalProjectPage(QWizardPage, Ui_NewProposalProjectPage):
    def __init__(self) -> None:
        super().__init__()
        self.setupUi(self)
        style.style_tree(self)  # the form's error is picked by its role

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


class NewProposalCoordinatorPage(QWizardPage, Ui_NewProposalCoordinatorPage):
    def __init__(self, profiles: list[OrganisationProfile]) -> None:
        super().__init__()
        self.setupUi(self)
        self.chooser = PartnerChooser(profiles, set())
        self.page_layout.addWidget(self.chooser)

    def validatePage(self) -> bool:
        return self.chooser.check()


class NewProposalLanguagePage(QWizardPage, Ui_NewProposalLanguagePage):
    def __init__(self) -> None:
        super().__init__()
        self.setupUi(self)

    def language(self) -> str:
        return "en" if self.english.isChecked() else "fr"


class NewProposalWizard(QWizard, Ui_NewProposalWizard):
    def __init__(self, calls: list[tuple[str, str]], profiles: list[OrganisationProfile],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.call_page = NewProposalCallPage(calls)
        self.project_page = NewProposalProjectPage()
        self.coordinator_page = NewProposalCoordinatorPage(profiles)
        self.language_page = NewProposalLanguagePage()
        for page in (self.call_page, self.project_page, self.coordinator_page, self.language_page):
            self.addPage(page)

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
