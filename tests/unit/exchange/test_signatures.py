"""Packages signed by the coordinator, contributions by the partner's own key.

Every refusal names the file, and the database it was offered to is
byte-for-byte as before (hash of its SQL dump).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.contribution import build_contribution, read_contribution
from medicen_desktop.exchange.digest import canonical_json, sha256_hex
from medicen_desktop.exchange.package import read_package
from medicen_desktop.exchange.signature import SIGNATURE_MEMBER, KeyPair, fingerprint, sign_manifest
from medicen_desktop.model import SigningKey, TrustedKey
from medicen_desktop.services import edit, merging, packages, proposals
from medicen_desktop.store.database import Database
from tests.unit.exchange.test_hostile_files import dump_hash


def unzip(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _own_key(db: Database, uuid: str) -> KeyPair:
    with db.read() as session:
        row = session.get(SigningKey, uuid)
        assert row is not None
        return KeyPair(row.private_key, row.public_key)


def _edit(db: Database, uuid: str, words: str) -> None:
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == "state_of_the_art")
    edit.update_fields(db, "sections", section.uuid, {"body": section.body + f"\n\n{words}"})


def _forged(package: bytes, snapshot_from: bytes, key: KeyPair, *, secret: str | None = None) -> bytes:
    """What someone holding the package can write: a contribution answering it, with the secret it carries."""
    manifest = read_package(package, "p").manifest
    contribution = read_contribution(snapshot_from, "c")
    return build_contribution(
        contribution.snapshot, contribution.blobs, package_uuid=manifest.package_uuid,
        participation_uuid=manifest.partner.participation_uuid, base_sha256=manifest.base_sha256,
        secret=secret or manifest.secret, created_at=contribution.manifest.created_at,
        app_version="9.9.9", key=key)


@pytest.fixture
def world(tmp_path: Path) -> dict[str, object]:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    package = packages.create_package(co, uuid, "QTB")
    partner = Database.open(tmp_path / "qtb.db")
    packages.open_package(partner, package.data, "qtb.medicen-package")
    _edit(partner, uuid, "QTB round 1.")
    first = packages.create_contribution(partner, uuid).data
    return {"co": co, "partner": partner, "uuid": uuid, "package": package.data, "first": first,
            "folder": tmp_path}


def test_packages_are_signed_by_the_coordinators_key_and_carry_no_private_key(world: dict) -> None:  # type: ignore[type-arg]
    co, partner, uuid, raw = world["co"], world["partner"], world["uuid"], world["package"]
    coordinator = _own_key(co, uuid)
    assert read_package(raw, "p").signer == coordinator.public
    with partner.read() as session:
        trusted = session.get(TrustedKey, (uuid, "coordinator"))
        assert trusted is not None and trusted.public_key == coordinator.public
    mine = _own_key(partner, uuid)
    assert mine.public != coordinator.public
    for data in (raw, world["first"]):
        content = data + b"".join(unzip(data).values())
        for private in (coordinator.private, mine.private):
            assert private not in content and private.hex().encode() not in content


def test_a_tampered_package_is_refused_and_nothing_is_written(world: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    raw = world["package"]
    members = unzip(raw)
    snapshot = members["snapshot.json"].replace(b"QTB", b"QXB", 1)
    manifest = json.loads(members["manifest.json"])  # the careful forger recomputes every hash
    manifest["members"]["snapshot.json"] = manifest["base_sha256"] = sha256_hex(snapshot)
    careful = rezip({**members, "manifest.json": canonical_json(manifest), "snapshot.json": snapshot})
    flipped = bytearray(raw)  # one bit of the snapshot's compressed bytes: a bad deflate stream or CRC
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        info = archive.getinfo("snapshot.json")
    start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
    flipped[start + info.compress_size // 2] ^= 0x01
    round2 = unzip(packages.create_package(world["co"], world["uuid"], "QTB").data)  # type: ignore[arg-type]
    resigned = rezip({**round2, SIGNATURE_MEMBER: sign_manifest(round2["manifest.json"], KeyPair.generate())})
    unsigned = rezip({k: v for k, v in members.items() if k != SIGNATURE_MEMBER})
    fresh_path = tmp_path / "fresh.db"
    Database.open(fresh_path).close()
    before = dump_hash(fresh_path)
    for data, message in ((careful, "signature does not match its content"),
                          (bytes(flipped), "damaged"),
                          (unsigned, "this package is not signed")):
        with pytest.raises(InterchangeError, match=message) as caught:
            packages.open_package(Database.open(fresh_path), data, "tampered.medicen-package")
        assert caught.value.source == "tampered.medicen-package"
        assert dump_hash(fresh_path) == before
    # Re-signed by someone else: a first package cannot tell (trust on first use), a later one can.
    partner_path = Path(str(world["folder"])) / "qtb.db"
    before = dump_hash(partner_path)
    with pytest.raises(InterchangeError, match="not by your coordinator's key"):
        packages.open_package(world["partner"], resigned, "round2.medicen-package")  # type: ignore[arg-type]
    assert dump_hash(partner_path) == before


def test_a_later_package_from_the_same_coordinator_is_accepted(world: dict) -> None:  # type: ignore[type-arg]
    co, partner, uuid = world["co"], world["partner"], world["uuid"]
    second = packages.create_package(co, uuid, "QTB")  # type: ignore[arg-type]
    opened = packages.open_package(partner, second.data, "round2.medicen-package")  # type: ignore[arg-type]
    assert opened.signed_by == second.signed_by == fingerprint(_own_key(co, uuid).public)  # type: ignore[arg-type]


def test_first_contribution_registers_the_partners_key_and_a_forger_cannot_merge(
        world: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    co, partner, uuid, package = world["co"], world["partner"], world["uuid"], world["package"]
    report = merging.merge_contribution(co, uuid, world["first"], "qtb-1.medicen-contribution")  # type: ignore[arg-type]
    partner_key = _own_key(partner, uuid)  # type: ignore[arg-type]
    assert report.applied and report.new_key == fingerprint(partner_key.public)
    with co.read() as session:  # type: ignore[attr-defined]
        participation = read_package(package, "p").manifest.partner.participation_uuid
        row = session.get(TrustedKey, (uuid, participation))
        assert row is not None and row.public_key == partner_key.public
    _edit(partner, uuid, "QTB round 1, later.")  # type: ignore[arg-type]
    second = packages.create_contribution(partner, uuid).data  # type: ignore[arg-type]
    # Someone holding QTB's package (and so its secret) writes a contribution of its own.
    forged = _forged(package, second, KeyPair.generate())  # type: ignore[arg-type]
    path = Path(str(world["folder"])) / "forged.medicen-contribution"
    path.write_bytes(forged)
    co.close()  # type: ignore[attr-defined]
    db_path = Path(str(world["folder"])) / "co.db"
    before = dump_hash(db_path)
    assert main(["--db", str(db_path), "merge", str(uuid), str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "QTB's key, registered with its first contribution" in err
    assert dump_hash(db_path) == before
    # The partner's own next contribution still merges, and registers nothing new.
    again = merging.merge_contribution(Database.open(db_path), str(uuid), second, "qtb-2.medicen-contribution")
    assert again.applied and again.new_key is None


def test_an_unsigned_contribution_is_refused_even_before_any_key_is_registered(world: dict) -> None:  # type: ignore[type-arg]
    co, uuid, good = world["co"], world["uuid"], world["first"]
    unsigned = rezip({k: v for k, v in unzip(good).items() if k != SIGNATURE_MEMBER})  # type: ignore[arg-type]
    with pytest.raises(InterchangeError, match="this contribution is not signed .*older version") as caught:
        merging.merge_contribution(co, uuid, unsigned, "old.medicen-contribution")  # type: ignore[arg-type]
    assert caught.value.source == "old.medicen-contribution"
    with co.read() as session:  # type: ignore[attr-defined]
        assert session.query(TrustedKey).count() == 0


def test_a_signed_contribution_with_another_packages_secret_is_refused(world: dict) -> None:  # type: ignore[type-arg]
    co, partner, uuid = world["co"], world["partner"], world["uuid"]
    wrong = _forged(world["package"], world["first"], _own_key(partner, uuid), secret="ab" * 32)  # type: ignore[arg-type]
    with pytest.raises(InterchangeError, match="HMAC does not match"):
        merging.merge_contribution(co, uuid, wrong, "wrong.medicen-contribution")  # type: ignore[arg-type]
