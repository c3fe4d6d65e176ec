from __future__ import annotations

import json
from pathlib import Path

import pytest

from index import store
from index.build import build_index, index_status
from index.embedder import HashEmbedder
from index.errors import IndexLoadError
from index.store import load_index

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _cut(name: str, lines: int, dest: Path) -> None:
    """The first lines of a bundled gazette: a small but real corpus file (fast to build)."""
    with (CORPUS / name).open(encoding="utf-8") as fh:
        dest.write_text("".join(line for _, line in zip(range(lines), fh, strict=False)), encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _cut("zhongning-county-2019-no2.txt", 400, folder / "a.txt")
    return folder


def test_build_load_round_trip_and_nothing_to_do_on_an_unchanged_corpus(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert first.status == "built" and first.embedded == first.chunks > 0
    idx = load_index(tmp_path / "idx", emb, store.ChunkerSettings())
    assert len(idx.chunks) == first.chunks and idx.vectors.ntotal == first.chunks
    assert {c.doc_id for c in idx.chunks} <= set(idx.documents)
    second = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert second.status == "up-to-date" and second.embedded == 0
    assert index_status(tmp_path / "idx", corpus, emb, store.ChunkerSettings()) == "fresh"


def test_adding_a_gazette_embeds_only_its_chunks(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    _cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")
    assert index_status(tmp_path / "idx", corpus, emb, store.ChunkerSettings()) == "stale"
    second = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert second.status == "built"
    assert second.embedded == second.chunks - first.chunks > 0


def test_a_mismatched_model_is_refused_with_the_rebuild_command(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(64), progress=False)
    with pytest.raises(IndexLoadError, match="policyqa index --rebuild"):
        load_index(tmp_path / "idx", HashEmbedder(32), store.ChunkerSettings())
    with pytest.raises(IndexLoadError, match="chunked with"):
        load_index(tmp_path / "idx", HashEmbedder(64), store.ChunkerSettings(max_tokens=99))


@pytest.mark.parametrize("victim", ["vectors.faiss", "chunks.jsonl", "documents.jsonl"])
def test_a_corrupt_file_is_refused(corpus: Path, tmp_path: Path, victim: str) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    path = tmp_path / "idx" / victim
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IndexLoadError, match="corrupt"):
        load_index(tmp_path / "idx")


def test_a_garbled_manifest_is_refused(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    (tmp_path / "idx" / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexLoadError, match="rebuild"):
        load_index(tmp_path / "idx")


def test_an_interrupted_build_leaves_the_previous_index_loadable(corpus: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    before = (tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8")
    _cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")

    def boom(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_swap_in", boom)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert (tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8") == before
    assert load_index(tmp_path / "idx", emb, store.ChunkerSettings()).chunks
    assert [p.name for p in tmp_path.iterdir() if ".building-" in p.name] == []


def test_a_swap_cut_between_its_renames_is_recovered(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    (tmp_path / "idx").rename(tmp_path / ".idx.old")  # as if killed after the first rename
    assert load_index(tmp_path / "idx").chunks


def test_an_unreadable_gazette_is_skipped_and_reported(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    assert report.chunks > 0
    assert any(s.startswith("broken.txt") for s in report.skipped_files)


def test_no_pickle_in_the_index(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    for p in (tmp_path / "idx").iterdir():
        assert not p.read_bytes().startswith(b"\x80"), p.name
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8"))
    for key in ("embedding", "dim", "chunker", "pipeline", "corpus", "versions", "checksums"):
        assert key in manifest


def test_a_build_that_fails_while_writing_keeps_the_previous_index(corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import faiss

    emb = HashEmbedder()
    first = build_index(corpus, tmp_path / "idx", emb, progress=False)
    files_before = {p.name: p.read_bytes() for p in (tmp_path / "idx").iterdir()}
    _cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")

    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(faiss, "write_index", disk_full)
    with pytest.raises(OSError, match="No space"):
        build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert {p.name: p.read_bytes() for p in (tmp_path / "idx").iterdir()} == files_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "idx"]  # no .building-/.old left
    assert len(load_index(tmp_path / "idx", emb, store.ChunkerSettings()).chunks) == first.chunks


def test_a_completed_swap_leaves_only_the_new_index(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    _cut("helan-county-2022-no5.txt", 300, corpus / "b.txt")
    report = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "idx"]
    assert len(load_index(tmp_path / "idx", emb, store.ChunkerSettings()).chunks) == report.chunks


def test_recovery_does_not_touch_a_present_index(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    stale = tmp_path / ".idx.old"
    stale.mkdir()
    (stale / "manifest.json").write_text("{}", encoding="utf-8")  # a left-over old copy
    assert load_index(tmp_path / "idx", emb, store.ChunkerSettings()).chunks
    assert (tmp_path / "idx" / "vectors.faiss").is_file()


def test_a_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(IndexLoadError, match="policyqa index"):
        load_index(tmp_path / "nothing")
    assert index_status(tmp_path / "nothing", tmp_path, HashEmbedder(), store.ChunkerSettings()) == "missing"


def test_an_index_of_another_model_is_rebuilt_not_reused(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(32), progress=False)
    assert index_status(tmp_path / "idx", corpus, HashEmbedder(64), store.ChunkerSettings()) == "incompatible"
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(64), progress=False)
    assert report.status == "built" and report.embedded == report.chunks
    assert load_index(tmp_path / "idx", HashEmbedder(64), store.ChunkerSettings()).vectors.d == 64


def test_an_empty_corpus_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(IndexLoadError, match="No documents"):
        build_index(tmp_path / "empty", tmp_path / "idx", HashEmbedder(), progress=False)
    assert not (tmp_path / "idx").exists()
