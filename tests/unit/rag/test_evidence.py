from __future__ import annotations

import re
from dataclasses import replace

import pytest

from index.models import Chunk
from rag.context import ContextPassage, passage_label
from rag.evidence import (
    Quote,
    Selection,
    _speaks_to,
    answers_kind,
    answers_nothing,
    asked_unit,
    assess_support,
    candidates,
    complete,
    evidence_text,
    extractive_text,
    faq_likeness,
    labelled_quotes,
    measured,
    numbered,
    select_evidence,
    unanswered_parts,
)
from rag.parts import Asked, question_parts
from rag.query import analyse
from rag.schema import Claim, Hit
from rag.sentences import split_sentences, squash
from rag.verify import parse_markers

KNOWN = ["中宁县", "中卫市"]
Q = "中宁县残疾儿童康复训练每人每年补助多少钱？"


def _passage(n: int, text: str, doc_number: str | None = "中宁政办发〔2019〕54号",
             title: str = "中宁县人民政府办公室关于印发中宁县建立残疾儿童康复救助体系实施方案的通知",
             section: str = "中宁县建立残疾儿童康复救助体系的实施方案 > 二、主要内容 > （三）救助标准",
             doc_id: str = "d54") -> ContextPassage:
    c = Chunk(id=f"c{n}", doc_id=doc_id, text=text, start=0, end=len(text), corpus_file="f.txt",
              doc_number=doc_number, title=title, issuer="中宁县人民政府办公室", date="2019-05-06",
              section_path=section)
    return ContextPassage(n, Hit(c, 1.0, n, text, 0, len(text)), text)


P1 = _passage(1, "（三）救助标准\n1.基本康复训练。为听力、言语、肢体、智力残疾儿童和孤独症儿童提供机构内基本康复训练，"
                 "每人每年2万元。\n2.人工耳蜗手术。为听力残疾儿童免费植入人工耳蜗1台。手术费(含术前检查费用)每人1.5万元。")
P2 = _passage(2, "审批时限由法定20个工作日压缩至15个工作日。牵头单位：县市场监督管理局。",
              "中宁政发〔2019〕52号", "中宁县人民政府关于印发中宁县全面推开“证照分离”改革工作实施方案的通知",
              "中宁县全面推开“证照分离”改革工作实施方案 > 三、主要任务", "d52")


def _extractive(question: str, passages: list[ContextPassage]) -> str:
    return extractive_text(select_evidence([p.hit for p in passages], question, question_parts(question), None))


def test_extractive_text_quotes_passage_text_and_numbers_each_quote() -> None:
    text = _extractive(Q, [P1, P2])
    assert "2万元" in text and "中宁政办发〔2019〕54号" in text
    sel = select_evidence([P1.hit, P2.hit], Q, question_parts(Q), None)
    markers = parse_markers(text, 99)
    assert markers == list(range(1, len(sel.quotes) + 1))
    # Every cited sentence is verbatim text of the quote it cites (markers and the lead-in removed).
    for body, n in re.findall(r"([^\[\]]+?)\[(\d+)\]", re.sub(r"^根据《[^》]+》（[^）]+）：", "", text)):
        sentence = body.strip("。：")
        assert sentence in sel.quotes[int(n) - 1].hit.text, sentence


def test_extractive_text_groups_by_notice_and_names_each_notice_once() -> None:
    text = _extractive("中宁县残疾儿童人工耳蜗手术和康复训练补助各多少？", [P1, P2])
    assert text.count("根据《") == 1
    both = _extractive("残疾儿童康复训练补助标准是多少？证照分离审批时限压缩到多少个工作日？", [P1, P2])
    assert both.count("根据《") == 2
    assert both.count("中宁政办发〔2019〕54号") == 1 and both.count("中宁政发〔2019〕52号") == 1


def test_extractive_text_is_empty_when_nothing_matches() -> None:
    assert _extractive("完全无关的话题", [P1]) == ""
    assert _extractive(Q, []) == ""


def test_headings_are_not_candidates_but_lend_their_words() -> None:
    cands = candidates([P1], "救助标准是多少", None)
    assert all(c.text != "（三）救助标准" for c in cands)
    assert all(c.text in P1.hit.text for c in cands)
    # The sentence under the heading scores on the heading's words.
    best = max(cands, key=lambda c: c.score)
    assert best.score > 0 and "万元" in best.text


def test_support_refuses_a_place_the_corpus_does_not_cover() -> None:
    q = "海原县残疾儿童康复训练每人每年补助多少钱？"
    s = assess_support([P1, P2], q, analyse(q, KNOWN), None, 0.12)
    assert not s.ok and "海原县" in s.reason


def test_support_takes_a_place_its_table_gives_a_row_of_its_own() -> None:
    table = _passage(1, "序号\t县（区）\t补助资金（万元）\n1\t中宁县\t120\n2\t海原县\t95", None,
                     "中卫市2024年残疾儿童康复救助资金分配表", "分配表", "fp")
    q = "海原县残疾儿童康复救助资金分配了多少万元？"
    assert assess_support([table], q, analyse(q, KNOWN), None, 0.12).ok
    assert not assess_support([P1, P2], q, analyse(q, KNOWN), None, 0.12).ok  # (a passage naming it in prose only)


def test_support_accepts_a_covered_question() -> None:
    s = assess_support([P1, P2], Q, analyse(Q, KNOWN), None, 0.12)
    assert s.ok and s.coverage >= 0.12


@pytest.mark.parametrize(("question", "reason"), [
    ("中宁县养狗登记费用是多少元？", "元"),  # no amount in 元 on the topic
    ("中宁县城区犬只登记怎么办理？", "covers"),  # nothing on the topic at all
])
def test_support_refuses_when_no_sentence_answers(question: str, reason: str) -> None:
    s = assess_support([P1, P2], question, analyse(question, KNOWN), None, 0.12)
    assert not s.ok and reason in s.reason


def test_support_reads_a_table_row_s_bare_figure_under_its_header_s_unit() -> None:
    title = "某市人民政府办公室关于印发某市水污染防治建设项目的通知"
    header = _passage(1, "建设项目表序号流域项目名称建设地点项目类别项目建设内容及规模计划投资（万元）责任单位",
                      "某政办发〔2019〕49号", title, "某市水污染防治建设项目", "d49w")
    row = _passage(2, "6黄河某县农村集镇污水处理项目在某镇建设污水处理工程，近期污水处理总规模1600立方米/日　5794　某县　2019年",
                   "某政办发〔2019〕49号", title, "某市水污染防治建设项目", "d49w")
    question = "某县农村集镇污水处理项目计划投资多少万元？"
    measured = _passage(3, "6黄河某县农村集镇污水处理项目在某镇建设污水处理工程，近期污水处理总规模1600立方米/日。",
                        "某政办发〔2019〕49号", "某市人民政府办公室关于印发某市水污染防治建设项目的通知",
                        "某市水污染防治建设项目", "d49w")
    # a measure with its own unit is no sum, whatever the header says
    assert not assess_support([header, measured], question, analyse(question, KNOWN), None, 0.12).ok
    assert assess_support([header, row], question, analyse(question, KNOWN), None, 0.12).ok
    # without the header's unit, a bare figure is no sum in 万元
    assert not assess_support([row], question, analyse(question, KNOWN), None, 0.12).ok
    # ... unless the notice prints it pages away from the passages retrieved
    assert assess_support([row], question, analyse(question, KNOWN), None, 0.12,
                          headed={"d49w": "项目建设内容及规模计划投资（万元）责任单位"}).ok
    assert not assess_support([row], question, analyse(question, KNOWN), None, 0.12,
                              headed={"other": "项目建设内容及规模计划投资（万元）责任单位"}).ok


def test_a_row_naming_what_is_asked_is_read_under_its_table_header() -> None:
    from rag.evidence import unit_header
    title = "关于印发某县2022年河湖长制重点工作方案的通知"
    table = ("附件：2022年全县重点河湖沟道河（湖）长对照表\n序号\t河道名称\t县级河（湖）长\t乡镇级河长\t责任单位\t长度（公里）\t起止地点\n"
             "1\t清水河\t张某某\t甲镇党委书记\t政府办\t122.00\t甲村~乙村\n")
    rows = "16\t苦水沟\t李某\t丙镇党委书记\t人社局\t8.50\t丙村~清水河入河口\n17\t红柳沟\t王某\t丁乡党委书记\t审计局\t13.85\t南沟~清水河入河口\n"
    head = unit_header(table, "公里")
    assert "县级河（湖）长" in head and "长度（公里）" in head and unit_header(rows, "公里") == ""
    passage = _passage(2, rows, "某党办发〔2022〕47号", title, "对照表", "d47")
    question = "某县河湖长对照表中，红柳沟的县级河长是谁？有多少公里长？"
    s = assess_support([passage], question, analyse(question, KNOWN), None, 0.12, headed={"d47": head})
    assert s.ok, s
    # the header alone is no answer: a row that names nothing the question names stays bare
    other = "某县河湖长对照表中，黑石沟的县级河长是谁？有多少公里长？"
    assert not assess_support([passage], other, analyse(other, KNOWN), None, 0.12, headed={"d47": head}).ok
    # and the row's bare figure answers how many 公里 under that header
    part = question_parts("红柳沟有多少公里长？")[0]
    assert answers_kind("17\t红柳沟\t王某\t丁乡党委书记\t审计局\t13.85\t南沟~清水河入河口", part, columns=head)
    assert not answers_kind("17\t红柳沟\t王某\t丁乡党委书记\t审计局\t13.85\t南沟~清水河入河口", part)
    # a length under ten with its decimals ("8.30") is a bare figure as much as "13.85"
    row = "7\t苦水沟\t李某\t丙镇党委书记\t人社局\t8.30\t丙村~清水河入河口\n"
    short = "某县河湖长对照表中，苦水沟的县级河长是谁？有多少公里长？"
    assert assess_support([_passage(2, row, "某党办发〔2022〕47号", title, "对照表", "d47")], short,
                          analyse(short, KNOWN), None, 0.12, headed={"d47": head}).ok
    assert answers_kind(row.strip(), question_parts("苦水沟有多少公里长？")[0], columns=head)


def test_support_refuses_without_passages() -> None:
    assert not assess_support([], Q, analyse(Q, KNOWN), None, 0.12).ok


def test_asked_unit() -> None:
    assert asked_unit("补助多少万元？") == "万元"
    assert asked_unit("要多少个工作日？") == "个工作日"
    assert asked_unit("补助多少？") is None


# ----------------------------------------------------------------------------- evidence per part
TASKS = _passage(
    1, "（五）加强医保监管\n建立医保监控与管理系统。2022年，构建起互联网医保管理业务闭环。"
       "牵头单位：县医疗保障局配合单位：县卫生健康局\n"
       "推进远程医疗服务。2021年，实现远程会诊全覆盖。牵头单位：县卫生健康局配合单位：县财政局",
    "中宁政办发〔2019〕49号", "某县互联网医疗健康实施方案的通知", "某县实施方案 > 三、重点任务", "d49")


def _select(question: str, passages: list[ContextPassage]) -> Selection:
    return select_evidence([p.hit for p in passages], question, question_parts(question), None)


def test_the_quotes_of_one_notice_stand_together_and_their_numbers_run_in_order() -> None:
    q = "基本康复训练每人每年补助多少？审批时限压缩到多少个工作日？人工耳蜗手术费每人多少？"
    sel = _select(q, [P1, P2])
    docs = [quote.hit.chunk.doc_id for quote in sel.quotes]
    assert docs == sorted(docs, key=docs.index) and {"d54", "d52"} <= set(docs)  # each notice's together
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", extractive_text(sel))]
    assert markers == sorted(markers), extractive_text(sel)


def test_a_rule_over_listed_cases_is_followed_by_the_case_the_question_tells() -> None:
    text = ("第十四条 申请单位有下列情形之一的，不得享受专项资金补贴。\n(一)已经获得省级文化旅游发展专项资金的。\n"
            "(二)提供虚假信息骗取补贴资金的。\n(三)其他不符合补贴要求的。\n第十五条 本办法自发布之日起施行。")
    sel = _select_in(text, "这个景区已经领了省级文化旅游发展专项资金，还能再领市里的专项资金补贴吗？",
                     "某市人民政府关于印发某市文化旅游发展专项资金管理办法的通知", "某市文化旅游发展专项资金管理办法")
    quoted = [q.text for q in sel.quotes]
    rule = next(i for i, t in enumerate(quoted) if "下列情形之一" in t)
    assert "已经获得省级文化旅游发展专项资金" in quoted[rule + 1], quoted
    assert not any("提供虚假信息" in t for t in quoted)  # not the other cases


def test_the_leader_a_table_row_names_is_the_one_a_later_part_asks_about() -> None:
    title = "关于印发某县2022年河湖长制重点工作方案的通知"
    table = _passage(1, "附件：2022年全县重点河湖沟道河（湖）长对照表\n序号\t河道名称\t县级河（湖）长\t乡镇级河长\t责任单位\n"
                        "19\t苦水沟\t李生元\t河西镇党委书记\t市监局\n20\t红泥沟\t杨冕\t张家塬乡党委书记\t文广局\n",
                     "某党办发〔2022〕47号", title, "对照表", "d47")
    chains = _passage(2, "5.葡萄酒产业链。（链长：李生元；牵头单位：农业农村局）\n"
                         "6.新型材料产业链。（链长：杨冕；牵头单位：工业信息化和商务局）",
                      "某党办发〔2022〕57号", "关于建立链长制推动重点产业链发展的实施方案的通知",
                      "实施方案 > 三、工作内容 > （一）重点推进产业链", "d57")
    q = "某县河湖长对照表里，红泥沟的县级河长是谁？这位县领导担任哪条产业链的链长？这条产业链的牵头单位是哪个部门？"
    sel = _select(q, [table, chains])
    quoted = "".join(x.text for x in sel.quotes)
    assert "杨冕" in quoted and "工业信息化和商务局" in quoted
    assert "农业农村局" not in quoted  # the other leader's chain


def test_a_field_is_chosen_under_the_task_named_before_it() -> None:
    sel = _select("建立医保监控与管理系统由哪个单位牵头、哪个单位配合？", [TASKS])
    quoted = "".join(q.text for q in sel.quotes)
    assert "县医疗保障局" in quoted and "县财政局" not in quoted  # not the next row's fields
    assert not sel.unanswered


def test_each_part_gets_a_sentence_of_its_kind() -> None:
    sel = _select("远程会诊哪一年全覆盖？牵头单位是谁？", [TASKS])
    by_part = {q.part: q.text for q in sel.quotes}
    assert "2021年" in by_part[0]
    assert "牵头单位" in by_part[1]


def test_a_part_no_sentence_answers_is_said_to_be_silent() -> None:
    sel = _select("残疾儿童康复训练每人每年补助多少钱？报送哪个单位？", [P1])
    text = extractive_text(sel)
    assert "2万元" in text
    assert "文件未提及：报送哪个单位。" in text
    assert [p.asked for p in unanswered_parts(sel)] == [Asked.ORG]


def test_complete_adds_the_quote_for_a_part_the_model_left_out() -> None:
    question = "远程会诊哪一年全覆盖？牵头单位是谁？"
    sel = _select(question, [TASKS])
    n_date = next(k + 1 for k, q in enumerate(sel.quotes) if q.part == 0)
    kept = [Claim("2021年实现远程会诊全覆盖。", (n_date,), "restated")]
    done = complete(kept, sel)
    assert done[0] == kept[0]
    assert any(c.kind == "quote" and "牵头单位" in c.text for c in done[1:])


def test_complete_adds_a_quote_a_claim_cites_without_stating_its_fact() -> None:
    rule = _passage(1, "标的额10万元以上的农村集体资产流转交易，必须进入农村产权流转服务中心公开进行。"
                       "交易信息在平台统一公开发布，信息发布期限一般不少于7个工作日。",
                    None, "某县农村产权流转交易实施方案", "某县农村产权流转交易实施方案 > 三、交易流程", "dx")
    question = "什么样的农村集体资产流转交易必须进服务中心公开交易？交易信息一般要公示多久？"
    sel = _select(question, [rule])
    cited = tuple(range(1, len(sel.quotes) + 1))
    kept = [Claim("标的额10万元以上的农村集体资产流转交易必须进服务中心公开交易。", cited, "restated")]
    done = complete(kept, sel)
    assert any(c.kind == "quote" and "7个工作日" in c.text for c in done[1:]), done


def test_a_list_opening_sentence_brings_its_items() -> None:
    rule = _passage(1, "第四条 国有资产有下列情形之一的，不得出租：（一）已被依法查封、冻结的；（二）权属不清的；"
                       "（三）未取得其他共有人同意的。第五条 出租应当公开招租。",
                    None, "某市国有资产出租办法", "某市国有资产出租办法 > 第四条", "d4")
    sel = _select("国有资产在哪些情形下不得出租？", [rule])
    assert "权属不清" in sel.quotes[0].text and "未取得其他共有人同意" in sel.quotes[0].text


def test_how_much_money_needs_a_sum_of_money() -> None:
    part = question_parts("康复训练每年能补助多少钱？")[0]
    assert answers_kind("每人每年2万元。", part)
    assert not answers_kind("免费配发人工耳蜗1台。", part)  # a count is no sum


def test_a_cap_asked_in_so_many_words_needs_a_sentence_that_states_one() -> None:
    part = question_parts("养老机构的床位费每月最高不能超过多少钱？")[0]
    assert not answers_kind("入住本市养老机构的失能老人，每人每月补贴300元。", part)
    assert not answers_kind("对收住3周岁以下婴幼儿的机构，每人每月补助200元。", part)  # an age's 以下
    assert answers_kind("床位费收费标准每月不超过1500元。", part)
    assert answers_kind("床位费实行最高限价，每月1500元。", part)
    # a loose 最多 is answered by the one sum the notice gives
    assert answers_kind("入住本市养老机构的失能老人，每人每月补贴300元。", question_parts("失能老人每月最多能补贴多少钱？")[0])


def test_a_benefit_asked_by_what_it_is_for_is_not_answered_by_another_of_its_kind() -> None:
    title, section = "某县人民政府关于印发某县托育服务补助办法的通知", "某县托育服务补助办法 > 二、补助标准"
    centres = "新认定为省级示范性托育机构的，一次性奖励10万元；新认定为市级示范性托育机构的，一次性奖励5万元。"
    q = "在县里生了二胎，有没有一次性生育奖励？能奖多少钱？"
    assert answers_nothing(_select_in(centres, q, title, section))
    assert answers_nothing(_select_in(centres, "县里的生育奖励能奖多少钱？", title, section))
    births = centres + "对生育二孩及以上的本县户籍家庭，给予一次性生育奖励2000元。"
    sel = _select_in(births, q, title, section)
    assert not answers_nothing(sel) and "2000元" in extractive_text(sel)


def test_an_amount_and_the_addition_to_it_in_the_next_clause_are_quoted_together() -> None:
    text = ("三、支持政策\n（一）加装电梯补助。对竣工验收并投入使用的既有住宅加装电梯项目，市级财政按每台15万元给予补助；"
            "位于古城保护范围内、需采取特殊设计的，每台再增加补助5万元。\n（二）资金分担。市、县两级财政按照1:1的比例安排配套资金。")
    title, section = "某市人民政府办公室关于印发某市老旧小区改造提升行动方案的通知", "某市老旧小区改造提升行动方案 > 三、支持政策"
    for q in ("我家在古城里面的老小区，加装电梯政府一台能补多少钱？", "古城保护范围内加装电梯，每台再增加补助多少？"):
        quoted = [x.text for x in _select_in(text, q, title, section).quotes]
        assert any("15万元" in t and "再增加补助5万元" in t for t in quoted), quoted


def _select_in(text: str, question: str, title: str, section: str) -> Selection:
    """Evidence for a question from one passage of a notice with this title and section."""
    hit = _passage(1, text, "某政办发〔2022〕1号", title, section, "done").hit
    return select_evidence([hit], question, question_parts(question), None)


def test_a_question_for_the_most_prefers_the_sentence_that_states_a_ceiling() -> None:
    text = ("乡村振兴基金担保贷款由合作银行审批，单户贷款担保费率为0.8%。"
            "乡村振兴基金支持单户融资主体年度贷款额度上限为1000万元。")
    q = "乡村振兴基金的担保贷款，单户最多能贷多少？"
    sel = _select_in(text, q, "某县人民政府办公室关于印发某县乡村振兴基金方案的通知", "某县乡村振兴基金方案 > 五、基金管理")
    assert "1000万元" in sel.quotes[0].text


def test_an_amount_of_one_act_a_title_joins_to_another_is_not_answered_by_the_other() -> None:
    """A notice "…个人住房贷款和提取政策…": "公积金最多能贷多少" is answered by the loan table's row under
    "最高贷款额度", not by the rent withdrawal's "…合计每月不超过2600元" under "四、提高租房提取额度"."""
    title = "某市住房公积金管理委员会关于调整住房公积金个人住房贷款和提取政策的通知"
    loan = _passage(1, "一、提高个人住房贷款最高额度\n缴存职工申请住房公积金个人住房贷款的，最高贷款额度按下表执行：\n"
                       "缴存情况\t最高贷款额度（首套住房）\t最高贷款额度（第二套住房）\n单方缴存\t60万元\t40万元\n"
                       "夫妻双方缴存\t80万元\t55万元", "某房金委〔2026〕3号", title,
                    f"{title} > 一、提高个人住房贷款最高额度", "gjj").hit
    rent = _passage(2, "四、提高租房提取额度\n缴存职工及其配偶无自有住房且租房自住的，每人每月可提取住房公积金1300元，"
                       "夫妻双方合计每月不超过2600元。", "某房金委〔2026〕3号", title,
                    f"{title} > 四、提高租房提取额度", "gjj").hit
    for q in ("我们两口子都交公积金，第一次买房，公积金最多能贷多少？", "夫妻都交公积金，用公积金贷款最多能贷多少钱？"):
        quoted = [x.text for x in select_evidence([rent, loan], q, question_parts(q), None).quotes]
        assert quoted and "80万元" in quoted[0] and not any("2600元" in t for t in quoted), (q, quoted)
    q = "租房的话，夫妻两个每月最多能提取多少公积金？"
    quoted = [x.text for x in select_evidence([loan, rent], q, question_parts(q), None).quotes]
    assert quoted and "2600元" in quoted[0], quoted


def test_whether_one_may_apply_is_answered_where_the_scope_leaves_the_thing_out() -> None:
    title = "某市商务局关于印发《某市2026年新能源汽车消费补贴实施细则》的通知"
    text = ("第二条补贴对象。在本市汽车销售企业购买新能源乘用车新车的个人消费者。单位购车、二手车交易不属于补贴范围。\n"
            "第三条补贴标准。在本市购买新能源汽车，同时报废或者转出本人名下一辆燃油乘用车的，每辆另行给予以旧换新补贴2000元。\n"
            "第五条申请材料。申请新能源汽车以旧换新消费补贴的，还应当提供《报废机动车回收证明》或者二手车交易发票。")
    q = "我在市里买了一辆二手的新能源车，能申请新能源汽车消费补贴吗？"
    quoted = [x.text for x in _select_in(text, q, title, "某市2026年新能源汽车消费补贴实施细则").quotes]
    assert any("二手车交易不属于补贴范围" in t for t in quoted), quoted


def test_rows_of_the_district_the_asker_lives_in_answer_where_to_go() -> None:
    title = "某市商务局关于印发《某市2026年新能源汽车消费补贴实施细则》的通知"
    text = ("第六条办理流程。消费者可以通过政务服务平台在线申请，也可以到附件所列受理网点现场申请。\n附件\n"
            "某市新能源汽车消费补贴受理网点一览表\n序号\t县（区）\t受理网点及地址\t咨询电话\n"
            "1\t城中区\t城中区政务服务中心商务窗口（五一路18号）\t0772-2821037\n"
            "2\t鱼峰区\t鱼峰区政务服务中心二楼（柳石路386号）\t0772-3127745\n"
            "3\t河东新区\t河东新区政务服务中心（新柳大道111号）\t0772-3168872\n"
            "4\t柳城县\t柳城县政务服务中心（大埔镇龙美路5号）\t0772-7615530\n"
            "5\t河东新区\t河东汽车生活广场集中受理点（车园横二路9号）\t0772-3156620")
    q = "我住在河东新区，新能源车补贴想去现场办，附近有哪些网点可以办？电话多少？"
    quoted = [x.text for x in _select_in(text, q, title, "某市2026年新能源汽车消费补贴实施细则 > 附件").quotes]
    assert any("新柳大道111号" in t for t in quoted) and any("车园横二路9号" in t for t in quoted), quoted
    assert not any("五一路18号" in t or "大埔镇" in t for t in quoted), quoted


def test_a_sum_asked_by_the_day_is_not_answered_by_one_paid_once() -> None:
    from rag.evidence import answers_kind
    part = question_parts("我爸每天在社区长者饭堂吃午饭和晚饭，一天能补多少钱？")[-1]
    assert not answers_kind("新建社区长者饭堂经验收合格的，给予一次性建设补贴5万元。", part)
    assert answers_kind("年满80周岁的老年人，每人每餐补贴由4元提高到5元。", part)
    loan = question_parts("申请创业担保贷款个人最多能贷多少？")[-1]
    assert not answers_kind("除助学贷款、5万元以下小额消费贷款（含信用卡消费）以外，申请人本人及其配偶应没有其他贷款。", loan)
    assert answers_kind("个人创业担保贷款最高额度由20万元提高至30万元；", loan)
    once = question_parts("新建长者饭堂能拿多少建设补贴？")[-1]
    assert answers_kind("新建社区长者饭堂经验收合格的，给予一次性建设补贴5万元。", once)


def test_a_sum_raised_for_the_askers_group_is_quoted_beside_the_listed_sum() -> None:
    title = "某市人力资源和社会保障局关于公布《某市职业技能培训补贴标准目录（2026年版）》的通知"
    text = ("三、脱贫享受政策人口、低保家庭成员、残疾人参加培训的，补贴标准在《目录》基础上提高20%。\n"
            "四、实际培训收费低于补贴标准的，按照实际收费给予补贴。\n附件\n"
            "序号\t职业（工种）\t初级工\t中级工\t高级工\n"
            "18\t中式面点师\t900\t1300\t1800\n19\t西式面点师\t900\t1300\t1800")
    q = "我是残疾人，参加中式面点师培训拿到了初级工证书，培训补贴能给多少？"
    quoted = [x.text for x in _select_in(text, q, title, "某市职业技能培训补贴标准目录（2026年版）").quotes]
    assert any("中式面点师" in t for t in quoted) and any("基础上提高20%" in t for t in quoted), quoted
    q = "参加中式面点师培训拿到了初级工证书，培训补贴能给多少？"  # no group named: no raise quoted
    quoted = [x.text for x in _select_in(text, q, title, "某市职业技能培训补贴标准目录（2026年版）").quotes]
    assert not any("基础上提高20%" in t for t in quoted), quoted


def test_a_span_of_an_act_and_a_fine_the_passages_never_speak_of_are_unanswered() -> None:
    title = "某市人力资源和社会保障局某市财政局关于进一步加大创业担保贷款支持力度的通知"
    text = ("二、提高贷款额度\n个人创业担保贷款最高额度由20万元提高至30万元。个人创业担保贷款期限最长不超过3年。\n"
            "五、监督管理\n对采取虚报、隐瞒、伪造等手段骗取贷款的，由人力资源和社会保障部门追回贴息资金，并依法依规处理。")
    for q in ("个人申请创业担保贷款，要求本人连续缴纳社会保险满多少个月？", "对骗取创业担保贷款的，罚款标准是多少？"):
        sel = _select_in(text, q, title, "某市创业担保贷款通知 > 二、提高贷款额度")
        assert sel.unanswered == (0,) or 0 in sel.unanswered, (q, [x.text for x in sel.quotes])
    sel = _select_in(text, "个人创业担保贷款能贷几年？", title, "某市创业担保贷款通知 > 二、提高贷款额度")
    assert not sel.unanswered and any("3年" in x.text for x in sel.quotes)
    # a list of papers naming 社会保险缴费凭证 two lines above "近一年财务报表" says no span of contributions
    papers = ("二、小微企业申请材料\n1．《小微企业创业担保贷款申请表》；\n2．新招用人员的劳动合同和社会保险缴费凭证；\n"
              "3．近一年财务报表。")
    q = "个人申请创业担保贷款，要求本人连续缴纳社会保险满多少个月？"
    sel = _select_in(papers, q, title, "创业担保贷款申请材料清单")
    assert 0 in sel.unanswered, [x.text for x in sel.quotes]


def test_the_row_of_the_askers_autonomous_county_answers_where_and_whom_to_call_on_a_headless_page() -> None:
    title = "某市人力资源和社会保障局关于进一步加大创业担保贷款支持力度的通知"
    rule = _passage(1, "四、优化办理流程\n申请人可以通过“鄂汇办”APP创业担保贷款专区在线申请，也可以到附件1所列受理网点现场申请。",
                    "某人社发〔2026〕33号", title, f"{title} > 四、优化办理流程", "cy").hit
    rows = _passage(2, "14\t长阳土家族自治县\t长阳县政务服务中心就业创业窗口、龙舟坪镇清江大道88号\t0717-5321806\n"
                       "15\t五峰土家族自治县\t五峰县政务服务中心就业创业窗口、五峰镇长乐大道7号\t0717-5832147",
                    "某人社发〔2026〕33号", title, f"{title} > 某市创业担保贷款受理网点一览表", "cy").hit
    q = "我在长阳县，想现场办创业担保贷款，去哪里办？电话多少？"
    sel = select_evidence([rule, rows], q, question_parts(q), None)
    assert sel.quotes and "龙舟坪镇清江大道88号" in sel.quotes[0].text and not sel.unanswered, [x.text for x in sel.quotes]
    assert not any("五峰镇" in x.text for x in sel.quotes)
    # a sum asked is not the office list's row of the asker's county
    grant = _passage(3, "第四条市级奖补标准：三格式化粪池式厕所每户1200元。第五条五峰土家族自治县、长阳土家族自治县的农户，"
                        "在第四条标准基础上每户增加200元。", "某农发〔2025〕5号", "某市农业农村局关于印发《某市农村户厕改造奖补办法》的通知",
                     "某市农村户厕改造奖补办法", "hc").hit
    q = "我家在五峰县农村，把旱厕改成三格式化粪池厕所，验收合格后能拿多少奖补？"
    sel = select_evidence([rows, grant], q, question_parts(q), None)
    assert sel.quotes and "每户1200元" in "".join(x.text for x in sel.quotes), [x.text for x in sel.quotes]
    assert not any("五峰镇长乐大道" in x.text for x in sel.quotes)


def test_states_bound_reads_limits_around_figures() -> None:
    from rag.evidence import states_bound
    assert states_bound("年度贷款额度上限为1000万元。", "ceiling")
    assert states_bound("公告期应当不少于10个工作日。", "floor")
    assert states_bound("免疫密度常年保持在90%以上。", "floor")
    assert not states_bound("合同生效后5个工作日内付清租金。", "floor")
    assert not states_bound("每人每年2万元。", "ceiling")


def _quotes(question: str, *texts: str) -> list[str]:
    hits = [_passage(n, t, "某政规发〔2024〕1号", "某市人民政府关于印发某市专项资金管理办法的通知",
                     "某市专项资金管理办法 > 第三章 补贴标准", "dsub").hit for n, t in enumerate(texts, start=1)]
    return [q.text for q in select_evidence(hits, question, question_parts(question), None).quotes]


def test_a_part_asking_several_things_quotes_the_whole_enumeration() -> None:
    text = ("新开航线给予固定航班补贴。航程在1.5小时以下的，不高于6万元/班；1.5小时以上、2.5小时以下的，"
            "不高于8万元/班；2.5小时以上的，不高于10万元/班。补贴资金按季度拨付。")
    quotes = _quotes("新开航线按航程分别每班补贴多少钱？", text)
    assert any("6万元/班" in q and "8万元/班" in q and "10万元/班" in q for q in quotes), quotes


def test_a_target_is_quoted_with_its_next_stage() -> None:
    text = ("推广使用厚度大于0.01毫米的农田地膜。2019年年底，基本实现废旧地膜机械化捡拾回收，废旧地膜回收率达到84%。"
            "到2020年，废旧地膜回收网络不断完善，废旧地膜回收利用率达到85%。牵头单位：县农业农村局。")
    quotes = _quotes("废旧地膜回收率要达到多少？", text)
    assert any("84%" in q and "85%" in q for q in quotes), quotes
    # a sentence that only starts with a year is no stage of the target before it
    other = "2019年年底，废旧地膜回收率达到84%。2020年6月底前，完成秸秆综合利用规划编制。"
    assert not any("秸秆" in q for q in _quotes("废旧地膜回收率要达到多少？", other))


def test_a_quote_cut_short_by_one_passage_is_widened_by_another_not_repeated() -> None:
    first = "2019年年底，废旧地膜回收率达到84%。"
    second = "加强源头治理。2019年年底，废旧地膜回收率达到84%。到2020年，废旧地膜回收利用率达到85%。"
    quotes = _quotes("废旧地膜回收率要达到多少？", first, second)
    assert sum("84%" in q for q in quotes) == 1 and any("85%" in q for q in quotes), quotes


def test_each_part_is_answered_by_its_own_words_not_the_subject_all_parts_share() -> None:
    # The subject ("民族团结进步月", "某县") is in the title and in the sentence for the second
    # part; the first part asks the activity's time, which stands under the heading "活动时间".
    text = ("一、活动时间\n2022年9月1日-30日\n二、活动内容\n在体育中心举办2022年某县民族团结进步月活动启动仪式。\n"
            "各部门于9月27日前将民族团结进步月活动总结报送县委统战部。")
    q = "某县2022年民族团结进步月活动的时间是什么？各部门活动总结要在何时前报送到哪里？"
    sel = _select_in(text, q, "关于印发《2022年某县民族团结进步月活动工作方案》的通知", "2022年某县民族团结进步月活动工作方案")
    first = [x.text for x in sel.quotes if x.part == 0]
    assert first and "9月1日-30日" in first[0], first
    assert any("9月27日前" in x.text for x in sel.quotes)


