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
from collections.abc import Callable
from pathlib import Path

from medicen_desktop import derived_cache
from medicen_desktop.derived_cache import CACHE_ENV as CACHE_ENV
from medicen_desktop.rules.template_model import FunderTemplate


def cache_folder() -> Path:
    """Where cached templates go."""
    return derived_cache.cache_folder("templates")


@functools.cache
def _model_stamp() -> bytes:
    """What invalidates every entry: the modules that define a template's shape."""
    from medicen_desktop.rules import eligibility_model, template_base, template_model

    return derived_cache.file_stamp(Path(str(module.__file__))
                                    for module in (template_model, eligibility_model, template_base))


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
    derived_cache.store(entry, template.model_dump_json(exclude_unset=True).encode())
    return template
