"""Hashes and signatures of exchanged files: SHA-256, canonical JSON, HMAC-SHA256."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def canonical_json(data: Any) -> bytes:
    """Sorted-key, compact UTF-8 JSON: the bytes that are hashed and signed."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(secret_hex: str, data: Any) -> str:
    """HMAC-SHA256 of the canonical JSON of ``data`` with the hex secret."""
    return hmac.new(bytes.fromhex(secret_hex), canonical_json(data), hashlib.sha256).hexdigest()


def signature_matches(secret_hex: str, data: Any, signature: str) -> bool:
    """Constant-time check of ``sign(secret_hex, data) == signature``."""
    return hmac.compare_digest(sign(secret_hex, data), signature)
