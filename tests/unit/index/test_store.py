"""The index folder: load, refuse what is corrupt or built otherwise, recover an interrupted swap; the manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build_index, index_status
from index.chunking import ChunkerSettings
from index.embedder import HashEmbedder
from index.errors import IndexLoadError
from index.store import Manifest, load_index


def test_a_mismatched_model_is_refused_with_the_rebuild_command(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(64), progress=False)
    with pytest.raises(IndexLoadError, match="policyqa index --rebuild"):
        load_index(tmp_path / "idx", HashEmbedder(32), ChunkerSettings())
    with pytest.raises(IndexLoadError, match="chunked with"):
        load_index(tmp_path / "idx", HashEmbedder(64), ChunkerSettings(max_tokens=99))


@pytest.mark.parametrize("victim", ["vectors.faiss", "chunks.jsonl", "documents.jsonl", "tasks.jsonl"])
def test_a_corrupt_file_is_refused(corpus: Path, tmp_path: Path, victim: str) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    path = tmp_path / "idx" / victim
    data = bytearray(path.read_bytes() or b"{}\n")  # this small corpus may have no task rows
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IndexLoadError, match="corrupt"):
        load_index(tmp_path / "idx")


def test_a_garbled_manifest_is_refused(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    (tmp_path / "idx" / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexLoadError, match="rebuild"):
        load_index(tmp_path / "idx")


def test_a_swap_cut_between_its_renames_is_recovered(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    (tmp_path / "idx").rename(tmp_path / ".idx.old")  # as if killed after the first rename
    assert load_index(tmp_path / "idx").chunks


def test_no_pickle_in_the_index(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    for p in (tmp_path / "idx").iterdir():
        assert not p.read_bytes().startswith(b"\x80"), p.name
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8"))
    for key in ("embedding", "dim", "chunker", "pipeline", "corpus", "versions", "checksums"):
        assert key in manifest


def test_recovery_does_not_touch_a_present_index(corpus: Path, tmp_path: Path) -> None:
    emb = HashEmbedder()
    build_index(corpus, tmp_path / "idx", emb, progress=False)
    stale = tmp_path / ".idx.old"
    stale.mkdir()
    (stale / "manifest.json").write_text("{}", encoding="utf-8")  # a left-over old copy
    assert load_index(tmp_path / "idx", emb, ChunkerSettings()).chunks
    assert (tmp_path / "idx" / "vectors.faiss").is_file()


def test_a_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(IndexLoadError, match="policyqa index"):
        load_index(tmp_path / "nothing")
    assert index_status(tmp_path / "nothing", tmp_path, HashEmbedder(), ChunkerSettings()) == "missing"


def test_the_manifest_reads_back_to_the_same_json(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    text = (tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8")
    manifest = load_index(tmp_path / "idx").manifest
    assert isinstance(manifest, Manifest)
    assert json.dumps(manifest.to_json(), ensure_ascii=False, indent=2) == text
    assert manifest.counts.chunks == len(load_index(tmp_path / "idx").chunks)
    assert manifest.corpus.files.keys() == {"a.txt"} and manifest.dim == manifest.embedding.dim
    assert [r.file for r in manifest.corpus.reports] == ["a.txt"]


def test_a_manifest_without_a_field_is_refused(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    path = tmp_path / "idx" / "manifest.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    del raw["counts"]
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(IndexLoadError, match="rebuild"):
        load_index(tmp_path / "idx")


def _add_task_notice(corpus: Path) -> None:
    (corpus / "b.txt").write_text(
        "甲县人民政府办公室关于印发甲县秸秆禁烧工作方案的通知\n甲政办发〔2022〕9号\n各乡镇人民政府：\n"
        "现将《甲县秸秆禁烧工作方案》印发给你们，请认真贯彻执行。\n甲县人民政府办公室\n2022年3月1日\n"
        "甲县秸秆禁烧工作方案\n一、主要任务\n1.加强巡查。各乡镇每日开展田间巡查，发现焚烧及时处置。\n"
        "牵头单位：县农业农村局\n配合单位：县公安局、各乡镇\n完成时限：2022年10月底\n", encoding="utf-8")


def test_task_rows_are_stored_beside_the_chunks_and_counted(corpus: Path, tmp_path: Path) -> None:
    from index.tasks import tasks_of

    _add_task_notice(corpus)
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    idx = load_index(tmp_path / "idx")
    assert idx.tasks == tasks_of(idx.documents.values())
    assert [(r.lead, r.deadline_date) for r in idx.tasks] == [(("县农业农村局",), "2022-10-31")]
    assert idx.manifest.counts.tasks == len(idx.tasks) > 0
    assert sum(r.tasks for r in idx.manifest.corpus.reports) == len(idx.tasks)
    assert "tasks.jsonl" in idx.manifest.checksums


def test_an_index_written_before_task_rows_reads_them_from_its_documents(corpus: Path, tmp_path: Path) -> None:
    _add_task_notice(corpus)
    build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    path = tmp_path / "idx" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    del manifest["checksums"]["tasks.jsonl"]
    del manifest["counts"]["tasks"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    (tmp_path / "idx" / "tasks.jsonl").unlink()
    assert load_index(tmp_path / "idx").tasks
