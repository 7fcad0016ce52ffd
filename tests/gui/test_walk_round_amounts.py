"""Found in a walk: the partner's "What changed since your last package" said "montant : 3500.50 → 4200" in
the French UI. Amounts came back from the package's JSON as strings; they are read back as the snapshot held
them (Decimal), and shown the UI's way."""

from __future__ import annotations

import re
from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.package import read_package
from medicen_desktop.gui import i18n
from medicen_desktop.gui.round_changes_view import PackageChangesDialog
from tests.unit.exchange.test_round_changes import _package


def test_a_changed_amount_reads_the_french_way(qtbot, sample: ProposalDocument) -> None:  # type: ignore[no-untyped-def]
    def with_amount(amount: str) -> ProposalDocument:
        lines = list(sample.budget_lines)
        lines[0] = lines[0].model_copy(update={"amount": Decimal(amount)})
        return sample.model_copy(update={"budget_lines": lines})

    previous, later = with_amount("3500.50"), with_amount("4200")
    changes = read_package(_package(later, previous), "round2.medicen-package").changes
    assert changes is not None
    field = next(f for e in changes.diff.entities for f in e.fields if f.field == "amount")
    assert (field.before, field.after) == (Decimal("3500.50"), Decimal("4200"))
    i18n.install("fr")
    dialog = PackageChangesDialog(changes, later, "fr")
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert re.search(r"montant\s:\s3\s500,50 → 4\s200$", text, re.MULTILINE), text  # toPlainText: no-break spaces plain
