"""Gazette segmentation: gold inventory, evidence preservation, reattached pages, unnumbered notices."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.gazette import parse_corpus, parse_gazette, publication
from index.models import Document

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "notices.json"
DEV = ROOT / "tests" / "data" / "dev.jsonl"


def _nt(s: str) -> str:
    """Title comparison form: no whitespace, unified quotes and brackets."""
    s = re.sub(r"[\s《》〈〉<>“”\"'‘’]", "", s)
    return s.replace("(", "（").replace(")", "）")


def _ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_gold_inventory(corpus_docs: list[Document]) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    by_file: dict[str, list[Document]] = {}
    for d in corpus_docs:
        by_file.setdefault(d.corpus_file, []).append(d)
    matched = phantoms = issuer_ok = date_ok = total = 0
    for f, entries in gold.items():
        docs = by_file.get(f, [])
        used: set[int] = set()
        for g in entries:
            total += 1
            for i, d in enumerate(docs):
                if i not in used and d.doc_number == g["doc_number"] and _nt(d.title) == _nt(g["title"]):
                    used.add(i)
                    matched += 1
                    issuer_ok += d.issuer == g["issuer"]
                    date_ok += d.date == g["date"]
                    break
        phantoms += len(docs) - len(used)
    phantoms += sum(len(v) for k, v in by_file.items() if k not in gold)
    print(f"documents matched: {matched}/{total}, phantoms: {phantoms}")
    print(f"issuer correct: {issuer_ok}/{total}, date correct: {date_ok}/{total}")
    assert total == 62
    assert matched >= 60
    assert phantoms == 0
    assert issuer_ok >= 60
    assert date_ok >= 60


def test_evidence_survives_cleaning(corpus_docs: list[Document]) -> None:
    allt = _ws("".join(d.text for d in corpus_docs))
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    evid = [_ws(r["evidence"]) for r in rows if r.get("evidence")]
    missing = [e for e in evid if e not in allt]
    print(f"evidence found: {len(evid) - len(missing)}/{len(evid)}")
    assert not missing, missing[:3]


def test_corpus_sections_and_spans(corpus_docs: list[Document], check_sections: Callable[[Document], None]) -> None:
    for d in corpus_docs:
        check_sections(d)
        assert 1 <= d.start_line <= d.end_line
        assert d.title and "\n" not in d.title


def test_parse_time() -> None:
    t0 = time.perf_counter()
    parse_corpus(CORPUS)
    dt = time.perf_counter() - t0
    print(f"full parse: {dt:.2f}s")
    assert dt < 10


def test_body_page_before_cover_is_reattached(parse_fixture: Callable[[str], list[Document]]) -> None:
    docs = parse_fixture("zhongwei_body_before_cover.txt")
    assert [d.doc_number for d in docs] == ["卫政办发〔2019〕43号", "卫政办发〔2019〕44号"]
    first, second = docs
    assert "做好政策解读是提升政府公信力执行力" not in first.text
    assert "做好政策解读是提升政府公信力执行力" in second.text
    # reading order: title, 文号, salutation, body
    lines = second.text.split("\n")
    assert lines[0] == "中卫市人民政府办公室关于进一步加强政策解读有关事项的通知"
    assert lines[1] == "卫政办发〔2019〕44号"
    assert lines[2].startswith("各县（区）人民政府")
    assert any("moved" in n for n in second.notes)


def test_masthead_and_toc_make_no_phantoms(parse_fixture: Callable[[str], list[Document]]) -> None:
    docs = parse_fixture("helan_masthead_toc.txt")
    assert [d.doc_number for d in docs] == ["贺党发〔2022〕32号"]
    d = docs[0]
    assert d.issuer == "中共贺兰县委员会、贺兰县人民政府"
    assert "目录" not in _ws(d.text) and "编辑委员会" not in d.text
    assert d.start_line == 141


def test_unnumbered_notice_and_back_matter(parse_fixture: Callable[[str], list[Document]]) -> None:
    docs = parse_fixture("helan_unnumbered_backmatter.txt")
    assert [d.doc_number for d in docs] == ["贺政办规发〔2022〕12号", None]
    notice = docs[1]
    assert notice.title == "中共贺兰县委员会干部任前公示公告(2022)第七号"
    assert notice.issuer == "中共贺兰县委组织部" and notice.date == "2022-09-02"
    assert "简介" not in notice.text and "发行方式" not in notice.text


SAMPLE = (
    "中宁县人民政府\n关于印发测试方案的通知\n中宁政发〔2019〕1号\n"
    "各乡镇人民政府：\n现将《测试方案》印发给你们。\n"
)


def test_corpus_error_names_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(UnreadableFile, match=r"b\.txt"):
        parse_corpus(tmp_path)


def test_last_page_printed_after_the_next_cover_goes_back(parse_fixture: Callable[[str], list[Document]]) -> None:
    """A notice and its plan's first page printed into the middle of the previous document's last
    page: the articles after the cover belong to the previous document."""
    fee, army = parse_fixture("interleaved_last_page.txt")
    assert fee.doc_number == "甲政规发〔2020〕1号" and army.doc_number == "甲政规发〔2020〕2号"
    assert "发票包括个人劳务费发票" in fee.text.replace("\n", "")
    assert "第五条" in fee.text and "有效期至" in fee.text and "本办法实施前的报酬" in fee.text
    assert "第四条" not in army.text and "有效期至" not in army.text
    assert "一、优选应征" in army.text and "2500" in army.text
    assert any("moved back" in n for n in fee.notes)


def test_the_gazette_a_file_is_comes_from_its_running_headers_or_its_cover() -> None:
    headers = ["关于印发《某县安全生产专项整治方案》的通知", "同党办发〔2022〕45号", "正文第一段。",
               "《中宁县人民政府公报》2019.NO.2 县人民政府办公室文件", "正文第二段。",
               "县人民政府办公室文件 《中宁县人民政府公报》2019.NO.2",
               "《县政府公报》是由县人民政府办公室主管、主办、编辑、出版的政府出版物，在政府公报上刊登的公文与正式文件具有同等效力。"]
    assert publication(headers) == "中宁县人民政府公报2019年第2期"
    cover = ["# 贺兰县人民政府 公报", "**2022**", "第5期(总第28期)", "编辑委员会", "主任：杜 钧",
             "2022年第5期", "(总第28期)", "2022年11月5日出版", "## 目 录"]
    assert publication(cover) == "贺兰县人民政府公报2022年第5期（总第28期）"
    # a single notice names no gazette; a body line about 政府公报 is not one, nor is an issue of a training course
    single = ["关于开展2023年第2期创业培训的通知", "某人社发〔2023〕5号", "通过政府网站、政府公报公开。"]
    assert publication(single) is None
    # a document called a 公报 is not a gazette
    assert publication(["2023年国民经济和社会发展统计公报", "某市统计局", "2024年3月1日", "一、综合"]) is None


def test_each_notice_of_a_gazette_carries_the_gazette_it_was_printed_in() -> None:
    text = "\n".join(["中卫市人民政府公报", "2024年第1期", "(总第22期)", "2024年7月3日出版", "",
                      "中卫市人民政府", "关于李松龄等同志职务任免的通知", "卫政干发〔2024〕4号", "",
                      "各县（区）人民政府：", "经研究决定：徐志鹏同志任市政府副秘书长。", "",
                      "中卫市人民政府", "2024年3月31日"])
    docs = parse_gazette(text, "gazette.txt")
    assert [d.meta for d in docs] == [(("刊载", "中卫市人民政府公报2024年第1期（总第22期）"),)]


# A city gazette of another print house: titles in two lines under their issuer, the 文号 a blank
# line below, even pages headed "·2·　2023年第8期　…公报", each notice's column under the header
# of its first page ("部门文件", listed in the contents as 【部门文件】), and a 决定 whose annex lists
# the documents it repeals, their titles wrapped so that a line holds a title's end and a 文号.
_CITY_GAZETTE = """\
　　　　　　　　　　　　　　某州市人民政府公报
　　　　　　　　　　　　　2023年第8期（总第251期）

