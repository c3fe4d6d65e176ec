from __future__ import annotations

from pathlib import Path

import pytest

from index.readers import read_source
from index.readers.pdf_tables import Run, find_columns, find_tables

CITY9 = Path(__file__).resolve().parents[3] / "data" / "city9" / "corpus"


def _run(text: str, left: float, cy: float, width: float | None = None, size: float = 10.0) -> Run:
    return Run(text, left, left + (width if width is not None else size * len(text)), cy - size / 2, cy + size / 2)


def _rows(top: float, first: int, offices: list[tuple[str, str, str, str]]) -> list[Run]:
    """Rows 44 points apart: the number, the county and the phone at mid-height, the office above its
    address in the third column."""
    out = []
    for k, (county, office, address, phone) in enumerate(offices):
        y = top - 44 * k
        out += [_run(str(first + k), 68, y, 5), _run(county, 110, y), _run(office, 180, y + 7),
                _run(address, 180, y - 8), _run(phone, 470, y, 55)]
    return out


OFFICES = [("市本级", "市创业贷款担保中心", "东山大道106号", "0717-6251370"),
           ("西陵区", "西陵区政务服务中心", "西陵二路26号", "0717-6228416"),
           ("伍家岗区", "伍家岗区政务服务中心", "伍临路53号", "0717-6521739")]


def test_a_table_whose_cells_hold_two_lines_is_read_row_by_row_under_its_header() -> None:
    header = [_run("序号", 60, 690), _run("县（市、", 99, 690, 34), _run("区）", 142, 690, 13), _run("受理网点及地址", 278, 690),
              _run("咨询电话", 476, 690)]
    runs = [_run("附件1", 65, 756), *header, *_rows(652, 1, OFFICES), _run("附件2", 65, 480)]
    [table] = find_tables(runs)
    assert table.header == ("序号", "县（市、区）", "受理网点及地址", "咨询电话")  # a label set apart is one
    assert table.rows[0] == ("1", "市本级", "市创业贷款担保中心、东山大道106号", "0717-6251370")
    assert [r[0] for r in table.rows] == ["1", "2", "3"] and table.last_number == 3


def test_a_page_going_on_with_the_rows_of_the_table_before_is_read_under_its_columns() -> None:
    header = [_run("序号", 60, 690), _run("县（市、区）", 99, 690), _run("受理网点及地址", 278, 690), _run("咨询电话", 476, 690)]
    [before] = find_tables([*header, *_rows(652, 1, OFFICES[:2])])
    page = [_run("某人社发〔2026〕33号", 64, 797), _run("某市人力资源和社会保障局", 415, 797),
            *_rows(740, 3, [("长阳土家族自治县", "长阳县政务服务中心", "清江大道88号", "0717-5321806")])]
    [table] = find_tables(page, before)
    assert table.header is None and table.rows == (
        ("3", "长阳土家族自治县", "长阳县政务服务中心、清江大道88号", "0717-5321806"),)
    # a page that opens on other text does not go on with it
    prose = [_run("附件2", 65, 760), _run("创业担保贷款申请材料清单", 202, 720), _run("一、个人申请材料", 64, 690),
             _run("二、小微企业申请材料", 310, 690), _run("1．《创业担保贷款申请表》；", 64, 660)]
    assert find_tables(prose, before) == []


def test_numbers_that_do_not_stand_alone_in_the_first_column_are_no_rows() -> None:
    header = [_run("五级/", 200, 690), _run("四级/", 260, 690), _run("三级/", 320, 690)]
    rows = [r for k in range(3) for r in (_run(f"职业{k}", 60, 650 - 20 * k), _run(str(k + 1), 100, 650 - 20 * k, 5),
                                          _run("1000", 200, 650 - 20 * k, 20), _run("1500", 260, 650 - 20 * k, 20),
                                          _run("2000", 320, 650 - 20 * k, 20))]
    assert find_tables([*header, *rows]) == []


