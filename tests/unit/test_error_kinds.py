"""Errors by kind (DESIGN.md boundary 9): no domain error is a ValueError, KeyError or LookupError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import medicen_desktop
from medicen_desktop.errors import EnvironmentFault, MedicenError, Refused


def _domain_errors() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    for info in pkgutil.walk_packages(medicen_desktop.__path__, "medicen_desktop."):
        if ".gui" in info.name or "schema_migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == info.name \
                    and not value.__name__.startswith("_"):  # (a module's private control flow)
                found.append(value)
    return found


def test_no_domain_error_is_a_builtin_lookup_or_value_error() -> None:
    errors = _domain_errors()
    assert len(errors) > 10
    wrong = [e.__qualname__ for e in errors if issubclass(e, ValueError | KeyError | LookupError)]
    assert wrong == []
    outside = [e.__qualname__ for e in errors if not issubclass(e, MedicenError)]
    assert outside == ["Cancelled"]  # the worker's cancellation: control flow, not an error shown


def test_the_two_kinds_are_distinct() -> None:
    from medicen_desktop.store.errors import EnvironmentFault as StoreFault

    assert issubclass(StoreFault, EnvironmentFault) and not issubclass(StoreFault, Refused)
