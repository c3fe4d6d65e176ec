"""The on-disk index: reading and writing its folder, nothing else.

Layout of an index folder::

    manifest.json     what was built, from what, with which model; checksums of the files below
    documents.jsonl   one parsed document per line (metadata, cleaned text, sections)
    chunks.jsonl      one chunk per line (provenance, verbatim text, jieba tokens)
    vectors.faiss     inner-product FAISS index, row i = chunk i
    tasks.jsonl       one task row per line (who leads, supports, by when: ``index.tasks``)
    sources.jsonl     text read from PDFs, Word files and scans, so an update re-reads only new files

Nothing is pickled. A write goes to a sibling temporary folder that is swapped in with renames, so
an interrupted build leaves the previous index loadable. What to write is decided by
``index.build``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.chunking import ChunkerSettings
from index.embedder import Embedder
from index.errors import IndexIncompatible, IndexLoadError, IndexMissing
from index.files import sha256_file
from index.ingest import FileReport
from index.lexical import BM25Model
from index.models import Chunk, Document, Section
from index.readers import SourceText, reader_fingerprint
from index.standing import ValidityGraph, build_graph
from index.tasks import TaskRow, tasks_of

FORMAT_VERSION = 1
_FILES = ("documents.jsonl", "chunks.jsonl", "vectors.faiss")
_SOURCES = "sources.jsonl"
_TASKS = "tasks.jsonl"
REBUILD_HINT = "Rebuild it with: policyqa index --rebuild"


# ----------------------------------------------------------------------------- manifest

@dataclass(frozen=True)
class EmbeddingInfo:
    name: str  # the configured model name
    fingerprint: str  # what the vectors depend on (see ``Embedder.fingerprint``)
    dim: int


@dataclass(frozen=True)
class CorpusInfo:
    dir: str
    files: dict[str, str]  # file name → sha256 of its bytes
    hash: str  # of ``files``
    skipped: tuple[str, ...]  # "file: reason" for each unreadable file
    reports: tuple[FileReport, ...]  # one per corpus file, unreadable ones included


@dataclass(frozen=True)
class Counts:
    documents: int
    chunks: int
    tasks: int = 0


@dataclass(frozen=True)
class Manifest:
    """``manifest.json``: what was built, from what, with which model and code."""

    format_version: int
    created: str  # local time, "%Y-%m-%dT%H:%M:%S%z"
    embedding: EmbeddingInfo
    dim: int
    chunker: dict[str, Any]  # ``dataclasses.asdict(ChunkerSettings)``
    pipeline: str  # fingerprint of the code that turns files into chunks
    corpus: CorpusInfo
    counts: Counts
    versions: dict[str, str]  # package → version
    checksums: dict[str, str]  # file of the index folder → sha256

    def to_json(self) -> dict[str, Any]:
        """The JSON object written to disk (keys in this order)."""
        return {
            "format_version": self.format_version,
            "created": self.created,
            "embedding": dataclasses.asdict(self.embedding),
            "dim": self.dim,
            "chunker": dict(self.chunker),
            "pipeline": self.pipeline,
            "corpus": {"dir": self.corpus.dir, "files": dict(self.corpus.files), "hash": self.corpus.hash,
                       "skipped": list(self.corpus.skipped),
                       "reports": [r.to_json() for r in self.corpus.reports]},
            "counts": dataclasses.asdict(self.counts),
            "versions": dict(self.versions),
            "checksums": dict(self.checksums),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Manifest:
        """Raises KeyError, TypeError or ValueError for a manifest that lacks a field."""
        emb, corpus, counts = d["embedding"], d["corpus"], d["counts"]
        return cls(
            format_version=int(d["format_version"]),
            created=str(d["created"]),
            embedding=EmbeddingInfo(str(emb["name"]), str(emb["fingerprint"]), int(emb["dim"])),
            dim=int(d["dim"]),
            chunker=dict(d["chunker"]),
            pipeline=str(d["pipeline"]),
            corpus=CorpusInfo(
                dir=str(corpus["dir"]), files=dict(corpus["files"]), hash=str(corpus["hash"]),
                skipped=tuple(corpus.get("skipped", ())),
                reports=tuple(FileReport.from_json(r) for r in corpus.get("reports", ()))),
            counts=Counts(int(counts["documents"]), int(counts["chunks"]), int(counts.get("tasks", 0))),
            versions=dict(d.get("versions", {})),
            checksums=dict(d["checksums"]),
        )


# ----------------------------------------------------------------------------- (de)serialisation

def _doc_to_json(doc: Document) -> dict[str, Any]:
    d = dataclasses.asdict(doc)
    d["sections"] = [[list(s.path), s.start, s.end, s.level] for s in doc.sections]
    return d


def _doc_from_json(d: dict[str, Any]) -> Document:
    secs = tuple(Section(tuple(p), int(a), int(b), int(lv)) for p, a, b, lv in d.pop("sections"))
    d["attachments"] = tuple(d.get("attachments", ()))
    d["notes"] = tuple(d.get("notes", ()))
    d["meta"] = tuple((str(k), str(v)) for k, v in d.get("meta", ()))
    d["also_in"] = tuple(str(f) for f in d.get("also_in", ()))
    return Document(sections=secs, **d)


def _chunk_to_json(chunk: Chunk, tokens: list[str]) -> dict[str, Any]:
    d = dataclasses.asdict(chunk)
    d["tokens"] = tokens
    return d


def _chunk_from_json(d: dict[str, Any]) -> tuple[Chunk, list[str]]:
    tokens = d.pop("tokens")
    return Chunk(**d), tokens


def _task_to_json(row: TaskRow) -> dict[str, Any]:
    return dataclasses.asdict(row)


def _task_from_json(d: dict[str, Any]) -> TaskRow:
    for name in ("lead", "support", "leaders", "columns"):
        d[name] = tuple(str(u) for u in d.get(name, ()))
    return TaskRow(**d)


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ----------------------------------------------------------------------------- reading

@dataclass
class LoadedIndex:
    path: Path
    manifest: Manifest
    documents: dict[str, Document]
    chunks: list[Chunk]
    tokens: list[list[str]]
    vectors: Any  # faiss.Index
    _bm25: BM25Model | None = None
    _validity: ValidityGraph | None = None
    tasks: tuple[TaskRow, ...] = ()

    @property
    def bm25(self) -> BM25Model:
        if self._bm25 is None:
            self._bm25 = BM25Model(self.tokens)
        return self._bm25

    @property
    def validity(self) -> ValidityGraph:
        """Which notice is in force when, read from the documents' own words (built on first use)."""
        if self._validity is None:
            self._validity = build_graph(self.documents.values())
        return self._validity

    def chunk_vectors(self) -> np.ndarray:
        n = self.vectors.ntotal
        return self.vectors.reconstruct_n(0, n) if n else np.zeros((0, self.manifest.dim), np.float32)

    def doc_chunks(self, doc_id: str) -> list[int]:
        return [i for i, c in enumerate(self.chunks) if c.doc_id == doc_id]


