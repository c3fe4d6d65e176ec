from __future__ import annotations

from index.tables import (
    COLUMN_LABEL_RE,
    HEADER_ROW_RE,
    YEAR_COLUMNS_RE,
    continues_cell,
    spaced_row,
    tabbed_table_lines,
)


def test_a_row_printed_with_spaces_between_its_cells() -> None:
    assert spaced_row("13 洞子沟 王新海 王团镇党委书记 王团镇 教育局") == (13, ["洞子沟", "王新海", "王团镇党委书记", "王团镇", "教育局"])
    # a space between two single characters is the OCR's: "刘 艳" is one cell
    assert spaced_row("9 大西沟 刘 艳 王团镇党委书记 王团镇 工信局")[1][1] == "刘艳"  # type: ignore[index]
    assert spaced_row("8 月 30 日前") is None
    assert spaced_row("607 沙坡头区 2020 年") is None
    assert spaced_row("160 件精品微课、10 堂示范课、1000 件") is None
    assert spaced_row("3.加强组织领导，落实 工作 责任 到人") is None


def test_a_cell_wrapped_over_lines_goes_on_and_cells_of_their_own_do_not() -> None:
    assert continues_cell("机动车驾", "机动车驾", "驶员培训")
    assert continues_cell("机动车驾驶员培训", "驶员培训", "业务许可")
    assert continues_cell("市交通", "市交通", "运输局")
    assert not continues_cell("业务许可", "业务许可", "交通运输局√")  # not Chinese only
    assert not continues_cell("马宗新", "马宗新", "杨根枝")  # names one a line
    assert not continues_cell("中卫市", "中卫市", "中卫市")  # a column repeating its cell
    assert not continues_cell("牵头单位", "牵头单位", "配合单位")  # column labels
    assert not continues_cell("扶贫开发服务中心", "扶贫开发服务中心", "叶廷文")  # a body's whole name
    assert not continues_cell("公开", "公开", "实时")  # two characters a line: as often two cells


def test_header_rows_labels_and_year_columns() -> None:
    assert HEADER_ROW_RE.match("序号河道名称县级河（湖）长") and not HEADER_ROW_RE.match("序号1.")
    assert COLUMN_LABEL_RE.fullmatch("牵头落实部门") and COLUMN_LABEL_RE.fullmatch("完成时限")
    assert not COLUMN_LABEL_RE.fullmatch("交通运输局")
    assert YEAR_COLUMNS_RE.fullmatch("2018年2019年2020年") and not YEAR_COLUMNS_RE.fullmatch("2020年")


def test_a_row_broken_before_its_cells_is_one_row() -> None:
    from index.tables import broken_row
    lines = ["22", "下马关", "防洪沟", "郭吉龙 下马关镇党委书记 下马关镇 乡村振兴局 下马关镇 33.68 五里墩~土炭沟", "序号 河道名称"]
    assert broken_row(lines) == (22, ["下马关防洪沟", "郭吉龙", "下马关镇党委书记", "下马关镇", "乡村振兴局", "下马关镇",
                                      "33.68", "五里墩~土炭沟"], 4)
    assert broken_row(["21 红城水", "防洪沟", "田梅音 下马关镇党委书记 下马关镇 应急管理局 下马关镇 2.00 楣山~上垣"])[:2] == (
        21, ["红城水防洪沟", "田梅音", "下马关镇党委书记", "下马关镇", "应急管理局", "下马关镇", "2.00", "楣山~上垣"])
    # a page number before a paragraph, a number before a sentence: no row
    assert broken_row(["22", "各乡镇要加强巡河，发现问题及时处置。"]) is None
    assert broken_row(["3", "全面推行河长制"]) is None


def test_a_page_number_before_a_wrapped_cell_takes_no_row_with_it() -> None:
    from index.tables import broken_row
    assert broken_row(["12", "水利局", "13 折死沟 杨国林 镇长 水务局 王团镇 9.45"]) is None


