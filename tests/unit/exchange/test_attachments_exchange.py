"""Attachment contents travel in packages and contributions, byte for byte; tampered ones are refused."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.exchange.contribution import build_contribution, read_contribution
from medicen_desktop.exchange.digest import canonical_json, sha256_hex
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.signature import KeyPair
from medicen_desktop.model import PartnerCopy, SigningKey
from medicen_desktop.services import attachments, merging, packages, proposals
from medicen_desktop.store.database import Database

LETTER = b"%PDF-1.7\n% lettre d'engagement APHP \xe2\x80\x94 sign\xc3\xa9e\n%%EOF\n"
CV = b"%PDF-1.7\n% CV du chef de projet APHP\n%%EOF\n"


def dump_hash(db: Database) -> str:
    assert db.path is not None
    connection = sqlite3.connect(db.path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def unzip(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def with_member(raw: bytes, name: str, data: bytes, *, rehash: bool) -> bytes:
    """The archive with member ``name`` replaced (and, with ``rehash``, listed with its new hash)."""
    members = unzip(raw)
    members[name] = data
    if rehash:
        manifest = json.loads(members["manifest.json"])
        manifest["members"][name] = sha256_hex(data)
        members["manifest.json"] = canonical_json(manifest)
    return rezip(members)


def _signed_without_blobs(good: bytes, partner: Database) -> bytes:
    """The same contribution, properly signed by the partner, but carrying no attachment content."""
    contribution = read_contribution(good, "good.zip")
    manifest = contribution.manifest
    with partner.read() as session:
        copy = session.get(PartnerCopy, manifest.proposal_uuid)
        assert copy is not None
        secret = copy.secret
        row = session.get(SigningKey, manifest.proposal_uuid)
        assert row is not None
        key = KeyPair(row.private_key, row.public_key)
    return build_contribution(
        contribution.snapshot, {}, package_uuid=manifest.package_uuid, participation_uuid=manifest.participation_uuid,
        base_sha256=manifest.base_sha256, secret=secret, created_at=manifest.created_at, app_version=manifest.app_version,
        key=key,
    )


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[dict[str, object]]:
    """The coordinator attaches APHP's letter and packages; APHP adds a CV and contributes."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    aphp = find_participation(proposals.get_document(co, uuid), "APHP")
    attachments.add_attachment(co, uuid, LETTER, "lettre-APHP.pdf", kind="letter", participation_uuid=aphp)
    package = packages.create_package(co, uuid, "APHP").data
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, package, "aphp.zip")
    attachments.add_attachment(partner, uuid, CV, "cv-APHP.pdf", kind="cv", participation_uuid=aphp)
    contribution = packages.create_contribution(partner, uuid).data
    yield {"co": co, "partner": partner, "uuid": uuid, "package": package, "contribution": contribution}
    co.close()
    partner.close()


def test_contents_travel_both_ways(exchange: dict[str, object]) -> None:
    co, partner, uuid = exchange["co"], exchange["partner"], str(exchange["uuid"])
    assert isinstance(co, Database) and isinstance(partner, Database)
    letter, cv = hashlib.sha256(LETTER).hexdigest(), hashlib.sha256(CV).hexdigest()
    assert unzip(exchange["package"])[f"attachments/{letter}"] == LETTER  # type: ignore[arg-type]
    assert attachments.read_content(partner, letter) == LETTER
    members = unzip(exchange["contribution"])  # type: ignore[arg-type]
    assert members[f"attachments/{cv}"] == CV
    report = merging.merge_contribution(co, uuid, exchange["contribution"], "aphp.zip")  # type: ignore[arg-type]
    assert report.applied and not report.refused
    assert attachments.read_content(co, cv) == CV
    assert attachments.read_content(co, letter) == LETTER
    merged = {a.filename: a for a in proposals.get_document(co, uuid).attachments}
    assert merged["cv-APHP.pdf"].sha256 == cv and merged["cv-APHP.pdf"].size == len(CV)


def test_tampered_attachment_in_a_contribution_is_refused(exchange: dict[str, object]) -> None:
    co, partner, uuid, good = exchange["co"], exchange["partner"], str(exchange["uuid"]), exchange["contribution"]
    assert isinstance(co, Database) and isinstance(partner, Database) and isinstance(good, bytes)
    name = f"attachments/{hashlib.sha256(CV).hexdigest()}"
    before = dump_hash(co)
    cases = {
        "does not match its SHA-256": with_member(good, name, CV + b"virus", rehash=False),
        "is not named by its SHA-256": with_member(good, name, CV + b"virus", rehash=True),
        # A rewritten manifest: the partner's signature of it no longer matches.
        "signature does not match": with_member(good, f"attachments/{sha256_hex(b'extra')}", b"extra", rehash=True),
        "the contribution's signature does not match": rezip({k: v for k, v in unzip(good).items() if k != name} | {
            "manifest.json": canonical_json({**(m := json.loads(unzip(good)["manifest.json"])),
                                             "members": {k: v for k, v in m["members"].items() if k != name}})}),
        "its content is missing": _signed_without_blobs(good, partner),
    }
    for message, raw in cases.items():
        with pytest.raises(InterchangeError, match=message):
            merging.merge_contribution(co, uuid, raw, "tampered.zip")
    assert dump_hash(co) == before


def test_tampered_attachment_in_a_package_is_refused(exchange: dict[str, object], tmp_path: Path) -> None:
    good = exchange["package"]
    assert isinstance(good, bytes)
    name = f"attachments/{hashlib.sha256(LETTER).hexdigest()}"
    fresh = Database.open(tmp_path / "fresh.db")
    try:
        before = dump_hash(fresh)
        for message, raw in {
            "does not match its SHA-256": with_member(good, name, b"forged letter", rehash=False),
            "is not named by its SHA-256": with_member(good, name, b"forged letter", rehash=True),
        }.items():
            with pytest.raises(InterchangeError, match=message):
                packages.open_package(fresh, raw, "tampered.zip")
        assert dump_hash(fresh) == before
    finally:
        fresh.close()
