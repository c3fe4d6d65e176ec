"""Commands over the corpus and the index: ``documents``, ``index``, ``add``, with the per-file report."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.build import BuildReport, build_index, chunk_and_report, ingest_corpus
from index.errors import IndexLoadError, PolicyQAError
from index.ingest import FileReport, Staged, stage_files
from index.standing import build_graph
from rag.settings import Settings
from ui.commands.common import EXIT_FAILURE, add_common, fail, settings_from

# ----------------------------------------------------------------------------- per-file report

def report_lines(report: FileReport) -> list[str]:
    """The per-file report as the console shows it: one head line, then removed and warnings."""
    if report.error:
        return [f"{report.file}: NOT READ — {report.error}"]
    cov = report.coverage
    layout = {"gazette": "gazette", "page": "a later page", "archive": "files inside"}.get(report.layout or "", "one document")
    head = (f"{report.file}  [{report.format} · {layout}]"
            f"  {report.documents} document{'s' if report.documents != 1 else ''}")
    if cov is not None and report.chars_kept:
        head += (f" · coverage {cov:.1%} (read {report.chars_read:,} chars, furniture {report.chars_furniture:,},"
                 f" kept in chunks {report.chars_kept:,})")
    out = [head]
    out += [f"    removed: {r}" for r in report.removed]
    out += [f"    warning: {w}" if not w.startswith("read as") and not w.startswith("no gazette")
            else f"    split: {w}" for w in report.warnings]
    return out


def print_reports(reports: Sequence[FileReport], stream: Any = None) -> None:
    for r in reports:
        for line in report_lines(r):
            print(line, file=stream or sys.stdout)


# ----------------------------------------------------------------------------- documents

def _corpus_options(argv: Sequence[str] | None, prog: str, description: str,
                    json_help: str) -> tuple[argparse.Namespace, Settings]:
    """A corpus command's options (the common ones and --json) and the settings they make."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    add_common(p)
    p.add_argument("--json", action="store_true", help=json_help)
    args = p.parse_args(argv)
    return args, settings_from(args)


def documents_main(argv: Sequence[str] | None = None) -> int:
    args, settings = _corpus_options(
        argv, "policyqa documents", "List the documents found in each corpus file, with a per-file report.",
        "one JSON object: files (reports) and documents")
    try:
        items = ingest_corpus(settings.corpus)
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    from rag.runtime import embedder_for

    length = embedder_for(settings).tokenizer_len
    docs, chunks, reports = chunk_and_report(items, length, settings.chunker)
    per_doc: dict[str, int] = {}
    for c in chunks:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    standing = build_graph(docs).doc_statuses(settings.as_of_iso)
    rows: list[dict[str, Any]] = []
    for d in docs:
        rows.append({
            "corpus_file": d.corpus_file, "doc_number": d.doc_number, "title": d.title, "issuer": d.issuer,
            "date": d.date, "attachments": list(d.attachments), "public": d.public,
            "sections": len(d.sections), "chunks": per_doc.get(d.doc_id, 0), "notes": list(d.notes),
            "meta": [list(m) for m in d.meta], "validity": standing[d.doc_id].to_json(), "also_in": list(d.also_in),
        })
    if args.json:
        print(json.dumps({"files": [r.to_json() for r in reports], "documents": rows}, ensure_ascii=False, indent=2))
        return 0
    for r in reports:
        print()
        print_reports([r])
        printed_in = {v for x in rows if x["corpus_file"] == r.file for label, v in x["meta"] if label == "刊载"}
        if printed_in:
            print(f"  刊物: {'；'.join(sorted(printed_in))}")
        for row in (x for x in rows if x["corpus_file"] == r.file):
            print(f"  {row['doc_number'] or '（无文号）'}  {row['date'] or '????-??-??'}  {row['title']}")
            print(f"      发文: {row['issuer'] or '?'}  效力: {row['validity']['label']}"
                  f"  sections {row['sections']}  chunks {row['chunks']}"
                  + (f"  附件: {'；'.join(row['attachments'])}" if row["attachments"] else ""))
    unread = [r for r in reports if r.error]
    print(f"\n{len(rows)} documents in {len(reports) - len(unread)} files"
          + (f"; {len(unread)} file{'s' if len(unread) > 1 else ''} could not be read" if unread else ""))
    for r in unread:
        print(f"warning: {r.file}: {r.error}", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------- validity

def validity_main(argv: Sequence[str] | None = None) -> int:
    args, settings = _corpus_options(
        argv, "policyqa validity", "Which notices are in force on a day, and why: every notice of the corpus "
        "and every one its notices repeal, keep or amend, with the relations between them.",
        "one JSON object: as_of, notices, relations")
    try:
        items = ingest_corpus(settings.corpus)
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    graph = build_graph(d for item in items for d in item.documents)
    report = graph.to_json(settings.as_of_iso)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"效力（截至 {report['as_of']}）")
    for in_corpus, head in ((True, "本库文件"), (False, "本库文件提到、但未收录的文件")):
        group = [n for n in report["notices"] if n["in_corpus"] == in_corpus]
        print(f"\n{head}（{len(group)}）")
        for n in group:
            v = n["validity"]
            print(f"  {v['label']:<24} {n['doc_number'] or '（无文号）'}  {n['title']}")
            if v["evidence"] and in_corpus:
                print(f"      依据：{v['evidence'][:120]}")
            if v["successor"]:
                print(f"      现行：{v['successor']['doc_number'] or ''}《{v['successor']['title']}》")
            for c in v["conflicts"]:
                print(f"      另有说法：{c}")
    print(f"\n关系（{len(report['relations'])}）")
    for r in report["relations"]:
        print(f"  {r['by']} {r['word']} {r['target']}（{r['date'] or '日期不详'}）")
    return 0


