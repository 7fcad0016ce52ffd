"""Issue #14: a Word package for a partner without the app, edited in Word (python-docx) or LibreOffice and merged
back through the same three-way merge, ownership check and conflict handling as an app contribution."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from medicen_desktop.cli import main
from medicen_desktop.document.markdown import visible_text
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import comments, edit, merging, proposals, word_packages
from medicen_desktop.store.database import Database
from tests.e2e.word_files import SOFFICE, edited, part_paragraphs, through_libreoffice, track_changes, with_document_xml
from tests.unit.exchange.test_hostile_files import dump_hash

PARTNER = "QTB"  # writes market_business and state_of_the_art in the demo


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, bytes]:
    """(coordinator database file, proposal UUID, the Word package sent to QTB), made once."""
    folder = tmp_path_factory.mktemp("word")
    db = Database.open(folder / "co.db")
    uuid = proposals.create_demo(db)
    word_packages.create_word_package(db, uuid, PARTNER, output=folder / "qtb.docx", language="fr")
    db.close()
    return folder / "co.db", uuid, (folder / "qtb.docx").read_bytes()


@pytest.fixture
def co(sent: tuple[Path, str, bytes], tmp_path: Path) -> Iterator[tuple[Database, str, bytes, Path]]:
    path = tmp_path / "co.db"
    shutil.copy(sent[0], path)
    db = Database.open(path)
    yield db, sent[1], sent[2], path
    db.close()


def _body(document: ProposalDocument, key: str) -> str:
    return next(s.body for s in document.sections if s.key == key)


def test_the_package_holds_exactly_the_partners_parts_and_says_what_to_do(sent: tuple[Path, str, bytes]) -> None:
    document = Document(io.BytesIO(sent[2]))
    body = document.element.body
    tags = [t.get(qn("w:val")) for t in body.iter(qn("w:tag"))]
    parts = sorted(t.split(":")[2] for t in tags if t.startswith("mdc1:"))
    assert parts == ["market_business", "state_of_the_art"]
    locks = {t.get(qn("w:val")): t.getparent().find(qn("w:lock")).get(qn("w:val")) for t in body.iter(qn("w:tag"))}
    assert {lock for tag, lock in locks.items() if tag.startswith("mdc1:")} == {"sdtLocked"}
    assert locks["mdc1-context"] == "sdtContentLocked"
    names = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    assert len([n for n in names if n.startswith("_mdc")]) == 2
    text = "\n".join(t.text or "" for t in body.iter(qn("w:t")))
    assert "Écrivez uniquement dans les zones encadrées" in text  # the partner's language
    assert "Consortium et rôle des partenaires" in text  # another part's title, for context
    assert "Limite" in text or "Actuellement" in text


def test_an_untouched_package_changes_nothing(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co
    report, word = word_packages.preview_word_merge(db, uuid, raw, "qtb.docx")
    assert report.changes == () and report.unresolved == () and word.orphans == ()


def test_python_docx_edits_arrive_and_a_paragraph_both_changed_goes_to_the_conflict_window(
        co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co
    before = proposals.get_document(db, uuid)

    def partner_edits(document) -> None:  # type: ignore[no-untyped-def]
        state = part_paragraphs(document, "state_of_the_art")
        state[1].add_run(" Ajout QTB dans l'état de l'art.")
        market = part_paragraphs(document, "market_business")
        added = market[-1].insert_paragraph_before("Le marché visé : ")
        added.add_run("CO").bold = True
        sub = added.add_run("2")
        sub.bold = True
        sub.font.subscript = True
        added.add_run(" et 10")
        added.add_run("6").font.superscript = True
        added.add_run(" patients.")

    returned = edited(raw, partner_edits)
    # Meanwhile the coordinator rewrites the same paragraph of the state of the art.
    section = next(s for s in before.sections if s.key == "state_of_the_art")
    first = section.body.split("\n\n")[0]
    edit.update_fields(db, "sections", section.uuid, {"body": section.body.replace(first, first + " Version coord.")})

    merged, word = word_packages.merge_word(db, uuid, returned, "qtb-retour.docx")
    assert not merged.applied  # a conflict left: nothing written, as for a zip contribution
    [conflict] = merged.unresolved
    assert (conflict.list_name, conflict.uuid, conflict.field, conflict.kind) == ("sections", section.uuid, "body", "text")
    assert merging.preview_merge is not None  # (the Word entry point hands the merge services a contribution)
    assert _body(proposals.get_document(db, uuid), "market_business") == _body(before, "market_business")

    taken, _ = word_packages.merge_word(db, uuid, returned, "qtb-retour.docx", take="theirs")
    assert taken.applied
    after = proposals.get_document(db, uuid)
    market = _body(after, "market_business")
    assert "Le marché visé : **CO~2~** et 10^6^ patients." in market
    assert "Ajout QTB dans l'état de l'art." in _body(after, "state_of_the_art")
    # owned parts only: every other section is as it was
    for s in before.sections:
        if s.key not in ("market_business", "state_of_the_art"):
            assert _body(after, s.key) == s.body
    assert word.orphans == ()


def test_an_edit_outside_the_parts_is_not_merged_but_offered(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co

    def outside(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("Texte écrit hors des zones par le partenaire.")

    report, word = word_packages.preview_word_merge(db, uuid, edited(raw, outside), "qtb.docx")
    assert report.changes == ()
    assert [o.markdown for o in word.orphans] == ["Texte écrit hors des zones par le partenaire."]
    assert word.orphans[0].after == "market_business"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_package_edited_in_libreoffice_merges(co: tuple[Database, str, bytes, Path], tmp_path: Path) -> None:
    db, uuid, raw, _ = co
    before = proposals.get_document(db, uuid)
    old = "reste qualitative"
    returned = through_libreoffice(raw, tmp_path / "lo", old, "reste qualitative et lente (ajout LibreOffice)")
    report, word = word_packages.merge_word(db, uuid, returned, "qtb-lo.docx")
    assert report.applied, report
    after = proposals.get_document(db, uuid)
    assert "reste qualitative et lente (ajout LibreOffice)" in _body(after, "state_of_the_art")
    assert [c.field for c in report.changes] == ["body"]
    assert _body(after, "market_business") == _body(before, "market_business")  # unchanged text stays as it was
    assert word.orphans == ()


def test_tracked_changes_are_applied_and_said(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co
    returned = track_changes(raw, "state_of_the_art", "reste qualitative", "devient quantitative")
    report, word = word_packages.merge_word(db, uuid, returned, "qtb-suivi.docx")
    assert report.applied
    body = _body(proposals.get_document(db, uuid), "state_of_the_art")
    assert "devient quantitative" in body and "reste qualitative" not in body
    assert word.tracked == {"state_of_the_art": (1, 1)}


def test_comments_and_unsupported_formatting_become_notes(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co

    def annotate(document) -> None:  # type: ignore[no-untyped-def]
        paragraph = part_paragraphs(document, "market_business")[1]
        document.add_comment(paragraph.runs, text="Chiffres à vérifier", author="Dr Partner")
        underlined = paragraph.add_run(" souligné")
        underlined.underline = True
        underlined.font.size = Pt(14)

    report, word = word_packages.merge_word(db, uuid, edited(raw, annotate), "qtb.docx")
    assert report.applied
    assert [(c.section, c.author, c.text) for c in word.comments] == [
        ("market_business", "Dr Partner", "Chiffres à vérifier")]
    # The Word comment is now a comment thread on the part, read back from the database.
    threads = comments.list_comments(db, uuid).threads
    assert [(t.root.part, t.root.author, t.root.body, t.resolved) for t in threads] == [
        ("section:market_business", "Dr Partner", "Chiffres à vérifier", False)]
    assert [n.message() for n in word.notes] == ["market_business: underline ×1, reduced to text"]
    assert "souligné" in visible_text(_body(proposals.get_document(db, uuid), "market_business"))


def test_the_cli_merges_a_word_file_with_the_same_exit_codes(co: tuple[Database, str, bytes, Path],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db, uuid, raw, path = co
    db.close()
    returned = path.parent / "qtb.docx"
    returned.write_bytes(track_changes(raw, "state_of_the_art", "reste qualitative", "devient quantitative"))
    assert main(["--db", str(path), "merge", uuid, str(returned), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"applied": true' in out and '"tracked_changes"' in out
    assert main(["--db", str(path), "merge", uuid, str(returned)]) == 2  # already merged
    assert "already merged" in capsys.readouterr().err


def test_the_dialects_formatting_written_in_word_survives(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co

    def write(document) -> None:  # type: ignore[no-untyped-def]
        last = part_paragraphs(document, "market_business")[-1]
        content = last._p.getparent()
        for style, text in (("Heading 2", "Marché cible"), ("List Bullet", "hôpitaux"), ("List Bullet", "cliniques"),
                            ("List Number", "d'abord"), ("List Number", "ensuite")):
            paragraph = document.add_paragraph(text, style=style)
            content.append(paragraph._p)
        paragraph = document.add_paragraph("Taux ")
        paragraph.add_run("estimé").italic = True
        paragraph.add_run(" à 10")
        paragraph.add_run("-3").font.superscript = True
        paragraph.add_run(" pour H")
        paragraph.add_run("2").font.subscript = True
        paragraph.add_run("O.")
        content.append(paragraph._p)
        table = document.add_table(rows=2, cols=2)
        for cell, text in zip(table._cells, ("Segment", "Taille", "CHC", "12 M€")):
            cell.text = text
        table._cells[3].paragraphs[0].runs[0].bold = True
        content.append(table._tbl)

    report, _word = word_packages.merge_word(db, uuid, edited(raw, write), "qtb.docx")
    assert report.applied
    body = _body(proposals.get_document(db, uuid), "market_business")
    expected = ("# Marché cible\n\n- hôpitaux\n- cliniques\n\n1. d'abord\n2. ensuite\n\n"
                "Taux *estimé* à 10^-3^ pour H~2~O.\n\n| Segment | Taille |\n| --- | --- |\n| CHC | **12 M€** |")
    assert body.endswith(expected), body[-400:]


def test_the_instructions_are_in_the_partners_language(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, _raw, _ = co
    document = proposals.get_document(db, uuid)
    qtb = next(p for p in document.participations
               if next(o for o in document.organisations if o.uuid == p.organisation_uuid).short_name == PARTNER)
    assert word_packages.partner_language(document, qtb.uuid) == "fr"  # QTB is in France
    foreign = document.model_copy(update={"organisations": [
        o.model_copy(update={"country": "DE"}) if o.uuid == qtb.organisation_uuid else o for o in document.organisations]})
    assert word_packages.partner_language(foreign, qtb.uuid) == "en"


def test_a_control_removed_in_word_keeps_its_text_by_its_bookmark(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co

    def unwrap(xml: str) -> str:  # Word's "Remove content control": the text stays, the bookmark with it
        start = xml.index('<w:sdt><w:sdtPr><w:alias w:val="Marché')
        content = xml.index("<w:sdtContent>", start) + len("<w:sdtContent>")
        end = xml.index("</w:sdtContent></w:sdt>", content)
        inner = xml[content:end].replace("Le marché adressable", "Le marché adressable (revu)")
        return xml[:start] + inner + xml[end + len("</w:sdtContent></w:sdt>"):]

    report, word = word_packages.merge_word(db, uuid, with_document_xml(raw, unwrap), "qtb.docx")
    assert report.applied
    assert "Le marché adressable (revu)" in _body(proposals.get_document(db, uuid), "market_business")
    assert [n.message() for n in word.notes] == [
        "market_business: its content control was removed; its text was found by its bookmark"]


def test_words_strong_and_emphasis_styles_are_bold_and_italic(co: tuple[Database, str, bytes, Path]) -> None:
    db, uuid, raw, _ = co

    def styled(document) -> None:  # type: ignore[no-untyped-def]
        paragraph = part_paragraphs(document, "market_business")[1]
        paragraph.add_run(" fort", style="Strong")
        paragraph.add_run(" et ")
        paragraph.add_run("appuyé", style="Emphasis")

    report, _word = word_packages.merge_word(db, uuid, edited(raw, styled), "qtb.docx")
    assert report.applied
    assert _body(proposals.get_document(db, uuid), "market_business").split("\n\n")[0].endswith(" **fort** et *appuyé*")
