"""The section editor's page meter: this section's pages and the counted total, read on the worker."""

from __future__ import annotations

from medicen_desktop.gui.page_meter import PageMeterLabel


def _section_page(window):  # type: ignore[no-untyped-def]
    ws = window.workspace
    ws.go_to("sections")
    page = ws.page("sections")
    page.list.setCurrentRow(0)
    return page


def test_meter_shows_section_pages_and_follows_typing(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _section_page(opened)
    meter: PageMeterLabel = page.pages
    qtbot.waitUntil(lambda: "Counted:" in meter.text(), timeout=20_000)
    assert meter.text().startswith("This section: ")
    before = float(meter.text().split("This section: ", 1)[1].split(" ", 1)[0])
    readings: list = []  # type: ignore[type-arg]
    meter.readingShown.connect(readings.append)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText("\n" + "Une phrase de plus pour allonger la section du dossier. " * 600)
    # a quick reading (the section laid out alone) comes first, then the exact one (the whole dossier)
    qtbot.waitUntil(lambda: any(r.exact for r in readings), timeout=20_000)
    assert not readings[0].exact
    quick, exact = readings[0], next(r for r in readings if r.exact)
    assert quick.section_pages > before + 1 and abs(exact.section_pages - quick.section_pages) < 0.5
    assert exact.limit is None and f"Counted: {exact.pages} pages" in meter.text()
    assert f"This section: {exact.section_pages:.1f} pages" in meter.text()
    assert meter.toolTip() == "Laid out as the PDF export lays it out"


def test_meter_is_empty_without_a_section(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _section_page(opened)
    page.show_section(None)
    page.pages.measure_now()
    assert page.pages.text() == ""
