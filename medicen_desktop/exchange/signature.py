"""Ed25519 signatures of packages and contributions (the ``cryptography`` library).

An archive is signed by a ``signature.json`` member beside its manifest:
``{"algorithm": "ed25519", "public_key": hex, "signature": hex}``, the
signature over the manifest's exact bytes. The manifest lists the SHA-256 of
every other member, so the signature covers the whole archive; the member
itself is not listed (it signs the list).

Who may sign is the caller's business: the partner trusts the coordinator's
key of its first package and requires it after; the coordinator registers a
partner's key with its first contribution and requires it after (see
services/keys.py). A private key never leaves its owner's database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.digest import canonical_json, sha256_hex

SIGNATURE_MEMBER = "signature.json"
ALGORITHM = "ed25519"
_KEY_BYTES = 32
_SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class KeyPair:
    """Raw Ed25519 keys: 32 bytes each."""

    private: bytes
    public: bytes

    @classmethod
    def generate(cls) -> KeyPair:
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes_raw(), key.public_key().public_bytes_raw())


def fingerprint(public: bytes) -> str:
    """A short form of a public key to read aloud and compare: 16 hex digits in groups of four."""
    digest = sha256_hex(public)[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def sign_manifest(manifest: bytes, key: KeyPair) -> bytes:
    """The ``signature.json`` member for ``manifest`` (its exact bytes)."""
    signature = Ed25519PrivateKey.from_private_bytes(key.private).sign(manifest)
    return canonical_json({"algorithm": ALGORITHM, "public_key": key.public.hex(), "signature": signature.hex()})


def _hex_bytes(value: object, size: int) -> bytes | None:
    if not isinstance(value, str) or len(value) != 2 * size:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def verify_manifest(members: dict[str, bytes], source: str, kind: str) -> bytes:
    """The public key that signed the archive's manifest; InterchangeError when unsigned or not matching.

    ``members`` are the archive's members by name (manifest included).
    """
    raw = members.get(SIGNATURE_MEMBER)
    if raw is None:
        raise InterchangeError(
            f"this {kind} is not signed (made by an older version of Medicen Desktop, or altered): "
            f"ask for a new {kind}; nothing changed", source)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    public = _hex_bytes(data.get("public_key"), _KEY_BYTES) if isinstance(data, dict) else None
    signature = _hex_bytes(data.get("signature"), _SIGNATURE_BYTES) if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM or public is None or signature is None:
        raise InterchangeError(f"{SIGNATURE_MEMBER} is not an Ed25519 signature: tampered or damaged", source)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, members["manifest.json"])
    except (InvalidSignature, ValueError):
        raise InterchangeError(
            f"the {kind}'s signature does not match its content: tampered or damaged; nothing changed", source) from None
    return public