def test_a_pdf_office_list_runs_on_the_next_page_headless_and_keeps_its_rows() -> None:
    lines = read_source(CITY9 / "yichang-chuangye-daikuan.pdf").text.split("\n")
    assert "序号\t县（市、区）\t受理网点及地址\t咨询电话" in lines
    assert "1\t市本级\t宜昌市创业贷款担保中心、西陵区东山大道106号\t0717-6251370" in lines
    assert "14\t长阳土家族自治县\t长阳县政务服务中心就业创业窗口、龙舟坪镇清江大道88号\t0717-5321806" in lines


def test_a_page_whose_words_cannot_be_placed_is_read_as_its_text_layer_gives_it(monkeypatch) -> None:
    import index.readers.pdf as pdf_reader

    def broken(*_args: object) -> list[Run]:
        raise ValueError("no character boxes")

    monkeypatch.setattr(pdf_reader, "page_runs", broken)
    text = read_source(CITY9 / "yichang-chuangye-daikuan.pdf").text
    assert "长阳土家族自治县" in text and "个人创业担保贷款最高额度由20万元提高至30万元" in text


def test_two_columns_of_text_are_read_column_by_column_and_a_two_column_table_is_not() -> None:
    lines = [("一、个人申请材料", "二、小微企业申请材料"), ("1．《创业担保贷款申请表》；", "1．《小微企业创业担保贷款申请表》；"),
             ("2．申请人及其配偶的身份证；", "2．营业执照；"), ("3．属于贷款对象的证明材料（退役证、毕", "3．企业在职职工花名册；"),
             ("业证、就业创业证等）；", None)]
    runs = [r for k, (a, b) in enumerate(lines) for r in (_run(a, 65, 600 - 21 * k), *(
        [_run(b, 310, 600 - 21 * k)] if b else []))]
    [cols] = find_columns(runs)
    assert [r.text for r in cols.left][-1] == "业证、就业创业证等）；" and cols.right[0].text == "二、小微企业申请材料"
    # a table of a price and its subsidy keeps its rows: its right column holds figures, not words
    table = [r for k, (a, b) in enumerate([("10万元以下", "3000"), ("10万元（含）至20万元", "5000"),
                                           ("20万元（含）至30万元", "7000"), ("30万元（含）以上", "8000")])
             for r in (_run(a, 80, 600 - 20 * k), _run(b, 360, 600 - 20 * k, 20))]
    assert find_columns(table) == []


def test_a_pdf_attachment_in_two_columns_is_read_a_column_at_a_time() -> None:
    lines = read_source(CITY9 / "yichang-chuangye-daikuan.pdf").text.split("\n")
    at = lines.index("一、个人申请材料")
    assert lines[at + 1] == "1．《创业担保贷款申请表》；" and "二、小微企业申请材料" in lines[at + 2:]
    assert lines.index("4．企业在职职工花名册；") > lines.index("二、小微企业申请材料")


def test_a_cell_wrapped_at_its_column_edge_is_one_text_read_line_by_line() -> None:
    """A narrow column wraps a sentence mid-word ("…社区嵌入式服" / "务设施布局规划"); a comma's box sits lower
    than the words beside it, and a line ending on a name is a name of its own."""
    header = [_run("序号", 60, 690), _run("具体内容", 150, 690), _run("牵头单位", 300, 690), _run("完成时限", 420, 690)]
    rows = [_run("1", 68, 650, 5), _run("结合城市更新编制社区嵌入式服", 150, 657), _run("务设施布局规划", 150, 643),
            _run("市民政局、市卫生健", 300, 657), _run("康委员会", 300, 643), _run("2026年6月底前", 420, 650, 60),
            _run("2", 68, 606, 5), _run("对各县、", 150, 612, 40), _run("区建设运营情况开展年", 190, 613, 100),
            _run("度评估", 150, 599), _run("市自然资源局", 300, 613), _run("市民政局", 300, 599),
            _run("2027年12月底前", 420, 606, 70)]
    [table] = find_tables([*header, *rows])
    assert table.rows[0] == ("1", "结合城市更新编制社区嵌入式服务设施布局规划", "市民政局、市卫生健康委员会", "2026年6月底前")
    assert table.rows[1] == ("2", "对各县、区建设运营情况开展年度评估", "市自然资源局、市民政局", "2027年12月底前")


