from __future__ import annotations

from index.models import Chunk
from prompts import load_prompt
from rag.compose import answer_messages, lead_sources
from rag.context import ContextPassage
from rag.schema import Hit


def _passage(note: str = "") -> ContextPassage:
    text = "购房人应当自网签备案之日起6个月内提出申请。"
    chunk = Chunk("c1", "d1", text, 0, len(text), "f.txt", "某政办发〔2022〕41号", "某市购房补贴办法",
                  "某市人民政府办公室", "2022-12-26", "某市购房补贴办法 > 第四条")
    hit = Hit(chunk, 1.0, 1, chunk.text, 0, len(text), note=note)
    return ContextPassage(1, hit, chunk.text)


def test_the_model_is_told_which_notices_are_no_longer_in_force_only_when_one_is_quoted() -> None:
    plain = answer_messages("public", "现在还能申请吗？", [_passage()])
    assert load_prompt("lapsed") not in str(plain[-1].content)
    lapsed = answer_messages("public", "现在还能申请吗？", [_passage("已失效，有效期至2024年12月31日")], lapsed=True)
    text = str(lapsed[-1].content)
    assert "（已失效，有效期至2024年12月31日）" in text and text.endswith(load_prompt("lapsed"))
    assert lapsed[0].content == plain[0].content  # the system text is unchanged: its cache holds


def _other(n: int, doc: str, title: str, text: str, section: str) -> ContextPassage:
    chunk = Chunk(f"c{n}", doc, text, 0, len(text), "f.txt", "", title, "某县人民政府", "2019-05-01", section)
    return ContextPassage(n, Hit(chunk, 1.0, n, text, 0, len(text)), text)


def test_a_lead_prompt_opens_with_the_same_words_for_every_question_and_names_each_notice_once() -> None:
    first = answer_messages("public", "多久内申请？", [_passage()], style="lead")
    second = answer_messages("public", "谁来审核？", [_passage(), _other(2, "d2", "某县审核规程", "由县民政局审核。", "某县审核规程 > 三、审核")],
                             style="lead")
    a, b = str(first[-1].content), str(second[-1].content)
    opening = a[:a.index("《")]
    # everything before the quotes is fixed text: llama.cpp's prompt cache holds it between questions
    assert b.startswith(opening) and "【资料】" in opening and "多久" not in opening
    assert a.rstrip().endswith("多久内申请？")
    # each notice is named once, each quote under it with the last heading of its section
    assert b.count("《某市购房补贴办法》（某政办发〔2022〕41号）") == 1 and b.count("《某县审核规程》") == 1
    assert "[1] （第四条）购房人应当" in b and "[2] （三、审核）由县民政局审核。" in b
    # the composed style keeps a label per passage
    composed = str(answer_messages("public", "谁来审核？", [_passage()], style="compose")[-1].content)
    assert "[1] 《某市购房补贴办法》（某政办发〔2022〕41号） 第四条" in composed


def test_a_lead_quotes_from_one_notice_stay_together_under_its_name() -> None:
    passages = [_passage(), _other(2, "d2", "某县审核规程", "由县民政局审核。", "某县审核规程 > 三、审核"),
                _other(3, "d1", "某市购房补贴办法", "补贴标准为每平方米100元。", "某市购房补贴办法 > 第五条")]
    text = str(answer_messages("public", "补多少？", passages, style="lead")[-1].content)
    assert text.index("[1]") < text.index("[3]") < text.index("《某县审核规程》") < text.index("[2]")


def test_a_lead_reads_the_first_selected_quotes_that_fit_its_budget() -> None:
    passages = [_other(n, "d1", "某市购房补贴办法", "字" * size, "某市购房补贴办法 > 第五条")
                for n, size in ((1, 300), (2, 100), (3, 100), (4, 10))]
    assert [p.n for p in lead_sources(passages, budget=450)] == [1, 2]
    assert [p.n for p in lead_sources(passages[:1], budget=100)] == [1]  # the first always
    assert lead_sources([], budget=100) == []
