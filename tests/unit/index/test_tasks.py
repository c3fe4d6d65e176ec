"""Task rows (index/tasks.py) and unit names (index/issuers.py), from our own examples and the corpus."""

from __future__ import annotations

import pytest

from index.issuers import lead_and_support, split_units, unit_key, units_match
from index.models import Document, Section
from index.tasks import (
    deadline_date,
    ends_with_field_label,
    extract_tasks,
    flattened_tables,
    is_field_line,
    opens_field_group,
    role_of,
    select_rows,
    tasks_of,
)


def doc(text: str, title: str = "甲县大气污染防治实施方案") -> Document:
    body = f"{title}\n{text}"
    return Document("f.txt", "甲政办发〔2022〕7号", title, "甲县人民政府办公室", "2022-05-01", body,
                    (Section((title,), 0, len(body)),))


# ----------------------------------------------------------------------------- units

@pytest.mark.parametrize(("a", "b"), [
    ("县发展和改革局", "发改局"), ("中卫市发展改革委", "县发改委"), ("市场监督管理局", "县市场监管局"),
    ("县委统战部", "统战部"), ("县卫生健康局", "卫健委"), ("市住房和城乡建设局", "住建局"),
    ("工业信息化和商务局", "县工信商务局"), ("县财政局", "财政局"),
])
def test_two_printings_of_one_unit_match(a: str, b: str) -> None:
    assert units_match(a, b)


@pytest.mark.parametrize(("a", "b"), [("县财政局", "县公安局"), ("市场监管局", "市自然资源局"), ("住建局", "水务局")])
def test_different_units_do_not_match(a: str, b: str) -> None:
    assert not units_match(a, b)


def test_market_is_not_read_as_a_city_prefix() -> None:
    assert unit_key("市场监管局") == unit_key("市市场监督管理局") == "市场监管"


def test_split_units_keeps_brackets_inside_names_and_drops_stray_ones() -> None:
    assert split_units("（检察院、公安局，各乡镇（开发区）") == ("检察院", "公安局", "各乡镇（开发区）")
    assert split_units("县委宣传部、统战部，县文联等部门") == ("县委宣传部", "统战部", "县文联")
    assert split_units("市自然资源局、住房和城乡建设局按职责分工分别负责") == ("市自然资源局", "住房和城乡建设局")


def test_a_cell_naming_both_roles_is_split() -> None:
    assert lead_and_support("市大数据局负责，市直有关部门(单位)及各县(区)配合") == (
        ("市大数据局",), ("市直有关部门(单位)及各县(区)",))
    assert lead_and_support("由县医保局牵头，县卫健局配合") == (("县医保局",), ("县卫健局",))


# ----------------------------------------------------------------------------- deadlines

@pytest.mark.parametrize(("text", "iso"), [
    ("2019 年底", "2019-12-31"), ("2019 年 10 月底", "2019-10-31"), ("2024年6月底前", "2024-06-30"),
    ("2025年", "2025-12-31"), ("2023年12月", "2023-12-31"), ("2021年5月31日前", "2021-05-31"),
    ("持续推进", None), ("长期坚持", None),
    ("2023年启动,2025年取得明显成效", "2025-12-31"), ("持续推进,2024年取得明显成效", "2024-12-31"),
    ("长期坚持2023年启动", None), ("2024年平台建设完成,长期坚持", "2024-12-31"),
])
def test_deadline_dates(text: str, iso: str | None) -> None:
    assert deadline_date(text) == iso


# ----------------------------------------------------------------------------- shape 1: labels

