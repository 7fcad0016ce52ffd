"""Comment threads: stored, listed, carried by packages and contributions, merged without conflict."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.services import comments, edit, merging, packages, proposals
from medicen_desktop.store.database import Database


def test_threads_with_replies_and_resolution_read_back(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(db)
    root = comments.add_comment(db, uuid, "section:methodology", "Citer l'étude pilote ?", paragraph=2,
                                author="Claire")
    comments.add_comment(db, uuid, None, "Oui, ajoutée.", reply_to=root.uuid, author="Marc")
    line = proposals.get_document(db, uuid).budget_lines[0]
    comments.add_comment(db, uuid, "budget:NVI", "Montant à confirmer", cell="personnel:1")
    comments.add_comment(db, uuid, "wp:WP1", "Durée ?", row=proposals.get_document(db, uuid).work_packages[0].uuid)
    listing = comments.list_comments(db, uuid)
    first = listing.threads[0]
    assert (first.part_key, first.root.anchor, first.root.author, first.root.body) == (
        "section:methodology", "paragraph:2", "Claire", "Citer l'étude pilote ?")
    assert [r.body for r in first.replies] == ["Oui, ajoutée."]
    assert [t.part_key for t in listing.threads] == ["section:methodology", "budget:NVI", "wp:WP1"]
    comments.set_resolved(db, uuid, root.uuid, author="Claire")
    assert [t.root.body for t in comments.list_comments(db, uuid, open_only=True).threads] == [
        "Montant à confirmer", "Durée ?"]
    assert line  # the sample has budget lines
    db.close()


def test_bad_anchors_are_refused_and_nothing_stored(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(db)
    with pytest.raises(Refused, match="no paragraph 99"):
        comments.add_comment(db, uuid, "section:methodology", "x", paragraph=99)
    with pytest.raises(Refused, match="--paragraph anchors"):
        comments.add_comment(db, uuid, "wp:WP1", "x", paragraph=1)
    with pytest.raises(Refused, match="needs some text"):
        comments.add_comment(db, uuid, "wp:WP1", "   ")
    with pytest.raises(NotFound):
        comments.add_comment(db, uuid, "section:nope", "x")
    with pytest.raises(NotFound):
        comments.add_comment(db, uuid, None, "x", reply_to="00000000-0000-0000-0000-000000000000")
    assert comments.list_comments(db, uuid).threads == []
    db.close()


def test_comments_travel_in_packages_and_contributions_and_merge(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    asked = comments.add_comment(co, uuid, "section:clinical_need", "Préciser la cohorte", paragraph=1)
    comments.add_comment(co, uuid, "budget:NVI", "Taux NVI à revoir")  # another partner's budget
    comments.add_comment(co, uuid, "budget:APHP", "Frais de mission ?")
    data = packages.create_package(co, uuid, "APHP").data
    carried = zipfile.ZipFile(BytesIO(data)).read("comments.json").decode()
    assert "Préciser la cohorte" in carried and "Frais de mission" in carried
    assert "Taux NVI" not in carried
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, data, "aphp.zip")
    assert [t.root.body for t in comments.list_comments(partner, uuid).threads] == [
        "Préciser la cohorte", "Frais de mission ?"]
    comments.add_comment(partner, uuid, None, "Cohorte de 240 patients.", reply_to=asked.uuid, author="APHP")
    comments.set_resolved(partner, uuid, asked.uuid)
    need = next(s for s in proposals.get_document(partner, uuid).sections if s.key == "clinical_need")
    edit.update_fields(partner, "sections", need.uuid, {"body": need.body + "\n\nAjout APHP."})
    first = packages.create_contribution(partner, uuid).data
    comments.add_comment(co, uuid, "wp:WP4", "Pendant ce temps, chez le coordinateur")
    assert merging.merge_contribution(co, uuid, first, "c1.zip").applied
    threads = {t.root.body: t for t in comments.list_comments(co, uuid).threads}
    assert set(threads) == {"Préciser la cohorte", "Taux NVI à revoir", "Frais de mission ?",
                            "Pendant ce temps, chez le coordinateur"}
    assert threads["Préciser la cohorte"].resolved
    assert [r.body for r in threads["Préciser la cohorte"].replies] == ["Cohorte de 240 patients."]
    # a second contribution with the same text but a new reply: its comments still arrive
    comments.add_comment(partner, uuid, None, "Voir aussi l'annexe.", reply_to=asked.uuid)
    report = merging.merge_contribution(co, uuid, packages.create_contribution(partner, uuid).data, "c2.zip")
    assert report.applied and report.changes == ()
    replies = next(t for t in comments.list_comments(co, uuid).threads if t.root.uuid == asked.uuid).replies
    assert [r.body for r in replies] == ["Cohorte de 240 patients.", "Voir aussi l'annexe."]
    with pytest.raises(merging.AlreadyMerged):  # nothing new at all: still refused as before
        merging.merge_contribution(co, uuid, packages.create_contribution(partner, uuid).data, "c3.zip")
    partner.close()
    co.close()
