"""``policyqa bench``: index build and retrieval cost on the bundled corpus, and on the corpus
replicated N times (synthetic) to show how the cost grows.

Figures printed: cold build time (model load apart), chunks per second, retrieval p50/p95 over a
question file (warm), peak memory (RSS). For the replicated corpus the text of every copy is
already known, so its embeddings are served from the first build and the embedding time is
extrapolated from the measured chunks/s; parsing, chunking, BM25 and FAISS are measured for real.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.embedder import Embedder
from index.store import build_index, corpus_files, load_index
from rag.cli import add_common, settings_from
from rag.retrieval import HybridRetriever


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


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common(p)
    p.add_argument("--qa", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "data" / "dev.jsonl",
                   help="questions to time retrieval with (JSONL with a 'question' field)")
    p.add_argument("--questions", type=int, default=100)
    p.add_argument("--replicate", type=int, default=10, help="synthetic corpus size multiple (0: skip)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    settings = settings_from(args)
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
                             progress=not args.json)
        index = load_index(tmpdir / "idx1")
        retriever = HybridRetriever(index, embedder, settings.retrieval)
        qs = _questions(args.qa, retriever, args.questions)
        out["x1"] = {"documents": report.documents, "chunks": report.chunks, "build_s": round(report.seconds, 1),
                     "chunks_per_s": round(report.chunks / report.seconds, 1),
                     "retrieval": _latencies(retriever, qs), "peak_rss_mb": round(peak_rss_mb())}
        per_chunk_s = report.seconds / max(report.chunks, 1)
        if args.replicate > 1:
            big = tmpdir / "corpus-x"
            _replicate(settings.corpus, big, args.replicate)
            misses_before = memo.misses
            rep = build_index(big, tmpdir / "idxN", memo, settings.chunker, rebuild=True, progress=not args.json)
            new = memo.misses - misses_before
            index_n = load_index(tmpdir / "idxN")
            retriever_n = HybridRetriever(index_n, embedder, settings.retrieval)
            extrapolated = rep.seconds + (rep.chunks - new) * per_chunk_s
            out[f"x{args.replicate}"] = {
                "documents": rep.documents, "chunks": rep.chunks,
                "build_s_measured_without_embedding": round(rep.seconds, 1),
                "build_s_extrapolated": round(extrapolated, 1),
                "retrieval": _latencies(retriever_n, qs), "peak_rss_mb": round(peak_rss_mb())}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    x1 = out["x1"]
    print(f"model: {settings.embedding_model} (load {out['model_load_s']} s)")
    print(f"x1: {x1['documents']} documents, {x1['chunks']} chunks; cold build {x1['build_s']} s "
          f"({x1['chunks_per_s']} chunks/s); retrieval p50 {x1['retrieval']['p50_ms']:.1f} ms, "
          f"p95 {x1['retrieval']['p95_ms']:.1f} ms; peak RSS {x1['peak_rss_mb']} MB")
    key = f"x{args.replicate}"
    if key in out:
        xn = out[key]
        print(f"{key}: {xn['documents']} documents, {xn['chunks']} chunks; build "
              f"{xn['build_s_extrapolated']} s extrapolated ({xn['build_s_measured_without_embedding']} s "
              f"measured without embedding); retrieval p50 {xn['retrieval']['p50_ms']:.1f} ms, "
              f"p95 {xn['retrieval']['p95_ms']:.1f} ms; peak RSS {xn['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
