"""The build step: corpus folder → documents → chunks → vectors → index folder.

Each stage is its own module: reading and splitting files (``index.ingest``), chunking
(``index.chunking``), lexical tokens (``index.lexical``), embedding (``index.embedder``) and the
index folder (``index.store``). An update reuses the vectors of unchanged chunks and the text of
files read once (PDF, Word, scans); an unchanged corpus with the same settings and code is left
alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from index.chunking import ChunkerSettings, chunk_document
from index.docnumber import doc_number_key
from index.embedder import Embedder
from index.errors import CorpusError, IndexLoadError, IndexMissing
from index.files import sha256_file
from index.ingest import (
    FRAME_MOST_BYTES,
    FileReport,
    IngestedFile,
    continued_page,
    corpus_files,
    ingest_source,
    join_pages,
    page_folder,
    read_file,
    with_coverage,
)
from index.lexical import tokenize
from index.metadata import attach_to_notices
from index.models import Chunk, Document, content_hash
from index.readers import SourceText
from index.store import (
    FORMAT_VERSION,
    CorpusInfo,
    Counts,
    EmbeddingInfo,
    LoadedIndex,
    Manifest,
    check_compatible,
    load_index,
    read_manifest,
    read_sources,
    write_index,
)
from index.tasks import extract_tasks, flattened_tables, tasks_of
from index.titles import normalize_title

_PACKAGES = ("policyqa", "sentence-transformers", "transformers", "torch", "faiss-cpu", "jieba", "bm25s")
_EMBED_BATCH = 32


@dataclass(frozen=True)
class BuildReport:
    status: str  # "up-to-date" or "built"
    documents: int
    chunks: int
    embedded: int  # chunks whose vectors were computed now (the rest were reused)
    seconds: float
    skipped_files: tuple[str, ...] = ()
    files: tuple[FileReport, ...] = ()  # one per corpus file, unreadable ones included


# ----------------------------------------------------------------------------- fingerprints

def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """File name → sha256 of its bytes (and of the files of its saved page's folder: a page of frames
    is read from there)."""
    return {p.name: _file_digest(p) for p in corpus_files(corpus_dir)}


def _file_digest(path: Path) -> str:
    folder = page_folder(path)
    if folder is None:
        return sha256_file(path)
    h = hashlib.sha256(sha256_file(path).encode())
    files = sorted(Path(root, name) for root, _, names in os.walk(folder) for name in names)  # (links not followed)
    for p in files[:_FOLDER_MOST_FILES]:
        try:
            if p.is_file() and not p.is_symlink():
                # (the bytes of the pages a frame may show; of pictures and styles their size: a folder of them is not
                # read through on every refresh)
                size = p.stat().st_size
                page = p.suffix.lower() in _PAGE_SUFFIXES and size <= FRAME_MOST_BYTES
                h.update(f"{p.relative_to(folder).as_posix()}\0{sha256_file(p) if page else size}\n".encode())
        except OSError:
            continue
    return h.hexdigest()


_FOLDER_MOST_FILES = 2000  # files of a saved page's folder its fingerprint counts
_PAGE_SUFFIXES = frozenset({".htm", ".html", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php", ".txt", ".xml"})


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


def index_status(index_dir: Path, corpus_dir: Path, embedder: Embedder,
                 chunker: ChunkerSettings) -> str:
    """'missing', 'incompatible', 'stale' or 'fresh' — without loading vectors."""
    try:
        manifest = read_manifest(index_dir)
        check_compatible(manifest, embedder, chunker)
    except IndexMissing:
        return "missing"
    except IndexLoadError:
        return "incompatible"
    if manifest.corpus.files != corpus_fingerprint(corpus_dir) or manifest.pipeline != pipeline_fingerprint():
        return "stale"
    return "fresh"


# ----------------------------------------------------------------------------- stages

def ingest_corpus(corpus_dir: Path, cache: dict[str, SourceText] | None = None,
                  digests: dict[str, str] | None = None) -> list[IngestedFile]:
    """Read and split every file of the folder; unreadable files come back with their reason. A web
    article's later pages (``join_pages``) are read with its first and come back with no documents."""
    paths = corpus_files(corpus_dir)
    read = {p.name: read_file(p, (cache or {}).get((digests or {}).get(p.name, ""))) for p in paths}
    joined, first_of = join_pages({n: s for n, s in read.items() if isinstance(s, SourceText)})
    out = []
    for path in paths:
        source = read[path.name]
        if isinstance(source, IngestedFile):
            out.append(source)
        elif path.name in first_of:
            out.append(continued_page(source, first_of[path.name]))
        else:
            # (the text kept for the next build is the file's own, not its pages' joined)
            out.append(dataclasses.replace(ingest_source(joined.get(path.name, source)), source=source))
    # a table a notice attaches, sent as a file of its own, is cited under that notice's 文号
    linked = iter(attach_to_notices([d for item in out for d in item.documents]))
    return [dataclasses.replace(item, documents=tuple(next(linked) for _ in item.documents)) for item in out]


