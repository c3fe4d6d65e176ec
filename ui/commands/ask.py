"""``policyqa ask``: a question answered with citations (streamed), or the ranked passages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from index.errors import PolicyQAError, QuestionError
from rag.chain import AnswerEngine, validate_question
from rag.runtime import Runtime
from rag.schema import EvidenceShown, Final, Note, Rewritten, Token
from rag.settings import Settings
from ui.commands.common import EXIT_USAGE, EarlyModel, add_common, fail, settings_from, start_early
from ui.render import removed_note


def _start_early(settings: Settings, args: argparse.Namespace) -> EarlyModel | None:
    return None if args.retrieve_only else start_early(settings, args.llm, args.persona or settings.persona)


def _model_ready(engine: AnswerEngine, args: argparse.Namespace, early: EarlyModel | None) -> None:
    """Wait for the model (started early) and say if it cannot answer: the quotes are out by now."""
    if early is not None:
        early.thread.join()
    if (args.llm or engine.rt.settings.llm.backend) != "extractive":
        status = engine.warm_up(args.llm)
        if not status["llm_available"]:
            print(f"注意：{status['llm_message']}", file=sys.stderr)


def answer_and_print(rt: Runtime, question: str, args: argparse.Namespace, early: EarlyModel | None = None) -> int:
    engine = AnswerEngine(rt, chat_model=early.model if early else None)
    persona = args.persona or rt.settings.persona
    streaming = not args.json
    if early is None:
        _model_ready(engine, args, early)
    final = None
    try:
        for event in engine.stream(question, persona=persona, backend=args.llm):
            match event:
                case Final(answer=answer):
                    final = answer
                case Rewritten(question=standalone) if streaming:
                    print(f"（理解为：{standalone}）")
                case EvidenceShown(evidence=evidence) if streaming:
                    sys.stdout.write(evidence.preamble())
                    sys.stdout.flush()
                case Token(text=text) | Note(text=text) if streaming:
                    sys.stdout.write(text)
                    sys.stdout.flush()
            if isinstance(event, EvidenceShown) and early is not None:
                # The stream asks the model only after this event: the quotes did not wait for its
                # start and primed opening (a cold ask's first ~20 s on 2 cores), the answer does.
                _model_ready(engine, args, early)
                early = None
    except QuestionError as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    assert final is not None
    if args.json:
        print(json.dumps(final.to_json(), ensure_ascii=False, indent=2))
        return 0
    print()
    if final.fallback_reason:
        print(f"\n注意：未采用大模型的回答，以原文摘录作答（{final.fallback_reason}）")
    if final.removed:
        # The model's streamed text held sentences the verifier removed: print the checked answer.
        print(f"\n{removed_note(final)}\n核对后的回答：\n{final.text}")
    if final.citations:
        print("\n来源：")
        for c in final.citations:
            print(f"[{c.n}] 《{c.title}》{('（' + c.doc_number + '）') if c.doc_number else ''} {c.issuer} {c.date or ''}")
            print(f"    {c.section}")
            print(f"    “{c.quote}”")
    return 0



def _hit_json(h: Any) -> dict[str, Any]:
    c = h.chunk
    return {"rank": h.rank, "doc_number": c.doc_number, "title": c.title, "issuer": c.issuer, "date": c.date,
            "section": c.section_path, "corpus_file": c.corpus_file, "start": h.start, "end": h.end,
            "score": round(h.score, 6), "text": h.text}


def _positive(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if not 1 <= n <= 50:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 50, not {s!r}")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa ask", description="Ask a question about the notices.")
    add_common(p)
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--retrieve-only", action="store_true", help="print the ranked passages, no answer")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default=None)
    p.add_argument("--top-k", type=_positive, default=None, help="passages to retrieve (1-50)")
    p.add_argument("--persona", choices=["public", "civil_servant"], default=None)
    p.add_argument("--llm", choices=["local", "openai", "extractive"], default=None)
    args = p.parse_args(argv)
    settings = settings_from(args)
    try:  # the engine's own rule, checked before the index loads
        question = validate_question(args.question, settings.max_question_chars)
    except QuestionError as exc:
        return fail(str(exc), EXIT_USAGE)
    from rag.runtime import open_runtime

    early = _start_early(settings, args)
    try:
        rt = open_runtime(settings, progress=not args.json)
    except (PolicyQAError, OSError) as exc:
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
    return answer_and_print(rt, question, args, early)