def test_a_tab_table_s_header_names_its_columns_and_labels_a_row_of_values() -> None:
    from index.tables import labelled_row, tab_header

    header = tab_header("证书等级\t补贴标准\t紧缺职业（工种）补贴标准")
    assert header == ("证书等级", "补贴标准", "紧缺职业（工种）补贴标准")
    assert labelled_row("高级工（三级）\t2000元\t2600元", header) == \
        "证书等级：高级工（三级）；补贴标准：2000元；紧缺职业（工种）补贴标准：2600元"
    assert tab_header("高级工（三级）\t2000元\t2600元") is None  # figures: a row of values
    assert tab_header("一刻钟便民生活圈") is None  # one cell is no table
    assert labelled_row("高级工（三级）\t2000元", header) is None  # a cell missing: nothing is guessed
    # a long cell that describes (no task) is labelled like the others: the rate after it reads under its own label
    five = ("序号", "设施类型", "主要建设标准", "补贴标准", "每个经营主体补贴上限")
    assert labelled_row("1\t单体钢架大棚\t跨度8米以上、肩高2米以上，热镀锌钢管骨架，抗风等级不低于10级\t每亩补贴8000元\t40万元",
                        five) == ("序号：1；设施类型：单体钢架大棚；主要建设标准：跨度8米以上、肩高2米以上，热镀锌钢管骨架，抗风等级不低于10级；"
                                  "补贴标准：每亩补贴8000元；每个经营主体补贴上限：40万元")
    # a task's text reads as it stands, the cells after it under their labels
    task = "推动快递末端网点进社区，建设智能快件箱和快递服务站点，方便居民就近收寄\t市邮政管理局\t2026年12月31日前"
    assert labelled_row(task, ("重点任务", "牵头单位", "完成时限")) == (
        "推动快递末端网点进社区，建设智能快件箱和快递服务站点，方便居民就近收寄（牵头单位：市邮政管理局；完成时限：2026年12月31日前）")
    # its number before it, or left out of the quote: the labels line up all the same
    assert labelled_row(f"7\t{task}", ("序号", "重点任务", "牵头单位", "完成时限")) == labelled_row(task, (
        "重点任务", "牵头单位", "完成时限")) == labelled_row(task, ("序号", "重点任务", "牵头单位", "完成时限"))
    # cells that are not what their labels name, or two sentences: nothing is guessed
    assert labelled_row(task, ("重点任务", "完成时限", "牵头单位")) is None
    assert labelled_row(f"{task}\t{task}", ("重点任务", "说明", "牵头单位", "完成时限")) is None
    assert labelled_row(task, ("重点任务", "牵头单位", "配合单位", "完成时限")) is None  # a label too many
    group = "(七)加强社会治理系统应用,全面推进“一网统管”，建设全县统一的城市运行管理平台"
    assert labelled_row(f"{group}\t22.实施电力系统远程安全诊疗预警服务平台项目。", ("重点任务", "牵头单位")) is None
    # an empty cell keeps its place: the cells after it stay under their own labels
    five = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
    assert labelled_row(f"1\t{task.split(chr(9))[0]}\t市邮政管理局\t\t2026年12月31日前", five) == (
        "推动快递末端网点进社区，建设智能快件箱和快递服务站点，方便居民就近收寄（牵头单位：市邮政管理局；完成时限：2026年12月31日前）")
    assert labelled_row("1\t推进快递进村\t市邮政管理局\t\t2026年12月31日前", five) == (
        "推进快递进村（牵头单位：市邮政管理局；完成时限：2026年12月31日前）")
    assert labelled_row("推进快递进村\t市邮政管理局\t\t2026年12月31日前", five) is None  # short and a gap
    assert labelled_row("1\t推进快递进村\t市局\n县局\t交通局\t2026年底", five) is None  # over two lines
    # a group's cell printed once over several rows ("主要任务"): the row's text under its own label
    assert labelled_row(task, ("主要任务", "重点内容", "牵头单位", "完成时限")) == labelled_row(task, (
        "重点任务", "牵头单位", "完成时限"))


def test_a_pdf_tables_rows_spaced_apart_are_joined_by_tabs() -> None:
    lines = ["收费标准如下：", "序号 收费项目 一类区域 二类区域", "1 路内泊位首1小时 6元 4元",
             "2 路外公共停车场24小时最高收费 40元 30元", "注：表中为小型车收费标准。"]
    assert tabbed_table_lines(lines) == ["收费标准如下：", "序号\t收费项目\t一类区域\t二类区域", "1\t路内泊位首1小时\t6元\t4元",
                                         "2\t路外公共停车场24小时最高收费\t40元\t30元", "注：表中为小型车收费标准。"]
    # a line of labels with no rows under it, and prose with spaces, stay as they are
    alone = ["联系人 联系电话 电子邮箱", "请于3月底前报送。"]
    assert tabbed_table_lines(alone) == alone
    prose = ["Quanzhou Municipal People's Government notice", "泉州市 人民政府 办公室 文件"]
    assert tabbed_table_lines(prose) == prose


def test_a_table_drawn_with_box_characters_is_read_as_tab_rows() -> None:
    from index.tables import box_row
    assert box_row("│  1   │         电工         │  900   │  1300  │") == "1\t电工\t900\t1300"
    assert box_row("├───┼───────────┼────┼────┤") == ""
    assert box_row("━━━━━━━━━━━━━━━━━━━━") == ""  # a rule across the page
    assert box_row("一、参加职业技能培训并取得证书的，按照本目录标准给予培训补贴。") is None
    assert box_row("——") is None


def test_a_pdf_tables_header_wrapped_at_its_slashes_is_one_row_of_labels() -> None:
    from index.tables import tabbed_table_lines
    lines = ["单位：元/人", "序号 职业（工种） 五级/", "初级工", "四级/", "中级工", "三级/", "高级工",
             "1 电工 1000 1500 2000", "9 砌筑工 700 1000 —", "注：“—”表示未设置该等级。"]
    assert tabbed_table_lines(lines) == [
        "单位：元/人", "序号\t职业（工种）\t五级/初级工\t四级/中级工\t三级/高级工", "1\t电工\t1000\t1500\t2000",
        "9\t砌筑工\t700\t1000\t—", "注：“—”表示未设置该等级。"]


def test_a_spaced_table_whose_columns_are_named_by_the_size_of_the_household_is_read_as_rows() -> None:
    """"保障对象 1人户 2人户 3人及以上户" is a header (its counts name groups); "外来务工人员 240元 360元 480元" a row."""
    from index.tables import tab_header
    lines = ["中心城区公共租赁住房租赁补贴标准（按户按月发放）", "保障对象 1人户 2人户 3人及以上户",
             "城镇低收入住房困难家庭 300元 450元 600元", "外来务工人员 240元 360元 480元", "三、申请程序。"]
    assert tabbed_table_lines(lines)[1:4] == ["保障对象\t1人户\t2人户\t3人及以上户", "城镇低收入住房困难家庭\t300元\t450元\t600元",
                                              "外来务工人员\t240元\t360元\t480元"]
    assert tab_header("外来务工人员\t240元\t360元\t480元") is None and tab_header("1\t2\t3") is None
    assert tab_header("年龄段\t60周岁以上\t80周岁以上") == ("年龄段", "60周岁以上", "80周岁以上")