def test_label_lines_after_a_task_paragraph() -> None:
    text = ("一、主要任务\n"
            "1.严控高耗能项目。严格执行产业政策，新建项目一律实行能耗等量替代。\n"
            "牵头单位：县发展和改革局\n"
            "责任单位：县工业园区管委会、县自然资源局\n"
            "2.推进清洁取暖。2022年10月底前完成500户清洁取暖改造。\n"
            "牵头单位：县住建局\n"
            "配合单位：县财政局\n")
    d = doc(text)
    rows = extract_tasks(d)
    assert [r.label for r in rows] == ["1.", "2."]
    first, second = rows
    assert first.name == "严控高耗能项目"
    assert first.lead == ("县发展和改革局",) and first.lead_label == "牵头单位" and first.support_label == "责任单位"
    assert first.support == ("县工业园区管委会", "县自然资源局")  # 责任单位 beside a 牵头单位 supports
    assert first.deadline == "" and first.deadline_date is None
    assert second.lead == ("县住建局",) and second.support == ("县财政局",)
    # no label: the one "…前" date the task states, marked as read from the text
    assert second.deadline == "2022年10月底前" and second.deadline_date == "2022-10-31" and second.deadline_in_text
    assert d.text[second.start:second.end].startswith("2.推进清洁取暖") and d.text[second.start:second.end].endswith("县财政局")
    assert all(r.shape == "labelled" and r.doc_number == "甲政办发〔2022〕7号" for r in rows)


def test_bracketed_labels_at_the_end_of_the_paragraph_and_a_value_broken_across_lines() -> None:
    text = ("（三）强化扬尘管控。\n"
            "5.加强施工工地扬尘治理，落实“六个百分之百”要求。（牵头单位：市住房和城乡建设局；配合单位：市生态环境局、\n"
            "市城市管理局；完成时限：2019 年底。）6.开展道路清扫保洁。提高机械化清扫率。（牵头单位：市城市管理局；"
            "完成时限：2019 年 10 月底。）\n"
            "7.严格秸秆禁烧。\n"
            "责任单位：县农业农村局、银川市\n"
            "生态环境局甲县分局、各乡镇（场）\n")
    rows = extract_tasks(doc(text))
    assert [r.label for r in rows] == ["5.", "6.", "7."]
    five, six, seven = rows
    assert five.lead == ("市住房和城乡建设局",) and five.support == ("市生态环境局", "市城市管理局")
    assert five.deadline == "2019 年底" and five.deadline_date == "2019-12-31"
    assert six.task.startswith("6.开展道路清扫保洁") and six.deadline_date == "2019-10-31"
    # 责任单位 alone leads; the value carried on to the next line
    assert seven.lead == ("县农业农村局", "银川市生态环境局甲县分局", "各乡镇（场）")
    assert seven.lead_label == "责任单位"


def test_a_value_stops_at_the_next_field() -> None:
    text = "（七）发送公益短信。\n责任单位：县应急管理局、移动公司活动要求：各单位要及时报送资料。\n"
    (row,) = extract_tasks(doc(text))
    assert row.lead == ("县应急管理局", "移动公司")


# ----------------------------------------------------------------------------- shape 2: tables

def test_a_tab_table_with_repeated_headers_group_cells_and_a_cell_naming_both_roles() -> None:
    text = ("附件1\n甲市数字政府重点任务清单\n"
            "主要任务\t重点内容\t责任单位\t完成时限\n"
            "(一)建设城市大脑\t1.建成城市运行管理平台。\t市大数据局负责,市直有关部门配合\t2024年\n"
            "\t<p>2.完善视频共享系统。</p>\t<p>市委政法委负责,市公安局配合</p>\t<p>持续推进</p>\n"
            "主要任务\t重点内容\t责任单位\t完成时限\n"
            "3.建设智慧停车平台。\t各县(区)负责,市住建局配合\t2025年6月底前\t\n"
            "二、保障措施\n")
    d = doc(text)
    rows = extract_tasks(d)
    assert [r.label for r in rows] == ["1.", "2.", "3."]
    assert all(r.shape == "table" for r in rows)
    assert rows[0].group == rows[1].group == "(一)建设城市大脑"
    assert rows[0].lead == ("市大数据局",) and rows[0].support == ("市直有关部门",) and rows[0].deadline_date == "2024-12-31"
    assert rows[1].lead == ("市委政法委",) and rows[1].deadline == "持续推进" and rows[1].deadline_date is None
    # a row printed without its empty first cell is aligned on its numbered task cell
    assert rows[2].lead == ("各县(区)",) and rows[2].support == ("市住建局",) and rows[2].deadline_date == "2025-06-30"
    # the row keeps its column names when shown
    assert "负责单位：各县(区)" in rows[2].as_text() and "完成时限：2025年6月底前" in rows[2].as_text()
    assert rows[2].lead_label == "负责" and rows[2].columns == ("主要任务", "重点内容", "责任单位", "完成时限")
    assert "\t" in d.text[rows[0].start:rows[0].end]