def _cut(section: str, at: str, number: str, title: str, path: str) -> tuple[Hit, Hit]:
    """A passage cut from a section at ``at``, and the whole section it was cut from."""
    c = Chunk(id="c-" + number, doc_id="d-" + number, text=section, start=0, end=len(section), corpus_file="f.txt",
              doc_number=number, title=title, issuer=title[:title.find("关于")], date="2019-05-06", section_path=path)
    cut = section.index(at)
    return (Hit(c, 1.0, 1, section[cut:], cut, len(section), region=(0, len(section))),
            Hit(c, 1.0, 1, section, 0, len(section), region=(0, len(section))))


def test_a_fact_just_outside_the_passage_is_found_in_the_section_it_was_cut_from() -> None:
    section = ("（三）救助标准。\n1.基本康复训练。为听力、言语残疾儿童提供机构内基本康复训练，每人每年2万元。\n"
               "2.人工耳蜗手术。为听力残疾儿童免费植入人工耳蜗1台，按实际价格配发。\n"
               "3.辅助器具适配。免费适配助听器、助视器，按实际价格配发。")
    passage, whole = _cut(section, "2.人工耳蜗", "中宁政办发〔2019〕54号",
                          "中宁县人民政府办公室关于印发中宁县建立残疾儿童康复救助体系实施方案的通知",
                          "实施方案 > 二、主要内容 > （三）救助标准")
    q = "孩子有听力残疾，能得到哪些康复救助？大概能补多少钱？"
    alone = select_evidence([passage], q, question_parts(q), None)
    assert not any("2万元" in x.text for x in alone.quotes)
    sel = select_evidence([passage], q, question_parts(q), None, wider=[whole])
    assert any("2万元" in x.text and x.part == 1 for x in sel.quotes), sel.quotes
    # a quote from the wider region is verbatim text of the notice, cited to the same chunk
    quote = next(x for x in sel.quotes if "2万元" in x.text)
    assert quote.text in section and quote.hit.chunk.id == passage.chunk.id


def test_a_figure_the_restatement_dropped_from_its_quote_is_quoted() -> None:
    text = ("2019年年底，基本实现废旧地膜机械化捡拾回收，废旧地膜回收率达到84%。"
            "到2020年，废旧地膜回收网络不断完善，废旧地膜回收利用率达到85%。")
    hit = _passage(1, text, "某政办发〔2019〕34号", "某县推进净土保卫战行动计划", "某县推进净土保卫战行动计划 > 三、重点工作",
                   "dsoil").hit
    sel = Selection(question_parts("对废旧地膜回收率提出了什么要求？"), (Quote(hit, 0, len(text), 0, 1.0),), ())
    kept = [Claim("到2020年废旧地膜回收利用率达到85%。", (1,), "restated")]
    done = complete(kept, sel)
    assert [c.text for c in done[1:]] == ["2019年年底，基本实现废旧地膜机械化捡拾回收，废旧地膜回收率达到84%。"]
    # a restatement that keeps every figure needs nothing more
    both = [Claim("2019年年底回收率达到84%，到2020年回收利用率达到85%。", (1,), "restated")]
    assert complete(both, sel) == both


def test_figures_of_other_stages_and_other_measures_are_not_added_to_a_complete_answer() -> None:
    text = ("到2025年，单位地区生产总值能耗比2020年下降10%，非化石能源消费比重达到15%左右，森林覆盖率达到13.6%。"
            "到2030年，单位地区生产总值能耗比2025年下降13.5%。")
    question = "到2025年单位地区生产总值能耗比2020年下降多少？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县碳排放改革方案的通知", "某县碳排放改革方案 > 二、主要目标")
    cited = tuple(range(1, len(sel.quotes) + 1))
    kept = [Claim("到2025年单位地区生产总值能耗比2020年下降10%。", cited, "restated")]
    assert complete(kept, sel) == kept  # 2030 is another stage; 15% and 13.6% measure other things
    # a quote of another stage only, cited by no claim, is not added either
    later = "到2035年，单位地区生产总值碳排放比2030年下降20%以上。"
    hit = _passage(2, later, "某政办发〔2022〕113号", "某县碳排放改革方案", "某县碳排放改革方案 > 二、主要目标", "dcarbon").hit
    other = replace(sel, quotes=(*sel.quotes, Quote(hit, 0, len(later), 0, 0.5)))
    assert complete(kept, other) == kept


def test_a_full_width_percent_in_the_answer_states_the_quotes_figure() -> None:
    text = "2021年，在满足实际需求的前提下，预留号源比例达到15％，并提供住院转诊服务。"
    sel = _select_in(text, "2021年预留号源比例达到多少？", "某县互联网医疗方案", "某县互联网医疗方案 > 三、重点任务")
    kept = [Claim("2021年预留号源比例达到15％。", (1,), "restated")]
    assert complete(kept, sel) == kept


def test_a_lead_question_is_answered_without_the_partner_units() -> None:
    text = "牵头单位：县卫生健康局、医疗保障局配合单位：县发展和改革局、财政局"
    sel = _select_in(text, "这项任务的牵头单位是谁？", "某县互联网医疗方案", "某县互联网医疗方案 > 三、重点任务")
    kept = [Claim("牵头单位是县卫生健康局、医疗保障局。", (1,), "restated")]
    assert complete(kept, sel) == kept
    # a lead unit the answer left out is quoted
    short = [Claim("牵头单位是县卫生健康局。", (1,), "restated")]
    assert any(c.kind == "quote" for c in complete(short, sel))


_VACCINATION = "某县人民政府办公室关于印发某县2022年动物疫病强制免疫工作方案的通知"


@pytest.mark.parametrize(("text", "question", "section", "needles"), [
    # each thing a part joins with 和 gets a sentence that names it
    ("全县范围内做好口蹄疫、小反刍兽疫、布鲁氏菌病的强制免疫工作，规模养殖场实施程序化免疫，中小养殖户和散养户"
     "采取春秋两季集中免疫与定期补免相结合的方式进行免疫，免疫密度常年保持在90%以上，应免畜禽免疫密度达到100%。"
     "口蹄疫、小反刍兽疫、猪瘟免疫抗体合格率应常年保持在70%以上。",
     "某县2022年动物疫病强制免疫工作方案对免疫密度和免疫抗体合格率的要求是多少？", "二、免疫要求", ("70%", "90%以上")),
    # a rule a short section states in several sentences is quoted whole
    ("（五）落实报告制度。农业农村局按月报告免疫情况，春秋两季集中免疫期间，对免疫进展实施周报告制度。"
     "发生突发重大动物疫情时，对紧急免疫情况实行日报告。",
     "某县2022年强制免疫方案中，免疫情况的报告频次是怎样规定的？", "四、保障措施", ("按月报告", "日报告")),
])
def test_every_thing_asked_is_quoted(text: str, question: str, section: str, needles: tuple[str, ...]) -> None:
    sel = _select_in(text, question, _VACCINATION, f"某县2022年动物疫病强制免疫工作方案 > {section}")
    quoted = "".join(q.text for q in sel.quotes)
    assert all(n in quoted for n in needles), quoted


def test_a_person_in_another_role_sends_the_part_to_the_section_the_passage_was_cut_from() -> None:
    section = ("（一）考核组织机构。\n组长：王某某县委常委、常务副县长\n副组长：李某某县政府副县长\n"
               "成员：赵某某县住房和城乡建设局局长\n县考核领导小组下设办公室，赵某某同志兼任办公室主任。")
    passage, whole = _cut(section, "副组长", "某政办发〔2022〕55号", "某县人民政府办公室关于印发某县农村环卫运营管理实施方案的通知",
                          "实施方案 > 十、考核机制 > （一）考核组织机构")
    q = "考核领导小组的组长是谁？"
    sel = select_evidence([passage], q, question_parts(q), None, wider=[whole])
    assert any("王某某" in x.text for x in sel.quotes), sel.quotes


def test_a_role_is_named_only_where_no_longer_role_holds_it() -> None:
    from rag.evidence import names_role
    assert names_role("组长：王某某", "组长")
    assert not names_role("副组长：李某某", "组长")
    assert names_role("副组长：李某某", "副组长")
    assert names_role("副组长：李某某 组长：王某某", "组长")


@pytest.mark.parametrize(("sentence", "named"), [
    ("组长：王某某县委常委", True),
    ("赵某某同志兼任办公室主任。", True),
    ("由张某任组长。", True),
    ("考核结果上报领导小组组长、副组长审签后拨付。", False),  # a role, no one in it
    ("必须由负责人签字且加盖公章。", False),
    ("办公室主任负责日常工作。", False),
])
def test_a_person_part_is_answered_only_by_a_sentence_that_names_someone(sentence: str, named: bool) -> None:
    part = question_parts("领导小组的组长是谁？")[0]
    assert answers_kind(sentence, part) is named


@pytest.mark.parametrize(("question", "sentence"), [
    ("违规停车会罚多少钱？", "由市场监督管理部门责令改正，处五百元以上二千元以下罚款。"),  # a fine in words
    ("办法从哪天起施行？", "本办法自二〇二三年七月一日起施行。"),  # a date in words
    ("审核要多少个工作日？", "乡镇（街道）应当在十个工作日内完成审核。"),
])
def test_figures_written_in_chinese_numerals_answer_their_part(question: str, sentence: str) -> None:
    assert answers_kind(sentence, question_parts(question)[0])


GUIDE = ("个体工商户设立登记办事指南\n四、申请材料\n1.个体工商户登记（备案）申请书；\n2.经营者身份证明；\n"
         "3.经营场所使用相关文件。\n五、办理时限\n通过网上申请的，1个工作日内办结。\n六、收费标准\n不收费。")


def _guide(question: str) -> Selection:
    return _select_in(GUIDE, question, "个体工商户设立登记办事指南", "个体工商户设立登记办事指南")


def test_the_items_of_a_list_are_evidence_not_headings() -> None:
    quoted = "".join(q.text for q in _guide("办理个体工商户设立登记需要准备哪些材料？").quotes)
    assert "申请书" in quoted and "经营者身份证明" in quoted and "经营场所使用相关文件" in quoted


def test_a_short_value_under_its_heading_answers() -> None:
    sel = _guide("办个体户执照要花钱吗？")
    assert any(q.text.startswith("不收费") for q in sel.quotes), sel.quotes


def test_a_notices_number_line_and_salutation_are_no_evidence() -> None:
    text = ("某汛〔2024〕7号\n各县区防汛抗旱指挥部：\n入汛以来，我市降雨偏多。现就做好汛期安全防范工作通知如下。\n"
            "一、严格落实值班值守制度，汛期实行24小时领导带班。\n二、强降雨期间，地下车库要提前设置警示标志。\n"
            "三、山洪灾害危险区群众转移避险要做到应转尽转。")
    hit = _passage(1, text, "某汛〔2024〕7号", "某市防汛抗旱指挥部关于做好汛期安全防范工作的通知",
                   "某市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "dflood").hit
    q = "某汛〔2024〕7号通知对汛期安全防范提出了哪几项要求？"
    quoted = "".join(x.text for x in select_evidence([hit], q, question_parts(q), None).quotes)
    assert "某汛〔2024〕7号" not in quoted and "各县区防汛抗旱指挥部" not in quoted
    assert "领导带班" in quoted and "应转尽转" in quoted  # the opener brings its items


def test_a_figure_for_the_category_the_question_excludes_is_no_answer() -> None:
    text = "居民用户供热费按照建筑面积计收，每平方米每月5.8元。享受最低生活保障的家庭，供热费给予50%的补贴。"
    sel = _select_in(text, "商铺这类非居民用户的供热费，每平方米每月收多少钱？", "某市城市供热管理办法政策解读",
                     "某市城市供热管理办法政策解读 > 四、供热费如何缴纳")
    assert not any("5.8元" in q.text for q in sel.quotes)
    assert sel.unanswered


@pytest.mark.parametrize(("sentence", "named"), [
    ("室温不达标的，用户可以向供热单位报修。", True),  # a body named by what it does
    ("由市场监督管理部门责令改正。", True),
    ("请各有关部门认真贯彻执行。", False),
    ("党政机关、企事业单位内部停车场加快配建充电设施。", False),  # kinds of bodies, not one
    ("牵头单位：", True),  # a role label still answers (its value follows)
])
def test_an_organisation_part_is_answered_by_a_body_named_by_its_function(sentence: str, named: bool) -> None:
    assert answers_kind(sentence, question_parts("室温不达标该找谁？")[0]) is named


@pytest.mark.parametrize(("question", "sentence", "named"), [
    ("重要湿地的保护修复支出由谁承担？", "相关支出由市级财政和各县（区）财政分级承担。", True),  # the budgets that pay
    ("重要湿地的保护修复支出由谁承担？", "所需资金由各县（区）财政统筹解决。", True),
    ("重要湿地的保护修复支出由谁承担？", "所需资金列入财政预算。", False),
    ("湿地保护由谁牵头？", "相关支出由市级财政和各县（区）财政分级承担。", False),  # a payer does not lead
])
def test_a_budget_answers_who_bears_a_cost_and_nothing_else(question: str, sentence: str, named: bool) -> None:
    assert answers_kind(sentence, question_parts(question)[0]) is named


@pytest.mark.parametrize(("text", "question", "first"), [
    # the verb a person asks with (得到) does not choose the sentence
    ("到2025年，残疾儿童康复救助制度体系更加健全，残疾儿童在全面发展权益上得到有效保障。"
     "为听力残疾儿童提供机构内基本康复训练和人工耳蜗植入康复救助。",
     "我家孩子有听力残疾，能得到哪些康复救助？", "人工耳蜗"),
    # a clause of the notice's own subject is scored by the question's other words (听力, 三岁)
    ("到2025年，全县残疾儿童康复救助制度体系更加健全完善，残疾儿童普遍享有基本康复服务。"
     "户籍在某县的0-6周岁视力、听力、言语等残疾儿童和孤独症儿童。",
     "我家孩子三岁，有听力残疾，能得到哪些康复救助？", "0-6周岁"),
])
def test_a_part_is_answered_by_what_it_is_about(text: str, question: str, first: str) -> None:
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县残疾儿童康复救助实施方案的通知",
                     "某县残疾儿童康复救助实施方案 > 二、主要内容 > （一）救助对象")
    assert first in sel.quotes[0].text


def test_complete_adds_an_open_quote_a_claim_cites_without_saying_it() -> None:
    text = ("经批准征收、占用湿地并转为其他用途的，用地单位要按照“先补后占、占补平衡”的原则恢复或重建湿地。"
            "对未经批准将湿地转为其他用途的，按照“谁破坏、谁修复”的原则责令其自行开展湿地修复。")
    hit = _passage(1, text, "某政办发〔2019〕74号", "某市湿地保护修复制度工作方案", "某市湿地保护修复制度工作方案 > 三、修复责任",
                   "dwet").hit
    first, second = split_sentences(text)
    q = "单位经批准征收、占用湿地并转作其他用途，需要承担什么修复义务？"
    sel = Selection(question_parts(q), (Quote(hit, *first, 0, 1.0), Quote(hit, *second, 0, 0.9)), (), q)
    kept = [Claim("未经批准占用的，按照“谁破坏、谁修复”的原则责令其自行修复湿地。", (1, 2), "restated")]
    done = complete(kept, sel)
    assert any(c.kind == "quote" and "先补后占" in c.text for c in done[1:]), done
    # a claim that says what the quote says needs nothing more
    both = [Claim("经批准征收、占用湿地的，用地单位要按照“先补后占、占补平衡”的原则恢复或重建湿地。", (1,), "restated"),
            Claim("未经批准的，按照“谁破坏、谁修复”的原则责令其自行开展湿地修复。", (2,), "restated")]
    assert complete(both, sel) == both


def _whole_quote(text: str, title: str, section: str, question: str) -> Selection:
    """A selection of one quote: the whole of a passage of a notice with this title, for a question."""
    hit = _passage(1, text, "某政发〔2022〕1号", title, f"{title} > {section}", "d-" + section).hit
    return Selection(question_parts(question), (Quote(hit, 0, len(text), 0, 1.0),), (), question)


def test_complete_adds_no_sentence_that_says_nothing_more_on_what_was_asked() -> None:
    text = ("以打造全县一站式数字化城市服务“总门户”为目标，全力推进“魅力某县”APP升级改造和功能完善。"
            "同时与“我的宁夏”“i银川”APP完成数据对接，实现系统通、数据通、业务通，延伸服务链条、扩大服务范围。")
    sel = _whole_quote(text, "某县数字政府建设行动计划", "二、重点任务", "“魅力某县”APP要与哪些APP完成数据对接？")
    kept = [Claim("“魅力某县”APP要与“我的宁夏”“i银川”APP完成数据对接。", (1,), "restated")]
    assert complete(kept, sel) == kept
    # a claim that leaves out the names the quote gives is not enough
    vague = [Claim("“魅力某县”APP要与其他APP完成数据对接。", (1,), "restated")]
    assert any("i银川" in c.text for c in complete(vague, sel)[1:])


def test_complete_keeps_the_quote_that_answers_a_yes_or_no_in_words_nobody_asked() -> None:
    text = "落实医疗保障违法违规行为举报奖励制度，公开举报电话、邮箱，及时兑现奖励。"
    sel = _whole_quote(text, "某县深化医疗保障制度改革实施方案", "五、基金监管", "发现药店骗保，我去举报能拿到奖励吗？")
    kept = [Claim("举报奖励经费有保障。", (1,), "restated")]
    assert any("及时兑现奖励" in c.text for c in complete(kept, sel)[1:])


def test_a_sentence_with_a_figure_of_its_own_is_not_taken_for_said() -> None:
    text = ("2019年年底，建立三级废旧地膜回收、加工体系，基本实现废旧地膜机械化捡拾回收，废旧地膜回收率达到84%。"
            "到2020年，废旧地膜回收网络不断完善，机械化利用水平不断提升，废旧地膜回收利用率达到85%。")
    sel = _whole_quote(text, "某县推进净土保卫战行动计划", "三、重点工作", "对废旧地膜回收率提出了什么要求？")
    kept = [Claim("2019年年底，建立三级废旧地膜回收、加工体系，基本实现废旧地膜机械化捡拾回收，废旧地膜回收率达到84%。", (1,), "quote")]
    assert any("85%" in c.text for c in complete(kept, sel)[1:])


def test_a_question_on_what_the_state_pays_everyone_is_not_answered_by_what_a_person_or_a_group_pays() -> None:
    title = "某市人民政府办公室关于做好城乡居民基本医疗保险参保缴费工作的通知"
    fee = _passage(1, "2025年度城乡居民医保个人缴费标准为每人每年400元。特困人员个人缴费部分给予全额资助，"
                      "低保对象给予定额资助，每人每年资助200元。", "某政办〔2024〕58号", title, "正文 > 一、缴费标准", "m58")
    question = "2025年度城乡居民医保，各级财政对每个参保居民补助多少钱？"
    sel = select_evidence([fee.hit], question, question_parts(question), None)
    assert sel.unanswered == (0,) and not sel.quotes
    # The same passage answers what a person pays.
    asked = "2025年度城乡居民医保个人每年缴费多少钱？"
    assert "400元" in extractive_text(select_evidence([fee.hit], asked, question_parts(asked), None))


def test_each_of_two_joined_things_is_answered_from_the_notice_whose_title_names_it() -> None:
    disaster = _passage(1, "一、突出活动主题，扎实开展防灾减灾活动，深入学习贯彻，科学组织开展今年全国防灾减灾日宣传教育活动，"
                           "突出“提高灾害防治能力，构筑生命安全防线”主题。"
                           "今年5月12日是我国第11个全国防灾减灾日，主题是“提高灾害防治能力，构筑生命安全防线”。",
                        "某政办发〔2019〕52号", "某县人民政府办公室关于做好2019年全国防灾减灾日工作的通知",
                        "通知 > 一、突出活动主题", "n52")
    # the second notice comes lower, and its sentences name 环境日 only through its title
    environment = _passage(5, "活动内容：以“生态环境保护”为主题，举办一场文艺演出，通过舞蹈、小品等形式开展全国宣传活动。\n"
                              "二、活动主题\n2019年“六·五”环境日主题为“美丽中国我是行动者”\n三、活动时间\n2019年6月1日-6月7日",
                           "某政办发〔2019〕61号", "某县人民政府办公室关于印发某县2019年“六·五”环境日暨生态环境宣传周活动方案的通知",
                           "活动方案", "n61")
    question = "某县2019年全国防灾减灾日和“六·五”环境日的活动主题分别是什么？"
    text = _extractive(question, [disaster, environment])
    assert "提高灾害防治能力" in text and "美丽中国我是行动者" in text


def test_a_table_rows_year_cell_is_quoted_with_the_target_beside_it() -> None:
    table = _passage(1, "9\n打造妇幼健康服务\n新模式\n2019年\n以国家妇幼健康信息平台为依托，建设全县互联互通的妇幼健康信息系统。\n80\n"
                        "2020年\n推广母子健康手册APP应用，为全县不低于70％的孕妇和新生儿建立电子版母子健康手册。\n80\n"
                        "2021年\n在县级医疗机构全面使用妇幼健康平台，为全县90％以上的当年孕妇和新生儿建立电子版母子健康手册。\n150",
                     "某政办发〔2019〕49号", "某县人民政府办公室关于印发某县“互联网+医疗健康”示范区建设实施方案的通知",
                     "实施方案 > 三、搭建全民健康信息平台", "n49")
    question = "某县计划2020年和2021年分别为多大比例的孕妇和新生儿建立电子版母子健康手册？"
    text = _extractive(question, [table])
    assert "2020年推广母子健康手册APP应用，为全县不低于70％" in text
    assert "2021年在县级医疗机构全面使用妇幼健康平台，为全县90％以上" in text


def test_a_restatement_that_names_the_office_and_the_person_needs_no_quote_beside_it() -> None:
    text = "领导小组办公室设在县政府办,政府办主任周勇兼任办公室主任,城运中心主任高彭彭兼任办公室副主任。"
    question = "某县推进“数字政府”建设领导小组办公室设在哪里？办公室主任由谁兼任？"
    hit = _passage(1, text, "某政办发〔2022〕9号", "某县推进数字政府建设行动计划", "行动计划 > 五、保障措施", "dgov").hit
    parts = question_parts(question)
    sel = Selection(parts, (Quote(hit, 0, len(text), 0, 1.0), Quote(hit, 0, len(text), 1, 1.0)), ())
    kept = [Claim("领导小组办公室设在县政府办。", (1,), "restated"),
            Claim("办公室主任由周勇兼任，城运中心主任高彭彭兼任办公室副主任。", (1,), "restated")]
    assert complete(kept, sel) == kept
    # a restatement without the name has the quote added
    vague = [Claim("领导小组办公室设在县政府办。", (1,), "restated")]
    assert [c.kind for c in complete(vague, sel)] == ["restated", "quote"]


def test_a_short_numbered_line_that_states_a_figure_is_evidence_not_a_heading() -> None:
    text = ("（一）实施方式。政府购买服务、企业让利入户、群众免费使用。\n（二）有线电视服务费为每户456元/年。"
            "其中：宁夏广电传媒集团有限公司补贴每户296元/年，县人民政府按照每户160元/年购买有线电视服务。")
    question = "有线电视服务费一年多少钱？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县广电惠民工程实施方案的通知", "实施方案 > 三、资金保障")
    assert "456元/年" in extractive_text(sel)


def test_a_flattened_table_row_is_one_sentence_with_its_investment_years_and_unit() -> None:
    text = ("罗永平\n22京藏高速公路改建工程\n新建高速公路改线段12公里，起点为白马乡，路基宽24.5米。\n"
            "2016-2019 70000董兴华交通运输局李建存\n23中宁黄河大桥\n新建大桥1座。\n2018-2020 50000王某某交通运输局张某某")
    question = "京藏高速公路改建工程计划投资多少？建设年限和责任单位是什么？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发重点建设项目任务分工方案的通知", "任务分工方案 > （七）交通物流")
    quoted = extractive_text(sel)
    assert "70000" in quoted and "2016-2019" in quoted and "交通运输局" in quoted
    assert "中宁黄河大桥" not in quoted and "50000" not in quoted  # the next row is another project


def test_a_number_on_its_own_line_does_not_open_a_row() -> None:
    from rag.evidence import table_rows
    text = "80\n县卫生\n健康局\n2020年\n推广母子健康手册APP应用。"
    spans = split_sentences(text)
    assert table_rows(text, spans) == spans


def test_where_to_apply_is_answered_by_the_body_one_applies_to() -> None:
    text = ("充分利用自治区残疾人康复中心和市、县残疾人康复机构，为听力残疾儿童提供机构内基本康复训练。"
            "为听力残疾儿童提供机构内基本康复训练，每人每年2万元。"
            "1.申请。残疾儿童监护人向残疾儿童户籍所在地乡镇残联提出申请并提供诊断证明。")
    question = "我家孩子有听力残疾，做康复训练国家能补多少？去哪里申请？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县残疾儿童康复救助体系实施方案的通知", "实施方案 > （四）救助流程")
    assert any("乡镇残联提出申请" in q.text for q in sel.quotes)


def test_a_role_held_by_whoever_holds_a_post_answers_who() -> None:
    part = question_parts("各乡镇沟道的河长是谁？")[0]
    assert part.asked is Asked.PERSON
    assert answers_kind("各乡镇沟道的河长为所在乡镇党委书记。", part)
    assert not answers_kind("河长要履行巡河职责。", part)


def test_a_yes_no_part_is_answered_by_the_quote_another_part_took() -> None:
    text = ("对本年月报纳规入库工业企业（3年内重复升规的除外），奖励10万元，到10月末累计入库产值贡献1亿元及以上的，再奖励10万元。"
            "鼓励企业加大技术改造投入。")
    question = "我在贺兰县开了个小厂，今年刚按月报纳进规上工业企业了，县里有没有奖励？能拿多少？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县工业经济稳增长接续政策的通知", "接续政策 > 一、支持企业升规")
    assert not sel.unanswered and "文件未提及" not in extractive_text(sel)
    # judged by what it asks about (奖励), not the words of everyday speech a corpus never holds
    rare = {"县里": 8.2, "没有": 5.0, "有没有": 8.2, "奖励": 4.1}
    amount = next(q for q in sel.quotes if "奖励10万元" in q.text)
    assert _speaks_to("县里有没有奖励", [amount], lambda t: rare.get(t, 3.0))
    assert not _speaks_to("县里有没有奖励", [replace(amount, end=amount.start + 10)], lambda t: rare.get(t, 3.0))


def test_rules_for_money_and_tables_leave_ordinary_sentences_alone() -> None:
    from rag.evidence import table_rows
    # what a person pays is evidence for what to submit
    text = "申请人需提交身份证、连续6个月社保缴费证明。补贴资金由县财政保障。"
    q = "申请生育补贴需要什么材料？"
    sel = _select_in(text, q, "某县人民政府办公室关于印发某县生育补贴办法的通知", "办法 > 三、申请材料")
    assert any("缴费证明" in x.text for x in sel.quotes)
    # a sentence that starts with a figure is not a table row
    duty = "24小时值班制度严格落实。值班人员不得脱岗。发现险情立即上报。"
    spans = split_sentences(duty)
    assert table_rows(duty, spans) == spans


def test_two_rows_the_question_names_are_both_kept() -> None:
    text = ("22京藏高速公路改建工程\n新建改线段12公里。\n2016-2019 70000交通运输局\n"
            "23青兰铁路站房建设\n新建站房1座。\n2018-2020 50000发展和改革局\n24中宁黄河大桥\n新建大桥1座。\n2019 8000住建局")
    question = "京藏高速公路改建工程和青兰铁路站房建设的责任单位分别是谁？"
    quoted = extractive_text(_select_in(text, question, "某县人民政府办公室关于印发重点项目任务分工方案的通知", "方案 > 交通"))
    assert "交通运输局" in quoted and "发展和改革局" in quoted and "中宁黄河大桥" not in quoted


WETLANDS = _passage(3, "3.建立湿地分级管理体系。将全市湿地划分为国家重要湿地、自治区级重要湿地、市（县）级重要湿地和一般湿地，"
                       "建立不同级别的湿地名录。\n2022年发展高效节水灌溉面积3万亩，农田灌溉水有效利用系数达0.668以上。",
                    "卫政办发〔2019〕74号", "中卫市人民政府办公室关于印发中卫市湿地保护修复制度工作方案的通知",
                    "中卫市湿地保护修复制度工作方案 > 二、主要任务", "d74")


def test_an_amount_with_a_magnitude_carries_the_asked_unit() -> None:
    q = "中卫市高效节水灌溉要新发展多少亩？"
    assert assess_support([WETLANDS], q, analyse(q, KNOWN), None, 0.12).ok
    part = question_parts(q)[0]
    assert answers_kind("2022年发展高效节水灌溉面积3万亩。", part)
    assert not answers_kind("2022年发展高效节水灌溉面积3万。", part)


def test_a_list_of_the_things_answers_how_many_there_are() -> None:
    q = "中卫市的湿地是分几个级别来管的？"
    assert assess_support([WETLANDS], q, analyse(q, KNOWN), None, 0.12).ok
    part = question_parts(q)[0]
    assert part.asked is Asked.COUNT
    assert answers_kind("将全市湿地划分为国家重要湿地、自治区级重要湿地、市（县）级重要湿地和一般湿地。", part)
    assert not answers_kind("建立不同级别的湿地名录，并实行动态管理。", part)


def test_the_fact_asked_absent_and_the_rest_loosely_related_is_a_refusal() -> None:
    from rag.evidence import answers_nothing
    q = "中宁县康复机构计划投资多少钱？什么时候建成？"
    parts = question_parts(q)
    assert [p.asked for p in parts] == [Asked.AMOUNT, Asked.DATE]
    text = P1.hit.text
    quote = text.index("1.基本康复训练")

    def selection(score: float) -> Selection:
        return Selection(parts, (Quote(P1.hit, quote, quote + 20, 1, score),), (0,), q)

    assert answers_nothing(selection(0.12))  # the sum is not there, the date only loosely
    assert not answers_nothing(selection(0.6))  # the date is there: answered, the sum said to be missing
    answered = Selection(parts, (Quote(P1.hit, quote, quote + 20, 0, 0.12),), (), q)
    assert not answers_nothing(answered)  # nothing asked is missing


# A notice on who leads what: each leader's record is a paragraph opening on the name and the
# paragraphs after it that leave the name unsaid.
DUTIES = ("根据工作需要，现将县政府领导分工调整如下：\n"
          "张立新同志 协助县长负责教育、卫生健康、医疗保障等工作。\n"
          "分管县教育局、卫生健康局、医疗保障局。\n"
          "联系县红十字会、残联。\n"
          "李志强同志 协助县长负责交通运输、水利、农业农村等工作。\n"
          "分管县交通运输局、水务局、农业农村局。\n"
          "联系县气象局。\n"
          "县政府副县长实行AB岗工作制，赵海、孙伟同志互为AB岗，张立新、李志强同志互为AB岗。")
DUTIES_TITLE = "某县人民政府关于调整县政府领导分工的通知"


def test_a_leaders_record_holds_the_duties_that_leave_his_name_unsaid() -> None:
    from rag.evidence import person_records
    spans = person_records(DUTIES, split_sentences(DUTIES))
    texts = [DUTIES[a:b] for a, b in spans]
    record = next(t for t in texts if "李志强同志 协助" in t)
    assert "水务局" in record and "县气象局" in record and "医疗保障局" not in record
    assert texts[0].startswith("根据工作需要")  # a sentence before any name stays on its own
    assert texts[-1].startswith("县政府副县长实行AB岗")  # and one that opens on no duty ends the record


def test_who_leads_a_bureau_is_answered_by_the_record_that_names_him() -> None:
    sel = _select_in(DUTIES, "县水务局归哪位副县长分管？", DUTIES_TITLE, "领导分工")
    assert "李志强同志" in sel.quotes[0].text and "水务局" in sel.quotes[0].text


def _leaders_hits() -> tuple[Hit, Hit]:
    group = "附件 某县推进数字政府建设领导小组成员名单\n组长：王建国县委副书记、县长\n副组长：李志强县委常委、副县长"
    a = _passage(1, group, "某政发〔2022〕70号", "某县人民政府关于印发某县数字政府建设行动计划的通知",
                 "行动计划 > 附件", "plan").hit
    b = _passage(2, DUTIES, "某政发〔2022〕68号", DUTIES_TITLE, "领导分工", "duties").hit
    return a, b


def test_he_in_a_later_part_is_the_person_the_earlier_part_named() -> None:
    plan, duties = _leaders_hits()
    question = "某县推进数字政府建设领导小组的副组长是谁？他分管哪些部门？"
    asked: list[tuple[str, tuple[str, ...]]] = []

    def naming(name: str, doc_ids: list[str]) -> list[Hit]:
        asked.append((name, tuple(doc_ids)))
        return [duties]

    # the duties notice is not among the passages: it is read for 他 once 他 is known
    sel = select_evidence([plan], question, question_parts(question), None, naming=naming)
    assert asked == [("李志强", ("plan",))]
    second = [q.text for q in sel.quotes if q.part == 1]
    assert second and "李志强同志" in second[0] and "水务局" in second[0]
    assert not any("医疗保障局" in t for t in second)  # 张立新's duties are not his


def test_he_is_left_unresolved_when_the_earlier_quote_names_several() -> None:
    from rag.evidence import _the_person_meant
    parts = question_parts("谁和谁互为AB岗？他分管什么？")
    hit = _passage(1, DUTIES, "某政发〔2022〕68号", DUTIES_TITLE, "领导分工", "duties").hit
    ab = DUTIES.index("县政府副县长实行AB岗")
    roster = Quote(hit, ab, len(DUTIES), 0, 1.0)
    assert _the_person_meant(parts[1], parts[:1], [roster]) is None
    record = Quote(hit, DUTIES.index("李志强同志"), DUTIES.index("联系县气象局"), 0, 1.0)
    assert _the_person_meant(parts[1], parts[:1], [record]) == "李志强"
    roster_parts = question_parts("领导小组的副组长是谁？他分管什么？")
    for line, name in (("副组长：刘宁县委常委、副县长", "刘宁"), ("副组长：蒋恒斌县委常委", "蒋恒斌"),
                       ("副组长：王建军", "王建军"), ("副组长：刘宁副县长", "刘宁")):
        quote = Quote(replace(hit, text=line), 0, len(line), 0, 1.0)
        assert _the_person_meant(roster_parts[1], roster_parts[:1], [quote]) == name
    # the role itself, not a longer one holding it; a post before the name; 同志 after it
    leader_parts = question_parts("领导小组的组长是谁？他分管什么？")
    for line, name in (("副组长：张三\n组长：王五", "王五"), ("组长：县委书记王五", "王五"),
                       ("组长：王刚同志", "王刚")):
        quote = Quote(replace(hit, text=line), 0, len(line), 0, 1.0)
        assert _the_person_meant(leader_parts[1], leader_parts[:1], [quote]) == name


