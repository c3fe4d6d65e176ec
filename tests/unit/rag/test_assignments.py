"""Who leads, supports, by when (rag/assignments.py and the chain): answered from task rows with the
printed assignment cited; a unit's tasks and the tasks due by a date listed; a question that also asks
something else goes through retrieval with the row heading the hits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.tasks import TaskRow
from prompts import REFUSAL
from rag.assignments import deadline_in_prose, task_ask
from rag.chain import AnswerEngine

COUNTY = """甲县人民政府办公室关于印发甲县净土保卫战行动计划的通知
甲政办发〔2021〕12号
各乡镇人民政府，县政府各部门：
《甲县净土保卫战行动计划》已经县人民政府同意，现印发给你们，请认真贯彻执行。
甲县人民政府办公室
2021年4月2日
甲县净土保卫战行动计划
一、重点工作
（一）强化固体废物污染防治
1.严厉打击危险废物非法倾倒。以非法倾倒危险废物为重点，开展联合执法，依法查处违法犯罪行为。
牵头单位：县公安局
配合单位：县法院、检察院，市生态环境局甲县分局
完成时限：2021年10月底
2.开展尾矿库污染排查。全面排查县内尾矿库环境风险，建立问题清单并限期整改。
牵头单位：县应急管理局
配合单位：县自然资源局、县公安局
完成时限：2021年底
3.建设农药包装废弃物回收体系。在各乡镇设立回收点，由县农业农村局牵头，县财政局、供销社配合，2022年6月底前实现乡镇全覆盖。
"""
DUTIES = """丙县人民政府办公室关于印发丙县农资市场监管改革实施方案的通知
丙政办发〔2022〕8号
各乡镇人民政府，县政府各部门：
《丙县农资市场监管改革实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。
丙县人民政府办公室
2022年3月1日
丙县农资市场监管改革实施方案
一、主要任务
1.落实部门监管责任。市场监管部门负责查处农资经营环节价格违法行为。发改部门负责指导农资领域信用体系建设工作。民政部门配合农业农村部门做好农资行业协会的培育工作。
牵头单位：县医保局
配合单位：县市场监管局、县发改局、县民政局
完成时限：长期坚持
"""
CITY = """乙市人民政府办公室关于印发乙市数字政府建设实施方案的通知
乙政办发〔2023〕30号
各县（区）人民政府，市政府各部门：
现将《乙市数字政府建设实施方案》印发给你们，请认真贯彻执行。
乙市人民政府办公室
2023年6月1日
乙市数字政府建设实施方案
一、主要任务
各县（区）要统筹推进数字政府建设，智慧停车平台覆盖全部公共停车场，车位数据每5分钟更新一次。
附件
乙市数字政府建设重点任务清单
主要任务\t重点内容\t责任单位\t完成时限
(一)城市大脑\t1.建成全市智慧停车云平台，覆盖全部公共停车场。\t各县(区)负责,市住房和城乡建设局配合\t2024年
\t2.升级视频联网共享系统，整合公共区域视频资源。\t市公安局负责,市大数据局配合\t2025年6月底前
二、保障措施
加强组织领导，市大数据局要定期调度进展。
（一）建设数据共享交换平台。推动各部门政务数据按需共享、统一交换。
牵头单位：市大数据局
配合单位：市直各部门
"""


HEAT = """丁县人民政府关于印发丁县数字政府建设行动计划的通知
丁政发〔2022〕70号
各乡镇人民政府，县政府各部门：
现将《丁县数字政府建设行动计划》印发给你们，请认真贯彻执行。
丁县人民政府
2022年9月20日
丁县数字政府建设行动计划
一、主要任务
（三）加强社会治理系统应用
(7) 实施智能热网系统平台项目。按照“市县一体化”集中供热思路，实施智能热网信息系统平台。通过热网指挥调度，对热网进行自动监测、报警、优化控制，从而达到平衡热网、降低成本等目的。
(8) 建立智慧监管平台。运用视觉分析技术识别后厨违规行为并自动报警，提高市场监管智能化水平。
附件
丁县数字政府建设重点任务
主要任务	重点内容	牵头单位
(三) 加强社会治理系统应用	26. 实施智能热网系统平台项目。按照“市县一体化”集中供热思路, 实施智能热网信息系统平台。通过热网指挥调度, 对热网进行自动监测、报警、优化控制, 从而达到平衡热网、降低成本等目的。	县住建局、丁阳热力公司
	27. 建立智慧监管平台。运用视觉分析技术识别后厨违规行为并自动报警, 提高市场监管智能化水平。	县市场监管局
