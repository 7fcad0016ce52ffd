"""One date entry for every date the user sets: typed in the user's locale, or picked in a calendar.

``QDateEdit`` with a "not set" special value threw typed dates away (the
special text is not a date the section editor can overwrite) and its calendar
opened at its minimum date (January 2000). Here the date is a line edit that
reads what is typed in the locale's short format (and a few unambiguous
variants: ``1/9/2027``, ``01.09.2027``, ISO ``2027-09-01``), an empty field
means no date, and the calendar button opens at the date shown, else at
``calendar_start`` (today unless the page says otherwise).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_EXTRA_FORMATS = ("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd", "d/M/yy")


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` names in ``locale`` (default: the application's); None if it names none."""
    locale = locale or QLocale()
    text = text.strip()
    formats = [locale.dateFormat(QLocale.FormatType.ShortFormat), locale.dateFormat(QLocale.FormatType.LongFormat)]
    if locale.dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("m"):  # month first (en_US)
        formats += ["M/d/yyyy", "yyyy-MM-dd"]
    else:
        formats += list(_EXTRA_FORMATS)
    for fmt in formats:
        date = locale.toDate(text, fmt)
        if not date.isValid():
            date = QDate.fromString(text, fmt)
        if date.isValid():
            if date.year() < 100:
                date = date.addYears(2000)
            return dt.date(date.year(), date.month(), date.day())
    return None


class DateField(QWidget):
    """A date or none. Emits ``edited(date | None)`` when the user has typed (Enter or leaving the field) or
    picked a date, and ``refused(str)`` when what was typed is not a date (the field keeps it, to correct)."""

    edited = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.calendar_start: dt.date | None = None
        """Where the calendar opens when no date is set (None: today)."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self._format_hint())
        # wide enough for its hint, clear button included: the French one was cut ("tapez une date (j…")
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + 40)
        self.line.setClearButtonEnabled(True)
        self.line.editingFinished.connect(self._typed)
        layout.addWidget(self.line, 1)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose the date in a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field; Alt+Down opens it
        self.button.clicked.connect(self.open_calendar)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a label's mnemonic (Alt+S) focuses only focusable buddies
        pick = QAction(self.line)
        pick.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        pick.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        pick.triggered.connect(self.open_calendar)
        self.line.addAction(pick)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)

    def _format_hint(self) -> str:
        return self.tr("not set — type a date ({format})").format(format=self.pattern())

    def pattern(self) -> str:
        """The locale's short date format in the UI language's letters: "dd/mm/yyyy" in English, "jj/mm/aaaa" in
        French (Qt's own pattern letters, "dd/MM/yyyy", mean nothing to a French user)."""
        letters = {
            "d": self.tr("d", "date pattern: the letter of the day, as in dd/mm/yyyy"),
            "M": self.tr("m", "date pattern: the letter of the month, as in dd/mm/yyyy"),
            "y": self.tr("y", "date pattern: the letter of the year, as in dd/mm/yyyy"),
        }
        return "".join(letters.get(c, c) for c in QLocale().dateFormat(QLocale.FormatType.ShortFormat))

    # -- value ---------------------------------------------------------------
    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, date: dt.date | None) -> None:
        """Show ``date`` (None: empty) without emitting ``edited``."""
        self._date = date
        self.line.setText("" if date is None else QLocale().toString(QDate(date.year, date.month, date.day),
                                                                     QLocale.FormatType.ShortFormat))

    # -- input ---------------------------------------------------------------
    def _typed(self) -> None:
        self.commit()

    def commit(self) -> bool:
        """Read what is typed now (a form's Apply need not wait for the field to lose focus): False, with
        ``refused`` emitted, when it is not a date; else the date is taken (``edited`` if it changed)."""
        text = self.line.text().strip()
        date = None if not text else parse_date(text)
        if text and date is None:
            self.refused.emit(self.tr("“{text}” is not a date: type it as {format}.").format(
                text=text, format=self.pattern()))
            return False
        self.refused.emit("")
        if date != self._date:
            self.set_date(date)
            self.edited.emit(date)
        else:
            self.set_date(date)  # the locale's own spelling of what was typed
        return True

    def open_calendar(self) -> None:
        shown = self._date or self.calendar_start or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self._menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self._menu.hide()
        picked = dt.date(date.year(), date.month(), date.day())
        self.refused.emit("")
        if picked != self._date:
            self.set_date(picked)
            self.edited.emit(picked)
        self.line.setFocus()
