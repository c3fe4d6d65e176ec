"""Benchmarks (``policyqa bench``): index build and retrieval cost on the configured corpus, and on a
synthetic corpus ×10 and ×100 its size (``eval.synthetic``), with each chunk-search backend side by
side: FAISS flat (exact, the default), FAISS HNSW (approximate) and Milvus.

Per scale it prints: documents and chunks; the build (parse, chunk, tokenise, BM25 data, FAISS)
measured, plus the embedding time (measured at ×1; for the synthetic notices extrapolated from the
measured chunks/s, since embedding 175k passages on 2 CPU cores takes hours, and their vectors are
stand-ins with the model's dimension); the index on disk; resident memory once loaded; and per
backend its own build (HNSW graph, Milvus sync) and the hybrid retrieval latency p50/p95 over the
question file, the query embedding included.
"""

from __future__ import annotations

import json
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.build import build_index
from index.embedder import Embedder, make_embedder
from index.search import ChunkSearch, EmbeddedSearch, hnsw_graph
from index.store import LoadedIndex, load_index
from rag.retrieval import HybridRetriever
from rag.settings import Settings

BACKENDS = ("flat", "hnsw", "milvus")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Resident memory now (Linux), peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


class _Delegating:
    """The embedder interface, passed through to the real model."""

    def __init__(self, inner: Embedder):
        self.inner = inner

    name = property(lambda self: self.inner.name)
    dim = property(lambda self: self.inner.dim)
    fingerprint = property(lambda self: self.inner.fingerprint)

    def tokenizer_len(self, text: str) -> int:
        return self.inner.tokenizer_len(text)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


class _Recording(_Delegating):
    """The real embedder during the ×1 build, keeping every document vector it made."""

    def __init__(self, inner: Embedder):
        super().__init__(inner)
        self.memo: dict[str, np.ndarray] = {}

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        out = self.inner.embed_documents(texts)
        for t, v in zip(texts, out, strict=True):
            self.memo[t] = np.asarray(v, dtype=np.float32)
        return out


class _StandInEmbedder(_Delegating):
    """The real model's tokenizer (so chunks are cut as in production) and its vectors for texts it
    embedded before; any other text gets a cheap stand-in vector of the same dimension."""

    def __init__(self, inner: Embedder, memo: dict[str, np.ndarray], stand_in: Embedder):
        super().__init__(inner)
        self.memo, self.stand_in = memo, stand_in

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in texts if t not in self.memo]
        if todo:
            for t, v in zip(todo, self.stand_in.embed_documents(todo), strict=True):
                self.memo[t] = np.asarray(v, dtype=np.float32)
        return np.stack([self.memo[t] for t in texts])


def questions_for(path: Path | None, index: LoadedIndex, n: int) -> list[str]:
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as fh:
            qs = [json.loads(line)["question"] for line in fh if line.strip()]
        return qs[:n]
    # No question file: ask about each notice by its own title.
    return [f"{d.title}的主要内容是什么？" for d in list(index.documents.values())[:n]]


def latencies(retriever: HybridRetriever, questions: Sequence[str]) -> dict[str, float]:
    retriever.retrieve(questions[0])  # warm
    times = []
    for q in questions:
        t = time.perf_counter()
        retriever.retrieve(q + " ")  # bypass the query-vector memo: time the real query embedding
        times.append((time.perf_counter() - t) * 1000)
    return {"p50_ms": round(float(np.percentile(times, 50)), 1), "p95_ms": round(float(np.percentile(times, 95)), 1),
            "mean_ms": round(statistics.fmean(times), 1)}


def _disk_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20, 1)


def _searches(index: LoadedIndex, backends: Sequence[str], milvus_uri: str | None, tmp: Path,
              settings: Settings) -> list[tuple[str, Callable[[], tuple[LoadedIndex, ChunkSearch]]]]:
    """(backend, build) pairs; each build returns the index to search and its chunk search."""
    from index.milvus import MilvusStore, parse_store
    from rag.runtime import chunk_fields

    def flat() -> tuple[LoadedIndex, ChunkSearch]:
        return index, EmbeddedSearch(index)

    def hnsw() -> tuple[LoadedIndex, ChunkSearch]:
        return index, EmbeddedSearch(index, hnsw_graph(index.chunk_vectors()))

    def milvus() -> tuple[LoadedIndex, ChunkSearch]:
        store = MilvusStore(parse_store(milvus_uri or str(tmp / "milvus.db")))
        name = f"policyqa_bench_{len(index.chunks)}"
        store.drop(name)
        report = store.sync(index, chunk_fields(index, settings.as_of_iso),
                            name=name, prune_all=True)
        return index, store.search(index, report.collection)

    table = {"flat": flat, "hnsw": hnsw, "milvus": milvus}
    return [(b, table[b]) for b in backends]