"""


CLEAN = """中共丁县委办公室丁县人民政府办公室关于印发丁县大气污染防治实施方案的通知
丁党办〔2022〕103号
各乡镇党委和人民政府，县委和县政府各部门：
《丁县大气污染防治实施方案》已经县委、县政府同意，现印发给你们，请认真贯彻执行。
中共丁县委办公室
丁县人民政府办公室
2022年10月8日
丁县大气污染防治实施方案
一、重点任务
（一）深入推进清洁取暖。推进城区供暖管网改造，冬季供暖期加强供热监测，保障居民室温达标。
牵头单位：县住建局
配合单位：县财政局
"""


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from rag.runtime import open_runtime
    from rag.settings import Settings

    corpus = tmp_path_factory.mktemp("task-corpus")
    (corpus / "county.txt").write_text(COUNTY, encoding="utf-8")
    (corpus / "city.txt").write_text(CITY, encoding="utf-8")
    (corpus / "duties.txt").write_text(DUTIES, encoding="utf-8")
    (corpus / "heat.txt").write_text(HEAT, encoding="utf-8")
    (corpus / "clean.txt").write_text(CLEAN, encoding="utf-8")
    settings = Settings(home=tmp_path_factory.mktemp("home"), corpus=corpus, embedding_model="hash",
                        llm={"backend": "extractive"}, as_of="2026-12-02")
    yield open_runtime(settings, progress=False, log=lambda _m: None)


@pytest.mark.parametrize(("q", "roles", "listing", "other"), [
    ("危险废物非法倾倒由哪个单位牵头、哪些单位配合？", ("lead", "support"), False, False),
    ("智慧停车云平台的完成时限是什么？", ("deadline",), False, False),
    ("这项任务由谁负责，什么时候前完成？", ("lead", "deadline"), False, False),
    ("县公安局牵头哪些任务？", ("lead",), True, False),
    ("2021年底前要完成哪些任务", ("lead", "deadline"), True, False),
    ("智慧停车的牵头单位是谁？车位数据多久更新一次？", ("lead",), False, True),
    ("处理规模、计划投资和责任单位分别是什么？", ("lead",), False, True),
    ("县公安局牵头的任务有哪些？", ("lead",), True, False),
    ("县公安局牵头和配合哪些任务？", ("lead", "support"), True, False),
    ("企业开办的时限是多久？", ("deadline",), False, True),  # a processing time, not a task's deadline
    ("县公安局牵头哪几项？各自的完成时限是什么？", ("lead", "deadline"), True, False),  # the rows it leads
    ("县财政局配合哪些？", ("support",), True, False),
    ("任务分工表里，县文化局牵头的是哪几项？各自的配合单位和完成时限是什么？", ("lead", "support", "deadline"), True, False),
    ("这项任务由哪些单位牵头？", ("lead",), False, False),  # units asked, not rows
])
def test_what_a_question_asks_of_the_rows(q: str, roles: tuple[str, ...], listing: bool, other: bool) -> None:
    ask = task_ask(q)
    assert ask is not None
    assert (ask.roles, ask.listing, ask.other) == (roles, listing, other)


@pytest.mark.parametrize("q", ["取暖补贴每户每年多少钱？", "领导小组组长由谁担任？", "这个办法还有效吗"])
def test_questions_about_other_things_are_not_task_questions(q: str) -> None:
    assert task_ask(q) is None


def test_lead_support_and_deadline_answered_from_the_row_citing_the_labels(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲县净土保卫战中，严厉打击危险废物非法倾倒由哪个单位牵头、哪些单位配合？什么时候完成？")
    assert a.backend == "lookup" and not a.refused
    assert "牵头单位为县公安局" in a.text and "县法院、检察院、市生态环境局甲县分局" in a.text
    assert "完成时限为2021年10月底" in a.text
    assert "县应急管理局" not in a.text  # the neighbouring task's lead
    (c,) = a.citations
    assert c.doc_number == "甲政办发〔2021〕12号" and c.quote.startswith("牵头单位：县公安局")
    assert "完成时限：2021年10月底" in c.quote and "严厉打击危险废物非法倾倒" in c.passage


def test_a_table_row_is_answered_with_its_column_names(rt: Any) -> None:
    a = AnswerEngine(rt).answer("乙市数字政府建设重点任务清单中，建成全市智慧停车云平台由谁负责、哪些部门配合、完成时限是什么？")
    assert a.backend == "lookup"
    assert "负责单位为各县(区)" in a.text and "配合单位为市住房和城乡建设局" in a.text and "完成时限为2024年" in a.text
    assert "1.建成全市智慧停车云平台" in a.citations[0].quote and a.citations[0].quote.endswith("\t2024年")


def test_a_sentence_assignment_is_a_row_too(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲县农药包装废弃物回收体系由哪个单位牵头？")
    assert a.backend == "lookup" and "县农业农村局" in a.text


def test_a_units_tasks_are_listed_and_a_city_office_is_not_the_countys(rt: Any) -> None:
    a = AnswerEngine(rt).answer("县公安局牵头哪些任务？")
    assert a.backend == "lookup"
    assert "共1项" in a.text and "危险废物非法倾倒" in a.text
    assert "视频联网" not in a.text  # 市公安局 of the city's list
    a = AnswerEngine(rt).answer("县公安局配合哪些任务？")
    assert "尾矿库" in a.text and "危险废物" not in a.text


def test_tasks_due_by_a_date_are_listed_in_deadline_order(rt: Any) -> None:
    a = AnswerEngine(rt).answer("2021年底前要完成哪些任务？")
    assert a.backend == "lookup" and "共2项" in a.text
    assert a.text.index("危险废物") < a.text.index("尾矿库")
    a = AnswerEngine(rt).answer("2023年底前要完成哪些任务？")
    assert a.text.startswith(REFUSAL)


def test_a_question_asking_more_goes_through_retrieval_with_the_row_first(rt: Any) -> None:
    engine = AnswerEngine(rt)
    a = engine.answer("乙市智慧停车云平台由谁负责？车位数据多久更新一次？")
    assert a.backend != "lookup"
    assert any("各县(区)负责" in c.quote for c in a.citations)


def test_who_does_what_inside_a_task_is_answered_from_its_text_not_its_columns(rt: Any) -> None:
    q = ("《丙县农资市场监管改革实施方案》“落实部门监管责任”一项中，农资经营环节价格违法行为归哪个部门负责？"
         "农资领域信用体系建设由哪个部门指导？民政部门要配合哪个部门做什么？")
    a = AnswerEngine(rt).answer(q)
    assert a.backend != "lookup" and "县医保局" not in a.text
    assert any("市场监管部门负责查处" in c.quote for c in a.citations)
    assert any("发改部门负责指导" in c.quote for c in a.citations)
    # the task's own lead is still looked up from its row
    a = AnswerEngine(rt).answer("丙县落实部门监管责任由哪个单位牵头？")
    assert a.backend == "lookup" and "牵头单位为县医保局" in a.text


def test_who_leads_what_was_asked_in_everyday_words_is_read_from_the_row_restating_the_quote(rt: Any) -> None:
    a = AnswerEngine(rt).answer("我家住在丁县县城，冬天暖气时冷时热。县里有没有打算把供暖管得智能一点，对热网自动监测？这事是哪个部门牵头？")
    assert not a.refused and "县住建局、丁阳热力公司" in a.text
    assert "县市场监管局" not in a.text  # the next row's lead
    # ... nor another plan's task on heating, where the lead part alone was answered from it
    a = AnswerEngine(rt).answer("我家住在丁县县城，冬天暖气时冷时热，供暖监测也不好。县里有没有打算对热网自动监测、优化控制？这事是哪个部门牵头？")
    assert not a.refused and "丁阳热力公司" in a.text, a.text


def test_a_row_restates_a_quote_in_the_same_words_of_the_same_notice() -> None:
    from index.models import Document, Section
    from index.tasks import extract_tasks
    from rag.assignments import restating_rows
    doc = Document("heat.txt", "丁政发〔2022〕70号", "丁县数字政府建设行动计划", "丁县人民政府", "2022-09-20", HEAT,
                   (Section(("丁县数字政府建设行动计划",), 0, len(HEAT)),))
    rows = extract_tasks(doc)
    said = "按照“市县一体化”集中供热思路，实施智能热网信息系统平台。"
    (row,) = restating_rows([(doc.doc_id, said)], rows)
    assert row.lead == ("县住建局", "丁阳热力公司")
    assert restating_rows([("another", said)], rows) == []  # another notice's row
    assert restating_rows([(doc.doc_id, "实施智能热网信息系统平台。")], rows) == []  # too short to tell


def test_no_row_fits_no_lookup(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲县垃圾分类由哪个单位牵头？")
    assert a.backend != "lookup"


def _model_engine(rt: Any, reply: str) -> tuple[AnswerEngine, list[Any]]:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    seen: list[Any] = []

    class Recording(FakeListChatModel):
        def _stream(self, messages: Any, *a: Any, **k: Any) -> Any:
            seen.append(list(messages))
            yield from super()._stream(messages, *a, **k)

    model = Recording(responses=[reply])
    return AnswerEngine(rt, rt.settings.llm.model_copy(update={"backend": "local"}), chat_model=model), seen


def test_a_model_answer_that_leaves_out_the_unit_gets_it_from_the_row(rt: Any) -> None:
    engine, seen = _model_engine(rt, "车位数据每5分钟更新一次[1]。")
    a = engine.answer("乙市智慧停车云平台由谁负责？车位数据多久更新一次？")
    assert a.backend == "local"
    prompt = "".join(str(m.content) for m in seen[0])
    assert "表列：主要任务｜重点内容｜责任单位｜完成时限" in prompt  # the row reached the model with its header
    # the unit the model left out is in the answer, cited to the row (its quote, or a line from it)
    line = next(c for c in a.claims if "各县(区)" in c.text)
    cited = next(c for c in a.citations if c.n == line.cited[0])
    assert "各县(区)负责" in cited.quote and cited.doc_number == "乙政办发〔2023〕30号"


def test_a_model_answer_naming_the_unit_is_left_alone(rt: Any) -> None:
    engine, _ = _model_engine(rt, "智慧停车云平台由各县(区)负责[1]。车位数据每5分钟更新一次[2]。")
    a = engine.answer("乙市智慧停车云平台由谁负责？车位数据多久更新一次？")
    assert not any(c.kind == "lookup" for c in a.claims)


def test_what_an_answer_leaves_out_of_a_row() -> None:
    from index.models import Document, Section
    from index.tasks import extract_tasks
    from rag.assignments import assignment_line, missing_from

    body = "方案\n1.开展尾矿库排查。\n牵头单位：县应急管理局\n配合单位：县自然资源局\n完成时限：2021年底\n"
    (row,) = extract_tasks(Document("f.txt", None, "方案", "甲县人民政府", None, body, (Section(("方案",), 0, len(body)),)))
    assert missing_from("由应急管理局牵头。", row, ("lead", "support"))
    assert not missing_from("由县应急管理局牵头，县自然资源局配合。", row, ("lead", "support"))
    assert missing_from("由县应急管理局牵头。", row, ("lead", "deadline"))
    assert not missing_from("由县应急管理局牵头，2021年底前完成。", row, ("lead", "deadline"))
    assert assignment_line(row, ("lead", "deadline")) == "牵头单位为县应急管理局；完成时限为2021年底"


def test_a_listing_narrowed_to_a_subject_lists_the_rows_of_that_subject(rt: Any) -> None:
    a = AnswerEngine(rt).answer("2022年底前要完成哪些农药包装废弃物回收任务？")
    assert a.backend == "lookup" and "共1项" in a.text and "写有“农药包装废弃物回收”" in a.text
    assert "县农业农村局" in a.text and "2022年6月底前" in a.text
    a = AnswerEngine(rt).answer("县公安局牵头哪些固体废物污染防治任务？")
    assert "共1项" in a.text and "危险废物" in a.text


def test_words_left_over_in_a_listing_do_not_empty_it(rt: Any) -> None:
    a = AnswerEngine(rt).answer("县公安局主要承担哪些任务？")
    assert a.backend == "lookup" and "共1项" in a.text and "危险废物" in a.text and "写有" not in a.text
    both = AnswerEngine(rt).answer("县公安局牵头和配合哪些任务？")
    assert "共2项" in both.text and "尾矿库" in both.text


def test_a_row_without_the_deadline_asked_goes_through_retrieval(rt: Any) -> None:
    a = AnswerEngine(rt).answer("乙市建设数据共享交换平台由哪个单位牵头？")
    assert a.backend == "lookup" and "牵头单位为市大数据局" in a.text
    # the row prints no deadline: the notice's text is searched instead of answering "未写明"
    b = AnswerEngine(rt).answer("乙市建设数据共享交换平台什么时候完成？")
    assert b.backend != "lookup"


def test_two_tasks_named_in_one_question_are_answered_from_each_row() -> None:
    from rag.parts import question_parts
    q = "甲县净土保卫战行动计划中，“严厉打击危险废物非法倾倒”和“开展尾矿库污染排查”分别由哪个单位牵头？"
    assert [p.clause for p in question_parts(q)] == ["“严厉打击危险废物非法倾倒”由哪个单位牵头", "“开展尾矿库污染排查”由哪个单位牵头"]


def test_each_of_two_tasks_named_gets_its_own_row(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲县净土保卫战行动计划中，“严厉打击危险废物非法倾倒”和“开展尾矿库污染排查”分别由哪个单位牵头？")
    assert a.backend == "lookup" and not a.refused
    assert "县公安局" in a.text and "县应急管理局" in a.text and len(a.citations) == 2


def test_a_row_asked_for_by_its_number_in_a_named_notice_is_that_row() -> None:
    from index.models import Document, Section
    from index.tasks import extract_tasks
    from rag.assignments import numbered_row
    from rag.query import analyse
    title = "甲县人民政府办公室关于印发甲县老旧小区改造工作实施方案的通知"
    body = (f"{title}\n附件1\n甲县老旧小区改造重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t确定改造项目清单并报备案\t县住建局\t各乡镇人民政府\t2026年3月底前\n"
            "2\t建立改造后小区长效管理机制\t县住建局\t各乡镇人民政府\t2027年6月底前\n")
    d = Document("f.txt", "甲政办发〔2026〕21号", title, "甲县人民政府办公室", "2026-03-20", body,
                 (Section((title,), 0, len(body)),))
    rows = extract_tasks(d)
    q = "甲政办发〔2026〕21号附件1重点任务分工表的第2项是什么任务？由谁牵头、什么时候完成？"
    [row] = numbered_row(q, analyse(q, ["甲县"]), rows, {d.doc_id: d})
    assert row.task == "建立改造后小区长效管理机制"
    assert task_ask(q) is not None and task_ask(q).unit is None  # the 文号's code names no unit
    q = "重点任务分工表的第2项是什么任务？"  # no notice named: not picked by its number alone
    assert numbered_row(q, analyse(q, ["甲县"]), rows, {d.doc_id: d}) == []


def test_a_unit_said_to_lead_lists_the_rows_it_leads_though_their_support_is_asked_too(rt: Any) -> None:
    from rag.assignments import task_ask

    ask = task_ask("县公安局牵头哪些任务？各项的配合单位和完成时限分别是什么？")
    assert ask is not None and ask.unit_roles == ("lead",) and "support" in ask.roles
    assert task_ask("县公安局牵头和配合哪些任务？").unit_roles == ()  # type: ignore[union-attr]
    a = AnswerEngine(rt).answer("县公安局牵头哪些任务？各项的配合单位和完成时限分别是什么？")
    assert a.backend == "lookup" and "共1项" in a.text and "危险废物" in a.text and "尾矿库" not in a.text, a.text


def test_a_deadline_asked_by_the_word_a_sentence_sets_it_with_is_that_sentences() -> None:
    """"申报截止到哪天": the letter's "2026年度补助申报截止日期为2026年12月15日" answers, not the 完成时限 of the task
    row "组织…运营补助申报审核" (when the bureau finishes reviewing); a row whose task says 截止 keeps it."""
    row = TaskRow("d", "f.docx", "某卫联发〔2026〕4号", "通知", "某市卫生健康委员会", "2026-03-16", "附件", "1",
                  "组织普惠托育机构运营补助申报审核", ("市卫生健康委员会",), ("市财政局",), "每年12月31日前", None, "table",
                  0, 40)
    letter = ("各县（市、区）卫生健康局：\n《办法》已经市人民政府同意，现印发给你们。2026年度补助申报截止日期为2026年12月15日，"
              "请各地按时组织申报。")
    q = "2026年度普惠托育机构运营补助申报截止到哪天？"
    assert deadline_in_prose(q, [letter], [row])
    assert not deadline_in_prose("运营补助申报审核什么时候完成？", [letter], [row])  # (no 截止 asked)
    table = "序号\t重点任务\t完成时限\n1\t组织申报审核，截止日期为2026年12月15日\t每年12月31日前"
    assert not deadline_in_prose(q, [table], [row])  # (a row's cell is the row's)
