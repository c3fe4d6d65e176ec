from __future__ import annotations

import pytest

from rag.sentences import bounds_of, numbers_in, question_terms, split_sentences


def test_sentences_and_numbers() -> None:
    text = "第一句。第二句；\n第三句"
    assert [text[a:b] for a, b in split_sentences(text)] == ["第一句。", "第二句；", "第三句"]
    assert numbers_in("共 24 项，2019 年 5 月，占 50%") == ["24项", "2019年", "5月", "50%"]


def test_numbers_in_ignores_spaces_and_keeps_units() -> None:
    assert numbers_in("24 项") == ["24项"]
    assert numbers_in("1.5万元、2019年5月31日、50%") == ["1.5万元", "2019年", "5月", "31日", "50%"]
    # A unit is read whole: "15个工作日" and "15个月" are different facts.
    assert numbers_in("15个工作日") == ["15个工作日"]
    assert numbers_in("15个月") != numbers_in("15个工作日")


def test_split_sentences_trims_and_skips_empty_pieces() -> None:
    text = "  甲。。\n\n乙！丙？丁;戊"
    assert [text[a:b] for a, b in split_sentences(text)] == ["甲。", "。", "乙！", "丙？", "丁;", "戊"]
    assert split_sentences("") == []


def test_bounds_of_reads_floors_ceilings_and_approximations() -> None:
    assert bounds_of("90%", "为全县90％以上的孕妇建立手册") == {"floor"}
    assert bounds_of("70%", "不低于70％的孕妇") == {"floor"}
    assert bounds_of("500万元", "500万元（含）以下项目") == {"ceiling"}
    assert bounds_of("400万元", "施工单项合同估算价在400万元人民币以下") == {"ceiling"}
    assert bounds_of("1%", "年担保费率最高不超过1%") == {"ceiling"}
    assert bounds_of("15%", "非化石能源消费比重达到15%左右") == {"about"}
    assert bounds_of("84%", "废旧地膜回收率达到84%") == {""}
    assert bounds_of("70", "补助700元") == set()  # not the figure 70


def test_a_preposition_jieba_left_on_an_unknown_word_is_not_part_of_the_term() -> None:
    from rag.sentences import question_terms
    terms = question_terms("安全生产百日整治对麦场防火有啥要求？")
    assert "麦场" in terms and "对麦场" not in terms
    assert "对照表" in question_terms("根据河长及责任单位对照表，河长是谁？")  # a dictionary word stays whole


def test_a_verb_jieba_glued_on_a_two_character_word_is_not_part_of_the_term() -> None:
    from rag.sentences import question_terms
    terms = question_terms("家门口的社区服务设施里会有托育吗？")
    assert "托育" in terms and "有托育" not in terms
    assert "有效期" in question_terms("这个办法有效期多长？")  # a dictionary word stays whole


def test_a_sentence_a_table_cell_wrapped_over_two_lines_is_one_sentence() -> None:
    from rag.sentences import ended, split_sentences
    cell = "建设工程建设项目审批管理系统。\n2019年12月底前与自治区工程建设项目\n审批管理系统完成对接。\n市住房和城乡\n建设局"
    spans = [cell[a:b] for a, b in split_sentences(cell)]
    assert "2019年12月底前与自治区工程建设项目\n审批管理系统完成对接。" in spans
    assert ended(spans[1]) == "2019年12月底前与自治区工程建设项目审批管理系统完成对接。"
    assert spans[-2:] == ["市住房和城乡", "建设局"]  # short cells stay apart


def test_a_paragraph_a_page_wrapped_mid_sentence_is_joined() -> None:
    from rag.sentences import ended, split_sentences
    text = ("3.有效发挥物业的作用。物业服务企业配合业主或其委托的建设单\n"
            "位及时提供相关图纸资料,不得以电力容量不足等理由阻挠业主安装个人充电桩。")
    spans = [ended(text[a:b]) for a, b in split_sentences(text)]
    assert spans[-1] == "物业服务企业配合业主或其委托的建设单位及时提供相关图纸资料,不得以电力容量不足等理由阻挠业主安装个人充电桩。"
    # a short run-on after the sentence end is a cell or a heading, not a wrapped sentence
    assert len(split_sentences("做好分类管理。责任单位\n市自然资源局牵头负责组织实施。")) == 3


@pytest.mark.parametrize("text", [
    "中宁县全面推开“证照分离”改革工作实施方案\n为认真落实区、市关于全面推开改革工作要求，制定本方案。",  # title, opening
    "活动时间：2019年6月上旬至6月下旬\n责任单位：县委宣传部、县教育体育局等。",  # two labelled fields
    "27舟塔乡美丽小城镇建设项目内容如下\n主要包括巷道硬化、污水管网铺设等。",  # a table row's number
    "（三）加快推进工程建设项目审批管理系统建设\n坚持“横向到边、纵向到底”的原则。",  # a heading
    "2019年12月底前与自治区工程建设项目\n1.审批管理系统完成对接。",  # a list item follows
])
def test_a_title_a_field_a_row_or_a_heading_ends_its_line(text: str) -> None:
    from rag.sentences import split_sentences
    assert len(split_sentences(text)) == 2


