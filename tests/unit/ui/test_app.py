"""Chat turn logic, drafting and examples, with a fake engine (no browser)."""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from docx import Document as Docx

from index.errors import QuestionError
from index.models import Document
from rag.schema import Answer, Filters, Turn
from tests.support.fakes import FakeEngine, throwaway_settings
from ui.app import Record, create_app, respond
from ui.drafting import draft_docx, draft_text
from ui.examples import example_questions, subject_of
from ui.services import Services, open_services


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Services:
    settings = throwaway_settings(tmp_path_factory.mktemp("ui"))
    return open_services(settings, progress=False, engine=FakeEngine())


def with_engine(base: Services, engine: Any) -> Services:
    return dataclasses.replace(base, engine=engine)


def run(services: Services, message: str, records: list[Record] | None = None, persona: str = "public",
        **filters: Any) -> list[tuple[Any, list[Record], str, Any]]:
    return list(respond(services, message, records or [], persona, filters.get("localities"),
                        filters.get("years"), filters.get("issuers")))


def test_answer_streams_then_shows_cards(base: Services) -> None:
    engine = FakeEngine("根据《某通知》，每人每年2万元[1]。", pieces=4)
    steps = run(with_engine(base, engine), "补助多少？")
    partial = [s[0][-1]["content"] for s in steps[1:-1]]
    assert len(partial) >= 3 and all(p.endswith("▌") for p in partial)
    final_chat, records, cleared, _ = steps[-1]
    assert cleared == "" and len(records) == 1 and records[0].answer is not None
    assert final_chat[0] == {"role": "user", "content": "补助多少？"}
    assert "pq-card" in final_chat[1]["content"] and "X政发〔2024〕1号" in final_chat[1]["content"]
    assert "<sup>[1]</sup>" in final_chat[1]["content"]


def test_follow_up_sends_earlier_turns_and_filters(base: Services) -> None:
    engine = FakeEngine()
    first = run(with_engine(base, engine), "第一问")[-1][1]
    steps = run(with_engine(base, engine), "那第二问呢？", first, localities=["中宁县"], years=["2019"])
    call = engine.calls[-1]
    assert call["history"] == [Turn("第一问", "答案[1]")]
    assert call["filters"] == Filters(localities=("中宁县",), years=(2019,))
    assert "按上下文理解为" in steps[-1][0][-1]["content"]
    assert len(steps[-1][1]) == 2


def test_empty_input_does_not_reach_the_engine(base: Services) -> None:
    engine = FakeEngine()
    steps = run(with_engine(base, engine), "   ")
    assert engine.calls == [] and steps[-1][1] == []


def test_rejected_question_shows_the_engines_message(base: Services) -> None:
    steps = run(with_engine(base, FakeEngine(error=QuestionError("问题过长（900 字）"))), "长" * 900)
    assert "问题过长" in steps[-1][0][-1]["content"]
    # A bug is not a message for users: its text never reaches the page.
    steps = run(with_engine(base, FakeEngine(error=ValueError("secret internals /srv/x.py"))), "问题")
    assert "secret" not in steps[-1][0][-1]["content"] and "抱歉" in steps[-1][0][-1]["content"]
    assert steps[-1][1][0].answer is None


def test_engine_crash_becomes_a_polite_message(base: Services) -> None:
    steps = run(with_engine(base, FakeEngine(error=RuntimeError("boom"))), "问题")
    content = steps[-1][0][-1]["content"]
    assert "出错" in content and "boom" not in content and "Traceback" not in content


def test_civil_servant_mode_returns_a_sourced_draft(base: Services) -> None:
    engine = FakeEngine("每人每年补助2万元[1]。")
    steps = run(with_engine(base, engine), "补助多少？", persona="civil_servant")
    draft = steps[-1][3]
    assert isinstance(draft, str)
    assert "根据《某县人民政府关于某事的通知》（X政发〔2024〕1号），每人每年补助2万元。" in draft
    assert draft.startswith("关于“补助多少？”的答复")


def test_draft_text_skips_unsourced_sentences_and_handles_refusals() -> None:
    engine = FakeEngine("有依据[1]。没有依据的话。")
    a = engine.answer("问")
    draft = draft_text(a, "问")
    assert "有依据" in draft and "没有依据的话" not in draft
    refused = Answer("问", None, "文件中未找到相关规定。", (), True, "local")
    assert "暂未检索到" in draft_text(refused, "问")


