"""The one cost base on the large proposal: a budget recomputed after one effort change, the lump-sum table written.

What it times, in one process with the libraries already imported (as the
GUI's budget step and its export worker run them):

1. ``recompute``: one person-month changed in the effort matrix (a new
   snapshot with that effort replaced, as the session makes it), then the
   budget (``compute_budget``: personnel from effort × rates for 25
   partners) and its breakdown by work package (the Budget by WP tab).
   Target ≤ 20 ms. Baseline in the same batch: ``compute_budget`` of the
   same proposal with personnel typed as amounts (the budget before the
   cost base), printed as a ratio. Also timed: the same with every effort
   given per task (each WP's months split over its tasks), same target.
2. ``lump-sum``: ``export --form he-lump-sum`` of the large proposal to a
   file (budget, workbook, formulas, cached values). Target ≤ 1 s.
   Baseline in the same batch: the budget workbook (``--format xlsx``).

Runs are interleaved (recompute, baseline, recompute…) and medians printed
with the load average (the machine is shared). Run:
``.venv/bin/python benchmarks/cost_bench.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal

from medicen_desktop.document.schema import Effort, ProposalDocument, StaffRate  # noqa: E402
from medicen_desktop.rules.budget import compute_budget  # noqa: E402
from medicen_desktop.rules.cost_breakdown import breakdown  # noqa: E402
from medicen_desktop.rules.templates import get_template  # noqa: E402
from medicen_desktop.services.export import export_document  # noqa: E402
from tests.large_proposal import make_large  # noqa: E402


def with_rates(typed: ProposalDocument) -> ProposalDocument:
    """The large proposal with personnel from its effort matrix: one monthly rate per partner."""
    rates = [StaffRate(uuid=f"00000000-0000-4000-8000-{i:012d}", participation_uuid=p.uuid, label="Researcher",
                       monthly_rate=Decimal("7000")) for i, p in enumerate(typed.participations)]
    lines = [b for b in typed.budget_lines if b.category != "personnel"]
    return typed.model_copy(update={"staff_rates": rates, "budget_lines": lines})


def by_task(document: ProposalDocument) -> ProposalDocument:
    """The proposal with every partner's months in a WP split evenly over the WP's tasks (effort per task)."""
    tasks: dict[str, list[str]] = {}
    for task in document.tasks:
        tasks.setdefault(task.work_package_uuid, []).append(task.uuid)
    efforts: list[Effort] = []
    for effort in document.efforts:
        own = tasks.get(effort.work_package_uuid, [])
        if not own:
            efforts.append(effort)
            continue
        part = (effort.person_months / len(own)).quantize(Decimal("0.01"))
        for index, task in enumerate(own):
            efforts.append(effort.model_copy(update={
                "uuid": effort.uuid if index == 0 else f"{effort.uuid[:24]}{index:012d}", "task_uuid": task,
                "person_months": part}))
    return document.model_copy(update={"efforts": efforts})


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    typed = make_large()
    document = with_rates(typed)
    template = get_template(document.proposal.template_key)
    labels = {w.uuid: f"WP{w.number}" for w in document.work_packages}
    names = {p.uuid: p.uuid[:8] for p in document.participations}
    state = {"doc": document, "n": 0}
    per_task = {"doc": by_task(document), "n": 0}

    def recompute(state: dict[str, object] = state) -> None:
        doc = state["doc"]
        assert isinstance(doc, ProposalDocument)
        state["n"] = int(state["n"]) + 1  # type: ignore[call-overload]
        efforts = list(doc.efforts)
        efforts[0] = efforts[0].model_copy(update={"person_months": Decimal(6) + int(state["n"]) % 3})  # type: ignore[call-overload]
        changed = doc.model_copy(update={"efforts": efforts})
        report = compute_budget(changed, template)
        breakdown(report, template, "wp", labels, names)
        state["doc"] = changed

    def baseline() -> None:
        compute_budget(typed, template)

    recompute_times, baseline_times, task_times = [], [], []
    for _ in range(args.runs):
        recompute_times.append(_timed(recompute))
        baseline_times.append(_timed(baseline))
        task_times.append(_timed(lambda: recompute(per_task)))
    r, b = statistics.median(recompute_times), statistics.median(baseline_times)
    t = statistics.median(task_times)
    print(f"load average {os.getloadavg()[0]:.2f}; {len(document.participations)} partners, "
          f"{len(document.work_packages)} WPs, {len(document.efforts)} efforts, {len(document.budget_lines)} items")
    print(f"recompute after one effort change (budget + by WP): {r * 1000:.1f} ms (target <= 20 ms); "
          f"baseline typed-personnel budget {b * 1000:.1f} ms; ratio {r / b:.2f}")
    print(f"the same with effort per task ({len(per_task['doc'].efforts)} efforts): {t * 1000:.1f} ms "  # type: ignore[attr-defined]
          f"(target <= 20 ms); ratio to the baseline {t / b:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        form_times, workbook_times = [], []
        for i in range(max(3, args.runs // 3)):
            form_times.append(_timed(lambda: export_document(document, "xlsx", Path(folder) / f"l{i}.xlsx",
                                                             form="he-lump-sum")))
            workbook_times.append(_timed(lambda: export_document(document, "xlsx", Path(folder) / f"w{i}.xlsx")))
    f, w = statistics.median(form_times), statistics.median(workbook_times)
    print(f"lump-sum table export (budget + workbook + cached values, to a file): {f:.3f} s (target <= 1 s); "
          f"baseline budget workbook {w:.3f} s; ratio {f / w:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
