from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index import store
from index.embedder import HashEmbedder
from index.store import IndexLoadError, build_index, index_status, load_index

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(CORPUS / "zhongwei-city-2024-no1.txt", folder / "a.txt")
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
    shutil.copyfile(CORPUS / "helan-county-2022-no5.txt", corpus / "b.txt")
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
    shutil.copyfile(CORPUS / "helan-county-2022-no5.txt", corpus / "b.txt")

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
