"""A per-user cache of validated templates, so a command reads one small file instead of YAML.

Parsing a template's YAML costs milliseconds and imports PyYAML; validating
it again from any text form makes pydantic build the validators of every
template class (they are built on first use: ``template_base.StrictModel``'s
``defer_build``), some 15 ms of each command. So an entry is the validated
template itself, pickled: reading it back restores the instances as
validated, field by field, without validating or building anything.

The entry's name holds a digest of the YAML file's bytes, of the source
files of the modules whose classes an entry holds, and of the Python and
pydantic versions, so editing the YAML (or upgrading the application) makes
the entry unused, never wrong. An entry that cannot be read back as this
file's template (damaged, truncated, written by something else) is reported
once on the log, naming the file, and the YAML is read instead; a cache that
cannot be read or written is ignored: the YAML is the truth. The cache
folder is the user's own (``derived_cache``): unpickling trusts it as it
trusts the user's installed code.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from medicen_desktop import derived_cache
from medicen_desktop.derived_cache import CACHE_ENV as CACHE_ENV
from medicen_desktop.rules.template_model import FunderTemplate

SUFFIX = ".pickle"
"""The entries' suffix (``<key>.<digest>.pickle``)."""


def cache_folder() -> Path:
    """Where cached templates go."""
    return derived_cache.cache_folder("templates")


@functools.cache
def _model_stamp() -> bytes:
    """What invalidates every entry: the modules whose classes a template holds, Python's and pydantic's versions."""
    import pydantic

    from medicen_desktop.document import schema
    from medicen_desktop.rules import eligibility_model, outline_model, template_base, template_model

    modules = (template_model, eligibility_model, outline_model, template_base, schema)
    versions = f"{sys.version}|pydantic {pydantic.VERSION}|{__file__}".encode()
    return versions + derived_cache.file_stamp(Path(str(module.__file__)) for module in modules)


def load_cached(path: Path, parse: Callable[[Path], FunderTemplate]) -> FunderTemplate:
    """The template in the YAML file ``path``, from the cache when its entry is current, else ``parse(path)``.

    Raises what ``parse`` (``templates.load_template_file``) raises for a bad
    file; a bad file is never cached.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return parse(path)  # says why it cannot be read
    digest = hashlib.sha256(raw + b"\0" + _model_stamp()).hexdigest()[:32]
    entry = cache_folder() / f"{path.stem}.{digest}{SUFFIX}"  # a key has no dot: one stem, one entry
    try:
        data = entry.read_bytes()
    except OSError:
        pass  # no entry yet
    else:
        cached = _unpickled(entry, data, path.stem.partition("@")[0])
        if cached is not None:
            return cached
    template = parse(path)
    derived_cache.store(entry, pickle.dumps(template, protocol=pickle.HIGHEST_PROTOCOL))
    with contextlib.suppress(OSError):  # this cache's entries from before they were pickled
        for stale in entry.parent.glob(f"{path.stem}.*.json"):
            stale.unlink(missing_ok=True)
    return template


def _unpickled(entry: Path, data: bytes, key: str) -> FunderTemplate | None:
    """The template in the entry's bytes; None, said on the log, when they are not a template with this key."""
    try:
        template = pickle.loads(data)  # noqa: S301  (the user's own cache folder, see the module's docstring)
    except Exception as exc:  # noqa: BLE001  (a damaged pickle raises anything: EOFError, UnpicklingError, KeyError…)
        problem = f"unreadable ({type(exc).__name__}: {exc})"
    else:
        if isinstance(template, FunderTemplate) and template.key == key:
            return template
        problem = f"holds {type(template).__name__} {getattr(template, 'key', '')!r}, not the template {key!r}"
    import logging

    logging.getLogger(__name__).warning("%s: cached template %s; reading its YAML instead", entry, problem)
    return None
