"""Placing by hand the text a returned Word package held outside its parts.

The coordinator chooses a section (listed by title, in the call's order) and
the text is added to its end: an ordinary edit through the session, so
Edit ▸ Undo takes it back. Light on purpose: the exchange actions import it
at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from medicen_desktop.gui import rules_bridge

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession

translate = QCoreApplication.translate


def section_titles(session: ProposalSession, language: str) -> list[tuple[str, str]]:
    """(key, title) of the open proposal's sections, in the call's order."""
    proposal = session.document.proposal
    template = rules_bridge.template_for(proposal.template_key, proposal.template_edition)
    sections = template.in_section_order(session.document.sections) if template is not None else \
        sorted(session.document.sections, key=lambda s: s.key)
    titles = []
    for section in sections:
        spec = rules_bridge.section_spec(template, section.key)
        titles.append((section.key, rules_bridge.text(spec, "title", language) if spec is not None
                       else section.title or section.key))
    return titles


def add_to_section(session: ProposalSession, key: str, markdown: str, source: object) -> bool:
    """Add ``markdown`` as new paragraphs at the end of section ``key``; False if there is no such section.
    Raises the session's refusals (EditError)."""
    section = next((s for s in session.document.sections if s.key == key), None)
    if section is None:
        return False
    body = f"{section.body.rstrip()}\n\n{markdown}" if section.body.strip() else markdown
    session.update("sections", section.uuid, {"body": body}, translate("Exchange", "Add text from a Word package"),
                   source)
    return True
