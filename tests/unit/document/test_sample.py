"""The sample proposal is data (resources/examples) and loads under fresh UUIDs."""

from __future__ import annotations

import json
import random

from medicen_desktop.document.rekey import with_fresh_uuids
from medicen_desktop.document.sample import SAMPLE_FILE, make_sample
from medicen_desktop.document.schema import ENTITY_LISTS


def _uuids(document):
    return {document.proposal.uuid} | {e.uuid for name in ENTITY_LISTS for e in getattr(document, name)}


def test_the_sample_is_the_shipped_json_under_new_uuids():
    shipped = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    first, second = make_sample(), make_sample()
    assert first.proposal.acronym == shipped["proposal"]["acronym"] == "ÉPI-DIAG"
    assert [s.body for s in first.sections] == [s["body"] for s in shipped["sections"]]
    assert not _uuids(first) & _uuids(second)
    assert shipped["proposal"]["uuid"] not in _uuids(first)


def test_a_seeded_sample_is_reproducible():
    assert make_sample(random.Random(7)) == make_sample(random.Random(7))
    assert make_sample(random.Random(7)) != make_sample(random.Random(8))


def test_fresh_uuids_follow_references_and_can_keep_organisations():
    document = make_sample(random.Random(1))
    copy = with_fresh_uuids(document, keep_organisations=True)
    assert {o.uuid for o in copy.organisations} == {o.uuid for o in document.organisations}
    assert not ({p.uuid for p in copy.participations} & {p.uuid for p in document.participations})
    wp_of = {wp.uuid: wp.number for wp in copy.work_packages}
    old_wp_of = {wp.uuid: wp.number for wp in document.work_packages}
    assert [wp_of[t.work_package_uuid] for t in copy.tasks] == [old_wp_of[t.work_package_uuid] for t in document.tasks]
    assert all(e.revision == 1 for e in copy.sections)
