"""The coordinator resets a partner's registered key (#13): recorded in the audit log, with a clear message; the
partner's next contribution, signed with its new key, then merges and registers it; refusals change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from medicen_desktop.cli import main
from medicen_desktop.exchange.package import read_package
from medicen_desktop.exchange.signature import fingerprint
from medicen_desktop.model import AuditEntry, TrustedKey
from medicen_desktop.services import merging, packages
from medicen_desktop.store.database import Database
from tests.unit.exchange.test_hostile_files import dump_hash
from tests.unit.exchange.test_signatures import _edit, _own_key, world  # noqa: F401 - fixture


def test_reset_key_lets_a_reinstalled_partner_sign_again(world: dict, tmp_path: Path,  # type: ignore[type-arg]  # noqa: F811
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    co, partner, uuid = world["co"], world["partner"], str(world["uuid"])
    assert merging.merge_contribution(co, uuid, world["first"], "qtb-1.medicen-contribution").applied
    old_key = _own_key(partner, uuid)
    # QTB reinstalls: a new database, a new package, a new key pair.
    package = packages.create_package(co, uuid, "QTB")
    reinstalled = Database.open(tmp_path / "qtb-new.db")
    packages.open_package(reinstalled, package.data, "qtb-2.medicen-package")
    _edit(reinstalled, uuid, "QTB after reinstalling.")
    new_key = _own_key(reinstalled, uuid)
    assert new_key.public != old_key.public
    contribution = tmp_path / "qtb-2.medicen-contribution"
    contribution.write_bytes(packages.create_contribution(reinstalled, uuid).data)
    co.close()
    co_path = tmp_path / "co.db"
    assert main(["--db", str(co_path), "merge", uuid, str(contribution)]) == 2
    assert "QTB's key, registered with its first contribution" in capsys.readouterr().err

    before = dump_hash(co_path)
    assert main(["--db", str(co_path), "reset-key", uuid, "--partner", "NOBODY"]) == 2
    assert "NOBODY" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "qtb-new.db"), "reset-key", uuid, "--partner", "QTB"]) == 2
    assert "partner copy" in capsys.readouterr().err
    assert dump_hash(co_path) == before

    assert main(["--db", str(co_path), "reset-key", uuid, "--partner", "qtb"]) == 0
    out = capsys.readouterr().out
    assert f"QTB's registered key {fingerprint(old_key.public)} is forgotten" in out
    assert "next merged contribution registers its key again" in out
    db = Database.open(co_path)
    try:
        participation = read_package(package.data, "p").manifest.partner.participation_uuid
        with db.read() as session:
            assert session.get(TrustedKey, (uuid, participation)) is None
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "reset-partner-key")).one()
            assert (entry.actor.endswith("(cli)"), entry.detail["fingerprint"], entry.detail["partner"]) == (
                True, fingerprint(old_key.public), participation)
        report = merging.merge_contribution(db, uuid, contribution.read_bytes(), contribution.name)
        assert report.applied and report.new_key == fingerprint(new_key.public)
        with db.read() as session:
            row = session.get(TrustedKey, (uuid, participation))
            assert row is not None and row.public_key == new_key.public
    finally:
        db.close()
    before = dump_hash(co_path)
    assert main(["--db", str(co_path), "reset-key", uuid, "--partner", "APHP"]) == 2
    assert "APHP has no registered key yet" in capsys.readouterr().err
    assert dump_hash(co_path) == before
