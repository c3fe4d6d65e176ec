"""The build step: build, update only what changed, skip unreadable files, never leave a half-written index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from index import store
from index.build import build_index, index_status
from index.chunking import ChunkerSettings
from index.embedder import HashEmbedder
from index.errors import IndexLoadError
from index.store import load_index


def test_build_load_round_trip_and_nothing_to_do_on_an_unchanged_corpus(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert first.status == "built" and first.embedded == first.chunks > 0
    idx = load_index(tmp_path / "idx", emb, ChunkerSettings())
    assert len(idx.chunks) == first.chunks and idx.vectors.ntotal == first.chunks
    assert {c.doc_id for c in idx.chunks} <= set(idx.documents)
    second = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert second.status == "up-to-date" and second.embedded == 0
    assert index_status(tmp_path / "idx", corpus, emb, ChunkerSettings()) == "fresh"


def test_adding_a_gazette_embeds_only_its_chunks(corpus: Path, tmp_path: Path, cut: Callable[[str, int, Path], None]) -> None:
    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")
    assert index_status(tmp_path / "idx", corpus, emb, ChunkerSettings()) == "stale"
    second = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert second.status == "built"
    assert second.embedded == second.chunks - first.chunks > 0


def test_an_unreadable_gazette_is_skipped_and_reported(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    assert report.chunks > 0
    assert any(s.startswith("broken.txt") for s in report.skipped_files)


def test_an_index_of_another_model_is_rebuilt_not_reused(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(32), progress=False)
    assert index_status(tmp_path / "idx", corpus, HashEmbedder(64), ChunkerSettings()) == "incompatible"
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(64), progress=False)
    assert report.status == "built" and report.embedded == report.chunks
    assert load_index(tmp_path / "idx", HashEmbedder(64), ChunkerSettings()).vectors.d == 64


def test_an_empty_corpus_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(IndexLoadError, match="No documents"):
        build_index(tmp_path / "empty", tmp_path / "idx", HashEmbedder(), progress=False)
    assert not (tmp_path / "idx").exists()


def test_an_interrupted_build_leaves_the_previous_index_loadable(corpus: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, cut: Callable[[str, int, Path], None]) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    before = (tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8")
    cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")

    def boom(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_swap_in", boom)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert (tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8") == before
    assert load_index(tmp_path / "idx", emb, ChunkerSettings()).chunks
    assert [p.name for p in tmp_path.iterdir() if ".building-" in p.name] == []


def test_a_build_that_fails_while_writing_keeps_the_previous_index(corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch, cut: Callable[[str, int, Path], None]) -> None:
    import faiss

    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    files_before = {p.name: p.read_bytes() for p in (tmp_path / "idx").iterdir()}
    cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")

    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(faiss, "write_index", disk_full)
    with pytest.raises(OSError, match="No space"):
        build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert {p.name: p.read_bytes() for p in (tmp_path / "idx").iterdir()} == files_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "idx"]  # no .building-/.old left
    assert len(load_index(tmp_path / "idx", emb, ChunkerSettings()).chunks) == first.chunks


def test_a_completed_swap_leaves_only_the_new_index(corpus: Path, tmp_path: Path, cut: Callable[[str, int, Path], None]) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")
    report = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "idx"]
    assert len(load_index(tmp_path / "idx", emb, ChunkerSettings()).chunks) == report.chunks


def test_the_text_kept_of_a_read_file_is_reused_only_by_the_same_reader_code(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "data" / "ingest" / "luoyang-parking-measures.html", corpus)
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    idx = load_index(tmp_path / "idx", emb, ChunkerSettings())
    assert [s.name for s in store.read_sources(idx).values()] == ["luoyang-parking-measures.html"]
    monkeypatch.setattr(store, "reader_fingerprint", lambda: "a reader that reads tables otherwise")
    assert store.read_sources(idx) == {}  # the file is read again by the new code


def test_the_readers_fingerprint_covers_the_table_rules_a_pdf_is_read_with(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF's spaced tables are read by ``index.tables``: a change there reads the kept text again."""
    from index.readers import reader_fingerprint
    before = reader_fingerprint.__wrapped__()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + (b"# changed" if self.name == "tables.py" else b""))
    assert reader_fingerprint.__wrapped__() != before
