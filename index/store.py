"""The on-disk index: FAISS vectors, chunk and document metadata as JSON lines, and a manifest.

Layout of an index folder::

    manifest.json     what was built, from what, with which model; checksums of the files below
    documents.jsonl   one parsed document per line (metadata, cleaned text, sections)
    chunks.jsonl      one chunk per line (provenance, verbatim text, jieba tokens)
    vectors.faiss     inner-product FAISS index, row i = chunk i

Nothing is pickled. A build writes a sibling temporary folder and swaps it in with renames, so an
interrupted build leaves the previous index loadable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from index.chunking import ChunkerSettings, chunk_document
from index.embedder import Embedder
from index.files import sha256_file
from index.ingest import FileReport, IngestedFile, ingest_file, with_coverage
from index.ingest import corpus_files as _document_files
from index.lexical import BM25Model, tokenize
from index.models import Chunk, Document, Section
from index.readers import SourceText

FORMAT_VERSION = 1
_FILES = ("documents.jsonl", "chunks.jsonl", "vectors.faiss")
# Text read from PDFs, Word files and scans (OCR is slow), kept so an update re-reads only new files.
_SOURCES = "sources.jsonl"
_PACKAGES = ("policyqa", "sentence-transformers", "transformers", "torch", "faiss-cpu", "jieba", "bm25s")


class IndexLoadError(RuntimeError):
    """The index is missing, corrupt, stale or built with other settings. The message says how to fix it."""


REBUILD_HINT = "Rebuild it with: policyqa index --rebuild"


# ----------------------------------------------------------------------------- corpus fingerprint

def corpus_files(corpus_dir: Path) -> list[Path]:
    """The files of the corpus folder that may hold documents (any format; README and hidden files aside)."""
    if not corpus_dir.is_dir():
        raise IndexLoadError(f"Corpus folder not found: {corpus_dir}")
    return _document_files(corpus_dir)


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """File name → sha256 of its bytes."""
    return {p.name: sha256_file(p) for p in corpus_files(corpus_dir)}


def _combined_hash(files: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()


def pipeline_fingerprint() -> str:
    """Hash of the code that turns gazettes into chunks: changing the parser makes the index stale."""
    import index as pkg

    base = Path(pkg.__file__).parent
    h = hashlib.sha256()
    for p in sorted(base.rglob("*.py")):
        h.update(p.relative_to(base).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _versions() -> dict[str, str]:
    out = {}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


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
    return Document(sections=secs, **d)


def _chunk_to_json(chunk: Chunk, tokens: list[str]) -> dict[str, Any]:
    d = dataclasses.asdict(chunk)
    d.pop("extra", None)
    d["tokens"] = tokens
    return d


def _chunk_from_json(d: dict[str, Any]) -> tuple[Chunk, list[str]]:
    tokens = d.pop("tokens")
    return Chunk(**d), tokens


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ----------------------------------------------------------------------------- loaded index

@dataclass
class LoadedIndex:
    path: Path
    manifest: dict[str, Any]
    documents: dict[str, Document]
    chunks: list[Chunk]
    tokens: list[list[str]]
    vectors: Any  # faiss.Index
    _bm25: BM25Model | None = None

    @property
    def bm25(self) -> BM25Model:
        if self._bm25 is None:
            self._bm25 = BM25Model(self.tokens)
        return self._bm25

    def chunk_vectors(self) -> np.ndarray:
        n = self.vectors.ntotal
        return self.vectors.reconstruct_n(0, n) if n else np.zeros((0, self.manifest["dim"]), np.float32)

    def doc_chunks(self, doc_id: str) -> list[int]:
        return [i for i, c in enumerate(self.chunks) if c.doc_id == doc_id]


def _recover_interrupted_swap(index_dir: Path) -> None:
    """A build killed between its two renames leaves only the old folder: put it back."""
    old = index_dir.with_name(f".{index_dir.name}.old")
    if not index_dir.exists() and (old / "manifest.json").is_file():
        os.replace(old, index_dir)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    _recover_interrupted_swap(index_dir)
    path = index_dir / "manifest.json"
    if not path.is_file():
        raise IndexLoadError(f"No index at {index_dir}. Build it with: policyqa index")
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexLoadError(f"The index manifest {path} is unreadable ({exc}). {REBUILD_HINT}") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexLoadError(
            f"The index at {index_dir} has format {manifest.get('format_version')!r}, this version reads "
            f"{FORMAT_VERSION}. {REBUILD_HINT}")
    return manifest


def check_compatible(manifest: dict[str, Any], embedder: Embedder, chunker: ChunkerSettings) -> None:
    """Refuse an index whose vectors or chunks another configuration made."""
    if manifest.get("embedding", {}).get("fingerprint") != embedder.fingerprint:
        raise IndexLoadError(
            f"The index was built with embedding model {manifest.get('embedding', {}).get('name')!r}, "
            f"but {embedder.name!r} is configured; its vectors cannot be compared. {REBUILD_HINT}")
    if manifest.get("chunker") != dataclasses.asdict(chunker):
        raise IndexLoadError(
            f"The index was chunked with {manifest.get('chunker')}, the configuration says "
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
        if verify and sha256_file(p) != manifest["checksums"].get(name):
            raise IndexLoadError(f"The index file {p} is corrupt (checksum mismatch). {REBUILD_HINT}")
    try:
        docs = [_doc_from_json(d) for d in _read_jsonl(index_dir / "documents.jsonl")]
        pairs = [_chunk_from_json(d) for d in _read_jsonl(index_dir / "chunks.jsonl")]
        vectors = faiss.read_index(str(index_dir / "vectors.faiss"))
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        raise IndexLoadError(f"The index at {index_dir} could not be read ({exc}). {REBUILD_HINT}") from exc
    if vectors.ntotal != len(pairs) or vectors.d != manifest["dim"]:
        raise IndexLoadError(f"The index at {index_dir} is inconsistent (vectors vs chunks). {REBUILD_HINT}")
    return LoadedIndex(
        path=index_dir, manifest=manifest, documents={d.doc_id: d for d in docs},
        chunks=[c for c, _ in pairs], tokens=[t for _, t in pairs], vectors=vectors)


def index_status(index_dir: Path, corpus_dir: Path, embedder: Embedder,
                 chunker: ChunkerSettings) -> str:
    """'missing', 'incompatible', 'stale' or 'fresh' — without loading vectors."""
    try:
        manifest = read_manifest(index_dir)
        check_compatible(manifest, embedder, chunker)
    except IndexLoadError as exc:
        return "missing" if "No index" in str(exc) else "incompatible"
    if (manifest.get("corpus", {}).get("files") != corpus_fingerprint(corpus_dir)
            or manifest.get("pipeline") != pipeline_fingerprint()):
        return "stale"
    return "fresh"


# ----------------------------------------------------------------------------- build

@dataclass(frozen=True)
class BuildReport:
    status: str  # "up-to-date" or "built"
    documents: int
    chunks: int
    embedded: int  # chunks whose vectors were computed now (the rest were reused)
    seconds: float
    skipped_files: tuple[str, ...] = ()
    files: tuple[FileReport, ...] = ()  # one per corpus file, unreadable ones included


def ingest_corpus(corpus_dir: Path, cache: dict[str, SourceText] | None = None,
                  digests: dict[str, str] | None = None) -> list[IngestedFile]:
    """Read and split every file of the folder; unreadable files come back with their reason."""
    out = []
    for path in corpus_files(corpus_dir):
        key = (digests or {}).get(path.name)
        out.append(ingest_file(path, (cache or {}).get(key) if key else None))
    return out


def chunk_and_report(items: Iterable[IngestedFile], length: Callable[[str], int],
                     chunker: ChunkerSettings) -> tuple[list[Document], list[Chunk], list[FileReport]]:
    """Chunk every document and complete each file's report with the coverage of its chunks."""
    docs: list[Document] = []
    chunks: list[Chunk] = []
    reports: list[FileReport] = []
    for item in items:
        mine = [c for d in item.documents for c in chunk_document(d, length, chunker)]
        docs.extend(item.documents)
        chunks.extend(mine)
        reports.append(with_coverage(item.report, item.documents, mine) if not item.report.error else item.report)
    return docs, chunks, reports