　　　　　　　　　　　　　　　　　目　　录

【市政府文件】
某州市人民政府关于废止一批市政府规范性文件的决定（某府发〔2023〕52号）……（1）
【部门文件】
某州市人力资源和社会保障局关于做好就业补贴工作的通知（某人社发〔2023〕46号）……（3）

某州市人民政府公报　　　　　　　　　　　　　2023年第8期　　·1·

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　市政府文件

　　　　　　　　　　　　　　　某州市人民政府
　　　　　　　　关于废止一批市政府规范性文件的决定

　　　　　　　　　　　　　　某府发〔2023〕52号

各县（市、区）人民政府，市各委办局：
　　经清理，市人民政府决定：对3件市政府规范性文件予以废止。
　　本决定自公布之日起施行。

　　附件：市人民政府决定废止的规范性文件目录

　　　　　　　　　　　　　　　　　　　　　　　　　　　某州市人民政府
　　　　　　　　　　　　　　　　　　　　　　　　　　　2023年7月20日

附件
　　　　　　　　　　市人民政府决定废止的规范性文件目录

序号　文件名称　　　　　　　　　　　　　　　　　　　　文号
1　　某州市人民政府关于进一步加强城市生活垃圾管理工作的意
　　　见　某府发〔2012〕86号
2　　某州市人民政府关于印发某州市市区户外广告设置管理办法
　　　的通知　某府规〔2015〕4号

