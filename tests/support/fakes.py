"""A small, fast server setup for tests and demos: one bundled gazette plus a synthetic one.

Uses the ``hash`` embedder and the extractive backend, so nothing needs model weights. The synthetic
gazette carries markup (``<script>alert(1)</script>``) inside a notice to prove the page shows
document text inert.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rag.schema import Answer, Citation, Event, Filters, Final, Removed, Rewritten, Token, Turn
from rag.settings import BUNDLED_CORPUS, Settings, load_settings

SCRIPT_DOC_NUMBER = "测政发〔2023〕7号"
SCRIPT_MARKUP = "<script>alert(1)</script>"
SCRIPT_GAZETTE = f"""测试县人民政府公报

2023年第1期

测试县人民政府
关于印发测试县网页安全管理办法的通知

测政发〔2023〕7 号

各乡镇人民政府，县政府各部门：

《测试县网页安全管理办法》已经县人民政府研究通过，现印发给你们，请认真贯彻执行。

测试县人民政府

2023 年 3 月 1 日

（此件公开发布）

测试县网页安全管理办法

一、总体要求

各单位网站发布信息前必须进行安全审查，禁止在网页中嵌入{SCRIPT_MARKUP}等未经审查的脚本代码。网站安全审查由县网信办负责。

二、工作措施

（一）网站安全检查每季度开展一次，检查结果报县网信办备案。

（二）发现网页被篡改的，应当在2小时内报告并处置。
"""
BUNDLED_FILE = "zhongning-county-2019-no2.txt"


def make_test_corpus(folder: Path, bundled: tuple[str, ...] = (BUNDLED_FILE,)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in bundled:
        shutil.copyfile(BUNDLED_CORPUS / name, folder / name)
    (folder / "testcounty-2023-no1.txt").write_text(SCRIPT_GAZETTE, encoding="utf-8")
    return folder


def throwaway_settings(root: Path, **overrides: Any) -> Settings:
    """Settings for a throwaway home under ``root`` with a test corpus, hash embeddings, no LLM."""
    corpus = make_test_corpus(root / "corpus")
    values: dict[str, Any] = {"corpus": corpus, "home": root / "home", "embedding_model": "hash",
                              "llm": {"backend": "extractive"}, "rate_limit": "100000/minute"}
    values.update(overrides)
    return load_settings(**values)


class FakeEngine:
    """The ``AnswerEngine`` contract with a canned answer; remembers every call (for unit tests)."""

    def __init__(self, text: str = "答案[1]", citations: tuple[Citation, ...] | None = None,
                 pieces: int = 2, error: Exception | None = None, checked: str | None = None,
                 removed: tuple[Removed, ...] = ()) -> None:
        self.text, self.pieces, self.error = text, pieces, error
        # The answer after the verifier, when it differs from the streamed text.
        self.checked, self.removed = checked, removed
        self.citations = citations if citations is not None else (
            Citation(1, "X政发〔2024〕1号", "某县人民政府关于某事的通知", "某县人民政府", "2024-01-01",
                     "某县人民政府关于某事的通知 > 一、总体要求", "引文。", "引文。", "f.txt", "d1", 0, 3),)
        self.calls: list[dict[str, Any]] = []

    def status(self) -> dict[str, Any]:
        return {"backend": "fake", "llm_available": True, "llm_message": "ok"}

    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]:
        self.calls.append({"question": question, "history": list(history), "persona": persona,
                           "filters": filters})
        if self.error is not None:
            raise self.error
        rewritten = f"{history[-1].question}（{question}）" if history else None
        if rewritten:
            yield Rewritten(rewritten)
        step = max(1, len(self.text) // self.pieces)
        for i in range(0, len(self.text), step):
            yield Token(self.text[i:i + step])
        yield Final(Answer(question, rewritten, self.checked or self.text, self.citations, False, "fake",
                           prompt_tokens=11, completion_tokens=3, removed=self.removed))

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Answer:
        return next(e.answer for e in self.stream(question, history, persona, filters, backend)
                    if isinstance(e, Final))
