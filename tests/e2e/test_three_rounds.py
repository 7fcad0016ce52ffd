"""Three rounds, three partners, edits on both sides every round: no word is lost.

The coordinator (its own database) sends LIB, APHP and QTB a package each
round; each partner (its own database) opens it (round 1) or updates its
copy (rounds 2 and 3), writes in its section and sends a contribution; the
coordinator writes in the same sections (another paragraph), elsewhere, and
once a round in the very paragraph one partner wrote: that conflict is
resolved keeping the coordinator's text (round 1), taking the partner's
(round 2) and editing the result (round 3). After each merge every partner
writes once more without sending: that edit must survive the next round's
update. A stale package is refused. At the end the text of every section is
checked word by word: the original words in their order, every marker
written exactly once, except those a conflict resolution deliberately
dropped (and the last round's unsent edits, still in the partners' copies).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.merge_result import Custom, Resolution
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, merging, packages, proposals
from medicen_desktop.store.database import Database

PARTNERS = {"LIB": ("methodology", 2), "APHP": ("clinical_need", 4), "QTB": ("state_of_the_art", 3)}
ELSEWHERE = "context_objectives"
MARK = "ʘ"  # every marker word starts with it: no original word does


@dataclass
class Consortium:
    co: Database
    uuid: str
    partners: dict[str, Database]
    original: dict[str, str]
    written: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(section key, marker) → how many times it should be in the coordinator's final text."""

    def append(self, who: str, key: str, index: int, tag: str, *, count: bool = True) -> str:
        db = self.co if who == "co" else self.partners[who]
        marker = f"{MARK}{tag}"
        section = next(s for s in proposals.get_document(db, self.uuid).sections if s.key == key)
        paras = paragraphs(section.body)
        paras[index] += f" {marker}"
        edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})
        if count:
            self.written[(key, marker)] += 1
        return marker

    def drop(self, key: str, marker: str) -> None:
        self.written[(key, marker)] -= 1

    def body(self, who: str, key: str) -> str:
        db = self.co if who == "co" else self.partners[who]
        return next(s.body for s in proposals.get_document(db, self.uuid).sections if s.key == key)


@pytest.fixture
def consortium(tmp_path: Path) -> Iterator[Consortium]:
    co = Database.open(tmp_path / "coordinator.db")
    uuid = proposals.create_demo(co)
    for partner, (key, wp) in PARTNERS.items():
        assignment.set_assignment(co, uuid, partner, [key], [wp], actor="co")
    document = proposals.get_document(co, uuid)
    original = {s.key: s.body for s in document.sections}
    partners = {name: Database.open(tmp_path / f"{name}.db") for name in PARTNERS}
    yield Consortium(co, uuid, partners, original)
    for db in (co, *partners.values()):
        db.close()


def _resolve(kind: str, conflict_id: str, report: merging.MergeReport, partner_marker: str) -> Resolution:
    if kind != "edited":
        return kind  # type: ignore[return-value]
    (conflict,) = [c for c in report.unresolved if c.id == conflict_id]
    (hunk,) = conflict.hunks
    assert partner_marker in hunk.theirs and partner_marker not in hunk.ours
    return Custom(conflict.resolved("ours").replace(hunk.ours, f"{hunk.ours} {partner_marker} {MARK}EDITr3"))


def test_three_rounds_three_partners_no_word_lost(consortium: Consortium) -> None:
    c = consortium
    resolutions = ["ours", "theirs", "edited"]
    unsent: dict[str, str] = {}
    packages_of: dict[int, dict[str, bytes]] = {}
    for r, (conflicted, resolution) in enumerate(zip(PARTNERS, resolutions, strict=True), start=1):
        # The coordinator sends each partner this round's package; the partner opens it or updates its copy.
        packages_of[r] = {p: packages.create_package(c.co, c.uuid, p).data for p in PARTNERS}
        for partner, (key, _wp) in PARTNERS.items():
            opened = packages.open_package(c.partners[partner], packages_of[r][partner], f"{partner}-{r}.zip")
            assert opened.round == r and (opened.rebased_from is not None) == (r > 1)
            if partner in unsent:  # the edit written after the last contribution survived the update
                assert c.body(partner, key).count(unsent[partner]) == 1
        if r == 3:  # a stale package (round 2's) is refused, nothing changes
            before = proposals.export_json(c.partners["LIB"], c.uuid)
            with pytest.raises(InterchangeError, match="older than the one this copy was opened from"):
                packages.open_package(c.partners["LIB"], packages_of[2]["LIB"], "LIB-2.zip")
            assert proposals.export_json(c.partners["LIB"], c.uuid) == before

        # Both sides write: partners in their first paragraph, the coordinator in the third and elsewhere,
        # and in the very paragraph the conflicted partner wrote.
        partner_markers = {p: c.append(p, key, 0, f"{p}r{r}a") for p, (key, _wp) in PARTNERS.items()}
        for partner, (key, _wp) in PARTNERS.items():
            c.append("co", key, 2, f"COr{r}{partner}")
        c.append("co", ELSEWHERE, 0, f"COr{r}g")
        conflicted_key = PARTNERS[conflicted][0]
        coordinator_marker = c.append("co", conflicted_key, 0, f"COr{r}c")

        # Contributions are merged; the conflicted one writes nothing until its conflict is resolved.
        for partner, (key, _wp) in PARTNERS.items():
            raw = packages.create_contribution(c.partners[partner], c.uuid).data
            report = merging.merge_contribution(c.co, c.uuid, raw, f"{partner}-{r}.medicen-contribution")
            if partner != conflicted:
                assert report.applied and not report.conflicts and not report.refused
                continue
            assert not report.applied and [x.field for x in report.unresolved] == ["body"]
            conflict_id = report.unresolved[0].id
            choice = _resolve(resolution, conflict_id, report, partner_markers[partner])
            report = merging.merge_contribution(c.co, c.uuid, raw, f"{partner}-{r}.medicen-contribution",
                                                resolutions={conflict_id: choice})
            assert report.applied and not report.unresolved
            if resolution == "ours":
                c.drop(key, partner_markers[partner])
            elif resolution == "theirs":
                c.drop(key, coordinator_marker)
            else:
                c.written[(key, f"{MARK}EDITr3")] += 1

        # Each partner writes once more without sending it: the next round's update must keep it.
        for partner, (key, _wp) in PARTNERS.items():
            unsent[partner] = c.append(partner, key, 1, f"{partner}r{r}u", count=r < 3)

    # Word by word: the original words in order, and exactly the markers expected.
    for key in [*[k for k, _ in PARTNERS.values()], ELSEWHERE]:
        words = c.body("co", key).split()
        assert [w for w in words if not w.startswith(MARK)] == c.original[key].split(), key
        found = Counter(w for w in words if w.startswith(MARK))
        expected = Counter({m: n for (k, m), n in c.written.items() if k == key and n})
        assert found == expected, key
    # The round-1 decision (the coordinator's paragraph kept) reached LIB; the last unsent edits stay in the copies.
    assert f"{MARK}LIBr1a" not in c.body("LIB", "methodology") and f"{MARK}COr1c" in c.body("LIB", "methodology")
    for partner, (key, _wp) in PARTNERS.items():
        assert c.body(partner, key).count(unsent[partner]) == 1
        assert unsent[partner] not in c.body("co", key)
