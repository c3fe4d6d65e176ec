"""From a file in the corpus folder to its documents and a report of what was kept.

Per file: read it (``index.readers``: text, HTML, DOCX, PDF, OCR), then choose by what the text
shows how to split it: a gazette (several notices, each opened by its 文号 line or title,
``index.gazette``) or a single document (a web page, a notice, a guide, ``index.notice``). A
file that cannot be read yields a report with the reason and no documents; it is never dropped
silently. After chunking, ``with_coverage`` adds how much of the body text the chunks keep.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from index.errors import CorpusError, UnreadableFile
from index.gazette import parse_gazette
from index.layout import clean_lines
from index.models import Chunk, Document
from index.notice import parse_notice
from index.readers import SourceText, read_source
from index.titles import nospace

COVERAGE_WARNING = 0.95
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Files in a corpus folder that are not documents: its README, editor backups, partial copies.
_NOT_DOCUMENTS_RE = re.compile(r"^(?:readme(?:\..*)?|.*~|.*\.(?:tmp|part|crdownload|swp))$", re.I)


def _chars(s: str) -> int:
    return len(nospace(s))


@dataclass(frozen=True)
class FileReport:
    """What became of one file. ``chars_*`` count non-whitespace characters."""

    file: str
    format: str | None = None  # text, html, docx, pdf, pdf-ocr, ofd, image-ocr, zip …; None if unreadable
    layout: str | None = None  # "gazette" (split into notices), "single" (one document) or "archive" (a ZIP's files, an e-mail's parts)
    documents: int = 0
    chars_read: int = 0  # text read from the file
    chars_furniture: int = 0  # removed on purpose: page chrome, running headers, TOC, header fields
    chars_kept: int = 0  # body text inside the index's chunks
    removed: tuple[str, ...] = ()  # what was removed as furniture, summarised with examples
    warnings: tuple[str, ...] = ()
    error: str | None = None  # why the file could not be read
    tasks: int = 0  # task rows read from its notices (``index.tasks``)
    tables_as_text: int = 0  # tables printed one cell per line, kept as text and not read as rows

    @property
    def coverage(self) -> float | None:
        """Share of the body text (read minus furniture) that the chunks keep."""
        body = self.chars_read - self.chars_furniture
        if self.error or body <= 0:
            return None
        return min(1.0, self.chars_kept / body)

    def to_json(self) -> dict[str, object]:
        d = dataclasses.asdict(self)
        d["removed"], d["warnings"] = list(self.removed), list(self.warnings)
        cov = self.coverage
        d["coverage"] = None if cov is None else round(cov, 4)
        return d

    @classmethod
    def from_json(cls, d: dict[str, object]) -> FileReport:
        names = {f.name for f in dataclasses.fields(cls)}
        kw = {k: v for k, v in d.items() if k in names}
        kw["removed"] = tuple(kw.get("removed") or ())  # type: ignore[arg-type]
        kw["warnings"] = tuple(kw.get("warnings") or ())  # type: ignore[arg-type]
        return cls(**kw)  # type: ignore[arg-type]


@dataclass(frozen=True)
class IngestedFile:
    documents: tuple[Document, ...]
    report: FileReport
    source: SourceText | None = None


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every file of the folder that may hold documents, sorted by name (README and hidden files aside)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"Corpus folder not found: {corpus_dir}")
    return sorted(p for p in corpus_dir.iterdir()
                  if p.is_file() and not p.name.startswith(".") and not _NOT_DOCUMENTS_RE.match(p.name))


def ingest_file(path: Path, cached: SourceText | None = None, frames: bool = True) -> IngestedFile:
    """Read and split one file; never raises for a bad file (the report carries the reason)."""
    source = read_file(path, cached, frames)
    return source if isinstance(source, IngestedFile) else ingest_source(source)


def read_file(path: Path, cached: SourceText | None = None, frames: bool = True) -> SourceText | IngestedFile:
    """One file's text (``cached`` where it was read before), or, where it cannot be read, its report
    with the reason and no documents. A page of frames is read as the frame that holds its content (not
    where ``frames`` is off: a file added alone, whose folder is not copied with it, is refused)."""
    try:
        if cached is not None:
            return cached
        source = read_source(path)
        if source.frames and not frames:
            raise UnreadableFile(f"{path.name}: a page of frames: copy it together with its folder (网页，全部) into "
                                 "the library folder, or add the frame's own page")
        return framed(source, path) if source.frames else source
    except UnreadableFile as exc:
        return IngestedFile((), FileReport(file=path.name, error=_reason(str(exc), path.name)))


def page_folder(path: Path) -> Path | None:
    """The folder a browser saves a page's pictures, styles and frames in ("网页，全部": ``page.htm`` beside
    ``page_files/``), where there is one (a link to a folder elsewhere is none)."""
    for folder in (path.with_name(f"{path.stem}_files"), path.with_name(f"{path.stem}.files")):
        try:
            if folder.is_dir() and not folder.is_symlink():
                return folder
        except OSError:
            continue
    return None


# a frame's page is read where it is no larger than this (a banner and a menu are a few KB)
FRAME_MOST_BYTES = 20 * 1024 * 1024
_MOST_FRAMES = 16  # frames read of one page (a banner, a menu, the content and a footer are four)
_FRAME_TEXT_LEAST = 40  # characters of its own text a page of frames must hold where no frame is found


def framed(source: SourceText, path: Path) -> SourceText:
    """A page of frames read as what it shows: of the frames' pages its own folder holds (``page_folder``; never
    a page outside it), the one the page names as its content (marked "*" by the reader), else the one with the
    most text, is the page's content, the others (a banner, a menu) its chrome. Where none is there the page's
    own text stays (its ``<noframes>`` line), with a warning, or the page is refused where that is all it holds."""
    from index.readers import read_source_bytes

    folder = page_folder(path)
    try:
        inside = folder.resolve() if folder is not None else None
    except (OSError, RuntimeError):
        inside = None
    read: list[tuple[bool, SourceText]] = []  # (named as the page's content, the frame's text)
    missing: list[str] = []
    for marked in source.frames[:_MOST_FRAMES]:
        src = marked.removeprefix("*")
        try:
            target = (path.parent / src).resolve()
            # (only a page the page's own folder holds: that folder is what its fingerprint covers)
            if inside is None or not target.is_relative_to(inside) or not target.is_file() \
                    or target.stat().st_size > FRAME_MOST_BYTES:
                missing.append(src)
                continue
            got = read_source_bytes(target.read_bytes(), f"{source.name}/{PurePosixPath(src).name}")
        except (UnreadableFile, OSError, ValueError, RuntimeError):  # (a name no file system takes, a link loop)
            missing.append(src)
            continue
        if _chars(got.text) and not got.frames:  # (a frame that is a page of frames again holds no text of its own)
            read.append((marked.startswith("*"), got))
    if not read:
        if _chars(source.text) < _FRAME_TEXT_LEAST:
            raise UnreadableFile(f"{source.name}: a page of frames whose frames are not in its folder: save the page "
                                 "with its folder (网页，全部) or the frame's own page")
        return dataclasses.replace(source, warnings=(*source.warnings, "a page of frames whose frames are not in its "
                                                     "folder: only its own text was read"))
    # the frame the page names as its content, else the one with the most text
    main = next((s for named, s in read if named), None) or max((s for _, s in read), key=lambda s: _chars(s.text))
    chrome = [("the frames around a page's content (banner, menu)", s.text) for _, s in read if s is not main]
    own = PurePosixPath(main.name).name
    return dataclasses.replace(
        main, name=source.name, title=main.title or source.title, fields=main.fields or source.fields,
        removed=(*source.removed, *chrome, *main.removed),
        warnings=(*source.warnings, *main.warnings, f"a page of frames: read its frame {own}"
                  + (f" ({len(missing)} frame(s) not found beside it)" if missing else "")))


_MOST_PAGES = 100


def join_pages(sources: dict[str, SourceText]) -> tuple[dict[str, SourceText], dict[str, str]]:
    """Web articles a site splits over pages ("第1页 第2页 下一页": ``….html``, ``…_2.html``), read on as
    one text where the folder holds the pages each "下一页" link names: (the first pages, their texts
    joined; each later page's name → its first page's name). A page whose first page is not in the
    folder stays a file of its own."""
    linked = {n: s.next_page for n, s in sources.items() if s.next_page in sources and s.next_page != n}
    later = set(linked.values())
    joined: dict[str, SourceText] = {}
    first_of: dict[str, str] = {}
    for name in sorted(linked):
        if name in later:
            continue
        chain, at = [name], linked[name]
        while at and at not in chain and at not in first_of and len(chain) < _MOST_PAGES:
            chain.append(at)
            at = linked.get(at, "")
        if len(chain) == 1:
            continue  # (its next page is another article's, read with that one)
        first = sources[name]
        head = {ln.strip() for ln in first.text.split("\n")[:8] if ln.strip()}
        texts = [first.text]
        for page in chain[1:]:
            lines = sources[page].text.split("\n")
            while lines and (not lines[0].strip() or lines[0].strip() in head):
                lines.pop(0)  # a title or date line the site prints again on every page
            texts.append("\n".join(lines))
            first_of[page] = name
        pages = ", ".join(chain[1:])
        joined[name] = dataclasses.replace(
            first, text="\n".join(texts),
            removed=tuple(r for n in chain for r in sources[n].removed),
            warnings=(*first.warnings, f"a web article in {len(chain)} pages: read on with {pages} as one notice"))
    return joined, first_of


def continued_page(source: SourceText, first: str) -> IngestedFile:
    """The report of an article's later page, read with its first page (``join_pages``): no documents of
    its own, and a line saying where its text went."""
    return IngestedFile((), FileReport(file=source.name, format=source.format, layout="page",
                                       warnings=(f"a later page of the web article {first}: read with it as one notice",)),
                        source)


def _reason(message: str, name: str) -> str:
    return message[len(name) + 2:] if message.startswith(f"{name}: ") else message


def ingest_source(source: SourceText) -> IngestedFile:
    if source.parts:
        return _ingest_archive(source)
    pre_removed = sum(_chars(t) for _, t in source.removed)
    read = _chars(source.text) + pre_removed
    raw = source.text.split("\n")
    lines, _ = clean_lines(raw)
    cleaned = sum(_chars(ln.text) for ln in lines)
    warnings = list(source.warnings)
    kept_nos = {ln.no for ln in lines}
    dropped = [s.strip() for no, s in enumerate(raw, start=1) if no not in kept_nos and s.strip()]
    removed: list[tuple[str, str]] = list(source.removed)
    removed += [("page headers, page numbers, contents and column labels", s) for s in dropped]
    found = parse_gazette(source.text, source.name)
    docs = found if _is_gazette(found, cleaned) else None
    if docs is not None:
        layout = "gazette"
        numbered = sum(1 for d in docs if d.doc_number)
        warnings.append(f"read as a gazette: split into {len(docs)} notices at their 文号/title lines"
                        f" ({len(docs) - numbered} without 文号)")
        # the cover before the first notice and the colophon after the last belong to no notice
        first, last = min(d.start_line for d in docs), max(d.end_line for d in docs)
        outside = [s.strip() for no, s in enumerate(raw, start=1) if no in kept_nos and not first <= no <= last]
        removed += [("gazette cover and colophon", s) for s in outside if s]
        furniture = read - cleaned + sum(_chars(s) for s in outside)
    else:
        layout = "single"
        parsed = parse_notice(source, found[0] if len(found) == 1 and found[0].doc_number else None)
        docs = [parsed.document]
        removed += list(parsed.removed)
        furniture = read - cleaned + sum(_chars(line) for _, line in parsed.removed)
        warnings.append("no gazette structure: read as one document")
        warnings.extend(parsed.notes)
        if not parsed.document.doc_number:
            warnings.append("no 文号 found")
    if any(d.date is None for d in docs):
        n = sum(1 for d in docs if d.date is None)
        warnings.append("no date found" if len(docs) == 1 else f"{n} notices without a date")
    report = FileReport(
        file=source.name, format=source.format, layout=layout, documents=len(docs), chars_read=read,
        chars_furniture=min(read, furniture), removed=_summarise(removed), warnings=tuple(warnings))
    return IngestedFile(tuple(docs), report, source)


ARCHIVE_MEMBER = "压缩包内文件"  # the meta label naming the file of an archive a notice was read from
MAIL_MEMBER = "邮件内文件"  # … and the part of an e-mail ("正文", the attachment's name)
RECORD_MEMBER = "数据记录"  # … and the record of a JSON export ("记录2")


def _ingest_archive(source: SourceText) -> IngestedFile:
    """An archive's (or an e-mail's) documents: each file inside read and split as a file of its own, its
    notices cited under the container's name with the member named in their meta; one report for it."""
    label = {"eml": MAIL_MEMBER, "msg": MAIL_MEMBER, "json": RECORD_MEMBER}.get(source.format, ARCHIVE_MEMBER)
    docs: list[Document] = []
    warnings = list(source.warnings)
    removed = [f"{why}: {what}" for why, what in source.removed]
    read = furniture = lines = 0
    for part in source.parts:
        item = ingest_source(part)
        inner = part.name[len(source.name) + 1:] if part.name.startswith(source.name + "/") else part.name
        for d in item.documents:
            # (the start line counts on through the archive: two members' notices never share an id)
            docs.append(dataclasses.replace(
                d, corpus_file=source.name, start_line=d.start_line + lines, end_line=d.end_line + lines,
                meta=(*d.meta, (label, inner))))
        lines += part.text.count("\n") + 1
        r = item.report
        read, furniture = read + r.chars_read, furniture + r.chars_furniture
        warnings.append(f"{inner}: {r.format}, {r.documents} document{'s' if r.documents != 1 else ''}"
                        + (f" ({'; '.join(r.warnings)})" if r.warnings else ""))
        removed += [f"{inner}: {x}" for x in r.removed]
    report = FileReport(file=source.name, format=source.format, layout="archive", documents=len(docs), chars_read=read,
                        chars_furniture=min(read, furniture), removed=tuple(removed), warnings=tuple(warnings))
    return IngestedFile(tuple(docs), report, source)