def chunk_and_report(items: Iterable[IngestedFile], length: Callable[[str], int],
                     chunker: ChunkerSettings) -> tuple[list[Document], list[Chunk], list[FileReport]]:
    """Chunk every document and complete each file's report with the coverage of its chunks."""
    docs: list[Document] = []
    chunks: list[Chunk] = []
    reports: list[FileReport] = []
    first: dict[tuple[str, str, str], int] = {}  # a notice's identity → its index in ``docs``
    for item in items:
        first_of_item = len(docs)
        mine = [c for d in item.documents for c in chunk_document(d, length, chunker)]
        report = with_coverage(item.report, item.documents, mine) if not item.report.error else item.report
        repeated: list[str] = []
        for d in item.documents:
            k = first.setdefault(_identity(d), len(docs))
            if k == len(docs):
                docs.append(d)
                chunks.extend(c for c in mine if c.doc_id == d.doc_id)
            else:  # the same notice again (a reprint, a copy in another file): indexed and cited once
                kept = docs[k]
                if d.corpus_file != kept.corpus_file and d.corpus_file not in kept.also_in:
                    docs[k] = dataclasses.replace(kept, also_in=(*kept.also_in, d.corpus_file))
                repeated.append(f"{d.doc_number or d.title[:30]} (also in {kept.corpus_file})")
        if repeated:
            note = (f"{len(repeated)} notice{'s' if len(repeated) > 1 else ''} already read from another file or "
                    f"earlier in this one, indexed once: {'; '.join(repeated[:5])}"
                    + (f" … and {len(repeated) - 5} more" if len(repeated) > 5 else ""))
            report = dataclasses.replace(report, warnings=(*report.warnings, note))
        new_ids = {d.doc_id for d in docs[first_of_item:]}  # this file's notices not read before
        kept_docs = [d for d in item.documents if d.doc_id in new_ids]
        report = dataclasses.replace(report, tasks=sum(len(extract_tasks(d)) for d in kept_docs),
                                     tables_as_text=sum(flattened_tables(d) for d in kept_docs))
        reports.append(report)
    return docs, chunks, reports


def _identity(doc: Document) -> tuple[str, str, str]:
    """Two documents are one notice when their 文号, title and cleaned text are the same."""
    return doc_number_key(doc.doc_number), normalize_title(doc.title), content_hash(doc.text)



def _reused_vectors(chunks: Sequence[Chunk], dim: int,
                    previous: LoadedIndex | None) -> tuple[np.ndarray, list[int]]:
    """Vectors of the chunks the previous index holds (by chunk id), and the rows still to embed."""
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
    return vectors, todo


def _embed_rows(vectors: np.ndarray, todo: Sequence[int], chunks: Sequence[Chunk], embedder: Embedder,
                progress: bool) -> None:
    """Fill rows ``todo`` of ``vectors`` with the embeddings of those chunks, in batches."""
    from tqdm import tqdm

    with tqdm(total=len(todo), desc="embedding", unit="chunk", disable=not progress or not todo) as bar:
        for k in range(0, len(todo), _EMBED_BATCH):
            ids = list(todo[k:k + _EMBED_BATCH])
            vectors[ids] = embedder.embed_documents([chunks[i].embed_text for i in ids])
            bar.update(len(ids))


