"""Issue #18 item 8: a WP without deliverables, a risk without mitigation and one commitment letter for four
partners are findings (Annexes is not ✓), an empty work plan is an error, and an export run with errors
outstanding says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from medicen_desktop.gui import rules_bridge
from medicen_desktop.services import attachments


def _codes(workspace) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in workspace.findings.items}


def test_plan_gaps_are_findings_and_export_with_errors_says_so(qtbot, opened, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = opened.session, opened.workspace
    workspace.go_to("workplan")
    page = workspace.page("workplan")
    qtbot.mouseClick(page.tables["work_packages"].add_button, Qt.MouseButton.LeftButton)  # a WP, no deliverable yet
    risk = session.document.risks[0]
    session.update("risks", risk.uuid, {"mitigation": ""}, "set up")
    coordinator = next(p for p in session.document.participations if p.role.value == "coordinator")
    attachments.add_attachment(db, session.proposal_uuid, b"%PDF-1.4 letter", "lettre.pdf", "letter", coordinator.uuid)
    session.reload()
    workspace.check_now()
    qtbot.waitUntil(lambda: {"wp.no-deliverable", "risk.no-mitigation", "annex.letter-missing"} <= _codes(workspace))
    states = rules_bridge.step_states(session.document, workspace.findings.items)
    assert states["annexes"][0] != "complete" and states["workplan"][0] != "complete"
    # an error outstanding (the new WP has no leader), then export: the status says so
    assert any(f.severity == "error" for f in workspace.findings.items)
    workspace.go_to("export")
    export = workspace.page("export")
    export.folder.setText(str(tmp_path))
    for fmt, box in export.formats.items():
        box.setChecked(fmt == "docx")
    with qtbot.waitSignal(export.files.model().rowsInserted, timeout=60_000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert "error(s) are still open" in export.status.text()


def test_an_empty_work_plan_is_an_error(sample) -> None:  # type: ignore[no-untyped-def]
    empty = sample.model_copy(update={"work_packages": [], "tasks": [], "deliverables": [], "milestones": [],
                                      "efforts": [], "risks": [r.model_copy(update={"work_package_uuid": None})
                                                               for r in sample.risks]})
    template = get_template(sample.proposal.template_key)
    assert any(f.code == "workplan.empty" and f.severity == "error" for f in check(empty, template))
    assert not any(f.code == "workplan.empty" for f in check(sample, template))
