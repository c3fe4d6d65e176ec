"""Validity in answers (rag/lookup.py and the chain): "X号文件还有效吗" answered from the graph with
its evidence cited, the 【效力提示】 under answers resting on a notice no longer in force, the
只看现行有效 filter and the preference for the notice in force."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from prompts import REFUSAL
from rag.chain import AnswerEngine
from rag.lookup import VALIDITY_HEADING, asks_use_now, asks_validity, named_notices, only_validity
from rag.query import analyse
from rag.schema import Filters

OLD = """甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知
甲政办发〔2018〕5号
各县（区）人民政府，市政府各部门：
《甲市困难家庭取暖补贴管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。
甲市人民政府办公室
2018年3月1日
甲市困难家庭取暖补贴管理办法
第一条 为规范困难家庭取暖补贴发放，制定本办法。
第二条 取暖补贴标准为每户每年1200元，由县（区）民政部门于每年11月底前发放。
第三条 本办法自2018年4月1日起施行，有效期至2020年3月31日。
"""
NEW = """甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知
甲政办规发〔2021〕2号
各县（区）人民政府，市政府各部门：
《甲市困难家庭取暖补贴管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。
甲市人民政府办公室
2021年2月1日
甲市困难家庭取暖补贴管理办法
第一条 为规范困难家庭取暖补贴发放，制定本办法。
第二条 取暖补贴标准为每户每年1800元，由县（区）民政部门于每年10月底前发放。
第三条 本办法自印发之日起施行。原《甲市困难家庭取暖补贴管理办法》（甲政办发〔2018〕5号）同时废止。
"""
LAPSED = """甲市人民政府关于印发甲市冬季旅游奖励办法的通知
甲政发〔2019〕7号
各县（区）人民政府，市政府各部门：
现将《甲市冬季旅游奖励办法》印发给你们，请认真贯彻执行。
甲市人民政府
2019年10月8日
甲市冬季旅游奖励办法
第一条 旅行社组织冬季旅游团队来甲市游览，每接待一个20人以上的团队奖励3000元。
第二条 本办法自2019年11月1日起施行，有效期至2021年3月31日。
"""


def _library(tmp_path_factory: pytest.TempPathFactory, name: str, files: tuple[tuple[str, str], ...]) -> Any:
    """A runtime over a small library of these files (hash embeddings, no model), judged on 2026-12-02."""
    from rag.runtime import open_runtime
    from rag.settings import Settings

    corpus = tmp_path_factory.mktemp(name)
    for file, text in files:
        (corpus / file).write_text(text, encoding="utf-8")
    settings = Settings(home=tmp_path_factory.mktemp("home"), corpus=corpus, embedding_model="hash",
                        llm={"backend": "extractive"}, as_of="2026-12-02")
    return open_runtime(settings, progress=False, log=lambda _m: None)


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield _library(tmp_path_factory, "validity-corpus", (("old.txt", OLD), ("new.txt", NEW), ("lapsed.txt", LAPSED)))


def _docs(answer: Any) -> set[str | None]:
    return {c.doc_number for c in answer.citations}


@pytest.mark.parametrize(("q", "asks"), [
    ("甲政办发〔2018〕5号还有效吗？", True), ("这个办法是否废止了", True), ("取暖补贴现在还执行吗", True),
    ("《甲市冬季旅游奖励办法》的有效期到什么时候？", True),
    ("取暖补贴每户每年多少钱？", False), ("奖励标准是多少", False),
    ("按甲政办发〔2018〕5号，60岁坐公交半价，现在还这样执行吗？", True),  # a pointer before the verb
])
def test_asks_validity(q: str, asks: bool) -> None:
    assert asks_validity(q) is asks


def test_named_by_number_title_or_words(rt: Any) -> None:
    g = rt.index.validity
    def named(q: str) -> list[str | None]:
        return [g.notices[k].doc_number for k in named_notices(q, analyse(q, ()), g)]
    assert named("甲政办发〔2018〕5号还有效吗") == ["甲政办发〔2018〕5号"]
    assert named("《甲市冬季旅游奖励办法》还有效吗") == ["甲政发〔2019〕7号"]
    assert named("甲市冬季旅游奖励办法现在还有效吗") == ["甲政发〔2019〕7号"]
    assert named("公积金政策还有效吗") == []
    # a resident's story around the title: the title is held whole, but for a pair
    assert named("我们旅行社想接团，听说甲市有个冬季旅游奖励办法，那个办法现在还有效吗") == ["甲政发〔2019〕7号"]


def test_a_resident_s_story_around_a_validity_question_is_answered_from_the_graph(rt: Any) -> None:
    a = AnswerEngine(rt).answer("我们旅行社想接团，听说甲市有个冬季旅游奖励办法，那个办法现在还有效吗？")
    assert a.backend == "lookup" and "已失效" in a.text and "2021年3月31日" in a.text


def test_whether_a_policy_can_still_be_used_is_answered_by_its_standing_not_by_a_missing_part(rt: Any) -> None:
    assert asks_use_now("现在还能按这个办法申请吗") and not asks_use_now("这个办法能申请吗")
    assert not asks_use_now("我现在还能在县城新装燃煤锅炉吗")  # a yes/no question of its own
    a = AnswerEngine(rt).answer("旅行社接待一个20人以上的冬季旅游团队奖励多少钱？现在还能按这个办法申请吗？")
    assert not a.refused and "3000元" in a.text
    assert "未提及" not in a.text and "已失效" in a.text.split(VALIDITY_HEADING)[1]


def test_a_repealed_notice_is_said_repealed_citing_the_repealing_sentence(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲政办发〔2018〕5号文件还有效吗？")
    assert a.backend == "lookup" and not a.refused
    assert "废止" in a.text and "甲政办规发〔2021〕2号" in a.text and "[1]" in a.text
    [c] = a.citations
    assert c.doc_number == "甲政办规发〔2021〕2号" and "同时废止" in c.quote
    assert c.quote in rt.index.documents[c.doc_id].text  # the cited sentence is the notice's own words


def test_an_expired_notice_is_said_expired_with_its_end_date(rt: Any) -> None:
    a = AnswerEngine(rt).answer("《甲市冬季旅游奖励办法》还有效吗？")
    assert "已失效" in a.text and "2021年3月31日" in a.text
    assert a.citations[0].doc_number == "甲政发〔2019〕7号" and "有效期至" in a.citations[0].quote


def test_the_answer_depends_on_the_day_asked(rt: Any) -> None:
    a = AnswerEngine(rt).answer("《甲市冬季旅游奖励办法》还有效吗？")
    assert "已失效" in a.text
    before = AnswerEngine(rt).answer("甲政发〔2019〕7号还有效吗？", filters=Filters(as_of="2020-06-01"))
    assert "现行有效" in before.text and "已失效" not in before.text


def test_an_answer_resting_on_an_expired_notice_says_so(rt: Any) -> None:
    a = AnswerEngine(rt).answer("冬季旅游团队奖励多少钱？")
    assert not a.refused and "甲政发〔2019〕7号" in _docs(a)
    assert VALIDITY_HEADING in a.text and "已失效" in a.text.split(VALIDITY_HEADING)[1]
    cited = next(c for c in a.citations if c.doc_number == "甲政发〔2019〕7号")
    assert cited.validity is not None and cited.validity.status == "expired"
    assert cited.to_json()["validity"]["until"] == "2021-03-31"
    assert a.claims[-1].kind == "validity"
    # the note quotes the sentence the lapse rests on, without its item label
    assert "已失效（原文：“本办法自2019年11月1日起施行，有效期至2021年3月31日”）" in a.text.split(VALIDITY_HEADING)[1]


def test_an_older_notice_named_by_its_year_is_said_repealed_when_asked_whether_it_still_holds(rt: Any) -> None:
    a = AnswerEngine(rt).answer("网上看到2018年的通知说取暖补贴每户每年1200元，现在还是这样吗？")
    assert not a.refused and "1800元" in a.text, a.text
    assert "已废止《甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知》（甲政办发〔2018〕5号）" in a.text, a.text


def test_an_older_notice_described_by_a_sum_it_set_is_said_repealed_when_asked_whether_it_still_holds(rt: Any) -> None:
    """No year, no 文号: "网站上看到一个通知，说…1200元，现在还是这样吗" is about the repealed notice that printed 1200元."""
    a = AnswerEngine(rt).answer("在区政府网站上看到一个通知，说困难家庭取暖补贴每户每年1200元，现在还是这样吗？")
    assert not a.refused and "1800元" in a.text, a.text
    assert "已废止《甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知》（甲政办发〔2018〕5号）" in a.text, a.text
    # (a sum no lapsed notice set describes none)
    b = AnswerEngine(rt).answer("在区政府网站上看到一个通知，说困难家庭取暖补贴每户每年1500元，现在还是这样吗？")
    assert "已废止" not in b.text, b.text


def test_a_question_comparing_the_rule_now_with_an_older_notice_quotes_what_that_one_said(rt: Any) -> None:
    a = AnswerEngine(rt).answer("现在困难家庭取暖补贴每户每年多少？和2018年的办法比有什么变化？")
    assert not a.refused and "1800元" in a.text, a.text
    assert "1200元" in a.text and "原规定" in a.text, a.text  # the older notice's sum, labelled as its former rule


def test_a_question_on_the_older_rule_beside_the_one_now_quotes_both(rt: Any) -> None:
    a = AnswerEngine(rt).answer("2018年的困难家庭取暖补贴管理办法里原来每户每年补多少？现在的办法又是怎么规定的？")
    assert not a.refused and "1800元" in a.text and "1200元" in a.text, a.text
    b = AnswerEngine(rt).answer("2018年按当时的管理办法领过取暖补贴，那时候每户每年补多少？现在还是这样吗？")
    assert not b.refused and "1800元" in b.text and "1200元" in b.text and "原规定" in b.text, b.text
    # (the older one named at length, the change asked as how much more)
    c = AnswerEngine(rt).answer("以前那个困难家庭取暖补贴管理办法里，每户每年补多少？现在的新办法比原来多了多少？")
    assert not c.refused and "1800元" in c.text and "1200元" in c.text, c.text


def test_what_an_older_notice_said_asked_in_it_is_quoted_from_it(rt: Any) -> None:
    """"2018年的取暖补贴办法里…": the older notice named by its year and kind, asked of itself."""
    a = AnswerEngine(rt).answer("2018年的取暖补贴办法里，每户每年补多少钱？")
    assert not a.refused and "1200元" in a.text and "原规定" in a.text, a.text


def test_a_notice_named_by_its_year_and_kind_with_a_word_of_its_title(rt: Any) -> None:
    graph = rt.index.validity
    q = "2019年的冬季旅游奖励办法里，一个团队奖励多少？"
    assert [graph.notices[k].doc_number for k in named_notices(q, analyse(q, []), graph)] == ["甲政发〔2019〕7号"]
    q = "2019年的取暖补贴办法里，每户补多少？"  # (no notice of 2019 on that)
    assert named_notices(q, analyse(q, []), graph) == []
    q = "2019年的夏季旅游奖励办法还有效吗？"  # (a word of the title shared is not enough: 夏季 is not in it)
    assert named_notices(q, analyse(q, []), graph) == []


def test_the_note_does_not_quote_again_what_the_answer_quotes(rt: Any) -> None:
    repeal = "（原文：“原《甲市困难家庭取暖补贴管理办法》（甲政办发〔2018〕5号）同时废止”）"
    quoted = AnswerEngine(rt).answer("甲政办发〔2018〕5号被哪个文件废止了？现在取暖补贴标准是多少？")
    assert any("同时废止" in c.quote for c in quoted.citations)
    assert "废止" in quoted.text.split(VALIDITY_HEADING)[1] and "原文" not in quoted.text.split(VALIDITY_HEADING)[1]
    old_rule = AnswerEngine(rt).answer("按甲政办发〔2018〕5号，取暖补贴每户每年多少钱？")
    assert not any("同时废止" in c.quote for c in old_rule.citations)
    assert repeal in old_rule.text.split(VALIDITY_HEADING)[1]


def test_the_notice_in_force_goes_first_and_the_filter_leaves_out_the_repealed_one(rt: Any) -> None:
    eng = AnswerEngine(rt)
    hits = eng.retrieve("困难家庭取暖补贴标准每户每年多少", Filters(as_of="2026-12-02")).hits
    assert hits[0].chunk.doc_number == "甲政办规发〔2021〕2号"
    assert "甲政办发〔2018〕5号" in {h.chunk.doc_number for h in hits}  # not hidden
    only = eng.retrieve("困难家庭取暖补贴标准每户每年多少", Filters(current_only=True, as_of="2026-12-02")).hits
    assert "甲政办发〔2018〕5号" not in {h.chunk.doc_number for h in only}
    # an expired notice that is the only source still answers without the filter …
    assert "甲政发〔2019〕7号" in _docs(eng.answer("冬季旅游团队奖励多少钱？"))
    # … and with it the question is refused rather than answered from it
    filtered = eng.answer("冬季旅游团队奖励多少钱？", filters=Filters(current_only=True))
    assert "甲政发〔2019〕7号" not in _docs(filtered)


def test_a_notice_with_nothing_said_about_validity_is_not_guessed(small_runtime: Any) -> None:
    a = AnswerEngine(small_runtime).answer("中宁政办发〔2019〕54号还有效吗？")
    assert a.backend == "lookup" and a.text.startswith(REFUSAL)
    assert a.citations and a.citations[0].doc_number == "中宁政办发〔2019〕54号"


def test_a_notice_repealed_by_a_clean_up_decision_outside_the_corpus(small_runtime: Any) -> None:
    a = AnswerEngine(small_runtime).answer("卫政办发〔2017〕146号文件还有效吗？", filters=Filters(as_of="2026-12-02"))
    assert "废止" in a.text and "卫政规发〔2023〕2号" in a.text
    [c] = a.citations
    assert c.doc_number == "卫政规发〔2023〕2号" and "卫政办发〔2017〕146号" in c.quote
    kept = AnswerEngine(small_runtime).answer("卫政规发〔2019〕2号还有效吗？", filters=Filters(as_of="2026-12-02"))
    assert "现行有效" in kept.text and "保留" in kept.text


def test_a_question_that_also_asks_what_the_notice_provides_goes_through_retrieval(rt: Any) -> None:
    g = rt.index.validity
    key = g.find_number("甲政发", "2019", "7")
    assert key is not None
    assert only_validity("甲市冬季旅游奖励办法现在还有效吗？", [key], g)
    assert only_validity("甲政发〔2019〕7号的有效期到什么时候？", [key], g)
    assert not only_validity("甲市冬季旅游奖励办法有效期到什么时候？奖励标准是多少？", [key], g)
    a = AnswerEngine(rt).answer("甲市冬季旅游奖励办法有效期到什么时候？团队奖励标准是多少？")
    assert a.backend == "extractive" and "3000元" in a.text and VALIDITY_HEADING in a.text


def test_what_a_notice_repealed_is_part_of_its_standing(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲政办规发〔2021〕2号的有效期到什么时候？同时废止了哪个文件？")
    assert a.backend == "lookup"
    assert "现行有效" in a.text and "废止了" in a.text and "甲政办发〔2018〕5号" in a.text
    assert any("同时废止" in c.quote for c in a.citations)


def test_a_question_that_asks_whether_its_notice_is_in_force_is_told_its_standing(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲政办规发〔2021〕2号这个办法现在还有效吗？按这个办法，取暖补贴每户每年多少钱？")
    assert "1800元" in a.text and "文件未提及" not in a.text  # the validity part is not reported missing
    assert "甲政办规发〔2021〕2号）现行有效" in a.text
    note = next(c for c in a.claims if c.kind == "validity")
    assert "甲政办规发〔2021〕2号" in {c.doc_number for c in a.citations if c.n in note.cited}
    # a question that does not ask is not told a notice is in force
    plain = AnswerEngine(rt).answer("甲政办规发〔2021〕2号规定取暖补贴每户每年多少钱？")
    assert "现行有效" not in plain.text


@pytest.mark.parametrize(("q", "asks"), [
    ("这个办法在清理后还有效吗？", True), ("甲政办发〔2018〕5号是否废止？", True), ("这个通知废止了吗", True),
    ("该决定列入废止目录的文件有几件？", False), ("决定保留、废止和修改的文件分别有多少件？", False),
    ("补助标准是否适用于灵活就业人员？", False), ("目前执行的缴费标准是多少？", False), ("现在还执行吗？", True),
    ("2018年印发的《…实施意见》现在还能作为工作依据吗？", True), ("以哪个文件作为依据？", False),
    ("办卡收20元工本费，现在还这样执行吗？", True), ("还照这样执行吗", True),
    ("公众号上看到每亩补35元，今年秋天申报还按35元算吗？", True), ("是不是还按每户1200元发？", True),
    ("还按户籍所在地算吗？", False),
    ("公告栏上的暂行办法说每名学徒补1000元，现在还是按这个标准吗？", True), ("现在还按这个规定执行吗", True),
    ("现在还按照这个标准执行吗", True),
    ("现在还是按户籍所在地算吗？", False),
])
def test_asks_standing(q: str, asks: bool) -> None:
    from rag.lookup import asks_standing
    assert asks_standing(q) is asks


@pytest.fixture(scope="module")
def new_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A library holding the 2021 办法 (which repeals 甲政办发〔2018〕5号) and the lapsed 2019 one."""
    yield _library(tmp_path_factory, "new-only-corpus", (("new.txt", NEW), ("lapsed.txt", LAPSED)))


