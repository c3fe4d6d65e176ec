"""The Milvus backend of ``index.search``: one collection per corpus and embedding model.

Where (``POLICYQA_STORE``):

- ``milvus://host:19530`` (``milvuss://`` for TLS) — a Milvus server or cluster, or milvus-lite
  started as a loopback server (``milvus-lite server --data-dir D --port P``);
- ``milvus:///path/to/file.db`` or any path ending in ``.db`` — milvus-lite in this process;
- a ``/name`` path on a server URI, or ``?collection=name``, picks the collection (default
  ``policyqa_<corpus>_<model fingerprint>``). ``POLICYQA_MILVUS_TOKEN`` is sent as the token.

Each chunk is one entity: its id (primary key), provenance (notice, 文号, title, issuer, date,
section path), metadata for filters (locality, year, kind, validity status on the day of the sync),
its text with Milvus' jieba analyzer and a BM25 function filling a sparse vector, and its dense
vector. Only features that behave the same on milvus-lite and a cluster are used: FLAT/IP dense
search, BM25 sparse search ranked by order (milvus-lite returns BM25 scores negated), ``in``
filter expressions, insert/delete by primary key, ``hybrid_search`` with ``RRFRanker``.

``sync`` makes the collection hold exactly the loaded index's chunks: ids it lacks are inserted, ids
the index no longer has are deleted, so an incremental index update costs only the changed chunks.
A small ``policyqa_manifests`` collection records which index (corpus hash, pipeline, model) each
collection was last synced from, so a second process sharing the server sees it is current.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np

from index.errors import IndexLoadError
from index.models import Chunk
from index.store import LoadedIndex

MANIFESTS = "policyqa_manifests"
_TEXT_BYTES = 65535
_BATCH = 256
_QUERY_WINDOW = 16384  # Milvus' largest offset + limit of one query
FieldsOf = Callable[[Chunk], dict[str, Any]]  # filter metadata of a chunk: locality, year, kind, status


@dataclass(frozen=True)
class StoreSpec:
    """Where the chunks live: ``embedded`` (this process) or a Milvus URI and collection."""

    kind: str  # "embedded" | "milvus"
    uri: str = ""
    collection: str | None = None

    @property
    def local_file(self) -> bool:
        return self.kind == "milvus" and not re.match(r"https?://", self.uri)


def parse_store(spec: str | None) -> StoreSpec:
    """``None``/"embedded" → the in-process store; a Milvus URI or milvus-lite file otherwise."""
    if not spec or spec.strip().lower() in ("embedded", "faiss", "local"):
        return StoreSpec("embedded")
    spec = spec.strip()
    parts = urlsplit(spec)
    named = parse_qs(parts.query).get("collection")
    collection = named[0] if named else None
    if parts.scheme in ("milvus", "milvuss") and parts.netloc:
        name = parts.path.strip("/") or collection
        scheme = "https" if parts.scheme == "milvuss" else "http"
        return StoreSpec("milvus", f"{scheme}://{parts.netloc}", name or None)
    if parts.scheme in ("http", "https") and parts.netloc:
        return StoreSpec("milvus", f"{parts.scheme}://{parts.netloc}", parts.path.strip("/") or collection)
    if parts.scheme == "milvus" and parts.path:  # milvus:///abs/path/file.db
        return StoreSpec("milvus", parts.path, collection)
    if spec.endswith(".db") and not parts.scheme:
        return StoreSpec("milvus", str(Path(spec).expanduser()), None)
    raise ValueError(f"POLICYQA_STORE {spec!r} is neither 'embedded', a milvus:// URI nor a milvus-lite .db file")


def collection_name(index: LoadedIndex) -> str:
    """``policyqa_<corpus folder>_<hash of model and chunking>``: what differs gets its own collection."""
    m = index.manifest
    corpus = re.sub(r"\W", "_", Path(m.corpus.dir).name, flags=re.ASCII).strip("_")[:40] or "corpus"
    key = json.dumps([m.embedding.fingerprint, m.chunker, m.dim], sort_keys=True)
    return f"policyqa_{corpus}_{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def _errors() -> tuple[type[BaseException], ...]:
    """What a Milvus call raises: pymilvus' own errors, grpc's, and a dropped connection."""
    import grpc
    from pymilvus.exceptions import MilvusException

    return (MilvusException, grpc.RpcError, ConnectionError, TimeoutError)


def _clip(text: str, limit: int = _TEXT_BYTES) -> str:
    raw = text.encode("utf-8")
    return text if len(raw) <= limit else raw[:limit].decode("utf-8", "ignore")


def _quote(values: Iterable[str]) -> str:
    return "[" + ",".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def doc_filter(docs: Collection[str] | None) -> str:
    """The Milvus expression limiting a search to some notices ("" for none)."""
    return "" if docs is None else f"doc_id in {_quote(sorted(docs))}"


@dataclass
class MilvusStore:
    """A connection to Milvus and the collection of one corpus; ``sync`` then ``search``."""

    spec: StoreSpec
    _client: Any = field(default=None, repr=False)

    @property
    def client(self) -> Any:
        if self._client is None:
            try:
                from pymilvus import MilvusClient
            except ImportError as exc:
                raise IndexLoadError("POLICYQA_STORE names Milvus, but pymilvus is not installed: "
                                     "pip install 'policyqa[milvus]'") from exc
            if self.spec.local_file:
                Path(self.spec.uri).parent.mkdir(parents=True, exist_ok=True)
            try:
                self._client = MilvusClient(uri=self.spec.uri, token=os.environ.get("POLICYQA_MILVUS_TOKEN", ""))
            except _errors() as exc:
                raise IndexLoadError(f"Milvus at {self.spec.uri} cannot be reached ({type(exc).__name__}).") from exc
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- schema
    def _create(self, name: str, dim: int) -> None:
        from pymilvus import DataType, Function, FunctionType

        c = self.client
        schema = c.create_schema(auto_id=False, description="policyqa chunks")
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=128)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=256)
        schema.add_field("text", DataType.VARCHAR, max_length=_TEXT_BYTES, enable_analyzer=True,
                         analyzer_params={"tokenizer": "jieba"})
        for name_ in ("doc_number", "title", "issuer", "date", "section_path", "corpus_file",
                      "locality", "kind", "status"):
            schema.add_field(name_, DataType.VARCHAR, max_length=4096)
        schema.add_field("year", DataType.INT64)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(Function(name="text_bm25", function_type=FunctionType.BM25,
                                     input_field_names=["text"], output_field_names=["sparse"]))
        params = c.prepare_index_params()
        params.add_index("vector", index_type="FLAT", metric_type="IP")
        params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        c.create_collection(name, schema=schema, index_params=params)

    def _ensure_manifests(self) -> None:
        from pymilvus import DataType

        c = self.client
        if c.has_collection(MANIFESTS):
            return
        schema = c.create_schema(auto_id=False, description="which index each policyqa collection holds")
        schema.add_field("collection", DataType.VARCHAR, is_primary=True, max_length=256)
        schema.add_field("manifest", DataType.VARCHAR, max_length=_TEXT_BYTES)
        schema.add_field("pad", DataType.FLOAT_VECTOR, dim=2)  # Milvus wants a vector field
        params = c.prepare_index_params()
        params.add_index("pad", index_type="FLAT", metric_type="L2")
        c.create_collection(MANIFESTS, schema=schema, index_params=params)

    # -- what is there
    def stored(self, name: str, docs: Collection[str] | None = None) -> dict[str, str]:
        """Chunk id → notice id of the entities of ``docs`` (of every entity when None)."""
        c = self.client
        if not c.has_collection(name):
            return {}
        c.load_collection(name)
        out: dict[str, str] = {}
        if docs is not None:
            # Plain queries by notice: the iterator needs a timestamp call milvus-lite lacks.
            ids = sorted(docs)
            for k in range(0, len(ids), 20):
                rows = c.query(name, filter=doc_filter(ids[k:k + 20]), output_fields=["id", "doc_id"],
                               limit=_QUERY_WINDOW)
                if len(rows) < _QUERY_WINDOW:
                    out.update((str(r["id"]), str(r["doc_id"])) for r in rows)
                    continue
                return self.stored(name)  # more than a query window holds: walk everything
            return out
        it = c.query_iterator(name, batch_size=1000, filter="", output_fields=["id", "doc_id"])
        try:
            while batch := it.next():
                out.update((str(r["id"]), str(r["doc_id"])) for r in batch)
        finally:
            it.close()
        return out

    def stored_ids(self, name: str) -> set[str]:
        return set(self.stored(name))

    def synced_from(self, name: str) -> dict[str, Any] | None:
        c = self.client
        if not c.has_collection(MANIFESTS):
            return None
        c.load_collection(MANIFESTS)
        rows = c.query(MANIFESTS, filter=f"collection == {json.dumps(name)}", output_fields=["manifest"])
        return json.loads(rows[0]["manifest"]) if rows else None

    # -- writing
    def sync(self, index: LoadedIndex, fields_of: FieldsOf, name: str | None = None, *, prune_all: bool = False,
             log: Callable[[str], None] = lambda _m: None) -> SyncReport:
        """Make collection ``name`` hold the index's chunks: insert the new, delete the stale.

        Stale are the old chunks of notices this index holds (a notice re-read, re-chunked). Chunks of
        notices it does not know are kept unless ``prune_all``: a replica that has not yet pulled a
        file another replica added must not delete that file's chunks (``policyqa index`` prunes all).
        """
        name = name or self.spec.collection or collection_name(index)
        try:
            return self._sync(index, fields_of, name, prune_all, log)
        except _errors() as exc:
            raise IndexLoadError(f"Milvus at {self.spec.uri} could not be synced with the index "
                                 f"({type(exc).__name__}).") from exc

    def _sync(self, index: LoadedIndex, fields_of: FieldsOf, name: str, prune_all: bool,
              log: Callable[[str], None]) -> SyncReport:
        stamp = _stamp(index)
        c = self.client
        if self.synced_from(name) == stamp and c.has_collection(name):
            c.load_collection(name)
            return SyncReport(name, 0, 0, len(index.chunks))
        if not c.has_collection(name):
            self._create(name, index.manifest.dim)
        have = self.stored(name, None if prune_all else index.documents.keys())
        want = {ch.id: i for i, ch in enumerate(index.chunks)}
        gone = sorted(cid for cid, doc in have.items() if cid not in want and (prune_all or doc in index.documents))
        new = [i for cid, i in want.items() if cid not in have]
        if gone:
            for k in range(0, len(gone), 1000):
                c.delete(name, filter=f"id in {_quote(gone[k:k + 1000])}")
        if new:
            vectors = index.chunk_vectors()
            log(f"Milvus: {len(new)} chunks to insert into {name}, {len(gone)} to delete")
            for k in range(0, len(new), _BATCH):
                # upsert: two replicas syncing the same new file at once write each chunk once
                c.upsert(name, [_entity(index.chunks[i], vectors[i], fields_of) for i in new[k:k + _BATCH]])
        if hasattr(c, "flush"):
            c.flush(name)
        self._ensure_manifests()
        c.upsert(MANIFESTS, [{"collection": name, "manifest": json.dumps(stamp), "pad": [0.0, 0.0]}])
        c.load_collection(name)
        return SyncReport(name, len(new), len(gone), len(index.chunks))

    def drop(self, name: str) -> None:
        c = self.client
        if c.has_collection(name):
            c.drop_collection(name)
        if c.has_collection(MANIFESTS):
            c.delete(MANIFESTS, filter=f"collection == {json.dumps(name)}")

    def search(self, index: LoadedIndex, name: str | None = None) -> MilvusSearch:
        return MilvusSearch(self, name or self.spec.collection or collection_name(index), index)


def _stamp(index: LoadedIndex) -> dict[str, Any]:
    m = index.manifest
    return {"corpus_hash": m.corpus.hash, "pipeline": m.pipeline, "embedding": m.embedding.fingerprint,
            "chunks": len(index.chunks), "chunks_sha256": m.checksums.get("chunks.jsonl", "")}


def _entity(chunk: Chunk, vector: np.ndarray, fields_of: FieldsOf) -> dict[str, Any]:
    meta = fields_of(chunk)
    return {
        "id": chunk.id, "doc_id": chunk.doc_id, "text": _clip(chunk.embed_text),
        "doc_number": chunk.doc_number or "", "title": _clip(chunk.title, 4096), "issuer": _clip(chunk.issuer, 4096),
        "date": chunk.date or "", "section_path": _clip(chunk.section_path, 4096), "corpus_file": chunk.corpus_file,
        "locality": str(meta.get("locality") or ""), "kind": str(meta.get("kind") or ""),
        "status": str(meta.get("status") or ""), "year": int(meta.get("year") or 0),
        "vector": np.asarray(vector, dtype=np.float32).tolist(),
    }


@dataclass(frozen=True)
class SyncReport:
    collection: str
    inserted: int
    deleted: int
    chunks: int


class MilvusSearch:
    """``index.search.ChunkSearch`` answered by a Milvus collection synced from the loaded index."""

    backend = "milvus"

    def __init__(self, store: MilvusStore, collection: str, index: LoadedIndex):
        self.store, self.collection, self.index = store, collection, index
        self._pos = {c.id: i for i, c in enumerate(index.chunks)}

    def _run(self, data: Any, field_: str, metric: str, k: int, docs: Collection[str] | None) -> list[Any]:
        if k <= 0 or (docs is not None and not docs):
            return []
        try:
            res = self.store.client.search(self.collection, data=[data], anns_field=field_, limit=min(k, 16384),
                                           filter=doc_filter(docs), output_fields=["id"],
                                           search_params={"metric_type": metric})
        except _errors() as exc:
            raise IndexLoadError(f"Milvus search failed ({type(exc).__name__}).") from exc
        return list(res[0]) if res else []

    def dense(self, query: np.ndarray, k: int, docs: Collection[str] | None = None) -> list[tuple[int, float]]:
        vec = np.asarray(query, dtype=np.float32).reshape(-1).tolist()
        rows = self._run(vec, "vector", "IP", k, docs)
        return [(self._pos[r["id"]], float(r["distance"])) for r in rows if r["id"] in self._pos]

    def lexical(self, text: str, k: int, docs: Collection[str] | None = None) -> list[tuple[int, float]]:
        rows = [r for r in self._run(text, "sparse", "BM25", k, docs) if r["id"] in self._pos]
        # milvus-lite returns BM25 scores negated, a cluster positive: rank by order, score by rank.
        return [(self._pos[r["id"]], float(len(rows) - j)) for j, r in enumerate(rows)]

    def hybrid(self, query: np.ndarray, text: str, k: int, rrf_k: int = 60) -> list[tuple[int, float]]:
        """Milvus' own fusion (``hybrid_search`` + ``RRFRanker``): dense and BM25 in one call."""
        from pymilvus import AnnSearchRequest, RRFRanker

        reqs = [AnnSearchRequest(data=[np.asarray(query, dtype=np.float32).reshape(-1).tolist()],
                                 anns_field="vector", param={"metric_type": "IP"}, limit=k),
                AnnSearchRequest(data=[text], anns_field="sparse", param={"metric_type": "BM25"}, limit=k)]
        res = self.store.client.hybrid_search(self.collection, reqs, ranker=RRFRanker(rrf_k), limit=k,
                                              output_fields=["id"])
        return [(self._pos[r["id"]], float(r["distance"])) for r in (res[0] if res else []) if r["id"] in self._pos]

    def describe(self) -> dict[str, object]:
        return {"backend": self.backend, "where": self.store.spec.uri, "collection": self.collection,
                "chunks": len(self._pos)}