@pytest.mark.parametrize("question", ["领导小组的组长是谁？其他成员有哪些？", "领导小组的组长是谁？他们的职责是什么？",
                                      "领导小组的组长是谁？其中哪些单位是成员？"])
def test_other_members_or_they_is_not_he(question: str) -> None:
    from rag.evidence import _the_person_meant
    parts = question_parts(question)
    line = "组长：王刚"
    quote = Quote(replace(_leaders_hits()[0], text=line), 0, len(line), 0, 1.0)
    assert len(parts) == 2 and _the_person_meant(parts[1], parts[:1], [quote]) is None


def test_a_general_comrade_does_not_open_a_leaders_record() -> None:
    from rag.evidence import person_records
    text = "负责同志要亲自抓。分管领导具体抓。王刚同志 负责全面工作。分管县财政局。"
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", text)]
    assert person_records(text, spans) == [(0, 9), (9, 17), (17, 36)]  # 王刚's record only


def test_a_roster_is_cut_to_the_group_of_whom_he_stands_for() -> None:
    sel = _select_in(DUTIES, "县水务局归哪位副县长分管？他跟谁互为AB岗？", DUTIES_TITLE, "领导分工")
    assert sel.persons == ("李志强",)
    first = [q.text for q in sel.quotes if q.part == 0]
    second = [q.text for q in sel.quotes if q.part == 1]
    assert first and "李志强同志" in first[0] and "水务局" in first[0]
    assert second == ["张立新、李志强同志互为AB岗。"]


def test_who_is_responsible_is_answered_by_the_responsible_leader_label() -> None:
    part = question_parts("校园安全整治由哪位县领导负责？")[0]
    assert part.asked is Asked.PERSON and part.role == "负责"
    from rag.evidence import names_role
    assert names_role("责任领导：王新海牵头单位：县教育局", part.role)
    assert not names_role("组长：王新海", part.role)
    assert names_role("王新海同志分管教育、卫生健康工作。", part.role)
    # what an office does, and a phrase naming no one, say nobody is responsible
    assert not names_role("领导小组下设办公室，白耀文同志任办公室主任，具体负责组织协调、推动落实等工作。", part.role)
    assert not names_role("分管负责同志要亲力亲为、狠抓落实。", part.role)
    assert names_role("由王新海负责校园安全整治。", part.role)
    assert not names_role("县长杨春燕同志任组长，各有关责任部门主要负责同志为成员。", part.role)


def test_a_common_ending_does_not_tie_an_exception_to_an_item() -> None:
    from rag.evidence import _with_exceptions_defined
    text = ("（一）基本情况。全县共有学校12所。\n"
            "（二）工作要求。特殊情况以外的学生均应按时返校。")
    sel = _select_in(text, "学生需要按时返校吗？", "某县教育局关于开学工作的通知", "通知 > 二、工作要求")
    quotes = _with_exceptions_defined(list(sel.quotes), [])
    assert not any("基本情况" in q.text for q in quotes)


def test_a_rule_for_all_but_some_comes_with_the_item_naming_the_exceptions() -> None:
    text = ("7.完善教师全员竞聘制度。采取校内直聘、校内竞聘、跨校竞聘等方式组织好竞聘上岗工作。\n"
            "(1)校内直聘。在岗位聘用年度内，处于孕期和哺乳期的教师，经学校公示，学校直接聘用。\n"
            "(2)校内竞聘。直聘以外的教师均要申请参加校内竞聘。学校制定竞聘方案和程序规则。")
    sel = _select_in(text, "我是在编老师，现在怀孕了，还需要参加竞聘吗？",
                     "某市人民政府办公室关于印发教师县管校聘改革实施意见的通知", "实施意见 > 二、主要任务")
    quoted = [q.text for q in sel.quotes]
    rule = next(n for n, t in enumerate(quoted) if "直聘以外的教师" in t)
    assert rule + 1 < len(quoted) and "孕期和哺乳期的教师" in quoted[rule + 1]
    assert quoted[rule + 1].startswith("(1)校内直聘。")


def test_where_an_event_is_held_is_said_where_the_event_is_named() -> None:
    text = ("（九）举办“生态环境保护”专场文艺演出。时间：6月3日。责任单位：市生态环境局某分局。\n"
            "（十）加大宣传力度。\n在人流密集区的广场LED屏幕上播放宣传标语。\n"
            "（十一）开展集中宣传活动。6月5日在富康广场举办集中宣传活动。")
    title, section = "某县人民政府办公室关于印发环境日宣传周活动方案的通知", "活动方案 > 三、活动内容"
    show = _select_in(text, "“生态环境保护”专场文艺演出在哪儿举办？", title, section)
    assert show.unanswered == (0,)  # the notice gives its date and its organiser, not its venue
    rally = _select_in(text, "集中宣传活动在哪里举办？", title, section)
    assert not rally.unanswered and "富康广场" in rally.quotes[0].text


def test_where_to_apply_may_still_be_an_office() -> None:
    part = question_parts("去哪里申请？")[0]
    assert part.asked is Asked.PLACE
    assert answers_kind("残疾儿童监护人向户籍所在地乡镇残联提出申请。", part)
    held = question_parts("演出在哪举办？")[0]
    assert answers_kind("6月5日在富康广场举办文艺演出。", held)
    assert not answers_kind("通过县电视台、政府网站播放宣传片。", held)  # an office is no venue


def test_the_date_a_notice_was_signed_is_no_deadline() -> None:
    text = ("各乡镇要于2019年6月30日前将境内高速公路两侧的土房、危墙全部进行清理。\n"
            "各乡镇要安排专人负责，每月10日报县人民政府办公室。\n"
            "某县人民政府办公室\n2019年5月11日\n（此件公开发布）")
    sel = _select_in(text, "高速公路两边的土房、危墙最晚什么时候要清完？",
                     "某县人民政府办公室关于清理整治高速公路两侧土房的通知", "清理整治高速公路两侧土房的通知")
    assert "6月30日前" in sel.quotes[0].text
    assert not any(q.text.strip() == "2019年5月11日" for q in sel.quotes)
    from rag.evidence import _sentences
    hit = _passage(1, text, "某政办发〔2019〕58号", "某县人民政府办公室关于清理整治高速公路两侧土房的通知",
                   "清理整治高速公路两侧土房的通知", "done").hit
    flags = {s.text.strip(): s.candidate for s in _sentences([hit], ["清完"], None)[0]}
    assert flags["2019年5月11日"] is False and flags[next(k for k in flags if "6月30日前" in k)] is True


def test_each_part_knows_the_numbers_of_its_sources() -> None:
    from rag.evidence import numbered, part_sources
    sel = _select_in(DUTIES, "县水务局归哪位副县长分管？他跟谁互为AB岗？", DUTIES_TITLE, "领导分工")
    sources = {p.n: p.text for p in numbered(sel)}
    by_part = part_sources(sel)
    assert [clause for clause, _ in by_part] == [p.clause for p in sel.parts]
    assert any("水务局" in sources[n] for n in by_part[0][1])
    assert [sources[n] for n in by_part[1][1]] == ["张立新、李志强同志互为AB岗。"]


def test_who_runs_it_once_built_is_answered_by_who_manages_it_and_kept() -> None:
    text = ("（二）旅游区域。由县文化旅游广电局牵头，实施全县旅游景区、农家乐旅游厕所提质升级工程，确保均达到AA级以上标准。\n"
            "（三）管理维护。旅游景区、农家乐的旅游厕所，按照责任归属，由相关旅游企业负责管理；")
    question = "旅游景区、农家乐的厕所改造是哪个部门牵头？建好以后归谁管？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发旅游厕所革命三年行动计划的通知", "行动计划 > 三、重点任务")
    assert question_parts(question)[1].role == "负责"
    second = [q.text for q in sel.quotes if q.part == 1]
    assert second and "相关旅游企业负责管理" in second[0]
    n = next(k for k, q in enumerate(sel.quotes, start=1) if q.part == 1)
    # a sentence that cites the quote but says something else does not stand for it
    claims = complete([Claim("厕所改造由县文化旅游广电局牵头", (1, n), "restated")], sel)
    assert any("相关旅游企业负责管理" in c.text for c in claims)


def test_a_field_after_the_last_item_belongs_to_the_whole_task() -> None:
    title = "某县人民政府办公室关于印发某县安全生产专项整治行动方案的通知"
    tourism = ("（十）开展旅游场所安全整治。\n1.加强景区管理。严防拥挤踩踏。\n2.加强游船管理。杜绝游船带病运行。\n"
               "责任领导：李明\n牵头单位：县文旅局")
    school = ("（九）开展校园领域专项整治。\n1.加强校内安全管理。做好实验室化学品管理。\n2.加强学生离校期间管理。"
              "开展防溺水教育。\n责任领导：王新海\n牵头单位：县教育局")
    hits = [_passage(1, tourism, "某政办发〔2022〕1号", title, "方案 > 二、重点任务 > （十）开展旅游场所安全整治 > "
                     "2.加强游船管理", "plan").hit,
            _passage(2, school, "某政办发〔2022〕1号", title, "方案 > 二、重点任务 > （九）开展校园领域专项整治 > "
                     "2.加强学生离校期间管理", "plan").hit]
    question = "校园安全整治由哪位县领导负责？"
    sel = select_evidence(hits, question, question_parts(question), None)
    assert "王新海" in sel.quotes[0].text


@pytest.mark.parametrize("question", [
    "我家娃两岁半了，能不能送幼儿园的托班？以后社区里会不会有便宜点的普惠托育？",
    "标的额15万元的集体资产想流转出去，能不能私下找人谈？信息要挂多久？",
])
def test_a_yes_no_part_in_everyday_words_is_answered_by_the_notice_words(question: str) -> None:
    text = ("推动幼儿园发展托育一体化服务，鼓励和支持有条件的幼儿园开设托育班，招收2-3岁幼儿。"
            "到2025年，争取在50%的社区建成普惠托育机构。\n"
            "对于标的额10万元以上的农村集体资产流转交易，必须进入农村产权流转服务中心公开进行，防止暗箱操作。"
            "交易信息发布期限一般不少于7个工作日。")
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县民生实事方案的通知", "方案 > 二、主要任务")
    assert sel.unanswered == ()


def test_a_part_naming_no_subject_asks_about_the_earlier_part_s() -> None:
    title = "某县人民政府办公室关于印发某县安全生产专项整治行动方案的通知"
    tourism = ("（十）开展旅游场所安全整治。\n1.加强景区管理。严防拥挤踩踏。\n"
               "责任领导：李明\n牵头单位：县文旅局、市场监管局")
    school = ("（九）开展校园领域专项整治。\n1.加强学生离校期间管理。开展防溺水教育。\n"
              "责任领导：王新海\n牵头单位：县教育局、公安局")
    duties = ("（二）强化组织领导。各乡镇及工业园区管委会、各行业牵头部门也要成立相应的工作专班，"
              "全力推进各项整治任务落实落地。")
    hits = [_passage(1, duties, "某政办发〔2022〕1号", title, "方案 > 四、工作要求 > （二）强化组织领导", "plan").hit,
            _passage(2, tourism, "某政办发〔2022〕1号", title, "方案 > 二、重点任务 > （十）开展旅游场所安全整治 > "
                     "1.加强景区管理", "plan").hit,
            _passage(3, school, "某政办发〔2022〕1号", title, "方案 > 二、重点任务 > （九）开展校园领域专项整治 > "
                     "1.加强学生离校期间管理", "plan").hit]
    question = "某县安全生产专项整治里，学校这一块由哪位县领导负责？牵头单位有哪些？"
    sel = select_evidence(hits, question, question_parts(question), None)
    assert [q.text for q in sel.quotes if q.part == 0] == ["责任领导：王新海"]
    assert [q.text for q in sel.quotes if q.part == 1] == ["牵头单位：县教育局、公安局"]


def test_a_part_pointing_back_with_这项_asks_about_the_earlier_part_s_item() -> None:
    title = "某市人民政府办公室关于印发某市政府信息公开实施方案的通知"
    design = ("5.重大设计变更信息。主要包括：项目设计变更原因、主要变更内容、变更依据、批准单位等。"
              "［责任单位：各县（区）人民政府，市政府有关部门］")
    land = ("4.征收土地信息。主要包括：农用地转用和土地征收的批准文件、征地补偿安置方案公告等。"
            "［责任单位：各县（区）人民政府，市自然资源局］")
    hits = [_passage(1, design, "某政办发〔2019〕85号", title, "方案 > 三、主要任务 > 5.重大设计变更信息", "plan").hit,
            _passage(2, land, "某政办发〔2019〕85号", title, "方案 > 三、主要任务 > 4.征收土地信息", "plan").hit]
    question = "征收土地信息主要要公开哪些内容？这项公开的责任单位有哪些？"
    sel = select_evidence(hits, question, question_parts(question), None)
    assert [q.text for q in sel.quotes if q.part == 1] == ["［责任单位：各县（区）人民政府，市自然资源局］"]


@pytest.mark.parametrize(("question", "text"), [
    ("我今年38岁，平时去医院看病时，医生会不会顺便给我量个血压？",
     "严格落实35岁以上人群首诊测血压制度，全面实施35岁及以上就诊人群血糖、血脂监测。"),
    ("我闺女上小学老坐后排，学校会不会给孩子换换位置、调调桌椅高度？",
     "配备可调节课桌椅，每月调整学生座位，每学期对学生课桌椅高度进行个性化调整。"),
    ("我们厂做了节能改造，省下来的碳排放指标能拿去卖钱吗？",
     "对企业通过节能减排等措施盈余的碳排放配额，引导企业入市交易，获得实际收益，也可以自用。"),
])
def test_a_yes_no_question_in_everyday_words_is_answered_by_the_sentence_on_it(question: str, text: str) -> None:
    other = "强化合理膳食，推进学校食堂注重营养健康。坚决遏制“两高”项目盲目上马，未落实产能置换指标的提出处置意见。"
    sel = _select_in(other + text, question, "某县人民政府办公室关于印发某县健康与环保工作方案的通知", "方案 > 二、主要任务")
    assert sel.unanswered == ()
    assert text.split("。")[0] in sel.quotes[0].text


def test_when_an_event_is_held_is_not_the_year_the_question_gives_or_the_campaign_s_month() -> None:
    text = ("2022年9月是第39个“民族团结进步月”。在体育中心举办2022年某县“民族团结进步月”活动启动仪式，拉开各项活动的序幕。"
            "9月15日在文化广场举办书法作品展。")
    question = "某县2022年“民族团结进步月”的启动仪式具体是在哪一天举行的？"
    sel = _select_in(text, question, "某县关于印发2022年民族团结进步月活动工作方案的通知", "方案 > 三、活动内容")
    assert sel.unanswered == (0,)
    part = question_parts(question)[0]
    assert not answers_kind("在体育中心举办2022年某县“民族团结进步月”活动启动仪式", part)
    assert answers_kind("9月15日举办启动仪式", part)


def test_a_list_named_by_即_is_not_cut_inside_a_long_sentence() -> None:
    from rag.evidence import _long_sentence_windows
    text = ("由政府引导，县属国有企业运营为主体，以建立县级综合产权交易服务平台为重点，采取市场化运营模式，以高效的业务管理、"
            "有效的资源服务为宗旨，打造“一中心五平台”，即产权流转服务中心和产权流转服务平台、信息展示平台、资产评估平台、"
            "监管服务平台、新媒体平台，构建健康、规范、高质量发展的县级综合产权交易服务体系，建立归属清晰的产权制度。")
    windows = [text[a:b] for a, b in _long_sentence_windows(text, 0, len(text))]
    assert len(windows) > 1
    assert any("即产权流转服务中心和产权流转服务平台、信息展示平台、资产评估平台、监管服务平台、新媒体平台" in w for w in windows)


def test_a_notice_about_the_asked_thing_answers_before_another_notice_naming_it_in_passing() -> None:
    notice = ("杨某，男，汉族，1973年12月出生，大学学历，中共党员。现任某县某局副局长。"
              "公示时间为2022年9月2日至2022年9月9日（5个工作日）。来访举报接待室设在某县委组织部508室。")
    other = ("某县人民政府与土壤重点监管单位签订土壤污染防治目标责任书并公示，2022年11月底前，督促重点监管单位完成自行监测。")
    hits = [_passage(1, notice, None, "中共某县委员会干部任前公示公告(2022)第七号", "中共某县委员会干部任前公示公告(2022)第七号",
                     "gs").hit,
            _passage(2, other, "某党办〔2022〕103号", "某县关于印发2022年土壤污染防治实施方案的通知",
                     "方案 > 二、重点任务 > 1.严管土壤重点监管单位", "tr").hit]
    question = "某县委2022年第七号干部任前公示，公示期是从哪天到哪天？"
    sel = select_evidence(hits, question, question_parts(question), lambda t: 3.0 if t == "公示" else 1.0)
    assert "2022年9月2日至2022年9月9日" in sel.quotes[0].text
    part = question_parts(question)[0]
    assert not answers_kind("杨某，男，汉族，1973年12月出生，大学学历。", part)  # a birth date
    assert answers_kind("杨某，1973年12月出生。", question_parts("杨某是哪年出生的？")[0])


def test_support_refuses_a_question_far_in_meaning_from_every_passage_unless_it_names_a_notice() -> None:
    s = assess_support([P1, P2], Q, analyse(Q, KNOWN), None, 0.12, closest=0.85, min_closest=0.87)
    assert not s.ok and "far from the question" in s.reason
    assert assess_support([P1, P2], Q, analyse(Q, KNOWN), None, 0.12, closest=0.9, min_closest=0.87).ok
    named = "中宁政办发〔2019〕54号规定康复训练每人每年补助多少钱？"
    assert assess_support([P1, P2], named, analyse(named, KNOWN), None, 0.12, closest=0.85, min_closest=0.87).ok


def test_a_question_just_under_the_floor_is_read_where_it_names_what_a_passage_names() -> None:
    from rag.evidence import NAMED_MARGIN, names_what_passages_name
    ban = "无人机禁飞区域：（一）某某湖公园；（二）青龙山风景名胜区。第二条所列区域全天禁止飞行。"
    prize = "对2025年新增纳入限额以上统计的零售企业，给予一次性奖励5万元。"
    assert names_what_passages_name("周末想去青龙山放无人机，可以飞吗？", [prize, ban])
    assert names_what_passages_name("听说新升限的企业一次性奖励5万元，还能申请吗？", [ban, prize])
    assert not names_what_passages_name("听说新升限的企业奖励15万元，还能申请吗？", [prize])  # not the sum printed
    assert not names_what_passages_name("周末想去白虎山放无人机，可以飞吗？", [ban])  # another hill
    assert not names_what_passages_name("我想在家里开个美甲店，要办什么手续？", [ban, prize])
    q = "周末想带孩子去青龙山用无人机航拍，可以飞吗？"
    p = [_passage(1, ban, "某公通〔2026〕6号", "某市公安局关于禁止无人机飞行的通告", "通告", "ban")]
    near, far = 0.87 - NAMED_MARGIN / 2, 0.87 - NAMED_MARGIN * 2
    assert assess_support(p, q, analyse(q, KNOWN), None, 0.12, closest=near, min_closest=0.87).ok
    assert not assess_support(p, q, analyse(q, KNOWN), None, 0.12, closest=far, min_closest=0.87).ok


def test_the_closeness_floor_belongs_to_the_model_it_was_measured_with() -> None:
    from rag.chain import min_closest
    assert min_closest("packaged:multilingual-e5-small") == min_closest("intfloat/multilingual-e5-small") > 0.8
    assert min_closest("BAAI/bge-m3") == 0.0  # unmeasured: no floor


def test_a_stage_s_heading_with_its_time_answers_when_the_stage_is_held() -> None:
    text = ("(一)部署阶段(2022年4月)。制定实施方案，明确任务分工。\n(二)实施阶段(2022年5月-2025年8月)\n"
            "各责任单位按照职责分工，逐项抓好落实。\n(三)评估阶段(2025年9月-2025年12月)全面完成工作任务和目标。")
    question = "某县医保基金监管改革方案中，实施阶段和评估阶段分别安排在什么时间？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县医保基金监管改革实施方案的通知",
                     "某县医保基金监管改革实施方案 > 四、实施步骤")
    quoted = "".join(q.text for q in sel.quotes)
    assert "2022年5月-2025年8月" in quoted and "2025年9月-2025年12月" in quoted
    assert sel.unanswered == ()


def test_review_mends_of_dates_and_yes_no_subjects() -> None:
    from rag.evidence import _subject_terms
    assert "会议" in _subject_terms("是否需要参加会议")  # a word starting with 会 is no glued modal
    when = question_parts("生活垃圾回收利用率什么时候达到35%以上？")[0]
    assert answers_kind("到2025年生活垃圾回收利用率达到35%以上。", when)  # 2025年生活… is no birth date
    day = question_parts("启动仪式是在哪一天举行的？")[0]
    assert not answers_kind("2022年9月是第39个“民族团结进步月”。", day)  # a month answers no 哪一天
    assert answers_kind("9月5日举行启动仪式。", day)


def test_an_open_question_named_by_its_sections_heading_is_answered_by_what_the_section_says() -> None:
    text = ("以市人民政府名义印发的政策性文件，牵头起草部门上报代拟稿时应将经本部门主要负责人审定的解读方案和解读材料一并报送。"
            "政府规章的解读材料发布前需经市司法局审查。各县（区）参照自治区做法规范相关程序。")
    sel = _select_in(text, "政策解读要走什么程序？", "某市人民政府办公室关于进一步加强政策解读有关事项的通知",
                     "某市人民政府办公室关于进一步加强政策解读有关事项的通知 > 三、规范解读程序")
    assert "经本部门主要负责人审定" in sel.quotes[0].text  # not the sentence that only repeats 程序


def test_a_notice_no_longer_in_force_is_said_so_where_its_quotes_begin() -> None:
    from rag.evidence import evidence_text
    question = "残疾儿童康复训练每人每年补助多少钱？"
    sel = _select(question, [P1])
    assert "原规定" not in evidence_text(sel)
    doc_id = sel.quotes[0].hit.chunk.doc_id
    lapsed = replace(sel, lapsed=((doc_id, "已失效，有效期至2021年5月31日"),), preface="【效力提示】某文件已被废止。\n")
    text = evidence_text(lapsed)
    assert text.startswith("【效力提示】某文件已被废止。\n根据《")
    assert "）（已失效，有效期至2021年5月31日）的原规定：" in text
    assert text.index("已失效") < text.index("2万元")


def test_the_field_naming_what_is_asked_answers_it_and_another_items_field_does_not() -> None:
    first = _passage(1, "（六）开展隐患排查治理活动。活动时间：5月－7月。活动要求：各单位于7月30日之前将隐患排查治理总结报县应急管理局。",
                     None, "某县关于做好防灾减灾日工作的通知", "某县关于做好防灾减灾日工作的通知 > （六）开展隐患排查治理活动", "dz")
    second = _passage(2, "（八）开展宣传报道活动。活动时间：5月6日－5月12日。",
                      None, "某县关于做好防灾减灾日工作的通知", "某县关于做好防灾减灾日工作的通知 > （八）开展宣传报道活动", "dz")
    sel = _select("隐患排查治理活动安排在什么时间？", [first, second])
    quoted = [q.text for q in sel.quotes if q.part == 0]
    assert quoted[0].startswith("活动时间：5月－7月")
    assert not any("5月6日" in t for t in quoted)


def test_who_is_asked_to_do_something_is_answered_where_one_is_said_to_do_it() -> None:
    text = ("渌口区和各县市城区居民生活垃圾处理费由当地人民政府另行确定。"
            "继续实行随自来水费合并征收，由某市自来水有限公司代征，并在水费账单中单独列示。"
            "代征单位应当按月将代征的城区居民生活垃圾处理费全额缴入市级国库，由市财政局监督。")
    sel = _select_in(text, "城区居民生活垃圾处理费由哪家单位代征？", "某市人民政府办公室关于调整城区居民生活垃圾处理费收费标准的通知",
                     "某市人民政府办公室关于调整城区居民生活垃圾处理费收费标准的通知 > 三、征收方式")
    assert "自来水有限公司代征" in sel.quotes[0].text


def test_a_tables_header_row_is_no_answer_even_with_a_long_cell() -> None:
    from rag.evidence import _not_evidence
    hit = _passage(1, "序号\t中卫市任务清单\t牵头部门\t配合部门", "某政办发〔2024〕10号", "某市任务分工的通知",
                   "某市任务分工 > 任务清单", "dh").hit
    assert _not_evidence("序号\t中卫市任务清单\t牵头部门\t配合部门", hit)
    assert not _not_evidence("2\t到2025年，新增国家高新技术企业9家。\t市科技局\t市委组织部", hit)


def test_when_a_period_is_counted_from_is_answered_by_the_rule_it_is_counted_by() -> None:
    part = question_parts("这5年是从哪天开始算的？")[0]
    assert answers_kind("以毕业证书落款日期起算，至申请受理之日止不超过5年。", part)
    assert not answers_kind("毕业5年内的本科生可以申请。", part)
    assert not answers_kind("以毕业证书落款日期起算。", question_parts("启动仪式在哪一天举行？")[0])


def test_the_review_mends_of_the_field_verb_and_counting_rules() -> None:
    from rag.evidence import _asked_verb, _field_label
    assert _asked_verb("由哪家单位代征的") == "代征" and _asked_verb("这项费用由哪个部门") is None
    assert _asked_verb("由谁负责") is None  # a role word is read as a role
    assert _field_label("活动时间：5月－7月") == "活动时间" and _field_label("其中：县级10个") is None
    part = question_parts("补贴期限自何时起计算？")[0]
    assert answers_kind("补贴期限自批准之日起计算。", part)
    # a month told relative to an event answers "从哪个月开始"
    assert answers_kind("年龄段发生变化的，自达到新年龄段的次月起按照新标准发放。", question_parts("从哪个月开始按新标准发？")[0])


ROSTER = ("附件\n2022年全县重点河湖沟道河（湖）长及责任单位对照表\n序号河道名称\n县级河\n（湖）长\n乡镇级河长责任单位责任部门\n"
          "长度\n（公里）\n起止地点\n"
          "11\t大台沟\t王新刚\t王团镇党委书记\t王团镇\t司法局\t王团镇\t19.40\t风台山~清水河入河口\n"
          "12\t八里沟\t袁波\t王团镇党委书记\t王团镇\t交通局\t王团镇\t26.20\t大湾~清水河入河口\n"
          "13\t洞子沟\t王新海\t王团镇党委书记\t王团镇\t教育局\t王团镇\t27.50\t车路沟~清水河入河口\n"
          "序号河道名称县级河\n（湖）长\n乡镇级河长责任单位责任部门\n"
          "14\t洪泉沟\t纪伟\t丁塘镇党委书记\t丁塘镇\t公安局\t丁塘镇\t27.75\t丁家二沟~清水河入河口\n"
          "15\t清水河\t杨春燕\t王团镇党委书记\t王团镇\t发改局\t王团镇\t122.00\t王团镇吊堡子村~河西镇马家河湾村")


STEPS = ("四、办理流程和时限如下表：\n序号\t环节\t办理内容\t办理时限\n1\t预审\t卖方贷款银行出具同意意见\t3个工作日\n"
         "2\t申请\t买卖双方和抵押权人共同提交登记申请\t当日受理\n3\t登记\t转移登记和抵押登记合并办理\t1个工作日\n"
         "4\t放款\t买方贷款银行发放贷款\t2个工作日\n五、本通知所称“带押过户”，是指不需要先还清原贷款、注销抵押登记，"
         "直接办理转移登记和抵押登记的模式。")


def test_a_row_is_named_by_its_first_cell_and_its_column_s_label_and_every_row_by_the_label_alone() -> None:
    """"登记环节要多久" names the row "3 登记 …" under the column 环节; "各环节的办理时限" asks every row."""
    title, section = "某市自然资源局关于推行二手房“带押过户”的通知", "某市自然资源局关于推行二手房“带押过户”的通知 > 四、办理流程"
    sel = _select_in(STEPS, "二手房“带押过户”登记环节要多久？", title, section)
    assert sel.quotes[0].text.startswith("3\t登记\t转移登记和抵押登记合并办理\t1个工作日"), [q.text for q in sel.quotes]
    sel = _select_in(STEPS, "二手房“带押过户”各环节的办理时限是怎么规定的？", title, section)
    quoted = "\n".join(q.text for q in sel.quotes)
    assert all(f"{n}\t" in quoted for n in "1234"), quoted
    assert "是指不需要先还清原贷款" not in quoted


def test_a_row_of_bare_figures_under_its_header_s_units_is_the_asked_district_s() -> None:
    """"于都县\t5400\t2250" is a row, not a header of short cells; the district asked names it."""
    text = ("一、目标任务\n全市开展补贴性职业技能培训6万人次以上。各县（市、区）目标任务如下表：\n"
            "县（市、区）\t培训任务（人次）\t取证任务（人）\n章贡区\t6000\t2450\n南康区\t5200\t2200\n"
            "于都县\t5400\t2250\n兴国县\t4000\t1650\n合计\t60000\t25000")
    sel = _select_in(text, "于都县2026年补贴性职业技能培训任务和取证任务分别是多少？",
                     "某市人民政府办公室关于印发某市职业技能提升行动实施方案的通知", "某市职业技能提升行动实施方案 > 一、目标任务")
    assert any(q.text.startswith("于都县\t5400\t2250") for q in sel.quotes), [q.text for q in sel.quotes]


def test_the_notice_a_question_names_by_its_number_answers_before_one_that_cites_it() -> None:
    plan = _passage(1, "（一）职业技能提升补贴。企业职工取得初级工证书的，补贴1000元。所需资金从失业保险基金中列支。",
                    "某府办字〔2026〕9号", "某市人民政府办公室关于印发某市职业技能提升行动实施方案的通知",
                    "某市职业技能提升行动实施方案 > 二、补贴政策", "d9").hit
    change = _passage(2, "为方便企业职工申领职业技能提升补贴，现将申领期限调整为24个月。",
                      "某府办字〔2026〕31号", "某市人民政府办公室关于调整《某市职业技能提升行动实施方案》有关内容的通知",
                      "某市人民政府办公室关于调整《某市职业技能提升行动实施方案》有关内容的通知", "d31").hit
    q = "某府办字〔2026〕9号印发的方案中，企业职工职业技能提升补贴所需资金从什么渠道列支？"
    sel = select_evidence([change, plan], q, question_parts(q), None)
    assert [q.hit.chunk.doc_id for q in sel.quotes] == ["d9"], [q.text for q in sel.quotes]
    # what holds now is said by the notice that changed it
    q = "某府办字〔2026〕9号规定的职业技能提升补贴，现在申领期限是多少个月？"
    sel = select_evidence([change, plan], q, question_parts(q), None)
    assert sel.quotes[0].hit.chunk.doc_id == "d31", [q.text for q in sel.quotes]


def test_an_amount_the_notice_leaves_to_another_body_is_not_answered_by_another_benefit_s_sum() -> None:
    text = ("（二）职业培训补贴。参加职业技能培训并取得证书的，按照初级工1200元的标准给予职业培训补贴。脱贫劳动力参加培训期间，"
            "按照每人每天50元给予生活费补贴，最长不超过30天。\n（三）企业新型学徒制补贴。企业新型学徒制培训补贴标准由市人力资源和"
            "社会保障局会同市财政局另行制定。")
    sel = _select_in(text, "企业新型学徒制培训补贴的标准是每人多少钱？", "某市人民政府办公室关于印发某市职业技能提升行动实施方案的通知",
                     "某市职业技能提升行动实施方案 > 二、补贴政策 > （三）企业新型学徒制补贴")
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]


def test_a_list_asked_of_a_topic_the_passage_never_names_is_unanswered() -> None:
    text = ("三、申报方式。项目业主通过充电设施监管平台提交申请，县级发展改革部门在15个工作日内完成初审。\n"
            "补贴标准和单个项目补贴上限如下表：\n设施类型\t补贴标准\t单个项目上限\n公共直流充电桩\t每千瓦200元\t50万元")
    sel = _select_in(text, "赣州中考体育考哪些项目？", "某市发展和改革委员会关于开展充电设施建设补贴申报工作的通知",
                     "某市发展和改革委员会关于开展充电设施建设补贴申报工作的通知 > 三、申报方式")
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]


def test_a_benefit_asked_with_you_ma_that_no_passage_names_leaves_its_amount_unanswered_too() -> None:
    """"住养老院的老人有床位补贴吗？每个月补多少" of a 高龄津贴 notice: neither part is answered by its rows."""
    text = ("（二）发放标准。调整后的高龄津贴标准如下：\n年龄段\t原标准\t调整后标准\n80周岁至89周岁\t每人每月50元\t每人每月100元\n"
            "90周岁至99周岁\t每人每月200元\t每人每月300元")
    sel = _select_in(text, "我父亲82岁，住在养老院，政府对住养老院的老人有床位补贴吗？每个月补多少？",
                     "某市民政局关于调整高龄津贴标准的通知", "某市民政局关于调整高龄津贴标准的通知 > 一、高龄津贴")
    assert sel.unanswered == (0, 1), [q.text for q in sel.quotes]