def test_a_repealed_notice_the_library_lacks_is_said_repealed_before_the_rule_that_replaced_it(new_only: Any) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    q = "取暖补贴是不是还按甲政办发〔2018〕5号每户每年1200元？"
    a = AnswerEngine(new_only).answer(q)
    assert not a.refused, a.text
    head = a.text.split("根据《", 1)[0]
    assert head.startswith(VALIDITY_HEADING) and "甲政办发〔2018〕5号" in head and "废止" in head
    assert "甲政办规发〔2021〕2号" in a.text
    # the sentence of the repeal is quoted once: in the note where the answer does not quote it
    quoted = any("同时废止" in c.quote for c in a.citations)
    assert quoted != ("原文" in head) and a.text.count("同时废止") == 1, a.text
    # the sum the notice replacing it sets is quoted too
    assert "每户每年1800元" in a.text, a.text
    other = AnswerEngine(new_only).answer("甲政办发〔2018〕5号规定的取暖补贴是每户每年多少钱？什么时候发放？")
    assert not any("同时废止" in c.quote for c in other.citations)
    assert "（原文：“原《甲市困难家庭取暖补贴管理办法》（甲政办发〔2018〕5号）同时废止”）" in other.text.split("根据《", 1)[0]
    # the model's answer text says it too (the quotes above it do)
    eng = AnswerEngine(new_only, new_only.settings.llm.model_copy(update={"backend": "local"}),
                       chat_model=FakeListChatModel(responses=["取暖补贴标准为每户每年1800元[1]。"]))
    m = eng.answer(q, backend="local")
    assert "甲政办发〔2018〕5号" in m.text and "废止" in m.text and m.text.count(VALIDITY_HEADING) == 1