def test_a_rows_number_in_its_serial_column_is_its_label() -> None:
    text = ("附件1\n甲县老旧小区改造重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t确定改造项目清单并报备案\t县住建局\t各乡镇人民政府\t2026年3月底前\n"
            "2\t建立改造后小区长效管理机制\t县住建局\t各乡镇人民政府\t2027年6月底前\n")
    rows = extract_tasks(doc(text))
    assert [r.label for r in rows] == ["1", "2"] and rows[1].task == "建立改造后小区长效管理机制"


def test_a_decision_list_table_without_a_task_column_reads_its_name_column() -> None:
    text = ("甲市2024年度重大行政决策事项目录\n"
            "序号\t重大行政决策事项名称\t决策承办部门\t完成时间\n"
            "1\t甲市新材料产业发展规划\t市工业和信息化局\t2024年12月底前\n"
            "2\t甲市国企改革实施方案\t市财政局\t2024年6月底前\n")
    rows = extract_tasks(doc(text))
    assert [(r.task, r.lead, r.deadline_date) for r in rows] == [
        ("甲市新材料产业发展规划", ("市工业和信息化局",), "2024-12-31"),
        ("甲市国企改革实施方案", ("市财政局",), "2024-06-30"),
    ]


# ----------------------------------------------------------------------------- shape 3: sentences

def test_a_sentence_naming_lead_and_support() -> None:
    text = "4.建设远程会诊平台。由县卫生健康局牵头，县医疗保障局、县财政局配合，2020年底前覆盖全部乡镇卫生院。\n"
    (row,) = extract_tasks(doc(text))
    assert row.shape == "sentence"
    assert row.lead == ("县卫生健康局",) and row.support == ("县医疗保障局", "县财政局")
    assert row.deadline_date == "2020-12-31" and row.task.startswith("4.建设远程会诊平台。")


def test_no_row_without_a_unit() -> None:
    text = "建立由医疗保障部门牵头的工作机制。\n各地要加强组织领导，明确责任单位和完成时限。\n"
    assert extract_tasks(doc(text)) == ()


def test_a_table_flattened_one_cell_per_line_is_counted_not_guessed() -> None:
    text = "附件\n任务分工表\n编号任务年度任务\n牵头\n单位\n配合单位\n1统一数据标准\n2019年\n县卫生\n健康局\n县医保局\n"
    d = doc(text)
    assert flattened_tables(d) == 1
    assert all(r.shape != "table" for r in extract_tasks(d))


# ----------------------------------------------------------------------------- the bundled corpus

def test_bundled_corpus_rows(corpus_docs: list[Document]) -> None:
    rows = tasks_of(corpus_docs)
    by_shape = {s: sum(r.shape == s for r in rows) for s in ("labelled", "table", "sentence")}
    assert by_shape["labelled"] > 400 and by_shape["table"] > 100 and by_shape["sentence"] >= 5
    for r in rows:
        d = next(x for x in corpus_docs if x.doc_id == r.doc_id)
        assert 0 <= r.start < r.end <= len(d.text)
        assert r.lead and all(len(u) >= 2 for u in r.lead)

    def find(number: str, words: str):
        return next(r for r in rows if r.doc_number == number and words in r.task)

    # rows a civil servant would ask about, checked by hand against the gazettes
    r = find("中宁政办发〔2019〕49号", "建立医保监控与管理系统")
    assert r.lead == ("县医疗保障局",) and r.support == ("县卫生健康局",)
    r = find("卫政办发〔2019〕43号", "严厉打击危险废物非法跨界转移")
    assert r.lead == ("市公安局",) and "人民检察院" in r.support
    r = find("卫政办发〔2023〕65号", "47.建成全市智慧停车云平台")
    assert r.lead == ("各县(区)",) and r.deadline_date == "2024-12-31" and "市住房和城乡建设局" in r.support
    r = find("卫政发〔2024〕20号", "国有企业改革深化提升行动")
    assert r.lead == ("市财政局",) and r.deadline == "2024年6月底前"
    r = find("贺政发〔2022〕70号", "“魅力贺兰”APP升级改造")
    assert r.lead == ("县融媒体中心",)
    r = find("同党办发〔2022〕47号", "强化河道采砂监管")
    assert r.lead == ("县自然资源局",) and "公安局" in r.support