def test_a_year_cell_is_printed_with_the_cell_beside_it() -> None:
    from rag.sentences import ended
    assert ended("2020年\n推广母子健康手册APP应用。") == "2020年推广母子健康手册APP应用。"
    assert ended("2019年底前\n完成系统对接。") == "2019年底前完成系统对接。"
    assert ended("80\n推广母子健康手册APP应用。") == "80\n推广母子健康手册APP应用。"  # not a year


def test_a_cells_check_mark_is_not_printed() -> None:
    from rag.sentences import ended
    assert ended("财政局 √") == "财政局。"
    assert ended("县发展和改革局，") == "县发展和改革局。"


def test_fields_in_parentheses_are_one_sentence_and_a_parenthesis_closes_its_sentence() -> None:
    fields = "推进病组分值付费改革。（牵头部门：医保局；配合部门：财政局、卫健局；完成时限：2025年）"
    assert [fields[a:b] for a, b in split_sentences(fields)] == [
        "推进病组分值付费改革。", "（牵头部门：医保局；配合部门：财政局、卫健局；完成时限：2025年）"]
    item = "（市生态环境局牵头，市自然资源局参与。）二是按照三年行动计划，明确时间进度。"
    assert [item[a:b] for a, b in split_sentences(item)] == [
        "（市生态环境局牵头，市自然资源局参与。）", "二是按照三年行动计划，明确时间进度。"]
    wrapped = "（二）集中督查检查阶段（10月初\n至10月底）。在各乡镇全面摸排。"
    first, _ = split_sentences(wrapped)
    assert wrapped[first[0]:first[1]] == "（二）集中督查检查阶段（10月初\n至10月底）。"


def test_a_bracketed_field_a_line_break_wraps_is_one_sentence() -> None:
    text = "还应公开变化情况信息。［责任单位：\n各县（区）人民政府（管委会），市自然资源局、住房和城乡建设局］\n5.重大设计变更信息。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "还应公开变化情况信息。", "［责任单位：\n各县（区）人民政府（管委会），市自然资源局、住房和城乡建设局］", "5.重大设计变更信息。"]


def test_a_bracketed_field_list_whose_last_label_s_value_is_on_the_next_line_is_one_sentence() -> None:
    text = ("促进新型绿色建筑材料发展。（链长：杨冕；牵头单位：\n工业信息化和商务局，工业园区管委会、发展和改革局）\n"
            "6.枸杞产业链。开展有机种植。")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "促进新型绿色建筑材料发展。", "（链长：杨冕；牵头单位：\n工业信息化和商务局，工业园区管委会、发展和改革局）",
        "6.枸杞产业链。", "开展有机种植。"]
    broken = "实施一批养殖项目。（链长：宋继忠；\n牵头单位：农业农村局，工业园区管委会）\n8.玉米产业链。"
    assert [broken[a:b] for a, b in split_sentences(broken)] == [
        "实施一批养殖项目。", "（链长：宋继忠；\n牵头单位：农业农村局，工业园区管委会）", "8.玉米产业链。"]


def test_a_bracketed_field_list_is_one_sentence_and_its_bracket_closes_the_sentence() -> None:
    text = "推进湿地修复。［牵头单位：市发改委；责任单位：各县（区）人民政府。］下一项任务。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "推进湿地修复。", "［牵头单位：市发改委；责任单位：各县（区）人民政府。］", "下一项任务。"]


def test_a_field_list_a_page_cut_inside_a_name_is_one_sentence() -> None:
    text = ("将规划向社会公开。\n\n责任单位：农业农村局、文旅局、水务局、银\n\n川市生态环境局贺兰分局、各乡镇（场）\n\n"
            "**20. 下一项。**内容。")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got[1].startswith("责任单位：") and got[1].endswith("各乡镇（场）")
    # a list whose last item is whole ends at its line
    text = "责任单位：农业农村局、文旅局\n\n20. 下一项。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["责任单位：农业农村局、文旅局", "20. 下一项。"]


def test_a_list_of_one_character_items_is_no_name_cut_by_a_page() -> None:
    text = "建设内容：水、电、路、气\n\n加强组织领导，落实责任。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["建设内容：水、电、路、气", "加强组织领导，落实责任。"]


def test_a_kind_of_work_named_with_standard_asks_no_number() -> None:
    from rag.sentences import asks_for_number
    assert asks_for_number("补贴标准是什么？") and asks_for_number("报销比例是多少？")
    assert not asks_for_number("高标准农田建设由哪个部门牵头？")
    assert not asks_for_number("加快推进标准化和信息化建设由谁负责？")