def test_whether_something_costs_money_is_unanswered_by_a_passage_that_says_nothing_of_cost() -> None:
    """"孩子打疫苗要花钱吗" of a plan's vaccination rate: it says what the county aims at, not who pays."""
    text = ("继续实施国家扩大免疫规划，保持高水平免疫规划疫苗接种率，以乡镇为单位的适龄儿童免疫规划疫苗接种率不低于90%。"
            "加强预防接种门诊规范化建设。")
    title, section = "某县人民政府办公室关于印发某县卫生健康事业发展规划的通知", "某县卫生健康事业发展规划 > 三、主要任务"
    sel = _select_in(text, "孩子打疫苗要花钱吗？", title, section)
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]
    free = text + "适龄儿童接种免疫规划疫苗实行免费接种，所需经费由财政承担。"
    sel = _select_in(free, "孩子打疫苗要花钱吗？", title, section)
    assert not sel.unanswered and any("免费" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_part_in_shortened_or_filler_words_is_answered_by_the_sentence_that_says_it() -> None:
    """"保教费" is the 保育教育费 a sentence names; "另外还有没有补助" asks of a 补助, not of 另外; "要种多大面积才行"
    asks an area, not of 大面积 or 才行; a sum the part's sentence holds answers it though another part
    quoted it with the words leading up to it ("答：根据《…》，…")."""
    aid = ("答：根据《某市教育局关于做好学前教育幼儿资助工作的通知》（某教发〔2026〕12号），最低生活保障家庭幼儿属于二类资助对象，"
           "减免保育教育费每生每年1600元，发放生活补助每生每年900元。")
    title, section = "2026年10月热点问答", "2026年10月热点问答"
    sel = _select_in(aid, "我家是低保户，现在一年能减免多少保教费？生活补助一年给多少？", title, section)
    assert sel.unanswered == () and any("1600元" in q.text and "900元" in q.text for q in sel.quotes)
    row = "一类\t特困供养幼儿、孤儿和事实无人抚养儿童\t保育教育费：全部免除，每生每年不超过2400元\t生活补助：每生每年1200元"
    sel = _select_in(row, "孩子爸妈都不在了，上幼儿园的保教费能全免吗？另外还有没有补助？", "某市学前教育资助通知", "二、资助标准")
    assert sel.unanswered == (), [q.text for q in sel.quotes]
    tea = "对新建生态茶园集中连片50亩以上的，每亩补贴800元，分两年兑现。"
    sel = _select_in(tea, "想新种一片生态茶园，政府有补贴吗？要种多大面积才行？", "某市茶产业三年行动方案",
                     "某市茶产业三年行动方案 > 三、支持政策")
    assert sel.unanswered == (), [q.text for q in sel.quotes]


def test_a_case_or_a_named_term_no_quote_speaks_of_is_unanswered() -> None:
    """Who qualifies and how much says nothing of another collecting it, of one whose 户口 moved, of what
    a term set in quotation marks means, or of a 家庭收入 line (the 事业收入 of a kindergarten is no
    family's income)."""
    aid = ("农村独生子女父母和农村只有两个女孩的父母，年满60周岁后可以享受农村部分计划生育家庭奖励扶助金，标准为每人每月120元。"
           "新申报对象于每年3月31日前向户籍所在地村（居）民委员会提出申请。")
    title, section = "某市卫生健康局关于调整计划生育家庭奖励扶助金标准的通知", "某市卫生健康局通知 > 一、标准"
    sel = _select_in(aid, "农村计划生育家庭奖励扶助金能让子女代领吗？父母户口迁到城里以后还能继续领吗？", title, section)
    assert sel.unanswered == (0, 1), [q.text for q in sel.quotes]
    kept = aid + "扶助对象因病不能亲自办理的，可以委托子女代领扶助金。"
    sel = _select_in(kept, "农村计划生育家庭奖励扶助金能让子女代领吗？", title, section)
    assert sel.unanswered == (), [q.text for q in sel.quotes]
    fees = ("非本市户籍幼儿凭户籍所在地有关部门出具的家庭经济困难认定证明，与本市户籍幼儿同等享受资助。"
            "幼儿园应当从事业收入中提取3%至5%的资金，用于资助家庭经济困难幼儿。")
    sel = _select_in(fees, "学前资助里说的“低保边缘家庭”是怎么认定的？家庭收入低于多少才算？", "某市学前教育资助通知",
                     "某市学前教育资助通知 > 一、资助对象")
    assert sel.unanswered == (0, 1), [q.text for q in sel.quotes]


def test_what_a_notice_amended_is_quoted_item_by_item_in_its_order() -> None:
    text = ("《某市学前教育幼儿资助工作的通知》（某教发〔2026〕12号，以下简称《通知》）印发以来，各地认真落实学前教育资助政策。"
            "经市人民政府同意，现对《通知》有关内容调整如下：\n"
            "一、将《通知》第二条资助标准表中二类幼儿生活补助的\n“每生每年600元”修改为“每生每年900元”。\n"
            "二、将《通知》第二条资助标准表中三类幼儿的保育教育费减免标准由“每生每年1000元”修改为“每生每年1300元”。\n"
            "三、将《通知》第三条中的“每学期开学后30日内”修改\n为“每学期开学后45日内”\n"
            "四、本通知自2026年9月1日起施行。")
    sel = _select_in(text, "某教发〔2026〕58号对某教发〔2026〕12号作了哪些修改？", "某市教育局关于调整学前教育幼儿资助标准的通知",
                     "某市教育局关于调整学前教育幼儿资助标准的通知")
    said = [squash(q.text) for q in sel.quotes]
    at = [next((n for n, t in enumerate(said) if figure in t), -1) for figure in ("900元", "1300元", "45日内")]
    assert -1 not in at and at == sorted(at), said


def test_the_caption_over_a_table_is_no_quote() -> None:
    """"附件：…重点任务分工表" names the table; its rows rule."""
    text = ("附件：某市城市社区嵌入式服务设施建设重点任务分工表\n"
            "某市城市社区嵌入式服务设施建设重点任务分工表\n"
            "序号\t重点任务\t具体内容\t牵头单位\t配合单位\t完成时限\n"
            "1\t社区托育服务\t每个设施设置托位不少于20个，普惠托位占比不低于60%\t市卫生健康委员会\t市民政局\t2027年6月底前")
    sel = _select_in(text, "家门口的社区服务设施里能托孩子吗？",
                     "某市人民政府办公室关于印发某市城市社区嵌入式服务设施建设实施方案的通知", "实施方案 > 附件")
    assert sel.quotes and not any(q.text.endswith("分工表") for q in sel.quotes), [q.text for q in sel.quotes]
    assert any("市卫生健康委员会" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_table_row_is_read_under_its_header_and_is_about_its_first_cell() -> None:
    # the role (县级河长) is named only in the header; the row names the stream and the person
    sel = _select_in(ROSTER, "洞子沟的县级河长是谁？河道有多长？", "关于印发某县河湖长制工作方案的通知", "工作方案 > 附件")
    first = sel.quotes[0]
    assert "洞子沟" in first.text and "王新海" in first.text and "27.50" in first.text
    assert "县级河" in first.columns and not sel.unanswered
    assert "文件未提及" not in extractive_text(sel)
    # a stream named in another row's last cell ("…~清水河入河口") does not make that row about it
    sel = _select_in(ROSTER, "清水河的县级河长是谁？", "关于印发某县河湖长制工作方案的通知", "工作方案 > 附件")
    assert sel.quotes[0].text.startswith("15\t清水河\t杨春燕"), [q.text for q in sel.quotes]


def test_a_role_asked_at_a_level_the_table_does_not_name_is_unanswered() -> None:
    # the roster names 县级 and 乡镇级 河长; a 村级 one is another person the notice does not name
    sel = _select_in(ROSTER, "洪泉沟流经我们村，村级河长是谁？", "关于印发某县河湖长制工作方案的通知", "工作方案 > 附件")
    assert sel.unanswered == (0,) and answers_nothing(sel)
    sel = _select_in(ROSTER, "洪泉沟的乡镇级河长是谁？", "关于印发某县河湖长制工作方案的通知", "工作方案 > 附件")
    assert not sel.unanswered and "丁塘镇党委书记" in sel.quotes[0].text


MEALS = ("二、补贴标准\n老年人在社区老年食堂、老年助餐点就餐的，按照下表标准给予就餐补贴：\n序号\t补贴对象\t每餐补贴\t每月补贴上限\n"
         "1\t60—79周岁老年人\t1元\t30元\n2\t80周岁以上老年人\t3元\t90元\n3\t低保、特困供养老年人\t5元\t150元\n"
         "同时符合两类以上补贴对象条件的，按照就高原则享受补贴。\n三、运营补贴\n对新建老年助餐点，给予一次性建设补贴2万元。")


def test_a_tabbed_table_opening_on_its_number_column_is_read_row_by_row_for_the_askers_age_or_group() -> None:
    title, section = "某市民政局关于做好老年助餐服务补贴工作的通知", "某市民政局关于做好老年助餐服务补贴工作的通知 > 二、补贴标准"
    sel = _select_in(MEALS, "我父亲今年85岁，平时在社区老年食堂吃饭，每餐补贴几块钱？", title, section)
    assert "80周岁以上老年人" in sel.quotes[0].text and "3元" in sel.quotes[0].text
    assert sel.quotes[0].columns.startswith("序号\t补贴对象")  # the header row's labels, one to a cell
    sel = _select_in(MEALS, "我妈70岁，是低保户，在助餐点吃一顿饭能补贴多少钱？", title, section)
    assert "低保、特困供养老年人" in sel.quotes[0].text


def test_a_rows_span_stops_at_the_header_printed_again_below_it() -> None:
    from rag.evidence import table_rows
    text = "13\t洞子沟\t王新海\t教育局\n序号河道名称县级河\n（湖）长\n14\t洪泉沟\t纪伟\t公安局"
    spans = table_rows(text, split_sentences(text))
    a, b = spans[0]
    assert text[a:b] == "13\t洞子沟\t王新海\t教育局"


def test_a_short_numbered_rule_with_a_fraction_in_words_is_evidence_and_a_column_label_is_not() -> None:
    text = ("牵头落实部门\n7\n机动车驾驶员培训业务许可证核发\n交通运输局√\n1.推广网上业务办理。\n"
            "2.压缩审批时限，将法定审批时限压缩四分之一。\n3.精简审批材料。")
    question = "机动车驾驶员培训业务许可证核发由哪个部门牵头落实？法定审批时限压缩多少？"
    sel = _select_in(text, question, "某县人民政府关于印发某县“证照分离”改革实施方案的通知", "实施方案 > 附件")
    quoted = [q.text for q in sel.quotes]
    assert any("四分之一" in q for q in quoted), quoted
    assert "牵头落实部门" not in quoted and any("交通运输局" in q for q in quoted)


def test_how_long_is_answered_by_a_span_of_years() -> None:
    text = ("社会力量投资建设的室外健身设施，建成后5年内不得擅自改变其产权归属和功能用途。"
            "社会力量可申请利用城市空闲土地建设临时性室外健身设施，使用时间一般不超过2年，且不能影响土地供应。")
    question = "如果只是临时搭个室外健身设施，能用多久？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县全民健身场地设施建设实施方案的通知", "实施方案 > 引导社会力量参与")
    assert "不超过2年" in sel.quotes[0].text, [q.text for q in sel.quotes]
    assert answers_kind("使用时间一般不超过2年。", question_parts("能用多久？")[0])


def test_the_plan_a_notice_prints_is_its_subject_and_a_field_follows_the_item_that_answered() -> None:
    # the notice's title names another plan; the words of the plan it prints are the subject too
    text = ("为深入贯彻生态文明思想，进一步巩固提升土壤和地下水环境质量，改善农村生态环境，制定本方案。\n"
            "17.开展地下水污染风险管控和治理修复。督促排污单位实施地下水污染风险管控。\n"
            "责任单位：贺兰工业园区管委会、商务和投资促进局\n"
            "18.开展农村环境整治提升五年行动。持续推进农村黑臭水体排查治理。完成金贵镇英雄村、潘昶村2个行政村农村环境整治。\n"
            "责任单位：农业农村局、综合执法局、各乡镇（场）\n"
            "26.加强土壤、地下水和农村生态环境监测监管。认真开展耕地土壤环境质量例行监测。\n"
            "责任单位：银川市生态环境局贺兰分局、农业农村局、自然资源局、水务局")
    hit = Hit(Chunk(id="c1", doc_id="dh", text=text, start=0, end=len(text), corpus_file="f.txt",
                    doc_number="贺党办〔2022〕103号", title="关于印发《2022年贺兰县大气、水、土壤污染防治实施方案》的通知",
                    issuer="某县委办公室", date="2022-06-01",
                    section_path="2022年贺兰县土壤、地下水和农村生态环境保护实施方案 > 二、主要任务"), 1.0, 1, text, 0, len(text))
    question = "土壤、地下水和农村生态环境保护实施方案要求完成哪两个行政村的农村环境整治？责任单位有哪些？"
    sel = select_evidence([hit], question, question_parts(question), None)
    by_part = {q.part: q.text for q in reversed(sel.quotes)}
    assert "英雄村" in by_part[0]
    assert by_part[1] == "责任单位：农业农村局、综合执法局、各乡镇（场）"


def test_a_schedules_year_columns_tell_its_cells_apart() -> None:
    text = ("基础设施设备巩固提升路径图\n时间\n节点\n2018年2019年2020年\n目标\n"
            "1．学生计算机生机比中、小学达到10：1、12:1。\n2．城镇及农村学校10%建设有全自动录播教室。\n"
            "1．学生计算机生机比中、小学达到10：1、12:1。\n2．城镇及农村学校50%建设有全自动录播教室。\n"
            "1．学生计算机生机比中、小学达到8：1、10:1。\n2．城镇及农村学校100%建设有全自动录播教室。")
    question = "按路径图，到2020年中、小学的学生计算机生机比分别要达到多少？全自动录播教室要覆盖到多少？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县“互联网+教育”建设实施方案的通知", "实施方案 > 附件1")
    quoted = extractive_text(sel)
    assert "（2020年）1．学生计算机生机比中、小学达到8：1、10:1[1]。" in quoted
    assert "100%建设有全自动录播" in quoted and "10：1、12:1" not in quoted and "50%" not in quoted


def test_a_sentence_ending_in_a_colon_brings_the_enumeration_after_it() -> None:
    text = ("（三）实行分类管理。按照项目类型、投资类别、规模大小，将工程建设项目主要划分为5类：\n"
            "一般政府投资房屋建筑和市政工程建设项目、一般社会投资工程建设项目、带方案出让土地工程建设项目和小型社会投资工程建设项目，"
            "分别制定不同类型工程建设项目审批流程图。\n（四）精简审批环节。")
    sel = _select_in(text, "工程建设项目主要分成哪几类？", "某市人民政府办公室关于印发某市工程建设项目审批制度改革实施方案的通知",
                     "实施方案 > 二、统一审批流程")
    assert "划分为5类" in sel.quotes[0].text and "小型社会投资工程建设项目" in sel.quotes[0].text


