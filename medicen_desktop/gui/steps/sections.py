"""Sections step: the dossier's texts, WYSIWYG (stored as Markdown), with limits, status and author.

A section has one status, its part status (``document.parts``: draft, in
review, approved, frozen), set here with the combo beside the text (the
CLI's ``status`` and the to-do view set the same one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QShowEvent,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document.parts import PartRef, PartStatus
from medicen_desktop.document.schema import ProposalDocument, Section
from medicen_desktop.errors import Refused
from medicen_desktop.gui import rules_bridge, style
from medicen_desktop.gui.comment_panel import CommentPanel
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.markdown_cache import MarkdownMirror, before_white_space
from medicen_desktop.gui.markdown_io import load_markdown
from medicen_desktop.gui.page_meter import PageMeterLabel
from medicen_desktop.gui.part_marks import PartMarks, cursor_paragraph
from medicen_desktop.gui.presence_banner import PresenceBanner
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.steps import section_format
from medicen_desktop.gui.steps.base import (
    FieldError,
    ReadOnlyNote,
    StepContext,
    StepPage,
    show_read_only,
)
from medicen_desktop.gui.steps.section_format import TitleList
from medicen_desktop.gui.tab_keys import tab_moves_focus
from medicen_desktop.gui.undo_keys import WordEnds, route_undo_keys
from medicen_desktop.gui.worker import Job
from medicen_desktop.services.edit_errors import EditError

COUNT_DELAY_MS = 250
"""The word and character counts follow the typing once it pauses this long (counted on the worker)."""


class SectionsPage(StepPage):
    step = "sections"
    guidanceChanged = Signal(str)

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Sections"))
        self.current: str | None = None
        self.marks = PartMarks()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = TitleList()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda item, _old: self.show_section(
            item.data(Qt.ItemDataRole.UserRole) if item else None))
        splitter.addWidget(self.list)
        editor_box = QWidget()
        box = QVBoxLayout(editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        meta = QHBoxLayout()
        self.status = QComboBox()  # the part status: the one status of a section
        for value, label in ((PartStatus.DRAFT, self.tr("Draft")), (PartStatus.IN_REVIEW, self.tr("In review")),
                             (PartStatus.APPROVED, self.tr("Approved")), (PartStatus.FROZEN, self.tr("Frozen"))):
            self.status.addItem(label, value.value)
        self.status.activated.connect(lambda: self._set_status(self.status.currentData()))
        self.assigned = QComboBox()
        self.assigned.activated.connect(lambda: self._set("assigned_participation_uuid", self.assigned.currentData()))
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        assigned_label = QLabel(self.tr("Wr&itten by:"))
        assigned_label.setBuddy(self.assigned)
        meta.addWidget(status_label)
        meta.addWidget(self.status)
        meta.addSpacing(12)
        meta.addWidget(assigned_label)
        meta.addWidget(self.assigned, 1)
        box.addLayout(meta)
        tools = QHBoxLayout()
        self.tools: list[QToolButton] = []
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(True)
        route_undo_keys(self.editor)  # the proposal's undo stack owns undo, Ctrl+Z included
        self._word_ends = WordEnds(self.editor.document())
        tab_moves_focus(self.editor)
        self.markdown = MarkdownMirror(self.editor.document())
        """The editor's Markdown, converted block by block as it changes (a keystroke converts one block)."""
        # An undo step ends before the space typed after a word: the text as it was then is read just before.
        before_white_space(self.editor, self.session.settle)
        self.editor.textChanged.connect(self._typed)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_in_background)
        self._counted = 0  # bumped by each count shown: a background count of older text is dropped
        self._counting: Job | None = None
        self._counting_ticket = 0
        for name, tip, slot, key in (
            ("bold", self.tr("Bold (Ctrl+B)"), lambda: section_format.toggle_bold(self.editor), QKeySequence.StandardKey.Bold),
            ("italic", self.tr("Italic (Ctrl+I)"), lambda: section_format.toggle_italic(self.editor), QKeySequence.StandardKey.Italic),
            ("bullets", self.tr("Bulleted list"), lambda: section_format.make_list(self.editor, QTextListFormat.Style.ListDisc), None),
            ("numbers", self.tr("Numbered list"), lambda: section_format.make_list(self.editor, QTextListFormat.Style.ListDecimal), None),
            ("table", self.tr("Insert a table"), lambda: section_format.insert_table(self.editor, self), None),
            ("subscript", self.tr("Subscript (Ctrl+=)"), lambda: section_format.toggle_script(self.editor, section_format.SUB), "Ctrl+="),
            ("superscript", self.tr("Superscript (Ctrl++)"), lambda: section_format.toggle_script(self.editor, section_format.SUP), "Ctrl++"),
            ("heading", self.tr("Heading inside the section (Ctrl+Shift+H)"),
             lambda: section_format.toggle_heading(self.editor), "Ctrl+Shift+H"),
        ):
            button = QToolButton(autoRaise=True)
            button.setIcon(icon(name))
            button.setToolTip(tip)
            if key is not None:
                button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            tools.addWidget(button)
            self.tools.append(button)
        tools.addStretch(1)
        self.find_edit = QLineEdit(placeholderText=self.tr("Find in sections (Enter)"), clearButtonEnabled=True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.setMaximumWidth(260)
        tools.addWidget(self.find_edit)
        box.addLayout(tools)
        self.read_only = ReadOnlyNote()
        box.addWidget(self.read_only)
        self.presence = PresenceBanner(self.session)  # "Claire is editing … since 14:02", the soft lock
        self.presence.lockChanged.connect(self._presence_lock)
        self.presence.othersChanged.connect(self._presence_marks)
        self.beside_title(self.presence)  # beside the title: the editor never moves when it shows
        box.addWidget(self.editor, 1)
        self.counter = named(QLabel(), "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.counter)
        self.pages = PageMeterLabel(context.worker, self._meter_snapshot)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.pages)
        self.error = FieldError()
        box.addWidget(self.error)
        self.empty = named(QLabel(self.tr("This call has no sections to write, or none are created yet."),
                                  wordWrap=True), "emptyState")
        box.addWidget(self.empty)
        splitter.addWidget(editor_box)
        # Shown from the quick snapshot (database_open.py): the threads and marks follow the database.
        self.comment_panel = CommentPanel(self.session.db if self.session.attached else None, self.session.proposal_uuid)
        if not self.session.attached:
            self.session.databaseAttached.connect(self._database_attached)
        self.comment_panel.changed.connect(self.context.request_marks)
        splitter.addWidget(self.comment_panel)
        splitter.setSizes([220, 560, 260])
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(splitter)
        self.session.editRefused.connect(self._refused)
        self._fill_list()

    # -- list ------------------------------------------------------------------
    def _sections(self) -> list[Section]:
        template = self.context.template
        if template is None:
            return sorted(self.session.document.sections, key=lambda s: s.key)
        ordered: list[Section] = template.in_section_order(self.session.document.sections)
        return ordered

    def _title(self, section: Section) -> str:
        spec = rules_bridge.section_spec(self.context.template, section.key)
        if spec is not None:
            return rules_bridge.text(spec, "title", self.context.language)
        from medicen_desktop.rules.messages import (
            key_label,  # the words the findings use too
        )

        return section.title or key_label(section.key)

    def _line(self, section: Section) -> str:
        """"⚑  Title  ⚠ ✉2": the part status, the title, then the part's other marks (part_marks) and who is in it."""
        ref = PartRef("section", section.key)
        return (f"{self.marks.status_glyph(ref)}  {self._title(section)}{self.marks.glyphs(ref, with_status=False)}"
                f"{self.presence.marks(ref.stored)}")

    def _database_attached(self) -> None:
        self.comment_panel.attach(self.session.db)

    def refresh_marks(self) -> None:
        """The parts' states or comments changed (here or by another writer): the list's marks, the status, the
        read-only state and the comment panel are shown again in place; the text being typed is left alone."""
        if not self.session.attached:
            return  # the quick start: the marks are read once the database is there
        self.marks.load(self.session.db, self.session.proposal_uuid)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(self._line(self.session.entity("sections", item.data(Qt.ItemDataRole.UserRole))))
        self.list.fit_items()
        if self.current is not None:
            section = self.session.entity("sections", self.current)
            self._show_status(section.key)
            self._apply_scope(section.model_dump())
            self.comment_panel.reload()

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        if self.session.attached:
            self.marks.load(self.session.db, self.session.proposal_uuid)
        for section in self._sections():
            item = QListWidgetItem(self._line(section))
            item.setData(Qt.ItemDataRole.UserRole, section.uuid)
            item.setToolTip(self._title(section))
            self.list.addItem(item)
        self.list.fit_items()
        self.list.blockSignals(False)
        uuids = [s.uuid for s in self._sections()]
        target = self.current if self.current in uuids else (uuids[0] if uuids else None)
        self.select(target)
        has = bool(uuids)
        self.editor.setEnabled(has)
        if not has:
            self.status.setEnabled(False)
            self.assigned.setEnabled(False)
        self.empty.setVisible(not has)

    def select(self, uuid: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == uuid:
                self.list.setCurrentRow(row)
                return
        self.show_section(None)

    # -- editor ------------------------------------------------------------------
    def show_section(self, uuid: str | None) -> None:
        self.session.flush()
        self.current = uuid
        self.error.show_message("")
        if uuid is None:
            self.editor.clear()
            self.read_only.show_message("")
            self.presence.leave()
            self.comment_panel.show_part(None)
            self.guidanceChanged.emit(self.guidance())
            return
        section = self.session.entity("sections", uuid)
        self._load_body(section.body)
        self._show_status(section.key)
        self.assigned.clear()
        self.assigned.addItem(self.tr("(coordinator)"), None)
        names = {o.uuid: o.short_name or o.legal_name for o in self.session.document.organisations}
        for p in self.session.document.participations:
            self.assigned.addItem(names.get(p.organisation_uuid, "?"), p.uuid)
        self.assigned.setCurrentIndex(max(self.assigned.findData(section.assigned_participation_uuid), 0))
        self._apply_scope(section.model_dump())
        self.comment_panel.show_part(f"section:{section.key}", lambda: cursor_paragraph(self.editor, self._body()))
        self._count()
        self.pages.measure_now()
        self.guidanceChanged.emit(self.guidance())

    def _apply_scope(self, values: dict[str, Any]) -> None:
        """In a partner copy, a section outside the assignment is shown read-only, with a calm note why."""
        scope = self.session.scope
        frozen = self.marks.frozen_note(PartRef("section", values["key"]))
        editable = is_editable(scope, "sections", values, "body") and not frozen
        section = PartRef("section", values["key"])
        held = self.presence.show_part(section.stored, self._title(self.session.entity("sections", values["uuid"])),
                                       editable and self.isVisible())
        show_read_only(self.editor, not editable or held)
        for button in self.tools:
            button.setEnabled(editable and not held)
        self.status.setEnabled(self._may_set_status(values))
        self.assigned.setEnabled(is_editable(scope, "sections", values, "assigned_participation_uuid") and not frozen)
        self.read_only.show_message(frozen or "" if editable or frozen else self.tr(
            "Read only: this section is not assigned to {partner}. Only the coordinator can change it.").format(
            partner=self.session.partner))

    # -- presence (gui/presence_banner.py) ------------------------------------------
    def _presence_lock(self) -> None:
        """The soft lock began or ended (edit anyway, the other left): the editor opens or waits."""
        if self.current is not None:
            self._apply_scope(self.session.entity("sections", self.current).model_dump())
            if not self.presence.held and self.presence.isVisible():
                self.editor.setFocus()

    def _presence_marks(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            section = self.session.entity("sections", item.data(Qt.ItemDataRole.UserRole))
            item.setText(self._line(section))
            item.setToolTip("\n".join(filter(None, (self._title(section), self.presence.describe(
                PartRef("section", section.key).stored, self._title(section))))))
        self.list.fit_items()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.current is not None:  # back on this step: editing the section again
            self._apply_scope(self.session.entity("sections", self.current).model_dump())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # another step (a minimised window still edits)
            self.presence.leave()

    def _load_body(self, markdown: str) -> None:
        self.session.settle()  # what was typed and not yet read is read before the editor shows another text
        self.editor.blockSignals(True)
        cursor = self.editor.textCursor().position()
        load_markdown(self.editor.document(), markdown)
        self.markdown.markdown()  # converts every block once: a keystroke then converts one
        c = self.editor.textCursor()
        c.setPosition(min(cursor, len(self.editor.toPlainText())))
        self.editor.setTextCursor(c)
        self.editor.blockSignals(False)

    def _typed(self) -> None:
        """A keystroke costs what the edit costs: the Markdown is read when the autosave writes it (or
        at any flush: another section or step, undo, close), converting only the blocks changed since
        (``MarkdownMirror``); the counts follow once the typing pauses, counted on the worker."""
        if self.current is None:
            return
        self.session.type_later("sections", self.current, "body", self._body, self,
                                word_end=self._word_ends.take())
        self.pages.schedule()
        self._count_timer.start()

    def _body(self) -> str:
        """The editor's Markdown as stored; the autosave calls it before the editor shows anything else."""
        return self.markdown.markdown().rstrip("\n")

    def _count_in_background(self) -> None:
        if self._counting is not None:  # one count at a time; the latest text is counted when it ends
            self._count_timer.start()
            return
        markdown, self._counting_ticket = self.markdown.markdown(), self._counted
        job = Job(lambda _progress: rules_bridge.measure(markdown), "count words")  # no parent: the worker holds it
        job.succeeded.connect(self._counted_in_background)  # bound methods: disconnected if the page goes first
        job.done.connect(self._count_done)
        self._counting = self.context.worker.submit(job)

    def _counted_in_background(self, counts: tuple[int, int]) -> None:
        if self._counting_ticket == self._counted:  # no count shown since (another section, a reload)
            self._show_count(*counts)

    def _count_done(self) -> None:
        if self._counting is not None:
            self._counting.deleteLater()
        self._counting = None

    def _count(self) -> None:
        """Count the shown section now (on showing it; typing counts in the background)."""
        self._count_timer.stop()
        self._show_count(*rules_bridge.measure(self.markdown.markdown()))

    def _show_count(self, words: int, chars: int) -> None:
        self._counted += 1
        spec = rules_bridge.section_spec(self.context.template, self._key())
        parts = [self.tr("{words} words").format(words=words), self.tr("{chars} characters").format(chars=chars)]
        over = False
        if spec is not None and spec.limit_words:
            parts[0] = self.tr("{words} / {limit} words").format(words=words, limit=spec.limit_words)
            over = words > spec.limit_words
        if spec is not None and spec.limit_chars:
            parts[1] = self.tr("{chars} / {limit} characters").format(chars=chars, limit=spec.limit_chars)
            over = over or chars > spec.limit_chars
        self.counter.setText(" · ".join(parts))
        style.set_state(self.counter, "over", over)

    def _meter_snapshot(self) -> tuple[ProposalDocument, str] | None:
        """The proposal with the editor's text in the current section (the autosave may not have run yet)."""
        if self.current is None:
            return None
        document = self.session.document
        body = self._body()
        sections = [s.model_copy(update={"body": body}) if s.uuid == self.current else s for s in document.sections]
        return document.model_copy(update={"sections": sections}), self._key()

    def _key(self) -> str:
        return self.session.entity("sections", self.current).key if self.current else ""

    def _set(self, field: str, value: object) -> None:
        if self.current is None:
            return
        try:
            self.session.update("sections", self.current, {field: value}, self.tr("Edit section"), self)
        except EditError as exc:
            self.error.show_message(str(exc))

    def _show_status(self, key: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(self.marks.status(PartRef("section", key)).value), 0))

    def _may_set_status(self, values: dict[str, Any]) -> bool:
        """The coordinator sets any status (unfreezing too); a partner marks its own sections in review or
        back to draft until the coordinator approves them (``services.parts.set_part`` says the same)."""
        if self.session.scope is None:
            return True
        return is_editable(self.session.scope, "sections", values, "body") and \
            self.marks.status(PartRef("section", values["key"])) in (PartStatus.DRAFT, PartStatus.IN_REVIEW)

    def _set_status(self, value: str) -> None:
        """Set the shown section's part status; the list, the navigator and the other views follow."""
        if self.current is None:
            return
        from medicen_desktop.services import (
            parts as part_service,  # the ORM loads after the quick start
        )

        key = self._key()
        try:
            part_service.set_part(self.session.db, self.session.proposal_uuid, f"section:{key}", status=value,
                                  actor="gui")
        except Refused as exc:
            self.error.show_message(str(exc))
            self._show_status(key)
            return
        self.error.show_message("")
        self.context.request_marks()

    def _refused(self, list_name: str, uuid: str, field: str, message: str) -> None:
        if list_name == "sections" and uuid == self.current:
            self.error.show_message(message)

    # -- find ------------------------------------------------------------------
    def start_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> None:
        needle = self.find_edit.text()
        if not needle or self.editor.find(needle):
            return
        uuids = [s.uuid for s in self._sections()]
        start = uuids.index(self.current) if self.current in uuids else -1
        for uuid in uuids[start + 1:] + uuids[: start + 1]:
            if needle.casefold() in self.session.entity("sections", uuid).body.casefold():
                self.select(uuid)
                self.editor.moveCursor(QTextCursor.MoveOperation.Start)
                self.editor.find(needle)
                return
        self.error.show_message(self.tr("“{text}” is not in any section.").format(text=needle))

    # -- hooks -------------------------------------------------------------------
    def refresh(self, notice: Notice) -> None:
        if notice.touches("participations", "organisations") or "*" in notice.lists:
            self._fill_list()
            return
        if not notice.touches("sections"):
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            section = self.session.entity("sections", item.data(Qt.ItemDataRole.UserRole))
            item.setText(self._line(section))
        if self.current in notice.uuids and notice.source is not self:
            section = self.session.entity("sections", self.current)
            if not (notice.remote and self.session.is_pending("sections", self.current, "body")):
                self._load_body(section.body)  # (typed text waiting for the autosave is merged, not replaced)
            self.assigned.setCurrentIndex(max(self.assigned.findData(section.assigned_participation_uuid), 0))
            self._count()
            self.pages.schedule()

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        if entity_uuid is not None:
            self.select(entity_uuid)
        elif field and field.startswith("sections."):
            key = field.split(".", 1)[1]
            match = next((s for s in self.session.document.sections if s.key == key), None)
            if match is not None:
                self.select(match.uuid)
        {"assigned_participation_uuid": self.assigned}.get(field or "", self.editor).setFocus()
        return True

    def guidance(self) -> str:
        spec = rules_bridge.section_spec(self.context.template, self._key())
        if spec is None:
            return self.tr("Write each section of the dossier. Bold, italic, sub- and superscripts, lists and tables "
                           "are kept.")
        lines = [f"**{rules_bridge.text(spec, 'title', self.context.language)}**", "",
                 rules_bridge.text(spec, "guidance", self.context.language)]
        if spec.limit_words:
            lines += ["", self.tr("Limit: {n} words.").format(n=spec.limit_words)]
        if spec.limit_chars:
            lines += ["", self.tr("Limit: {n} characters.").format(n=spec.limit_chars)]
        return "\n".join(lines)
