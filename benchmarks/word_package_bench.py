"""Reading back a Word package holding the large proposal's longest sections: target ≤ 1 s.

Set-up (not timed): ``make_large()`` in a coordinator database; one partner is
assigned the four longest sections; its Word package is written
(``package --format docx``) and edited as Word would save it (python-docx: a
sentence added to each part), and the same edits are also written as an app
contribution (the zip), the baseline.

Timed, labelled:

- **process to process** (what the user waits for at the command line):
  ``merge PROPOSAL FILE.docx --dry-run`` as a fresh process, from launch to
  exit, against ``merge PROPOSAL FILE.zip --dry-run`` of the same edits and
  ``python -c pass``, interleaved runs, medians and the ratio to the zip;
- **in-process** (the GUI's worker, libraries imported): reading the file
  back into a contribution (``read_word_contribution``: zip checks, XML,
  marks, Markdown, canonical paragraphs), and the whole preview
  (``preview_word_merge``: that plus the three-way merge).

Run: ``.venv/bin/python benchmarks/word_package_bench.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal
sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402

from medicen_desktop.services import assignment, proposals, word_packages  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402
from process import PYTHON, environment, interleaved  # noqa: E402
from tests.e2e.word_files import part_paragraphs  # noqa: E402
from tests.large_proposal import make_large  # noqa: E402
from timing import median_time  # noqa: E402

PARTS = 4


def _setup(folder: Path) -> tuple[Path, str, Path, Path, int]:
    """(database, proposal UUID, returned .docx, the same edits as a zip contribution, words in the parts)."""
    db = Database.open(folder / "co.db")
    large = make_large()
    uuid = proposals.import_document(db, large, actor="bench")
    longest = sorted(large.sections, key=lambda s: len(s.body), reverse=True)[:PARTS]
    partner = large.participations[1].uuid
    assignment.set_assignment(db, uuid, partner, [s.key for s in longest], [])
    made = word_packages.create_word_package(db, uuid, partner, output=folder / "package.docx")
    document = Document(io.BytesIO(made.data))
    for section in longest:
        part_paragraphs(document, section.key)[1].add_run(" Phrase ajoutée par le partenaire.")
    returned = folder / "returned.docx"
    document.save(str(returned))
    contribution = word_packages.read_word_contribution(db, uuid, returned.read_bytes(), "returned.docx")
    (folder / "returned.zip").write_bytes(contribution.data)
    words = sum(len(s.body.split()) for s in longest)
    db.close()
    return folder / "co.db", uuid, returned, folder / "returned.zip", words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args(argv).runs
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as name:
        db_path, uuid, docx, zipped, words = _setup(Path(name))
        print(f"set-up: make_large(), {PARTS} longest sections in the package ({words:,} words), "
              f"{docx.stat().st_size:,}-byte .docx")
        app = [PYTHON, "-m", "medicen_desktop", "--db", str(db_path), "merge", uuid]
        samples = interleaved({
            "python -c pass (floor)": [PYTHON, "-c", "pass"],
            "merge FILE.zip --dry-run (baseline)": [*app, str(zipped), "--dry-run"],
            "merge FILE.docx --dry-run": [*app, str(docx), "--dry-run"],
        }, runs, environment())
        baseline = samples["merge FILE.zip --dry-run (baseline)"].median
        print(f"process to process (launch to exit, median of {runs} interleaved runs):")
        for label, sample in samples.items():
            print(f"  {label:<38} {sample.median:6.3f} s  x{sample.median / baseline:4.2f} of the zip  "
                  f"peak {sample.peak:5.0f} MB")
        db = Database.open(db_path)
        raw = docx.read_bytes()
        read = median_time(lambda: word_packages.read_word_contribution(db, uuid, raw, "returned.docx"), runs)
        preview = median_time(lambda: word_packages.preview_word_merge(db, uuid, raw, "returned.docx"), runs)
        db.close()
        print(f"in-process (warm, median of {runs}): read back into a contribution {read:.3f} s; "
              f"read back and preview the merge {preview:.3f} s")
    docx_wall = samples["merge FILE.docx --dry-run"].median
    print(f"target: reading back <= 1 s (process to process {docx_wall:.3f} s, in-process {preview:.3f} s); "
          f"load average {load:.2f} -> {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    return 0 if docx_wall <= 1 and preview <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
