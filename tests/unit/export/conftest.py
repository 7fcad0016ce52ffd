"""Fixtures of the export tests: the sample's tree, template, budget and files rendered once per module."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.tree import DocumentTree
from medicen_desktop.rules.budget import BudgetReport, compute_budget
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.templates import get_template


@pytest.fixture(scope="module")
def sample_doc() -> ProposalDocument:
    return make_sample(random.Random(99))


@pytest.fixture(scope="module")
def template(sample_doc: ProposalDocument) -> FunderTemplate:
    return get_template(sample_doc.proposal.template_key)


@pytest.fixture(scope="module")
def budget(sample_doc: ProposalDocument, template: FunderTemplate) -> BudgetReport:
    return compute_budget(sample_doc, template)


@pytest.fixture(scope="module")
def tree(sample_doc: ProposalDocument, template: FunderTemplate) -> DocumentTree:
    return build_tree(sample_doc, template, today=dt.date(2026, 11, 28))


# A call text quoted (several paragraphs, a list, a nested quote) and code listings (fenced with tabs,
# blank lines and markup-like characters; indented; one line far wider than the page; Greek, µ, ≤, ±
# and an emoji, which DejaVu Sans Mono has not).
QUOTE_AND_CODE = (
    "Extrait de l'appel\u00a0:\n\n"
    "> Les projets **doivent** associer un *partenaire* clinique francilien.\n>\n"
    "> Les dépenses éligibles comprennent\u00a0:\n>\n> - les frais de personnel\n> - les amortissements\n>\n"
    "> > Note de l'appel\u00a0: citation imbriquée du règlement général.\n>\n"
    "> Fin de la citation de l'appel.\n\n"
    "Notre réponse, avec la chaîne de traitement\u00a0:\n\n"
    "```bash\n# aligner les lectures\nbwa mem ref.fa \\\n    reads_1.fq  reads_2.fq > out.sam\n\n"
    "\tsamtools sort -o x.bam <b>&amp; _x_ **y**\n"
    "seuil = 0.05  # α ≤ 0,05 ; µ ± σ ; ok 😀\n"
    "resultat_final = normaliser_intensites(volume_irm, reference_atlas, methode='zscore', masque=masque_foie, "
    "verbose=True)  # fin_de_ligne_longue\n```\n\n"
    "Exemple indenté\u00a0:\n\n    ATGCGT  TTAG\n\n      indentation gardée\n    GGCA\n\nSuite du texte.")


@pytest.fixture(scope="module")
def quoted_doc(sample_doc: ProposalDocument) -> ProposalDocument:
    """The sample with quotes and code blocks appended to its methodology section."""
    sections = [s.model_copy(update={"body": s.body + "\n\n" + QUOTE_AND_CODE}) if s.key == "methodology" else s
                for s in sample_doc.sections]
    return sample_doc.model_copy(update={"sections": sections})


@pytest.fixture(scope="module")
def quoted_tree(quoted_doc: ProposalDocument, template: FunderTemplate) -> DocumentTree:
    return build_tree(quoted_doc, template, today=dt.date(2026, 11, 28))


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("export")
