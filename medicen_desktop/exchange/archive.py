"""Reading and writing the zip archives partners exchange, defensively.

Archives come from other machines: they are read in memory, never extracted,
and refused (InterchangeError naming the file and the problem) when they are
not a zip, are truncated, have unsafe or duplicate member names, members
outside the whitelist, too many members, or sizes or compression ratios over
the caps (zip bombs; Python 3.11.7's zipfile does not stop overlapping-entry
bombs, so the sizes are checked from the directory *and* while reading).
Integrity beyond the zip CRC is the caller's job (hashes, HMAC).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from medicen_desktop.document.errors import InterchangeError

FIXED_TIME = (2020, 1, 1, 0, 0, 0)
"""Member timestamp: archives of the same content are byte-identical."""


@dataclass(frozen=True)
class Caps:
    """Limits on an archive read from another machine."""

    max_members: int = 2_000
    max_member_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 150
    ratio_floor_bytes: int = 1024 * 1024
    """Members smaller than this are not ratio-checked (tiny JSON compresses well)."""


DEFAULT_CAPS = Caps()
_DRIVE = re.compile(r"^[A-Za-z]:")


def write_archive(members: Mapping[str, bytes]) -> bytes:
    """A deflated zip of ``members`` in the given order, with fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _check_name(name: str, source: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise InterchangeError(f"unsafe member name {name!r}: absolute path", source)
    if ".." in parts:
        raise InterchangeError(f"unsafe member name {name!r}: contains '..'", source)
    if "\\" in name or "\x00" in name or any(part == "" for part in parts):
        raise InterchangeError(f"unsafe member name {name!r}", source)


def read_archive(
    raw: bytes,
    source: str,
    allowed: Callable[[str], bool],
    caps: Caps = DEFAULT_CAPS,
) -> dict[str, bytes]:
    """Every member of the zip ``raw`` by name, after all the checks above.

    ``allowed`` is the whitelist of member names. Raises InterchangeError.
    """
    if not raw.startswith(b"PK"):
        raise InterchangeError("not a zip archive", source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InterchangeError("truncated or damaged zip archive (no readable directory)", source) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > caps.max_members:
            raise InterchangeError(f"too many members ({len(infos):,}; at most {caps.max_members:,})", source)
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.orig_filename
            _check_name(name, source)
            if name in seen:
                raise InterchangeError(f"duplicate member name {name!r}", source)
            seen.add(name)
            if info.is_dir() or not allowed(name):
                raise InterchangeError(f"unexpected member {name!r}", source)
            if info.file_size > caps.max_member_bytes:
                raise InterchangeError(
                    f"member {name!r} is {info.file_size:,} bytes uncompressed, over the {caps.max_member_bytes:,}-byte cap",
                    source,
                )
            total += info.file_size
            if total > caps.max_total_bytes:
                raise InterchangeError(f"uncompressed size over the {caps.max_total_bytes:,}-byte cap", source)
            if info.file_size > caps.ratio_floor_bytes and info.file_size > caps.max_ratio * max(info.compress_size, 1):
                raise InterchangeError(
                    f"member {name!r} expands {info.file_size // max(info.compress_size, 1):,} times, "
                    f"over the {caps.max_ratio}:1 cap (zip bomb?)",
                    source,
                )
        members: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as stream:
                    data = stream.read(info.file_size + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                    RuntimeError) as exc:  # zlib.error: a damaged deflate stream
                raise InterchangeError(f"member {info.orig_filename!r} is damaged ({exc})", source) from None
            if len(data) != info.file_size:
                raise InterchangeError(f"member {info.orig_filename!r} is damaged (size mismatch)", source)
            members[info.orig_filename] = data
        return members
