"""What the coordinator changed since the partner's previous package, shown when the partner opens the new one.

The package carries the digest (``exchange.round_changes``); this window
shows it with the Versions window's marks (``version_diff_html``): inserted
words underlined, deleted ones struck through, part by part. Not modal: the
partner can keep it beside the editors while going through the changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.round_changes import RoundChanges
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.version_diff_html import diff_html
from medicen_desktop.gui.window_size import fit_to_screen


class PackageChangesDialog(QDialog):
    """The digest of one opened package, named from the partner's copy ``document``."""

    def __init__(self, changes: RoundChanges, document: ProposalDocument, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageChanges")
        self.setWindowTitle(self.tr("What changed since your last package"))
        counts = changes.diff.counts()
        summary = QLabel(self.tr("Since the package of {date} UTC: {changed} changed, {added} added, "
                                 "{removed} removed.").format(date=f"{changes.since:%Y-%m-%d %H:%M}",
                                                              changed=counts["changed"], added=counts["added"],
                                                              removed=counts["removed"]))
        summary.setWordWrap(True)
        names = Names(document, language)
        self.view = QTextBrowser()
        self.view.setObjectName("packageChangesView")
        self.view.setHtml(diff_html(changes.diff, names, {s.key: names.entity(s.uuid, s.key)
                                                          for s in document.sections}))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 600)