def test_a_sum_of_a_repealed_notice_asked_after_is_answered_with_the_sum_that_stands_now(new_only: Any) -> None:
    a = AnswerEngine(new_only).answer("甲政办发〔2018〕5号规定的取暖补贴每户每年1200元，现在还有效吗？")
    assert a.backend == "lookup" and "废止" in a.text.split("\n")[0]
    now = a.text.split("\n")[1]
    assert now.startswith("现行规定见《甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知》（甲政办规发〔2021〕2号）")
    assert "每户每年1800元" in now and "[2]" in now
    cited = a.citations[1]
    assert cited.doc_number == "甲政办规发〔2021〕2号" and cited.quote in new_only.index.documents[cited.doc_id].text
    # a standing asked with no sum is answered by the standing alone
    plain = AnswerEngine(new_only).answer("甲政办发〔2018〕5号文件现在还有效吗？")
    assert "现行规定见" not in plain.text and len(plain.citations) == 1


def test_a_model_lead_restating_a_lapsed_notice_says_so_before_it(new_only: Any) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    eng = AnswerEngine(new_only, new_only.settings.llm.model_copy(update={"backend": "local"}),
                       chat_model=FakeListChatModel(responses=["每接待一个20人以上的团队奖励3000元[1]。"]))
    a = eng.answer("冬季旅游团队奖励多少钱？", backend="local")
    lead = a.text.split("\n", 1)[0]
    assert lead.startswith("（依据的文件已失效，有效期至2021年3月31日，以下为其原规定）") and "3000元" in lead, a.text
    # so does a restatement (a larger model's style)
    from dataclasses import replace as _replace
    eng = AnswerEngine(new_only, new_only.settings.llm.model_copy(update={"backend": "local"}),
                       chat_model=FakeListChatModel(responses=["每接待一个20人以上的团队奖励3000元[1]。"]))
    eng.settings = _replace(eng.settings, answer_style="restate")
    r = eng.answer("冬季旅游团队奖励多少钱？", backend="local")
    assert r.text.startswith("（依据的文件已失效，有效期至2021年3月31日，以下为其原规定）"), r.text
    # a lead on a notice in force has no such words
    cur = AnswerEngine(new_only, new_only.settings.llm.model_copy(update={"backend": "local"}),
                       chat_model=FakeListChatModel(responses=["取暖补贴标准为每户每年1800元[1]。"]))
    b = cur.answer("甲市困难家庭取暖补贴每户每年多少钱？", backend="local")
    assert b.text.startswith("取暖补贴标准为每户每年1800元"), b.text


