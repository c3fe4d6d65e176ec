"""Benchmarks (``policyqa bench``): index build and retrieval cost on the bundled corpus, and on the corpus
replicated N times (synthetic) to show how the cost grows.

Figures printed: cold build time (model load apart), chunks per second, retrieval p50/p95 over a
question file (warm), peak memory (RSS). For the replicated corpus the text of every copy is
already known, so its embeddings are served from the first build and the embedding time is
extrapolated from the measured chunks/s; parsing, chunking, BM25 and FAISS are measured for real.
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from index.build import build_index
from index.embedder import Embedder
from index.ingest import corpus_files
from index.store import load_index
from rag.retrieval import HybridRetriever
from rag.settings import Settings


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _MemoEmbedder:
    """Serves vectors of texts embedded before; counts the texts it had to embed anew."""

    def __init__(self, inner: Embedder, memo: dict[str, np.ndarray]):
        self.inner, self.memo, self.misses = inner, memo, 0

    name = property(lambda self: self.inner.name)
    dim = property(lambda self: self.inner.dim)
    fingerprint = property(lambda self: self.inner.fingerprint)

    def tokenizer_len(self, text: str) -> int:
        return self.inner.tokenizer_len(text)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in texts if t not in self.memo]
        if todo:
            self.misses += len(todo)
            for t, v in zip(todo, self.inner.embed_documents(todo), strict=True):
                self.memo[t] = v
        return np.stack([self.memo[t] for t in texts])


def _questions(path: Path | None, retriever: HybridRetriever, n: int) -> list[str]:
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as fh:
            qs = [json.loads(line)["question"] for line in fh if line.strip()]
        return qs[:n]
    # No question file: ask about each notice by its own title.
    return [f"{d.title}的主要内容是什么？" for d in list(retriever.index.documents.values())[:n]]


def _latencies(retriever: HybridRetriever, questions: list[str]) -> dict[str, float]:
    retriever.retrieve(questions[0])  # warm
    times = []
    for q in questions:
        t = time.perf_counter()
        retriever.retrieve(q + " ")  # bypass the query-vector memo: time the real query embedding
        times.append((time.perf_counter() - t) * 1000)
    return {"p50_ms": float(np.percentile(times, 50)), "p95_ms": float(np.percentile(times, 95)),
            "mean_ms": statistics.fmean(times)}


def _replicate(src: Path, dst: Path, times: int) -> None:
    dst.mkdir(parents=True)
    for k in range(times):
        for f in corpus_files(src):
            shutil.copyfile(f, dst / f"{f.stem}-copy{k:02d}{f.suffix}")


def run_bench(settings: Settings, qa: Path | None, n_questions: int, replicate: int,
              progress: bool) -> dict[str, Any]:
    """Build the configured corpus cold, time retrieval, then the same for the corpus ``replicate``×."""
    from rag.runtime import embedder_for

    out: dict[str, Any] = {"corpus": str(settings.corpus), "embedding_model": settings.embedding_model}
    embedder = embedder_for(settings)
    t = time.perf_counter()
    embedder.embed_query("预热")
    out["model_load_s"] = round(time.perf_counter() - t, 2)
    memo = _MemoEmbedder(embedder, {})
    with tempfile.TemporaryDirectory(prefix="policyqa-bench-") as tmp:
        tmpdir = Path(tmp)
        report = build_index(settings.corpus, tmpdir / "idx1", memo, settings.chunker, rebuild=True,
                             progress=progress)
        index = load_index(tmpdir / "idx1")
        retriever = HybridRetriever(index, embedder, settings.retrieval)
        qs = _questions(qa, retriever, n_questions)
        out["x1"] = {"documents": report.documents, "chunks": report.chunks, "build_s": round(report.seconds, 1),
                     "chunks_per_s": round(report.chunks / report.seconds, 1),
                     "retrieval": _latencies(retriever, qs), "peak_rss_mb": round(peak_rss_mb())}
        per_chunk_s = report.seconds / max(report.chunks, 1)
        if replicate > 1:
            big = tmpdir / "corpus-x"
            _replicate(settings.corpus, big, replicate)
            misses_before = memo.misses
            rep = build_index(big, tmpdir / "idxN", memo, settings.chunker, rebuild=True, progress=progress)
            new = memo.misses - misses_before
            retriever_n = HybridRetriever(load_index(tmpdir / "idxN"), embedder, settings.retrieval)
            extrapolated = rep.seconds + (rep.chunks - new) * per_chunk_s
            out[f"x{replicate}"] = {
                "documents": rep.documents, "chunks": rep.chunks,
                "build_s_measured_without_embedding": round(rep.seconds, 1),
                "build_s_extrapolated": round(extrapolated, 1),
                "retrieval": _latencies(retriever_n, qs), "peak_rss_mb": round(peak_rss_mb())}
    return out
