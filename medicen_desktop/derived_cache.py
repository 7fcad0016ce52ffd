"""A per-user cache of data derived from shipped files (validated templates, region indexes).

An entry's name holds a digest of what it was derived from (the files' bytes
or sizes and times, the deriving code's own files), so that a change to any
of them makes the entry unused, never wrong. A cache that cannot be read or
written only costs speed: the shipped files are the truth.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

CACHE_ENV = "MEDICEN_CACHE_DIR"
"""Environment variable naming the cache folder (default: the platform's per-user cache folder)."""


def cache_folder(kind: str) -> Path:
    """Where cached ``kind`` entries go (``templates``, ``geography``)."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured) / kind
    import platformdirs

    return Path(platformdirs.user_cache_dir("medicen-desktop", "Medicen")) / kind


def file_stamp(paths: Iterable[Path]) -> bytes:
    """What identifies these files' versions without reading them: their names, sizes and modification times."""
    parts = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            parts.append(f"{path}:absent")
        else:
            parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts).encode()


def digest(*parts: bytes) -> str:
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:32]


def store(entry: Path, data: bytes) -> None:
    """Write ``entry`` atomically, removing older entries of the same stem and suffix (``<stem>.<digest>.json``)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        for stale in entry.parent.glob(entry.name.split(".", 1)[0] + ".*" + entry.suffix):
            stale.unlink(missing_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    except OSError:
        pass  # a read-only or full cache only costs speed