def _source_to_json(digest: str, src: SourceText) -> dict[str, Any]:
    return {"sha256": digest, **src.to_json()}


def _sources_cache(index: LoadedIndex | None) -> dict[str, SourceText]:
    if index is None:
        return {}
    path = index.path / _SOURCES
    if not path.is_file() or sha256_file(path) != index.manifest.get("checksums", {}).get(_SOURCES):
        return {}
    out = {}
    try:
        for d in _read_jsonl(path):
            out[d.pop("sha256")] = SourceText.from_json(d)
    except (ValueError, TypeError, KeyError):
        return {}
    return out


def file_reports(manifest: dict[str, Any]) -> list[FileReport]:
    return [FileReport.from_json(d) for d in manifest.get("corpus", {}).get("reports", [])]


def build_index(corpus_dir: Path, index_dir: Path, embedder: Embedder,
                chunker: ChunkerSettings | None = None, *, rebuild: bool = False,
                progress: bool = True, log: Callable[[str], None] | None = None,
                sources: Iterable[SourceText] = ()) -> BuildReport:
    """Build or update the index; on an unchanged corpus with the same settings it does nothing.

    ``sources`` are files already read (an upload checked before it was copied): not read again.
    """
    import faiss
    from tqdm import tqdm

    chunker = chunker or ChunkerSettings()
    say = log or (lambda _m: None)
    t0 = time.perf_counter()
    files = corpus_fingerprint(corpus_dir)
    if not files:
        raise IndexLoadError(f"No documents in {corpus_dir} (text, web pages, Word, PDF or images)")

    previous: LoadedIndex | None = None
    if not rebuild:
        try:
            previous = load_index(index_dir, embedder, chunker)
        except IndexLoadError:
            previous = None
        if (previous is not None and previous.manifest["corpus"]["files"] == files
                and previous.manifest.get("pipeline") == pipeline_fingerprint()):
            known = tuple(file_reports(previous.manifest))
            return BuildReport("up-to-date", len(previous.documents), len(previous.chunks), 0,
                               time.perf_counter() - t0,
                               tuple(f"{r.file}: {r.error}" for r in known if r.error), known)

    cache = _sources_cache(previous)
    cache.update({files[s.name]: s for s in sources if s.name in files})
    items = ingest_corpus(corpus_dir, cache, files)
    for item in items:
        if item.report.error:
            say(f"skipped {item.report.file}: {item.report.error}")
    skipped = [f"{i.report.file}: {i.report.error}" for i in items if i.report.error]
    docs, chunks, reports = chunk_and_report(items, embedder.tokenizer_len, chunker)
    if not chunks:
        raise IndexLoadError(f"No documents could be read from {corpus_dir}: {'; '.join(skipped)}")
    read_once = [(files[i.report.file], i.source) for i in items
                 if i.source is not None and i.source.format != "text" and i.report.file in files]

    dim = embedder.dim
    vectors = np.zeros((len(chunks), dim), dtype=np.float32)
    reuse: dict[str, int] = {}
    old_vectors = None
    if previous is not None:
        reuse = {c.id: i for i, c in enumerate(previous.chunks)}
        old_vectors = previous.chunk_vectors()
    todo = []
    for i, c in enumerate(chunks):
        j = reuse.get(c.id)
        if j is not None and old_vectors is not None:
            vectors[i] = old_vectors[j]
        else:
            todo.append(i)
    say(f"{len(docs)} documents, {len(chunks)} chunks; embedding {len(todo)} new chunks")
    batch = 32
    with tqdm(total=len(todo), desc="embedding", unit="chunk", disable=not progress or not todo) as bar:
        for k in range(0, len(todo), batch):
            ids = todo[k:k + batch]
            vectors[ids] = embedder.embed_documents([chunks[i].embed_text for i in ids])
            bar.update(len(ids))

    tokens = [tokenize(c.embed_text) for c in chunks]
    index = faiss.IndexFlatIP(dim)
    index.add(vectors)

    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}.building-", dir=index_dir.parent))
    try:
        _write_jsonl(tmp / "documents.jsonl", (_doc_to_json(d) for d in docs))
        _write_jsonl(tmp / "chunks.jsonl", (_chunk_to_json(c, t) for c, t in zip(chunks, tokens, strict=True)))
        faiss.write_index(index, str(tmp / "vectors.faiss"))
        _write_jsonl(tmp / _SOURCES, (_source_to_json(h, src) for h, src in read_once))
        manifest = {
            "format_version": FORMAT_VERSION,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "embedding": {"name": embedder.name, "fingerprint": embedder.fingerprint, "dim": dim},
            "dim": dim,
            "chunker": dataclasses.asdict(chunker),
            "pipeline": pipeline_fingerprint(),
            "corpus": {"dir": str(corpus_dir), "files": files, "hash": _combined_hash(files),
                       "skipped": skipped, "reports": [r.to_json() for r in reports]},
            "counts": {"documents": len(docs), "chunks": len(chunks)},
            "versions": _versions(),
            "checksums": {name: sha256_file(tmp / name) for name in (*_FILES, _SOURCES)},
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        _swap_in(tmp, index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildReport("built", len(docs), len(chunks), len(todo), time.perf_counter() - t0, tuple(skipped),
                       tuple(reports))


def _swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with renames; the old folder survives until the new one is in place."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