def test_docx_has_the_edited_text_and_the_sources() -> None:
    a = FakeEngine("每人每年补助2万元[1]。").answer("补助多少？")
    data = draft_docx(draft_text(a, "补助多少？").replace("您好：", "张女士：您好："), a.citations)
    doc = Docx(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert doc.paragraphs[0].text == "关于“补助多少？”的答复"
    assert "张女士：您好：" in text and "附：引用文件" in text
    assert "1. 《某县人民政府关于某事的通知》（X政发〔2024〕1号），某县人民政府，2024-01-01" in text


def test_examples_fit_any_corpus(base: Services) -> None:
    docs = list(base.runtime.index.documents.values())
    qs = example_questions(docs)
    assert 1 <= len(qs) <= 4 and all(q.endswith("？") for q in qs)
    other = Document("x.txt", "甲政发〔2030〕1号", "甲县人民政府关于印发《甲县垃圾分类实施方案》的通知",
                     "甲县人民政府", "2030-01-01", "正文", ())
    assert example_questions([other]) == ["《甲县垃圾分类实施方案》提出了哪些主要任务？"]
    assert subject_of("乙县人民政府关于做好防汛工作的通知") == "做好防汛工作"


def test_app_serves_page_and_api(base: Services, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(base), base_url="http://localhost") as client:
        assert client.get("/v1/models").json()["data"][0]["id"] == "policyqa"
        page = client.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()


def test_draft_names_the_cited_notice_even_when_the_quote_cites_another_law() -> None:
    a = FakeEngine("根据《某条例》有关规定，补助2万元[1]。").answer("问")
    assert "一、根据《某县人民政府关于某事的通知》（X政发〔2024〕1号），根据《某条例》有关规定，补助2万元。" in \
        draft_text(a, "问")


def test_draft_files_live_in_one_pruned_folder(base: Services) -> None:
    from ui.app import _Page
    from ui.drafting import DRAFTS_KEPT

    page = _Page(with_engine(base, FakeEngine("每人每年补助2万元[1]。")))
    records = [r for r in run(page.services, "补助多少？", persona="civil_servant")[-1][1]]
    paths = {page.make_docx("关于补助的答复：每人每年补助2万元。", records) for _ in range(DRAFTS_KEPT + 5)}
    assert all(p and Path(p).parent == page.draft_dir for p in paths)
    assert len(list(page.draft_dir.iterdir())) <= DRAFTS_KEPT
    old = page.draft_dir / "old.docx"
    old.write_bytes(b"x")
    os.utime(old, (0, 0))  # written long ago
    page.make_docx("再来一份。", records)
    assert not old.exists()


def test_the_tasks_tab_lists_a_units_tasks_and_exports_them(base: Services) -> None:
    from openpyxl import load_workbook

    from ui.app import TASK_SHOWN, _Page

    page = _Page(base)
    rows = page.task_rows("", "any", "", None)
    assert rows, "the test corpus prints task assignments"
    unit = rows[0].lead[0]
    summary, frame = page.list_tasks(unit, "lead", "", None)
    mine = page.task_rows(unit, "lead", "", None)
    assert f"共 **{len(mine)}**" in summary and all(r.has_unit(unit, ("lead",)) for r in mine)
    value = frame.value
    assert value["headers"] == list(TASK_SHOWN) and len(value["data"]) == len(mine)
    assert all(line[TASK_SHOWN.index("所查单位角色")] == "牵头" for line in value["data"])
    # a bad day is ignored with a warning, an unknown unit finds nothing
    assert len(page.task_rows(unit, "lead", "2024-02-30", None)) == len(mine)
    assert page.list_tasks("不存在的单位局", "any", "", None)[0] == "没有找到符合条件的任务。"
    path = page.export_tasks("xlsx")(unit, "lead", "", None)
    assert path is not None and Path(path).parent == page.draft_dir
    assert load_workbook(path).active.max_row == len(mine) + 1  # type: ignore[union-attr]
    assert page.export_tasks("csv")("不存在的单位局", "any", "", None) is None