def test_a_table_s_lines_are_replaced_by_its_rows_but_a_title_below_naming_its_bodies_is_kept() -> None:
    from index.readers.pdf import lines_by_position

    header = [_run("序号", 60, 690), _run("具体内容", 150, 690), _run("牵头单位", 300, 690), _run("完成时限", 420, 690)]
    rows = [_run("1", 68, 650, 5), _run("盘活闲置国有房屋", 150, 650), _run("市民政局", 300, 650),
            _run("2026年6月底前", 420, 650, 60), _run("2", 68, 610, 5), _run("开展年度评估", 150, 610),
            _run("市财政局", 300, 610), _run("每年3月底前下", 420, 617, 60), _run("达", 420, 603, 10)]
    title = [_run("长治市民政局", 80, 520), _run("长治市财政局关于提", 150, 520), _run("高低保标准的通知", 80, 500)]
    lines = ["序号 具体内容 牵头单位 完成时限", "1 盘活闲置国有房屋 市民政局 2026年6月底前", "2 开展年度评估 市财政局 每年3月底前下",
             "达", "长治市民政局 长治市财政局关于提", "高低保标准的通知"]
    read, _ = lines_by_position(lines, lambda: [*header, *rows, *title], None)
    assert read == ["序号\t具体内容\t牵头单位\t完成时限", "1\t盘活闲置国有房屋\t市民政局\t2026年6月底前",
                    "2\t开展年度评估\t市财政局\t每年3月底前下达", "长治市民政局 长治市财政局关于提", "高低保标准的通知"]


CITY16 = Path(__file__).resolve().parents[3] / "data" / "city16" / "corpus"


def test_a_box_of_a_turned_page_is_placed_where_it_stands_on_the_page_as_shown() -> None:
    from index.readers.pdf_tables import shown

    # a portrait page 595 × 842 shown turned by 90°: its lower left corner is the shown page's upper left
    assert shown((51, 71, 64, 83), 90, (595, 842)) == (71, 531, 83, 544)
    assert shown((10, 20, 30, 40), 180, (595, 842)) == (565, 802, 585, 822)
    assert shown((10, 20, 30, 40), 270, (595, 842)) == (802, 10, 822, 30)
    assert shown((10, 20, 30, 40), 0, (595, 842)) == (10, 20, 30, 40)


def test_a_landscape_table_stored_on_a_turned_page_is_read_row_by_row() -> None:
    # the 任务分工表 is drawn at 270° on a portrait page with /Rotate 90, cells wrapped inside the cell
    text = read_source(CITY16 / "baoji-jiating-yanglao-chuangwei-fangan.pdf").text
    assert "6\t开展养老护理员上门服务技能培训\t市人力资源和社会保障局\t市民政局、各区县人民政府\t2026年8月31日前" in text
    assert "7\t开展服务质量评估和资金绩效评价\t市民政局\t市财政局、市审计局\t2026年12月31日前" in text
    assert "— 3 —" not in text


class _FakeTextPage:
    """A text page of given characters and angles (PDFium's FPDFText_GetCharAngle, patched to read them); each
    character 10 points wide, a line 20 points below the one before it ("\n" opens the next)."""

    def __init__(self, chars: list[tuple[str, float]], generated: frozenset[int] = frozenset()) -> None:
        self.chars, self.raw, self.generated = chars, self, generated
        self.boxes: list[tuple[float, float, float, float]] = []
        x = y = 0.0
        for c, _ in chars:
            self.boxes.append((x, y, x + 10, y + 10))
            x, y = (0.0, y - 20) if c == "\n" and len(self.boxes) - 1 not in generated else (x + 10, y)

    def count_chars(self) -> int:
        return len(self.chars)

    def get_text_range(self, start: int = 0, count: int = -1) -> str:
        return "".join(c for c, _ in self.chars[start:start + count if count >= 0 else None])

    def get_charbox(self, i: int) -> tuple[float, float, float, float]:
        return self.boxes[i]


