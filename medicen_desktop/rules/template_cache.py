"""A per-user cache of validated templates, so a command reads one small JSON file instead of YAML.

Parsing a template's YAML costs milliseconds and imports PyYAML; the
validated template, dumped as JSON, validates again in a fraction of that.
The cache entry's name holds a digest of the YAML file's bytes and of the
template model's own source files, so editing the YAML (or upgrading the
application) makes the entry unused, never wrong. A cache that cannot be
read or written is ignored: the YAML is the truth.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from medicen_desktop.rules.template_model import FunderTemplate

CACHE_ENV = "MEDICEN_CACHE_DIR"
"""Environment variable naming the cache folder (default: the platform's per-user cache folder)."""


def cache_folder() -> Path:
    """Where cached templates go."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured) / "templates"
    import platformdirs

    return Path(platformdirs.user_cache_dir("medicen-desktop", "Medicen")) / "templates"


@functools.cache
def _model_stamp() -> bytes:
    """What invalidates every entry: the modules that define a template's shape."""
    from medicen_desktop.rules import eligibility_model, template_base, template_model

    parts = []
    for module in (template_model, eligibility_model, template_base):
        stat = Path(str(module.__file__)).stat()
        parts.append(f"{module.__name__}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts).encode()


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
    entry = cache_folder() / f"{path.stem}.{digest}.json"  # a key has no dot: one stem, one entry
    try:
        return FunderTemplate.model_validate_json(entry.read_bytes())
    except (OSError, ValueError):
        pass  # no entry yet, or one the model no longer reads: parse the YAML
    template = parse(path)
    # Only what the YAML set: a template's validators tell a value given from a default (formatting values
    # given need a source), so the entry must give exactly what the file gave.
    _store(entry, template.model_dump_json(exclude_unset=True).encode())
    return template


def _store(entry: Path, data: bytes) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        for stale in entry.parent.glob(entry.name.split(".", 1)[0] + ".*.json"):
            stale.unlink(missing_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    except OSError:
        pass  # a read-only or full cache only costs speed
