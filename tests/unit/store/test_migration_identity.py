"""Migration 0004: free-text regions become ISO 3166-2 codes; what no code matches is kept and reported."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from medicen_desktop.services import proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database
from tests.unit.store.test_migrations import _downgrade

_MESSY = {
    "ile": ("Ile-de-France", "FR"),
    "lower": ("île-de-france ", "FR"),
    "code": ("FR-IDF", "FR"),
    "paris": ("Paris", "FR"),
    "old": ("Rhône-Alpes", "FR"),
    "bavaria": ("Bayern", "DE"),
    "atlantis": ("Atlantis", "FR"),
    "empty": ("", "FR"),
}


def test_regions_are_mapped_to_codes_and_the_rest_reported(db: Database, db_path: Path, sample_in_db: str,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    db.close()
    _downgrade(db_path, "0003")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        assert "vat" not in {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(organisations)")}
        for key, (region, country) in _MESSY.items():
            connection.execute(text(
                "INSERT INTO organisations (uuid, revision, legal_name, short_name, kind, siret, pic, country, region,"
                " city, address, website, description) VALUES (:uuid, 1, :name, :name, 'sme', '', '', :country,"
                " :region, '', '', '', '')"), {"uuid": f"org-{key}", "name": f"Org {key}", "country": country,
                                               "region": region})
    engine.dispose()

    with caplog.at_level(logging.WARNING, logger="medicen_desktop.store.migrations"):
        upgraded = Database.open(db_path)
    try:
        with upgraded.read() as session:
            regions = dict(session.execute(text("SELECT uuid, region FROM organisations WHERE uuid LIKE 'org-%'")).all())
            flags = session.execute(text("SELECT vat, is_non_profit, balance_sheet FROM organisations"
                                         " WHERE uuid = 'org-ile'")).one()
        assert regions == {"org-ile": "FR-IDF", "org-lower": "FR-IDF", "org-code": "FR-IDF", "org-paris": "FR-IDF",
                           "org-old": "FR-ARA", "org-bavaria": "DE-BY", "org-atlantis": "Atlantis", "org-empty": ""}
        assert tuple(flags) == ("", 0, None)
        reported = [r.getMessage() for r in caplog.records]
        assert len(reported) == 1 and "'Atlantis'" in reported[0] and "Org atlantis" in reported[0]
        # The sample's own partners (written as FR-IDF by this version) are untouched and still load.
        assert proposals.get_document(upgraded, sample_in_db).organisations[0].region == "FR-IDF"
    finally:
        upgraded.close()


def test_upgrade_returns_the_notes(db: Database, db_path: Path) -> None:
    db.close()
    _downgrade(db_path, "0003")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO organisations (uuid, revision, legal_name, short_name, kind, siret, pic, country, region,"
            " city, address, website, description) VALUES ('o', 1, 'Lab', '', 'academic', '', '', 'FR', 'Gondor',"
            " '', '', '', '')"))
    notes = migrations.upgrade(engine, db_path, backup=False)
    engine.dispose()
    assert len(notes) == 1 and "'Gondor'" in notes[0]