def test_one_assignment_after_several_items_is_the_blocks() -> None:
    text = ("（四）深入开展道路交通领域专项整治行动\n"
            "1.严查重点车辆。严厉打击超员超载等违法行为。\n"
            "2.整治道路隐患。排查临水临崖路段。\n"
            "责任领导：某某\n"
            "牵头单位：县公安局、交通运输局，各乡镇人民政府\n")
    (row,) = extract_tasks(doc(text))
    assert row.label == "（四）" and row.task.startswith("（四）深入开展道路交通领域专项整治行动")
    assert "责任领导" not in row.task and row.leaders == ("某某",)
    assert row.lead == ("县公安局", "交通运输局", "各乡镇人民政府")


def test_a_deadline_value_stops_at_its_sentence() -> None:
    text = "1.推进工业源达标排放。（牵头单位：市生态环境局；完成时限：2019年底。以下均需各县（区）落实，不再列出］\n"
    (row,) = extract_tasks(doc(text))
    assert row.deadline == "2019年底"


def test_selecting_a_units_rows_keeps_its_level() -> None:
    county = doc("1.打击非法倾倒。\n牵头单位：县公安局\n2.排查尾矿库。\n牵头单位：县应急管理局\n配合单位：公安局\n")
    city = Document("g.txt", "乙政办发〔2023〕1号", "乙市方案", "乙市人民政府办公室", "2023-01-01",
                    "乙市方案\n1.整治视频监控。\n牵头单位：市公安局\n完成时限：2023年底\n",
                    (Section(("乙市方案",), 0, 40),))
    rows = tasks_of([county, city])
    assert [r.name for r in select_rows(rows, unit="县公安局")] == ["打击非法倾倒", "排查尾矿库"]
    assert [r.name for r in select_rows(rows, unit="县公安局", roles=("lead",))] == ["打击非法倾倒"]
    assert [r.name for r in select_rows(rows, unit="市公安局")] == ["整治视频监控"]
    # no level: every 公安局; dated deadlines first
    assert [r.name for r in select_rows(rows, unit="公安局")] == ["整治视频监控", "打击非法倾倒", "排查尾矿库"]
    assert [r.name for r in select_rows(rows, before="2023-12-31")] == ["整治视频监控"]
    assert [role_of(r, "公安局") for r in select_rows(rows, unit="公安局")] == ["牵头", "牵头", "配合"]
    assert set(rows[0].to_json()) >= {"task", "lead", "support", "deadline", "doc_number", "title", "section"}


@pytest.mark.parametrize(("text", "iso"), [
    ("2022年6月底前启动，2023年底前全面完成", "2023-12-31"),
    ("2022年3月1日至2023年12月31日", "2023-12-31"),
    ("2022年至2025年", "2025-12-31"),
])
def test_a_range_or_steps_date_to_the_last_target(text: str, iso: str) -> None:
    assert deadline_date(text) == iso


def test_a_value_does_not_run_into_the_lines_after_it() -> None:
    text = ("1.推进清洁取暖。\n牵头单位：县住建局\n完成时限：2022年底\n甲县人民政府办公室\n2022年5月1日\n"
            "2.强化监管。\n牵头单位：县住建局\n强化监管执法\n")
    first, second = extract_tasks(doc(text))
    assert first.deadline == "2022年底" and first.deadline_date == "2022-12-31"
    assert second.lead == ("县住建局",)


def test_circled_items_under_a_numbered_item_and_due_to_is_not_by() -> None:
    text = "3.完善回收体系。\n①设立回收点。\n②建立台账。\n牵头单位：县农业农村局\n由于县财政局牵头的项目较多，各乡镇要配合。\n"
    rows = extract_tasks(doc(text))
    assert [(r.label, r.lead) for r in rows] == [("3.", ("县农业农村局",))]