def test_a_post_asked_of_a_person_the_question_names_is_his_line_of_the_roster() -> None:
    text = ("附件\n中卫市、县(区)级耕地保护网格化监管责任人名单\n市级总责任人\t市级副总责任人\t县(区)级总责任人\t县(区)级副总责任人\n"
            "马洪海(市委副书记、市长)\t赵会勇(市委常委、副市长)\t丁志军(沙坡头区委副书记、区长)\t徐郑应(沙坡头区委常委、副区长)\n"
            "杨宝翟(中宁县委常委、副县长)\n康俊杰(副市长)\t周永根(中宁县委副书记、县长)\t蒋昊良(中宁县副县长)")
    question = "2019年被任命为市工业和信息化局副局长的杨宝翟，在耕地保护网格化监管责任人名单里是什么身份？"
    sel = _select_in(text, question, "某市人民政府办公室关于印发某市耕地保护网格化监管工作方案的通知", "工作方案 > 附件")
    assert sel.quotes and all("杨宝翟" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_person_asked_in_one_role_is_not_answered_by_someone_in_another() -> None:
    text = "中宁县打击欺诈骗保专项治理领导小组办公室，联系人：崔海菊、来彦青，联系方式：0955-5693063。"
    sel = _select_in(text, "打击欺诈骗保专项治理领导小组的组长是谁？", "某县人民政府办公室关于印发某县打击欺诈骗保专项治理工作方案的通知",
                     "工作方案 > 三、工作要求")
    assert sel.unanswered == (0,)
    sel = _select_in(text, "专项治理领导小组办公室的联系人是谁？", "某县人民政府办公室关于印发某县打击欺诈骗保专项治理工作方案的通知",
                     "工作方案 > 三、工作要求")
    assert not sel.unanswered and "崔海菊" in sel.quotes[0].text


def test_a_schedules_year_names_no_one_and_ends_with_the_schedule() -> None:
    part = question_parts("县级河长是谁？")[0]
    assert not answers_kind("1．学生计算机生机比中、小学达到8：1、10:1。", part, "2020年")
    text = ("2018年2019年2020年\n1．生机比10：1。\n1．生机比9：1。\n1．生机比8：1。\n"
            "附件2\n2019年互联网+教育资金预算\n1、硬件资金500万元。")
    sel = _select_in(text, "2019年互联网+教育的硬件资金预算是多少？", "某县人民政府办公室关于印发某县“互联网+教育”实施方案的通知",
                     "实施方案 > 附件")
    assert all(q.columns != "2020年" and q.columns != "2018年" for q in sel.quotes if "硬件资金" in q.text)
    assert any("硬件资金500万元" in q.text for q in sel.quotes)


def test_a_row_names_a_person_only_under_a_column_a_person_holds() -> None:
    who = question_parts("机动车驾驶员培训业务许可证核发的联系人是谁？")[0]
    assert who.asked is Asked.PERSON
    glued = "7机动车驾驶员培训业务许可证核发交通运输局"
    # a header of items and offices: the glued row holds no name
    assert not answers_kind(glued, who, "序号事项名称实施机关改革方式")
    assert not answers_kind("7\t机动车驾驶员培训业务许可证核发\t王团镇", who, "序号事项名称实施机关")
    # a header with a post: the row's name cell answers who
    assert answers_kind("13\t洞子沟\t王新海\t教育局", who, "序号河道名称县级河（湖）长责任部门")
    assert answers_kind("3天湖生态旅游区董兴华文化旅游广电局", who, "序号项目名称包抓领导责任单位")
    assert not answers_kind("13\t洞子沟\t王新海\t教育局", who, "2020年")  # a year column names no role


def test_a_field_line_of_another_item_does_not_answer_for_the_item_asked() -> None:
    section = ("（二）培育产业链\n1.装备制造产业链。通过招商引资，发展智能装备。\n（链长：郭吉龙；牵头单位：工业信息化和商务局）\n"
               "2.文冠果产业链。摸清全县文冠果生产面积。\n（链长：田梅音；牵头单位：自然资源局）\n"
               "3.健康养老产业链。依托现有养老服务资源，发展“物业服务+养老服务”。\n（链长：徐莉芳；牵头单位：民政局）")
    passage, whole = _cut(section, "3.健康养老", "同党办发〔2022〕57号", "印发《关于建立链长制推动重点产业链发展的实施方案》的通知",
                          "实施方案 > 三、工作内容 > （二）培育产业链")
    passage = replace(passage, text=section[:section.index("（链长：徐莉芳")], start=0, end=section.index("（链长：徐莉芳"))
    q = "健康养老产业链的链长是谁？"
    sel = select_evidence([passage], q, question_parts(q), None, wider=[whole])
    assert "徐莉芳" in sel.quotes[0].text, [x.text for x in sel.quotes]


def _chains(section: str, q: str) -> Selection:
    """The evidence for ``q`` in a 链长制 plan's section of chains, each with its field line."""
    passage, _ = _cut(section, "（二）", "同党办发〔2022〕57号", "印发《关于建立链长制推动重点产业链发展的实施方案》的通知",
                      "实施方案 > 三、工作内容 > （二）培育产业链")
    return select_evidence([passage], q, question_parts(q), None)


def test_a_field_line_is_quoted_with_the_item_it_belongs_to() -> None:
    section = ("（二）培育产业链\n1.装备制造产业链。通过招商引资，发展智能装备。\n（链长：郭吉龙；牵头单位：工业信息化和商务局）\n"
               "2.文冠果产业链。摸清全县文冠果生产面积。\n（链长：田梅音；牵头单位：自然资源局）")
    sel = _chains(section, "文冠果产业链的链长是谁？")
    assert sel.quotes[0].item == "文冠果产业链", sel.quotes
    assert "（文冠果产业链）（链长：田梅音" in evidence_text(sel)
    # the model reads it beside the quote, not in it
    source = numbered(sel)[0]
    assert source.text.startswith("（链长：田梅音") and "文冠果产业链" in passage_label(source.hit)


def test_a_passage_opening_on_a_row_reads_it_under_the_header_printed_again_below() -> None:
    text = ("22\t下马关防洪沟\t郭吉龙\t下马关镇党委书记\t下马关镇\t乡村振兴局\t下马关镇\t33.68\t五里墩~土炭沟\n"
            "序号河道名称县级河\n（湖）长\n乡镇级河长责任单位责任部门河湖沟道基本概况\n"
            "35水泉子沟/下马关镇、韦州镇党委书记\n下马关镇\n农业农村局\n17.50\n上游甘肃环县~下马关防洪沟")
    sel = _select_in(text, "下马关防洪沟的县级河长是谁？责任部门是什么？", "关于印发某县河湖长制工作方案的通知", "工作方案 > 附件")
    first = sel.quotes[0]
    assert first.text.startswith("22\t下马关防洪沟\t郭吉龙") and "县级河" in first.columns, [q.text for q in sel.quotes]
    # the header's wrapped label lines are no evidence
    assert not any(q.text.startswith(("序号", "乡镇级河长", "（湖）长")) for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_table_printed_one_cell_piece_a_line_is_read_row_by_row() -> None:
    text = ("19\n实行\n联合\n审图\n将消防、人防等技术审查并入施工图设计文件审查。\n市住房和城乡建\n设局\n2019年\n8月30日前\n"
            "20\n实行\n联合\n测绘\n建立综合性测绘工作机制，实行“一次委托、联合测绘、成果共享”。\n市自然资源局\n各相关部门\n"
            "2019年\n8月30日前\n8月30日前，由市自然\n资源局牵头制定\"联\n合测绘\"实施办法。\n"
            "21\n实行\n联合\n验收\n建立建设工程“一家牵头、联合验收”模式，由住房城乡建设部门牵头。\n市住房和城乡建\n设局\n2019年\n8月30日前")
    sel = _select_in(text, "“实行联合测绘”由哪个单位牵头？", "某市人民政府办公室关于印发某市工程建设项目审批制度改革实施方案的通知",
                     "实施方案 > 附件")
    first = sel.quotes[0].text
    assert first.startswith("20\n实行") and "市自然资源局" in first and "21" not in first, [q.text for q in sel.quotes]


def test_a_cell_opening_on_a_figure_is_no_next_row() -> None:
    from rag.evidence import table_rows
    text = ("9黄河\n中卫市沙坡头区\n农村饮水安全水\n源保护工程\n在东园等镇农村水源地安装消毒设备21台；建设围栏3400米。\n"
            "607沙坡头区2020年\n10\n清水\n河\n海原县农村饮用\n水水源地规范化\n在海原县50处农村水源地，建设砖砌围墙15000米。\n"
            "5000海原县2020年")
    rows = [text[a:b] for a, b in table_rows(text, split_sentences(text))]
    assert rows[0].startswith("9黄河") and rows[0].endswith("607沙坡头区2020年"), rows
    assert not any(r.startswith("607") for r in rows)


def test_a_yes_no_question_asking_only_whether_one_may_apply_is_about_what_was_named_before() -> None:
    text = ("对2021年度产值达到5000万元及以上的全县装备制造优势产业重点企业提供配套的本县工业企业，"
            "2021年度配套产品产值达到1000万元及以上，经重点企业推荐及审核认定后，给予配套工业企业10万元的奖励。")
    question = "我们厂给县里一家装备制造重点企业做配套。听说县里对这种配套企业奖励10万元，现在还能去申请吗？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县工业经济稳增长接续政策的通知", "接续政策 > 七、增强产业链供应链韧劲")
    assert not sel.unanswered and "10万元" in sel.quotes[0].text


def test_a_field_line_after_an_item_without_a_short_name_gets_no_other_items_name() -> None:
    section = ("（二）培育产业链\n3.文冠果产业链。摸清全县文冠果生产面积。\n（链长：田梅音；牵头单位：自然资源局）\n"
               "4.健康养老产业链：以养老服务为重点，发展医养结合。\n（链长：张三；牵头单位：民政局）")
    sel = _chains(section, "健康养老产业链的链长是谁？")
    zhang = next(x for x in sel.quotes if "张三" in x.text)
    assert zhang.item != "文冠果产业链"


def test_rows_end_at_the_next_rows_number_only() -> None:
    from rag.evidence import table_rows
    # a bare figure cell inside a row is no next row
    text = "5京藏高速公路改建工程\n7\n沙坡头区\n2020年\n6中宁县金沙村生态康养中心\n1000"
    rows = [text[a:b] for a, b in table_rows(text, split_sentences(text))]
    assert rows[0].endswith("2020年"), rows
    # numbering that starts again at 1 ends the row before it
    text = "3宣和镇\t张三\t镇长\n中宁县\n1石空镇\t李四\t镇长\n2余丁乡\t王五\t乡长"
    rows = [text[a:b] for a, b in table_rows(text, split_sentences(text))]
    assert rows[0] == "3宣和镇\t张三\t镇长\n中宁县", rows


def test_a_vertical_tables_first_row_is_no_part_of_its_header() -> None:
    from rag.evidence import _header_lines
    text = "序号\n工作任务\n牵头单位\n1\n实行\n联合\n测绘\n建立综合性测绘工作机制。"
    assert _header_lines(text, 0) == ["序号", "工作任务", "牵头单位"]


def test_a_roster_s_post_is_quoted_with_the_name_it_belongs_to() -> None:
    text = ("现对拟任用的3名干部公示如下：张文，男，汉族，1980年5月出生，大学学历，中共党员。"
            "现任某县财政局副局长，拟任某县乡镇正科级领导职务。"
            "李明，男，回族，1975年3月出生，大学学历，中共党员。"
            "现任某县教育局办公室主任，拟任某县事业单位副科级领导职务。"
            "王强，男，汉族，1986年9月出生，大学学历，中共党员。现任某县某镇副镇长，拟进一步使用。")
    question = "李明现任什么职务、拟任什么职务？王强是怎样拟用的？"
    sel = _select_in(text, question, "中共某县委员会干部任前公示公告", "干部任前公示公告")
    quoted = [q.text for q in sel.quotes]
    # a post is never quoted without its name, nor a name without its post
    assert all(any(f"{n}，男" in q for n in ("李明", "张文", "王强")) for q in quoted), quoted
    assert any(q.startswith("李明") and "教育局办公室主任" in q for q in quoted)
    assert any(q.startswith("王强") and "拟进一步使用" in q for q in quoted)


def test_a_yes_no_part_naming_a_scheme_in_quotation_marks_is_answered_where_the_scheme_is_named() -> None:
    text = ("完善医疗救助制度，做好重特大疾病医疗保障。"
            "探索解决长期失能失智人员护理和日常照料难题，积极争取我县纳入国家及区、市长期护理保险试点。")
    question = "县里有没有给这种常年瘫痪、吃喝拉撒全靠家人照顾的老人报销护理费用的“长期护理保险”？"
    sel = _select_in(text, question, "某县关于印发医疗保障实施方案的通知", "方案 > 二、主要任务")
    assert sel.unanswered == ()
    assert any("长期护理保险试点" in q.text for q in sel.quotes)


@pytest.mark.parametrize("question", [
    "我想在承包的永久基本农田里挖塘养鱼，这在中卫市允许吗？",
    "学校每学期要给家长开几次近视防控讲座？这是市里规定的吗？",
])
def test_a_yes_no_part_that_only_points_back_is_answered_by_the_quotes_of_the_rest(question: str) -> None:
    text = ("严格落实耕地利用优先序规定，禁止占用永久基本农田发展林果业和挖塘养鱼。"
            "学校每学期要面向师生和家长开展不少于2次近视防控科普专题讲座。")
    sel = _select_in(text, question, "中卫市人民政府办公室关于印发耕地保护和近视防控工作方案的通知", "方案 > 二、主要任务")
    assert sel.quotes and sel.unanswered == () and "文件未提及" not in extractive_text(sel)


def test_a_yes_no_part_of_fillers_is_scored_by_what_the_question_said_before_it() -> None:
    text = ("8.强化燃煤锅炉整治。县城建成区一律禁止新建燃煤锅炉，其他区域一律不再新建35蒸吨/小时以下的燃煤锅炉。"
            "9.加强扬尘管控。建筑工地全面落实六个百分之百措施。")
    question = "我在县城里开了个豆腐坊，想新装一台烧煤的小锅炉，按2022年县里的大气污染防治方案能装吗？"
    hit = _passage(1, text, "某政办发〔2022〕1号", "某县关于印发2022年某县大气污染防治实施方案的通知",
                   "2022年某县大气污染防治实施方案 > 二、重点工作", "air").hit

    def idf(term: str) -> float:  # the asker's own words are rare in notices
        return 8.0 if term in ("豆腐坊", "豆腐", "一台", "新装", "开了个", "城里", "能装") else 2.0

    sel = select_evidence([hit], question, question_parts(question), idf)
    assert sel.unanswered == () and "禁止新建燃煤锅炉" in sel.quotes[0].text


def test_no_part_is_said_unmentioned_where_the_quotes_shown_say_it() -> None:
    from dataclasses import replace

    from rag.evidence import said_missing
    text = ("加强加油站油气回收监管，督促年销售量5000吨以上的加油站安装油气回收自动监控设备，并与生态环境部门联网。"
            "牵头单位：商务和投资促进局。")
    title, section = "某县关于印发2022年某县大气污染防治实施方案的通知", "2022年某县大气污染防治实施方案 > 二、重点工作"
    for question, missing in [
        ("我开了个加油站，听说还要跟环保部门联网，有这回事吗？这事归哪个部门牵头？", []),
        ("我开了个加油站，由哪个部门牵头？政府有没有买设备的补贴？", ["政府有没有买设备的补贴"]),
        ("政府对加油站买设备有没有补贴？", ["政府对加油站买设备有没有补贴"]),  # two words of three are no answer
    ]:
        sel = _select_in(text, question, title, section)
        yes_no = next(k for k, p in enumerate(sel.parts) if p.asked is Asked.YESNO)
        sel = replace(sel, unanswered=(yes_no,))  # whether the selection answered it or not
        assert [p.clause for p in said_missing(sel)] == missing


@pytest.mark.parametrize(("clause", "points"), [
    ("这项工作由哪个单位牵头", True), ("该项任务的完成时限是什么", True), ("这事归哪个部门管", True),
    ("这些年有没有提高", False), ("这个月什么时候发", False), ("这条路归谁管", False),
])
def test_words_pointing_back_are_not_a_span_of_time_or_a_road(clause: str, points: bool) -> None:
    from rag.evidence import _POINTS_BACK
    assert bool(_POINTS_BACK.match(clause)) is points


def test_a_yes_no_part_pointing_back_with_a_measure_word_asks_about_the_thing_named_before() -> None:
    from rag.evidence import _subject_terms
    assert _subject_terms("这口井还能继续用吗") == ["井", "继续"]
    assert _subject_terms("这台锅炉还能用吗") == ["锅炉"]
    text = ("加快推进备用水源地水资源勘察、论证工作，加强重要饮用水水源地水质监测。"
            "严格水资源管理，科学制定全县自备井关闭实施方案，对县城内所有自备井进行关停取缔。")
    question = "我们单位在县城里，院子里有口自备井，一直抽地下水用。按县里的水利工作安排，这口井还能继续用吗？"
    sel = _select_in(text, question, "某县人民政府办公室关于印发某县2019年水利工作安排意见的通知", "意见 > 三、重点工作")
    assert sel.unanswered == () and any("关停取缔" in q.text for q in sel.quotes)


# ----------------------------------------------------------------------------- what an amount measures
def test_an_amount_of_another_measure_does_not_answer() -> None:
    from rag.evidence import answers_nothing
    park = _passage(1, "2025年底前，数字信息产业产值达到500亿元，云计算和大数据产业营业收入达到600亿元。"
                       "布局建设信创计算制造产业园。",
                    "卫政办发〔2023〕65号", "某市数字政府建设实施方案", "某市数字政府建设实施方案 > 二、重点任务", "d65")
    sel = _select("要建的信创计算制造产业园总投资多少亿元？", [park])
    assert [p.asked for p in unanswered_parts(sel)] == [Asked.AMOUNT]
    assert answers_nothing(sel) and extractive_text(sel) == ""  # 产值 and 营收 are no investment
    # the same passage answers a question on its 产值
    sel = _select("数字信息产业产值要达到多少亿元？", [park])
    assert not unanswered_parts(sel) and "500亿元" in extractive_text(sel)


def test_a_measure_is_read_before_the_sentence_and_in_kindred_words() -> None:
    fixed = _passage(1, "（一）固定航班补贴\n以空客A320机型为基准。航程在1.5小时以下的，不高于6万元/班。",
                     None, "某市航空运输发展专项资金管理办法", "某市航空运输发展专项资金管理办法 > 第六条", "dair")
    assert not unanswered_parts(_select("新开航班最高每班补贴多少钱？", [fixed]))  # named in the heading
    # "补助" is answered by the notice's "补贴"; a question on no measure of its own takes any sum
    assert not unanswered_parts(_select("航程1.5小时以下的航班每班补助多少钱？", [fixed]))
    assert not unanswered_parts(_select("航程1.5小时以下的航班每班多少钱？", [fixed]))


def test_measured_words() -> None:
    assert measured(question_parts("总投资多少亿元？")[0])[:2] == ("总投资", "投资")
    assert "网费" in measured(question_parts("每个月网费多少钱？")[0])
    assert "补贴" in measured(question_parts("每人每年补助多少钱？")[0])  # a kindred word
    assert measured(question_parts("每小时多少钱？")[0]) == ()
    assert "育儿补贴" in measured(question_parts("每个月发多少育儿补贴？")[0])  # the noun after 多少
    assert measured(question_parts("牵头单位是哪个？")[0]) == ()


def test_a_subsidy_of_another_kind_does_not_answer() -> None:
    from rag.evidence import _kind_of_measure, answers_nothing
    assert _kind_of_measure(question_parts("每个月发多少育儿补贴？")[0]) == "育儿"
    assert _kind_of_measure(question_parts("每人每年补助多少钱？")[0]) == ""  # 每年 names no kind
    power = _passage(1, "对2022年10月1日00:00至10月7日24:00国庆节期间生产时间不少于48小时的规模以上工业企业，"
                        "按照用电量给予0.1元/千瓦时的电费补贴，单个企业补贴不超过10万元。",
                     "贺政办规发〔2022〕12号", "某县工业经济稳增长接续政策", "某县工业经济稳增长接续政策 > 九、降低企业用电成本", "d12")
    sel = _select("我家刚生了三胎。县里对生三孩的家庭每个月发多少育儿补贴？", [power])
    assert [p.asked for p in unanswered_parts(sel)] == [Asked.AMOUNT] and answers_nothing(sel)
    # (a time of day is no table cell's bare figure)
    sel = _select("国庆节期间生产的工业企业每千瓦时补贴多少钱？", [power])
    assert not unanswered_parts(sel)


def test_a_measure_named_before_what_it_is_per_is_the_one_asked() -> None:
    from rag.evidence import _kind_of_measure, answers_nothing
    part = question_parts("床位运营补贴每月每张床多少钱？")[0]
    assert "运营补贴" in measured(part) and _kind_of_measure(part) == "床位运营"
    assert "接网费" in measured(question_parts("开户接网费每平方米要交多少？")[0])
    care = _passage(1, "护理补贴：经济困难的中度失能老年人每人每月200元。", None, "某市民政局关于调整护理补贴标准的通知",
                    "某市民政局关于调整护理补贴标准的通知 > 一、补贴标准", "dcare")
    sel = _select("政府给养老机构的床位运营补贴每月每张床多少钱？", [care])
    assert [p.asked for p in unanswered_parts(sel)] == [Asked.AMOUNT] and answers_nothing(sel)
    sel = _select("中度失能老人的护理补贴每人每月多少钱？", [care])
    assert not unanswered_parts(sel) and "200元" in extractive_text(sel)
    heat = _passage(1, "居民用户每平方米每个供暖期28元。", None, "某市集中供暖价格的通知", "某市集中供暖价格的通知", "dheat")
    assert answers_nothing(_select("新房开户接网费每平方米要交多少？", [heat]))

def test_the_asker_is_no_word_of_what_a_yes_no_part_asks() -> None:
    from rag.evidence import _own_words, said_missing
    assert _own_words("病床设多少张是不是我们自己定") == ["病床"]
    text = "允许营利性医疗机构开展药品、器械等医疗相关的经营活动。逐步实现社会办营利性医疗机构床位数由投资主体自主决定。"
    question = "我想开一家营利性的民营医院，病床设多少张是不是我们自己定？"
    sel = _select_in(text, question, "某县全面推开“证照分离”改革工作实施方案的通知", "实施方案 > 三、改革事项")
    assert any("自主决定" in q.text for q in sel.quotes)
    assert said_missing(sel) == []  # 病床 is the notice's 床位; 自己 is who asks


def test_a_tasks_lead_unit_and_deadline_asked_by_name_are_both_quoted() -> None:
    text = ("6.加强工业堆场扬尘污染治理。2019年11月1日起，对达不到要求的工业堆场，依法依规进行处罚，并停止使用。"
            "（牵头单位：市生态环境局、中卫工业园区管委会；完成时限：2019年10月底。）")
    sel = _select_in(text, "加强工业堆场扬尘污染治理这项任务的牵头单位和完成时限是什么？",
                     "某市打赢蓝天保卫战行动计划重点工作安排", "重点工作安排 > 二、主要任务")
    quoted = "".join(q.text for q in sel.quotes)
    assert "市生态环境局" in quoted and "2019年10月底" in quoted
    assert not unanswered_parts(sel)


def test_each_person_the_question_names_gets_the_sentence_that_speaks_of_them() -> None:
    text = ("根据卫党干字〔2024〕10号文件精神，市人民政府决定：李松龄同志任市住房公积金管理中心主任；"
            "殷秀玲同志任市政府国有资产监督管理委员会副主任，免去市政府国有资产监督管理委员会专职副主任职务；"
            "王福才同志任市医疗保障局副局长；杨金保同志任市政府国有资产监督管理委员会副主任；"
            "免去李芳同志市公安局刑事侦查局局长职务；免去张学兵同志市公共资源交易中心主任职务。")
    title = "中卫市人民政府关于李松龄等同志职务任免的通知"
    sel = _select_in(text, "《关于李松龄等同志职务任免的通知》中，免去了李芳、张学兵的什么职务？", title, title)
    quoted = "".join(q.text for q in sel.quotes)
    assert "李芳同志市公安局刑事侦查局局长" in quoted and "张学兵同志市公共资源交易中心主任" in quoted
    assert "李松龄同志任" not in quoted  # a person the notice's title names is not asked about


def test_a_story_of_errands_is_answered_by_the_joint_service_that_names_them() -> None:
    from rag.evidence import _own_words, said_missing
    assert _own_words("是不是得一个部门一个部门挨着跑") == ["挨着"]  # each office in turn: how, not what
    text = ("落实生育登记制度，做好生育咨询指导。落实好出生医学证明、儿童预防接种、户口登记、医保参保等“出生一件事”联办。"
            "进一步做好人口信息登记工作。")
    q = ("我媳妇在同心县刚生了娃，接下来要办出生证、给娃打疫苗、上户口、办医保。是不是得一个部门一个部门挨着跑？"
         "县里有没有说过这些事能一块儿办？")
    sel = _select_in(text, q, "某县卫生健康事业发展“十四五”规划的通知", "规划 > 四、主要任务")
    assert any("联办" in quote.text for quote in sel.quotes)
    assert not unanswered_parts(sel) and said_missing(sel) == []
    assert "联办" in extractive_text(sel)


def test_a_department_is_not_answered_by_the_institution_the_question_is_about() -> None:
    part = question_parts("这事归哪个部门管？")[0]
    assert not answers_kind("推动民办学校办学资质、办学质量、招生范围和收费等信息公开。", part)
    assert answers_kind("［责任单位：各县（区）人民政府，市教育局］", part)
    assert answers_kind("由县委网信办负责。", part)
    # a unit may be an institution
    assert answers_kind("由县人民医院负责。", question_parts("这事由哪个单位负责？")[0])


def test_who_a_subject_is_is_answered_where_one_is_said_to_be_it() -> None:
    part = question_parts("其中责任主体是谁？")[0]
    assert answers_kind("健全“以县为责任主体、乡镇为管理主体”的运维管理体系。", part)
    assert not answers_kind("健全农村生活污水运维管理体系。", part)


def test_a_list_of_offices_is_no_count_of_machines() -> None:
    field = "〔责任单位:市卫生健康委、教育局、财政局,各县(区)人民政府;"
    assert not answers_kind(field, question_parts("每所学校配几台？")[0])
    assert answers_kind("每所学校配备视力检测仪2台。", question_parts("每所学校配几台？")[0])
    assert answers_kind("分为特别重大、重大、较大和一般四级。", question_parts("分几个级别？")[0])  # a list of levels


def test_people_are_counted_by_a_list_of_them_not_of_their_duties_or_a_bracketed_list() -> None:
    part = question_parts("每个行政村要配几名耕地保护网格员？")[0]
    duties = "村级责任人监督耕地保护利用工作，及时发现、制止、报告耕地“非农化”行为。"
    assert not answers_kind(duties, part)
    assert not answers_kind("乡（镇、街道、农林场）级总责任人是本区域耕地保护具体责任人。", part)
    assert answers_kind("每个行政村配备耕地保护网格员2名。", part)
    assert answers_kind("副组长：张学兵、李芳、王义伟。", question_parts("领导小组有几名副组长？")[0])
    # a list of levels still answers how many levels, outside brackets
    assert not answers_kind("乡（镇、街道、农林场）级总责任人负总责。", question_parts("分几个级别？")[0])


def test_the_measure_and_kind_are_read_whole() -> None:
    from rag.evidence import _kind_of_measure
    # a focus cut mid-word ("目总投资") asks no kind of its own
    assert _kind_of_measure(question_parts("这个项目总投资多少亿元？")[0]) == ""
    project = _passage(1, "建设某县第二污水处理厂，总投资3.2亿元。", "某政发〔2019〕1号", "某县重点项目方案",
                       "某县重点项目方案 > 二、重点项目", "dp")
    assert not unanswered_parts(_select("这个项目总投资多少亿元？", [project]))
    # a notice's 文号 is no table cell's bare figure
    power = _passage(1, "按照宁政办发〔2023〕15号文件，给予电费补贴每户每月30元。", "某政发〔2023〕2号", "某县稳增长政策",
                     "某县稳增长政策 > 三、电费补贴", "dq")
    assert unanswered_parts(_select("县里每个月发多少育儿补贴？", [power]))


def test_a_person_is_named_whole_and_a_resettlement_office_is_a_department() -> None:
    text = "马文化同志任县卫生健康局副局长。对乡村文化旅游重点村给予奖补10万元。"
    sel = _select_in(text, "县里对乡村文化旅游重点村奖补多少钱？", "某县人民政府关于马文化等同志职务任免的通知", "通知")
    assert not any("马文化同志" in q.text for q in sel.quotes)
    assert answers_kind("县移民办统筹推进。", question_parts("这事归哪个部门管？")[0])


def test_an_intention_asked_is_no_word_of_the_subject() -> None:
    from rag.evidence import _own_words
    assert _own_words("有没有打算把供暖管得智能一点") == ["供暖", "管得", "智能"]
    text = "按照“市县一体化”集中供热思路，实施智能热网信息系统平台。建设智能化供热管控平台。"
    sel = _select_in(text, "县里搞数字政府建设，有没有打算把供暖管得智能一点？",
                     "某县数字政府建设行动计划", "行动计划 > 二、主要任务")
    assert not unanswered_parts(sel) and "智能热网" in extractive_text(sel)


def test_each_task_named_in_quotes_gets_its_row_and_a_field_asked_alone_is_its_rows() -> None:
    table = ("(四)引领数字社会建设\t41.推进健康医疗大数据中心建设。\t市卫生健康委负责,市云计算和大数据局配合\t2024年\n"
             "42.建设医联体(医共体)信息平台,建立更加高效便捷的五大远程诊疗中心。\t市卫生健康委负责,各县(区)配合\t2024年\n"
             "43.整合民政、人社等部门的老年人数据,建立中卫养老基础数据库。\t市民政局负责,市公安局配合\t2023年启动,2025年取得明显成效\n")
    title, section = "某市关于加强数字政府建设的实施方案", "某市关于加强数字政府建设的实施方案 > 附件1"
    whole = _passage(1, table, "某政办发〔2023〕65号", title, section, "d65").hit
    cut = table.index("\t市民政局")  # the passage ends inside row 43, before its fields
    pool = replace(whole, text=table[:cut], end=cut)
    other = _passage(2, "组建医疗集团总院。完成时限:2024年6月底前", "某政办发〔2023〕67号", "某市医疗集团建设方案",
                     "某市医疗集团建设方案 > 四、主要任务", "d67").hit
    q = ("“建设医联体（医共体）信息平台、建立五大远程诊疗中心”和“建立中卫养老基础数据库”这两项任务分别由哪个部门负责、"
         "哪些单位配合、完成时限是什么？")
    sel = select_evidence([pool, replace(other, rank=2)], q, question_parts(q), None, wider=[whole])
    quoted = "".join(q.text for q in sel.quotes)
    assert "各县(区)配合" in quoted and "市民政局负责" in quoted and "2025年取得明显成效" in quoted
    assert "41.推进" not in quoted and "6月底前" not in quoted and not sel.unanswered


def test_fields_asked_together_of_this_task_are_read_from_its_field_line() -> None:
    task = ("3.明确功能定位。市妇幼保健院建设中卫市产前筛查与诊断中心、新生儿听力障碍筛查中心。"
            "责任单位:市民政局、市卫生健康委、市疾病预防控制中心完成时限:2024年6月底前\n")
    other = ("(二)完成任务目标。2024年底前,三级公立医院病例组合指数达到1以上、平均住院日≤7.8天。\n"
             "1.成立集团总院。责任单位:市委组织部,市委编办、市卫生健康委完成时限:2023年12月底前\n")
    title, path = "某市医疗集团建设试点工作方案", "某市医疗集团建设试点工作方案 > 四、主要任务"
    sel = _select("在“明确功能定位”中，市中医医院、沙坡头区医疗健康总院和市妇幼保健院分别要建设哪些中心？"
                  "这项任务的责任单位和完成时限是什么？",
                  [_passage(2, task, "某政办发〔2023〕67号", title, path, "d67"),
                   _passage(1, other, "某政办发〔2023〕67号", title, path + " > (二)", "d67")])
    # the organisation and the date of one task's field line: its 和 joins fields, not two things
    assert sel.chosen[3] == sel.chosen[4] == ("责任单位:市民政局、市卫生健康委、市疾病预防控制中心完成时限:2024年6月底前",)


def test_who_does_the_task_named_in_quotes_before_is_read_from_its_own_fields() -> None:
    text = ("24.强化水环境预警监管能力。在重点河湖段建设3-4个水质自动监测站点。\n责任单位：生态环境分局\n配合单位：县财政局\n"
            "25.强化涉河湖综合执法。认真落实执法要求。充分发挥“河长+检察长+警长”工作机制，加大查处力度。\n"
            "责任单位：县水务局\n配合单位：县公安局、检察院\n26.加强信息化建设。\n责任单位：县发改局\n")
    whole = _passage(1, text, "某党办发〔2022〕47号", "某县河湖长制重点工作及任务分工方案", "某县河湖长制重点工作及任务分工方案 > 二、重点工作",
                     "d47").hit
    cut = text.index("责任单位：县水务局")  # the passage ends before the task's fields
    q = "“强化涉河湖综合执法”要发挥什么工作机制？由谁负责谁配合？"
    sel = select_evidence([replace(whole, text=text[:cut], end=cut)], q, question_parts(q), None, wider=[whole])
    quoted = "".join(q.text for q in sel.quotes)
    assert "县水务局" in quoted and "县公安局" in quoted
    assert "生态环境分局" not in quoted and "县发改局" not in quoted and not sel.unanswered


def test_a_bare_cell_after_a_quoted_task_is_quoted_with_the_task() -> None:
    text = ("22.实施电力系统远程安全诊疗预警服务平台项目。\n实现配电系统智能化管理运维。\n县政府办(机关事务管理中心)\n"
            "38.建设融信融资担保综合业务系统。\n实现担保业务数字化管理。\n县财政局\n39.建设智慧园区。\n园区管委会\n")
    p = _passage(1, text, "某政发〔2022〕70号", "某县数字政府建设行动计划", "某县数字政府建设行动计划 > 附件2", "d70")
    sel = _select("“实施电力系统远程安全诊疗预警服务平台项目”“建设融信融资担保综合业务系统”两项任务分别由哪个单位牵头？", [p])
    quoted = [q.text for q in sel.quotes]
    assert "县政府办(机关事务管理中心)" in quoted and "县财政局" in quoted and "园区管委会" not in quoted
    assert quoted.index("38.建设融信融资担保综合业务系统。") == quoted.index("县财政局") - 1  # the cell says whose it is


def _quoted_in(text: str, question: str, title: str) -> str:
    """All the quoted text for a question from one passage of a notice with this title."""
    sel = _select(question, [_passage(1, text, "某政发〔2022〕1号", title, f"{title} > 二、任务", "dq")])
    return "".join(q.text for q in sel.quotes)


def test_an_item_named_in_title_marks_is_read_like_one_in_quotes() -> None:
    text = ("（二）举办“公众开放日”活动。组织公众代表集中参观。\n责任单位：市生态环境局中宁分局\n"
            "（三）《绿色家园》专栏采编宣传。通过中宁电视台《绿色家园》栏目宣传。\n责任单位：中宁县广播电视台\n"
            "（四）开展法制宣传活动。\n责任单位：县司法局\n")
    quoted = _quoted_in(text, "“公众开放日”活动和《绿色家园》专栏采编宣传分别由哪些单位负责？", "某县环境日活动方案")
    assert "市生态环境局中宁分局" in quoted and "中宁县广播电视台" in quoted and "县司法局" not in quoted


def test_a_date_asked_alone_borrows_only_a_task_field_line() -> None:
    text = "自2024年1月1日起，城市低保标准提高到每人每月800元。审核审批工作应在受理之日起20个工作日内办结。"
    p = _passage(1, text, "某民发〔2024〕1号", "某市城乡低保标准的通知", "某市城乡低保标准的通知", "dlb")
    sel = _select("城市低保标准是多少？办结时限是多少？", [p])
    assert "20个工作日内办结" in "".join(q.text for q in sel.quotes) and not sel.unanswered


def test_fields_asked_of_two_tasks_take_a_field_line_of_each() -> None:
    text = ("1.建设智慧园区。\n责任单位：园区管委会；完成时限：2024年底前\n"
            "2.推进数字乡村。\n责任单位：县农业农村局；完成时限：2025年底前\n3.建设智慧停车。\n责任单位：县住建局；完成时限：2023年底前\n")
    quoted = _quoted_in(text, "建设智慧园区和推进数字乡村的责任单位和完成时限分别是什么？", "某县数字政府建设行动计划")
    assert "园区管委会" in quoted and "县农业农村局" in quoted and "县住建局" not in quoted


def test_the_story_a_yes_no_part_borrows_says_nothing_of_its_subject_by_its_narrative_words() -> None:
    from rag.evidence import _own_words
    words = _own_words("我有台大型收割机，农闲时候一直闲着，想租给别人用，县里的农村产权流转交易能管这种事吗")
    assert not {"时候", "一直", "别人", "有台", "闲着"} & set(words) and "收割机" in words


def test_a_field_line_is_labelled_with_its_item_though_its_section_names_it_once_a_run() -> None:
    text = ("24.强化水环境预警监管能力。在重点河湖段建设3-4个水质自动监测站点。\n责任单位：生态环境分局\n配合单位：县财政局\n")
    p = _passage(1, text, "某党办发〔2022〕47号", "某县河湖长制重点工作及任务分工方案",
                 "某县河湖长制重点工作及任务分工方案 > 二、重点工作 > 24.强化水环境预警监管能力", "d47")
    sel = _select("这项任务的责任单位和配合单位是谁？", [p])
    said = evidence_text(sel)
    # the section path is not in the answer's text: the reader learns whose fields they are from the label,
    # given once for the run of the item's field lines
    assert "（强化水环境预警监管能力）责任单位：生态环境分局" in said and said.count("（强化水环境预警监管能力）") == 1


def test_a_row_of_a_page_s_table_is_read_under_its_header_and_quoted_with_its_labels() -> None:
    table = ("第三条 技能提升补贴按照证书等级确定，具体标准如下：\n技能提升补贴标准\n证书等级\t补贴标准\t紧缺职业（工种）补贴标准\n"
             "初级工（五级）\t1000元\t1300元\n高级工（三级）\t2000元\t2600元\n技师（二级）\t3000元\t3900元\n"
             "紧缺职业（工种）按照市人力资源和社会保障局每年公布的目录确定。")
    title = "某市人力资源和社会保障局关于印发技能提升补贴实施办法的通知"
    p = _passage(1, table, "某人社发〔2026〕9号", title, f"{title} > 第三条", "dj")
    text = _extractive("我考下了高级工（三级）的电工证，电工是紧缺职业，技能提升补贴能领多少钱？", [p])
    assert "证书等级：高级工（三级）；补贴标准：2000元；紧缺职业（工种）补贴标准：2600元[1]" in text
    assert "技师" not in text


def test_a_task_row_of_a_page_s_table_keeps_its_text_and_labels_who_and_by_when() -> None:
    table = ("三、任务分工\n序号\t任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t完成东湖街道老旧小区改造\t丰泽区人民政府\t市城市管理局\t2026年12月31日前\n"
             "2\t在改造小区增设电动自行车集中充电设施不少于3000个\t市住房和城乡建设局\t市消防救援支队\t2027年6月30日前\n")
    title = "某市人民政府办公室关于印发城镇老旧小区改造提升行动方案的通知"
    p = _passage(1, table, "某政办〔2026〕17号", title, f"{title} > 三、任务分工", "dq")
    text = _extractive("东湖街道老旧小区改造由谁牵头、谁配合？什么时候完成？", [p])
    assert ("完成东湖街道老旧小区改造（牵头单位：丰泽区人民政府；配合单位：市城市管理局；完成时限：2026年12月31日前）"
            in text), text
    assert "\t" not in text


def test_a_row_whose_passage_starts_below_its_table_s_header_is_read_under_it() -> None:
    from rag.evidence import headed_rows, table_header_before

    header = "序号\t工作任务\t责任单位\t配合单位\t完成时限"
    notice = ("洛阳市促进夜间经济发展行动方案\n一、丰富夜间文旅产品\n" + header + "\n"
              "6\t打造夜宵美食街区\t瀍河回族区人民政府\t市商务局\t2026年11月30日前\n"
              "二、优化夜间消费环境\n"
              "7\t延长中心城区公交夜班线路运营时间至23时\t市交通运输局\t市公交集团\t2026年8月31日前\n")
    row = notice.index("7\t")
    assert table_header_before(notice, row) == header
    assert table_header_before(notice.replace("二、优化夜间消费环境\n", "各单位要按时完成上述任务，确保取得实效。\n"),
                               row) == ""  # prose ends the table
    passage = notice[notice.index("二、"):]
    title = "洛阳市人民政府办公室关于印发洛阳市促进夜间经济发展行动方案的通知"
    p = _passage(1, passage, "洛政办函〔2026〕19号", title, f"{title} > 二、优化夜间消费环境", "dn")
    p = replace(p, hit=replace(p.hit, start=notice.index("二、"), end=len(notice)))
    sel = headed_rows(_select("公交夜班线路运营时间延长到几点？哪个单位负责？", [p]), {"dn": notice})
    text = evidence_text(sel)
    assert "延长中心城区公交夜班线路运营时间至23时（责任单位：市交通运输局；配合单位：市公交集团；" in text, text


def test_an_age_range_is_no_bare_table_figure() -> None:
    care = _passage(1, "护理补贴\t经济困难的中度失能老年人\t每人每月200元\n同时符合条件的，可以同时享受。"
                       "原80至89周岁老年人每人每月50元的高龄津贴标准同时停止执行。", None,
                    "某市民政局关于调整高龄津贴和护理补贴标准的通知", "某市民政局关于调整高龄津贴和护理补贴标准的通知 > 二、补贴标准", "dm")
    sel = _select("政府给养老机构的床位运营补贴每月每张床多少钱？", [care])
    assert [p.asked for p in unanswered_parts(sel)] == [Asked.AMOUNT]


def test_an_amount_asked_for_one_thing_is_not_answered_by_another_thing_s_figure() -> None:
    title = "某市城市一刻钟便民生活圈建设工作方案"
    text = ("（二）对验收合格的市级示范生活圈，每个给予最高30万元补助。\n"
            "（三）对新建或者改造提升的社区菜市场（生鲜超市），按照项目实际投资额的30%给予补助，单个项目最高50万元。")
    p = _passage(1, text, "某府办函〔2026〕21号", title, f"{title} > 五、支持政策", "dsh")
    sel = _select("一刻钟便民生活圈建设中，对新建的快递末端网点或者智能快件箱，每个补助多少钱？", [p])
    assert [q.asked for q in unanswered_parts(sel)] == [Asked.AMOUNT]
    sel = _select("对新建或者改造提升的社区菜市场，政府能给多少补助？", [p])
    assert not unanswered_parts(sel) and "单个项目最高50万元" in "".join(q.text for q in sel.quotes)


def test_a_share_asked_needs_a_share_and_care_of_another_kind_does_not_answer() -> None:
    title = "某市医疗保障局关于调整城乡居民基本医疗保险普通门诊统筹待遇的通知"
    text = ("起付标准以上的政策范围内门诊费用，一级定点医疗机构支付比例为60%，三级定点医疗机构支付比例为40%。"
            "年满60周岁的参保人员，年度最高支付限额提高到每人每年900元。在二级定点医疗机构就医的，年度起付标准为200元。")
    p = _passage(1, text, "某医保发〔2025〕21号", title, f"{title} > 二、普通门诊统筹待遇", "dyb")
    sel = _select("参保人在三级医院住院，政策范围内住院费用的报销比例是多少？", [p])
    assert [q.asked for q in unanswered_parts(sel)] == [Asked.AMOUNT]  # 900元 and 200元 are no share
    sel = _select("在三级医院看门诊，能报销多少比例？", [p])
    assert not unanswered_parts(sel) and "40%" in "".join(q.text for q in sel.quotes)


def test_a_measure_named_whole_after_many_may_be_long() -> None:
    from rag.evidence import _kind_of_measure
    part = question_parts("失业人员每天能领多少培训生活费补贴？")[0]
    assert "培训生活费补贴" in measured(part) and _kind_of_measure(part).startswith("培训生活")


def test_an_open_part_said_word_for_word_by_a_sentence_takes_no_other() -> None:
    text = ("落实7个行业的差别电价政策，对淘汰类和限制类企业用电进一步提高差别电价加价标准。"
            "禁止建设产业政策明令限制、淘汰类项目及产能过剩行业新增产能项目。"
            "对电解铝、水泥、钢铁企业用电实行阶梯电价政策。")
    q = "对淘汰类和限制类企业怎么办？"
    sel = _select_in(text, q, "某市人民政府办公室关于印发大气污染防治重点工作安排的通知", "重点工作安排 > 三、保障措施")
    quoted = "".join(q.text for q in sel.quotes)
    assert "提高差别电价加价标准" in quoted and "禁止建设" not in quoted


def test_a_list_asked_with_its_count_is_answered_where_the_notice_counts_it() -> None:
    text = ("专项治理第二阶段：自查自纠阶段（4月10日—8月31日）。"
            "本次治理主要分为动员部署、自查自纠、抽查复查、处理总结4个阶段。")
    q = "专项治理分哪4个阶段？"
    sel = _select_in(text, q, "某县人民政府办公室关于印发打击欺诈骗保专项治理工作方案的通知", "工作方案 > 四、工作步骤")
    assert sel.quotes[0].text.startswith("本次治理主要分为")


def test_a_field_asked_after_a_part_is_the_one_that_follows_its_answer() -> None:
    text = ("科学推进海绵型公园绿地等重点项目建设。（市住房和城乡建设局牵头，市财政局参与。）"
            "城市绿道绿廊，2019年城镇建成区绿化覆盖率达到37.7%。（牵头单位：市自然资源局；配合单位：市农业农村局。）")
    q = "当年城区绿化要搞到什么程度，哪个部门牵头？"
    sel = _select_in(text, q, "某市人民政府办公室关于印发大气污染防治重点工作安排的通知", "重点工作安排 > （十八）加强城市绿化建设")
    quoted = "".join(q.text for q in sel.quotes if q.part == 1)
    assert "市自然资源局" in quoted and "住房和城乡建设局" not in quoted


def test_an_old_rule_said_dropped_is_quoted_with_the_rule_that_replaces_it() -> None:
    text = ("（一）起步价。起步里程2.5公里，起步价6元。原起步价5元（起步里程2公里）不再执行。"
            "（二）里程价。超过起步里程后，每公里1.8元。")
    q = "出租车起步价是不是还是2公里以内5元？"
    sel = _select_in(text, q, "某市发展和改革委员会关于调整中心城区巡游出租汽车运价的通知", "通知 > 一、运价标准")
    quoted = "".join(q.text for q in sel.quotes)
    assert "不再执行" in quoted and "起步价6元" in quoted


def test_old_figures_said_dropped_together_are_quoted_with_the_run_of_figures_that_replaces_them() -> None:
    text = ("一、调整后的价格\n居民用水实行阶梯价格，按户年用水量分为三档：\n"
            "第一档：年用水量180立方米（含）以内，每立方米3.10元；\n"
            "第二档：年用水量180立方米以上至300立方米（含），每立方米4.20元；\n"
            "第三档：年用水量300立方米以上，每立方米6.50元。\n"
            "原第一档每立方米2.80元、第二档每立方米3.90元、第三档每立方米5.60元的价格不再执行。\n"
            "二、其他事项\n各供水企业要做好抄表和价格公示工作。")
    q = "交水费时，第一档是不是还按每立方米2.80元算？"
    sel = _select_in(text, q, "某市发展和改革委员会关于调整居民用水价格的通知", "通知")
    quoted = "".join(q.text for q in sel.quotes)
    assert "不再执行" in quoted and "每立方米3.10元" in quoted and "分为三档" not in quoted


def test_fields_asked_after_an_item_are_read_from_the_field_group_that_follows_its_text() -> None:
    text = ("每个产业链由一名县级领导担任链长，实行“一位县领导、一个牵头部门”的工作机制。\n"
            "11.现代物流产业链。重点发展城市配送、农村物流、冷链物流。（链长：王某某；牵头单位：交通运输局）\n"
            "12.电子商务产业链。加快推进电子商务产业园建设，构建直播工厂、网红主播打造等电商集聚发展平台。"
            "（链长：谢某某；牵头单位：工业信息化和商务局，发展和改革局）\n")
    q = "县里的重点产业链里有没有专门管电商的？哪位县领导当链长、哪个部门牵头？"
    sel = _select_in(text, q, "关于建立链长制推动重点产业链发展的实施方案", "实施方案 > 三、工作内容")
    fields = "".join(q.text for q in sel.quotes if q.part in (1, 2))
    assert "谢某某" in fields and "王某某" not in fields


def test_a_field_named_before_its_question_word_is_read_after_the_item_even_cut_short_by_the_page() -> None:
    text = ("每个产业链由一名县级领导担任链长，实行“一位县领导、一个牵头部门”的工作机制。\n"
            "6.风电产业链。大力发展塔筒产业。（链长：王某某；牵头单位：发展和改革局）\n"
            "7.奶牛产业链。培育奶牛产业链，发展奶牛养殖3万头，实施一批养殖项目。（链长：宋某某；\n"
            "牵头单位：农业农村局，工业园区管委会、发展和改革局、市场监管局）\n")
    q = "县里奶牛打算发展到多少头？链长是哪位县领导？"
    sel = _select_in(text, q, "关于建立链长制推动重点产业链发展的实施方案", "实施方案 > 三、工作内容")
    fields = "".join(q.text for q in sel.quotes if q.part == 1)
    assert "宋某某" in fields and "王某某" not in fields


def test_a_length_of_time_asked_by_its_count_is_answered_by_one_not_by_a_day() -> None:
    part = question_parts("这笔培训补贴最多能领几年？")[0]
    assert part.asked is Asked.DATE and part.bound == "ceiling"
    assert answers_kind("同一人累计享受培训补贴最长24个月。", part)
    assert answers_kind("补贴期限为3年。", part)
    assert not answers_kind("本办法自2025年7月1日起施行。", part)  # a day, not a length
    assert answers_kind("本办法自2025年7月1日起施行。", question_parts("这个办法哪天开始施行？")[0])
    text = ("本办法自2025年7月1日起施行。同一人累计享受培训补贴最长24个月。")
    sel = _select_in(text, "这笔培训补贴最多能领几年？", "某市人力资源和社会保障局关于印发某市培训补贴办法的通知",
                     "某市培训补贴办法 > 三、补贴期限")
    assert "24个月" in sel.quotes[0].text


def test_how_something_is_done_prefers_the_sentence_under_its_way() -> None:
    text = ("（三）审核。审核通过的，纳入培训补贴发放名单。"
            "（四）发放方式。培训补贴按月发放，直接发放至本人社会保障卡银行账户。")
    sel = _select_in(text, "培训补贴批下来后，钱是怎么发到我手里的？",
                     "某市人力资源和社会保障局关于印发某市培训补贴办法的通知", "某市培训补贴办法 > 四、申请程序")
    assert "社会保障卡" in sel.quotes[0].text


def test_a_yes_no_part_about_what_a_notice_is_titled_for_is_answered_by_that_notice() -> None:
    flood = _passage(1, "主汛期内全天禁止在下列区域游泳、垂钓、戏水。（二）某河石窟景区至新区河段。", "某防指通〔2026〕3号",
                     "某市防汛抗旱指挥部关于汛期禁止在某河河道游泳垂钓的通告",
                     "某市防汛抗旱指挥部关于汛期禁止在某河河道游泳垂钓的通告", "dflood")
    night = _passage(2, "开通某河夜间游船航线，串联石窟景区与新区滨河码头。", "某政办函〔2026〕9号",
                     "某市人民政府办公室关于印发某市促进夜间经济发展行动方案的通知",
                     "某市促进夜间经济发展行动方案 > 二、重点任务", "dnight")
    sel = _select("夏天想带孩子去某河石窟那一段游泳钓鱼，可以吗？", [flood, night])
    assert sel.quotes and sel.quotes[0].hit.chunk.doc_id == "dflood", [q.text for q in sel.quotes]


def test_a_yes_no_part_asking_for_a_limit_wants_a_sentence_about_one() -> None:
    part = question_parts("充电服务费有没有上限？")[0]
    assert part.asked is Asked.YESNO and part.bound == "ceiling"
    text = ("鼓励充电运营企业通过广告等提供增值服务，提升可持续发展能力。"
            "充电服务费实行政府指导价，每千瓦时不超过0.6元。")
    sel = _select_in(text, "充电服务费有没有上限？", "某市人民政府办公室关于加快推进充电基础设施建设的实施方案的通知",
                     "某市充电基础设施建设实施方案 > 三、价格政策")
    assert "0.6元" in sel.quotes[0].text


def test_a_clock_time_a_year_in_a_title_and_an_app_as_kinds_of_answer() -> None:
    until = question_parts("夜班公交会延长到几点？")[0]
    assert until.asked is Asked.DATE
    assert answers_kind("延长中心城区公交夜班线路运营时间至23时。", until)
    assert not answers_kind("延长中心城区公交夜班线路运营时间。", until)
    when = question_parts("这项工作什么时候能落实？")[0]
    # the year in a plan's title names the plan, it is no date for the work
    assert not answers_kind("《某市促进夜间经济发展行动方案（2026—2027年）》已经市人民政府同意，请认真抓好落实。", when)
    assert answers_kind("完成时限：2026年8月31日前。", when)
    where = question_parts("用手机在哪儿办？")[0]
    assert answers_kind("申请人可以登录“i某市”APP，进入“住房保障”专区在线申请。", where)


def test_which_level_of_government_pays_is_answered_by_the_budgets_that_share_it() -> None:
    part = question_parts("这笔钱由哪级财政出？")[0]
    assert answers_kind("租赁补贴资金由市、区两级财政按照5:5的比例分担。", part)


def test_an_amount_asked_on_top_of_a_sum_the_asker_names_is_answered_by_an_addition_only() -> None:
    part = question_parts("涧西区自己有没有额外的租房补贴？在市里每月1500元之外还能再加多少？")[-1]
    assert part.asked is Asked.AMOUNT
    assert not answers_kind("1.博士研究生，每人每月1500元；", part)  # the asker's own base
    assert not answers_kind("5.不符合青年人条件的新市民，每户每月300元。", part)  # another group's rate
    assert answers_kind("在此基础上，涧西区再给予每人每月500元区级补贴。", part)
    # a sum asked without a base named is answered by any sum
    assert answers_kind("1.博士研究生，每人每月1500元；", question_parts("博士每月能领多少租房补贴？")[0])


def test_a_row_of_a_decisions_repeal_list_is_quoted_under_its_heading() -> None:
    from rag.evidence import evidence_text
    text = ("3\t《市人民政府办公室关于印发〈某市妇幼卫生“六免一救助”方案〉的通知》\t某政办发〔2012〕48号\n"
            "4\t《市人民政府办公室关于印发某市鼓励社会办医实施方案的通知》\t某政办发〔2013〕59号")
    q = "某市妇幼卫生“六免一救助”方案现在还能用吗？"
    sel = _select_in(text, q, "某市人民政府关于保留、废止和修改市人民政府行政规范性文件的决定",
                     "某市人民政府关于保留、废止和修改市人民政府行政规范性文件的决定 > 决定废止的市人民政府行政规范性文件目录")
    shown = evidence_text(sel)
    assert "：（决定废止的市人民政府行政规范性文件目录）3" in shown and shown.count("决定废止") == 1
    # a row under any other heading is quoted as it was
    other = _select_in(text, q, "某市人民政府关于某事的通知", "某市人民政府关于某事的通知 > 三、工作安排")
    assert "目录" not in evidence_text(other)


def test_a_notice_saying_the_same_thing_twice_is_quoted_once() -> None:
    title = "某市人民政府办公室关于印发某市加强数字政府建设实施方案的通知"
    text = _passage(1, "4.发展大数据产业。2025年底前,引进、培育15家以上面向细分市场的大数据服务企业,"
                       "形成差异化、专业化大数据应用服务能力。", "某政办发〔2023〕65号", title,
                    "某市加强数字政府建设实施方案 > 三、重点任务", "d65")
    row = _passage(2, "36.引进、培育15家以上面向细分市场的大数据服务企业,形成差异化、专业化大数据应用服务能力。"
                      "\t市发展改革委\t2025年底前", "某政办发〔2023〕65号", title,
                   "某市加强数字政府建设实施方案 > 附件 重点任务分工表", "d65")
    question = "某市数字政府建设方案要引进、培育多少家面向细分市场的大数据服务企业？"
    selection = select_evidence([text.hit, row.hit], question, question_parts(question), None)
    assert len(selection.quotes) == 1
    assert extractive_text(selection).count("15家以上") == 1


def test_a_numbered_case_of_a_list_is_evidence_not_a_heading() -> None:
    rules = _passage(1, "（一）已经获得省级文旅发展专项资金的。\n（二）提供虚假信息骗取补贴资金的。\n"
                        "（三）其他不符合本办法规定条件的。", "某政规发〔2024〕1号",
                     "某市人民政府关于印发某市文旅发展专项资金管理办法的通知", "某市文旅发展专项资金管理办法", "d1")
    question = "景区已经获得省级文旅发展专项资金，还能再申请市里的吗？"
    selection = select_evidence([rules.hit], question, question_parts(question), None)
    assert any("已经获得省级文旅发展专项资金的" in q.text for q in selection.quotes)


def test_a_listed_place_is_quoted_with_its_list_and_the_rule_on_the_list() -> None:
    ban = _passage(1, "一、本通告所称“低慢小”航空器，是指无人驾驶航空器、航空模型、动力伞、滑翔伞、热气球和孔明灯等。\n"
                      "二、禁飞区域。（一）古城核心区：东至温陵路、西至新华路围合区域；（二）紫帽山风景名胜区；"
                      "（三）市行政中心及周边500米范围。\n三、禁飞时间。第二条所列区域全天禁止飞行。\n"
                      "四、违反本通告规定在禁飞区域飞行的，对个人处500元以上2000元以下罚款。",
                   "某公通〔2026〕6号", "某市公安局关于在中心城区部分区域禁止“低慢小”航空器飞行的通告",
                   "某市公安局关于在中心城区部分区域禁止“低慢小”航空器飞行的通告", "d6")
    question = "周末想带孩子去紫帽山用无人机航拍，可以飞吗？"
    selection = select_evidence([ban.hit], question, question_parts(question), None)
    text = extractive_text(selection)
    assert "（禁飞区域）（二）紫帽山风景名胜区" in text
    assert "第二条所列区域全天禁止飞行" in text


def test_the_date_a_notice_was_signed_by_two_issuers_is_no_deadline() -> None:
    from rag.evidence import _sentences
    text = ("七、执行时间\n本通知自2026年9月1日起执行，有效期5年。\n"
            "某市发展和改革委员会某市城市管理局\n2026年7月28日\n（此件主动公开）")
    hit = _passage(1, text, "某发改价〔2026〕27号", "某市发展和改革委员会某市城市管理局关于调整停放服务收费标准的通知",
                   "调整停放服务收费标准的通知", "d27").hit
    flags = {s.text.strip(): s.candidate for s in _sentences([hit], ["执行"], None)[0]}
    assert flags["2026年7月28日"] is False and flags["本通知自2026年9月1日起执行，有效期5年。"] is True


def test_a_step_added_to_a_yes_or_no_gets_a_sentence_of_its_own() -> None:
    plan = _passage(1, "建设互联网门诊，在线开展常见病、慢性病复诊和处方服务。\n推行预约诊疗、智能导诊、结果查询等全流程服务。\n"
                       "医疗机构委托第三方机构配送处方所列药品，实现药品配送有效监管和家门口取药。",
                    "某政办发〔2019〕49号", "某县人民政府办公室关于印发某县“互联网+医疗健康”示范区建设规划的通知",
                    "某县“互联网+医疗健康”示范区建设规划 > 四、主要任务", "d49")
    question = "以后能不能在网上复诊开药，再把药送到家门口？"
    text = extractive_text(select_evidence([plan.hit], question, question_parts(question), None))
    assert "慢性病复诊" in text and "家门口取药" in text


def test_the_figures_and_counts_of_an_askers_account_are_not_what_a_yes_no_part_asks_about() -> None:
    """"我开一辆烧油的轻型货车…早上8点能开进…限行区域吗": "一辆", "8" and "点能" name nothing a notice
    speaks of; weighed with the rest they left the rule on 轻型货车 in 限行区域 short of the part."""
    text = ("一、限行区域为文昌路、运河路、江都路围合的区域。（一）重型、中型货车全天禁止在限行区域内通行。"
            "（二）轻型货车每日7时至9时、17时至19时禁止在限行区域内通行。")
    q = "我开一辆烧油的轻型货车给超市送货，早上8点能开进某州市区的限行区域吗？"
    sel = _select_in(text, q, "某州市公安局关于调整货车通行管理措施的通告", "通告")
    assert not sel.unanswered and any("7时至9时" in quote.text for quote in sel.quotes), sel


def test_an_amount_of_another_kind_or_year_does_not_answer_the_one_asked() -> None:
    """A fine asked, a reward quoted; a count of points asked, a list quoted; next year's 年度 asked,
    this year's printed: each part is left unanswered ("文件未提及"), not answered with the wrong figure."""
    plan = ("对经验收达到生活垃圾分类示范小区标准的居民小区，市级财政给予每个小区3万元一次性奖励。"
            "对单位和个人未按规定分类投放生活垃圾的，由城市管理部门依法责令改正；拒不改正的，依法予以处罚。")
    sel = _select_in(plan, "小区里有人不按规定分类扔垃圾，个人会被罚多少钱？", "某州市生活垃圾分类行动方案的通知", "五、保障措施")
    assert sel.unanswered == (0,), sel
    ban = ("三、城市配送、邮政快递、鲜活农产品运输等确需在限行时段进入限行区域的中型、轻型货车，可以申请通行证。"
           "五、违反本通告规定的，由公安机关交通管理部门处200元罚款。")
    sel = _select_in(ban, "开货车违反市区限行规定，除了罚款还要记几分？", "某州市公安局关于货车通行管理措施的通告", "通告")
    assert sel.unanswered == (0,), sel
    fees = "（二）2026年度居民医保个人缴费标准为：成年居民每人每年400元；未成年人和在校学生每人每年360元。"
    sel = _select_in(fees, "马上要交明年（2027年度）的居民医保了，成年人一年要交多少钱？", "某州市医疗保障局关于调整居民医保筹资标准的通知", "二、筹资标准")
    assert sel.unanswered == (0,), sel
    # (the year asked, printed: answered)
    sel = _select_in(fees, "2026年度的居民医保，成年人一年要交多少钱？", "某州市医疗保障局关于调整居民医保筹资标准的通知", "二、筹资标准")
    assert not sel.unanswered and any("400元" in quote.text for quote in sel.quotes)


def test_a_tables_caption_names_the_unit_of_its_bare_figures() -> None:
    """"单位：元/人" over "序号\\t职业（工种）\\t五级/初级工…": the rows' figures are sums in 元."""
    from rag.evidence import unit_header
    text = "附件1\n补贴标准目录\n单位：元/人\n序号\t职业（工种）\t五级/初级工\t四级/中级工\n13\t养老护理员\t1000\t1500\n"
    assert "四级/中级工" in unit_header(text, "元")
    assert unit_header(text, "万元") == "" and unit_header("单位：元/人\n正文没有表格。", "元") == ""


def test_a_sum_asked_is_answered_by_a_row_under_a_column_of_sums_in_any_unit_of_money() -> None:
    from rag.evidence import answers_kind
    from rag.parts import question_parts
    part = question_parts("依安县分了多少补助资金？")[-1]
    columns = "序号\t县（市）\t计划作业面积（万亩）\t补助标准（元/亩）\t补助资金（万元）"
    assert answers_kind("2\t依安县\t23.76\t25\t594.00", part, columns)
    assert not answers_kind("2\t依安县\t23.76", part, "序号\t县（市）\t计划作业面积（万亩）")
    # (a district's allocation is no sum per lift)
    per_lift = question_parts("我家6层楼加装电梯，政府每台补多少钱？")[-1]
    assert not answers_kind("1\t镜湖区\t60\t360", per_lift, "序号\t区\t计划加装台数（台）\t市级补助资金（万元）")


def test_a_target_asked_by_its_year_is_not_answered_by_another_years_target() -> None:
    text = "严格落实城市建成区“300米见绿、500米见园”要求，2019年城镇建成区绿化覆盖率达到37.7%。"
    title, section = "某市2019年度打赢蓝天保卫战重点工作安排的通知", "三、重点工作"
    assert _select_in(text, "某市到2025年城市建成区绿化覆盖率要达到多少？", title, section).unanswered == (0,)
    assert not _select_in(text, "某市2019年城市建成区绿化覆盖率要达到多少？", title, section).unanswered
    # (another part's year is that part's: "服务卫星定标次数要超过多少次？另外，2025年底前要引进多少家")
    plan = "完成定标场系统升级，服务卫星定标次数超过300次。2025年底前，引进、培育15家以上大数据服务企业。"
    sel = _select_in(plan, "定标场升级后服务卫星定标次数要超过多少次？另外，2025年底前要引进多少家大数据服务企业？",
                     "某市数字政府建设实施方案的通知", "二、主要任务")
    assert not sel.unanswered, sel


# ---- eleventh session: the asker's account, a table's caption, spans, fines, categories, 问答 pages ----

_BAN_TITLE = "某市人民政府关于城区禁止燃放烟花爆竹的通告"
_BAN = ("一、禁放区域：东至滨河路，西至建设路，南至新华街，北至胜利街围合区域（含边界道路）。\n"
        "二、禁放时间：全年每日0时至24时。\n"
        "三、违反本通告规定在禁放区域内燃放烟花爆竹的，由公安机关责令停止燃放，处200元以上500元以下罚款。\n"
        "在禁放区域内销售烟花爆竹的，由市场监督管理部门依法处理。")


def test_a_yes_no_part_is_about_the_act_not_the_askers_day_and_spot() -> None:
    # "今年春节", "在楼下" and "几挂" are the asker's account: the part asks whether 放鞭炮 is allowed
    sel = _select_in(_BAN, "我家在新华街北边。今年春节能在楼下放几挂鞭炮吗？", _BAN_TITLE, f"{_BAN_TITLE}")
    assert not sel.unanswered
    assert any("禁放区域" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_fine_for_another_act_does_not_answer_the_fine_asked() -> None:
    # the 200–500元 fine is for setting them off; selling is left to another department, no sum given
    for q in ("我在街上摆摊卖鞭炮被查到了，要罚多少钱？", "我在禁放区域内销售烟花爆竹被查到了，要罚多少钱？"):
        assert _select_in(_BAN, q, _BAN_TITLE, _BAN_TITLE).unanswered == (0,), q
    # ... and the fine for the act asked is quoted
    sel = _select_in(_BAN, "在禁放区域燃放烟花爆竹要罚多少钱？", _BAN_TITLE, _BAN_TITLE)
    assert not sel.unanswered and any("200元以上500元以下" in q.text for q in sel.quotes)


def test_a_bare_figure_row_under_a_unit_caption_answers_an_amount() -> None:
    text = ("附件1\n某市职业技能培训补贴标准目录\n单位：元/人\n"
            "序号\t职业（工种）\t五级/初级工\t四级/中级工\t三级/高级工\n"
            "1\t电工\t800\t1200\t1600\n2\t焊工\t800\t1200\t1700\n3\t育婴员\t700\t1100\t—")
    title = "某市人力资源和社会保障局关于公布职业技能培训补贴标准目录的通知"
    sel = _select_in(text, "我今年考下了焊工三级证书，培训补贴能领多少？", title, f"{title} > 附件1")
    assert not sel.unanswered
    assert sel.quotes[0].text.startswith("2\t焊工"), [q.text for q in sel.quotes]
    # the caption is no label of the row's cells
    assert "序号：2；职业（工种）：焊工" in labelled_quotes(sel)[1]


def test_a_span_asked_for_an_act_is_the_one_stated_for_that_act() -> None:
    # (the 问答's question on how long payment takes holds 多长时间 and 申请 too)
    text = ("3.补贴申请提交后，多长时间能到账？\n答：区人力资源和社会保障部门自受理之日起15个工作日内完成审核，"
            "公示5个工作日，公示无异议的在10个工作日内拨付到账。\n4.补贴有申请期限吗？\n答：补贴应当自取得证书之日起6个月内"
            "申请，逾期不予受理。")
    title = "某市职业技能培训补贴政策问答"
    sel = _select_in(text, "我拿到了证书，要在多长时间内申请？", title, title)
    assert "6个月内申请" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_question_on_the_other_category_is_not_answered_by_a_notice_on_one() -> None:
    # a price notice for 居民 answers nothing asked of 非居民用户, whatever its sentences say
    title = "某市发展和改革委员会关于调整居民用水价格的通知"
    text = "第一阶梯水价为每立方米3.20元，第二阶梯水价为每立方米4.80元。"
    sel = _select_in(text, "我开了家饭店，属于非居民用户，水价每立方米多少钱？", title, title)
    assert sel.unanswered == (0,)
    sel = _select_in(text, "第一阶梯水价每立方米多少钱？", title, title)
    assert not sel.unanswered


def test_an_open_part_about_a_thing_no_quote_names_is_unanswered() -> None:
    title = "某市居民供热价格调整政策问答"
    text = "已安装热计量装置的居民用户，可以在每年9月30日前向供热企业申请按热计量收费。"
    sel = _select_in(text, "市区的公租房怎么申请？", title, title)
    assert sel.unanswered == (0,)
    assert not _select_in(text, "按热计量收费怎么申请？", title, title).unanswered


def test_a_question_and_a_file_name_on_a_page_are_no_evidence() -> None:
    title = "某市居民供热价格调整政策问答"
    text = ("05家里暖气不热怎么办？\n供热期间，可以拨打供热企业服务热线或者12345热线反映，供热企业应当在24小时内上门处理。\n"
            "相关附件：\n1.某市居民供热定价成本监审报告（摘要）.pdf")
    quoted = [q.text for q in _select_in(text, "家里暖气不热怎么办，找谁反映？", title, title).quotes]
    assert quoted and all(not t.endswith(("？", ".pdf")) for t in quoted), quoted
    assert any("12345" in t for t in quoted)


def test_a_penalty_asked_is_answered_where_one_is_imposed_not_by_a_law_s_name() -> None:
    title = "某市公安局关于在中心城区禁止无人机飞行的通告"
    text = ("为维护公共安全和飞行安全，根据《中华人民共和国治安管理处罚法》《无人驾驶航空器飞行管理暂行条例》等有关规定，"
            "决定在中心城区禁止无人机飞行。\n一、本通告所称无人机，是指无人驾驶航空器、航空模型等。\n"
            "五、违反本通告规定在禁飞区域飞行的，由公安机关责令停止飞行；\n"
            "对个人处500元以上2000元以下罚款，对单位处1万元以上5万元以下罚款。\n七、本通告自2026年7月1日起施行，有效期5年。")
    quoted = [q.text for q in _select_in(text, "违规飞无人机会受到什么处罚？", title, title).quotes]
    assert any("罚款" in t for t in quoted) and not any("处罚法" in t for t in quoted), quoted


def test_a_row_of_short_cells_with_sums_is_evidence_not_a_header() -> None:
    text = ("一、提高个人住房贷款最高额度\n缴存职工购买自住住房的，最高贷款额度按下表执行：\n缴存情况\t最高贷款额度\n"
            "单方缴存\t50万元\t30万元\n夫妻双方缴存\t70万元\t45万元\n")
    title = "某市住房公积金管理委员会关于调整住房公积金贷款政策的通知"
    quoted = [q.text for q in _select_in(text, "夫妻双方缴存的，公积金最高贷款额度是多少？", title, title).quotes]
    assert any("70万元" in t for t in quoted), quoted


def test_a_sum_for_the_districts_a_sentence_lists_does_not_answer_for_a_county_outside_them() -> None:
    from rag.evidence import outside_listed_places
    s = "对城中区、鱼峰区、柳南区、柳北区范围内既有住宅小区新建集中充电设施的，市级财政按照每个充电端口200元的标准给予补助。"
    assert outside_listed_places(s, ["鹿寨县"])
    assert not outside_listed_places(s, ["鱼峰区"])
    assert not outside_listed_places(s, [])
    assert not outside_listed_places("对鱼峰区既有住宅小区…每个充电端口200元。", ["鹿寨县"])  # (one place: no list)
    title = "柳州市人民政府办公室关于印发电动自行车充电设施建设三年行动方案的通知"
    sel = _select_in(s, "我们是鹿寨县县城的老小区，新建集中充电桩，每个充电端口能补多少钱？", title, title)
    assert sel.unanswered == (0,)


def test_an_amount_part_is_not_answered_by_a_sum_for_nothing_it_names() -> None:
    # "每个充电端口能补多少钱" is not answered by a car subsidy, however well it fits the county
    text = "户籍在鹿寨县农村地区的居民，在活动期间购买新能源乘用车新车的，每辆给予下乡消费补贴2000元。"
    title = "柳州市人民政府办公室关于印发新能源汽车下乡消费补贴活动方案的通知"
    assert _select_in(text, "我是鹿寨县的，每个充电端口能补多少钱？", title, title).unanswered == (0,)
    assert not _select_in(text, "我是鹿寨县农村的，买新能源车每辆能补多少钱？", title, title).unanswered


def test_the_askers_before_and_this_time_are_no_subject_of_a_yes_no() -> None:
    title = "某市住房公积金管理委员会关于调整住房公积金个人住房贷款政策的通知"
    text = "购买第二套住房的，首付款比例不低于30%。家庭已有两次住房公积金贷款记录的，不予发放贷款。"
    sel = _select_in(text, "我家以前已经用公积金贷款买过两次房了，这次还能再申请公积金贷款吗？", title, title)
    assert not sel.unanswered and any("两次住房公积金贷款记录" in q.text for q in sel.quotes)
    from rag.evidence import _own_words
    assert not {"以前", "已经", "这次"} & set(_own_words("我家以前已经用公积金贷款买过两次房了，这次还能再申请公积金贷款吗"))


def test_a_yes_no_split_between_two_notices_is_not_spoken_to() -> None:
    # "加装电梯" is said only by a notice on charging bikes, "提取住房公积金" only by one on renting: neither
    # speaks to taking money out for a lift
    rent = _passage(1, "缴存职工及其配偶无自有住房且租房自住的，每人每月可提取住房公积金1300元。", "某房金委〔2026〕3号",
                    "某市住房公积金管理委员会关于调整住房公积金提取政策的通知", "某市住房公积金提取政策 > 四、提高租房提取额度",
                    "dgjj").hit
    lift = _passage(2, "2026年12月31日前，城区住宅小区电梯全部加装电动自行车阻车系统。", "某政办〔2026〕38号",
                    "某市人民政府办公室关于印发电动自行车充电设施建设行动方案的通知", "某市电动自行车充电设施建设行动方案 > 二、主要任务",
                    "debike").hit
    both = [Quote(rent, 0, len(rent.text), 0, 0.4), Quote(lift, 0, len(lift.text), 0, 0.3)]
    def idf(t: str) -> float:  # (the library's weights: words few notices hold weigh more)
        return {"加装": 2.0, "电梯": 2.0, "小区": 1.5}.get(t, 1.0)

    assert not _speaks_to("我们家老小区要加装电梯，能不能提取住房公积金", both, idf)
    assert _speaks_to("租房自住的，能不能提取住房公积金", both, idf)


def test_a_sum_paid_is_not_answered_by_the_word_ratio_or_by_shares_of_something_else() -> None:
    part = question_parts("城乡居民医保个人缴费标准是多少？")[0]
    assert not answers_kind("参保人员住院个人实际报销比例低于同等级协议医疗机构平均水平的，不予调高系数。", part)
    assert answers_kind("个人缴费比例为8%。", part)
    title = "某市人民政府办公室关于印发紧密型城市医疗集团建设试点工作方案的通知"
    text = "城市医疗集团牵头医院要将至少1/3的门诊资源和1/4的住院床位向家庭医生签约服务对象开放。"
    assert _select_in(text, "城乡居民医保个人缴费标准是多少？", title, title).unanswered == (0,)
    title = "某市医疗保障局关于做好城乡居民医保参保缴费工作的通知"
    text = "2025年度城乡居民医保个人缴费标准为每人每年400元。"
    assert not _select_in(text, "城乡居民医保个人缴费标准是多少？", title, title).unanswered


def test_a_rows_bare_figures_and_phone_answer_under_their_columns_units_and_labels() -> None:
    """"计划加装台数（台）" over "50" counts lifts; "…咨询电话" over "0553-…" is the phone asked for."""
    text = ("2026年加装电梯市级补助资金分配表\n序号\t区\t计划加装台数（台）\t市级补助资金（万元）\t区住建部门咨询电话\n"
            "1\t东湖区\t60\t360\t0799-3126748\n2\t西湖区\t50\t300\t0799-5839172\n")
    title, section = "2026年加装电梯市级补助资金分配表", "2026年加装电梯市级补助资金分配表"
    sel = _select_in(text, "西湖区计划加装多少台电梯？", title, section)
    assert sel.unanswered == () and "西湖区\t50" in sel.quotes[0].text
    sel = _select_in(text, "我家在东湖区，想问加装电梯补助的事，该打哪个电话？", title, section)
    assert sel.unanswered == () and "0799-3126748" in sel.quotes[0].text


def test_a_bare_yes_or_no_is_quoted_with_the_reason_after_it() -> None:
    text = ("Q2\n已经在领补贴的，需要重新申请吗？\n不需要重新申请。已纳入发放范围的，自2026年7月起由系统自动按照新标准发放。\n"
            "Q3\n残疾人年满60周岁后还能领吗？\n能。符合条件的继续享受，不因年龄原因停发。\n")
    title, section = "【政策解读】两项补贴标准提高了", "【政策解读】两项补贴标准提高了"
    sel = _select_in(text, "我儿子去年就开始领补贴了，这次标准提高，是不是还得重新去申请？", title, section)
    assert sel.quotes[0].text == "不需要重新申请。已纳入发放范围的，自2026年7月起由系统自动按照新标准发放。"
    from rag.evidence import _with_reason

    q = sel.quotes[0]
    assert _with_reason(q) == q  # (a quote that is more than a yes or no stays as it is)
    from rag.evidence import _BARE_VERDICT

    assert not any(_BARE_VERDICT.fullmatch(t) for t in ("有效期五年。", "会议强调。", "能源局负责。", "不动产登记。"))


def test_whether_a_thing_has_a_limit_is_unanswered_where_no_quote_names_the_thing() -> None:
    text = ("（一）困难残疾人生活补贴对象。具有本市户籍，持有残疾人证，纳入最低生活保障范围的残疾人，以及低保边缘家庭中的"
            "一级、二级重度残疾人申请人。\n二、服务收费。托养机构收取的服务费每人每月不超过800元。\n")
    title, section = "某市关于提高困难残疾人生活补贴标准的通知", "某市关于提高困难残疾人生活补贴标准的通知"
    sel = _select_in(text, "申请困难残疾人生活补贴，对申请人家庭存款有没有上限要求？", title, section)
    assert sel.unanswered == (0,)
    sel = _select_in(text, "托养机构的服务费有没有上限？", title, section)
    assert sel.unanswered == () and "不超过800元" in sel.quotes[0].text
    # a limit the asker tells is no limit asked about
    sel = _select_in(text, "听说托养机构的服务费每人每月最高800元，现在还能申请吗？", title, section)
    assert sel.unanswered == (), sel


def test_whether_one_must_apply_is_answered_where_the_notice_says_whether_one_must() -> None:
    text = ("一、减免对象。具有本市户籍的居民死亡后，遗体在本市殡仪馆火化的，其家属享受基本殡葬服务费用减免。\n"
            "三、减免方式。减免费用由殡仪馆在结算时直接减免，家属无需另行申请。\n")
    title = "某市民政局关于实施基本殡葬服务费用减免政策的通知"
    sel = _select_in(text, "基本殡葬服务费用减免，家属需要自己申请吗？", title, title)
    assert "家属无需另行申请" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_who_does_a_thing_no_quoted_passage_names_is_unanswered_and_so_is_its_cost() -> None:
    """"…意外伤害的，保险由谁购买？费用标准是多少" of a bus notice: no passage speaks of 保险."""
    text = ("一、免费对象。在南湖区、秀洲区学校就读的中小学生，持学生公交卡乘坐城市公交的，免收车费。\n"
            "四、资金保障。公交运营企业因此减少的票款收入，由市、区两级财政按照6:4比例给予补偿。")
    sel = _select_in(text, "中小学课后服务期间学生发生意外伤害的，保险由谁购买？费用标准是多少？",
                     "某市交通运输局关于暑期中小学生免费乘坐城市公交的通知", "某市交通运输局关于暑期中小学生免费乘坐城市公交的通知")
    assert sel.unanswered == (0, 1), [q.text for q in sel.quotes]
    # the same question of a notice that names the insurance is answered
    named = _select_in("课后服务期间的学生校方责任保险由市教育局统一购买，保费每生每年5元。",
                       "中小学课后服务期间学生发生意外伤害的，保险由谁购买？费用标准是多少？",
                       "某市教育局关于规范课后服务的通知", "某市教育局关于规范课后服务的通知 > 六、安全保障")
    assert named.unanswered == (), [q.text for q in named.quotes]


def test_a_rate_per_thing_is_not_answered_by_a_rate_per_something_else() -> None:
    """"市财政每台补助多少钱" (an AED) of a notice that pays teachers per class hour."""
    text = "六、教师补助。参与课后服务的教师按照每课时不低于60元的标准给予补助，所需经费从课后服务收费和财政补助中列支。"
    title = "某市教育局关于规范课后服务的通知"
    sel = _select_in(text, "商场、超市自己配置AED，市财政每台补助多少钱？", title, title)
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]
    per_unit = _select_in("对公共场所新配置的AED，市财政按每台1万元给予补助。", "商场、超市自己配置AED，市财政每台补助多少钱？",
                          "某市卫生健康委员会关于AED配置的通知", "某市卫生健康委员会关于AED配置的通知")
    assert per_unit.unanswered == () and "每台1万元" in per_unit.quotes[0].text
    # (a 台 in a word is no count of things: "平台", "出台")
    platform = _select_in("依托AED管理平台，市财政按每课时60元给予培训补助。", "商场、超市自己配置AED，市财政每台补助多少钱？",
                          title, title)
    assert platform.unanswered == (0,), [q.text for q in platform.quotes]


def test_a_rate_per_unit_used_is_not_answered_by_a_rate_per_another_unit() -> None:
    """"一度电收多少钱" of a notice that pays for chargers built per kilowatt, "每小时多少钱" of an
    electricity subsidy per kilowatt-hour."""
    title = "某市人民政府办公室关于加快推进充电基础设施建设的通知"
    built = "对公共充电设施建设企业给予一次性建设补贴，标准为交流75元/千瓦，直流150元/千瓦。"
    sel = _select_in(built, "在市里的公共充电桩充电，一度电收多少钱？", title, title)
    assert answers_nothing(sel), [q.text for q in sel.quotes]
    priced = _select_in("公共充电设施充电服务费上限为每千瓦时0.8元。", "在市里的公共充电桩充电，一度电收多少钱？", title, title)
    assert priced.unanswered == () and "0.8元" in priced.quotes[0].text
    hourly = _select_in("对国庆期间用电量不低于2万千瓦时的企业按照0.05元/千瓦时的标准给予电价补贴。",
                        "县城的停车场每小时多少钱？", "某县人民政府办公室关于印发工业经济稳增长政策的通知",
                        "某县工业经济稳增长政策")
    assert answers_nothing(hourly), [q.text for q in hourly.quotes]
    parking = _select_in("路内停车泊位白天首小时2元，之后每小时1元。", "县城的停车场每小时多少钱？",
                         "某县发展和改革局关于停车收费标准的通知", "某县发展和改革局关于停车收费标准的通知")
    assert parking.unanswered == () and "每小时1元" in extractive_text(parking)


def test_an_amount_of_a_thing_no_quoted_passage_speaks_of_is_unanswered() -> None:
    """"产业园总投资多少亿元" of a plan whose figures are revenues: none of its passages speaks of investment."""
    text = ("2025年底前，建成20个大型数据中心，上架率达85%，PUE平均值控制在1.2以下，数字信息产业产值达到500亿元。"
            "2025年底前，建成信创计算制造产业园，引进培育5家以上信创产业生态企业。")
    title, section = "某市人民政府办公室关于印发某市数字政府建设实施方案的通知", "某市数字政府建设实施方案 > 三、重点任务"
    sel = _select_in(text, "数字政府建设要建的信创计算制造产业园，总投资多少亿元？", title, section)
    assert answers_nothing(sel), [q.text for q in sel.quotes]
    invested = _select_in(text + "信创计算制造产业园项目总投资120亿元。", "数字政府建设要建的信创计算制造产业园，总投资多少亿元？",
                          title, section)
    assert "120亿元" in extractive_text(invested)
    # a size is told by its unit, not by the word the question uses for it
    pool = _select_in("新建6.5万立方米沉砂蓄水池一座，配套建设附属设施。", "新建沉砂蓄水池容积是多少？",
                      "某市人民政府办公室关于印发水污染防治建设项目的通知", "某市水污染防治建设项目")
    assert "6.5万立方米" in extractive_text(pool)


def test_a_bare_rate_asked_after_a_thing_no_passage_speaks_to_is_unanswered_too() -> None:
    """"路边停车位怎么收费？每小时多少钱" of a notice that prices charging by the hour: the rate asked is
    the parking's, which no passage speaks of."""
    text = "公共充电设施夜间充电服务费按每小时2元收取。加快电动汽车充电基础设施建设。"
    title = "某县发展和改革局关于充电服务收费的通知"
    sel = _select_in(text, "县城路边停车位怎么收费？每小时多少钱？", title, title)
    assert sel.unanswered == (0, 1) and answers_nothing(sel), [q.text for q in sel.quotes]


def test_who_holds_a_post_is_not_answered_by_who_holds_another() -> None:
    """"总院院长现在是谁" of a plan that names only who chairs its committee."""
    text = "成立市公立医院管理委员会，由政府分管副市长任主任，市卫生健康委等为成员单位。"
    title = "某市人民政府办公室关于印发某市紧密型城市医疗集团建设试点工作方案的通知"
    sel = _select_in(text, "城市医疗集团总院成立后，总院院长现在是谁？", title, "某市紧密型城市医疗集团建设试点工作方案")
    assert answers_nothing(sel), [q.text for q in sel.quotes]
    chair = _select_in(text, "市公立医院管理委员会的主任是谁？", title, "某市紧密型城市医疗集团建设试点工作方案")
    assert "副市长任主任" in extractive_text(chair)


def test_the_phone_of_a_contact_no_passage_names_is_not_another_office_s_phone() -> None:
    """"…具体联系人是谁？电话多少" of a plan that names no contact, beside another office's 监督电话."""
    text = ("各牵头单位于每季度末将工作进展报市发展和改革委员会，市发展和改革委员会汇总后报市人民政府。"
            "监督电话：0355-2196327（市民政局养老服务科）。")
    title = "某市人民政府办公室关于印发社区嵌入式服务设施建设实施方案的通知"
    sel = _select_in(text, "社区服务设施建设由市发展和改革委员会汇总进展，具体联系人是谁？电话多少？", title, title)
    assert sel.unanswered == (0, 1) and answers_nothing(sel), [q.text for q in sel.quotes]
    named = _select_in("联系人：市发展和改革委员会社会发展科王某某，联系电话：0355-2031234。",
                       "社区服务设施建设由市发展和改革委员会汇总进展，具体联系人是谁？电话多少？", title, title)
    assert "0355-2031234" in extractive_text(named)


def test_a_table_tiered_by_where_one_comes_from_answers_with_the_asker_s_row() -> None:
    """A worker from another province, or from another city of the province (``rag.query.elsewhere``'s
    外省 and 外市), gets the row for where they come from."""
    text = ("二、补贴标准。按照劳动者户籍所在地分档给予一次性交通补贴：\n户籍所在地\t补贴标准\n山西省外\t每人500元\n"
            "山西省内长治市外\t每人300元\n脱贫人口在上述标准基础上每人增加200元。")
    title = "某市人力资源和社会保障局关于对春节后来长务工人员给予一次性交通补贴的通知"
    for asked, row in (("我是外省人，春节后来这里的厂里上班，听说有交通补贴，能领多少？", "每人500元"),
                       ("我老家是外市的，春节后来这里上班，交通补贴给多少？", "每人300元")):
        sel = _select_in(text, asked, title, title + " > 二、补贴标准")
        assert row in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_what_an_amending_notice_changed_is_its_items_and_when_it_starts_its_own_day() -> None:
    """"…修改了哪些条款？从什么时候起施行" of a notice whose items lost their stops to OCR."""
    text = ("《某市临时救助实施办法》自2026年4月1日施行以来，各县、区认真落实临时救助政策。现对《某市临时救助实施办法》有关条款修改如下：\n"
            "一、将第五条第（一）项中的“3倍”修改为“4倍”\n二、将第七条中的“1000元以下”修改为“2000元以下”\n"
            "三、本通知自2026年10月1日起施行。")
    title = "某市民政局关于调整临时救助标准的通知"
    sel = _select_in(text, "这个通知修改了《某市临时救助实施办法》的哪些条款？从什么时候起施行？", title, title)
    quoted = extractive_text(sel)
    assert "“3倍”修改为“4倍”" in quoted and "“1000元以下”修改为“2000元以下”" in quoted, quoted
    assert "自2026年10月1日起施行" in quoted and "施行以来" not in quoted, quoted


def test_where_money_is_paid_is_the_card_or_account_not_the_notice_s_addressees() -> None:
    text = ("各县、区人力资源和社会保障局、财政局，各有关企业：\n三、申领程序。用工企业于2026年5月31日前统一申报。"
            "县、区人力资源和社会保障部门审核通过后，补贴资金直接发放至劳动者本人社会保障卡。")
    title = "某市人力资源和社会保障局关于给予一次性交通补贴的通知"
    sel = _select_in(text, "交通补贴的资金发到哪里？", title, title)
    assert "社会保障卡" in sel.quotes[0].text and "各有关企业" not in extractive_text(sel), [q.text for q in sel.quotes]


def test_rates_and_things_written_other_ways_still_answer() -> None:
    """The review's cases: a rate per kW·h, a gas price per 立方, "一度" as "for a time", a fee per 课时, a
    word of the thing asked (绿化 of 绿化率), a post printed spaced out, a notice's own 咨询电话."""
    title = "某市发展和改革委员会关于居民生活用能价格的通知"
    for text, question, said in (
            ("居民生活用电价格为0.4770元/kW·h。", "居民用电一度电多少钱？", "0.4770元"),
            ("居民管道天然气价格为2.86元/立方。", "管道天然气每立方米多少钱？", "2.86元"),
            ("基础养老金每人每月发放200元。", "去年基础养老金一度停发，现在每月发多少？", "200元"),
            ("参与课后服务的教师每课时补助不低于60元。", "课后服务老师每小时补多少钱？", "60元"),
            ("全市建成区绿化覆盖率达到42%。", "城市绿化率要达到多少？", "42%")):
        assert said in extractive_text(_select_in(text, question, title, title)), question
    spaced = _select_in("决定聘任张明同志为市第一中学校 长。", "第一中学现在的校长是谁？", "某市教育局关于张明同志任职的通知",
                        "某市教育局关于张明同志任职的通知")
    assert "张明" in extractive_text(spaced)
    own_phone = _select_in("符合条件的创业人员给予一次性创业补贴5000元。政策咨询电话：0355-2196315。", "具体联系人是谁？电话多少？",
                           "某市人力资源和社会保障局关于创业补贴的通知", "某市人力资源和社会保障局关于创业补贴的通知")
    assert own_phone.unanswered == (0,) and "0355-2196315" in extractive_text(own_phone)


def test_an_asker_from_another_province_gets_the_rule_for_those_without_the_city_s_huji_first() -> None:
    text = ("第六条申请临时救助，由申请人向户籍所在地乡镇人民政府（街道办事处）提出。"
            "非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府（街道办事处）申请急难型临时救助。")
    title = "某市人民政府办公室关于印发某市临时救助实施办法的通知"
    sel = _select_in(text, "我是外省人，在这里打工出了车祸，没有本地户口，能申请临时救助吗？找谁？", title, "某市临时救助实施办法")
    assert "非本市户籍人员" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_rule_for_askers_from_away_answers_a_one_part_question_that_says_where_they_come_from() -> None:
    text = ("在本市就业创业或者在本市参加企业职工基本养老保险的外地户籍人员，与本市户籍人员同等享受职业技能培训补贴。"
            "职业技能培训补贴标准按照《目录》执行。")
    title = "某市人力资源和社会保障局关于公布职业技能培训补贴标准目录的通知"
    sel = _select_in(text, "我是外省户口，在这边交养老保险。我在定点培训机构考了焊工五级证，能申请培训补贴吗？", title, title)
    assert not answers_nothing(sel) and "同等享受职业技能培训补贴" in extractive_text(sel), [q.text for q in sel.quotes]


def test_an_item_of_a_list_comes_with_the_sentence_that_says_whom_the_list_is_for() -> None:
    text = ("第六条 累计献血（全血）达到20次的献血者，凭《无偿献血证》享受下列优待：\n（一）免费游览本市政府投资主办的公园、景区；\n"
            "（二）在本市公立医疗机构就诊时享受优先挂号服务。")
    title = "某市人民政府办公室关于印发某市无偿献血者优待办法的通知"
    sel = _select_in(text, "献过血的人逛本市政府投资主办的公园、景区都免费吗？", title, "某市无偿献血者优待办法")
    quoted = [q.text for q in sel.quotes]
    assert any("达到20次" in t for t in quoted) and any("免费游览" in t for t in quoted), quoted
    # a list of cases a rule applies to keeps its own reading (the case, then its rule)
    cases = "有下列情形之一的，不予奖励：\n（一）伪造献血记录的；\n（二）冒用他人献血证的。"
    sel = _select_in(cases, "冒用别人的献血证会怎样？", title, "某市无偿献血者优待办法 > 第九条")
    assert [q.text for q in sel.quotes].count("有下列情形之一的，不予奖励：") <= 1


def test_a_row_naming_the_askers_group_in_a_later_cell_and_their_level_first_answers_for_them() -> None:
    text = ("四、收费标准。课后服务按学期收费，收费标准如下：\n学段\t服务时段\t收费标准（每生每学期）\t说明\n"
            "小学\t基本托管（放学后至17:30）\t不超过600元\t低保、特困供养家庭学生免收\n"
            "初中\t基本托管（放学后至17:30）\t不超过500元\t低保、特困供养家庭学生免收\n"
            "五、退费办法。学生中途退出课后服务的，学校按照剩余教学周数退还费用。\n"
            "学校应当在收费前将收费项目、标准和依据向家长公示，表中未列明的项目不得收费。")
    title = "某市教育局关于规范义务教育学校课后服务工作的通知"
    sel = _select_in(text, "孩子读小学三年级，家里是低保户，学校的课后服务要交钱吗？", title, title + " > 四、收费标准")
    quoted = [q.text for q in sel.quotes]
    assert any(t.startswith("小学\t基本托管") for t in quoted) and not any(t.startswith("初中") for t in quoted), quoted


def test_a_who_part_that_points_back_or_names_no_thing_is_not_judged_by_the_things_it_names() -> None:
    text = "到2025年年底，专用充电设施车桩比要达到15:1。（加快行业专用充电基础设施建设）牵头单位：市交通运输局。"
    title = "某市人民政府办公室关于印发新能源汽车充电基础设施建设实施方案的通知"
    for q in ("到2025年年底，专用充电设施车桩比要达到多少？这项任务由哪个单位牵头？",
              "到2025年年底，专用充电设施车桩比要达到多少？最后报给哪个部门？"):
        sel = _select_in(text, q, title, title)
        assert 1 not in sel.aimless, (q, [x.text for x in sel.quotes])


def test_the_rule_for_being_away_does_not_answer_an_asker_at_home_and_does_answer_one_away() -> None:
    text = ("第五条 在本市以外医疗机构临床用血的，可以自出院之日起2年内向市中心血站申请报销。"
            "在本市医疗机构临床用血的，由医疗机构在出院结算时直接减免用血费用，献血者家属无需另行申请。")
    title = "某市人民政府办公室关于印发某市无偿献血者优待办法的通知"
    home = _select_in(text, "我妈下个月要在市里的医院做手术，可能要输血。听说要先自己垫钱，出院后再去报销，是这样吗？", title, title)
    assert "直接减免" in home.quotes[0].text, [q.text for q in home.quotes]
    away = _select_in(text, "我在外地住院输了血，回来还能报销吗？", title, title)
    assert "本市以外" in away.quotes[0].text, [q.text for q in away.quotes]


def test_a_qa_page_s_answer_to_the_question_asked_in_other_words_is_the_evidence() -> None:
    """On a 问答 page the answer under "…能同时享受吗？" answers "…能一起享受吗", over another answer that
    shares more of the notice's words ("养老服务补贴的对象是…")."""
    text = ("五、高龄津贴和养老服务补贴能同时享受吗？\n可以同时享受。符合条件的失能老年人，既可以按月领取高龄津贴，"
            "也可以享受居家养老服务。\n六、哪些老年人可以享受养老服务补贴？\n养老服务补贴的对象是具有本市户籍，纳入最低生活"
            "保障范围，并经老年人能力评估为失能或者半失能的老年人。")
    title = "《某市民政局关于调整高龄津贴标准和实施失能老年人养老服务补贴的通知》政策解读"
    q = "我爷爷85岁，是低保户，评估是失能，高龄津贴和养老服务补贴能一起享受吗？"
    sel = _select_in(text, q, title, f"{title} > 六、哪些老年人可以享受养老服务补贴？")
    assert sel.quotes[0].text.startswith("可以同时享受"), [x.text for x in sel.quotes]


def test_faq_likeness_weighs_how_nearly_a_qa_page_s_question_is_the_one_asked() -> None:
    asked = "高龄津贴和养老服务补贴能一起享受吗"
    assert faq_likeness(asked, "高龄津贴和养老服务补贴能同时享受吗") > 0.7
    assert faq_likeness(asked, "哪些老年人可以享受养老服务补贴") < 0.5
    assert faq_likeness(asked, "") == 0.0


def test_a_yes_no_question_of_one_who_lacks_a_condition_is_answered_by_whom_the_notice_lets_apply() -> None:
    """"…私立幼儿园，不是普惠园，家里是低保户，能申请学前资助吗" is answered by the rule naming the kindergartens
    whose children may apply, over a 问答 answer of the sums a 低保 child in a 普惠 kindergarten gets."""
    text = ("一、资助对象\n在本市公办幼儿园和普惠性民办幼儿园就读的在园幼儿中，下列家庭经济困难幼儿可以申请资助：\n"
            "（一）最低生活保障家庭幼儿；\n（二）特困供养幼儿。\n二、资助标准\n最低生活保障家庭幼儿每生每年减免保育教育费1600元。\n"
            "问：我家是低保户，孩子在普惠性民办幼儿园上学，学前教育资助一年能有多少？\n"
            "答：最低生活保障家庭幼儿每生每年减免保育教育费1600元，发放生活补助900元。")
    title = "某市教育局某市财政局关于做好学前教育幼儿资助工作的通知"
    q = "孩子上的是一家收费比较高的私立幼儿园，不是普惠园，家里是低保户，能申请学前资助吗？"
    sel = _select_in(text, q, title, f"{title} > 一、资助对象")
    assert "普惠性民办幼儿园就读" in sel.quotes[0].text, [x.text for x in sel.quotes]


def test_a_total_asked_is_not_answered_by_a_sum_per_household_nor_a_row_s_number() -> None:
    (total,) = question_parts("麒麟区农村危房改造的补助资金总额是多少？")
    assert not answers_kind("农村危房改造\t农村分散供养特困人员\tD级危房拆除重建\t每户45000元", total)
    assert answers_kind("全区下达补助资金总额1200万元，按每户45000元标准补助。", total)
    (share,) = question_parts("市、区两级财政各承担多少？")
    assert not answers_kind("5\t补助资金筹措和拨付\t区财政局\t区住房和城乡建设局\t验收合格后20个工作日内", share)


def test_a_row_is_read_under_the_title_printed_over_its_table_and_conditions_are_whom_the_notice_lets_apply() -> None:
    """"每月能领多少租赁补贴" is answered by the 外来务工人员 row of the table titled "…租赁补贴标准", whose cells
    name neither 租赁 nor 补贴; "要什么条件" by whom the notice lets apply, not by who must leave."""
    text = ("一、保障对象。在中心城区稳定就业，在本市连续缴纳职工基本养老保险满12个月、在中心城区无自有住房的外来务工人员，"
            "可以申请公共租赁住房实物配租或者租赁补贴。\n二、保障方式。选择租赁补贴的，按照下表标准按月发放：\n"
            "中心城区公共租赁住房租赁补贴标准（按户按月发放）\n保障对象\t1人户\t2人户\t3人及以上户\n"
            "城镇低收入住房困难家庭\t300元\t450元\t600元\n外来务工人员\t240元\t360元\t480元\n"
            "三、退出管理。保障对象不再符合保障条件的，应当在3个月内退出公共租赁住房或者停止领取租赁补贴。")
    title = "某市住房和城乡建设局关于将外来务工人员纳入公共租赁住房保障范围的通知"
    q = "我们一家三口从外地来打工，自己在外面租房住，每月能领多少租赁补贴？要什么条件？"
    pension = "关于进一步做好城乡居民基本养老保险工作的通知"
    sel = _select(q, [_passage(1, text, "某住建发〔2025〕56号", title, f"{title} > 二、保障方式", "rent"),
                      _passage(2, "五、待遇标准\n市级财政为本市参保人每人每月加发基础养老金15元。", "某政办发〔2026〕9号",
                               pension, f"{pension} > 五、待遇标准", "pension")])
    by_part = {p: [x.text for x in sel.quotes if x.part == p] for p in (0, 1)}
    assert any("外来务工人员\t240元" in t for t in by_part[0]), by_part
    assert by_part[1] and "满12个月" in by_part[1][0], by_part


def test_a_sum_paid_for_the_asker_in_everyday_words_is_answered_by_the_sum_the_notice_pays_in_their_stead() -> None:
    """"政府能帮着交吗？帮交多少" is answered by "…按每人每年200元的标准为其代缴…": 帮交 is 代缴, and a sum paid
    in one's stead is a sum paid, not "文件未提及"."""
    text = ("四、困难群体代缴\n对最低生活保障对象、特困人员等缴费困难群体，由县级人民政府按每人每年200元的标准为其代缴"
            "全部最低档次养老保险费；对低保边缘家庭成员，按每人每年100元的标准代缴部分养老保险费。")
    title = "某市人民政府办公室关于进一步做好城乡居民基本养老保险工作的通知"
    sel = _select_in(text, "我们家是低保户，我爱人交不起城乡居民养老保险，政府能帮着交吗？帮交多少？", title,
                     f"{title} > 四、困难群体代缴")
    assert not sel.unanswered and "200元" in sel.quotes[0].text, (sel.unanswered, [x.text for x in sel.quotes])


def test_a_phone_asked_after_which_office_is_the_phone_of_the_office_chosen() -> None:
    """An open-data list of service stations by county: "金渠镇这边是哪家服务机构？电话多少？" is answered by the
    金渠 station's row, phone and all, not by the first rows' phones."""
    text = ("序号\t区县\t机构名称\t机构地址\t联系电话\t服务范围\n"
            "1\t渭滨区\t渭滨区康颐居家养老服务中心\t渭滨区经二路118号\t0917-3216608\t经二路街道、清姜街道\n"
            "2\t渭滨区\t宝鸡福寿园养老服务有限公司\t渭滨区清姜路56号\t0917-3613352\t石鼓镇、神农镇\n"
            "12\t眉县\t眉县太白山居家养老服务中心\t眉县首善街道平阳街92号\t0917-5546103\t首善街道、横渠镇\n"
            "13\t眉县\t眉县金渠养老服务站\t眉县金渠镇金渠街16号\t0917-5581247\t金渠镇、齐镇、常兴镇\n"
            "14\t陇县\t陇县关山居家养老服务中心\t陇县城关镇东大街66号\t0917-4612859\t城关镇、东风镇")
    sel = _select_in(text, "我妈住在眉县金渠镇，想申请家庭养老床位，金渠镇这边是哪家服务机构？电话多少？",
                     "宝鸡市家庭养老床位服务机构名录", "宝鸡市家庭养老床位服务机构名录")
    quoted = [q.text for q in sel.quotes]
    assert quoted and all("金渠" in t for t in quoted) and "0917-5581247" in "".join(quoted)
    assert not unanswered_parts(sel)


def test_a_total_budget_is_not_a_sum_per_bed_nor_another_subsidy_s_share() -> None:
    """"…家庭养老床位…资金总预算是多少？市级财政安排了多少？": the plan gives a sum per bed and a 5:5 split, another
    notice (a 春节 subsidy) a 60% share: neither part is answered."""
    plan = _passage(1, "二、建设补贴。对每张家庭养老床位的适老化改造和智能照护设备配置，按照每张床位不超过3000元的标准"
                       "给予一次性建设补贴。\n七、资金保障。建设补贴和服务补贴所需资金由市、区县两级财政按照5:5的比例分担。",
                    "宝政办发〔2026〕7号", "宝鸡市人民政府办公室关于印发宝鸡市家庭养老床位建设和服务实施方案的通知",
                    "宝鸡市家庭养老床位建设和服务实施方案", "plan").hit
    other = _passage(2, "四、资金保障。所需资金由市级财政承担60%，区县财政承担40%。", "宝市民发〔2026〕3号",
                     "宝鸡市民政局关于做好2026年春节期间困难群众一次性生活补贴发放工作的通知",
                     "宝鸡市民政局关于做好2026年春节期间困难群众一次性生活补贴发放工作的通知 > 四、资金保障", "other").hit
    q = "2026年宝鸡市家庭养老床位建设和服务补贴的资金总预算是多少？市级财政安排了多少？"
    sel = select_evidence([plan, other], q, question_parts(q), None)
    assert len(unanswered_parts(sel)) == 2


def test_a_phone_asked_of_a_row_whose_phone_cell_is_empty_is_not_answered() -> None:
    text = ("序号\t区县\t机构名称\t机构地址\t联系电话\t服务范围\n"
            "15\t千阳县\t千阳县惠民养老服务中心\t千阳县城关镇中大街23号\t0917-4213097\t城关镇、崔家头镇\n"
            "16\t麟游县\t麟游县九成宫养老服务站\t麟游县九成宫镇西街8号\t\t九成宫镇、崔木镇")
    sel = _select_in(text, "麟游县做家庭养老床位的服务机构电话是多少？", "宝鸡市家庭养老床位服务机构名录",
                     "宝鸡市家庭养老床位服务机构名录")
    assert unanswered_parts(sel) and answers_nothing(sel)


def test_how_a_fund_is_shared_is_answered_by_who_bears_what_share() -> None:
    text = ("三、发放要求。各区县于2026年2月10日前通过社会救助“一卡通”将补贴资金直接发放到对象账户，不得以实物代替现金。"
            "各区县民政局要于2026年2月20日前将发放情况报市民政局社会救助科。\n四、资金保障。所需资金由市级财政承担60%，"
            "区县财政承担40%。")
    sel = _select_in(text, "宝市民发〔2026〕3号规定的一次性生活补贴资金怎么分担？各区县民政局什么时候前报送发放情况？",
                     "宝鸡市民政局关于做好春节期间困难群众一次性生活补贴发放工作的通知",
                     "宝鸡市民政局关于做好春节期间困难群众一次性生活补贴发放工作的通知")
    assert any("承担60%" in q.text for q in sel.quotes if q.part == 0), sel.quotes


def test_a_phone_asked_after_a_list_of_offices_is_answered_by_their_rows() -> None:
    text = ("序号\t县（区）\t受理网点及地址\t咨询电话\n"
            "6\t柳东新区\t柳东新区政务服务中心（新柳大道111号）\t0772-3168872\n"
            "15\t柳东新区\t柳东汽车生活广场集中受理点（车园横二路9号）\t0772-3156620")
    sel = _select_in(text, "我住在柳东新区，新能源车补贴想去现场办，附近有哪些网点可以办？电话多少？",
                     "柳州市2026年新能源汽车消费补贴实施细则", "柳州市2026年新能源汽车消费补贴实施细则 > 附件")
    assert "0772-3168872" in "".join(q.text for q in sel.quotes) and "文件未提及" not in extractive_text(sel)


def test_a_service_station_named_in_a_plan_is_no_department_in_charge() -> None:
    """"…归哪个部门管" is not answered by a plan that builds "户外运动营地和服务站" (a station is no department),
    but the station is what answers "哪家服务机构"."""
    [dept] = question_parts("户外运动的设施归哪个部门管？")
    assert not answers_kind("建设集露营、休憩、娱乐、补给等多种功能于一体的户外运动营地和服务站。", dept)
    assert answers_kind("（推动户外运动设施建设）责任单位：教体局", dept)
    [which] = question_parts("金渠镇这边是哪家服务机构？")
    assert answers_kind("13\t眉县\t眉县金渠养老服务站\t眉县金渠镇金渠街16号", which)


def test_a_hotline_written_without_an_area_code_answers_a_phone_asked() -> None:
    text = "五、咨询方式。政策咨询可拨打12345政务服务便民热线，或者向所在镇人民政府（街道办事处）咨询。"
    sel = _select_in(text, "家庭养老床位的事情，咨询电话是多少？", "某市家庭养老床位政策问答", "某市家庭养老床位政策问答 > 五、咨询方式")
    assert not answers_nothing(sel) and "12345" in "".join(q.text for q in sel.quotes)


def test_a_unit_alone_is_no_sum_and_a_budget_is_not_answered_by_a_rate_or_a_sum_per_unit() -> None:
    part = question_parts("门诊一年最多能报多少？")[0]
    assert not answers_kind("单位：人、元/人、万元", part)  # (a table's caption: units, no figure)
    assert answers_kind("门诊统筹年度最高支付限额为五百元。", part)
    money = question_parts("康复训练每年能补助多少钱？")[0]
    assert not answers_kind("金额单位：万元", money) and answers_kind("每人每年两万元。", money)
    budget = question_parts("租赁补贴总共安排了多少资金？")[0]
    assert budget.unit == "元"
    assert not answers_kind("租赁补贴所需资金由市、区两级财政按照6:4的比例分担。", budget)
    assert not answers_kind("低保特困家庭：每平方米每月12元。", budget)
    assert answers_kind("2026年共安排租赁补贴资金1860万元。", budget)


def test_a_count_of_times_is_not_answered_by_a_list_and_paying_in_parts_needs_a_quote_on_it() -> None:
    times = question_parts("个人缴费要分几次交？")[0]
    assert times.asked is Asked.COUNT
    assert not answers_kind("特困人员、孤儿和事实无人抚养儿童，个人缴费部分给予全额资助。", times)
    text = ("2027年度居民医保个人缴费标准为每人每年400元。集中缴费期为2026年9月1日至2026年12月31日。"
            "参保人员可以通过税务部门线上缴费渠道、银行柜台或者村（社区）代收点缴纳。")
    title, section = "某市医疗保障局关于做好2027年度城乡居民医保参保缴费工作的通知", "某市医保通知 > 二、缴费标准"
    sel = _select_in(text, "城乡居民医保的个人缴费能不能分几次交？", title, section)
    assert 0 in sel.unanswered, [q.text for q in sel.quotes]
    sel = _select_in(text + "个人缴费可以一次性缴纳，也可以按月分期缴纳。", "城乡居民医保的个人缴费能不能分几次交？", title, section)
    assert 0 not in sel.unanswered, [q.text for q in sel.quotes]


def test_an_office_inside_a_department_is_asked_by_which_section() -> None:
    part = question_parts("这项任务市住建局具体是哪个科室负责？")[0]
    assert part.asked is Asked.ORG
    assert not answers_kind("本办法由市住房和城乡建设局负责解释。", part)
    assert answers_kind("具体工作由市住房和城乡建设局住房保障科负责。", part)


def test_a_tables_total_row_and_note_are_not_cells_of_its_last_row() -> None:
    from rag.evidence import table_rows
    text = ("20\t张家川县\t低保对象\t15293\t280\n21\t张家川县\t监测对象\t4187\t200\n合计\t157918\n"
            "注：资助标准依据某医保发〔2026〕58号确定。")
    rows = [text[a:b] for a, b in table_rows(text, split_sentences(text))]
    assert rows[:3] == ["20\t张家川县\t低保对象\t15293\t280", "21\t张家川县\t监测对象\t4187\t200", "合计\t157918"]


def test_the_sum_granted_to_the_askers_own_group_comes_with_the_sum_everyone_pays() -> None:
    text = ("二、缴费标准。2027年度居民医保个人缴费标准为每人每年400元。"
            "三、参保资助。（一）特困人员，个人缴费部分给予全额资助；（二）最低生活保障对象，每人资助280元；"
            "（三）防止返贫监测对象，每人资助200元。")
    sel = _select_in(text, "我爸妈都是低保对象，2027年的城乡居民医保，每人自己还要交多少钱？",
                     "某市医疗保障局关于做好2027年度城乡居民医保参保缴费工作的通知", "某市医保通知 > 二、缴费标准")
    quoted = "".join(q.text for q in sel.quotes)
    assert "每人每年400元" in quoted and "最低生活保障对象，每人资助280元" in quoted
    assert "防止返贫监测对象，每人资助200元" not in quoted


def test_a_yes_or_no_for_a_child_of_an_age_is_answered_by_the_ages_it_is_for() -> None:
    text = ("一、资助对象。在我市普惠性民办幼儿园就读的3至6周岁在园幼儿中的家庭经济困难幼儿。"
            "二、资助标准。城乡低保家庭幼儿，每生每学期1000元。三、申请程序。幼儿家长于3月20日前向就读幼儿园提出申请。")
    sel = _select_in(text, "我儿子两岁半，在普惠幼儿园上托班，家里是低保户，春季学期那个学前教育资助他能领吗？",
                     "某市教育局关于做好2026年春季学期学前教育幼儿资助工作的通知", "某市教育局通知 > 一、资助对象")
    assert "3至6周岁在园幼儿" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_sentence_that_grants_the_askers_group_a_sum_of_its_own() -> None:
    from rag.evidence import _grants_group, _groups_of

    groups = _groups_of("我爸妈都是低保对象，每人自己还要交多少钱？")
    assert "最低生活保障" in groups  # (the notices' name for 低保)
    assert _grants_group("（二）最低生活保障对象，每人资助280元；", groups)
    assert not _grants_group("（三）防止返贫监测对象，每人资助200元。", groups)
    assert not _grants_group("最低生活保障对象的认定按民政部门有关规定执行。", groups)  # (no sum)


def test_how_long_is_answered_by_a_span_and_within_how_long_by_a_deadline_too() -> None:
    span = question_parts("审核一共要多长时间？")[0]
    assert not answers_kind("1\t制定租赁补贴申请审核操作规程\t市住房和城乡建设局\t2026年4月30日前", span)
    assert answers_kind("街道办事处自受理之日起10个工作日内完成初审。", span)
    within = question_parts("这项工作要在多长时间内完成？")[0]
    assert answers_kind("2026年6月30日前完成全部改造。", within) and answers_kind("新生儿在出生后90日内办理参保缴费。", within)
    assert not answers_kind("个人缴费标准为每人每年400元。", within)
    assert answers_kind("须于案件办结后一周内，将有关情况报县人民政府。", question_parts("要在多长时间内向谁报告？")[0])
    assert question_parts("补贴多久发一次？")[0].asked is not Asked.DATE or answers_kind("补贴按季度发放，每季度首月20日前发放。",
                                                                                  question_parts("补贴多久发一次？")[0])


def test_whether_one_who_qualifies_twice_gets_both_is_answered_by_the_rule_for_it() -> None:
    text = ("三、参保资助。（一）特困人员，个人缴费部分给予全额资助；（二）最低生活保障对象，每人资助280元；"
            "（三）防止返贫监测对象，每人资助200元。同时具有多重身份的，按照就高原则资助，不重复资助。")
    sel = _select_in(text, "我家老人既是低保对象，又是防止返贫监测对象，明年居民医保的资助是两项都给吗？",
                     "某市医疗保障局关于做好2027年度城乡居民医保参保缴费工作的通知", "某市医保通知 > 三、参保资助")
    assert "按照就高原则资助，不重复资助" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_ages_answer_whether_one_qualifies_not_whether_a_sum_went_up() -> None:
    text = ("（二）最低生活保障对象：失能老年人每人每月500元，半失能老年人每人每月300元。"
            "三、年满80周岁的失能、半失能服务对象，在上述标准基础上每人每月增加服务补贴100元。")
    sel = _select_in(text, "我奶奶今年72岁，是低保对象，评估是半失能，她每月的服务补贴也涨了吗？",
                     "某市人民政府办公室关于调整家庭养老床位服务补贴标准的通知", "某市通知 > 三、服务补贴")
    assert all("年满80周岁" not in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_rule_that_one_kind_only_is_paid_answers_whether_both_are() -> None:
    text = ("第二条 本办法适用于已完成“煤改气”“煤改电”改造并经县级验收合格的农村居民用户。每户只能按一种取暖方式享受运行补贴。\n"
            "第四条 “煤改气”用户每立方米补贴1元，每户每个采暖季最高补贴气量1000立方米；“煤改电”用户每千瓦时补贴0.2元，"
            "每户每个采暖季最高补贴电量5000千瓦时。")
    sel = _select_in(text, "我家是煤改气用户，煤改气和煤改电的运行补贴能不能两样都领？",
                     "某市人民政府办公室关于印发某市清洁取暖运行补贴办法的通知", "某市清洁取暖运行补贴办法 > 第二条")
    assert "每户只能按一种取暖方式享受运行补贴" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_sum_added_on_top_for_the_askers_group_is_quoted_with_the_row() -> None:
    text = ("第三条 奖补标准见下表。脱贫户、防止返贫监测户在下表标准基础上每户再增加300元。\n改厕类型\t每户奖补标准\n"
            "三格式化粪池户厕\t1500元\n双瓮漏斗式户厕\t1300元")
    quoted = [q.text for q in _select_in(text, "我家是脱贫户，把旱厕改成了双瓮漏斗式的，验收也过了，能拿多少奖补？",
                                         "某市农业农村局关于印发某市农村户厕改造奖补办法的通知", "某市户厕改造奖补办法 > 第三条").quotes]
    assert any("1300元" in t for t in quoted) and any("每户再增加300元" in t for t in quoted), quoted


def test_what_the_asker_pays_is_not_answered_by_what_a_table_grants() -> None:
    text = ("三、奖补标准\n三格式化粪池户厕 1500元\n双瓮漏斗式户厕 1300元\n七、常见问题\n问：化粪池满了找谁清掏？要花钱吗？\n"
            "答：拨打乡镇管护服务站电话预约。清掏服务费每次不超过40元，脱贫户、防止返贫监测户免收。")
    quoted = [q.text for q in _select_in(text, "改了厕所以后化粪池满了，找人清掏要花多少钱？", "农村户厕改造奖补政策明白纸",
                                         "农村户厕改造奖补政策明白纸 > 七、常见问题").quotes]
    assert quoted and "清掏服务费每次不超过40元" in quoted[0], quoted


def test_a_phone_asked_of_a_county_is_not_answered_by_its_row_without_one() -> None:
    row = _passage(1, "序号\t县（市、区）\t预拨资金（万元）\n8\t隆尧县\t1658.40\n9\t宁晋县\t2194.80", None,
                   "2026—2027年采暖季清洁取暖运行补贴预拨资金分配表", "分配表", "ods").hit
    notice = _passage(2, "四、补贴资金于2027年4月30日前发放。\n五、咨询电话：0319-6857231（县发展和改革局能源股）。", None,
                      "隆尧县发展和改革局关于做好清洁取暖运行补贴发放工作的公告", "公告", "heic").hit
    q = "隆尧县清洁取暖补贴的事，有问题打哪个电话问？"
    quoted = [x.text for x in select_evidence([row, notice], q, question_parts(q), None).quotes]
    assert quoted and "0319-6857231" in quoted[0], quoted


def test_whether_one_may_go_and_join_asks_whether_one_qualifies() -> None:
    text = ("1.见习单位为经认定的就业见习基地；\n2.见习人员为离校2年内未就业高校毕业生或16—24岁失业青年；\n"
            "3.见习单位与见习人员签订见习协议，按月发放基本生活费，并为见习人员购买人身意外伤害保险；\n4.见习期限为3至12个月。")
    sel = _select_in(text, "我今年25岁，没上过大学，失业半年了，能去参加就业见习吗？", "某市就业见习补贴申领办事指南",
                     "某市就业见习补贴申领办事指南 > 申请条件")
    assert "16—24岁失业青年" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_sum_asked_by_one_who_tells_an_age_comes_with_the_sum_an_age_grants_on_top() -> None:
    text = ("第四条 租赁补贴标准：（一）低保特困家庭：每平方米每月10元；（二）低收入家庭：每平方米每月6元；"
            "（三）新市民：每人每月200元，累计领取不超过36个月。保障面积人均15平方米，每户最高不超过45平方米。\n"
            "第五条 低保特困家庭和低收入家庭成员中有年满70周岁老年人的，每有一人，每月增发租赁补贴50元。\n"
            "第六条 申请人向户籍所在地街道办事处提出申请，街道办事处自受理之日起10个工作日内完成初审。\n"
            "第七条 租赁补贴按季度发放，每季度首月20日前发放至申请人社会保障卡。")
    title, section = "某市人民政府办公室关于印发某市租赁补贴实施办法的通知", "某市租赁补贴实施办法 > 第四条"
    quoted = [q.text for q in _select_in(text, "我们是低收入家庭，四口人租房住，我父亲今年67岁，每月租房补贴能领多少？",
                                         title, section).quotes]
    assert any("每平方米每月6元" in t for t in quoted) and any("每月增发租赁补贴50元" in t for t in quoted), quoted


def test_how_much_each_is_paid_is_answered_by_the_sums_of_each() -> None:
    text = ("一、救助对象。2025年11月1日在册的城乡低保对象和特困供养人员。\n二、救助标准。城乡低保对象按户发放一次性取暖救助，"
            "每户300元；特困供养人员按人发放一次性取暖救助，每人500元。\n三、发放方式。县级民政部门于12月20日前发放至社会保障卡。")
    q = "困难群众取暖救助，低保对象和特困供养人员分别是怎么发的？各发多少？"
    sel = _select_in(text, q, "某市民政局关于做好困难群众冬季取暖救助工作的通知", "某市民政局通知 > 二、救助标准")
    from rag.evidence import said_missing

    quoted = "".join(x.text for x in sel.quotes)
    assert "每户300元" in quoted and "每人500元" in quoted and not said_missing(sel), sel


def test_whether_the_rest_of_an_amended_notice_applies_is_answered_by_the_amendment_s_own_words() -> None:
    from rag.evidence import rest_asked, said_missing

    assert rest_asked("原来的《办法》其他条款还适用吗") and rest_asked("其余规定还有效吗")
    assert not rest_asked("这个办法还有效吗")
    text = ("一、将《办法》第四条中的“每千瓦时补贴0.2元”修改为“每千瓦时补贴0.3元”。\n二、本通知自2026年11月1日起施行，"
            "2026—2027年采暖季起按调整后的标准执行。请各县（市、区）做好政策宣传。《办法》其他规定不变。")
    sel = _select_in(text, "原来的《办法》其他条款还适用吗？", "某市人民政府办公室关于调整清洁取暖运行补贴标准的通知", "某市通知")
    assert "《办法》其他规定不变" in sel.quotes[0].text and not said_missing(sel), sel


def test_a_service_guide_s_fields_answer_what_they_are_labelled_for() -> None:
    text = ("申请条件：1.见习单位为经认定的就业见习基地；\n2.见习人员为离校2年内未就业高校毕业生；\n3.基本生活费发放银行流水；\n"
            "办理时限：承诺时限15个工作日（法定时限20个工作日）。\n受理地点：某市政务服务中心三楼人社综合窗口（C区18号）。\n"
            "咨询电话：0319-3216875。\n监督投诉电话：0319-3216809。\n是否收费：不收费。")
    title, section = "某市就业见习补贴申领办事指南", "某市就业见习补贴申领办事指南"
    quoted = [q.text for q in _select_in(text, "就业见习补贴去哪里申请？多长时间能办完？", title, section).quotes]
    assert any("受理地点" in t for t in quoted) and any("办理时限" in t for t in quoted), quoted
    quoted = [q.text for q in _select_in(text, "申领就业见习补贴要交费吗？有问题打什么电话咨询？", title, section).quotes]
    assert any("是否收费：不收费" in t for t in quoted) and any("咨询电话：0319-3216875" in t for t in quoted), quoted
    assert not any("监督投诉电话" in t for t in quoted), quoted


def test_a_procedure_asked_is_answered_by_all_of_its_steps() -> None:
    text = ("四、补助标准\n每户补助2000元。已享受过补助的农户，不再重复享受。\n五、怎么申请\n"
            "第一步：农户向村民委员会提出申请，填写申请表。\n第二步：村民委员会初审，并公示7日。\n"
            "第三步：镇人民政府审核。\n第四步：完工后，县住房城乡建设部门组织验收。\n"
            "第五步：验收合格后20日内，县财政部门将补助资金拨付至户主社会保障卡。\n六、咨询电话\n0750-3216875")
    title, section = "农房修缮补助政策明白纸", "农房修缮补助政策明白纸 > 五、怎么申请"
    quoted = "".join(q.text for q in _select_in(text, "农房修缮想申请补助，要走哪些步骤？钱多长时间能到？",
                                                 title, section).quotes)
    assert all(f"第{n}步" in quoted for n in "一二三四五"), quoted
    assert "20日内" in quoted
    # (one step asked of is one step: "多长时间能到" alone is not answered by the whole procedure)
    quoted = "".join(q.text for q in _select_in(text, "验收合格后钱多长时间能到？", title, section).quotes)
    assert "20日内" in quoted and "第一步" not in quoted, quoted


def test_the_row_of_the_asker_s_own_group_answers_not_the_row_holding_the_sum_they_were_told() -> None:
    text = ("三、调整后的帮扶补助标准如下表：\n帮扶项目\t帮扶对象\t标准\n临时帮扶\t困难归侨\t每人每次最高5000元\n"
            "临时帮扶\t困难侨眷\t每户每次最高3000元\n四、本通知自2026年8月1日起施行。")
    q = "我们是侨眷家庭，一家四口，今年遭了水灾。临时帮扶是不是每人最高5000元，我们家能拿2万元？"
    quoted = [x.text for x in _select_in(text, q, "某市外事侨务局关于调整帮扶补助标准的通知", "某市通知").quotes]
    assert any("每户每次最高3000元" in t for t in quoted) and not any("5000元" in t for t in quoted), quoted


def test_an_article_that_rules_in_one_sentence_is_evidence_not_a_heading() -> None:
    from rag.evidence import _not_evidence

    text = ("第三条申请补助的住房应为农户在本市的唯一住房。同一住房因同一次灾害只能享受一次补助。\n第四条补助标准如下：\n"
            "（一）一般损坏的，每户补助6000元。")
    hit = _passage(1, text, "某建〔2026〕21号", "某市台风灾后农村住房修缮补助办法", "某市办法", "d21").hit
    assert not _not_evidence("第三条申请补助的住房应为农户在本市的唯一住房。", hit)
    assert _not_evidence("第四条补助标准如下：", hit)  # (it heads what follows)
    q = "我家在开平有两套房，台风把其中一套老屋刮坏了，这套老屋能申请修缮补助吗？"
    quoted = [x.text for x in _select_in(text, q, "某市台风灾后农村住房修缮补助办法", "某市办法").quotes]
    assert any("唯一住房" in t for t in quoted), quoted


def test_how_often_and_whether_one_can_still_apply_are_answered_by_what_says_so() -> None:
    text = ("三、定期生活补助\n对象：年满65周岁的困难归侨。\n标准：每人每月400元。\n发放：按季度发放至本人社会保障卡。\n"
            "四、申报时间。符合条件的渔民于2026年3月31日前向户籍所在镇人民政府申报。\n五、补助对象为本市户籍渔船船员。")
    title = "某市帮扶补助政策解读"
    quoted = [x.text for x in _select_in(text, "定期生活补助是每个月发还是几个月发一次？", title, title).quotes]
    assert any("按季度发放" in t for t in quoted), quoted
    quoted = [x.text for x in _select_in(text, "2025年那个通知说船员每人补8000元，我现在还能去申报吗？", title, title).quotes]
    assert any("2026年3月31日前" in t for t in quoted), quoted


def test_whether_one_must_apply_oneself_is_answered_where_the_notice_says_so() -> None:
    text = ("问：在哪里申请春节慰问金？\n到户籍所在镇人民政府申请春节慰问金；\n通过“粤省事”小程序在线申请。\n"
            "问：春节慰问金怎么发？\n春节慰问金按年度慰问方案发放，每年春节前由镇（街道）送慰问金到户，不需要本人申请。")
    title = "12345热线政策问答知识库"
    quoted = [x.text for x in _select_in(text, "春节有慰问金，要自己去申请吗？", title, title).quotes]
    assert quoted and "不需要本人申请" in quoted[0], quoted


def test_a_case_the_notice_leaves_out_of_its_scope_is_found() -> None:
    from rag.evidence import left_out

    text = ("第二条本办法适用于本市因台风造成自有住房损坏、经鉴定可修缮加固后继续居住的农村居民户。房屋倒塌需恢复重建的，"
            "按照灾后恢复重建有关规定执行，不适用本办法。\n第四条严重损坏的，每户补助15000元。")
    titles = {"d": "某市台风灾后农村住房修缮加固补助办法"}
    quoted = ["第四条严重损坏的，每户补助15000元。"]
    found = left_out("老房子整个刮塌了，要推倒重建，重建每户能补多少钱？", {"d": text}, titles, quoted)
    assert found is not None and found[0] == "d" and "不适用本办法" in found[1]
    # (a word in what it says instead, "按照灾后…有关规定", is not the asker's case)
    assert left_out("灾后多少天内要申请？现在的办法又是怎么规定的？", {"d": text}, titles, quoted) is None


def test_days_asked_are_answered_by_a_span_in_ri() -> None:
    text = "第四条农户应在灾害发生后60日内向所在村民委员会提出申请。镇人民政府组织核查并公示。"
    p = _passage(1, text, "某建〔2024〕13号", "某市台风灾后农房修缮补助暂行办法", "某市办法 > 第四条", "d13")
    q = "一般损坏原来每户补多少？灾后多少天内要申请？"
    assert assess_support([p], q, analyse(q, KNOWN), None, 0.12).ok


def test_how_long_a_step_lasts_is_answered_by_the_span_said_of_it() -> None:
    text = ("各县财政部门应在作业核验公示结束后30日内将补助资金兑付到作业主体。"
            "核验结果在村公示7日。")
    sel = _select_in(text, "秸秆还田作业核验后要公示几天？", "某市农业农村局关于印发秸秆还田作业补助办法的通知", "某办法 > 第五条")
    assert sel.quotes[0].text.startswith("核验结果在村公示7日"), sel.quotes



def test_whether_two_kinds_can_both_be_had_is_asked_with_words_between() -> None:
    """"两种补助能不能都领": the count and the 都 stand apart, and the rule says one kind only."""
    text = ("第三条 秸秆粉碎还田每亩补助25元，秸秆深翻还田每亩补助40元。\n"
            "第四条 同一地块同一年度只能享受一种还田方式补助。\n第五条 补助资金由县级财政部门兑付。")
    sel = _select_in(text, "同一块地今年先粉碎还田、后来又深翻了一遍，两种补助能不能都领？",
                     "某市农业农村局关于印发某市秸秆还田作业补助办法的通知", "某市秸秆还田作业补助办法 > 第四条")
    assert sel.quotes and "只能享受一种还田方式补助" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_whether_the_asker_counts_as_one_is_answered_by_what_the_notice_calls_one() -> None:
    text = ("第三条 全日制本科毕业生每人10000元，硕士研究生每人20000元。\n"
            "第四条 安家补贴分两次发放。\n注：本办法所称高校毕业生，是指毕业5年内的全日制普通高等学校毕业生。")
    sel = _select_in(text, "我2019年本科毕业，在外地工作了好几年，今年回来上班了。我还算高校毕业生吗，能领安家补贴吗？",
                     "某市人力资源和社会保障局关于印发某市高校毕业生安家补贴办法的通知", "某市高校毕业生安家补贴办法 > 第三条")
    assert any("所称高校毕业生，是指毕业5年内" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_in_how_many_payments_is_answered_by_the_shares_of_the_askers_row() -> None:
    """"分几次拨" after "人工灌木造林300亩，能拿多少补助": the 造林 row's "拨付70%…拨付30%", not another row's
    "一次性拨付"."""
    text = ("第三条 人工乔木造林每亩补助500元，人工灌木造林每亩补助260元，飞播造林每亩补助120元。\n"
            "第四条 验收合格后，按下表拨付补助资金。\n造林种草方式\t验收标准\t拨付方式\n"
            "人工乔木造林、人工灌木造林\t当年成活率85%以上\t当年验收合格后拨付70%，第三年复查合格后拨付30%\n"
            "飞播造林\t成效调查有效苗面积占飞播面积30%以上\t成效调查合格后一次性拨付\n"
            "人工种草\t当年出苗率80%以上\t验收合格后一次性拨付")
    sel = _select_in(text, "我们合作社人工灌木造林300亩，能拿多少补助？分几次拨？",
                     "某市林业和草原局关于印发某市造林种草补助办法的通知", "某市造林种草补助办法 > 第四条")
    quoted = [q.text for q in sel.quotes]
    assert any("拨付70%" in t for t in quoted) and not any("一次性拨付" in t for t in quoted), quoted


def test_whether_ones_area_qualifies_is_answered_by_the_area_the_rule_is_for() -> None:
    text = ("第二条 本办法适用于在治理区内集中连片开展造林种草的农牧户和合作社。\n注：集中连片，是指同一地块面积在100亩以上。\n"
            "第三条 造林种草补助标准如下：（1）人工乔木造林，每亩补助500元；（2）人工灌木造林，每亩补助260元；"
            "（3）飞播造林，每亩补助120元。\n第五条 申请补助的单位和个人应于每年4月30日前申报当年造林种草计划。")
    sel = _select_in(text, "我家有一块60亩的沙地，想自己种树，能申请造林种草补助吗？",
                     "某市林业和草原局关于印发某市造林种草补助办法的通知", "某市造林种草补助办法 > 第二条")
    assert sel.quotes and "面积在100亩以上" in sel.quotes[0].text, [q.text for q in sel.quotes]


def test_a_phone_asked_of_one_notice_is_not_another_notices_phone() -> None:
    beef = _passage(1, "第五条 每年11月1日至11月30日，养殖主体向所在嘎查（村）提出申请。", "某农牧发〔2025〕37号",
                    "某市农牧局关于印发某市肉牛基础母牛扩群提质补贴实施办法的通知", "某市肉牛基础母牛扩群提质补贴实施办法 > 第五条", "d1")
    grass = _passage(2, "五、咨询电话\n市农牧局草原工作科：0476-8336215", "某农牧发〔2026〕12号",
                     "某市农牧局关于印发某市草原生态保护补助奖励政策实施方案的通知", "政策解读 > 五、咨询电话", "d2")
    q = "肉牛基础母牛扩群补贴办法的联系人是谁？咨询电话是多少？"
    sel = select_evidence([beef.hit, grass.hit], q, question_parts(q), None)
    assert not any("0476-8336215" in x.text for x in sel.quotes), [x.text for x in sel.quotes]


def test_a_total_the_asker_reckons_is_answered_by_the_limit_it_is_over() -> None:
    text = ("第三条 补贴标准如下：\n补贴项目\t补贴条件\t补贴标准\n新增基础母牛\t年末能繁母牛存栏较上年末净增加的部分\t每头2000元\n"
            "良种自繁犊牛\t使用良种冻精配种，当年出生并成活6个月以上\t每头300元\n"
            "注：同一养殖主体每户（场）每年补贴最高不超过10万元；新增基础母牛须为24月龄以上。\n"
            "第四条 申请补贴的基础母牛应佩戴统一耳标。")
    sel = _select_in(text, "我们家庭牧场今年新增基础母牛80头，每头补2000元的话，是不是一共能拿16万元？",
                     "某市农牧局关于印发某市肉牛基础母牛扩群提质补贴实施办法的通知", "某市肉牛基础母牛扩群提质补贴实施办法 > 第三条")
    assert any("最高不超过10万元" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_a_yes_or_no_said_from_the_asker_s_district_is_answered_by_the_rule_not_the_district_s_row() -> None:
    """"我家在巴林左旗，…超载了，会扣补奖资金吗" asks of the rule on overgrazing, not of the 巴林左旗 row of the
    funds table; the rule answers it, so nothing is said to be missing."""
    text = ("三、监督管理\n苏木乡镇人民政府核查发现超载的，责令限期减畜；逾期未减畜的，扣发当年草畜平衡奖励资金的50%。\n"
            "附件 补奖资金测算表\n序号\t旗县区\t禁牧面积（万亩）\t禁牧补助（万元）\t草畜平衡面积（万亩）\t草畜平衡奖励（万元）\n"
            "1\t红山区\t12.50\t107.50\t30.20\t96.64\n2\t巴林左旗\t180.30\t1550.58\t390.60\t1249.92\n"
            "3\t巴林右旗\t260.00\t2236.00\t455.80\t1458.56")
    sel = _select_in(text, "我家在巴林左旗，草畜平衡区放牧超载了，会扣补奖资金吗？扣多少？",
                     "某市农牧局关于印发某市草原生态保护补助奖励政策实施方案的通知", "某市草原生态保护补助奖励政策实施方案 > 三、监督管理")
    assert sel.unanswered == (), sel.parts
    assert "扣发当年草畜平衡奖励资金的50%" in sel.quotes[0].text, [q.text for q in sel.quotes]


_COVER = ("某市农牧局某市财政局关于印发某市肉牛基础母牛扩群补贴实施办法的通知\n某农牧发〔2025〕37号\n各县区农牧局、财政局：\n"
          "《某市肉牛基础母牛扩群补贴实施办法》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。\n"
          "附件：某市肉牛基础母牛扩群补贴实施办法\n某市农牧局某市财政局\n2025年5月20日\n（此件公开发布）\n"
          "某市肉牛基础母牛扩群补贴实施办法\n第八条本办法自2025年7月1日起施行，有效期至2028年6月30日。")
_AMENDING = ("某市农牧局某市财政局关于调整肉牛基础母牛扩群补贴有关标准的通知\n某农牧发〔2026〕29号\n"
             "现对《某市肉牛基础母牛扩群补贴实施办法》（某农牧发〔2025〕37号）有关标准调整如下：\n"
             "一、将新增基础母牛补贴标准“每头1500元”调整为“每头2000元”。\n二、本通知自2026年7月1日起施行。\n"
             "某市农牧局\t某市财政局\n2026年6月8日")


def test_the_date_a_named_notice_was_signed_is_the_date_under_its_issuer() -> None:
    """"成文日期是哪天" is answered by the date under the issuer's name of the notice named, quoted with that
    line; not by a date it takes effect, nor by the signature of the notice amending it."""
    amending = _passage(1, _AMENDING, "某农牧发〔2026〕29号", "某市农牧局某市财政局关于调整肉牛基础母牛扩群补贴有关标准的通知",
                        "某市农牧局某市财政局关于调整肉牛基础母牛扩群补贴有关标准的通知", "d29").hit
    issuing = _passage(2, _COVER, "某农牧发〔2025〕37号", "某市农牧局某市财政局关于印发某市肉牛基础母牛扩群补贴实施办法的通知",
                       "某市农牧局某市财政局关于印发某市肉牛基础母牛扩群补贴实施办法的通知", "d37").hit
    q = "《某市肉牛基础母牛扩群补贴实施办法》成文日期是哪天？有效期到什么时候？"
    sel = select_evidence([amending, issuing], q, question_parts(q), None)
    dated = [x.text for x in sel.quotes if x.part == 0]
    assert dated == ["某市农牧局某市财政局\n2025年5月20日"], [x.text for x in sel.quotes]
    assert any("有效期至2028年6月30日" in x.text for x in sel.quotes if x.part == 1)
    assert not any("2026年6月8日" in x.text for x in sel.quotes)


def test_a_cover_letter_handing_on_its_rules_is_no_answer() -> None:
    """"向谁申报" is answered by the article naming where one applies, never by the cover's "…现印发给你们，请…
    认真贯彻执行" (which names who it is sent to)."""
    text = ("《某市肉牛基础母牛扩群补贴实施办法》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。\n"
            "第五条每年11月1日至11月30日，养殖主体向所在村提出申请，填写申请表。\n"
            "苏木乡镇人民政府组织入户核实存栏数量，于12月15日前报县区农牧局。\n"
            "公示无异议的，由县区财政局于次年3月31日前通过“一卡通”发放到户。")
    q = "基础母牛扩群补贴每年什么时候申报？向谁申报？钱什么时候能发下来？"
    sel = _select_in(text, q, "某市农牧局关于印发某市肉牛基础母牛扩群补贴实施办法的通知", "某市肉牛基础母牛扩群补贴实施办法")
    quoted = [x.text for x in sel.quotes]
    assert not any("印发给你们" in t for t in quoted), quoted
    assert any("次年3月31日前" in t for t in quoted if "发放到户" in t), quoted


_TILLAGE = ("三、补助标准\n（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。\n"
            "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。\n单个作业主体年度补助资金最高不超过15万元。\n"
            "抄送：市人民政府办公室，市水利局。\n某市农业农村局办公室　　2026年3月12日印发")


def _select_printed(text: str, question: str) -> Selection:
    """Evidence from one passage of a tillage notice, in a corpus of that passage alone."""
    hit = _passage(1, text, "某农联发〔2026〕4号", "某市农业农村局关于印发某市保护性耕作作业补助实施方案的通知",
                   "某市保护性耕作作业补助实施方案 > 三、补助标准", "d4").hit
    return select_evidence([hit], question, question_parts(question), None,
                           printed=lambda word: int(word in text))


def test_a_rate_asked_of_a_kind_no_notice_names_is_not_another_kind_s_rate() -> None:
    """"深松整地作业每亩补多少钱" where only 免耕播种 and 条带耕作 are rated (条带整地 holds 整地, nothing holds 深松):
    unanswered, not the 30元 of 条带耕作; a kind the notice rates is answered."""
    sel = _select_printed(_TILLAGE, "保护性耕作里深松整地作业每亩补多少钱？")
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]
    sel = _select_printed(_TILLAGE, "保护性耕作里免耕播种作业每亩补多少钱？")
    assert sel.unanswered == () and "每亩补助50元" in sel.quotes[0].text


def test_whether_a_thing_no_notice_names_has_a_benefit_is_unanswered() -> None:
    text = "第五条三格式化粪池厕所每户补助1500元；双瓮式厕所每户补助900元。每户只能享受一次改厕补助。"
    sel = _select_printed(text, "改厕以后化粪池满了，清掏有没有补贴？")
    assert sel.unanswered == (0,), [q.text for q in sel.quotes]
    sel = _select_printed(text, "改了双瓮式厕所有没有补助？")
    assert sel.unanswered == ()


def test_the_colophon_naming_the_office_that_printed_a_notice_answers_no_who() -> None:
    sel = _select_printed(_TILLAGE, "保护性耕作补助的事找市农业农村局哪个科室？")
    assert not any("印发" in q.text for q in sel.quotes), [q.text for q in sel.quotes]


def test_whether_one_gets_more_besides_the_base_is_answered_by_the_addition_for_a_group() -> None:
    """"除了基本补助还能多拿吗" (a 62-year-old living alone) is answered by the addition for some groups, the ages it
    names included; nothing is said to be missing."""
    text = ("第五条三格式化粪池厕所每户补助1500元；双瓮式厕所每户补助900元。每户只能享受一次改厕补助。\n"
            "第六条户主年满60周岁的独居老人户、低保户、特困供养户，每户另增加补助300元。")
    q = "我父亲62岁，一个人住在农村，今年改了三格式化粪池厕所。除了基本补助还能多拿吗？"
    sel = _select_in(text, q, "某市农业农村局关于印发某市农村户用卫生厕所改造奖补办法的通知", "某市农村户用卫生厕所改造奖补办法")
    assert sel.unanswered == (), sel.parts
    assert any("另增加补助300元" in x.text for x in sel.quotes), [x.text for x in sel.quotes]


def test_a_sum_told_for_another_kind_is_answered_by_the_asker_s_kind_first() -> None:
    """"我家改的是双瓮式厕所，邻居说…每户补1500元，我家也能拿1500元吗": the 双瓮式 sentence leads, not the 三格式 one
    holding the 1500元 they were told."""
    text = ("第五条三格式化粪池厕所每户补助1500元；双瓮式厕所每户补助900元。每户只能享受一次改厕补助。\n"
            "第六条户主年满60周岁的独居老人户，每户另增加补助300元。")
    q = "我家改的是双瓮式厕所，邻居说改厕每户补1500元，我家也能拿1500元吗？"
    sel = _select_in(text, q, "某市农业农村局关于印发某市农村户用卫生厕所改造奖补办法的通知", "某市农村户用卫生厕所改造奖补办法")
    assert sel.quotes[0].text.startswith("双瓮式厕所每户补助900元"), [x.text for x in sel.quotes]


def test_a_rate_for_what_the_asker_counts_brings_the_limit_on_one_recipient_of_its_passage() -> None:
    """"免耕播种了3800亩…能拿多少钱": the limit "单个作业主体年度补助资金最高不超过15万元" is quoted beside the rate (the
    sum worked from it is held to it)."""
    q = "我们合作社今年春天免耕播种了3800亩玉米。按每亩补助算，我们能拿多少钱？"
    sel = _select_printed(_TILLAGE, q)
    quoted = [x.text for x in sel.quotes]
    assert any("每亩补助50元" in t for t in quoted) and any("最高不超过15万元" in t for t in quoted), quoted


def test_the_city_s_phone_asked_for_is_not_a_county_office_s() -> None:
    """"市里的咨询电话是多少": the city bureau's line in the notice's Q&A, before a county office's guide's."""
    from dataclasses import replace as changed

    city = _passage(1, "问：有疑问找谁？\n答：可拨打某市农业农村局农村社会事业促进科咨询电话：0434-3267512（工作日8:30—16:30）。",
                    "某农联发〔2026〕5号", "某市农业农村局关于调整农村户用卫生厕所改造奖补有关标准的通知",
                    "某市农业农村局关于调整农村户用卫生厕所改造奖补有关标准的通知", "d5").hit
    guide = _passage(2, "法定办结时限：20个工作日。\n咨询电话：0434-5236718。\n监督投诉电话：12345。", None,
                     "农村户用卫生厕所改造奖补申请", "农村户用卫生厕所改造奖补申请", "g1").hit
    guide = changed(guide, chunk=changed(guide.chunk, issuer="梨树县农业农村局"), rank=1)
    city = changed(city, chunk=changed(city.chunk, issuer="某市农业农村局"), rank=2)
    q = "改厕补助标准调整的事，我想打电话问问，市里的咨询电话是多少？"
    sel = select_evidence([guide, city], q, question_parts(q), None)
    assert "0434-3267512" in sel.quotes[0].text, [x.text for x in sel.quotes]


def test_which_section_of_a_bureau_is_answered_only_by_a_section_of_it() -> None:
    """"找市农业农村局哪个科室": not another body's 办公室 in a task row, nor the 版记's 抄送 line; the bureau's own
    section named in a Q&A answers."""
    rows = ("8\t在“吉事办”和市政府门户网站公开补助政策和核验结果\t四平市人民政府办公室\t市农业农村局\t2026年5月31日前\n"
            "抄送：市人民政府办公室，市发展和改革委员会，市水利局。")
    sel = _select_printed(rows, "黑土地保护性耕作补助的事找市农业农村局哪个科室？")
    assert sel.unanswered == (0,), [x.text for x in sel.quotes]
    named = "问：有疑问找谁？\n答：可拨打四平市农业农村局农村社会事业促进科咨询电话：0434-3267512。"
    sel = _select_printed(named, "改厕补助的事找市农业农村局哪个科室？")
    assert sel.unanswered == () and "农村社会事业促进科" in sel.quotes[0].text


def test_whether_the_asker_buys_a_thing_is_not_answered_by_a_rule_that_it_be_installed() -> None:
    sel = _select_printed("四、作业要求\n作业机具须安装作业监测终端，作业面积以监测数据和县级核验结果为准。",
                          "保护性耕作的作业监测终端是农户自己买吗？")
    assert sel.unanswered == (0,), [x.text for x in sel.quotes]
    sel = _select_printed("四、作业要求\n作业监测终端由县级农业农村部门统一采购、免费安装。",
                          "保护性耕作的作业监测终端是农户自己买吗？")
    assert sel.unanswered == ()


def test_the_start_date_of_a_notice_named_by_its_number_is_its_own_even_beside_other_words() -> None:
    """"某农联发〔2026〕5号从什么时候施行？…按新标准还是旧标准": the question's other words, read beside the clause,
    never glue onto the 文号 and make it another notice's."""
    text = ("一、将《办法》第五条中“每户补助1200元”调整为“每户补助1500元”。\n"
            "三、本通知自2026年5月1日起施行。2026年5月1日前已验收合格但尚未兑付的，按调整后的标准执行。")
    title = "某市农业农村局关于调整户厕改造奖补标准的通知"
    hit = _passage(1, text, "某农联发〔2026〕5号", title, title, "d5").hit
    q = "某农联发〔2026〕5号从什么时候施行？2026年5月1日前已经验收合格但还没兑付的，按新标准还是旧标准？"
    # (the words of the case weigh more than 施行, printed in every notice)
    sel = select_evidence([hit], q, question_parts(q), lambda t: 0.5 if t in ("施行", "时候", "标准") else 3.0)
    first = [squash(q.text) for q in sel.quotes if q.part == 0]
    assert first and "起施行" in first[0], first


def test_a_place_listed_among_all_the_others_is_no_answer_for_that_place() -> None:
    """"梨树县和双辽市的任务加起来是多少户": each county's own row, though another passage holds it, not the article
    listing every county."""
    title = "某市农业农村局关于印发某市农村户用卫生厕所改造奖补办法的通知"
    section = "某市农村户用卫生厕所改造奖补办法 > 第三条"
    one = _passage(1, "第二条本办法适用于铁西区、铁东区、梨树县、伊通满族自治县、双辽市农村常住农户新建或改造户用卫生厕所。\n"
                      "第三条2025—2027年全市计划改造农村户用卫生厕所9250户，各县（市、区）任务详见下图。\n"
                      "项目\t改造任务（户）\n伊通满族自治县\t1300\n双辽市\t2740", "某农发〔2025〕11号", title, section, "d11")
    two = _passage(4, "项目\t改造任务（户）\n铁西区\t860\n铁东区\t1200\n梨树县\t3150", "某农发〔2025〕11号", title, section, "d11")
    q = "梨树县和双辽市2025—2027年的改厕任务加起来是多少户？"
    said = " ".join(x.text for x in select_evidence([one.hit, two.hit], q, question_parts(q), None).quotes)
    assert "3150" in said and "2740" in said, said


def test_a_figure_the_asker_was_told_is_set_beside_the_rate_the_notice_gives_it() -> None:
    """"听说保护性耕作每亩补50元" of a 条带耕作 asker: the 50元 is quoted where the notice gives it (免耕播种), beside the
    asker's own 30元; a limit told that no notice prints is set beside the limit the notice sets."""
    text = ("三、补助标准\n（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。\n"
            "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。\n"
            "单个作业主体年度补助资金最高不超过15万元。\n四、实施程序\n作业主体向乡镇人民政府提出申请。")
    title, section = "某市农业农村局关于印发某市保护性耕作作业补助实施方案的通知", "某市保护性耕作作业补助实施方案 > 三、补助标准"
    sel = _select_in(text, "我家今年做的是条带耕作，一共200亩。听说保护性耕作每亩补50元，那我家能拿10000元吧？", title, section)
    said = [squash(q.text) for q in sel.quotes]
    assert any("每亩补助30元" in t for t in said) and any("每亩补助50元" in t for t in said), said
    sel = _select_in(text, "免耕播种现在每亩到底补多少？还有人说单个合作社最多补10万元。", title, section)
    said = [squash(q.text) for q in sel.quotes]
    assert any("每亩补助50元" in t for t in said) and any("最高不超过15万元" in t for t in said), said


def test_a_sum_asked_of_people_counted_is_quoted_with_the_limit_on_its_recipient() -> None:
    """"收托150名…一年能拿36万元运营补助吗": the limit a note under the rate sets on one 机构's sum is quoted beside
    the rate, so the sum worked from it can be held to it."""
    text = ("第三条补助标准：按机构实际收托的3周岁以下婴幼儿人数，每人每月补助200元。\n"
            "注：实际收托人数以机构登记、当月在托满20天的婴幼儿计；每个机构每年补助总额最高不超过30万元。\n"
            "第四条申报程序：托育机构于每年申报截止日期前向所在县（市、区）卫生健康部门提交申请。")
    sel = _select_in(text, "我们托育机构全年每月稳定收托150名2到3周岁的孩子，按每人每月200元算，一年能拿36万元运营补助吗？",
                     "某市卫生健康委员会关于印发某市普惠托育机构运营补助办法的通知", "某市普惠托育机构运营补助办法 > 第三条")
    said = [squash(q.text) for q in sel.quotes]
    assert any("每人每月补助200元" in t for t in said) and any("最高不超过30万元" in t for t in said), said


def test_whether_one_may_apply_is_not_answered_by_the_sanction_on_cheats() -> None:
    """"我们是幼儿园办的托班…今年能申请运营补助吗": who the rules are for answers, not "弄虚作假骗取补助资金的，…3年内不得再
    申请" (which answers one who asks about cheating)."""
    text = ("第二条本办法适用于在本市卫生健康部门备案、收费不高于本地普惠托育服务指导价格的托育机构。"
            "本年度纳入补助的托育机构类别为：社区嵌入式托育机构。\n"
            "第六条获得补助的托育机构不得提高收费标准；弄虚作假骗取补助资金的，追回补助资金，3年内不得再申请。")
    title, section = "某市卫生健康委员会关于印发某市普惠托育机构运营补助办法的通知", "某市普惠托育机构运营补助办法"
    sel = _select_in(text, "我们是幼儿园办的托班，收费也符合普惠价格，今年能申请普惠托育机构运营补助吗？", title, section)
    said = [squash(q.text) for q in sel.quotes]
    assert said and not any("弄虚作假" in t for t in said), said
    sel = _select_in(text, "弄虚作假被查出来了，以后还能申请运营补助吗？", title, section)
    assert any("3年内不得再申请" in squash(q.text) for q in sel.quotes)


def test_an_officer_asking_what_sum_to_set_asks_the_sum_not_a_sentence_on_setting_it() -> None:
    # ("应核定多少补助": 核定 is how the officer asks, no word a notice's row prints)
    text = ("2.船长12米（含）以上渔船按主机功率计算补助，主机功率以渔业船舶检验证书记载为准。\n"
            "3\t24米（含）以上\t严重损坏（需更换主机或大修船体）\t每千瓦补助300元\t10万元")
    q = "复核一艘台风受损渔船：船长26米，需要更换主机。应核定多少补助？"
    sel = _select_in(text, q, "某市台风灾后渔船修复补助标准表", "某市台风灾后渔船修复补助标准表")
    assert any("每千瓦补助300元" in q.text for q in sel.quotes) and not sel.unanswered, sel


def test_a_category_the_asker_says_is_not_theirs_drops_its_table_rows_not_a_sentence_naming_theirs_too() -> None:
    q = "我们建的是单体钢架大棚，不是连栋的，每亩能补多少？"
    prose = "新建连栋温室每亩补贴5万元，新建单体钢架大棚每亩补贴1万元。"
    sel = _select_in(prose, q, "某市设施农业补贴方案的通知", "某市设施农业补贴方案 > 三、补贴标准")
    assert any("单体钢架大棚每亩补贴1万元" in x.text for x in sel.quotes) and not sel.unanswered, sel
    rows = "序号\t设施类型\t补贴标准\n1\t连栋钢架大棚\t每亩补贴12000元\n2\t单体钢架大棚\t每亩补贴8000元"
    sel = _select_in(rows, q, "某市设施农业补贴方案的通知", "某市设施农业补贴方案 > 附表")
    assert not any("连栋" in x.text for x in sel.quotes) and any("8000元" in x.text for x in sel.quotes), sel