# ----------------------------------------------------------------------------- the build

def _up_to_date(index_dir: Path, embedder: Embedder, chunker: ChunkerSettings,
                files: dict[str, str]) -> tuple[LoadedIndex | None, bool]:
    """The current index if it loads with these settings, and whether it already covers ``files``."""
    try:
        previous = load_index(index_dir, embedder, chunker)
    except IndexLoadError:
        return None, False
    same = previous.manifest.corpus.files == files and previous.manifest.pipeline == pipeline_fingerprint()
    return previous, same


def build_index(corpus_dir: Path, index_dir: Path, embedder: Embedder,
                chunker: ChunkerSettings | None = None, *, rebuild: bool = False,
                progress: bool = True, log: Callable[[str], None] | None = None,
                sources: Iterable[SourceText] = ()) -> BuildReport:
    """Build or update the index; on an unchanged corpus with the same settings it does nothing.

    ``sources`` are files already read (an upload checked before it was copied): not read again.
    """
    chunker = chunker or ChunkerSettings()
    say = log or (lambda _m: None)
    t0 = time.perf_counter()
    files = corpus_fingerprint(corpus_dir)
    if not files:
        raise CorpusError(f"No documents in {corpus_dir} (text, web pages, Word, PDF or images)")

    previous: LoadedIndex | None = None
    if not rebuild:
        previous, same = _up_to_date(index_dir, embedder, chunker, files)
        if previous is not None and same:
            known = previous.manifest.corpus.reports
            return BuildReport("up-to-date", len(previous.documents), len(previous.chunks), 0,
                               time.perf_counter() - t0,
                               tuple(f"{r.file}: {r.error}" for r in known if r.error), known)

    cache = read_sources(previous) if previous is not None else {}
    cache.update({files[s.name]: s for s in sources if s.name in files})
    items = ingest_corpus(corpus_dir, cache, files)
    for item in items:
        if item.report.error:
            say(f"skipped {item.report.file}: {item.report.error}")
    skipped = [f"{i.report.file}: {i.report.error}" for i in items if i.report.error]
    docs, chunks, reports = chunk_and_report(items, embedder.tokenizer_len, chunker)
    if not chunks:
        raise CorpusError(f"No documents could be read from {corpus_dir}: {'; '.join(skipped)}")
    # text of PDFs, Word files and scans, kept so that an update does not read them again
    read_once = [(files[i.report.file], i.source) for i in items
                 if i.source is not None and i.source.format != "text" and i.report.file in files]

    vectors, todo = _reused_vectors(chunks, embedder.dim, previous)
    say(f"{len(docs)} documents, {len(chunks)} chunks; embedding {len(todo)} new chunks")
    _embed_rows(vectors, todo, chunks, embedder, progress)
    tokens = [tokenize(c.embed_text) for c in chunks]
    manifest = _manifest(corpus_dir, embedder, chunker, files, skipped, reports, len(docs), len(chunks))
    rows = tasks_of(docs)
    say(f"{len(rows)} task rows (who leads, supports, by when)")
    write_index(index_dir, manifest, docs, chunks, tokens, vectors, read_once, rows)
    return BuildReport("built", len(docs), len(chunks), len(todo), time.perf_counter() - t0, tuple(skipped),
                       tuple(reports))


def _manifest(corpus_dir: Path, embedder: Embedder, chunker: ChunkerSettings, files: dict[str, str],
              skipped: Sequence[str], reports: Sequence[FileReport], documents: int, chunks: int) -> Manifest:
    """The manifest of a build (its checksums are filled in when the files are written)."""
    return Manifest(
        format_version=FORMAT_VERSION,
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        embedding=EmbeddingInfo(embedder.name, embedder.fingerprint, embedder.dim),
        dim=embedder.dim,
        chunker=dataclasses.asdict(chunker),
        pipeline=pipeline_fingerprint(),
        corpus=CorpusInfo(str(corpus_dir), files, _combined_hash(files), tuple(skipped), tuple(reports)),
        counts=Counts(documents, chunks),
        versions=_versions(),
        checksums={},
    )
