"""The packaged local LLM end to end: real GGUF, real llama.cpp, a short Chinese RAG-style prompt.

Needs scripts/install_llm.sh to have run. The model path comes from POLICYQA_LLM_MODEL_PATH, else
$POLICYQA_HOME/models/…, else <repo>/var/models/…; the test is skipped when no GGUF is there.
"""

from __future__ import annotations

import importlib.util
import os
import re
import time
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from rag.llm import LLMSettings, LLMUnavailable, count_tokens, make_chat_model
from rag.model_assets import default_gguf_path

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]

PASSAGES = [
    "[1] 《关于进一步优化生育支持政策的通知》：自2025年1月1日起，对符合条件的家庭，"
    "每个孩子每年发放育儿补贴3600元，直至年满3周岁。",
    "[2] 《关于做好高校毕业生就业工作的通知》：对吸纳离校2年内未就业高校毕业生的小微企业，"
    "按每人1500元的标准给予一次性吸纳就业补贴。",
]
QUESTION = "育儿补贴每个孩子每年发多少钱？"
SYSTEM = (
    "你是政策问答助手。只根据给出的资料，用一两句完整的中文句子回答，"
    "并在句末用方括号标注所依据资料的编号，例如[2]。"
)


def _model_path() -> Path:
    explicit = os.environ.get("POLICYQA_LLM_MODEL_PATH")
    if explicit:
        return Path(explicit)
    home = Path(os.environ.get("POLICYQA_HOME", REPO_ROOT / "var"))
    return default_gguf_path(home)


@pytest.fixture(scope="module")
def settings() -> LLMSettings:
    path = _model_path()
    if not path.is_file():
        pytest.skip(f"local GGUF not assembled at {path} (run scripts/install_llm.sh)")
    # find_spec, not importorskip: importing llama_cpp here would pin OpenMP's wait policy before
    # rag.llm can choose it.
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python not installed (run scripts/install_llm.sh)")
    return LLMSettings(model_path=path, max_tokens=96, temperature=0.0)


def _messages() -> list[SystemMessage | HumanMessage]:
    context = "\n".join(PASSAGES)
    return [SystemMessage(SYSTEM), HumanMessage(f"资料：\n{context}\n\n问题：{QUESTION}")]


def test_local_model_streams_a_chinese_answer_with_the_number(settings: LLMSettings) -> None:
    model = make_chat_model(settings)
    started = time.perf_counter()
    chunks: list[str] = []
    first_token_at: float | None = None
    for chunk in model.stream(_messages()):
        if chunk.text and first_token_at is None:
            first_token_at = time.perf_counter() - started
        chunks.append(chunk.text)
    answer = "".join(chunks)

    assert first_token_at is not None
    assert sum(1 for c in chunks if c) > 3, "expected a token stream, not one block"
    han = len(re.findall(r"[\u4e00-\u9fff]", answer))
    assert han >= 5, answer
    assert "3600" in answer.replace(",", ""), answer


def test_second_model_shares_the_loaded_weights(settings: LLMSettings) -> None:
    first = make_chat_model(settings)
    second = make_chat_model(settings)
    first.invoke("你好", max_tokens=1)
    started = time.perf_counter()
    second.invoke("你好", max_tokens=1)
    # A reload would take seconds; a cached instance answers one token in well under that.
    assert time.perf_counter() - started < 2.0


def test_count_tokens_uses_the_gguf_vocabulary(settings: LLMSettings) -> None:
    assert count_tokens("国务院", settings) >= 1
    text = "".join(PASSAGES)
    # Qwen's vocabulary packs common Chinese words: fewer tokens than characters.
    assert count_tokens(text, settings) < len(text)


def test_prompt_longer_than_context_is_unavailable(settings: LLMSettings) -> None:
    small = settings.model_copy(update={"n_ctx": 256})
    model = make_chat_model(small)
    with pytest.raises(LLMUnavailable):
        model.invoke("政策" * 400)
