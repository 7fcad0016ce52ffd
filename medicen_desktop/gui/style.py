"""The application's style sheet: a few named labels and the locked-field look, on top of the platform style.

A label is picked by its object name or, in a Designer form (where the object name is the
attribute's), by its ``role`` property.

At start-up the sheet is applied just after the first frame (a style sheet
makes Qt polish every widget through ``QStyleSheetStyle``, which slows the
first frame); the start screen's own labels carry their rule meanwhile, so
nothing moves when the sheet arrives.
"""

from __future__ import annotations

HEADING = "font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0;"
EMPTY_STATE = "color: palette(mid); font-size: 11pt; padding: 24px; qproperty-alignment: AlignCenter;"

STYLE = f"""
QLabel#heading {{ {HEADING} }}
QLabel#panelTitle, QLabel[role="panelTitle"] {{ font-weight: 600; padding: 4px 0; }}
QLabel#fieldError, QLabel[role="fieldError"] {{ color: #c62828; }}
QLabel#readOnlyNote, QLabel[role="readOnlyNote"] {{ color: palette(window-text); background: palette(alternate-base);
                      border: 1px solid palette(mid); border-radius: 4px; padding: 4px 8px; }}
QTextEdit[locked="true"], QPlainTextEdit[locked="true"], QLineEdit[locked="true"],
QAbstractSpinBox[locked="true"] {{ background: palette(window); }}
QLabel#emptyState {{ {EMPTY_STATE} }}
QLabel#counter, QLabel[role="counter"] {{ color: palette(mid); }}
QLabel#counter[over="true"], QLabel[role="counter"][over="true"] {{ color: #c62828; font-weight: 600; }}
QLabel[warning="true"] {{ color: #c62828; }}
QTableView[flash="true"], QLineEdit[flash="true"], QTextEdit[flash="true"], QPlainTextEdit[flash="true"],
QComboBox[flash="true"], QAbstractSpinBox[flash="true"], QListWidget[flash="true"] {{ border: 2px solid #f9a825; }}
"""
