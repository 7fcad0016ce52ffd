"""Fixtures of the export tests: the sample's tree, template, budget and files rendered once per module."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from medicen_desktop.exchange.sample import make_sample
from medicen_desktop.exchange.schema import ProposalDocument
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


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("export")
