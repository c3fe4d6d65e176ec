"""Commands over the corpus and the index: ``documents``, ``index``, ``ask``.

Each command is ``main(argv=None) -> int`` so tests call it directly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.gazette import GazetteError
from index.store import IndexLoadError, build_index, corpus_files, parse_corpus_files
from rag.settings import Settings, load_settings

EXIT_USAGE = 2
EXIT_FAILURE = 1


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="gazette folder (env POLICYQA_CORPUS; default: bundled)")
    parser.add_argument("--config", type=Path, help="TOML settings file (env POLICYQA_CONFIG)")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: <home>/index/<model>)")
    parser.add_argument("--embedding-model", help="'packaged:multilingual-e5-small' (default), "
                        "any sentence-transformers id or local path, or 'hash' (tests)")


def settings_from(args: argparse.Namespace, **extra: Any) -> Settings:
    return load_settings(getattr(args, "config", None), corpus=getattr(args, "corpus", None),
                         index_dir=getattr(args, "index_dir", None),
                         embedding_model=getattr(args, "embedding_model", None), **extra)


def fail(msg: str, code: int = EXIT_FAILURE) -> int:
    print(f"错误 / error: {msg}", file=sys.stderr)
    return code


# ----------------------------------------------------------------------------- documents

def documents_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa documents", description="List the notices found in the corpus.")
    add_common(p)
    p.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    args = p.parse_args(argv)
    settings = settings_from(args)
    try:
        files = corpus_files(settings.corpus)
        docs, skipped = parse_corpus_files(settings.corpus)
    except (IndexLoadError, GazetteError, OSError) as exc:
        return fail(str(exc))
    from index.chunking import chunk_document
    from rag.runtime import embedder_for

    length = embedder_for(settings).tokenizer_len
    rows: list[dict[str, Any]] = []
    for d in docs:
        rows.append({
            "corpus_file": d.corpus_file, "doc_number": d.doc_number, "title": d.title, "issuer": d.issuer,
            "date": d.date, "attachments": list(d.attachments), "public": d.public,
            "sections": len(d.sections), "chunks": len(chunk_document(d, length, settings.chunker)),
            "notes": list(d.notes),
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for f in files:
            mine = [r for r in rows if r["corpus_file"] == f.name]
            print(f"\n{f.name}: {len(mine)} documents")
            for r in mine:
                print(f"  {r['doc_number'] or '（无文号）'}  {r['date'] or '????-??-??'}  {r['title']}")
                print(f"      发文: {r['issuer'] or '?'}  sections {r['sections']}  chunks {r['chunks']}"
                      + (f"  附件: {'；'.join(r['attachments'])}" if r["attachments"] else ""))
        print(f"\n{len(rows)} documents in {len(files)} files")
    for s in skipped:
        print(f"warning: {s}", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------- index

def index_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa index", description="Build or update the search index.")
    add_common(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed everything")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    settings = settings_from(args)
    from rag.runtime import embedder_for

    try:
        report = build_index(settings.corpus, settings.resolved_index_dir, embedder_for(settings),
                             settings.chunker, rebuild=args.rebuild, progress=not args.quiet,
                             log=lambda m: print(m, file=sys.stderr))
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    if report.status == "up-to-date":
        print(f"Index up to date ({report.documents} documents, {report.chunks} chunks): "
              f"{settings.resolved_index_dir}")
    else:
        print(f"Index built: {report.documents} documents, {report.chunks} chunks, {report.embedded} embedded, "
              f"{report.seconds:.1f} s → {settings.resolved_index_dir}")
    for s in report.skipped_files:
        print(f"warning: skipped {s}", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------- ask

def _hit_json(h: Any) -> dict[str, Any]:
    c = h.chunk
    return {"rank": h.rank, "doc_number": c.doc_number, "title": c.title, "issuer": c.issuer, "date": c.date,
            "section": c.section_path, "corpus_file": c.corpus_file, "start": h.start, "end": h.end,
            "score": round(h.score, 6), "text": h.text}


def ask_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa ask", description="Ask a question about the notices.")
    add_common(p)
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--retrieve-only", action="store_true", help="print the ranked passages, no answer")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default=None)
    p.add_argument("--top-k", type=int, default=None)
    p.add_argument("--persona", choices=["public", "civil_servant"], default=None)
    p.add_argument("--llm", choices=["local", "openai", "extractive"], default=None)
    args = p.parse_args(argv)
    settings = settings_from(args)
    question = (args.question or "").strip()
    if not question:
        return fail("问题为空 / the question is empty", EXIT_USAGE)
    if len(question) > settings.max_question_chars:
        return fail(f"问题过长（{len(question)} 字，上限 {settings.max_question_chars}）/ question too long",
                    EXIT_USAGE)
    from rag.runtime import open_runtime

    try:
        rt = open_runtime(settings, progress=not args.json)
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    if args.retrieve_only:
        result = rt.retriever.retrieve(question, mode=args.mode, top_k=args.top_k)
        if args.json:
            print(json.dumps({"question": question, "retrieved": [_hit_json(h) for h in result.hits],
                              "latency_ms": result.latency_ms}, ensure_ascii=False, indent=2))
        else:
            for h in result.hits:
                c = h.chunk
                print(f"[{h.rank}] {c.doc_number or '（无文号）'} {c.title}（{c.issuer}，{c.date}）")
                print(f"    {c.section_path}  score={h.score:.4f}")
                print("    " + h.text.replace("\n", "\n    "))
        return 0
    from rag.answer_cli import answer_and_print

    return answer_and_print(rt, question, args)
