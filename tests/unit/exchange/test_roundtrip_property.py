"""Export -> import -> export is byte-identical, for any proposal (hypothesis)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from medicen_desktop.document.jsonio import dump_document, load_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import proposals as service
from medicen_desktop.store.database import Database
from tests.strategies import proposals


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(document=proposals())
def test_export_import_export_is_byte_identical(tmp_path: Path, document: ProposalDocument) -> None:
    db = Database.open(tmp_path / f"{document.proposal.uuid}.db")
    try:
        service.import_document(db, document)  # normalises text on the way in
        first = service.export_json(db, document.proposal.uuid)
        service.import_json(db, first, "first.json", update=True)
        second = service.export_json(db, document.proposal.uuid)
        assert second == first
        assert dump_document(load_document(first)) == first
        assert service.get_document(db, document.proposal.uuid).proposal.revision == 1, "re-import changed nothing"
    finally:
        db.close()
