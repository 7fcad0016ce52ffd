"""The application's style rules: a few named labels and the locked-field look, on top of the platform style.

A label is picked by its object name or, in a Designer form (where the object name is the
attribute's), by its ``role`` property.

The rules are not the application's style sheet: only the widgets they select carry them, as their own
style sheet (``styled``). An application-wide sheet makes Qt run every widget through
``QStyleSheetStyle``, which keeps its rules, palette and font per widget: with every step of the large
proposal visited (about 840 widgets) that was 8 MB of the window's memory, for the few dozen labels and
fields the rules select. So a widget the rules select gets the sheet where it is made (``named``,
``FieldError``, ``style_tree`` after a form's ``setupUi``), or when the property the rule reads is set
(``set_state``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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

NAMES = frozenset(re.findall(r"QLabel#(\w+)", STYLE) + re.findall(r'\[role="(\w+)"\]', STYLE))
"""The object names and ``role`` values the rules select a label by."""

_SELECTOR = re.compile(r'(\w+)(?:#(\w+))?((?:\[\w+="\w*"\])*)$')
_RULES = [([selector.strip() for selector in selectors.split(",")], body.strip())
          for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", STYLE)]
_sheets: dict[tuple[str, str, str], str] = {}

W = TypeVar("W", bound="QWidget")


def _matches(selector: str, widget: QWidget) -> bool:
    """Whether ``selector`` can pick ``widget``: its class and name, and its ``role`` when the selector names one
    (the other properties are the widget's states, which Qt reads when it polishes the widget)."""
    match = _SELECTOR.match(selector)
    if match is None:
        raise ValueError(f"gui.style: unsupported selector {selector!r}")
    kind, name, properties = match.groups()
    role = re.search(r'\[role="(\w*)"\]', properties)
    return (widget.inherits(kind) and (name is None or widget.objectName() == name)
            and (role is None or widget.property("role") == role.group(1)))


def sheet_for(widget: QWidget) -> str:
    """The rules that can pick ``widget``, with only their selectors that can: parsed by Qt for each widget that
    carries them, so each carries only its own (the whole sheet on each of 72 labels cost 3.5 MB)."""
    key = (widget.metaObject().className(), widget.objectName(), str(widget.property("role") or ""))
    if key not in _sheets:
        rules = []
        for selectors, body in _RULES:
            picking = [selector for selector in selectors if _matches(selector, widget)]
            if picking:
                rules.append(f"{', '.join(picking)} {{ {' '.join(body.split())} }}")
        _sheets[key] = "\n".join(rules)
    return _sheets[key]


def styled(widget: W) -> W:
    """``widget`` carrying the rules that pick it, as its own style sheet (no other widget is run through Qt's
    style-sheet style for it, bar its children)."""
    sheet = sheet_for(widget)
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
    return widget


def selected(widget: QWidget) -> bool:
    """Whether the rules pick ``widget`` by its object name or its ``role``."""
    return widget.objectName() in NAMES or widget.property("role") in NAMES


def style_tree(root: QWidget) -> None:
    """Give the rules to ``root``'s labels they pick by name or role (after a Designer form's ``setupUi``)."""
    from PySide6.QtWidgets import QLabel

    for widget in root.findChildren(QLabel):
        if selected(widget):
            styled(widget)


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the rules read (``locked``, ``flash``, ``over``, ``warning``, ``role``) and show it."""
    widget.setProperty(name, value)
    sheet = sheet_for(widget)
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)  # polishes it, the property as set
    elif sheet:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