def test_a_quoted_notice_no_longer_in_force_is_labelled_where_its_quotes_begin(new_only: Any) -> None:
    a = AnswerEngine(new_only).answer("冬季旅游团队奖励多少钱？")
    assert "（已失效，有效期至2021年3月31日）的原规定：" in a.text.split("[1]", 1)[0]


def test_a_named_notice_only_listed_for_amendment_is_still_in_force_and_not_said_lapsed() -> None:
    from index.standing import Notice, Validity
    from rag.lookup import lapsed_named
    from rag.query import DocNumberMention

    class Graph:
        def __init__(self, status: str) -> None:
            self.notices = {"k": Notice("k", "乙政发〔2020〕3号", "乙市某办法")}
            self.v = Validity(status, "2026-12-02", by="乙政规发〔2023〕1号")

        def find_number(self, code: str, year: str, serial: str) -> str | None:
            return "k" if (year, serial) == ("2020", "3") else None

        def status(self, key: str, as_of: str) -> Validity:
            return self.v

    m = DocNumberMention("乙政发", "2020", "3")
    assert lapsed_named(Graph("amended"), [m], [], "2026-12-02") == {}  # type: ignore[arg-type]
    said = lapsed_named(Graph("repealed"), [m], [], "2026-12-02")  # type: ignore[arg-type]
    assert "废止" in said[m]
    assert lapsed_named(Graph("repealed"), [m], ["乙政发〔2020〕3号"], "2026-12-02") == {}  # type: ignore[arg-type]


