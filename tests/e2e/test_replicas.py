"""Two ``policyqa serve`` processes sharing one Milvus (milvus-lite server) and one PostgreSQL, each
with its own home and corpus folder, as stateless replicas behind a load balancer would run: a file
uploaded through one replica's page is answerable through the other's API, and feedback given on a
replica that is then killed is still in the database."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fakes import make_test_corpus
from tests.support.servers import free_port, milvus_lite_server, postgres_server, stop
from ui.database import Database

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
DOCX = REPO / "tests" / "data" / "ingest" / "luoyang-elderly-meals.docx"
TIMEOUT_MS = 60_000


def _get(url: str, timeout: float = 5) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read())


def _ask(base: str, question: str) -> dict[str, Any]:
    body = json.dumps({"model": "policyqa", "messages": [{"role": "user", "content": question}]}).encode()
    req = urllib.request.Request(base + "v1/chat/completions", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return dict(json.loads(r.read()))


def _start(root: Path, name: str, milvus: str, pg: str) -> tuple[str, subprocess.Popen[bytes]]:
    corpus = make_test_corpus(root / name / "corpus")
    port = free_port()
    env = {**os.environ, "POLICYQA_HOME": str(root / name / "home"), "POLICYQA_CORPUS": str(corpus),
           "POLICYQA_EMBEDDING_MODEL": "hash", "POLICYQA_LLM__BACKEND": "extractive",
           "POLICYQA_STORE": f"{milvus}/policyqa_replicas", "POLICYQA_DATABASE_URL": pg,
           "POLICYQA_REPLICA": name, "POLICYQA_REPLICA_POLL_S": "1", "POLICYQA_RATE_LIMIT": "100000/minute"}
    log = (root / f"{name}.log").open("wb")
    proc = subprocess.Popen([str(Path(sys.executable).with_name("policyqa")), "serve", "--port", str(port)],
                            env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    end = time.monotonic() + 180
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"replica {name} exited: {(root / f'{name}.log').read_text(errors='replace')[-2000:]}")
        try:
            _get(base + "v1/models")
            return base, proc
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("replicas")
    with milvus_lite_server(root / "milvus") as milvus, postgres_server() as pg:
        started = {}
        try:
            for name in ("a", "b"):
                started[name] = _start(root, name, milvus, pg)
            yield {"pg": pg, **started}
        finally:
            for _, proc in started.values():
                if proc.poll() is None:
                    stop(proc, 20)


def test_a_file_uploaded_through_one_replica_is_answered_by_the_other(browser: Any,
                                                                      replicas: dict[str, Any]) -> None:
    (base_a, _), (base_b, _) = replicas["a"], replicas["b"]
    question = "80周岁以上老年人在老年食堂就餐每餐补贴多少？"
    assert "洛民〔2024〕31号" not in json.dumps(_ask(base_b, question), ensure_ascii=False)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(base_a, wait_until="domcontentloaded")
        page.locator("#pq-add").get_by_text("添加政策文件").click()
        page.locator("#pq-upload input[type=file]").set_input_files([str(DOCX)])
        page.wait_for_function("() => document.querySelectorAll('#pq-upload tr.file').length === 1")
        page.locator("#pq-add-btn").click()
        page.wait_for_function("() => document.querySelector('#pq-add-report').innerText.includes('索引已更新')")
    finally:
        context.close()
    end, answer = time.monotonic() + 60, {}
    while time.monotonic() < end:  # replica b pulls uploads every second, then updates its index
        answer = _ask(base_b, question)
        if "洛民〔2024〕31号" in json.dumps(answer, ensure_ascii=False):
            break
        time.sleep(1)
    text = json.dumps(answer, ensure_ascii=False)
    assert "洛民〔2024〕31号" in text, text[:2000]


def test_feedback_survives_the_replica_that_took_it(browser: Any, replicas: dict[str, Any]) -> None:
    (base_a, proc_a), (base_b, _) = replicas["a"], replicas["b"]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    reason = "副本a上的反馈"
    try:
        page.goto(base_a, wait_until="domcontentloaded")
        box = page.locator("#pq-input textarea")
        box.fill("测试县网站安全检查每季度开展一次吗？")
        box.press("Enter")
        page.wait_for_function("""() => { const b = document.querySelectorAll("#pq-chat .message.bot, #pq-chat [data-testid='bot']");
            return b.length && b[b.length-1].innerText.includes("〔") && !b[b.length-1].innerText.trim().endsWith("▌"); }""")
        page.locator("#pq-reason textarea, #pq-reason input").first.fill(reason)
        page.locator("#pq-up").click()
        page.locator("#pq-fb-msg").get_by_text("感谢反馈").wait_for()
    finally:
        context.close()
    proc_a.send_signal(signal.SIGKILL)
    proc_a.wait(10)
    rows = Database(replicas["pg"]).query("SELECT rating, replica FROM feedback WHERE reason = ?", (reason,))
    assert rows == [{"rating": 1, "replica": "a"}]
    assert _ask(base_b, "测试县网站安全检查每季度开展一次吗？")["choices"][0]["message"]["content"]
