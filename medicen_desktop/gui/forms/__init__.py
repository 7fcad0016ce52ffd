"""Generated: the Designer forms of ``ui/`` compiled by pyside6-uic (``scripts/compile_forms.py``).

Do not edit these modules: edit the ``.ui`` and recompile (the build recompiles them too, and
``tests/unit/test_forms.py`` fails while one is stale). Each ``ui_<name>.py`` holds ``Ui_<Class>``,
mixed into its widget class in ``medicen_desktop/gui``. They import Qt and, for promoted labels,
``gui.field_messages`` only.
"""
