"""Gazette parser: gold inventory, evidence preservation, cleaning traps, sections, decoding."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.gazette import parse_corpus, parse_gazette, read_gazette_file
from index.models import Document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "notices.json"
DEV = ROOT / "tests" / "data" / "dev.jsonl"
FIX = Path(__file__).resolve().parent / "fixtures"


def _nt(s: str) -> str:
    """Title comparison form: no whitespace, unified quotes and brackets."""
    s = re.sub(r"[\s《》〈〉<>“”\"'‘’]", "", s)
    return s.replace("(", "（").replace(")", "）")


def _ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def corpus_docs() -> list[Document]:
    return parse_corpus(CORPUS)


def _parse_fixture(name: str) -> list[Document]:
    return parse_gazette(read_gazette_file(FIX / name), name)


def _check_sections(doc: Document) -> None:
    assert doc.sections, doc.title
    pos = 0
    for s in doc.sections:
        assert s.start == pos, (doc.title, s)
        assert s.end >= s.start
        assert s.path and all(p for p in s.path)
        pos = s.end
    assert pos == len(doc.text)


# ------------------------------------------------------------------ corpus-level checks


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


def test_corpus_sections_and_spans(corpus_docs: list[Document]) -> None:
    for d in corpus_docs:
        _check_sections(d)
        assert 1 <= d.start_line <= d.end_line
        assert d.title and "\n" not in d.title


def test_parse_time() -> None:
    t0 = time.perf_counter()
    parse_corpus(CORPUS)
    dt = time.perf_counter() - t0
    print(f"full parse: {dt:.2f}s")
    assert dt < 10


def test_plan_section_path(corpus_docs: list[Document]) -> None:
    doc = next(d for d in corpus_docs if d.doc_number == "中宁政办发〔2019〕34号")
    paths = [s.path for s in doc.sections]
    assert ("中宁县推进净土保卫战行动计划", "一、总体要求") in paths
    assert doc.attachments == ("中宁县推进净土保卫战行动计划",)
    assert doc.public


def test_bookmark_dump_removed(corpus_docs: list[Document]) -> None:
    last = [d for d in corpus_docs if d.corpus_file == "tongxin-county-2022.txt"][-1]
    assert any("bookmark" in n for n in last.notes)
    assert "\t责任领导" not in last.text


# ------------------------------------------------------------------ fixtures: cleaning traps


def test_line_wrap_rejoin_and_cover() -> None:
    docs = _parse_fixture("zhongning_cover_wrap.txt")
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
    _check_sections(d)
    assert any(s.path[-1] == "（一）坚持原则" for s in d.sections)


def test_page_break_mid_sentence() -> None:
    d = _parse_fixture("zhongning_page_break.txt")[0]
    assert "公报" not in d.text
    assert "配合单位：县工业（物流）园区管委会、工业和信息化局、发展和改革局、自然资源局" in d.text
    assert not re.search(r"^\d{1,3}$", d.text, re.M)


def test_body_page_before_cover_is_reattached() -> None:
    docs = _parse_fixture("zhongwei_body_before_cover.txt")
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


def test_masthead_and_toc_make_no_phantoms() -> None:
    docs = _parse_fixture("helan_masthead_toc.txt")
    assert [d.doc_number for d in docs] == ["贺党发〔2022〕32号"]
    d = docs[0]
    assert d.issuer == "中共贺兰县委员会、贺兰县人民政府"
    assert "目录" not in _ws(d.text) and "编辑委员会" not in d.text
    assert d.start_line == 141


def test_unnumbered_notice_and_back_matter() -> None:
    docs = _parse_fixture("helan_unnumbered_backmatter.txt")
    assert [d.doc_number for d in docs] == ["贺政办规发〔2022〕12号", None]
    notice = docs[1]
    assert notice.title == "中共贺兰县委员会干部任前公示公告(2022)第七号"
    assert notice.issuer == "中共贺兰县委组织部" and notice.date == "2022-09-02"
    assert "简介" not in notice.text and "发行方式" not in notice.text


def test_toc_without_leaders_and_tab_table() -> None:
    docs = _parse_fixture("zhongwei2024_toc_table.txt")
    assert [d.doc_number for d in docs] == ["卫政规发〔2023〕2号"]
    d = docs[0]
    row = next(line for line in d.text.split("\n") if "《中卫市地震宏观监测管理办法》" in line)
    assert row.split("\t") == ["3", "《中卫市地震宏观监测管理办法》", "卫政办发〔2011〕105号"]
    assert d.attachments[:2] == (
        "决定保留的市人民政府行政规范性文件目录",
        "决定废止的市人民政府行政规范性文件目录",
    )


def test_u2029_removed() -> None:
    d = _parse_fixture("tongxin_u2029.txt")[0]
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


def test_number_headings_not_confused() -> None:
    text = (
        "某县人民政府办公室\n关于做好补助工作的通知\n某政办发〔2023〕5号\n各乡镇人民政府：\n"
        "一、补助标准\n1.康复训练。每人每年2万元。\n"
        "1.5万元用于手术。\n2019年起实施。\n（1）耳蜗。\n某县人民政府办公室\n2023 年 1 月 2 日\n"
    )
    d = parse_gazette(text, "x.txt")[0]
    labels = [s.path[-1] for s in d.sections]
    assert "1.康复训练" in labels and "（1）耳蜗" in labels
    assert not any(lbl.startswith(("1.5", "2019")) for lbl in labels)
    _check_sections(d)


# ------------------------------------------------------------------ decoding


SAMPLE = (
    "中宁县人民政府\n关于印发测试方案的通知\n中宁政发〔2019〕1号\n"
    "各乡镇人民政府：\n现将《测试方案》印发给你们。\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_decode_encodings(encoding: str) -> None:
    assert read_gazette_bytes(SAMPLE.encode(encoding), "s.txt") == SAMPLE


@pytest.mark.parametrize("data", [b"", b"  \n\t \r\n", "\u3000\n".encode()])
def test_empty_input_raises(data: bytes) -> None:
    with pytest.raises(UnreadableFile, match="empty"):
        read_gazette_bytes(data, "empty.txt")


def test_binary_input_raises() -> None:
    with pytest.raises(UnreadableFile, match="binary"):
        read_gazette_bytes(b"%PDF-1.7\x00\x01\x02\xff\xfe" * 50, "scan.pdf.txt")


def test_corpus_error_names_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(UnreadableFile, match=r"b\.txt"):
        parse_corpus(tmp_path)