def test_a_table_with_an_extra_column_and_spaced_header_cells() -> None:
    text = ("主要任务\t重点内容\t工作目标\t牵头 单位\t完成 时限\n"
            "(一)城市大脑\t1.建成运行管理平台。\t覆盖全市\t市大数据局\t2024年\n"
            "\t2.升级视频系统。\t整合资源\t市公安局\t2025年6月底前\n")
    rows = extract_tasks(doc(text))
    assert [(r.task, r.lead, r.deadline_date) for r in rows] == [
        ("1.建成运行管理平台", ("市大数据局",), "2024-12-31"),
        ("2.升级视频系统", ("市公安局",), "2025-06-30"),
    ]


@pytest.mark.parametrize(("asked", "printed", "issuer", "fits"), [
    ("中卫市公安局", "县公安局", "甲县人民政府办公室", False),
    ("中卫市公安局", "公安局", "中卫市人民政府办公室", True),
    ("县人民政府", "各乡镇人民政府", "甲县人民政府", False),
    ("县交通运输局", "县公安局交通警察大队", "甲县人民政府", False),
    ("城市管理局", "县城市管理局", "甲县人民政府", True),
])
def test_a_unit_asked_for_and_a_row_unit(asked: str, printed: str, issuer: str, fits: bool) -> None:
    body = f"方案\n1.整治工作。\n牵头单位：{printed}\n"
    d = Document("f.txt", None, "方案", issuer, None, body, (Section(("方案",), 0, len(body)),))
    (row,) = extract_tasks(d)
    assert row.has_unit(asked) is fits


@pytest.mark.parametrize("text, field, group", [
    ("牵头单位：市生态环境局", True, True),
    ("（牵头单位：市公安局；配合单位：市交通运输局）", True, True),
    ("责任领导：李某某", True, True),
    ("链长：田梅音", True, True),
    ("完成时间：2024年6月底前", True, True),
    ("负责人：王某", True, True),
    ("（联系人：张某，电话：0953-1234567）", False, True),  # a bracketed group, not a task's field
    ("联系人：张某", False, False),
    ("各县（区）要落实牵头单位责任。", False, False),
    ("（三）牵头单位", False, False),
])
def test_field_lines_and_groups(text: str, field: bool, group: bool) -> None:
    assert is_field_line(text) is field
    assert opens_field_group(text) is group


@pytest.mark.parametrize("line, ends", [
    ("2019年城镇建成区绿化覆盖率达到37.7%。（牵头单位：", True),
    ("责任单位：", True),
    ("…完成任务；完成时限：", True),
    ("联系电话：", False),
    ("牵头单位：市自然资源局", False),
])
def test_a_line_ending_with_a_field_label(line: str, ends: bool) -> None:
    assert ends_with_field_label(line) is ends


def test_a_tab_table_with_rows_of_one_cell_naming_each_group() -> None:
    text = ("附件\n甲市夜间经济重点任务清单\n"
            "序号\t工作任务\t责任单位\t配合单位\t完成时限\n"
            "一、打造夜间消费地标\n"
            "1\t提升老城十字街夜间街区业态\t老城区人民政府\t市商务局\t2026年9月30日前\n"
            "二、优化夜间消费环境\n"
            "2\t延长公交夜班线路运营时间至23时\t市交通运输局\t市公交集团\t2026年8月31日前\n"
            "3\t增设夜间临时停车泊位2000个\t市公安局交通管理支队\t市城市管理局\t2026年9月30日前\n")
    rows = extract_tasks(doc(text))
    assert [r.lead for r in rows] == [("老城区人民政府",), ("市交通运输局",), ("市公安局交通管理支队",)]
    assert [r.group for r in rows] == ["一、打造夜间消费地标", "二、优化夜间消费环境", "二、优化夜间消费环境"]
    assert rows[1].deadline_date == "2026-08-31"


def test_a_field_line_on_its_own_is_told_from_fields_in_brackets() -> None:
    assert is_field_line("责任领导：王某", bracketed=False)
    assert not is_field_line("（牵头单位：县公安局）", bracketed=False)
    assert is_field_line("（牵头单位：县公安局）")
