"""Every Designer form is mixed into one widget class of the GUI, and none of its widget names hides an
attribute that class has from its other bases (``scroll``, ``layout``, ``title``… would silently replace a
Qt method or a step page's heading)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import medicen_desktop.gui
from medicen_desktop.gui import forms
from medicen_desktop.gui.style import STYLE

ASSIGNED = re.compile(r"^\s+self\.(\w+) = ", re.M)


def _form_classes() -> dict[type, set[str]]:
    """Each compiled ``Ui_*`` class -> the attribute names its ``setupUi`` assigns."""
    found = {}
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        source = Path(inspect.getfile(module)).read_text(encoding="utf-8")
        for name, cls in vars(module).items():
            if name.startswith("Ui_") and isinstance(cls, type):
                found[cls] = set(ASSIGNED.findall(source))
    return found


def _gui_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(medicen_desktop.gui.__path__, "medicen_desktop.gui."):
        if ".forms" in info.name or info.name.endswith("pdfpreview"):
            continue
        module = importlib.import_module(info.name)
        classes += [c for c in vars(module).values() if isinstance(c, type) and c.__module__ == module.__name__]
    return classes


def _names(cls: type) -> set[str]:
    """What a class defines, and for the application's own classes the attributes its methods set."""
    names = set(vars(cls))
    if cls.__module__.startswith("medicen_desktop."):
        names |= set(re.findall(r"self\.(\w+)\s*(?::[^=\n]+)?=", inspect.getsource(cls)))
    return names


def test_each_form_is_used_once_and_hides_nothing() -> None:
    form_classes = _form_classes()
    assert len(form_classes) >= 11
    users: dict[type, list[type]] = {form: [] for form in form_classes}
    for cls in _gui_classes():
        for form in (base for base in cls.__mro__ if base in form_classes):
            users[form].append(cls)
            others = [base for base in cls.__mro__ if base not in (cls, form, object)]
            taken = set().union(*(_names(base) for base in others))
            hidden = form_classes[form] & taken
            assert not hidden, f"{form.__name__} in {cls.__name__} hides {sorted(hidden)}"
    assert {form.__name__: len(classes) for form, classes in users.items() if len(classes) != 1} == {}


def test_no_widget_of_a_form_is_styled_by_its_name_by_accident() -> None:
    """In a form a widget's object name is its attribute's: one called ``heading`` would take the page
    heading's look. A name the style sheet selects is only allowed with the matching ``role``."""
    styled = set(re.findall(r"QLabel#(\w+)", STYLE))
    for form, names in _form_classes().items():
        source = Path(inspect.getfile(form)).read_text(encoding="utf-8")
        for name in names & styled:
            assert f'self.{name}.setProperty(u"role", u"{name}")' in source, f"{form.__name__}.{name}"


def test_the_project_form_needs_no_sideways_scrolling_at_1024_pixels(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The six domains go three to a row: in one row they pushed the form wider than the centre panel."""
    opened.resize(1024, 700)
    opened.workspace.go_to("project")
    page = opened.workspace.page("project")
    # Laid out in the 1024-pixel window, check boxes included (their layouts settle on later events).
    qtbot.waitUntil(lambda: page.scroll_area.viewport().width() > 300 and page.inner.minimumSizeHint().width() > 300)
    assert all(check.isVisible() for check in page.domains.values())
    assert page.inner.minimumSizeHint().width() <= page.scroll_area.viewport().width()