def _plausible_title(title: str) -> bool:
    n = nospace(title)
    return len(_CJK_RE.findall(n)) >= 4 and len(_CJK_RE.findall(n)) >= 0.5 * len(n)


MIN_BODY_CHARS = 60  # a "notice" with less body than this is a title in a list of links


def _has_body(doc: Document) -> bool:
    return _chars(doc.text) - _chars(doc.title) - _chars(doc.doc_number or "") >= MIN_BODY_CHARS


def _is_gazette(docs: Sequence[Document], cleaned: int) -> bool:
    """Whether the gazette reading of a file holds: several notices that cover most of its text.

    A gazette holds several notices, each with a real title and a body, and they cover most of
    its text; a single page whose related-links list (titles, 文号, dates) looks like notices does not.
    """
    if len(docs) < 2 or not all(_plausible_title(d.title) and _has_body(d) for d in docs):
        return False
    return sum(_chars(d.text) for d in docs) >= 0.5 * cleaned


def _summarise(removed: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    groups: dict[str, list[str]] = defaultdict(list)
    for why, line in removed:
        groups[why].append(line)
    out = []
    for why, items in groups.items():
        shown = [s for s in items if s][:2]
        count = sum(1 for s in items if s)
        example = "；".join(f"“{s[:30]}”" for s in shown)
        out.append(f"{why}" + (f" ×{count} (e.g. {example})" if example else ""))
    return tuple(out)


def with_coverage(report: FileReport, documents: Iterable[Document], chunks: Iterable[Chunk]) -> FileReport:
    """The report with ``chars_kept`` counted from the chunks, and a warning below 95 %."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in chunks:
        spans[c.doc_id].append((c.start, c.end))
    kept = 0
    for doc in documents:
        end = 0  # chunks may overlap: count each character once
        for a, b in sorted(spans.get(doc.doc_id, ())):
            kept += _chars(doc.text[max(a, end):b])
            end = max(end, b)
    out = dataclasses.replace(report, chars_kept=kept)
    cov = out.coverage
    if cov is not None and cov < COVERAGE_WARNING:
        out = dataclasses.replace(out, warnings=(*out.warnings, f"only {cov:.0%} of the body text is indexed"
                                                 " (see what was removed)"))
    return out


MAX_FILE_BYTES = 200 * 1024 * 1024  # a larger upload is refused, not read
_UNSAFE_NAME_RE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]+")


@dataclass(frozen=True)
class Staged:
    """One file a user asked to add: where it went in the corpus (None if refused) and its report."""

    given: str  # the name the user gave
    target: Path | None
    report: FileReport
    source: SourceText | None = None
    duplicate_of: str | None = None  # the same bytes are already in the corpus under this name


def safe_name(name: str) -> str:
    """A plain file name for the corpus folder: no folders, control characters or leading dot."""
    base = _UNSAFE_NAME_RE.sub("_", PurePosixPath(name.replace("\\", "/")).name).strip(" .")
    return base[:150] or "document"


def stage_files(files: Sequence[tuple[Path, str]], corpus_dir: Path) -> list[Staged]:
    """Check and copy files into the corpus folder; a file that yields no document is refused.

    ``files`` holds (path of the file to add, the name to give it). Nothing is copied for a
    refused file, and an existing file is never overwritten (a new name gets a numeric suffix).
    """
    from index.files import sha256_file

    corpus_dir.mkdir(parents=True, exist_ok=True)
    have = {sha256_file(p): p.name for p in corpus_files(corpus_dir)}
    out: list[Staged] = []
    for path, given in files:
        name = safe_name(given)
        try:
            size = path.stat().st_size
        except OSError:
            out.append(Staged(given, None, FileReport(file=name, error="the file could not be opened")))
            continue
        if size > MAX_FILE_BYTES:
            out.append(Staged(given, None, FileReport(
                file=name, error=f"the file is too large ({size // 2**20} MiB; at most {MAX_FILE_BYTES // 2**20} MiB)")))
            continue
        digest = sha256_file(path)
        if digest in have:
            out.append(Staged(given, corpus_dir / have[digest], FileReport(file=have[digest]),
                              duplicate_of=have[digest]))
            continue
        item = ingest_file(path, frames=False)
        report = dataclasses.replace(item.report, file=name)
        if report.error or not item.documents:
            out.append(Staged(given, None, dataclasses.replace(report, error=report.error or "no document found")))
            continue
        target = _free_path(corpus_dir, name)
        tmp = target.with_name(f".{target.name}.part")
        shutil.copyfile(path, tmp)
        os.replace(tmp, target)
        have[digest] = target.name
        src = dataclasses.replace(item.source, name=target.name) if item.source is not None else None
        out.append(Staged(given, target, dataclasses.replace(report, file=target.name), src))
    return out


def _free_path(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
    k = 2
    while target.exists():
        target = folder / f"{stem} ({k}){suffix}"
        k += 1
    return target