KEEP = """甲市人民政府关于保留、废止和修改市人民政府行政规范性文件的决定
甲政规发〔2023〕2号
各县（区）人民政府，市政府各部门：
市人民政府对现行有效的行政规范性文件进行了全面清理，决定保留2件、废止1件。
附件：1.决定保留的市人民政府行政规范性文件目录
2.决定废止的市人民政府行政规范性文件目录
甲市人民政府
2023年12月19日
附件1
决定保留的市人民政府行政规范性文件目录
序号\t规范性文件名称\t文号
1\t《甲市高污染燃料禁燃区管理规定》\t甲政办发〔2017〕144号
2\t《甲市地震宏观监测管理办法》\t甲政办发〔2011〕105号
附件2
决定废止的市人民政府行政规范性文件目录
序号\t规范性文件名称\t文号
1\t《甲市烟花爆竹销售管理办法》\t甲政办发〔2015〕3号
"""
PLAN = """甲市人民政府办公室关于印发2019年度甲市打赢蓝天保卫战重点工作安排的通知
甲政办发〔2019〕43号
各县（区）人民政府，市政府各部门：
现将《2019年度甲市打赢蓝天保卫战重点工作安排》印发给你们，请认真贯彻落实。
甲市人民政府办公室
2019年4月30日
2019年度甲市打赢蓝天保卫战重点工作安排
（七）加强散煤煤质监管力度。各县（区）结合本地实际开展高污染燃料禁燃区划定工作。各县（区）加大清洁煤配送中心建设，2019年10月底前完成。牵头单位：市生态环境局。
"""