# ----------------------------------------------------------------------------- index

def index_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa index", description="Build or update the search index.")
    add_common(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed everything")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the build report and per-file reports as JSON")
    args = p.parse_args(argv)
    settings = settings_from(args)
    from rag.runtime import embedder_for

    try:
        report = build_index(settings.corpus, settings.resolved_index_dir, embedder_for(settings),
                             settings.chunker, rebuild=args.rebuild, progress=not (args.quiet or args.json),
                             log=lambda m: print(m, file=sys.stderr))
        synced = _publish(settings, prune_all=True)
    except (PolicyQAError, OSError) as exc:
        return fail(str(exc))
    if args.json:
        print(json.dumps({**_build_json(report, settings.resolved_index_dir), "store": synced},
                         ensure_ascii=False, indent=2))
        return 0
    print_reports(report.files)
    if report.status == "up-to-date":
        print(f"Index up to date ({report.documents} documents, {report.chunks} chunks): "
              f"{settings.resolved_index_dir}")
    else:
        print(f"Index built: {report.documents} documents, {report.chunks} chunks, {report.embedded} embedded, "
              f"{report.seconds:.1f} s → {settings.resolved_index_dir}")
    for s in report.skipped_files:
        print(f"warning: skipped {s}", file=sys.stderr)
    if synced.get("backend") == "milvus":
        print(f"Milvus collection {synced['collection']} at {synced['where']}: {synced['chunks']} chunks")
    return 0


def _publish(settings: Settings, prune_all: bool = False) -> dict[str, Any]:
    """Sync the configured external store (Milvus) with the index just written, and publish its task
    rows and validity to the shared database when one is configured."""
    from index.milvus import parse_store
    from index.store import load_index
    from rag.runtime import search_for

    embedded = parse_store(settings.store).kind == "embedded"
    if embedded and settings.database_url is None:
        return {"backend": "embedded"}
    index = load_index(settings.resolved_index_dir)
    if settings.database_url is not None:
        from ui.database import Database
        from ui.replicas import publish_facts

        publish_facts(Database(settings.database_url), index, settings.as_of_iso)
    if embedded:
        return {"backend": "embedded"}
    return dict(search_for(settings, index, log=lambda m: print(m, file=sys.stderr), prune_all=prune_all)
                .describe())


def _build_json(report: BuildReport, index_dir: Path) -> dict[str, Any]:
    return {"status": report.status, "documents": report.documents, "chunks": report.chunks,
            "embedded": report.embedded, "seconds": round(report.seconds, 2), "index": str(index_dir),
            "files": [r.to_json() for r in report.files]}


# ----------------------------------------------------------------------------- add

def add_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="policyqa add", description="Add files (text, web page, Word, PDF, scanned PDF or image) to the "
        "corpus: each is checked, copied into the corpus folder and indexed; a file that yields no document "
        "is refused and nothing changes for it.")
    add_common(p)
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    settings = settings_from(args)
    from rag.runtime import embedder_for

    staged = stage_files([(f, f.name) for f in args.files], settings.corpus)
    added = [s for s in staged if s.target is not None and s.duplicate_of is None]
    report: BuildReport | None = None
    if added:
        try:
            report = build_index(settings.corpus, settings.resolved_index_dir, embedder_for(settings),
                                 settings.chunker, progress=not (args.quiet or args.json),
                                 log=lambda m: print(m, file=sys.stderr),
                                 sources=[s.source for s in added if s.source is not None])
            _publish(settings)
            _share(settings, staged)
        except (PolicyQAError, OSError) as exc:
            return fail(str(exc))
    final = {r.file: r for r in (report.files if report else ())}
    results = [_staged_json(s, final) for s in staged]
    if args.json:
        print(json.dumps({"files": results, "index": _build_json(report, settings.resolved_index_dir)
                          if report else None}, ensure_ascii=False, indent=2))
    else:
        for s in staged:
            if s.duplicate_of:
                print(f"{s.given}: already in the corpus as {s.duplicate_of}; nothing to add")
            elif s.target is None:
                print(f"{s.given}: NOT ADDED — {s.report.error}")
            else:
                print_reports([final.get(s.target.name, s.report)])
        if report:
            print(f"Index updated: {report.documents} documents, {report.chunks} chunks, "
                  f"{report.embedded} embedded, {report.seconds:.1f} s")
    return 0 if all(s.target is not None for s in staged) else EXIT_FAILURE


def _share(settings: Settings, staged: Sequence[Staged]) -> None:
    """With a shared database, store the added files there so every replica adds them too."""
    if settings.database_url is None:
        return
    import os
    import socket

    from ui.database import Database
    from ui.replicas import record_uploads

    record_uploads(Database(settings.database_url), staged,
                   settings.replica or f"{socket.gethostname()}:{os.getpid()}")


def _staged_json(s: Staged, final: dict[str, FileReport]) -> dict[str, Any]:
    rep = final.get(s.target.name, s.report) if s.target is not None else s.report
    return {"given": s.given, "added": s.target is not None and s.duplicate_of is None,
            "duplicate_of": s.duplicate_of, "corpus_file": s.target.name if s.target else None,
            "report": rep.to_json()}
