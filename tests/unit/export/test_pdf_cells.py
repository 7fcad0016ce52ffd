"""The dossier's table cell styles (``export.pdf_cells``) are what the whole-table commands they replace would set."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from medicen_desktop.export.pdf_cells import cell_styles

ATTRIBUTES = ("fontname", "fontsize", "leading", "valign", "leftPadding", "rightPadding", "topPadding", "bottomPadding",
              "alignment", "color", "background", "firstLineIndent", "name")


def test_cell_styles_equal_the_commands_over_the_whole_table() -> None:
    data = [["a", "b", "c"], ["d", "e", "f"]]
    commanded = Table(data)
    commanded.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4.0), ("RIGHTPADDING", (0, 0), (-1, -1), 4.0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0)]))
    ready = Table(data, cellStyles=cell_styles(2, 3, "Times-Roman", 9.5, "TOP", (4.0, 4.0, 2, 3.0)))
    for row_commanded, row_ready in zip(commanded._cellStyles, ready._cellStyles, strict=True):
        for a, b in zip(row_commanded, row_ready, strict=True):
            assert [getattr(a, name) for name in ATTRIBUTES] == [getattr(b, name) for name in ATTRIBUTES]
    assert ready._cellStyles[0][0] is not ready._cellStyles[0][1]  # a later command sets one cell, not them all
    ready.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    assert ready._cellStyles[0][1].alignment == "RIGHT" and ready._cellStyles[0][0].alignment == "LEFT"
