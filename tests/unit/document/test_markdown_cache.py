"""The per-proposal cache of parsed Markdown: the same values as parsing, only what changed parsed again, a damaged
entry said and ignored, and the exported PDF the same byte for byte with the cache cold or warm."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

from medicen_desktop.document import markdown, markdown_cache
from medicen_desktop.document.sample import make_sample
from medicen_desktop.export import markdown as export_markdown
from medicen_desktop.services.export import export_document

TEXTS = ["Un **projet** de H~2~O.\n\n- une\n- deux", "## Titre\n\n| a | b |\n|---|---|\n| 1 | 2 |", "> cité\n\n```\ncode\n```"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(markdown_cache.derived_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache" / "markdown"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts parsed (the cache's misses), in order."""
    calls: list[str] = []
    real = export_markdown._parsed_blocks

    def spy(source: str, heading_level: int | None) -> list[export_markdown.Block]:
        calls.append(source)
        return real(source, heading_level)

    monkeypatch.setattr(export_markdown, "_parsed_blocks", spy)
    return calls


def test_a_text_seen_before_comes_back_equal_and_unshared_without_being_parsed(cache: Path, parsed: list[str]) -> None:
    expected = [export_markdown._parsed_blocks(text, 3) for text in TEXTS]
    parsed.clear()
    with markdown_cache.for_proposal("p1"):
        assert [export_markdown.markdown_blocks(text) for text in TEXTS] == expected
    assert parsed == TEXTS
    with markdown_cache.for_proposal("p1"):
        first = export_markdown.markdown_blocks(TEXTS[0])
        assert [first, *(export_markdown.markdown_blocks(text) for text in TEXTS[1:])] == expected
        first.clear()  # a caller may change what it got: the next call gets its own blocks
        assert export_markdown.markdown_blocks(TEXTS[0]) == expected[0]
        assert export_markdown.markdown_blocks(TEXTS[0], None) == export_markdown._parsed_blocks(TEXTS[0], None)
        assert markdown.visible_text(TEXTS[0]) == "Un projet de H2O. une deux"
    assert parsed == [*TEXTS, TEXTS[0], TEXTS[0]]  # the other heading level is another value; the rest was cached
    assert len(list(cache.glob("p1.*.pickle"))) == 1


def test_an_edited_text_alone_is_parsed_again_and_the_entry_keeps_only_what_was_used(cache: Path,
                                                                                   parsed: list[str]) -> None:
    with markdown_cache.for_proposal("p1"):
        for text in TEXTS:
            export_markdown.markdown_blocks(text)
    edited = TEXTS[1] + "\n\nUne phrase de plus."
    parsed.clear()
    with markdown_cache.for_proposal("p1"):
        export_markdown.markdown_blocks(TEXTS[0])
        export_markdown.markdown_blocks(edited)
    assert parsed == [edited]
    parsed.clear()
    with markdown_cache.for_proposal("p1"):
        for text in TEXTS:
            export_markdown.markdown_blocks(text)
    assert parsed == [TEXTS[1], TEXTS[2]]  # dropped from the entry when the last export did not use them


def test_nothing_is_read_or_written_outside_an_export(cache: Path, parsed: list[str]) -> None:
    for _ in range(2):
        export_markdown.markdown_blocks(TEXTS[0])
    assert parsed == [TEXTS[0], TEXTS[0]] and not cache.exists()


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00]\x94."])
def test_a_damaged_entry_is_said_with_its_path_and_every_text_parsed_again(
        damage: bytes, cache: Path, parsed: list[str], caplog: pytest.LogCaptureFixture) -> None:
    with markdown_cache.for_proposal("p1"):
        expected = [export_markdown.markdown_blocks(text) for text in TEXTS]
    [entry] = cache.glob("p1.*.pickle")
    good = entry.read_bytes()
    entry.write_bytes(damage)
    parsed.clear()
    with caplog.at_level(logging.WARNING, logger=markdown_cache.__name__):
        with markdown_cache.for_proposal("p1"):
            assert [export_markdown.markdown_blocks(text) for text in TEXTS] == expected
    assert parsed == TEXTS
    [record] = caplog.records
    assert str(entry) in record.getMessage() and "parsing every text again" in record.getMessage()
    assert entry.read_bytes() == good  # written again


def test_a_change_to_the_parsing_code_makes_the_entry_unused(cache: Path, parsed: list[str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code = tmp_path / "code"
    for name in markdown_cache.CODE:
        (code / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(markdown_cache._PACKAGE / name, code / name)
    monkeypatch.setattr(markdown_cache, "_PACKAGE", code)
    markdown_cache._stamp.cache_clear()
    try:
        with markdown_cache.for_proposal("p1"):
            export_markdown.markdown_blocks(TEXTS[0])
        (code / "export/tree.py").write_text((code / "export/tree.py").read_text() + "\n# changed\n")
        markdown_cache._stamp.cache_clear()
        with markdown_cache.for_proposal("p1"):
            export_markdown.markdown_blocks(TEXTS[0])
    finally:
        markdown_cache._stamp.cache_clear()
    assert parsed == [TEXTS[0], TEXTS[0]]
    assert len(list(cache.glob("p1.*.pickle"))) == 1  # the stale entry went


def _content(path: Path) -> bytes:
    """The PDF's bytes less what differs between two runs: its dates and its ID."""
    return re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", b"", path.read_bytes())


def test_the_pdf_is_the_same_with_the_cache_cold_or_warm(cache: Path, parsed: list[str], tmp_path: Path) -> None:
    document = make_sample()
    export_document(document, "pdf", tmp_path / "cold.pdf")
    cold = len(parsed)
    export_document(document, "pdf", tmp_path / "warm.pdf")
    assert cold > 10 and len(parsed) == cold  # the second export parsed nothing
    assert _content(tmp_path / "warm.pdf") == _content(tmp_path / "cold.pdf")
    assert b"/CreationDate" in (tmp_path / "cold.pdf").read_bytes()  # the one thing left out was there


def test_deleting_a_proposal_removes_its_entry_and_no_other(cache: Path, tmp_path: Path) -> None:
    from medicen_desktop.services import proposals
    from medicen_desktop.store.database import Database

    db = Database.open(tmp_path / "p.db")
    try:
        kept, deleted = proposals.create_demo(db), proposals.create_demo(db)
        for uuid in (kept, deleted):
            export_document(proposals.get_document(db, uuid), "pdf", tmp_path / f"{uuid}.pdf")
        assert {p.name.split(".")[0] for p in cache.iterdir()} == {kept, deleted}
        proposals.delete(db, deleted)
    finally:
        db.close()
    assert {p.name.split(".")[0] for p in cache.iterdir()} == {kept}
