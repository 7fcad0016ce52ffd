"""A per-user cache of what each Markdown text of a proposal parses to, so an export parses only what changed.

Parsing the large proposal's 300 texts with markdown-it (and importing it)
is a seventh of its PDF export, and between two exports most texts are
unchanged. While ``for_proposal(uuid)`` is active (``services.export`` wraps
an export in it), ``cached(kind, source, argument, compute)`` answers a text
seen before, with the same ``kind`` and ``argument``, from the value pickled
when it was computed, unpickled afresh at each call (a caller may change the
blocks it gets); a new or edited text is computed and its value kept. The
export's blocks (``export.markdown.markdown_blocks``) and the language check's
visible text (``document.markdown.visible_text``) go through it. Outside
``for_proposal`` (the editor, the page meter) it only computes.

The entry (one per proposal) holds only the values the last export that
computed anything used, so it never grows with edits. Its name holds a
digest of the code from text to value (``CODE``: markdown-it's package
included) and of Python's version, so an upgrade makes it unused, never
wrong; an entry that cannot be read back is said on the log with its path
and every text is parsed again. The cache folder is the user's own
(``derived_cache``): unpickling trusts it as it trusts the installed code.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from medicen_desktop import derived_cache

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent.parent
CODE = ("document/markdown.py", "document/markdown_cache.py", "document/scripts.py", "document/text.py",
        "export/markdown.py", "export/tree.py")
"""The files (under ``medicen_desktop``) of the code whose values are cached: the parsers and the classes pickled."""


class _Entries:
    """The values of one proposal's texts: those read from its entry, and those this export used."""

    def __init__(self, known: dict[bytes, bytes]) -> None:
        self.known = known
        self.used: dict[bytes, bytes] = {}
        self.computed = False

    def get(self, key: bytes, source: str, argument: Any, compute: Callable[[str, Any], T]) -> T:
        data = self.used.get(key) or self.known.get(key)
        if data is not None:
            try:
                value: T = pickle.loads(data)  # noqa: S301  (see the module's docstring)
            except Exception:  # noqa: BLE001  (a damaged value raises anything): computed again below
                pass
            else:
                self.used[key] = data
                return value
        value = compute(source, argument)
        self.used[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.computed = True
        return value


_active: ContextVar[_Entries | None] = ContextVar("markdown_cache", default=None)


def cached(kind: str, source: str, argument: Any, compute: Callable[[str, Any], T]) -> T:
    """``compute(source, argument)``, from the active proposal's cache when there is one.

    ``kind`` names what ``compute`` makes (one per function); ``argument``'s ``repr`` is part of the key.
    """
    entries = _active.get()
    if entries is None:
        return compute(source, argument)
    key = hashlib.blake2b(f"{kind}\0{argument!r}\0{source}".encode(), digest_size=16).digest()
    return entries.get(key, source, argument, compute)


@contextmanager
def for_proposal(proposal_uuid: str) -> Iterator[None]:
    """Answer the proposal's texts from its cache entry while the block runs; then keep what it used."""
    path = derived_cache.cache_folder("markdown") / f"{proposal_uuid}.{derived_cache.digest(_stamp())}.pickle"
    entries = _Entries(_read(path))
    token = _active.set(entries)
    try:
        yield
    finally:
        _active.reset(token)
        if entries.computed:
            derived_cache.store(path, pickle.dumps(entries.used, protocol=pickle.HIGHEST_PROTOCOL))


def forget(proposal_uuid: str) -> None:
    """Remove the proposal's entry (the proposal was deleted): an entry is kept only while its proposal is."""
    folder = derived_cache.cache_folder("markdown")
    try:
        for entry in folder.glob(f"{proposal_uuid}.*.pickle"):
            entry.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only keeps a file too many


def _read(path: Path) -> dict[bytes, bytes]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}  # no entry yet
    try:
        known = pickle.loads(data)  # noqa: S301  (see the module's docstring)
    except Exception as exc:  # noqa: BLE001  (a damaged pickle raises anything: EOFError, UnpicklingError…)
        problem = f"unreadable ({type(exc).__name__}: {exc})"
    else:
        if isinstance(known, dict) and all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in known.items()):
            return known
        problem = f"holds {type(known).__name__}, not parsed texts"
    import logging

    logging.getLogger(__name__).warning("%s: cached Markdown %s; parsing every text again", path, problem)
    return {}


@functools.cache
def _stamp() -> bytes:
    """What invalidates every entry: ``CODE``, markdown-it's package (found without importing it), Python's version."""
    from importlib.util import find_spec

    files = [_PACKAGE / name for name in CODE]
    spec = find_spec("markdown_it")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent  # its __init__ holds its version; an upgrade rewrites every file
        files += [package / name for name in ("__init__.py", "main.py", "parser_block.py", "parser_inline.py")]
    return sys.version.encode() + derived_cache.file_stamp(files)
