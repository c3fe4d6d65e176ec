"""Load smoke: N concurrent chat sessions through the OpenAI-compatible API.

    python scripts/loadtest.py --url http://127.0.0.1:7860 --sessions 10

Each session is a short conversation (a question, then a follow-up that relies on the history),
streamed over SSE. Prints percentiles of the time to first content (the quoted evidence), to the
model's first token, and to the whole answer, and how many answers the model wrote versus how many
ended from the evidence (queue full, timeout, model down); exits 1 on any error.
``--serve-test-corpus`` starts a throwaway in-process server (hash embeddings, extractive answers)
instead of using ``--url``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

# The throwaway server (--serve-test-corpus) is built from the test helpers in tests/support.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONVERSATIONS: list[tuple[str, str]] = [
    ("中宁县残疾儿童康复救助的标准是多少？", "人工耳蜗手术费呢？"),
    ("贺兰县举报医保欺诈骗保有奖励吗？", "奖励资金由谁出？"),
    ("中卫市简易注销的流程需要多长时间？", "需要提交哪些材料？"),
    ("同心县安全生产百日整治对麦场防火有什么要求？", "由哪个部门负责？"),
    ("中卫市家庭医生签约居民转诊有什么优先政策？", "预留多少号源？"),
    ("中宁县“证照分离”改革中告知承诺的事项怎么办理？", "承诺不实会怎样处理？"),
]


@dataclass
class Result:
    first_content_s: list[float] = field(default_factory=list)
    first_model_token_s: list[float] = field(default_factory=list)
    total_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cited: int = 0
    by_model: int = 0  # answers the model wrote (the rest ended from the evidence)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Reply:
    first_content_s: float
    first_model_token_s: float | None
    total_s: float
    text: str
    citations: int
    backend: str


def one_request(client: httpx.Client, url: str, messages: list[dict[str, str]], headers: dict[str, str]
                ) -> Reply:
    """Stream one completion and time it."""
    t0 = time.perf_counter()
    ttft: float | None = None
    first_model: float | None = None
    text, citations, backend = "", 0, "?"
    body = {"model": "policyqa", "messages": messages, "stream": True}
    with client.stream("POST", f"{url}/v1/chat/completions", json=body, headers=headers) as r:
        if r.status_code != 200:
            raise RuntimeError(f"HTTP {r.status_code}: {r.read().decode('utf-8', 'replace')[:200]}")
        for line in r.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            if "error" in chunk:
                raise RuntimeError(chunk["error"].get("message", "stream error"))
            delta = chunk["choices"][0]["delta"].get("content") or ""
            extra = chunk.get("policyqa") or {}
            now = time.perf_counter() - t0
            if delta and ttft is None:
                ttft = now
            if delta and extra.get("phase") == "answer" and first_model is None:
                first_model = now
            backend = extra.get("backend", backend)
            text += delta
            citations = max(citations, len(chunk.get("citations") or []))
    total = time.perf_counter() - t0
    if not text.strip():
        raise RuntimeError("empty answer")
    return Reply(ttft if ttft is not None else total, first_model, total, text, citations, backend)


def session(i: int, url: str, turns: int, headers: dict[str, str], timeout: float, out: Result) -> None:
    first, follow = CONVERSATIONS[i % len(CONVERSATIONS)]
    questions = ([first, follow] * turns)[:turns]
    messages: list[dict[str, str]] = []
    with httpx.Client(timeout=timeout) as client:
        for q in questions:
            messages.append({"role": "user", "content": q})
            try:
                reply = one_request(client, url, messages, headers)
            except Exception as exc:  # every failure counts; the smoke must report, not crash
                with out.lock:
                    out.errors.append(f"session {i}: {q}: {type(exc).__name__}: {exc}")
                return
            messages.append({"role": "assistant", "content": reply.text})
            with out.lock:
                out.first_content_s.append(reply.first_content_s)
                if reply.first_model_token_s is not None:
                    out.first_model_token_s.append(reply.first_model_token_s)
                out.total_s.append(reply.total_s)
                out.cited += reply.citations > 0
                out.by_model += reply.backend not in ("extractive", "?")


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[max(0, min(98, round(p) - 1))]


def run(url: str, sessions: int, turns: int, api_key: str | None, timeout: float) -> Result:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    out = Result()
    threads = [threading.Thread(target=session, args=(i, url, turns, headers, timeout, out))
               for i in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python scripts/loadtest.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default="http://127.0.0.1:7860", help="server root (default %(default)s)")
    p.add_argument("--sessions", type=int, default=10, help="concurrent sessions (default 10)")
    p.add_argument("--turns", type=int, default=2, help="questions per session (default 2: one follow-up)")
    p.add_argument("--timeout", type=float, default=300.0, help="per-request timeout in seconds")
    p.add_argument("--api-key", default=os.environ.get("POLICYQA_API_KEY"), help="default: $POLICYQA_API_KEY")
    p.add_argument("--serve-test-corpus", action="store_true",
                   help="start a throwaway server (hash embeddings, extractive answers) and test that")
    args = p.parse_args(argv)
    server = None
    url = args.url.rstrip("/")
    if args.serve_test_corpus:
        from tests.support.fakes import make_test_corpus, throwaway_settings
        from tests.support.server import ServerThread
        from ui.app import create_app
        from ui.services import open_services

        root = Path(tempfile.mkdtemp(prefix="policyqa-load-"))
        settings = throwaway_settings(root)
        make_test_corpus(settings.corpus, ("zhongning-county-2019-no2.txt", "helan-county-2022-no5.txt",
                                           "zhongwei-city-2024-no1.txt", "tongxin-county-2022.txt"))
        server = ServerThread(create_app(open_services(settings, progress=False))).start()
        url = server.url
    try:
        t0 = time.perf_counter()
        res = run(url, args.sessions, args.turns, args.api_key, args.timeout)
        wall = time.perf_counter() - t0
    finally:
        if server is not None:
            server.stop()
    n = len(res.total_s)
    print(f"{args.sessions} sessions × {args.turns} turns against {url}: {n} answers "
          f"({res.cited} with citations; {res.by_model} written by the model, {n - res.by_model} from the "
          f"evidence), {len(res.errors)} errors, wall {wall:.1f} s, {n / wall if wall else 0:.2f} answers/s")
    for label, xs in (("first content    ", res.first_content_s), ("first model token", res.first_model_token_s),
                      ("whole answer     ", res.total_s)):
        if xs:
            print(f"  {label}  p50 {percentile(xs, 50):6.2f} s   p95 {percentile(xs, 95):6.2f} s"
                  f"   max {max(xs):6.2f} s   (n={len(xs)})")
    for e in res.errors[:10]:
        print(f"  error: {e}", file=sys.stderr)
    return 1 if res.errors or not n else 0


if __name__ == "__main__":
    sys.exit(main())
