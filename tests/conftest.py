"""Shared fixtures: a fresh database, the sample proposal, helpers to hash files.

Qt runs headless in every test: the platform is set here, before any test
module can import Qt.
"""

from __future__ import annotations

import hashlib
import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Validated templates are cached per user: tests keep theirs apart, and ignore the user's own templates.
os.environ.setdefault("MEDICEN_CACHE_DIR", tempfile.mkdtemp(prefix="medicen-test-cache-"))
os.environ.setdefault("MEDICEN_TEMPLATES", os.path.join(os.environ["MEDICEN_CACHE_DIR"], "no-user-templates"))

from medicen_desktop.document.sample import make_sample# noqa: E402
from medicen_desktop.document.schema import ProposalDocument  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample() -> ProposalDocument:
    """The ÉPI-DIAG sample proposal, with reproducible UUIDs."""
    return make_sample(random.Random(1234))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "medicen.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary folder."""
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def sample_in_db(db: Database, sample: ProposalDocument) -> str:
    """The sample proposal stored in ``db``; returns its UUID."""
    from medicen_desktop.services import proposals

    return proposals.import_document(db, sample)