·2·　　2023年第8期　　　　　　　　　　　　　某州市人民政府公报

3　　某州市人民政府办公室关于印发某州市公共租赁住房管理办
　　　法的通知　某府办发〔2014〕33号

某州市人民政府公报　　　　　　　　　　　　　2023年第8期　　·3·

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　部门文件

　　　　　　　　　某州市人力资源和社会保障局
　　　　　　　　　关于做好就业补贴工作的通知

　　　　　　　　　　　　　　某人社发〔2023〕46号

各县（市、区）人力资源和社会保障局：
　　一、就业见习补贴。就业见习基地吸纳离校2年内未就业高校毕业生参加就业见习
的，按照每人每月1600元给予就业见习补贴。

·4·　　2023年第8期　　　　　　　　　　　　　某州市人民政府公报

　　二、本通知自2023年7月1日起施行，有效期至2028年6月30日。

　　　　　　　　　　　　　　　　　　　　　　　　　　　某州市人力资源和社会保障局
　　　　　　　　　　　　　　　　　　　　　　　　　　　2023年6月12日
"""


def test_a_repeal_list_of_wrapped_titles_and_their_numbers_makes_no_notices() -> None:
    docs = parse_gazette(_CITY_GAZETTE.replace("\n", "\r\n"), "gazette.txt")
    assert [(d.doc_number, _nt(d.title)) for d in docs] == [
        ("某府发〔2023〕52号", "某州市人民政府关于废止一批市政府规范性文件的决定"),
        ("某人社发〔2023〕46号", "某州市人力资源和社会保障局关于做好就业补贴工作的通知")]
    assert [d.date for d in docs] == ["2023-07-20", "2023-06-12"]
    # the annex stays with its 决定; page headers and the column under them are not text
    assert "某府办发〔2014〕33号" in docs[0].text and "部门文件" not in docs[0].text
    assert "·2·" not in docs[0].text and "·4·" not in docs[1].text
    assert "自2023年7月1日起施行，有效期至2028年6月30日" in _ws(docs[1].text)


def test_joint_issuers_printed_over_two_lines_open_the_title() -> None:
    text = ("某州市医疗保障局　某州市财政局\n国家税务总局某州市税务局\n关于调整城乡居民基本医疗保险筹资和待遇标准的通知\n"
            "某医保发〔2025〕41号\n各县（市、区）医疗保障局、财政局、税务局：\n"
            "一、2026年度居民医保个人缴费标准为成年居民每人每年400元。\n某州市医疗保障局\n2025年8月26日\n")
    docs = parse_gazette(text, "notice.pdf")
    assert len(docs) == 1 and _nt(docs[0].title) == (
        "某州市医疗保障局某州市财政局国家税务总局某州市税务局关于调整城乡居民基本医疗保险筹资和待遇标准的通知")


# A gazette that prints each notice's 文号 and day in brackets under its title and no signature,
# parts its notices by a rule, draws its tables with box characters and ends on a colophon.
_BRACKETED_GAZETTE = """\
　　　　　　　　　　　　　　某坊市人民政府公报
　　　　　　　　　　　　2024年第10期（总第268期）

