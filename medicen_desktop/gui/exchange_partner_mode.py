"""Partner mode in the open workspace: the section editor is read-only outside the assignment.

A stopgap owned by the exchange code until the step pages ask
``exchange_scope.is_editable`` themselves (the hooks are listed in the
exchange report): ``PartnerMode`` watches the sections page of a partner
copy and, for a section not assigned to the partner, makes the text
read-only, disables its status and says why under the editor. "Written by"
is set by the coordinator and stays disabled. The services refuse such edits
anyway (``edit.OutsideAssignment``, shown under the field by the pages).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QToolButton

from medicen_desktop.exchange.assignment import Scope
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.workspace import Workspace


class PartnerMode(QObject):
    """Applies a partner copy's scope to the workspace's section editor."""

    def __init__(self, workspace: Workspace, scope: Scope, partner: str) -> None:
        super().__init__(workspace)
        self.setObjectName("partnerMode")
        self.workspace, self.scope, self.partner = workspace, scope, partner
        self._hooked: set[int] = set()
        workspace.stepChanged.connect(self._step_changed)
        self._step_changed(workspace.current_step())

    def _step_changed(self, step: str) -> None:
        if step != "sections":
            return
        page: Any = self.workspace.page("sections")  # a SectionsPage: list, editor, status, assigned, error
        if id(page) not in self._hooked:
            self._hooked.add(id(page))
            # Connected after the page's own slots, so this runs after the page showed the section.
            page.list.currentItemChanged.connect(lambda *_: self.apply(page))
            page.session.changed.connect(lambda _notice: self.apply(page))
        self.apply(page)

    def apply(self, page: Any) -> None:
        """Make the shown section read-only unless it is assigned to the partner."""
        uuid = getattr(page, "current", None)
        if uuid is None:
            return
        section = page.session.entity("sections", uuid)
        editable = is_editable(self.scope, "sections", section.model_dump())
        page.editor.setReadOnly(not editable)
        # Read-only text looks like editable text in Qt: grey it, as disabled fields are.
        viewport = page.editor.viewport()
        palette = viewport.palette()
        palette.setColor(QPalette.ColorRole.Base, page.palette().color(
            QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window))
        viewport.setPalette(palette)
        for button in page.findChildren(QToolButton):  # bold, italic, lists, table
            button.setEnabled(editable)
        page.status.setEnabled(editable)
        page.assigned.setEnabled(False)
        if not editable:
            page.error.show_message(self.tr("Read only: this section is not assigned to {partner}. Only the "
                                             "coordinator can change it.").format(partner=self.partner))
        elif page.error.text().startswith(self.tr("Read only:")):
            page.error.show_message("")