def test_a_kept_notice_the_library_lacks_is_said_in_force_and_the_rest_answered(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    from rag.runtime import open_runtime
    from rag.settings import Settings
    corpus = tmp_path_factory.mktemp("kept-corpus")
    for name, text in (("keep.txt", KEEP), ("plan.txt", PLAN)):
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(home=tmp_path_factory.mktemp("home-kept"), corpus=corpus, embedding_model="hash",
                        llm={"backend": "extractive"}, as_of="2026-12-02")
    engine = AnswerEngine(open_runtime(settings, progress=False, log=lambda _m: None))
    a = engine.answer("2017年出台的《甲市高污染燃料禁燃区管理规定》现在还有效吗？另外，2019年的蓝天保卫战重点工作安排"
                      "在加强散煤煤质监管力度一项里，对清洁煤配送中心提出了什么要求？")
    assert not a.refused and "文件库中没有" not in a.text
    assert "现行有效" in a.text and "甲政规发〔2023〕2号" in a.text.split("\n")[0]
    assert "清洁煤配送中心建设" in a.text
    # a repealed one the library lacks is said repealed, as before
    b = engine.answer("《甲市烟花爆竹销售管理办法》现在还有效吗？另外，蓝天保卫战重点工作安排对清洁煤配送中心有什么要求？")
    assert "废止" in b.text.split("\n")[0]
    # named by 文号, the same
    c = engine.answer("甲政办发〔2017〕144号现在还有效吗？另外，蓝天保卫战重点工作安排对清洁煤配送中心有什么要求？")
    assert not c.refused and "现行有效" in c.text.split("\n")[0]
    # asked what its text says, not whether it is in force: its standing is not said above the answer
    d = engine.answer("按现行有效的《甲市高污染燃料禁燃区管理规定》，禁燃区内禁止燃用哪些燃料？")
    assert "现行有效（" not in d.text


def test_sums_a_question_lists_are_each_a_term_stated() -> None:
    from rag.lookup import stated_terms
    q = "按乙人社发〔2023〕46号，一次性创业补贴是5000元、场地租金补贴每户每年最高5000元，现在还按这个标准执行吗？"
    assert stated_terms(q) == ["一次性创业补贴是5000元", "场地租金补贴每户每年最高5000元"]


def test_whether_the_notice_a_cited_one_replaced_still_holds_is_answered_by_its_repeal(rt: Any) -> None:
    a = AnswerEngine(rt).answer("甲市困难家庭取暖补贴现在每户每年多少钱？原来的取暖补贴文件还有效吗？")
    assert "1800元" in a.text
    # the cited notice in force repealed the old one: said with the sentence that says so
    assert "已废止" in a.text and "甲政办发〔2018〕5号）同时废止" in a.text, a.text
    # a question that does not ask of the old notice is not told
    assert "已废止" not in AnswerEngine(rt).answer("甲市困难家庭取暖补贴现在每户每年多少钱？现在还有效吗？").text


BASE_RULES = """丙市民政局关于印发丙市长者饭堂助餐补贴管理办法的通知
丙民发〔2025〕14号
各县（区）民政局：
现将《丙市长者饭堂助餐补贴管理办法》印发给你们，请认真贯彻执行。
丙市长者饭堂助餐补贴管理办法
第五条 新建社区长者饭堂经验收合格的，给予一次性建设补贴5万元。
第八条 助餐补贴标准：年满80周岁的老年人每人每餐4元。每人每日享受助餐补贴不超过2餐。
第十条 本办法自2025年4月1日起施行，有效期5年。
丙市民政局
2025年3月20日
"""
RAISED = """丙市民政局关于提高长者饭堂助餐补贴标准的通知
丙民发〔2026〕31号
各县（区）民政局：
现对《丙市长者饭堂助餐补贴管理办法》（丙民发〔2025〕14号）第八条规定的助餐补贴标准调整如下：
一、年满80周岁的老年人，每人每餐补贴由4元提高到5元。
二、本通知自2026年10月1日起执行。
丙市民政局
2026年9月15日
"""


@pytest.fixture(scope="module")
def amended_rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield _library(tmp_path_factory, "amended-corpus", (("rules.txt", BASE_RULES), ("raised.txt", RAISED)))


def test_an_answer_from_an_amended_article_quotes_the_amendment_and_says_so(amended_rt: Any) -> None:
    a = AnswerEngine(amended_rt).answer("我爸82岁，在长者饭堂吃饭，每餐能补多少钱？")
    assert "由4元提高到5元" in a.text, a.text
    assert "已被《丙市民政局关于提高长者饭堂助餐补贴标准的通知》（丙民发〔2026〕31号）修改" in a.text


def test_whether_an_amended_rule_still_holds_is_answered_with_the_amendment_and_its_day(amended_rt: Any) -> None:
    a = AnswerEngine(amended_rt).answer("丙民发〔2025〕14号规定80周岁老年人每餐补贴4元，这个标准现在还执行吗？")
    assert "已被《丙市民政局关于提高长者饭堂助餐补贴标准的通知》（丙民发〔2026〕31号）修改（自2026年10月1日起施行）" in a.text, a.text
    assert "第八条规定的助餐补贴标准调整如下" in a.text and "列入决定修改的文件目录" not in a.text


def test_the_term_of_an_amended_notice_is_said_with_the_amendment(amended_rt: Any) -> None:
    """"…什么时候开始施行，有效期多长" of a notice amended since: its own start and term still stand."""
    a = AnswerEngine(amended_rt).answer("丙民发〔2025〕14号什么时候开始施行，有效期多长？")
    assert "修改" in a.text and "本办法自2025年4月1日起施行，有效期5年" in a.text, a.text


ATTACHED = """《丙市长者饭堂助餐补贴管理办法》重点任务分工表
（丙民发〔2025〕14号附件）
序号\t重点任务\t牵头单位\t完成时限
1\t新建社区长者饭堂20个\t市民政局\t2025年12月31日
"""


def test_a_table_published_as_its_notice_s_attachment_is_cited_under_its_number_and_the_notice_keeps_its_name(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    rt = _library(tmp_path_factory, "attached-corpus",
                  (("a-table.txt", ATTACHED), ("rules.txt", BASE_RULES), ("raised.txt", RAISED)))
    a = AnswerEngine(rt).answer("新建社区长者饭堂20个由哪个单位牵头？什么时候完成？")
    assert "市民政局" in a.text and "2025年12月31日" in a.text
    assert any(c.doc_number == "丙民发〔2025〕14号" and "分工表" in c.title for c in a.citations), a.citations
    a = AnswerEngine(rt).answer("丙民发〔2025〕14号现在还有效吗？")
    assert "《丙市民政局关于印发丙市长者饭堂助餐补贴管理办法的通知》（丙民发〔2025〕14号）已被" in a.text, a.text


LIFT_RULES = """丁市人民政府办公室关于印发丁市既有住宅加装电梯补助办法的通知
丁政办〔2026〕3号
各区人民政府，市政府各部门：
现将《丁市既有住宅加装电梯补助办法》印发给你们，请认真贯彻执行。
丁市既有住宅加装电梯补助办法
第二条 本办法适用于本市已取得不动产权证书、未设电梯的4层及以上既有住宅加装电梯的补助。
第五条 补助标准按照住宅层数确定：4层住宅每台10万元，5层至6层住宅每台15万元，7层及以上住宅每台20万元。
第六条 申请人应当自电梯取得使用登记证书之日起6个月内申请补助。
第九条 本办法自2026年3月1日起施行。
丁市人民政府办公室
2026年2月1日
"""
LIFT_AMENDED = """丁市住房和城乡建设局关于调整既有住宅加装电梯补助有关事项的通知
丁建房〔2026〕8号
各区住房和城乡建设局：
根据《丁市既有住宅加装电梯补助办法》（丁政办〔2026〕3号，以下简称《办法》）第五条规定，经市政府同意，现就有关事项通知如下：
一、将《办法》第五条中4层住宅的补助标准由每台10万元调整为每台12万元，其他层数的补助标准不变。
二、本通知自2026年10月1日起施行。《办法》其他条款不变。
丁市住房和城乡建设局
2026年9月1日
"""


def test_a_figure_quoted_from_an_amended_article_comes_with_the_sentence_that_changed_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The amending sentence repeats little of the question ("现在能补多少钱" of a 4-storey block), yet it
    is quoted beside the old figure it changes; an article it does not change is quoted alone."""
    rt = _library(tmp_path_factory, "lift-corpus", (("rules.txt", LIFT_RULES), ("changed.txt", LIFT_AMENDED)))
    a = AnswerEngine(rt).answer("我家老楼4层，没有电梯，邻居们商量一起出钱加装，政府现在能补多少钱？")
    assert "由每台10万元调整为每台12万元" in a.text, a.text
    a = AnswerEngine(rt).answer("电梯拿到使用登记证书以后，多长时间内要申请补助？")
    assert "6个月内" in a.text and "调整为每台12万元" not in a.text, a.text


def test_a_changed_figure_comes_with_what_the_amendment_keeps_for_cases_before_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """"今年8月已经加装好电梯…现在能补多少钱": one whose case predates the amendment is told what it keeps for such
    cases ("此前已完成加装的，仍按原标准执行"), beside the figure it changed."""
    kept = LIFT_AMENDED.replace("二、本通知自2026年10月1日起施行。", "二、本通知自2026年10月1日起施行。此前已完成加装的，仍按原标准执行。")
    rt = _library(tmp_path_factory, "lift-kept-corpus", (("rules.txt", LIFT_RULES), ("changed.txt", kept)))
    a = AnswerEngine(rt).answer("我家老楼4层，今年8月已经加装好电梯，政府现在能补多少钱？")
    assert "由每台10万元调整为每台12万元" in a.text and "此前已完成加装的，仍按原标准执行" in a.text, a.text
    # (in the sentence of the change itself, after it)
    same = LIFT_AMENDED.replace("其他层数的补助标准不变。", "其他层数的补助标准不变；此前已完成加装的，仍按原标准执行。")
    rt = _library(tmp_path_factory, "lift-kept-same-corpus", (("rules.txt", LIFT_RULES), ("changed.txt", same)))
    a = AnswerEngine(rt).answer("我家老楼4层，今年8月已经加装好电梯，政府现在能补多少钱？")
    assert "由每台10万元调整为每台12万元" in a.text and "此前已完成加装的，仍按原标准执行" in a.text, a.text


HEATING = """甲市人民政府办公室关于印发甲市城乡困难群众冬季取暖补贴办法的通知
甲政办发〔2023〕5号
各县（区）人民政府，市政府各部门：
《甲市城乡困难群众冬季取暖补贴办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。
甲市人民政府办公室
2022年12月20日
甲市城乡困难群众冬季取暖补贴办法
第一条 为保障城乡困难群众温暖过冬，制定本办法。
第二条 城乡低保家庭冬季取暖补贴标准为每户每年900元，于每年11月30日前发放。
第三条 本办法自2023年1月1日起施行，有效期3年。
"""
EXTENDING = """甲市人民政府办公室关于延长《甲市城乡困难群众冬季取暖补贴办法》有效期的通知
甲政办函〔2025〕41号
各县（区）人民政府，市政府各部门：
经评估，《甲市城乡困难群众冬季取暖补贴办法》（甲政办发〔2023〕5号）有效期延长至2027年12月31日。
甲市人民政府办公室
2025年12月10日
"""
DRAFTED = """关于公开征求《甲市长者助餐服务补贴办法（征求意见稿）》意见的公告
为做好长者助餐服务，市民政局起草了《甲市长者助餐服务补贴办法（征求意见稿）》，现向社会公开征求意见。征求意见截止时间为2026年9月30日。
甲市长者助餐服务补贴办法（征求意见稿）
第一条 80周岁以上老年人在长者饭堂就餐，每餐补贴3元。
甲市民政局
2026年9月1日
"""


@pytest.fixture(scope="module")
def extended_rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield _library(tmp_path_factory, "extended-corpus",
                   (("heating.txt", HEATING), ("extending.txt", EXTENDING), ("draft.txt", DRAFTED)))


def test_a_notice_whose_term_another_extended_is_answered_as_in_force_with_the_extension_said(
        extended_rt: Any) -> None:
    a = AnswerEngine(extended_rt).answer("低保家庭冬季取暖补贴每户每年多少钱？")
    assert not a.refused and "900元" in a.text
    heating = next(c for c in a.citations if c.doc_number == "甲政办发〔2023〕5号")
    assert heating.validity is not None and heating.validity.status == "in_force"
    assert "已失效" not in a.text
    assert "甲政办函〔2025〕41号将其有效期延长至2027年12月31日" in a.text
    asked = AnswerEngine(extended_rt).answer("甲政办发〔2023〕5号还有效吗？")
    assert "现行有效" in asked.text and "有效期延长至2027年12月31日" in asked.text, asked.text


def test_an_answer_from_a_draft_for_comment_says_it_is_not_in_force(extended_rt: Any) -> None:
    a = AnswerEngine(extended_rt).answer("长者饭堂就餐每餐补贴多少？")
    assert "3元" in a.text
    assert VALIDITY_HEADING in a.text and "是公开征求意见的草稿，不是正式施行的规定" in a.text, a.text


def test_what_an_extending_notice_extended_is_its_answer_not_a_refusal(extended_rt: Any) -> None:
    a = AnswerEngine(extended_rt).answer("甲政办函〔2025〕41号延长了哪个文件的有效期？延长到什么时候？")
    assert not a.text.startswith(REFUSAL), a.text
    assert "将《甲市人民政府办公室关于印发甲市城乡困难群众冬季取暖补贴办法的通知》（甲政办发〔2023〕5号）的有效期延长至" \
           "2027年12月31日" in a.text, a.text


ISSUED = """甲市民政局关于印发甲市长者助餐服务补贴办法的通知
甲民发〔2026〕40号
各县（区）民政局：
现将《甲市长者助餐服务补贴办法》印发给你们，请认真贯彻执行。
甲市民政局
2026年11月1日
甲市长者助餐服务补贴办法
第一条 80周岁以上老年人在长者饭堂就餐，每餐补贴5元。
第二条 本办法自2026年11月15日起施行，有效期5年。
"""


@pytest.fixture(scope="module")
def issued_rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield _library(tmp_path_factory, "issued-corpus", (("draft.txt", DRAFTED), ("issued.txt", ISSUED)))


def test_a_draft_whose_notice_was_issued_is_not_an_answer_unless_the_draft_is_asked_about(issued_rt: Any) -> None:
    a = AnswerEngine(issued_rt).answer("长者饭堂就餐每餐补贴多少？")
    assert "5元" in a.text and "3元" not in a.text, a.text
    assert {c.doc_number for c in a.citations} == {"甲民发〔2026〕40号"}
    draft = AnswerEngine(issued_rt).answer("长者助餐补贴办法征求意见稿里每餐补贴多少？意见征求到什么时候？")
    assert "3元" in draft.text and "2026年9月30日" in draft.text, draft.text
    assert "不是正式施行的规定" in draft.text


FAQ = """2026年10月热点问答（民政）
本期问答根据市民来电整理，政策以正式文件为准。
问：家里困难，冬天的取暖补贴一年能有多少？
答：根据《甲市人民政府办公室关于印发甲市困难家庭取暖补贴管理办法的通知》（甲政办规发〔2021〕2号），取暖补贴标准为每户每年1800元，每年10月底前发放。
"""


def test_a_figure_quoted_from_a_question_and_answer_page_is_quoted_from_the_notice_it_names_too(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The 问答 page restates the 办法 it names by 文号: its sentence stands, and the 办法's own sentence with the
    same figure is quoted and cited beside it."""
    rt = _library(tmp_path_factory, "faq-corpus", (("new.txt", NEW), ("faq.txt", FAQ)))
    a = AnswerEngine(rt).answer("家里困难，冬天的取暖补贴一年能有多少？")
    assert not a.refused and "1800元" in a.text, a.text
    assert any("热点问答" in c.title for c in a.citations), a.text
    assert any(c.doc_number == "甲政办规发〔2021〕2号" and "1800元" in c.quote for c in a.citations), a.text


def test_a_quote_is_placed_in_the_section_it_stands_in_and_a_heading_line_under_the_one_above() -> None:
    from index.models import Document, Section
    from rag.lookup import section_at
    text = "某方案\n附件\n2.压缩审批时限，将法定20个工作日压缩至15个工作日。\n由县财政局负责。"
    item = text.index("2.压缩")
    doc = Document("f.txt", None, "某方案", "某县人民政府", "2019-05-27", text,
                   (Section(("某方案",), 0, 4), Section(("某方案", "附件"), 4, item),
                    Section(("某方案", "附件", "2.压缩审批时限，将法定20个工作日压缩至15个工作日"), item, len(text))))
    assert section_at(doc, item, "2.压缩审批时限，将法定20个工作日压缩至15个工作日。") == "某方案 > 附件"
    # (a sentence opening the section on its heading's line stays under that heading)
    assert section_at(doc, item, "2.压缩审批时限，将法定20个工作日") == "某方案 > 附件 > 2.压缩审批时限，将法定20个工作日压缩至15个工作日"
    assert section_at(doc, text.index("由县财政局")) == "某方案 > 附件 > 2.压缩审批时限，将法定20个工作日压缩至15个工作日"
    assert section_at(doc, 5) == "某方案 > 附件"


RULES = """乙市人民政府办公室关于印发乙市农村清洁取暖运行补贴办法的通知
乙政办发〔2025〕41号
各县（区）人民政府，市政府各部门：
现将《乙市农村清洁取暖运行补贴办法》印发给你们，请认真贯彻执行。
乙市人民政府办公室
2025年9月1日
乙市农村清洁取暖运行补贴办法
第一条 为做好农村清洁取暖运行补贴工作，制定本办法。
第二条 “煤改电”用户按实际用电量每千瓦时补贴0.2元，每户每个采暖季最高补贴电量5000千瓦时。
第三条 家庭成员中有年满75周岁老年人的用户，每户每个采暖季另行增发一次性补贴200元。
第四条 本办法自2025年10月1日起施行，有效期至2030年9月30日。
"""
AMENDING = """乙市人民政府办公室关于调整农村清洁取暖运行补贴标准的通知
乙政办发〔2026〕33号
各县（区）人民政府，市政府各部门：
经市人民政府同意，现就调整农村清洁取暖运行补贴标准通知如下：
一、将《乙市农村清洁取暖运行补贴办法》（乙政办发〔2025〕41号）第二条中的“每千瓦时补贴0.2元”修改为“每千瓦时补贴0.3元”。
二、调整后的运行补贴标准见下表：
用户类型\t补贴标准\t每户每个采暖季最高补贴额
“煤改气”用户\t每立方米补贴1元\t1000元
“煤改电”用户\t每千瓦时补贴0.3元\t1500元
三、本通知自2026年11月1日起施行。《乙市农村清洁取暖运行补贴办法》其他规定不变。
乙市人民政府办公室
2026年10月10日
"""


def test_an_amended_rule_is_answered_for_each_part_by_the_amending_notice(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"每度电补多少？一季最多能拿多少？" of an amended 办法: the amending notice's new rate and its new ceiling (a
    sentence that changes no figure the old rule printed, but answers a part of the question)."""
    rt = _library(tmp_path_factory, "amended-corpus", (("rules.txt", RULES), ("amending.txt", AMENDING)))
    a = AnswerEngine(rt).answer("我家装了煤改电，今年电费补贴每度电补多少？一季最多能拿多少？")
    assert "0.3元" in a.text and "1500元" in a.text, a.text


HOTLINE_FAQ = """乙市12345热线政策问答
问：煤改电用户电费怎么补贴？
答：根据《乙市农村清洁取暖运行补贴办法》（乙政办发〔2025〕41号），“煤改电”用户按实际用电量每千瓦时补贴0.2元，每户每个采暖季最高补贴电量5000千瓦时。
问：补贴什么时候发？
答：采暖季结束后由县级财政部门统一发放至“一卡通”账户。
"""


def test_a_page_restating_a_notice_since_amended_is_answered_with_the_amendment(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The 问答 page restates a notice the library lacks but knows was amended (by the notice it holds): the
    amendment of the figure the page prints is quoted, and the reader told the page's notice was amended."""
    rt = _library(tmp_path_factory, "restated-corpus", (("faq.txt", HOTLINE_FAQ), ("amending.txt", AMENDING)))
    a = AnswerEngine(rt).answer("热线问答里说煤改电每千瓦时补贴0.2元，现在还是这样吗？")
    assert "修改为“每千瓦时补贴0.3元”" in a.text, a.text
    assert "转述的《乙市农村清洁取暖运行补贴办法》（乙政办发〔2025〕41号）已被" in a.text, a.text
