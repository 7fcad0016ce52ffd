"""The Versions window (Proposal ▸ Versions…): the proposal's versions, what changed, restore a part.

Left, the versions, newest first (taken on demand with "Take a snapshot…",
or by the application before a merge, a switch of call, an import or a new
round). Right, what changed from the selected version to the one chosen
in "with" (the proposal now by default), part by part, word by word
(``version_diff_html``), and "Restore" to bring back one changed part, or
everything, from the selected version.

A restore is one step on the proposal's undo stack (Edit ▸ Undo), written
three-way against what this window showed (``services.versions.restore``
with the session's revision): another writer's change made since is never
reverted; a change to the same part makes it refused, and nothing is written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.errors import Refused
from medicen_desktop.gui.commands import ReplaceDocumentCommand
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.version_diff_html import diff_html, part_label
from medicen_desktop.gui.window_size import fit_to_screen
from medicen_desktop.services import versions
from medicen_desktop.services.versions import Comparison, VersionInfo

ALL = "all"
translate = QCoreApplication.translate


class VersionName:
    """Ask the name of a new version (None: cancelled)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        text, ok = QInputDialog.getText(parent, translate("VersionsDialog", "Take a snapshot"),
                                        translate("VersionsDialog", "Name of this version:"))
        return text.strip() if ok and text.strip() else None


class RestoreCommand(ReplaceDocumentCommand):
    """A restore from a version: undo brings back what it replaced (three-way, like switching calls)."""

    def __init__(self, session: ProposalSession, done: versions.Restored, text: str) -> None:
        super().__init__(session.db, done.before, done.after, text, session.reload, session.refuse_undo)
        self.target = ("proposal", done.proposal_uuid, None)


def kind_label(info: VersionInfo) -> str:
    """Why a version was taken, in the user's words."""
    match info.kind:
        case "manual":
            return info.name
        case "merge":
            return translate("Versions", "Before merging {partner}'s contribution").format(partner=info.name)
        case "retarget":
            return translate("Versions", "Before switching to the call {call}").format(call=info.name)
        case "import":
            return translate("Versions", "Before importing {file}").format(file=info.name)
        case "round":
            return translate("Versions", "Before opening the package of {date}").format(date=info.name)
        case _:
            number, _, part = info.name.partition(":")
            return translate("Versions", "Before restoring {part} from version {number}").format(
                part=part_label(part) if part != ALL else translate("Versions", "everything"), number=number)


class VersionsDialog(QDialog):
    """The versions of the open proposal; ``restored`` parts go through ``session.undo_stack``."""

    def __init__(self, session: ProposalSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions of {acronym}").format(acronym=session.document.proposal.acronym))
        self.session, self.language = session, language
        self.comparison: Comparison | None = None
        self.list = QListWidget()
        self.list.setObjectName("versionList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.snapshot_button = QPushButton(self.tr("&Take a snapshot…"))
        self.with_box = QComboBox()
        self.with_box.setObjectName("compareWith")
        self.view = QTextBrowser()
        self.view.setObjectName("versionDiff")
        self.view.setOpenLinks(False)
        self.part_box = QComboBox()
        self.part_box.setObjectName("restorePart")
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.list.currentRowChanged.connect(lambda _row: self.compare())
        self.with_box.currentIndexChanged.connect(lambda _i: self.compare())
        self.restore_button.clicked.connect(self.restore)
        session.destroyed.connect(self.close)  # the proposal was closed: nothing left to show
        self.reload()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Versions (newest first)"))
        caption.setBuddy(self.list)
        column.addWidget(caption)
        column.addWidget(self.list)
        column.addWidget(self.snapshot_button)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        with_label = QLabel(self.tr("Compare the selected version &with:"))
        with_label.setBuddy(self.with_box)
        row.addWidget(with_label)
        row.addWidget(self.with_box, 1)
        box.addLayout(row)
        box.addWidget(self.view, 1)
        restore_row = QHBoxLayout()
        part_label_widget = QLabel(self.tr("Bring back from the selected version:"))
        part_label_widget.setBuddy(self.part_box)
        restore_row.addWidget(part_label_widget)
        restore_row.addWidget(self.part_box, 1)
        restore_row.addWidget(self.restore_button)
        box.addLayout(restore_row)
        box.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 620)

    # -- reading ---------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """List the versions again (newest first) and select ``select`` (a number) or the newest."""
        rows = versions.list_versions(self.session.db, self.session.proposal_uuid)
        self.list.blockSignals(True)
        self.with_box.blockSignals(True)
        self.list.clear()
        self.with_box.clear()
        self.with_box.addItem(self.tr("the proposal now"), None)
        for info in reversed(rows):
            text = self.tr("v{number} · {when} · {what}").format(
                number=info.number, when=f"{info.created_at:%Y-%m-%d %H:%M}", what=kind_label(info))
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("{what}, by {who}, revision {revision}").format(
                what=kind_label(info), who=info.created_by, revision=info.revision))
            item.setData(Qt.ItemDataRole.UserRole, info.number)
            self.list.addItem(item)
            self.with_box.addItem(text, info.number)
            if info.number == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.with_box.blockSignals(False)
        self.compare()

    def selected(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def compare(self) -> None:
        """Show what changed from the selected version to the chosen one (or now)."""
        number = self.selected()
        self.part_box.clear()
        self.comparison = None
        if number is None:
            empty = self.tr("No versions yet: take a snapshot to keep the proposal as it is now; one is also taken "
                            "before each merge, switch of call and import.")
            self.view.setHtml(f"<p>{html.escape(empty)}</p>")
            self.restore_button.setEnabled(False)
            return
        other = self.with_box.currentData()
        self.session.flush()
        self.comparison = versions.compare(self.session.db, self.session.proposal_uuid, str(number),
                                           None if other is None else str(other))
        names = Names(self.session.document, self.language)
        sections = {s.key: names.entity(s.uuid, s.key) for s in self.session.document.sections}
        self.view.setHtml(diff_html(self.comparison.diff, names, sections))
        for part in self.comparison.diff.parts:
            self.part_box.addItem(part_label(part, sections), part)
        self.part_box.addItem(self.tr("Everything"), ALL)
        # Restoring is from a version into the proposal now: compare with now to see what it would do.
        self.restore_button.setEnabled(other is None)

    # -- writing ---------------------------------------------------------------
    def take_snapshot(self) -> None:
        name = VersionName.ask(self)
        if name is None:
            return
        self.session.flush()
        info = versions.take_snapshot(self.session.db, self.session.proposal_uuid, name, actor="gui")
        self.message.setText(self.tr("Version {number} kept.").format(number=info.number))
        self.reload(select=info.number)

    def restore(self) -> None:
        number, part = self.selected(), self.part_box.currentData()
        if number is None or part is None or self.comparison is None:
            return
        self.session.flush()
        shown = self.comparison.revision  # what this window showed: a change made since is not reverted
        try:
            done = versions.restore(self.session.db, self.session.proposal_uuid, str(number),
                                    None if part == ALL else part, actor="gui", base_revision=shown)
        except Refused as exc:
            self.message.setText(self.tr("Not restored: {reason}").format(reason=str(exc)))
            return
        what = self.part_box.currentText()
        self.session.reload()
        self.session.undo_stack.push(RestoreCommand(
            self.session, done, self.tr("Restore {part} from version {number}").format(part=what, number=number)))
        self.message.setText(self.tr("{part} restored from version {number} (Edit ▸ Undo takes it back; the "
                                     "proposal as it was is kept as version {saved}).").format(
            part=what, number=number, saved=done.saved.number))
        self.reload(select=number)
