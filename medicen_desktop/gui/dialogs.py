"""Small dialogs, each behind a ``classmethod ask(...)`` returning plain values.

Tests patch ``ask`` instead of fighting a modal event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.exchange.schema import OrganisationKind


@dataclass(frozen=True)
class NewProposal:
    template_key: str
    acronym: str
    title: str
    coordinator_name: str
    coordinator_kind: str
    language: str


class NewProposalDialog(QDialog):
    """Call, acronym and title, coordinator organisation, language."""

    def __init__(self, templates: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New proposal"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the call, name the project and its coordinator. You can change all of it later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.call = QComboBox()
        for key, name in templates:
            self.call.addItem(name, key)
        if not templates:
            self.call.addItem(self.tr("(no call template available)"), "")
        self.acronym = QLineEdit(maxLength=40, placeholderText=self.tr("e.g. ÉPI-DIAG"))
        self.title_edit = QLineEdit(placeholderText=self.tr("Full title of the project"))
        self.coordinator = QLineEdit(placeholderText=self.tr("Legal name of the coordinating organisation"))
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(OrganisationKind.SME.value))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Call:"), self.call)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("C&oordinator:"), self.coordinator)
        form.addRow(self.tr("Coordinator &kind:"), self.kind)
        form.addRow(self.tr("&Language of the dossier:"), self.language)
        layout.addLayout(form)
        self.error = QLabel(objectName="fieldError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def value(self) -> NewProposal:
        return NewProposal(
            template_key=str(self.call.currentData() or ""),
            acronym=self.acronym.text().strip(),
            title=self.title_edit.text().strip(),
            coordinator_name=self.coordinator.text().strip(),
            coordinator_kind=str(self.kind.currentData()),
            language=str(self.language.currentData()),
        )

    def _accept(self) -> None:
        value = self.value()
        if not value.template_key:
            self.error.setText(self.tr("Choose a call."))
        elif not value.acronym:
            self.error.setText(self.tr("Give the project an acronym."))
            self.acronym.setFocus()
        elif not value.coordinator_name:
            self.error.setText(self.tr("Name the coordinating organisation."))
            self.coordinator.setFocus()
        else:
            self.accept()

    @classmethod
    def ask(cls, templates: list[tuple[str, str]], parent: QWidget | None = None) -> NewProposal | None:
        dialog = cls(templates, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TextPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept


class Notify:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def kind_label(kind: str) -> str:
    """The organisation kind in the user's language."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "academic": QCoreApplication.translate("Kinds", "Academic lab"),
        "clinical": QCoreApplication.translate("Kinds", "Hospital / clinical"),
        "sme": QCoreApplication.translate("Kinds", "SME"),
        "young-innovative": QCoreApplication.translate("Kinds", "Young innovative company"),
        "midcap": QCoreApplication.translate("Kinds", "Mid-cap"),
        "large": QCoreApplication.translate("Kinds", "Large company"),
        "other": QCoreApplication.translate("Kinds", "Other"),
    }
    return labels.get(kind, kind)
