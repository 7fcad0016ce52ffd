"""Advance widths and line height of a TrueType file, read straight from its tables (no reportlab).

The DOCX path sizes table columns and Gantt labels with the same metrics
the PDF embeds, but must not pay for reportlab (its import and its full
TrueType parse of every face, the symbol fallback included: issue 19).
``metrics(filename)`` reads only ``head``, ``hhea``, ``hmtx`` and the
Unicode ``cmap`` of a file in ``resources/fonts`` once per process.

Widths are in font units (``units_per_em`` per em); ``width(text, size)``
gives points. ``line_height`` is Word's "single" line spacing for the face,
in ems: ascender − descender + line gap of ``hhea`` (1.15 for Times New
Roman and Liberation Serif, 1.22 for Calibri and Carlito).
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass, field

from medicen_desktop.resources import resource

_lock = threading.Lock()
_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """One face's advance widths by code point, and its vertical metrics."""

    filename: str
    widths: dict[int, int]
    units_per_em: int
    ascender: int
    descender: int
    line_gap: int
    _units: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    """Width in font units of each string measured so far (table cells repeat their words)."""

    @property
    def line_height(self) -> float:
        """Word's single line spacing of this face, in ems."""
        return (self.ascender - self.descender + self.line_gap) / self.units_per_em

    def covers(self, char: str) -> bool:
        return ord(char) in self.widths

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size`` points (a missing glyph counts as the .notdef width 0)."""
        units = self._units.get(text)
        if units is None:
            widths = self.widths
            units = sum(widths.get(ord(char), 0) for char in text)
            if len(self._units) > _CACHE_LIMIT:
                self._units.clear()
            self._units[text] = units
        return units * size / self.units_per_em


def metrics(filename: str) -> FontMetrics:
    """The metrics of ``resources/fonts/<filename>``, parsed once per process (thread-safe)."""
    loaded = _loaded.get(filename)
    if loaded is None:
        with _lock:
            loaded = _loaded.get(filename) or _parse(filename)
            _loaded[filename] = loaded
    return loaded


_loaded: dict[str, FontMetrics] = {}


def _parse(filename: str) -> FontMetrics:
    data = resource("fonts", filename).read_bytes()
    tables = _tables(data)
    units_per_em = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
    hhea = tables[b"hhea"]
    ascender, descender, line_gap = struct.unpack_from(">hhh", data, hhea + 4)
    hmetrics = struct.unpack_from(">H", data, hhea + 34)[0]
    shared: dict[int, int] = {}  # one int object per distinct width, not one per glyph (issue 19: memory)
    advances = [shared.setdefault(a, a) for a in struct.unpack_from(f">{hmetrics * 2}H", data, tables[b"hmtx"])[0::2]]
    last = advances[-1]
    glyphs = _cmap(data, tables[b"cmap"])
    widths = {code: advances[glyph] if glyph < hmetrics else last for code, glyph in glyphs.items() if glyph}
    return FontMetrics(filename, widths, units_per_em, ascender, descender, line_gap)


def _tables(data: bytes) -> dict[bytes, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for index in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        out[tag] = offset
    return out


def _cmap(data: bytes, start: int) -> dict[int, int]:
    """Code point → glyph index from the best Unicode subtable (format 12 if any, else format 4)."""
    count = struct.unpack_from(">H", data, start + 2)[0]
    best: tuple[int, int] | None = None
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * index)
        fmt = struct.unpack_from(">H", data, start + offset)[0]
        if (platform, encoding, fmt) in ((3, 10, 12), (0, 4, 12), (0, 6, 12)):
            best = (12, start + offset)
            break
        if fmt == 4 and (platform == 0 or (platform, encoding) == (3, 1)) and best is None:
            best = (4, start + offset)
    if best is None:
        raise ValueError("font has no Unicode cmap")
    fmt, table = best
    return _format12(data, table) if fmt == 12 else _format4(data, table)


def _format4(data: bytes, table: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", data, table + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, table + 14)
    starts = struct.unpack_from(f">{segments}H", data, table + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, table + 16 + 4 * segments)
    range_at = table + 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", data, range_at)
    out: dict[int, int] = {}
    for index in range(segments):
        start, end, delta, offset = starts[index], ends[index], deltas[index], ranges[index]
        if start == 0xFFFF:
            continue
        if offset == 0:
            for code in range(start, end + 1):
                out[code] = (code + delta) & 0xFFFF
            continue
        base = range_at + 2 * index + offset
        glyph_ids = struct.unpack_from(f">{end - start + 1}H", data, base)
        for code, glyph in zip(range(start, end + 1), glyph_ids):
            if glyph:
                out[code] = (glyph + delta) & 0xFFFF
    return out


def _format12(data: bytes, table: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", data, table + 12)[0]
    values = struct.unpack_from(f">{groups * 3}I", data, table + 16)
    out: dict[int, int] = {}
    for index in range(0, len(values), 3):
        start, end, glyph = values[index], values[index + 1], values[index + 2]
        for code in range(start, end + 1):
            out[code] = glyph + code - start
    return out
