"""Wiring shared by the CLI, the UI and the evaluation: settings → embedder → index → retriever."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from index.build import BuildReport, build_index, index_status
from index.embedder import Embedder, make_embedder
from index.errors import IndexLoadError
from index.milvus import MilvusStore, parse_store
from index.models import Chunk
from index.readers import SourceText
from index.search import ChunkSearch, EmbeddedSearch, WithFallback
from index.store import LoadedIndex, load_index
from rag.query import doc_kind, locality_of
from rag.retrieval import HybridRetriever
from rag.settings import Settings


def embedder_for(settings: Settings) -> Embedder:
    return make_embedder(settings.embedding_model, settings.models_dir, dtype=settings.embedding_dtype,
                         batch_size=settings.embedding_batch_size,
                         max_seq_length=settings.embedding_max_tokens)


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


def chunk_fields(index: LoadedIndex, as_of: str) -> Callable[[Chunk], dict[str, Any]]:
    """A chunk's filter metadata for an external store: its notice's place, year, kind and validity."""
    statuses = index.validity.doc_statuses(as_of)
    docs = index.documents

    def fields(chunk: Chunk) -> dict[str, Any]:
        doc = docs.get(chunk.doc_id)
        v = statuses.get(chunk.doc_id)
        return {"locality": locality_of(doc) if doc else "", "kind": doc_kind(doc) if doc else "",
                "year": int(chunk.date[:4]) if chunk.date and chunk.date[:4].isdigit() else 0,
                "status": v.status if v is not None else ""}
    return fields


def search_for(settings: Settings, index: LoadedIndex, log: Callable[[str], None] = _stderr,
               prune_all: bool = False) -> ChunkSearch:
    """The configured chunk search over ``index``: in process, or a Milvus collection synced to it."""
    spec = parse_store(settings.store)
    if spec.kind == "embedded":
        return EmbeddedSearch.for_index(index, settings.retrieval.approximate_above, log)
    store = MilvusStore(spec)
    report = store.sync(index, chunk_fields(index, settings.as_of_iso), prune_all=prune_all, log=log)
    if report.inserted or report.deleted:
        log(f"Milvus collection {report.collection}: {report.inserted} chunks inserted, {report.deleted} deleted")
    # The fallback scans exactly: no HNSW graph is built at start-up for an outage that may not come.
    return WithFallback(store.search(index, report.collection), EmbeddedSearch(index), log)


def make_retriever(settings: Settings, index: LoadedIndex, embedder: Embedder,
                   log: Callable[[str], None] = _stderr) -> HybridRetriever:
    return HybridRetriever(index, embedder, settings.retrieval, search_for(settings, index, log))


@dataclass
class Runtime:
    settings: Settings
    embedder: Embedder
    index: LoadedIndex
    retriever: HybridRetriever
    build: BuildReport | None = None

    def refresh(self, *, progress: bool = False, log: Callable[[str], None] = _stderr,
                sources: Iterable[SourceText] = ()) -> BuildReport:
        """Update the index from the corpus folder (only new chunks are embedded) and swap it in.

        Questions already being answered keep the retriever they started with.
        """
        s = self.settings
        report = build_index(s.corpus, s.resolved_index_dir, self.embedder, s.chunker, progress=progress,
                             log=log, sources=sources)
        index = load_index(s.resolved_index_dir, self.embedder, s.chunker)
        self.index, self.retriever, self.build = index, make_retriever(s, index, self.embedder, log), report
        return report


def open_runtime(settings: Settings, *, build: bool = True, progress: bool = True,
                 log: Callable[[str], None] = _stderr) -> Runtime:
    """Load the index for the configured corpus, building or updating it first when allowed.

    With ``build=False`` a missing or stale index is an ``IndexLoadError`` that says what to run.
    """
    embedder = embedder_for(settings)
    index_dir = settings.resolved_index_dir
    report = None
    status = index_status(index_dir, settings.corpus, embedder, settings.chunker)
    if status != "fresh":
        if not build:
            hint = {"missing": "No index yet", "stale": "The corpus changed since the index was built",
                    "incompatible": "The index was built with other settings"}[status]
            raise IndexLoadError(f"{hint} ({index_dir}). Run: policyqa index --corpus {settings.corpus}")
        log(f"Index {status}: building {index_dir} from {settings.corpus} …")
        report = build_index(settings.corpus, index_dir, embedder, settings.chunker,
                             rebuild=status == "incompatible", progress=progress, log=log)
        log(f"Index ready: {report.documents} documents, {report.chunks} chunks, "
            f"{report.embedded} embedded in {report.seconds:.1f} s")
    index = load_index(index_dir, embedder, settings.chunker)
    embedder.embed_query("预热")  # load the model now rather than during the first question
    return Runtime(settings, embedder, index, make_retriever(settings, index, embedder, log), report)
