"""Every hostile package or contribution is refused with its own message, exit code 2,
and the database byte-for-byte as before (hash of its SQL dump)."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.exchange.digest import canonical_json, sha256_hex
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.sample import make_sample
from medicen_desktop.services import edit, merging, packages, proposals
from medicen_desktop.store.database import Database


def dump_hash(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def unzip(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names, which one test wants
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return buffer.getvalue()


def with_snapshot(raw: bytes, snapshot: bytes, *, rehash: bool = True, **manifest_changes: object) -> bytes:
    """The archive with another snapshot (and, with ``rehash``, a manifest listing its hash)."""
    members = unzip(raw)
    manifest = json.loads(members["manifest.json"])
    if rehash:
        manifest["members"]["snapshot.json"] = sha256_hex(snapshot)
        key = "snapshot_sha256" if "snapshot_sha256" in manifest else "base_sha256"
        manifest[key] = sha256_hex(snapshot)
    manifest.update(manifest_changes)
    members["manifest.json"] = canonical_json(manifest)
    members["snapshot.json"] = snapshot
    return rezip(list(members.items()))


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("hostile")
    co = Database.open(folder / "co.db")
    uuid = proposals.create_demo(co)
    other = proposals.import_document(co, make_sample(), actor="test")
    package = packages.create_package(co, uuid, "QTB")
    partner = Database.open(folder / "partner.db")
    packages.open_package(partner, package.data, "qtb.zip")
    doc = proposals.get_document(partner, uuid)
    section = next(s for s in doc.sections if s.key == "state_of_the_art")
    edit.update_fields(partner, "sections", section.uuid, {"body": section.body + "\n\nQTB."})
    contribution = packages.create_contribution(partner, uuid).data
    edit.update_fields(partner, "sections", section.uuid, {"title": "Once merged"})
    already = packages.create_contribution(partner, uuid).data
    merging.merge_contribution(co, uuid, already, "first.zip")
    partner.close()
    co.close()
    return {"db": folder / "co.db", "uuid": uuid, "other": other, "good": contribution,
            "already": already, "package": package.data, "folder": folder}


def _tampered_text(raw: bytes) -> bytes:
    return json.loads(unzip(raw)["snapshot.json"])


def _snapshot_with(raw: bytes, change: Callable[[dict], None]) -> bytes:  # type: ignore[type-arg]
    data = _tampered_text(raw)
    change(data)  # type: ignore[arg-type]
    return json.dumps(data, ensure_ascii=False).encode()


HOSTILE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "not a zip": (lambda good: b"Hello, I am a Word document", "not a zip archive"),
    "truncated": (lambda good: good[: len(good) // 2], "truncated or damaged zip"),
    "dot-dot": (lambda good: rezip([*unzip(good).items(), ("../../evil.json", b"{}")]), "contains '..'"),
    "absolute": (lambda good: rezip([("/etc/cron.d/evil", b"x"), *unzip(good).items()]), "absolute path"),
    "drive": (lambda good: rezip([("C:/Windows/evil.dll", b"x"), *unzip(good).items()]), "absolute path"),
    "duplicate": (lambda good: rezip([*unzip(good).items(), ("snapshot.json", b"{}")]), "duplicate member name"),
    "unexpected member": (lambda good: rezip([*unzip(good).items(), ("run.exe", b"MZ")]), "unexpected member"),
    "too many members": (
        lambda good: rezip([*unzip(good).items(), *((f"attachments/{i:064x}", b"") for i in range(2_001))]),
        "too many members",
    ),
    "size bomb": (lambda good: with_snapshot(good, b" " * (65 * 1024 * 1024)), "over the 67,108,864-byte cap"),
    "ratio bomb": (lambda good: with_snapshot(good, b"0" * (8 * 1024 * 1024)), "zip bomb"),
    "unknown version": (
        lambda good: with_snapshot(good, unzip(good)["snapshot.json"], format_version=2), "unknown contribution format version 2"
    ),
    "not a contribution": (
        lambda good: with_snapshot(good, unzip(good)["snapshot.json"], format="medicen-package"), "not a Medicen contribution"
    ),
    "member hash": (
        lambda good: with_snapshot(good, unzip(good)["snapshot.json"].replace(b"QTB.", b"XYZ."), rehash=False),
        "does not match its SHA-256",
    ),
    "rewritten manifest": (  # hashes recomputed: the partner's signature of the manifest no longer matches
        lambda good: with_snapshot(good, unzip(good)["snapshot.json"].replace(b"QTB.", b"XYZ.")),
        "signature does not match its content",
    ),
    "NaN": (lambda good: with_snapshot(good, b'{"format": NaN}'), "NaN is not a valid number"),
    "duplicate keys": (lambda good: with_snapshot(good, b'{"format": 1, "format": 2}'), "duplicate key"),
    "deep nesting": (lambda good: with_snapshot(good, b"[" * 100_000 + b"]" * 100_000), "nested"),
    "huge number": (lambda good: with_snapshot(good, b'{"n": 1' + b"0" * 5000 + b"}"), "too large"),
    "bad manifest json": (
        lambda good: rezip([("manifest.json", b'{"format": "medicen-contribution", "a": Infinity}'),
                            ("snapshot.json", unzip(good)["snapshot.json"])]),
        "manifest.json: Infinity is not a valid number",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_contribution_is_refused(name: str, setup: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    make, message = HOSTILE[name]
    path: Path = setup["folder"] / f"{name}.zip"  # type: ignore[operator]
    path.write_bytes(make(setup["good"]))  # type: ignore[arg-type]
    before = dump_hash(setup["db"])  # type: ignore[arg-type]
    code = main(["--db", str(setup["db"]), "merge", str(setup["uuid"]), str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and str(path) in err and err.count("\n") == 1
    assert dump_hash(setup["db"]) == before  # type: ignore[arg-type]


def test_contribution_of_another_proposal(setup: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    path = setup["folder"] / "other.zip"
    path.write_bytes(setup["good"])
    before = dump_hash(setup["db"])
    assert main(["--db", str(setup["db"]), "merge", str(setup["other"]), str(path)]) == 2
    assert "contribution of another proposal" in capsys.readouterr().err
    assert dump_hash(setup["db"]) == before


def test_already_merged_is_reported(setup: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    path = setup["folder"] / "again.zip"
    path.write_bytes(setup["already"])
    before = dump_hash(setup["db"])
    assert main(["--db", str(setup["db"]), "merge", str(setup["uuid"]), str(path)]) == 2
    assert "already merged" in capsys.readouterr().err
    assert dump_hash(setup["db"]) == before
    with pytest.raises(merging.AlreadyMerged):
        merging.preview_merge(Database.open(setup["db"]), str(setup["uuid"]), setup["already"], "again.zip")


@pytest.mark.parametrize("name", ["not a zip", "truncated", "dot-dot", "duplicate", "size bomb", "deep nesting"])
def test_hostile_package_is_refused(name: str, setup: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    make, message = HOSTILE[name]
    db_path = tmp_path / "partner.db"
    Database.open(db_path).close()
    before = dump_hash(db_path)
    raw = make(setup["package"])
    with pytest.raises(InterchangeError, match=message.replace("(", r"\(")) as caught:
        packages.open_package(Database.open(db_path), raw, "p.zip")
    assert caught.value.source == "p.zip"
    assert dump_hash(db_path) == before


def test_tampered_package_and_unknown_version(setup: dict) -> None:  # type: ignore[type-arg]
    raw = setup["package"]
    snapshot = unzip(raw)["snapshot.json"]
    with pytest.raises(InterchangeError, match="does not match its SHA-256"):
        packages.read_package(with_snapshot(raw, snapshot.replace(b"QTB", b"XYZ"), rehash=False), "p.zip")
    with pytest.raises(InterchangeError, match="unknown package format version 7"):
        packages.read_package(with_snapshot(raw, snapshot, format_version=7), "p.zip")


def test_a_damaged_deflate_stream_is_refused_not_a_bug() -> None:
    """zlib raises its own error (not BadZipFile) on some damaged streams: still a refused file."""
    from medicen_desktop.exchange.archive import read_archive, write_archive

    raw = bytearray(write_archive({"snapshot.json": bytes(range(256)) * 64}))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        info = archive.getinfo("snapshot.json")
    raw[info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)] ^= 0x10
    with pytest.raises(InterchangeError, match="'snapshot.json' is damaged"):
        read_archive(bytes(raw), "d.zip", lambda name: True)
