"""The sample proposal (ÉPI-DIAG), kept as data in ``resources/examples/epi-diag.json``.

ÉPI-DIAG is a realistic i-Démo application of the kind the Paris Region
health cluster labels: an SME coordinating a hospital radiology department,
an academic imaging lab, a young innovative company and a large medical
device maker, around a quantitative MRI biomarker for the early diagnosis
of liver cancer. It is the main test fixture and what `demo` creates.

The file is ordinary interchange JSON: edit it as data (or export a proposal
with `export-json`). Each load gives fresh UUIDs, drawn from ``rng`` for
reproducible tests.
"""

from __future__ import annotations

import random
import uuid as uuidlib

from medicen_desktop.document.jsonio import load_document
from medicen_desktop.document.rekey import with_fresh_uuids
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.resources import resource

SAMPLE_FILE = resource("examples", "epi-diag.json")
SAMPLE_TEMPLATE = "bpi-idemo"


def make_sample(rng: random.Random | None = None) -> ProposalDocument:
    """The ÉPI-DIAG sample proposal, under fresh UUIDs."""
    document = load_document(SAMPLE_FILE.read_bytes(), source=str(SAMPLE_FILE))
    if rng is None:
        return with_fresh_uuids(document)
    seeded = rng
    return with_fresh_uuids(document, lambda: str(uuidlib.UUID(int=seeded.getrandbits(128), version=4)))


__all__ = ["SAMPLE_TEMPLATE", "make_sample"]
