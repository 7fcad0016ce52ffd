"""Packages and merges: per partner, each package sent (round, date, scope) and each contribution merged.

A read-only tree over ``services.exchange_log`` (partner → its packages and
its merges, oldest first). Selecting a merge offers "Undo this merge",
disabled, with the reason shown under the tree, while a later merge
depends on it (services.merge_dependency). The dialog only emits
``undoRequested(MergeRecord)``; the exchange actions undo and call
``set_log`` with the log read again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.exchange_widgets import label, named
from medicen_desktop.gui.window_size import fit_to_screen
from medicen_desktop.gui.wp_names import wp_label
from medicen_desktop.services.exchange_log import MergedContribution, PartnerExchange, SentPackage
from medicen_desktop.services.merging import MergeRecord

MERGE_ROLE = Qt.ItemDataRole.UserRole + 1


class PackagesDialog(QDialog):
    undoRequested = Signal(object)

    def __init__(self, log: list[PartnerExchange], names: Names | None = None,
                 sections: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagesDialog")
        self.names = names or Names()
        self.sections = sections or {}
        self.setWindowTitle(self.tr("Packages and merges"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Per partner: each package sent (round, date, what it assigns) and each "
                                       "contribution merged. A merge can be undone unless a later merge changed "
                                       "what it wrote."), "hint"))
        self.tree = named(QTreeWidget(), "packagesTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Partner / event"), self.tr("Date (UTC)"), self.tr("Scope or changes"),
                                   self.tr("Undo")])
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 130, 360)):
            self.tree.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.empty = label(self.tr("No package sent yet: assign parts to partners, then export a package for each "
                                   "(Proposal menu)."), "emptyState", align=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.why = label("", "hint")
        layout.addWidget(self.why)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.undo_button = QPushButton(self.tr("&Undo this merge…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.undo_button.setEnabled(False)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self._undo)
        self.close_button.clicked.connect(self.close)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        fit_to_screen(self, 1000, 520)
        self.set_log(log)

    # -- contents ------------------------------------------------------------------
    def set_log(self, log: list[PartnerExchange]) -> None:
        self.tree.clear()
        self.merge_items: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for partner in log:
            top = QTreeWidgetItem([partner.partner, "", self.tr("{packages} package(s) sent, {merges} contribution(s) "
                                                               "merged").format(packages=len(partner.packages),
                                                                                merges=len(partner.merges)), ""])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            rows = [(p.created_at, self._package_item(p)) for p in partner.packages]
            rows += [(m.merge.applied_at, self._merge_item(m)) for m in partner.merges]
            for _when, item in sorted(rows, key=lambda r: r[0]):
                top.addChild(item)
            top.setExpanded(True)
        self.tree.setVisible(bool(log))
        self.empty.setVisible(not log)
        self._selected()

    def _package_item(self, sent: SentPackage) -> QTreeWidgetItem:
        sections = ", ".join(self.sections.get(key, key) for key in sent.section_keys) or self.tr("no section")
        wps = ", ".join(wp_label(n) for n in sent.wp_numbers) or self.tr("no work package")
        return QTreeWidgetItem([self.tr("Package, round {round}").format(round=sent.round),
                                f"{sent.created_at:%Y-%m-%d %H:%M}", f"{sections} · {wps}", ""])

    def _merge_item(self, merged: MergedContribution) -> QTreeWidgetItem:
        state = self.tr("can be undone") if merged.can_undo else self.tr("blocked by a later merge")
        item = QTreeWidgetItem([self.tr("Contribution merged (round {round})").format(round=merged.round),
                                f"{merged.merge.applied_at:%Y-%m-%d %H:%M}",
                                self.tr("{n} change(s) written").format(n=merged.fields), state])
        item.setData(0, MERGE_ROLE, merged)
        self.merge_items[merged.merge.merge_uuid] = item
        if not merged.can_undo:
            item.setToolTip(3, self.reason(merged))
        return item

    def reason(self, merged: MergedContribution) -> str:
        """Why the merge cannot be undone, in the user's language."""
        dependency, later = merged.merge.blocked_by, merged.blocked_by
        if dependency is None or later is None:
            return ""
        when = self.tr("{partner}'s contribution merged on {date}").format(
            partner=later.partner, date=f"{later.applied_at:%Y-%m-%d %H:%M}")
        if dependency.same_package:
            return self.tr("{later} is a later contribution from the same package: undo it first.").format(later=when)
        what = self.names.entity(dependency.uuid, dependency.what) + (
            f" · {self.names.field(dependency.field)}" if dependency.field else "")
        return self.tr("{later} changed {what} after this merge: undo it first.").format(later=when, what=what)

    # -- selection -----------------------------------------------------------------
    def selected(self) -> MergedContribution | None:
        item = self.tree.currentItem()
        value = item.data(0, MERGE_ROLE) if item is not None else None
        return value if isinstance(value, MergedContribution) else None

    def select_merge(self, merge_uuid: str) -> None:
        self.tree.setCurrentItem(self.merge_items[merge_uuid])

    def _selected(self) -> None:
        merged = self.selected()
        self.undo_button.setEnabled(merged is not None and merged.can_undo)
        if merged is None:
            self.why.setText(self.tr("Select a merged contribution to undo it."))
        elif merged.can_undo:
            self.why.setText(self.tr("Undoing takes back what this merge wrote; what was changed since stays."))
        else:
            self.why.setText(self.tr("Cannot be undone now: {reason}").format(reason=self.reason(merged)))
        self.undo_button.setToolTip("" if merged is None or merged.can_undo else self.why.text())

    def _undo(self) -> None:
        merged = self.selected()
        if merged is not None and merged.can_undo:
            record: MergeRecord = merged.merge
            self.undoRequested.emit(record)