def test_a_field_label_ending_a_line_takes_its_value_from_the_next() -> None:
    text = ("2019年城镇建成区绿化覆盖率达到37.7%。（牵头单位：\n"
            "市自然资源局；配合单位：市住房和城乡建设局；完成时限：2019年底。）\n"
            "主要包括：\n"
            "1.完善制度。")
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert "（牵头单位：\n市自然资源局；" in pieces
    assert "主要包括：" in pieces  # a list opener is no field label


def test_the_longest_is_a_ceiling_and_words_that_ask_are_no_terms() -> None:
    from rag.sentences import bounds_of, question_terms
    assert bounds_of("36个月", "累计享受补贴最长36个月") == {"ceiling"}
    assert "每个" not in question_terms("住房补贴每个月能领多少")
    assert "几年" not in question_terms("最多能领几年")


def test_a_grade_by_its_letter_is_a_term() -> None:
    from rag.sentences import question_terms
    assert "C级" in question_terms("老房子鉴定为c级危房，修缮加固能补多少？")
    assert "A级" in question_terms("4A级景区门票优惠吗") and "C级" not in question_terms("ABC级别")


def test_same_wording_tells_a_restated_sentence_from_a_neighbouring_one() -> None:
    from rag.sentences import same_wording

    text = "2025年底前,引进、培育15家以上面向细分市场的大数据服务企业,形成差异化、专业化大数据应用服务能力。"
    row = "36.引进、培育15家以上面向细分市场的大数据服务企业,形成差异化、专业化大数据应用服务能力。"
    assert same_wording(text, row) and same_wording(row, text)
    assert same_wording("(1)校内直聘。在岗位聘用年度内,距法定退休年龄不足3年的教师,学校直接聘用。",
                        "在岗位聘用年度内，距法定退休年龄不足3年的教师，学校直接聘用。")
    # another figure, or the same year of another deadline, is another statement
    assert not same_wording("到2025年,婴儿死亡率控制在3‰以下,5岁以下儿童死亡率控制在5‰以下。",
                            "到2025年,婴儿死亡率控制在3%以下,5岁以下儿童死亡率控制在5%以下。")
    assert not same_wording("2024年底前,大部分政务服务事项实现“网上办”“掌上办”“指尖办”“自助办”。",
                            "大部分政务服务事项实现“网上办”“掌上办”“指尖办”“自助办”。持续推进,2024年取得明显成效")
    # one organisation of a list of them, or another item of a list, is not the list
    assert not same_wording("责任单位：市生态环境局中宁分局",
                            "责任单位：县委宣传部、县教育体育局、司法局、文化旅游广电局、市生态环境局中宁分局等")
    assert not same_wording("到2022年，全县二级医院全面开通线上就医便民服务业务。",
                            "到2022年，全县基层医疗机构全部建立互联网诊室。")


def test_an_everyday_phrase_the_segmenter_cut_is_one_term() -> None:
    from rag.plain import holds
    from rag.sentences import question_terms
    terms = question_terms("暖气停了还要交钱吗")
    assert "停了" in terms and holds("停热期间，按照面积热价的20%缴纳基本热费。", "停了")


def test_a_line_cut_where_no_sentence_ends_runs_on_into_the_next() -> None:
    """A scan keeps the printed line breaks: "…生活补助的" / "“每生每年600元”修改为…" and "…修改" / "为“…”" are one
    item each; a heading over its paragraph stays apart."""
    from rag.sentences import split_sentences
    text = ("一、将《通知》第二条资助标准表中二类幼儿生活补助的\n“每生每年600元”修改为“每生每年900元”。\n"
            "三、将《通知》第三条中的“每学期开学后30日内”修改\n为“每学期开学后45日内”\n"
            "二、资助标准\n为进一步减轻家庭负担，现调整如下。")
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans[:2] == ["一、将《通知》第二条资助标准表中二类幼儿生活补助的\n“每生每年600元”修改为“每生每年900元”。",
                         "三、将《通知》第三条中的“每学期开学后30日内”修改\n为“每学期开学后45日内”"]
    assert spans[2] == "二、资助标准"


def test_sentence_relevance_is_the_same_float_in_every_process() -> None:
    # Two answers to one question must not differ by the order a set happened to iterate in: the weights
    # are summed in the question's order, so the score is bit-for-bit the same whatever PYTHONHASHSEED is.
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[3])
    code = ("from rag.sentences import sentence_relevance as r;"
            "w={'甲甲':0.1,'乙乙':0.2,'丙丙':0.3,'丁丁':0.7,'戊戊':1e-17,'己己':3.3,'庚庚':0.11,'辛辛':1e16};"
            "print(repr(r('甲甲乙乙丙丙', list(w), False, w.__getitem__)))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": root}).stdout for seed in range(8)}
    assert len(seen) == 1


def test_will_on_a_plain_verb_the_dictionary_barely_knows_is_the_verb() -> None:
    """"会扣" (counted 3 times by jieba's dictionary) is 扣, held by the notices' 扣发; "会考" is a word of its own."""
    assert "扣" in question_terms("超载了，会扣补奖资金吗")
    assert "会扣" not in question_terms("超载了，会扣补奖资金吗")
