"""Printing an answer for ``policyqa ask``: streamed text, then the sources."""

from __future__ import annotations

import argparse
import json
import sys

from rag.chain import AnswerEngine, QuestionError
from rag.runtime import Runtime


def answer_and_print(rt: Runtime, question: str, args: argparse.Namespace) -> int:
    engine = AnswerEngine(rt)
    persona = args.persona or rt.settings.persona
    streaming = not args.json
    if (args.llm or rt.settings.llm.backend) != "extractive":
        status = engine.warm_up(args.llm)
        if not status["llm_available"]:
            print(f"注意：{status['llm_message']}", file=sys.stderr)
    final = None
    try:
        for kind, value in engine.stream(question, persona=persona, backend=args.llm):
            if kind == "rewritten" and streaming:
                print(f"（理解为：{value}）")
            elif kind == "evidence" and streaming:
                sys.stdout.write(value.preamble())
                sys.stdout.flush()
            elif kind in ("token", "note") and streaming:
                sys.stdout.write(value)
                sys.stdout.flush()
            elif kind == "final":
                final = value
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
    if final.flagged:
        print("\n注意：以下内容中的数字未能在引用文件中核实：")
        for s in final.flagged:
            print(f"  - {s}")
    if final.citations:
        print("\n来源：")
        for c in final.citations:
            print(f"[{c.n}] 《{c.title}》{('（' + c.doc_number + '）') if c.doc_number else ''} {c.issuer} {c.date or ''}")
            print(f"    {c.section}")
            print(f"    “{c.quote}”")
    return 0