【市政府办公室文件】
某坊市人民政府办公室关于修改《某坊市城市供热管理办法》的决定（某政办发〔2024〕9号）………（2）
【部门文件】
某坊市人力资源和社会保障局关于公布培训补贴标准目录的通知（某人社字〔2024〕47号）………（4）

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　市政府办公室文件

　　　　　　　　　　　　　　　某坊市人民政府办公室
　　　　　　　　　　关于修改《某坊市城市供热管理办法》的决定
　　　　　　　（某政办发〔2024〕9号　2024年10月12日）

各县市区人民政府，市政府各部门：
　　将第二十六条修改为：“城市低保家庭的供热费，按照每户每个供热期900元的标准给予补贴。”
　　本决定自2024年11月1日起施行。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　部门文件

　　　　　　　　　　某坊市人力资源和社会保障局
　　　　　关于公布培训补贴标准目录的通知
　　　　　　　（某人社字〔2024〕47号　2024年9月6日）

各县市区人力资源和社会保障局：
　　一、参加职业技能培训并取得证书的，按照本目录标准给予培训补贴。
┌───┬───────────┬────┬────┐
│ 序号 │     职业（工种）     │  五级  │  四级  │
├───┼───────────┼────┼────┤
│  1   │         电工         │  900   │  1300  │
├───┼───────────┼────┼────┤
│  2   │        育婴员        │  800   │  1200  │
└───┴───────────┴────┴────┘

