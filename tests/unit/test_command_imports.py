"""Each command pays only for what it uses: the modules every subcommand may load, pinned.

Each command runs in a fresh interpreter (as the user starts it) through
``medicen_desktop.cli.main``; the test reads ``sys.modules`` afterwards. The
parser is built without importing any command module, ``--help`` loads
neither SQLAlchemy nor pydantic, ``list`` neither (one read-only sqlite3
query), ``validate`` and ``export-json`` read the snapshot without the ORM
(``store.quick_snapshot``), and no command loads a network stack
(``urllib.request``, ``http.client``) or Qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medicen_desktop.commands.grammar import EXPORT_FORMATS, build_parser
from medicen_desktop.services.export import FORMATS

PROBE = """
import contextlib, io, json, sys
from medicen_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NETWORK = ("urllib.request", "http.client", "ftplib", "smtplib")
RENDERERS = ("reportlab", "docx", "openpyxl", "PIL", "matplotlib")
ORM = ("sqlalchemy", "alembic", "medicen_desktop.model", "medicen_desktop.store.database",
       "medicen_desktop.store.snapshot")
COMMANDS = tuple(f"medicen_desktop.commands.{name}" for name in ("core", "listing", "rules", "export", "exchange", "fields",
                                                                  "drafts", "versions", "budget_import", "rounds",
                                                                  "workflow", "word", "sharing", "server",
                                                                  "presence", "partner_keys"))


def _loaded(*args: str) -> tuple[int, set[str]]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    return result["code"], set(result["modules"])


def _present(modules: set[str], *names: str) -> list[str]:
    """Those of ``names`` loaded, as packages (``reportlab`` stands for ``reportlab.*``)."""
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("commands") / "sample.db")
    code, _ = _loaded("--db", path, "demo")
    assert code == 0
    return path


def test_help_loads_no_command_module_and_neither_orm_nor_models() -> None:
    code, modules = _loaded("--help")
    assert code == 0
    assert _present(modules, *COMMANDS, "medicen_desktop.services", "sqlalchemy", "pydantic", "yaml",
                    "PySide6", *NETWORK, *RENDERERS) == []


def test_list_reads_without_the_orm(database: str) -> None:
    code, modules = _loaded("--db", database, "list", "--json")
    assert code == 0
    assert "medicen_desktop.commands.listing" in modules
    assert _present(modules, "sqlalchemy", "pydantic", "yaml", "medicen_desktop.services",
                    *NETWORK, *RENDERERS) == []


def test_export_json_loads_neither_the_orm_nor_rules_nor_renderers(database: str, tmp_path: Path) -> None:
    code, modules = _loaded("--db", database, "export-json", "EPI-DIAG", "-o", str(tmp_path / "out.json"))
    assert code == 0 and (tmp_path / "out.json").stat().st_size > 1000
    assert _present(modules, "yaml", "medicen_desktop.rules", "medicen_desktop.exchange.merge",
                    "medicen_desktop.commands.exchange", "medicen_desktop.commands.rules", "PySide6",
                    *NETWORK, *RENDERERS, *ORM) == []


def test_validate_loads_the_rules_but_neither_the_orm_nor_a_renderer_nor_merge(database: str) -> None:
    _loaded("--db", database, "validate", "EPI-DIAG", "--json")  # the first run fills the per-user caches
    code, modules = _loaded("--db", database, "validate", "EPI-DIAG", "--json")
    assert code in (0, 1)
    assert "medicen_desktop.rules.findings" in modules
    assert _present(modules, "medicen_desktop.exchange.merge", "medicen_desktop.services.merging",
                    "medicen_desktop.commands.exchange", "medicen_desktop.rules.retarget", "PySide6",
                    "yaml", *NETWORK, *RENDERERS, *ORM) == []  # templates and region indexes from the cache
    # Of the export package, only the format and form registries (pure data: the grammar's choices), and the
    # import hook its package installs for reportlab (export/pillow_on_use.py: the standard library only).
    assert sorted(m for m in modules if m.startswith("medicen_desktop.export.")) == [
        "medicen_desktop.export.formats", "medicen_desktop.export.forms", "medicen_desktop.export.pillow_on_use"]


@pytest.mark.parametrize(("suffix", "absent"), [
    ("pdf", ("docx", "openpyxl")),
    ("xlsx", ("reportlab", "docx")),
    ("docx", ("openpyxl",)),
])
def test_an_export_loads_its_own_renderer_and_neither_the_orm_nor_a_network(database: str, tmp_path: Path, suffix: str,
                                                         absent: tuple[str, ...]) -> None:
    target = tmp_path / f"dossier.{suffix}"
    code, modules = _loaded("--db", database, "export", "EPI-DIAG", "-o", str(target))
    assert code in (0, 1) and target.stat().st_size > 1000
    assert _present(modules, *absent, *NETWORK, *ORM, "PySide6", "medicen_desktop.exchange.merge") == []
    # The call's edition only (``services.validation.template_of``): not the rules engine ``validate`` runs
    assert _present(modules, "medicen_desktop.rules.checks", "medicen_desktop.rules.eligibility",
                    "medicen_desktop.rules.cost_checks") == []
    # The sample is in French for a French call: its language is plain from its words, lingua's models stay unloaded
    assert _present(modules, "lingua") == []


