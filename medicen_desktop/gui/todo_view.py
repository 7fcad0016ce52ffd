"""The "to do" view: per partner, the parts it owns, which are late, which wait for review; statuses set here.

A tree: one branch per partner (its parts, late ones flagged, those in
review flagged, open comment threads counted), then the parts nobody owns.
Below, the selected part's status, owner, person and due date, which the
coordinator changes with Apply (``services.parts.set_part``, the CLI's
``status --set``); in a partner copy only the status of the partner's own
parts, in review or back to draft. Non-modal: the proposal stays editable
beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.gui.date_field import DateField
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.field_messages import FieldError, ReadOnlyNote
from medicen_desktop.gui.part_marks import COMMENTS, LATE, REVIEW, PartMarks
from medicen_desktop.gui.wp_names import wp_title
from medicen_desktop.services import parts
from medicen_desktop.services.lookup import get_document
from medicen_desktop.services.parts import PartInfo
from medicen_desktop.store.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole
LATE_COLOUR = "#c62828"


class TodoDialog(QDialog):
    """Emits ``changed`` after a part's status, owner or due date was changed."""

    changed = Signal()

    def __init__(self, db: Database, proposal_uuid: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db, self.proposal_uuid = db, proposal_uuid
        self.today = today
        self.setWindowTitle(self.tr("To do: who does what, by when"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.summary = named(QLabel(wordWrap=True), "todoSummary")
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Part"), self.tr("Status"), self.tr("Person"), self.tr("Due"),
                                   self.tr("Comments")])
        self.tree.setAccessibleName(self.tr("Parts by partner"))
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.status = QComboBox()
        for value, text in (("draft", self.tr("Draft")), ("in-review", self.tr("In review")),
                            ("approved", self.tr("Approved")), ("frozen", self.tr("Frozen"))):
            self.status.addItem(text, value)
        self.owner = QComboBox()
        self.person = QLineEdit()
        self.due = DateField()  # the locale's date (dd/mm/yyyy in French), typed or picked; empty for none
        self.due.setObjectName("todoDue")
        for text, field in ((self.tr("&Status:"), self.status), (self.tr("&Owner:"), self.owner),
                            (self.tr("&Person:"), self.person), (self.tr("&Due date:"), self.due)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.note = ReadOnlyNote()
        layout.addWidget(self.note)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.due.refused.connect(self.error.show_message)
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()

    @classmethod
    def show_for(cls, parent: QWidget, db: Database, proposal_uuid: str) -> TodoDialog:
        """Open the view beside the window (non-modal) and return it."""
        dialog = cls(db, proposal_uuid, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reload(self, keep: str | None = None) -> None:
        from medicen_desktop.services.packages import partner_copy

        document = get_document(self.db, self.proposal_uuid)
        infos = parts.list_parts(self.db, self.proposal_uuid, today=self.today)
        marks = PartMarks().load(self.db, self.proposal_uuid)
        self.partner_copy = partner_copy(self.db, self.proposal_uuid) is not None
        with QSignalBlocker(self.owner):
            self.owner.clear()
            self.owner.addItem(self.tr("(the default: assignee, leader or the budget's partner)"), "")
            names = {o.uuid: o.short_name or o.legal_name for o in document.organisations}
            for participation in document.participations:
                self.owner.addItem(names.get(participation.organisation_uuid, "?"), participation.uuid)
        self.tree.clear()
        groups: dict[str, list[PartInfo]] = {}
        for info in infos:
            groups.setdefault(info.owner, []).append(info)
        red = QBrush(QColor(LATE_COLOUR))
        for owner in sorted(groups, key=lambda name: (name == "", name.casefold())):
            members = groups[owner]
            late = sum(p.late for p in members)
            review = sum(p.waiting_review for p in members)
            title = owner or self.tr("Nobody")
            counts = self.tr("{n} part(s), {late} late, {review} waiting for review").format(
                n=len(members), late=late, review=review)
            top = QTreeWidgetItem([f"{title} — {counts}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for info in members:
                flags = (f" {LATE}" if info.late else "") + (f" {REVIEW}" if info.waiting_review else "")
                threads = marks.open_threads.get(info.ref.stored, 0)
                item = QTreeWidgetItem([f"{self._title(document, info)}{flags}", self.status.itemText(
                    self.status.findData(info.status.value)), info.person, _short_date(info.due),
                    f"{COMMENTS}{threads}" if threads else ""])
                item.setData(0, KEY_ROLE, info.key)
                item.setToolTip(0, info.key)
                if info.late:
                    for column in range(5):
                        item.setForeground(column, red)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only once in the tree
            top.setExpanded(True)
        total_late = sum(p.late for p in infos)
        total_review = sum(p.waiting_review for p in infos)
        self.summary.setText(self.tr("{late} late part(s), {review} waiting for review, {open} open comment "
                                     "thread(s).").format(late=total_late, review=total_review,
                                                          open=sum(marks.open_threads.values())))
        self.infos = {info.key: info for info in infos}
        self._select(keep)
        self.note.show_message(self.tr("Partner copy: you can mark your own parts in review (or back to draft); "
                                       "your contribution tells the coordinator. Owners, due dates and approval "
                                       "are the coordinator's.") if self.partner_copy else "")
        self._show_selected()

    def follow(self) -> None:
        """The marks changed (here, in the window, or by another writer): read again, keeping the selection."""
        self.reload(keep=self.selected_key())

    @staticmethod
    def _title(document: ProposalDocument, info: PartInfo) -> str:
        """A section by its title in the call's template (UI language), a WP and a budget by their labels."""
        if info.ref.kind == "section":
            from medicen_desktop.gui import i18n, rules_bridge

            proposal = document.proposal
            spec = rules_bridge.section_spec(rules_bridge.template_for(proposal.template_key,
                                                                       proposal.template_edition), info.ref.target)
            if spec is not None:
                return rules_bridge.text(spec, "title", i18n.current())
        if info.ref.kind == "budget":
            return QCoreApplication.translate("TodoDialog", "Budget {partner}").format(partner=info.label)
        wp = next((w for w in document.work_packages if w.uuid == info.ref.target), None) \
            if info.ref.kind == "wp" else None
        return info.label if wp is None else wp_title(wp.number, wp.title)

    def _select(self, key: str | None) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for child in range(top.childCount() if top is not None else 0):
                item = top.child(child) if top is not None else None
                if item is not None and (key is None or item.data(0, KEY_ROLE) == key):
                    self.tree.setCurrentItem(item)
                    return

    def selected_key(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, KEY_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _show_selected(self) -> None:
        info = self.infos.get(self.selected_key() or "")
        editable = info is not None and not self.partner_copy
        for field in (self.owner, self.person, self.due):
            field.setEnabled(editable)
        for widget in (self.status, self.apply_button):  # a partner marks its own parts in review
            widget.setEnabled(info is not None)
        if info is None:
            return
        self.status.setCurrentIndex(max(self.status.findData(info.status.value), 0))
        self.owner.setCurrentIndex(max(self.owner.findData(info.owner_uuid or ""), 0))
        self.person.setText(info.person)
        self.error.show_message("")
        self.due.set_date(info.due)

    def apply(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        if not self.partner_copy and not self.due.commit():  # says what is wrong under the form
            return
        due = self.due.date()
        try:
            if self.partner_copy:
                parts.set_part(self.db, self.proposal_uuid, key, status=self.status.currentData(), actor="gui")
            else:
                parts.set_part(self.db, self.proposal_uuid, key, status=self.status.currentData(),
                               owner=self.owner.currentData() or "", person=self.person.text(),
                               due=due, clear_due=due is None, actor="gui")
        except Refused as exc:
            self.error.show_message(str(exc))
            return
        self.reload(keep=key)
        self.changed.emit()


def _short_date(date: dt.date | None) -> str:
    """A due date as the user's locale writes it short (15/02/2027 in French and British English)."""
    return "" if date is None else QLocale().toString(QDate(date.year, date.month, date.day),
                                                       QLocale.FormatType.ShortFormat)


def show_todo(parent: QWidget, db: Database | None, workspace: Any) -> TodoDialog | None:
    """The to-do view of the workspace's proposal beside ``parent``; the workspace's marks follow its changes."""
    if workspace is None or db is None:
        return None
    dialog = TodoDialog.show_for(parent, db, workspace.session.proposal_uuid)
    dialog.changed.connect(workspace.refresh_marks)
    workspace.marksChanged.connect(dialog.follow)  # another writer's status or comment shows here too
    return dialog