──────────────────────────────────────
（2024年第10期　总第268期）
主管主办：某坊市人民政府办公室
地　　址：某坊市东风东街6396号
电　　话：0536-8787035
免费赠阅
"""


def test_numbers_in_brackets_with_their_day_box_tables_and_a_colophon() -> None:
    docs = parse_gazette(_BRACKETED_GAZETTE, "gazette.txt")
    assert [(d.doc_number, d.date) for d in docs] == [("某政办发〔2024〕9号", "2024-10-12"),
                                                    ("某人社字〔2024〕47号", "2024-09-06")]
    assert _nt(docs[0].title) == "某坊市人民政府办公室关于修改某坊市城市供热管理办法的决定"
    assert "━" not in docs[0].text and "部门文件" not in docs[0].text
    assert "1\t电工\t900\t1300" in docs[1].text.split("\n") and "┼" not in docs[1].text
    assert docs[1].text.rstrip().endswith("2\t育婴员\t800\t1200") and "主管主办" not in docs[1].text


def test_a_title_whose_issuers_line_breaks_inside_a_name_is_a_notice_of_its_own() -> None:
    from index.gazette import parse_gazette
    text = "\n".join([
        "甲市人民政府办公室关于印发甲市2025年消费券发放活动方案的通知", "甲府办发〔2025〕6号", "",
        "各县（市、区）人民政府：", "　　现将方案印发给你们，请认真组织实施。", "甲市人民政府办公室", "2025年2月12日", "",
        "　　一、本方案自2025年3月1日起施行，有效期至2025年12月31日。", "", "",
        "甲市人力资源和社会保障局 甲市财政局 中国人民银行甲市分", "行关于做好创业担保贷款工作的通知", "甲人社发〔2025〕4号", "",
        "各县（市、区）人力资源和社会保障局、财政局：", "　　一、个人创业担保贷款最高额度为20万元。",
        "　　二、本通知自2025年2月1日起施行，有效期至2027年12月31日。", "",
        "甲市人力资源和社会保障局　甲市财政局　中国人民银行甲市分行", "2025年1月20日", ""])
    docs = parse_gazette(text, "g.txt")
    assert [d.doc_number for d in docs] == ["甲府办发〔2025〕6号", "甲人社发〔2025〕4号"]
    assert docs[1].title == "甲市人力资源和社会保障局甲市财政局中国人民银行甲市分行关于做好创业担保贷款工作的通知"
    assert "有效期至2027年12月31日" not in docs[0].text


def test_a_title_wrapped_over_four_lines_of_a_narrow_column_is_read_whole() -> None:
    from index.gazette import parse_gazette
    text = "\n".join([
        "甲市教育局甲市体育局甲市财政局", "关于做好冬季校园冰场补助工作的通知", "甲教联发〔2026〕2号", "各县（市、区）教育局：",
        "一、标准冰场每块补助30000元。", "二、本通知有效期至2026年4月30日。", "甲市教育局", "2026年1月12日",
        "甲市人力资源和社会保", "障局甲市财政局关于调", "整高校毕业生安家补贴", "有关标准的通知", "甲人社发〔2026〕9号",
        "各县（市、区）人力资源和社会保障局：", "一、将本科生补贴由每人10000元调整为每人15000元。", "甲市人力资源和社会保障局",
        "2026年2月10日"])
    docs = parse_gazette(text, "g.txt")
    assert [d.doc_number for d in docs] == ["甲教联发〔2026〕2号", "甲人社发〔2026〕9号"]
    assert docs[1].title == "甲市人力资源和社会保障局甲市财政局关于调整高校毕业生安家补贴有关标准的通知"
    assert "甲市人力资源和社会保" not in docs[0].text


def test_a_single_line_naming_the_gazettes_editors_ends_the_last_notice_as_its_colophon() -> None:
    text = "\n".join([
        "甲市农牧局甲市财政局关于调整肉牛基础母牛扩群提质补贴有关标准的通知", "甲农牧发〔2026〕29号", "各旗县区农牧局、财政局：",
        "一、将《办法》第三条中“每头1500元”调整为“每头2000元”。", "二、《办法》其他规定不变。", "甲市农牧局", "2026年6月8日",
        "编辑：甲市人民政府公报编辑部　2026年7月15日出版"])
    (doc,) = parse_gazette(text, "g.txt")
    assert "编辑部" not in doc.text and doc.text.rstrip().endswith("2026年6月8日"), doc.text


def test_a_title_printed_below_its_number_keeps_the_years_in_brackets_on_its_last_line() -> None:
    """"四农联发〔2026〕4号" over "…关于印发四" | "平市…补助实施方案" | "（2026—2028年）的通知": the title ends with its 的通知."""
    text = ("四平市农业农村局文件\n四农联发〔2026〕4号\n四平市农业农村局 四平市财政局关于印发四\n平市黑土地保护性耕作作业补助实施方案\n"
            "（2026—2028年）的通知\n各县（市、区）农业农村局、财政局：\n现将《四平市黑土地保护性耕作作业补助实施方案（2026—2028年）》"
            "印发给你们，请认真组织实施。\n四平市农业农村局　　四平市财政局\n2026年3月12日\n"
            "四平市黑土地保护性耕作作业补助实施方案\n（2026—2028年）\n一、补助标准\n免耕播种作业每亩补助50元。\n")
    docs = parse_gazette(text, "notice.pdf")
    assert [_ws(d.title) for d in docs] == ["四平市农业农村局四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2026—2028年）的通知"]


def test_joint_issuers_stacked_beside_文件_over_the_number_are_the_masthead_not_the_title() -> None:
    """A joint red head ("某亚市农业农村局" over "某亚市财政局　文件", its 文件 set beside both names) above the 文号: the
    title is the one printed under the number."""
    text = ("某亚市农业农村局\n某亚市财政局　文件\n某农联发〔2026〕27号\n某亚市农业农村局 某亚市财政局关于印发某亚\n"
            "市冬季瓜菜设施建设补贴实施方案的通知\n各区农业农村局、财政局：\n现将实施方案印发给你们，请认真组织实施。\n"
            "某亚市农业农村局　某亚市财政局\n2026年8月28日\n")
    docs = parse_gazette(text, "notice.pdf")
    assert [(_ws(d.title), d.doc_number) for d in docs] == [
        ("某亚市农业农村局某亚市财政局关于印发某亚市冬季瓜菜设施建设补贴实施方案的通知", "某农联发〔2026〕27号")]


def test_a_title_under_its_number_wrapped_before_its_的通知_keeps_it() -> None:
    text = ("某亚市旅游和文化广电体育局文件\n某旅文发〔2024〕9号\n某亚市旅游和文化广电体育局关于印发某\n亚市传统技艺传承补助暂行办法\n"
            "的通知\n各区旅游和文化主管部门：\n现将暂行办法印发给你们，请遵照执行。\n某亚市旅游和文化广电体育局\n2024年6月12日\n")
    docs = parse_gazette(text, "notice.pdf")
    assert [_ws(d.title) for d in docs] == ["某亚市旅游和文化广电体育局关于印发某亚市传统技艺传承补助暂行办法的通知"]