def test_a_repeated_pdf_export_builds_no_validator_but_the_snapshots_and_parses_no_markdown(database: str,
                                                                                          tmp_path: Path) -> None:
    """Templates come back from their cache and the document's models validate through the snapshot's list
    adapters (``store.snapshot_values``): pydantic builds no other class's validator (``defer_build``). The texts
    parsed by the last export come back from the proposal's cache (``document.markdown_cache``): no markdown-it."""
    target = tmp_path / "dossier.pdf"
    probe = PROBE.replace('"modules": sorted(sys.modules)', '"built": sorted(built()), "modules": sorted(sys.modules)'
                          ).replace("from medicen_desktop.cli import main", BUILT)
    arguments = ["--db", database, "export", "EPI-DIAG", "-o", str(target)]
    subprocess.run([sys.executable, "-c", probe, *arguments], capture_output=True, text=True, check=True)  # caches
    out = subprocess.run([sys.executable, "-c", probe, *arguments], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["code"] in (0, 1) and target.stat().st_size > 1000
    assert result["built"] == ["medicen_desktop.document.schema.Proposal"]
    assert _present(set(result["modules"]), "markdown_it", "yaml") == []


BUILT = """from medicen_desktop.cli import main
def built():
    import pydantic
    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)
    return {f"{c.__module__}.{c.__qualname__}" for c in below(pydantic.BaseModel)
            if c.__module__.startswith("medicen_desktop.") and c.__pydantic_complete__}
"""


def test_merge_dry_run_loads_no_renderer(database: str, tmp_path: Path) -> None:
    contribution = tmp_path / "same.json"
    assert _loaded("--db", database, "export-json", "EPI-DIAG", "-o", str(contribution))[0] == 0
    code, modules = _loaded("--db", database, "merge", "EPI-DIAG", str(contribution), "--dry-run")
    assert code == 2  # a plain snapshot is refused as a contribution: the import path is what is pinned
    assert _present(modules, *NETWORK, *RENDERERS, "PySide6", "yaml") == []


def test_a_word_package_loads_python_docx_but_no_other_renderer(database: str, tmp_path: Path) -> None:
    target = tmp_path / "qtb.docx"
    code, modules = _loaded("--db", database, "package", "EPI-DIAG", "--partner", "QTB", "--format", "docx",
                            "-o", str(target))
    assert code == 0 and target.stat().st_size > 1000
    assert "medicen_desktop.commands.word" in modules and "docx" in modules
    assert _present(modules, "reportlab", "openpyxl", *NETWORK, "PySide6") == []


def test_every_handler_named_by_the_grammar_exists() -> None:
    """The grammar names handlers as text: each must be a function of its module."""
    import importlib

    import argparse

    parser = build_parser()
    (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subparsers.choices) == {
        "demo", "list", "import-json", "export-json", "templates", "budget", "validate", "retarget", "export",
        "preflight", "assign", "package", "open-package", "contribution", "merge", "undo-merge", "packages", "set",
        "import-docx", "snapshot", "versions", "diff", "restore", "import-budget", "status", "comment", "resolve",
        "comments", "share", "server-roles", "editing", "reset-key"}
    for name, sub in subparsers.choices.items():
        module, function = sub.get_default("handler").split(":")
        assert callable(getattr(importlib.import_module(f"medicen_desktop.commands.{module}"), function)), name


def test_the_grammar_offers_the_export_formats_the_service_writes() -> None:
    assert tuple(EXPORT_FORMATS) == tuple(FORMATS)


def test_import_docx_dry_run_loads_no_renderer_nor_merge(database: str) -> None:
    code, modules = _loaded("--db", database, "import-docx", "EPI-DIAG", "missing.docx", "--dry-run")
    assert code == 2  # refused (no such file): the import path is what is pinned
    assert "medicen_desktop.commands.drafts" in modules
    # mammoth imports urllib.request (and with it http.client) for images linked from the web; the reader
    # turns that access off (tests/unit/exchange/test_docx_reader.py: a linked image is never fetched).
    network = [name for name in NETWORK if name not in ("urllib.request", "http.client")]
    assert _present(modules, *network, "reportlab", "openpyxl", "PySide6") == []


def test_a_command_does_not_scan_the_installed_distributions_for_pydantic_plugins(database: str) -> None:
    """pydantic's plugin discovery reads every installed distribution's entry points (10-40 ms); the
    application uses no plugin, so a command skips it (unless the user set PYDANTIC_DISABLE_PLUGINS)."""
    probe = PROBE.replace('print(json.dumps({"code": code, "modules": sorted(sys.modules)}))',
                          'import pydantic.plugin._loader as loader; print(json.dumps({"scanned": loader._plugins is not None}))')
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run([sys.executable, "-c", probe, "--db", database, "validate", "EPI-DIAG", "--json"],
                         capture_output=True, text=True, check=True, env=env).stdout
    assert json.loads(out) == {"scanned": False}