def _patch_angles(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2.raw as pdfium_c

    monkeypatch.setattr(pdfium_c, "FPDFText_GetCharAngle", lambda tp, i: tp.chars[i][1])
    monkeypatch.setattr(pdfium_c, "FPDFText_IsGenerated", lambda tp, i: int(i in tp.generated))


def test_text_at_a_slant_is_left_out_but_a_page_a_degree_or_two_askew_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import math

    from index.readers.pdf_tables import level_text

    _patch_angles(monkeypatch)
    body = [(c, 0.0) for c in "每户补助6000元。\n"] * 3
    mark = [(c, math.radians(35)) for c in "仅供参考"]
    text, dropped = level_text(_FakeTextPage(body + mark + body))
    assert "仅供参考" not in text and "每户补助6000元" in text and dropped == 4
    skewed = body + [(c, math.radians(1.5)) for c in "第三条申请补助的住房应为唯一住房。"]
    text, dropped = level_text(_FakeTextPage(skewed))
    assert "唯一住房" in text and dropped == 0


def test_a_line_break_pdfium_made_up_where_a_watermark_crossed_a_line_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    """"县" / "级农业农村部门于每年9月30日" / "前完成核验": the generated breaks inside one line are dropped once the
    watermark is left out; a line's own end (the next character on a lower line) stays."""
    import math

    from index.readers.pdf_tables import level_text

    _patch_angles(monkeypatch)
    line = "县\n级部门于每年9月30日\n前完成核验。\n"
    chars = [(c, 0.0) for c in line] + [(c, 0.0) for c in "公示7日。"]
    generated = frozenset(i for i, c in enumerate(line) if c == "\n" and i < len(line) - 1)
    mark = [(c, math.radians(35)) for c in "四平市人民政府"]
    text, dropped = level_text(_FakeTextPage(mark + chars, frozenset(i + len(mark) for i in generated)))
    assert dropped == 7
    assert text == "县级部门于每年9月30日前完成核验。\n公示7日。", text


def test_hidden_characters_are_left_out_of_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from index.readers.pdf_tables import level_text

    _patch_angles(monkeypatch)
    chars = [(c, 0.0) for c in "每亩补助50元。每亩补助45元。"]
    text, _ = level_text(_FakeTextPage(chars), frozenset(range(8, 16)))
    assert text == "每亩补助50元。"


def test_a_header_label_printed_on_two_lines_over_and_under_the_others_is_a_column_of_its_own() -> None:
    # "每个经营主体" over "补贴上限" in one header cell, the other labels on one line between them
    header = [_run("序号", 60, 690), _run("设施类型", 110, 690), _run("补贴标准", 220, 690),
              _run("每个经营主体", 350, 698.5), _run("补贴上限", 360, 681.5), _run("适用作物（参考）", 450, 690)]
    rows = []
    for k, (kind, rate, cap, crops) in enumerate([("单体钢架大棚", "每亩补贴8000元", "40万元", "辣椒等"),
                                                   ("连栋钢架大棚", "每亩补贴12000元", "60万元", "番茄等")]):
        y = 650 - 40 * k
        rows += [_run(str(k + 1), 62, y, 5), _run(kind, 105, y), _run(rate, 215, y), _run(cap, 365, y),
                 _run(crops, 455, y)]
    runs = [_run("三亚市冬季瓜菜设施建设补贴标准表", 150, 730), *header, *rows]
    [table] = find_tables(runs)
    assert table.header == ("序号", "设施类型", "补贴标准", "每个经营主体补贴上限", "适用作物（参考）")
    assert table.rows[0] == ("1", "单体钢架大棚", "每亩补贴8000元", "40万元", "辣椒等")
    assert table.rows[1][3:] == ("60万元", "番茄等")
