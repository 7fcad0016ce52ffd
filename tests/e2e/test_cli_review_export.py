"""Comments never reach the funder's dossier; a review copy carries them as Word comments on request."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from medicen_desktop.cli import main
from medicen_desktop.document.markdown import visible_text
from medicen_desktop.services import comments, edit, proposals
from medicen_desktop.store.database import Database

SECRET = "Remarque interne zqxjv du coordinateur"
TODO = "TODO: vérifier le chiffre kwyzt avant envoi"


@pytest.fixture
def commented(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, str]:
    path = tmp_path / "co.db"
    assert main(["--db", str(path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip().splitlines()[-1]
    db = Database.open(path)
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == "methodology")
    edit.update_fields(db, "sections", section.uuid, {"body": section.body + "\n\n" + TODO})
    paragraph_two = section.body.split("\n\n")[1]
    comments.add_comment(db, uuid, "section:methodology", SECRET, paragraph=2, author="Claire Dubois")
    resolved = comments.add_comment(db, uuid, "wp:WP2", "Déjà réglé ywvq", author="Marc")
    comments.set_resolved(db, uuid, resolved.uuid)
    db.close()
    return path, uuid, paragraph_two


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml"))


def test_the_dossier_has_no_comment_nor_todo_and_an_open_thread_is_a_finding(
        commented: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid, _ = commented
    for fmt in ("docx", "pdf"):
        target = tmp_path / f"dossier.{fmt}"
        assert main(["--db", str(path), "export", uuid, "-o", str(target)]) == 0
        err = capsys.readouterr().err
        # in the proposal's language (French)
        assert "warning: 1 fil(s) de commentaires non résolu(s), dont section:methodology" in err
        assert "une tâche reste à faire (TODO: vérifier le chiffre kwyzt avant envoi)" in err
        text = (_docx_text(target) if fmt == "docx"
                else "".join(page.extract_text() for page in PdfReader(str(target)).pages))
        for internal in ("zqxjv", "ywvq", "kwyzt", "TODO"):
            assert internal not in text, (fmt, internal)
    assert "word/comments.xml" not in zipfile.ZipFile(tmp_path / "dossier.docx").namelist()


def test_review_copy_carries_the_threads_as_word_comments_anchored(
        commented: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid, paragraph_two = commented
    target = tmp_path / "review.docx"
    assert main(["--db", str(path), "export", uuid, "-o", str(target), "--review"]) == 0
    with zipfile.ZipFile(target) as archive:
        notes = archive.read("word/comments.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert SECRET in notes and "Claire Dubois" in notes
    assert "Déjà réglé ywvq" in notes and "(resolved" in notes
    # the thread on paragraph 2 is anchored on the dossier paragraph showing paragraph 2's text
    document = Document(str(target))
    (secret,) = [c for c in document.comments if SECRET in c.text]
    anchored = [p for p in document.paragraphs
                if re.search(rf'w:commentRangeStart w:id="{secret.comment_id}"', p._p.xml)]
    assert len(anchored) == 1
    assert visible_text(paragraph_two)[:40] in " ".join(anchored[0].text.split())
    assert "commentReference" in body
    assert main(["--db", str(path), "export", uuid, "-o", str(tmp_path / "r.pdf"), "--review"]) == 2
    assert "a review copy (with the comments) is a Word file" in capsys.readouterr().err
