"""What a returned Word package said besides its parts' text, and the text found outside the parts.

``WordNotesPane`` lists the tracked changes applied, the comments, the
formatting reduced to text and, for each piece of text found outside the
parts (``Orphan``), the text itself with *Copy* and *Add to section*: the
partner's words are never lost, the coordinator places them. ``OrphanDialog``
shows the same pane when the file was refused because a part's content
control was removed. Adding to a section is an ordinary, undoable edit
(``apply(section_key, markdown)``, given by the caller).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui.exchange_widgets import label, named
from medicen_desktop.services.word_packages import Orphan, WordNote, WordReport

Apply = Callable[[str, str], None]
"""Adds Markdown to the section with this key (an undoable edit)."""


class OrphanBox(QWidget):
    """One piece of text found outside the parts: where it was, the text, Copy and Add to section."""

    def __init__(self, orphan: Orphan, sections: Sequence[tuple[str, str]], apply: Apply | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orphan = orphan
        self.apply = apply
        layout = QVBoxLayout(self)
        titles = dict(sections)
        where = self.tr("Found between {after} and {before}").format(
            after=titles.get(orphan.after, self.tr("the start")), before=titles.get(orphan.before, self.tr("the end")))
        layout.addWidget(label(where))
        self.text = named(QPlainTextEdit(orphan.markdown), "orphanText")
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(140)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.section = QComboBox()
        for key, title in sections:
            self.section.addItem(title, key)
        default = orphan.before or orphan.after
        self.section.setCurrentIndex(max(self.section.findData(default), 0))
        self.add_button = QPushButton(self.tr("&Add to the end of this section"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setEnabled(apply is not None and bool(sections))
        row.addWidget(self.section)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.orphan.markdown)

    def add(self) -> None:
        if self.apply is not None:
            self.apply(str(self.section.currentData()), self.orphan.markdown)
            self.add_button.setEnabled(False)
            self.add_button.setText(self.tr("Added"))


class WordNotesPane(QWidget):
    """The Word file's notes and its text outside the parts."""

    def __init__(self, report: WordReport | None, sections: Sequence[tuple[str, str]], apply: Apply | None,
                 parent: QWidget | None = None, orphans: Sequence[Orphan] = ()) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        lines: list[str] = []
        titles = dict(sections)
        if report is not None:
            for key, (inserted, deleted) in report.tracked.items():
                lines.append(self.tr("{section}: tracked changes applied ({ins} insertions, {dels} deletions)").format(
                    section=titles.get(key, key), ins=inserted, dels=deleted))
            for comment in report.comments:
                lines.append(self.tr("Comment by {author} on {section}: {text}").format(
                    author=comment.author or "?", section=titles.get(comment.section, self.tr("the document")),
                    text=comment.text))
            lines.extend(self._note(note, titles) for note in report.notes)
            orphans = [*orphans, *report.orphans]
        self.notes = named(label("\n".join(f"• {line}" for line in lines) if lines else
                                 self.tr("Nothing besides the text: no tracked changes, comments or formatting lost.")),
                           "wordNotes")
        layout.addWidget(self.notes)
        self.boxes: list[OrphanBox] = []
        if orphans:
            layout.addWidget(label(self.tr("Text found outside the parts, not merged: copy it, or add it to a "
                                           "section (Edit ▸ Undo takes it back).")))
            for orphan in orphans:
                box = OrphanBox(orphan, sections, apply)
                self.boxes.append(box)
                layout.addWidget(box)
        layout.addStretch(1)


    def _note(self, note: WordNote, titles: dict[str, str]) -> str:
        """A note in the window's language, sections by their titles."""
        section = titles.get(note.section, note.section)
        kinds = {
            "underline": self.tr("underline"), "strike": self.tr("strike-through"), "colour": self.tr("text colour"),
            "highlight": self.tr("highlight"), "caps": self.tr("capitals or small capitals"),
            "hyperlink": self.tr("hyperlink (its text is kept, not its address)"),
            "equation": self.tr("equation"), "symbol": self.tr("symbol font character"),
            "picture": self.tr("picture or text box (not kept)"), "merged cells": self.tr("merged table cells"),
            "nested table": self.tr("table inside a table"), "page break": self.tr("page break (a line break instead)"),
        }
        if note.kind == "footnote":
            return self.tr("{section}: footnote not kept, its text: {text}").format(section=section, text=note.text)
        if note.kind == "bookmark":
            return self.tr("{section}: its content control was removed; its text was found by its bookmark").format(
                section=section)
        if note.kind == "no section":
            return self.tr("{section}: assigned, but the proposal has no such section any more; not merged").format(
                section=section)
        if note.kind == "outside changes":
            return self.tr("Tracked changes outside the parts were ignored (that text is read-only).")
        return self.tr("{section}: {what} ×{n}, reduced to text").format(
            section=section, what=kinds.get(note.kind, note.kind), n=note.count)


class OrphanDialog(QDialog):
    """A refused Word file's text found outside the parts, to place by hand (the rest was not merged)."""

    def __init__(self, message: str, orphans: Sequence[Orphan], sections: Sequence[tuple[str, str]],
                 apply: Apply | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphanDialog")
        self.setWindowTitle(self.tr("Text to place by hand"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(message))
        if not orphans:
            layout.addWidget(label(self.tr("No text was found in its place.")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.pane = WordNotesPane(None, sections, apply, orphans=orphans)
        self.pane.notes.hide()
        scroll.setWidget(self.pane)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 520)
