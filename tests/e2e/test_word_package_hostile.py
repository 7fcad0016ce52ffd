"""Issue #14: a returned Word file that is not the package it claims is refused with a message naming the file,
exit code 2, and the coordinator's database byte for byte as before; text found where a part's content control
was removed is offered for placing by hand, not lost."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.document.sample import make_sample
from medicen_desktop.services import assignment, proposals, word_packages
from medicen_desktop.store.database import Database
from tests.e2e.word_files import members, with_document_xml, zipped
from tests.unit.exchange.test_hostile_files import dump_hash


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("word-hostile")
    db = Database.open(folder / "co.db")
    uuid = proposals.create_demo(db)
    good = word_packages.create_word_package(db, uuid, "QTB", output=folder / "qtb.docx")
    other = proposals.import_document(db, make_sample(), actor="test")  # another proposal, same demo partners
    assignment.set_assignment(db, other, "QTB", ["market_business", "state_of_the_art"], [])
    word_packages.create_word_package(db, other, "QTB", output=folder / "other.docx")
    db.close()
    return {"db": folder / "co.db", "uuid": uuid, "good": (folder / "qtb.docx").read_bytes(),
            "other": (folder / "other.docx").read_bytes(), "folder": folder, "package": good.package_uuid}


def _first_tag_mac_changed(xml: str) -> str:
    return re.sub(r'(w:val="mdc1:\d+:[^:"]*:[0-9a-f]{8}:)([0-9a-f])', lambda m: m.group(1) + ("0" if m.group(2) != "0"
                                                                                             else "1"), xml, count=1)


def _control_and_bookmark_removed(xml: str) -> str:
    """The state of the art's content control unwrapped (its paragraphs kept) and its bookmark gone."""
    start = xml.index('<w:sdt><w:sdtPr><w:alias w:val="État')
    content = xml.index("<w:sdtContent>", start) + len("<w:sdtContent>")
    end = xml.index("</w:sdtContent></w:sdt>", content)
    inner = re.sub(r"<w:bookmark(Start|End)[^>]*/>", "", xml[content:end])
    return xml[:start] + inner + xml[end + len("</w:sdtContent></w:sdt>"):]


HOSTILE: dict[str, tuple[Callable[[dict[str, object]], bytes], str, str]] = {
    "tag changed": (lambda s: with_document_xml(s["good"], _first_tag_mac_changed), "qtb.docx",
                    "were changed or come from another package"),
    "tag unreadable": (lambda s: with_document_xml(s["good"], lambda x: x.replace('w:val="mdc1:1:', 'w:val="mdc1:x', 1)),
                       "qtb.docx", "tag was changed"),
    "content control removed": (lambda s: with_document_xml(s["good"], _control_and_bookmark_removed), "qtb.docx",
                                "content control of state_of_the_art was removed"),
    "no controls at all": (lambda s: with_document_xml(s["good"], lambda x: re.sub(
        r"<w:bookmark(Start|End)[^>]*/>", "", re.sub(r"<w:tag [^>]*/>", "", x))), "qtb.docx",
        "no part of a Word package found"),
    "another proposal's package": (lambda s: s["other"], "other.docx", "was cut from another proposal"),
    "docm with macros": (lambda s: zipped([*members(s["good"]).items(), ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0")]),
                         "qtb.docx", "holds macros (vbaProject)"),
    "docm by name": (lambda s: s["good"], "qtb.docm", "macro-enabled Word document"),
    "path traversal": (lambda s: zipped([*members(s["good"]).items(), ("../../evil.xml", b"<x/>")]), "qtb.docx",
                       "contains '..'"),
    "zip bomb": (lambda s: zipped([*members(s["good"]).items(), ("word/media/bomb.bin", b"0" * (8 * 1024 * 1024))]),
                 "qtb.docx", "zip bomb"),
    "too many entries": (lambda s: zipped([*members(s["good"]).items(),
                                           *((f"customXml/many{i}.xml", b"<x/>") for i in range(2_001))]),
                         "qtb.docx", "too many members"),
    "not a zip": (lambda s: b"{\\rtf1 not a docx}", "qtb.docx", "not a zip archive"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_word_file_is_refused_and_nothing_is_written(name: str, setup: dict[str, object],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    make, filename, message = HOSTILE[name]
    folder = setup["folder"]
    assert isinstance(folder, Path)
    path = folder / name.replace(" ", "-") / filename
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(make(setup))
    before = dump_hash(setup["db"])  # type: ignore[arg-type]
    code = main(["--db", str(setup["db"]), "merge", str(setup["uuid"]), str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert message in err and filename in err, err
    assert dump_hash(setup["db"]) == before  # type: ignore[arg-type]


def test_text_where_a_control_was_removed_is_offered_not_lost(setup: dict[str, object], tmp_path: Path) -> None:
    path = tmp_path / "co.db"
    shutil.copy(setup["db"], path)  # type: ignore[arg-type]
    db = Database.open(path)
    raw = with_document_xml(setup["good"], _control_and_bookmark_removed)  # type: ignore[arg-type]
    with pytest.raises(word_packages.PartsMissing) as refused:
        word_packages.merge_word(db, str(setup["uuid"]), raw, "qtb.docx")
    db.close()
    [orphan] = refused.value.orphans
    assert "La surveillance des patients cirrhotiques" in orphan.markdown
    assert (orphan.after, orphan.before) == ("", "market_business")  # where it was: before the next part