def run_bench(settings: Settings, qa: Path | None, n_questions: int, scales: Sequence[int],
              backends: Sequence[str] = BACKENDS, milvus_uri: str | None = None, progress: bool = False,
              log: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Build and time each scale (×1 is the configured corpus itself) with each backend."""
    from eval.synthetic import make_corpus
    from rag.runtime import embedder_for

    out: dict[str, Any] = {"corpus": str(settings.corpus), "embedding_model": settings.embedding_model,
                           "backends": list(backends), "scales": {}}
    embedder = embedder_for(settings)
    t = time.perf_counter()
    embedder.embed_query("预热")
    out["model_load_s"] = round(time.perf_counter() - t, 2)
    recording = _Recording(embedder)
    stand_in = make_embedder(f"hash:{embedder.dim}", settings.models_dir)
    per_chunk_s, base_chunks = 0.0, 0
    questions: list[str] = []
    with tempfile.TemporaryDirectory(prefix="policyqa-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for scale in sorted(set(scales)):
            log(f"== ×{scale}")
            corpus = settings.corpus if scale == 1 else tmp / f"corpus-x{scale}"
            if scale != 1:
                t = time.perf_counter()
                make_corpus(settings.corpus, corpus, scale)
                log(f"synthetic corpus written in {time.perf_counter() - t:.1f} s")
            idx_dir = tmp / f"index-x{scale}"
            emb: Any = recording if scale == 1 else _StandInEmbedder(embedder, recording.memo, stand_in)
            report = build_index(corpus, idx_dir, emb, settings.chunker, rebuild=True, progress=progress, log=log)
            row: dict[str, Any] = {"documents": report.documents, "chunks": report.chunks}
            if scale == 1:
                per_chunk_s = report.seconds / max(report.chunks, 1)
                base_chunks = report.chunks
                row["build_s"] = round(report.seconds, 1)
            else:
                new = report.chunks - base_chunks  # every synthetic passage, as the model would embed it
                # The stand-in vectors cost next to nothing: add what the model would have taken.
                row["build_s_measured"] = round(report.seconds, 1)
                row["build_s"] = round(report.seconds + new * per_chunk_s, 1)
                row["embedding_extrapolated_chunks"] = new
            row["index_disk_mb"] = _disk_mb(idx_dir)
            before = rss_mb()
            index = load_index(idx_dir)
            if not questions:
                questions = questions_for(qa, index, n_questions)
            row["backends"] = {}
            for name, build in _searches(index, backends, milvus_uri, tmp, settings):
                t = time.perf_counter()
                searched, search = build()
                setup_s = time.perf_counter() - t
                retriever = HybridRetriever(searched, embedder, settings.retrieval, search)
                row["backends"][name] = {"setup_s": round(setup_s, 1), **latencies(retriever, questions),
                                         "rss_mb": round(rss_mb())}
                log(f"×{scale} {name}: {row['backends'][name]}")
                del retriever
            row["loaded_rss_delta_mb"] = round(rss_mb() - before)
            row["peak_rss_mb"] = round(peak_rss_mb())
            out["scales"][f"x{scale}"] = row
            del index
    return out


def growth_table(out: dict[str, Any]) -> list[str]:
    """The figures as Markdown rows: one per scale and backend."""
    lines = ["| scale | notices | chunks | build s | index MB | backend | backend setup s | p50 ms | p95 ms | RSS MB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for key, row in out["scales"].items():
        for name, b in row["backends"].items():
            lines.append(f"| {key} | {row['documents']} | {row['chunks']} | {row['build_s']} | {row['index_disk_mb']} "
                         f"| {name} | {b['setup_s']} | {b['p50_ms']} | {b['p95_ms']} | {b['rss_mb']} |")
    return lines