def _recover_interrupted_swap(index_dir: Path) -> None:
    """A build killed between its two renames leaves only the old folder: put it back."""
    old = index_dir.with_name(f".{index_dir.name}.old")
    if not index_dir.exists() and (old / "manifest.json").is_file():
        os.replace(old, index_dir)


def read_manifest(index_dir: Path) -> Manifest:
    _recover_interrupted_swap(index_dir)
    path = index_dir / "manifest.json"
    if not path.is_file():
        raise IndexMissing(f"No index at {index_dir}. Build it with: policyqa index")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexLoadError(f"The index manifest {path} is unreadable ({exc}). {REBUILD_HINT}") from exc
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if version != FORMAT_VERSION:
        raise IndexIncompatible(
            f"The index at {index_dir} has format {version!r}, this version reads "
            f"{FORMAT_VERSION}. {REBUILD_HINT}")
    try:
        return Manifest.from_json(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexLoadError(f"The index manifest {path} is unreadable ({exc!r}). {REBUILD_HINT}") from exc


def check_compatible(manifest: Manifest, embedder: Embedder, chunker: ChunkerSettings) -> None:
    """Refuse an index whose vectors or chunks another configuration made."""
    if manifest.embedding.fingerprint != embedder.fingerprint:
        raise IndexIncompatible(
            f"The index was built with embedding model {manifest.embedding.name!r}, "
            f"but {embedder.name!r} is configured; its vectors cannot be compared. {REBUILD_HINT}")
    if manifest.chunker != dataclasses.asdict(chunker):
        raise IndexIncompatible(
            f"The index was chunked with {manifest.chunker}, the configuration says "
            f"{dataclasses.asdict(chunker)}. {REBUILD_HINT}")


def load_index(index_dir: Path, embedder: Embedder | None = None,
               chunker: ChunkerSettings | None = None, verify: bool = True) -> LoadedIndex:
    """Load and check an index. Pass the configured embedder/chunker to refuse a mismatch."""
    import faiss

    manifest = read_manifest(index_dir)
    if embedder is not None and chunker is not None:
        check_compatible(manifest, embedder, chunker)
    for name in _FILES:
        p = index_dir / name
        if not p.is_file():
            raise IndexLoadError(f"The index at {index_dir} is incomplete: {name} is missing. {REBUILD_HINT}")
        if verify and sha256_file(p) != manifest.checksums.get(name):
            raise IndexLoadError(f"The index file {p} is corrupt (checksum mismatch). {REBUILD_HINT}")
    try:
        docs = [_doc_from_json(d) for d in _read_jsonl(index_dir / "documents.jsonl")]
        pairs = [_chunk_from_json(d) for d in _read_jsonl(index_dir / "chunks.jsonl")]
        vectors = faiss.read_index(str(index_dir / "vectors.faiss"))
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        raise IndexLoadError(f"The index at {index_dir} could not be read ({exc}). {REBUILD_HINT}") from exc
    if vectors.ntotal != len(pairs) or vectors.d != manifest.dim:
        raise IndexLoadError(f"The index at {index_dir} is inconsistent (vectors vs chunks). {REBUILD_HINT}")
    return LoadedIndex(
        path=index_dir, manifest=manifest, documents={d.doc_id: d for d in docs},
        chunks=[c for c, _ in pairs], tokens=[t for _, t in pairs], vectors=vectors,
        tasks=_read_tasks(index_dir, manifest, docs, verify))


def _read_tasks(index_dir: Path, manifest: Manifest, docs: Sequence[Document], verify: bool) -> tuple[TaskRow, ...]:
    """The stored task rows; an index written before rows were kept has them read from its documents."""
    path = index_dir / _TASKS
    if _TASKS not in manifest.checksums:
        return tasks_of(docs)
    if not path.is_file():
        raise IndexLoadError(f"The index at {index_dir} is incomplete: {_TASKS} is missing. {REBUILD_HINT}")
    if verify and sha256_file(path) != manifest.checksums[_TASKS]:
        raise IndexLoadError(f"The index file {path} is corrupt (checksum mismatch). {REBUILD_HINT}")
    try:
        return tuple(_task_from_json(d) for d in _read_jsonl(path))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise IndexLoadError(f"The index at {index_dir} could not be read ({exc}). {REBUILD_HINT}") from exc


def read_sources(index: LoadedIndex) -> dict[str, SourceText]:
    """The texts the index keeps of files read once (sha256 of the file → text), those read by the readers'
    current code; {} if none is usable."""
    path = index.path / _SOURCES
    if not path.is_file() or sha256_file(path) != index.manifest.checksums.get(_SOURCES):
        return {}
    out = {}
    try:
        for d in _read_jsonl(path):
            if d.pop("reader", None) == reader_fingerprint():  # read by the same code: still right
                out[d.pop("sha256")] = SourceText.from_json(d)
    except (ValueError, TypeError, KeyError):
        return {}
    return out


# ----------------------------------------------------------------------------- writing

def write_index(index_dir: Path, manifest: Manifest, documents: Sequence[Document], chunks: Sequence[Chunk],
                tokens: Sequence[list[str]], vectors: np.ndarray,
                sources: Iterable[tuple[str, SourceText]] = (), tasks: Sequence[TaskRow] | None = None) -> Manifest:
    """Write a complete index and swap it in for ``index_dir``; returns the manifest with its checksums.

    ``vectors`` row i belongs to ``chunks[i]``; ``sources`` are (sha256 of the file, its text);
    ``tasks`` are the documents' task rows (read from them when not given).
    """
    import faiss

    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}.building-", dir=index_dir.parent))
    try:
        _write_jsonl(tmp / "documents.jsonl", (_doc_to_json(d) for d in documents))
        _write_jsonl(tmp / "chunks.jsonl", (_chunk_to_json(c, t) for c, t in zip(chunks, tokens, strict=True)))
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        faiss.write_index(flat, str(tmp / "vectors.faiss"))
        _write_jsonl(tmp / _SOURCES, ({"sha256": h, "reader": reader_fingerprint(), **src.to_json()}
                                      for h, src in sources))
        rows = tasks_of(documents) if tasks is None else tasks
        _write_jsonl(tmp / _TASKS, (_task_to_json(r) for r in rows))
        manifest = dataclasses.replace(
            manifest, counts=dataclasses.replace(manifest.counts, tasks=len(rows)),
            checksums={name: sha256_file(tmp / name) for name in (*_FILES, _SOURCES, _TASKS)})
        (tmp / "manifest.json").write_text(json.dumps(manifest.to_json(), ensure_ascii=False, indent=2),
                                           encoding="utf-8")
        _swap_in(tmp, index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with renames; the old folder survives until the new one is in place."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
