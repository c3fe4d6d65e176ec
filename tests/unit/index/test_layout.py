"""Physical layout: running headers, page numbers, TOC, bookmark dumps, markup debris, wrapped lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.gazette import parse_gazette
from index.models import Document


def test_bookmark_dump_removed(corpus_docs: list[Document]) -> None:
    last = [d for d in corpus_docs if d.corpus_file == "tongxin-county-2022.txt"][-1]
    assert any("bookmark" in n for n in last.notes)
    assert "\t责任领导" not in last.text


def test_line_wrap_rejoin_and_cover(parse_fixture: Callable[[str], list[Document]], check_sections: Callable[[Document], None]) -> None:
    docs = parse_fixture("zhongning_cover_wrap.txt")
    assert len(docs) == 1
    d = docs[0]
    assert d.doc_number == "中宁政发〔2019〕52号"
    assert d.title == "中宁县人民政府关于印发中宁县全面推开“证照分离”改革工作实施方案的通知"
    assert d.issuer == "中宁县人民政府" and d.date == "2019-05-27" and d.public
    assert "中宁县全面推开“证照分离”改革工作实施方案" in d.text.split("\n")
    # wrapped lines rejoined without spaces; spaces inside numbers removed
    assert "为认真落实区、市关于全面推开“证照分离”改革工作要求，进一步破解“准入不准营”问题" in d.text
    assert "2019年5月27日" in d.text.split("\n")
    assert "1.突出照后减证。" in d.text
    check_sections(d)
    assert any(s.path[-1] == "（一）坚持原则" for s in d.sections)


def test_page_break_mid_sentence(parse_fixture: Callable[[str], list[Document]]) -> None:
    d = parse_fixture("zhongning_page_break.txt")[0]
    assert "公报" not in d.text
    assert "配合单位：县工业（物流）园区管委会、工业和信息化局、发展和改革局、自然资源局" in d.text
    assert not re.search(r"^\d{1,3}$", d.text, re.M)


def test_toc_without_leaders_and_tab_table(parse_fixture: Callable[[str], list[Document]]) -> None:
    docs = parse_fixture("zhongwei2024_toc_table.txt")
    assert [d.doc_number for d in docs] == ["卫政规发〔2023〕2号"]
    d = docs[0]
    row = next(line for line in d.text.split("\n") if "《中卫市地震宏观监测管理办法》" in line)
    assert row.split("\t") == ["3", "《中卫市地震宏观监测管理办法》", "卫政办发〔2011〕105号"]
    assert d.attachments[:2] == (
        "决定保留的市人民政府行政规范性文件目录",
        "决定废止的市人民政府行政规范性文件目录",
    )


def test_u2029_removed(parse_fixture: Callable[[str], list[Document]]) -> None:
    d = parse_fixture("tongxin_u2029.txt")[0]
    assert "\u2029" not in d.text
    assert d.doc_number == "同政发〔2022〕61号" and d.date == "2022-08-03"


def test_html_and_latex_debris() -> None:
    text = (
        "某县人民政府\n关于印发某县大气污染防治方案的通知\n某政发〔2022〕1号\n各乡镇人民政府：\n"
        "现将《某县大气污染防治方案》印发给你们。\n某县人民政府\n二〇二二年十月八日\n"
        "某县大气污染防治方案\n一、目标\nPM<sub>2.5</sub>浓度下降，$\\mathrm{PM}_{2.5}$达标，"
        "排放浓度低于 $30\\text{mg}/\\text{m}^3$，PUE \\leq 1.15。\n"
    )
    d = parse_gazette(text, "x.txt")[0]
    assert "PM2.5浓度下降，PM2.5达标" in d.text
    assert "30mg/m3" in d.text and "PUE≤1.15" in d.text
    assert "<" not in d.text and "$" not in d.text and "\\" not in d.text
    assert d.date == "2022-10-08"
    assert d.attachments == ("某县大气污染防治方案",)
    assert ("某县大气污染防治方案", "一、目标") in [s.path for s in d.sections]


def test_a_book_title_left_open_at_a_line_end_goes_on_even_after_a_heading_marker() -> None:
    from index.layout import Line, paragraphs

    lines = [Line(1, "第十二条 特邀法律顾问报酬支付流程："), Line(2, "（四）市司法局财务科室根据《法律顾问指派"),
             Line(3, "函》《特邀法律顾问办理法律事务经费表》和发票进行支付。"), Line(4, "（五）其他事项。")]
    texts = [t for t, _no, _sp in paragraphs(lines)]
    assert "（四）市司法局财务科室根据《法律顾问指派函》《特邀法律顾问办理法律事务经费表》和发票进行支付。" in texts
    assert texts[-1] == "（五）其他事项。"


def _paragraph_texts(texts: list[str]) -> list[str]:
    from index.layout import Line, paragraphs
    return [t for t, _, _ in paragraphs([Line(i + 1, s) for i, s in enumerate(texts)])]


def test_a_narrow_column_notice_is_rejoined_against_its_own_line_width() -> None:
    # Full-width prose first (about 36 characters a line), then a notice printed in a narrow
    # column (about 17): its lines are short only against the full-width ones.
    wide = ["为深入贯彻落实全市工作会议精神，进一步加强和改进基层治理工作，现就有关事项", "通知如下，请各单位结合实际认真组织实施，确保各项工作任务按期完成并取得实效。"] * 20
    narrow = ["（三）架构：设篇、章、节、目四", "个层次，以时为序，直陈其事，", "力求做到资料翔实可靠，数据准", "确无误，内容全面系统。"] * 10
    paras = _paragraph_texts([*wide, "三、体例架构", *narrow])
    assert "（三）架构：设篇、章、节、目四个层次，以时为序，直陈其事，力求做到资料翔实可靠，数据准确无误，内容全面系统。" in paras


def test_a_number_wrapped_away_from_its_unit_and_a_run_in_heading_go_on() -> None:
    paras = _paragraph_texts(["（一）志名：《某县扶贫志》", "（二）断限：时间上限为1949年10",
                              "月1日新中国成立，下限为2021年7月1日。", "（三）其他事项。"])
    assert "（二）断限：时间上限为1949年10月1日新中国成立，下限为2021年7月1日。" in paras
    assert "（一）志名：《某县扶贫志》" in paras  # a heading that ends its line still ends there


def test_a_heading_wrapped_at_the_column_edge_goes_on_into_the_next_line() -> None:
    narrow = ["为深入贯彻落实安全生产工作要", "求，切实消除各类安全隐患，现", "就有关事项通知如下，请认真贯", "彻执行，确保各项措施落实到位。"] * 4
    paras = _paragraph_texts([*narrow, "（二）深入开展非煤矿山领域专项", "整治行动。对非煤矿山开展拉网式", "排查，切实消除安全隐患。",
                              "（三）强化组织领导", "各部门要高度重视。"])
    assert any(p.startswith("（二）深入开展非煤矿山领域专项整治行动。") for p in paras), paras
    assert "（三）强化组织领导" in paras  # a short heading still ends its line


def test_an_item_cut_at_the_column_edge_goes_on_whatever_opens_the_next_line() -> None:
    narrow = ["收费区域等级由市城市管理局会同", "市发展和改革委员会每3年评估调整", "一次，并向社会公布。各单位要认", "真执行，确保收费公开透明。"] * 4
    paras = _paragraph_texts([*narrow, "四、减免规定", "（一）执行公务的军车、警车、消防车、", "救护车等特种车辆免费停放。",
                              "（二）新能源小型汽车在路外公共停车", "首1小时免费，超过1小时的按照本通知", "标准收费。"])
    assert "（一）执行公务的军车、警车、消防车、救护车等特种车辆免费停放。" in paras, paras
    assert "（二）新能源小型汽车在路外公共停车首1小时免费，超过1小时的按照本通知标准收费。" in paras, paras


def test_a_two_clause_heading_takes_its_wrapped_tail() -> None:
    paras = _paragraph_texts(["三、重点工作", "（一）抓好农村饮水安全工程建设，补强水", "利基础设施短板。", "1.加快实施农村饮水安全巩固提升工程。"])
    assert "（一）抓好农村饮水安全工程建设，补强水利基础设施短板。" in paras


def test_a_wrapped_line_ending_like_a_plan_title_does_not_end_its_sentence() -> None:
    paras = _paragraph_texts(["20.推进废旧地膜回收利用，减少土壤污染。", "建立回收利用体系。加强源头治理，推",
                              "广使用厚度大于0.01毫米符合国家质量技术标准", "的农用地膜。建立回收网络。",
                              "某市农用地膜回收利用实施标准", "一、总则"])
    assert "建立回收利用体系。加强源头治理，推广使用厚度大于0.01毫米符合国家质量技术标准的农用地膜。建立回收网络。" in paras
    assert "某市农用地膜回收利用实施标准" in paras  # a title on its own line still ends there


def test_a_table_printed_with_spaces_between_cells_keeps_one_row_a_line() -> None:
    from index.cleaning import CELL_SEP
    from index.layout import clean_lines, paragraphs
    raw = ["附件：河湖长对照表", "序号 河道名称 县级河（湖）长 乡镇级河长 责任单位 责任部门 长度",
           "9 大西沟 刘 艳 王团镇党委书记 王团镇 工信局 王团镇 9.10 柳树崾岘~清水河入河口",
           "10 前 沟 王学华 王团镇党委书记 王团镇 编 办 王团镇 9.45 虎家红湾~清水河入河口",
           "序号 河道名称 县级河（湖）长 乡镇级河长 责任单位 责任部门 长度",
           "11 大台沟 王新刚 王团镇党委书记 王团镇 司法局 王团镇 19.40 风台山~清水河入河口",
           "力争到9月底前完成全部整治任务，确保按期完成", "8 月 30 日前"]
    lines, _ = clean_lines(raw)
    paras = [t for t, _, _ in paragraphs(lines)]
    # one row a line, its cells tab-separated; a space inside a name ("刘 艳", "编 办") is no cell boundary
    assert CELL_SEP.join(["9", "大西沟", "刘艳", "王团镇党委书记", "王团镇", "工信局", "王团镇", "9.10", "柳树崾岘~清水河入河口"]) in paras
    assert any(p.startswith(CELL_SEP.join(["10", "前沟", "王学华"])) and "\t编办\t" in p for p in paras)
    # the header printed again at a page top opens its own paragraph, not the tail of the row above
    assert any(p.startswith("序号河道名称") for p in paras[3:])
    # a date printed with spaces is no row: it goes on the sentence it ends
    assert paras[-1] == "力争到9月底前完成全部整治任务，确保按期完成8月30日前"


def test_a_lone_line_that_looks_like_a_row_stays_text() -> None:
    from index.layout import clean_lines
    # a single line with no neighbouring row number is not taken for a table
    lines, _ = clean_lines(["第一段文字。", "3 加强 组织 领导 落实 责任", "第二段文字。"])
    assert not any(ln.table for ln in lines)


def test_a_table_cell_wrapped_by_a_narrow_column_is_one_line_again() -> None:
    from index.layout import Line, paragraphs
    texts = ["7", "机动车驾", "驶员培训", "业务许可", "证核发", "交通运输局√", "1.推广网上业务办理。",
             "市交通", "运输局", "27", "文化旅游广", "电局",
             # cells of their own: names one a line, a column repeating its cell, column labels, a whole body's name
             "马宗新", "杨根枝", "中卫市", "中卫市", "牵头单位", "配合单位", "扶贫开发服务中心", "叶廷文"]
    paras = [t for t, _, _ in paragraphs([Line(i + 1, s) for i, s in enumerate(texts)])]
    assert "机动车驾驶员培训业务许可证核发" in paras
    assert "市交通运输局" in paras and "文化旅游广电局" in paras
    for cell in ("马宗新", "杨根枝", "牵头单位", "配合单位", "扶贫开发服务中心", "叶廷文"):
        assert cell in paras
    assert paras.count("中卫市") == 2


def test_rows_whose_number_and_first_cell_wrapped_before_their_cells_stay_rows() -> None:
    from index.cleaning import CELL_SEP
    from index.layout import clean_lines, paragraphs
    raw = ["20 盐泥沟 杨冕 张家塬乡党委书记 张家塬乡 文广局 张家塬乡 16.00 海棠湖~东梁洼",
           "21 红城水", "防洪沟", "田梅音 下马关镇党委书记 下马关镇 应急管理局 下马关镇 2.00 楣山~上垣",
           "22", "下马关", "防洪沟", "郭吉龙 下马关镇党委书记 下马关镇 乡村振兴局 下马关镇 33.68 五里墩~土炭沟",
           "序号 河道名称 县级河（湖）长"]
    paras = [t for t, _, _ in paragraphs(clean_lines(raw)[0])]
    assert CELL_SEP.join(["21", "红城水防洪沟", "田梅音", "下马关镇党委书记", "下马关镇", "应急管理局", "下马关镇", "2.00",
                          "楣山~上垣"]) in paras
    assert CELL_SEP.join(["22", "下马关防洪沟", "郭吉龙", "下马关镇党委书记", "下马关镇", "乡村振兴局", "下马关镇", "33.68",
                          "五里墩~土炭沟"]) in paras
    # a number alone before a sentence is no row
    lines, _ = clean_lines(["20 盐泥沟 杨冕 张家塬乡党委书记 张家塬乡 文广局", "21", "各乡镇要加强巡河。"])
    assert [ln.table for ln in lines] == [False, False, False]


def _cleaned_paragraphs(raw: list[str]) -> list[str]:
    from index.layout import clean_lines, paragraphs
    return [t for t, _, _ in paragraphs(clean_lines(raw)[0])]


def test_the_gazette_column_printed_under_each_running_header_is_furniture() -> None:
    page = ["某市人民政府公报　　　　　　　　　　　　　　　　2025年第2期", "　　　　　　　　　　　部门文件"]
    lines = ["某市交通运输局关于调整老年人乘坐公交优惠政策的通知", "某交运〔2025〕19号",
             "　　一、年满60周岁的老年人，凭本人社会保障卡免费乘坐中心城区城市公共汽车，",
             "　　　　　　　　　　　　　　　　— 7 —", *page, "", "不受时段限制。",
             "　　二、“老年人优待卡”免收工本费。", "　　　　　　　　　　　　　　　　— 8 —", *page,
             "　　三、本通知自2025年4月1日起执行。"]
    paras = _cleaned_paragraphs(lines)
    assert "一、年满60周岁的老年人，凭本人社会保障卡免费乘坐中心城区城市公共汽车，不受时段限制。" in paras
    assert not any("部门文件" in p for p in paras)
    # (a line of a notice's own, printed once under a running header, stays)
    kept = _cleaned_paragraphs(["某市人民政府公报　　2025年第2期", "某县人民政府办公室", "关于做好防汛工作的通知",
                             "各乡镇：", "　　现就有关事项通知如下。"])
    assert any("某县人民政府办公室" in p for p in kept)


def test_toc_entries_whose_page_numbers_are_bracketed_make_no_title() -> None:
    # "……（3）": the last entry of a contents list is no part of the first notice's title
    text = ("某市人民政府公报\n2025年第3期\n目　　录\n【市政府办公室文件】\n"
            "某市人民政府办公室关于印发某市2025年家电下乡补贴活动方案的通知（某政办〔2025〕12号）……（1）\n"
            "【人事任免】\n某市人民政府关于张三等同志职务任免的通知（某政任〔2025〕6号）……（3）\n\n"
            "某市人民政府办公室关于印发某市2025年\n家电下乡补贴活动方案的通知\n某政办〔2025〕12号\n"
            "各县人民政府：\n　　现将方案印发给你们，请认真组织实施。\n某市2025年家电下乡补贴活动方案\n"
            "　　一、补贴标准。每台补贴200元。\n某市人民政府办公室\n2025年2月26日\n")
    docs = parse_gazette(text, "gazette.txt")
    assert [d.title for d in docs][:1] == ["某市人民政府办公室关于印发某市2025年家电下乡补贴活动方案的通知"], [d.title for d in docs]


def test_a_fax_machine_s_line_over_each_page_is_furniture() -> None:
    from index.layout import clean_lines
    raw = ["2026-09-18 10:21 FROM:0355-2196315 某市民政局社会救助科 TO:各县区民政局 P.1/2", "一、将第五条中的“3倍”修改为“4倍”。",
           "2026-09-1810:21·FROM:0355-2196315某市民政局TO:各县区民政局P.2/2", "二、本通知自2026年10月1日起施行。",
           "会议于10:00开始，FROM的代表出席。", "2026/09/18 10:21 FAX 0355 2196315 某市民政局 001/002",
           "2026-09-18 10:21 发件人：0355-2196315 第1页/共2页", "会议于10:00开始，请传真至第3页。"]
    lines, _ = clean_lines(raw)
    assert [ln.text for ln in lines] == [raw[1], raw[3], raw[4], raw[7]]


def test_a_gazette_page_of_narrow_columns_read_by_ocr_is_rejoined_across_its_breaks() -> None:
    # a running head printed the other way round on an even page, with the whole number; an article ending on
    # a clause's number, its 项 on the next line; an article cut by the page break ("…起施" | "行。…")
    lines = ["一、将《办法》第三条第（二）", "项中的“年龄在35周岁以下”修改为", "“年龄在40周岁以下”。",
             "二、本通知自2026年3月1日起施", "— 21 —", "2026年第2期（总第286期）\t某市人民政府公报",
             "行。《办法》其他规定不变。"]
    paras = _cleaned_paragraphs(lines)
    assert paras == ["一、将《办法》第三条第（二）项中的“年龄在35周岁以下”修改为“年龄在40周岁以下”。",
                     "二、本通知自2026年3月1日起施行。《办法》其他规定不变。"]


def test_the_mark_over_an_attachment_opens_a_paragraph_after_the_line_it_was_printed_with() -> None:
    paras = _cleaned_paragraphs(["抄送：市委办公室，市人大常委会办公室。", "某市人民政府办公室　　　　2026年9月18日印发",
                                 "— 2 —", "附件", "某市重点任务分工表"])
    assert paras[-2:] == ["附件", "某市重点任务分工表"]


def test_an_amendment_cut_before_the_figure_it_sets_is_one_paragraph() -> None:
    # (OCR of a gazette column: the item's first line as wide as the column, ending on 调整为)
    lines = ["为进一步调动农牧户养殖基础母牛积极性，现对《办法》有关标准调整如下：",
             "二、将《办法》第三条补贴标准表中新增基础母牛补贴标准“每头1500元”调整为", "“每头2000元”。",
             "三、本通知自2026年7月1日起施行。"]
    paras = _cleaned_paragraphs(lines)
    assert "二、将《办法》第三条补贴标准表中新增基础母牛补贴标准“每头1500元”调整为“每头2000元”。" in paras, paras


def test_an_amendment_cut_inside_the_figure_it_sets_is_one_paragraph() -> None:
    # (OCR closing the first quotation with a straight mark; the line cut inside the second, before its figure)
    lines = ["为进一步减轻农户改造负担，现对《办法》有关标准调整如下：",
             "一、将《办法》第三条中“每户最高补贴3000元\"调整为“每户最高补贴", "3600元”，每千瓦补贴标准不变。",
             "二、将《办法》第五条中“年满70周岁\"调整为“年满65周岁”。"]
    paras = _cleaned_paragraphs(lines)
    assert "一、将《办法》第三条中“每户最高补贴3000元\"调整为“每户最高补贴3600元”，每千瓦补贴标准不变。" in paras, paras


def test_an_item_s_run_in_label_as_wide_as_the_column_goes_on_to_its_value() -> None:
    """"（一）免耕播种作业（…）：" filling its line, "每亩补助50元。" below it: one item; a lead-in "如下：" before a
    list item, and a label whose value is a list, stay apart."""
    body = ["在本市行政区域内开展保护性耕作作业的农民、家庭农场、", "农民合作社和农业社会化服务组织（以下统称作业主体）。",
            "三、补助标准", "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：", "每亩补助50元。",
            "（二）条带耕作作业（秸秆归行、条带整地后播种）：每", "亩补助30元。",
            "（三）申报材料包括以下几项，由作业主体一并提交：", "（1）作业补助申请表；"]
    paras = _paragraph_texts(body)
    assert "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。" in paras
    assert "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。" in paras
    assert "（三）申报材料包括以下几项，由作业主体一并提交：" in paras


def test_a_plan_title_goes_on_to_its_years_in_brackets_on_the_next_line() -> None:
    paras = _paragraph_texts(["四平市农业农村局 四平市财政局关于印发四", "平市黑土地保护性耕作作业补助实施方案",
                              "（2026—2028年）的通知", "各县（市、区）农业农村局、财政局：",
                              "四平市黑土地保护性耕作作业补助实施方案", "（2026—2028年）", "一、目标任务"])
    assert paras[0].replace(" ", "") == "四平市农业农村局四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2026—2028年）的通知"
    assert "四平市黑土地保护性耕作作业补助实施方案（2026—2028年）" in paras


def test_a_bracketed_line_that_is_no_title_s_years_stays_apart_from_a_plan_title() -> None:
    paras = _paragraph_texts(["附件", "某市秸秆综合利用实施方案", "（此件公开发布）", "一、目标任务"])
    assert "某市秸秆综合利用实施方案" in paras and "（此件公开发布）" in paras
