"""The marks that tie a part of a Word package to its package, its section and its base snapshot.

Each part the partner may edit is written twice marked: as a content control
(``w:sdt``) whose tag is ``mdc1:<n>:<key>:<base8>:<mac>``, for Word (it
shows the control, and its lock keeps the control from being deleted), and as
a hidden bookmark ``_mdc<n>_<mac>`` spanning the same text, for LibreOffice,
which drops content controls' tags (7.4 turns a block control into an inline
one, without its tag) but keeps bookmarks. ``n`` numbers the package's
sections in key order, ``base8`` opens the base snapshot's SHA-256, and
``mac`` is an HMAC of all of it (and of the package UUID) under the
package's secret, which the file does not hold: a tag or a bookmark edited,
or copied from another package, no longer verifies. Word limits tags to 64
characters and bookmark names to 40: both fit (a key is cut to 30 characters
in the tag, where it is only for people to read).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

TAG_PREFIX = "mdc1:"
BOOKMARK_PREFIX = "_mdc"
CONTEXT_TAG = "mdc1-context"
"""Tag of the read-only context controls (content locked)."""
_TAG = re.compile(r"^mdc1:(\d{1,3}):([^:]{0,30}):([0-9a-f]{8}):([0-9a-f]{12})$")
_BOOKMARK = re.compile(r"^_mdc(\d{1,3})_([0-9a-f]{12})$")
KEY_IN_TAG = 30


@dataclass(frozen=True)
class PartMark:
    """A mark found in a returned file: the part's number, the MAC and, from a tag, the base's first 8 digits."""

    number: int
    mac: str
    base8: str = ""
    key: str = ""
    """The key as the tag shows it (cut to 30 characters; "" from a bookmark)."""


def mac(secret_hex: str, package_uuid: str, number: int, key: str, base_sha256: str) -> str:
    data = f"word|{package_uuid}|{number}|{key}|{base_sha256}".encode()
    return hmac.new(bytes.fromhex(secret_hex), data, hashlib.sha256).hexdigest()[:12]


def tag(number: int, key: str, base_sha256: str, code: str) -> str:
    return f"{TAG_PREFIX}{number}:{key[:KEY_IN_TAG].replace(':', '_')}:{base_sha256[:8]}:{code}"


def bookmark(number: int, code: str) -> str:
    return f"{BOOKMARK_PREFIX}{number}_{code}"


def parse_tag(value: str) -> PartMark | None:
    """The mark of a tag of ours; None when it is not one (any tag starting ``mdc1:`` that fails is a changed tag)."""
    match = _TAG.match(value)
    return PartMark(int(match.group(1)), match.group(4), match.group(3), match.group(2)) if match else None


def parse_bookmark(name: str) -> PartMark | None:
    match = _BOOKMARK.match(name)
    return PartMark(int(match.group(1)), match.group(2)) if match else None


def verifies(mark: PartMark, secret_hex: str, package_uuid: str, key: str, base_sha256: str) -> bool:
    """Whether ``mark`` was written for this package's part ``key`` over this base."""
    if mark.base8 and not base_sha256.startswith(mark.base8):
        return False
    return hmac.compare_digest(mark.mac, mac(secret_hex, package_uuid, mark.number, key, base_sha256))


WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


def looks_like_word(raw: bytes, source: str) -> bool:
    """Whether a file given to ``merge`` is a Word file (by its name, or a zip with a Word body) rather than a
    contribution; a macro-enabled one is then refused by the Word reader, with its own message."""
    if not raw.startswith(b"PK"):
        return False
    return source.lower().endswith(WORD_SUFFIXES) or b"word/document.xml" in raw[-65_536:]
