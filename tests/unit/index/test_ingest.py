"""From files to documents: nothing lost, the right split per file, metadata, reports, upload staging."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.build import build_index
from index.chunking import ChunkerSettings, chunk_document
from index.embedder import HashEmbedder
from index.ingest import (
    COVERAGE_WARNING,
    FileReport,
    corpus_files,
    ingest_file,
    ingest_source,
    safe_name,
    stage_files,
    with_coverage,
)
from index.readers import SourceText
from index.store import load_index

ROOT = Path(__file__).resolve().parents[3]
FIX = ROOT / "tests" / "data" / "ingest"
BAD = ROOT / "tests" / "data" / "ingest-bad"
CORPUS = ROOT / "data" / "corpus"

# file → (title, 文号, issuer, date) as a careful reader of the page would record them
EXPECTED = {
    "luoyang-parking-measures.html": ("洛阳市机动车停车场管理办法", "洛阳市人民政府令第178号", "洛阳市人民政府", "2023-06-05"),
    "luoyang-childcare-subsidy.txt": ("洛阳市人民政府办公室关于实施婴幼儿照护服务补贴的通知", "洛政办〔2024〕15号",
                                      "洛阳市人民政府办公室", "2024-03-15"),
    "luoyang-business-guide.txt": ("个体工商户设立登记办事指南", None, "洛阳市市场监督管理局", "2024-05-08"),
    "luoyang-heating-qa.html": ("《洛阳市城市供热管理办法》政策解读", None, "洛阳市城市管理局", "2023-10-20"),
    "luoyang-elderly-meals.docx": ("洛阳市民政局关于印发洛阳市老年助餐服务实施办法的通知", "洛民〔2024〕31号",
                                   "洛阳市民政局", "2024-06-10"),
    "luoyang-medical-insurance.pdf": ("洛阳市人民政府办公室关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知",
                                      "洛政办〔2024〕58号", "洛阳市人民政府办公室", "2024-08-20"),
    "luoyang-flood-notice-scan.pdf": ("洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "洛汛〔2024〕7号",
                                      "洛阳市防汛抗旱指挥部", "2024-06-28"),
    "luoyang-flood-notice-scan.png": ("洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "洛汛〔2024〕7号",
                                      "洛阳市防汛抗旱指挥部", "2024-06-28"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_fixture_is_one_document_with_its_metadata(name: str) -> None:
    item = ingest_file(FIX / name)
    assert item.report.error is None and item.report.layout == "single"
    [doc] = item.documents
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == EXPECTED[name]
    assert doc.text.startswith(doc.title)
    for chrome in ("网站标识码", "字体", "当前位置", "浏览次数", "相关文章", "扫一扫"):
        assert chrome not in doc.text


def test_all_files_are_covered_by_the_expectations() -> None:
    assert {p.name for p in corpus_files(FIX)} == set(EXPECTED)


def test_page_fields_become_metadata_not_body() -> None:
    doc = ingest_file(FIX / "luoyang-parking-measures.html").documents[0]
    meta = dict(doc.meta)
    assert meta["索引号"] == "11410300005252743T/2023-00517" and meta["施行日期"] == "2023年08月01日"
    assert meta["有效期"] == "有效" and "索引号" not in doc.text
    assert [s.path[-1] for s in doc.sections if s.level == 1][:2] == ["第一章总则", "第二章规划与建设"]
    child = ingest_file(FIX / "luoyang-childcare-subsidy.txt").documents[0]
    assert dict(child.meta)["有效期"] == "2024年4月1日至2026年12月31日"
    assert "（一）育儿补贴" in [s.path[-1] for s in child.sections]


def test_the_report_says_what_was_removed_and_how_much_is_kept() -> None:
    item = ingest_file(FIX / "luoyang-childcare-subsidy.txt")
    rep = item.report
    assert rep.format == "text" and rep.documents == 1 and rep.chars_read > rep.chars_furniture > 0
    assert any(r.startswith("page furniture") for r in rep.removed)
    assert any(r.startswith("related-links list") for r in rep.removed)
    assert any(r.startswith("metadata field") for r in rep.removed)
    chunks = chunk_document(item.documents[0], len, ChunkerSettings())
    done = with_coverage(rep, item.documents, chunks)
    assert done.coverage is not None and done.coverage >= COVERAGE_WARNING
    assert not any("indexed" in w for w in done.warnings)
    scan = ingest_file(FIX / "luoyang-flood-notice-scan.pdf").report
    assert scan.format == "pdf-ocr" and any("OCR" in w for w in scan.warnings)
    assert any("no 文号" in w for w in ingest_file(FIX / "luoyang-business-guide.txt").report.warnings)


def test_low_coverage_is_a_warning() -> None:
    item = ingest_file(FIX / "luoyang-childcare-subsidy.txt")
    chunks = chunk_document(item.documents[0], len, ChunkerSettings())
    done = with_coverage(item.report, item.documents, chunks[:1])
    assert done.coverage is not None and done.coverage < COVERAGE_WARNING
    assert any("of the body text is indexed" in w for w in done.warnings)
    assert json.loads(json.dumps(done.to_json()))["coverage"] == round(done.coverage, 4)
    assert FileReport.from_json(done.to_json()) == done


def test_issuers_printed_on_the_lines_above_a_title_opening_on_guanyu_are_part_of_it() -> None:
    src = SourceText(name="notice.pdf", format="pdf", text="\n".join([
        "宜昌市人力资源和社会保障局　宜昌市财政局", "中国人民银行宜昌市分行", "关于进一步加大创业担保贷款支持力度的通知",
        "宜人社发〔2026〕33号", "各县（市、区）人力资源和社会保障局、财政局，各经办银行：",
        "为进一步发挥创业担保贷款促进创业带动就业的作用，现就有关事项通知如下：", "一、提高贷款额度",
        "个人创业担保贷款最高额度由20万元提高至30万元。"]))
    doc = ingest_source(src).documents[0]
    assert doc.title == "宜昌市人力资源和社会保障局宜昌市财政局中国人民银行宜昌市分行关于进一步加大创业担保贷款支持力度的通知"
    assert "中国人民银行宜昌市分行" in doc.issuer and "宜昌市财政局" in doc.issuer
    assert not doc.text.split("\n")[1].startswith("中国人民银行")  # not left in the body


def test_a_page_s_stated_title_that_is_only_its_number_gives_way_to_the_title_it_prints() -> None:
    # (Word's "save as web page" writes the document's first line, here its 文号, as the page's <title>)
    src = SourceText(name="附件.doc", format="html", title="某商联发〔2026〕16号", text="\n".join([
        "某商联发〔2026〕16号", "某亚市商务局 某亚市财政局关于调整新能源汽车置换更新补贴有关事项的通知", "各区商务主管部门：",
        "一、将《细则》第四条中的补贴标准由“每辆补贴10000元”调整为“每辆补贴12000元”。", "某亚市商务局", "2026年9月25日"]))
    doc = ingest_source(src).documents[0]
    assert doc.title == "某亚市商务局某亚市财政局关于调整新能源汽车置换更新补贴有关事项的通知"
    assert doc.doc_number == "某商联发〔2026〕16号"


def test_a_page_without_any_title_line_is_named_after_its_file() -> None:
    src = SourceText(name="停车收费_细则.txt", format="text",
                     text="第一条 为规范停车收费，制定本细则。\n第二条 本细则自发布之日起施行。")
    item = ingest_source(src)
    assert item.documents[0].title == "停车收费 细则"
    assert any("file name" in w for w in item.report.warnings)


def test_a_related_links_list_full_of_doc_numbers_does_not_split_a_page() -> None:
    text = "\n".join([
        "首页 > 政务公开 > 政策文件",
        "洛阳市人民政府关于加强城市绿化管理的通知",
        "洛政〔2023〕40号",
        "各县区人民政府：",
        "为加强城市绿化管理，现就有关事项通知如下。城市新建项目绿地率不得低于30%。",
        "洛阳市人民政府",
        "2023年9月1日",
        "相关文件",
        "洛阳市人民政府关于印发洛阳市园林绿化条例实施细则的通知",
        "洛政〔2022〕12号",
        "2022-03-01",
        "洛阳市人民政府办公室关于开展春季植树活动的通知",
        "洛政办〔2023〕9号",
        "2023-03-02",
    ])
    item = ingest_source(SourceText(name="green.txt", format="text", text=text))
    [doc] = item.documents
    assert doc.doc_number == "洛政〔2023〕40号" and doc.date == "2023-09-01"
    assert "植树" not in doc.text and "绿地率不得低于30%" in doc.text


def test_the_bundled_gazettes_are_still_split_into_their_62_notices() -> None:
    total = 0
    for path in corpus_files(CORPUS):
        item = ingest_file(path)
        assert item.report.layout == "gazette" and item.report.error is None
        total += len(item.documents)
    assert total == 62


def test_bad_files_are_reported_never_dropped(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copyfile(FIX / "luoyang-heating-qa.html", corpus / "qa.html")
    shutil.copyfile(BAD / "password-protected.pdf", corpus / "secret.pdf")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (corpus / "README.md").write_text("about this folder", encoding="utf-8")
    (corpus / ".hidden").write_text("x", encoding="utf-8")
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    by_file = {r.file: r for r in report.files}
    assert set(by_file) == {"qa.html", "secret.pdf", "empty.txt", "blob.bin"}
    assert by_file["qa.html"].documents == 1 and by_file["qa.html"].error is None
    assert "password" in (by_file["secret.pdf"].error or "")
    assert "empty" in (by_file["empty.txt"].error or "")
    assert "binary" in (by_file["blob.bin"].error or "")
    assert len(report.skipped_files) == 3


def test_every_kind_of_file_is_findable_end_to_end(tmp_path: Path) -> None:
    """file → documents → chunks → index → a retrieval that finds a sentence of it."""
    from rag.retrieval import HybridRetriever
    from rag.settings import RetrievalSettings

    corpus = tmp_path / "c"
    shutil.copytree(FIX, corpus)
    emb = HashEmbedder()
    report = build_index(corpus, tmp_path / "idx", emb, progress=False)
    # the scanned notice as a PDF and as a PNG is one notice: indexed once, both files its sources
    assert report.documents == len(EXPECTED) - 1 and not report.skipped_files
    png = next(r for r in report.files if r.file == "luoyang-flood-notice-scan.png")
    assert png.documents == 1 and any("indexed once" in w for w in png.warnings)
    index = load_index(tmp_path / "idx", emb)
    [scan] = [d for d in index.documents.values() if d.corpus_file == "luoyang-flood-notice-scan.pdf"]
    assert scan.also_in == ("luoyang-flood-notice-scan.png",)
    retriever = HybridRetriever(index, emb, RetrievalSettings())
    probes = {
        "luoyang-parking-measures.html": "新能源汽车在公共停车场停放的，首两小时免收停车费",
        "luoyang-childcare-subsidy.txt": "托育补贴每人每月多少钱",
        "luoyang-business-guide.txt": "个体工商户设立登记办理时限",
        "luoyang-heating-qa.html": "室内温度达不到标准怎么办",
        "luoyang-elderly-meals.docx": "80周岁以上老年人每餐补贴",
        "luoyang-medical-insurance.pdf": "城乡居民医保个人缴费标准",
        "luoyang-flood-notice-scan.pdf": "汛期地下车库下穿隧道警示标志",
    }
    for name, question in probes.items():
        hits = retriever.retrieve(question).hits
        assert any(h.chunk.corpus_file == name for h in hits[:3]), (name, [h.chunk.corpus_file for h in hits[:3]])
    # a second build reuses the text read from PDFs, Word files and scans
    (corpus / "note.txt").write_text("洛阳市关于夜市管理的通知\n夜市经营时间为18时至次日1时。", encoding="utf-8")
    again = build_index(corpus, tmp_path / "idx", emb, progress=False)
    assert again.status == "built" and again.documents == len(EXPECTED)  # 7 notices read before + the new one


def test_staging_copies_good_files_and_refuses_bad_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "luoyang-heating-qa.html").write_text("already here", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    staged = stage_files([(FIX / "luoyang-heating-qa.html", "luoyang-heating-qa.html"),
                          (BAD / "password-protected.pdf", "secret.pdf"),
                          (empty, "empty.txt"),
                          (FIX / "luoyang-elderly-meals.docx", "../../etc/elderly.docx")], corpus)
    qa, secret, blank, word = staged
    assert qa.target == corpus / "luoyang-heating-qa (2).html" and qa.report.documents == 1
    assert (corpus / "luoyang-heating-qa.html").read_text(encoding="utf-8") == "already here"  # never overwritten
    assert secret.target is None and "password" in (secret.report.error or "")
    assert blank.target is None and "empty" in (blank.report.error or "")
    assert word.target == corpus / "elderly.docx"
    assert sorted(p.name for p in corpus.iterdir()) == ["elderly.docx", "luoyang-heating-qa (2).html",
                                                        "luoyang-heating-qa.html"]
    again = stage_files([(FIX / "luoyang-elderly-meals.docx", "copy.docx")], corpus)
    assert again[0].duplicate_of == "elderly.docx"


def test_safe_names() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\a\\通知.docx") == "通知.docx"
    assert safe_name(".bashrc") == "bashrc"
    assert safe_name("") == "document"


def test_a_small_gazettes_cover_and_colophon_are_furniture_not_lost_text(tmp_path: Path) -> None:
    """A four-page gazette: its cover, contents and colophon are a fifth of the file and belong to
    no notice; they are reported as removed, not as body text left out of the index."""
    from tests.unit.index.test_gazette import _CITY_GAZETTE
    path = tmp_path / "gazette.txt"
    colophon = "\n──────────\n《某州市人民政府公报》\n（2023年第8期　总第251期）\n主管主办：某州市人民政府办公室\n免费赠阅\n"
    path.write_bytes(("\ufeff" + _CITY_GAZETTE + colophon).replace("\n", "\r\n").encode("utf-8"))
    item = ingest_file(path)
    assert item.report.layout == "gazette" and item.report.documents == 2
    assert any(r.startswith("gazette cover and colophon") for r in item.report.removed)
    chunks = [c for d in item.documents for c in chunk_document(d, len, ChunkerSettings())]
    done = with_coverage(item.report, item.documents, chunks)
    assert done.coverage is not None and done.coverage >= COVERAGE_WARNING, done.coverage
    assert not any("indexed" in w for w in done.warnings)


_ARTICLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - 某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="article">{body}</div>
<div class="page-nav" id="pagenav">{nav}</div>
<div class="footer">主办：某市人民政府办公室 网站标识码：5303000001</div></body></html>"""


def _article_pages(folder: Path, second_only: bool = False) -> None:
    """A notice a city's site splits over two pages, as saved from the browser: the title, 文号 and
    items 一 to 三 on the first; items 四 and 五, the signature and the date on the second."""
    title = "某市人民政府办公室关于进一步做好城乡居民基本养老保险工作的通知"
    one = (f"<h1>{title}</h1><p>某政办发〔2026〕9号</p><p>各县（市、区）人民政府，市直各部门：</p>"
           "<p>一、参保范围</p><p>年满16周岁、不是国家机关和事业单位工作人员的城乡居民，可以在户籍地参加城乡居民养老保险。</p>"
           "<p>二、缴费档次</p><p>缴费标准设为每年200元、300元、500元、1000元四个档次。</p>"
           "<p>三、政府缴费补贴</p><p>选择200元档次缴费的，每人每年补贴30元。</p>")
    two = ("<p>四、困难群体代缴</p><p>对最低生活保障对象、特困人员，由县级人民政府按每人每年200元的标准代缴。</p>"
           "<p>五、施行日期</p><p>本通知自2026年3月1日起施行，有效期5年。</p>"
           "<p>某市人民政府办公室</p><p>2026年2月10日</p>")
    nav_one = ('<span class="current">第1页</span> <a href="notice_2.html">第2页</a> '
               '<a href="./notice_2.html?from=page" class="next">下一页</a>')
    nav_two = '<a href="notice.html" class="prev">上一页</a> <span class="current">第2页</span> <span>下一页</span>'
    if not second_only:
        (folder / "notice.html").write_text(_ARTICLE_PAGE.format(title=title, body=one, nav=nav_one), encoding="utf-8")
    (folder / "notice_2.html").write_text(_ARTICLE_PAGE.format(title=title, body=two, nav=nav_two), encoding="utf-8")


def test_a_web_article_split_over_two_pages_is_one_notice_and_its_second_page_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    _article_pages(corpus)
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    by_file = {r.file: r for r in report.files}
    assert by_file["notice.html"].documents == 1 and by_file["notice_2.html"].documents == 0
    assert by_file["notice_2.html"].error is None and "notice.html" in by_file["notice_2.html"].warnings[0]
    assert any("2 pages" in w for w in by_file["notice.html"].warnings)
    index = load_index(tmp_path / "idx")
    (doc,) = index.documents.values()
    assert doc.doc_number == "某政办发〔2026〕9号" and doc.date == "2026-02-10"
    assert "每人每年200元的标准代缴" in doc.text and "第2页" not in doc.text and doc.text.count("养老保险工作的通知") == 1
    # the second page's rules are cited under the notice's 文号
    assert any("代缴" in c.text and c.doc_number == "某政办发〔2026〕9号" for c in index.chunks)


def test_a_later_page_without_its_first_page_is_a_notice_of_its_own(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    _article_pages(corpus, second_only=True)
    report = build_index(corpus, tmp_path / "idx", HashEmbedder(), progress=False)
    assert [(r.file, r.documents) for r in report.files] == [("notice_2.html", 1)]


def test_a_title_wrapped_before_its_kind_word_is_one_title_and_the_first_line_of_the_body_is_kept() -> None:
    """A notice on a board, photographed: "麒麟区文化馆" / "2027年寒假少儿公益艺术培训" / "报名通知", the last
    line beside a scrap of the next sheet ("请广大"); the opening sentence under it is body, not page header."""
    text = ("麒麟区文化馆\n2027年寒假少儿公益艺术培训\n报名通知\t请广大\n为丰富少年儿童寒假文化生活，麒麟区文化馆将举办\n"
            "2027年寒假少儿公益艺术培训班，现将报名事项通知如\n下：\n一、招收对象：麒麟区辖区内7至12周岁少年儿童。\n"
            "麒麟区文化馆\n2026年11月28日")
    (doc,) = ingest_source(SourceText(name="board.jpg", format="image-ocr", text=text)).documents
    assert doc.title == "麒麟区文化馆2027年寒假少儿公益艺术培训报名通知"
    assert doc.text.splitlines()[1].startswith("为丰富少年儿童寒假文化生活")


def test_a_booklet_s_title_over_two_lines_ends_in_its_kind_明白纸() -> None:
    text = ("农村户厕改造\n奖补政策明白纸\n（2026年版）\n某市农业农村局\n2026年6月\n一、政策依据\n"
            "《某市农村户厕改造奖补办法》自2026年6月1日起施行。\n二、哪些农户可以申请\n经县级农业农村部门验收合格的农户，可以申请奖补。")
    (doc,) = ingest_source(SourceText(name="mingbaizhi.pdf", format="pdf", text=text)).documents
    assert doc.title == "农村户厕改造奖补政策明白纸"


def test_an_app_screenshots_title_is_the_lines_over_its_source_and_date_line() -> None:
    """A phone screenshot of an app's article: the status bar and the app's name over a title wrapped on two
    lines, then "来源 … 日期"; its body names a 实施方案 mid-sentence, which is no title."""
    text = ("10:26\t5G86%\n秦务员·宝鸡\n家庭养老床位来了！谁能申请、补贴多\n少、怎么申请，一文读懂\n"
            "来源：宝鸡市民政局\t2026-03-20 09:30\n近日，市政府办公室印发《宝鸡市家庭养老床位建设和\n"
            "服务实施方案》，自2026年4月1日起施行。家庭养老\n床位是什么？谁能申请？我们整理了几个问题。\n"
            "问：哪些老人可以申请？\n答：本市户籍、60周岁以上的居家老人。")
    (doc,) = ingest_source(SourceText(name="shot.png", format="image-ocr", text=text)).documents
    assert doc.title == "家庭养老床位来了！谁能申请、补贴多少、怎么申请，一文读懂"
    assert (doc.issuer, doc.date) == ("宝鸡市民政局", "2026-03-20")
    assert "秦务员" not in doc.text and doc.text.splitlines()[1].startswith("近日，市政府办公室印发")


def test_pages_linked_in_a_ring_or_twice_are_each_read_once() -> None:
    from index.ingest import join_pages

    def page(name: str, nxt: str) -> SourceText:
        return SourceText(name=name, format="html", text=f"{name}的正文", next_page=nxt)
    ring = {"a.html": page("a.html", "b.html"), "b.html": page("b.html", "a.html")}
    assert join_pages(ring) == ({}, {})
    twice = {"a.html": page("a.html", "c.html"), "b.html": page("b.html", "c.html"), "c.html": page("c.html", "")}
    joined, first_of = join_pages(twice)
    assert set(joined) == {"a.html"} and first_of == {"c.html": "a.html"} and "c.html的正文" in joined["a.html"].text


def _framed_page(corpus: Path, *, with_folder: bool = True, escape: bool = False) -> Path:
    """An old portal's page of frames saved "网页，全部": the frameset beside its folder of frame pages."""
    page = corpus / "xize.htm"
    main = "../outside.htm" if escape else "xize_files/content.htm"
    page.write_bytes(
        ('<html><head><title>某旗人民政府--政务公开</title><meta http-equiv=Content-Type content="text/html; charset=gbk">'
         '</head><frameset rows="118,*"><frame name=topFrame src="xize_files/top.htm"><frameset cols="190,*">'
         f'<frame name=leftFrame src="xize_files/left.htm"><frame name=mainFrame src="{main}"></frameset>'
         "<noframes><body>您的浏览器不支持框架。</body></noframes></frameset></html>").encode("gbk"))
    notice = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gbk"><title>关于印发草原补奖实施细则的通知'
              "</title></head><body><p>某农牧发〔2023〕45号</p><p>关于印发草原补奖实施细则的通知</p><p>各旗县区农牧局：</p>"
              "<p>第三条 禁牧补助标准为每亩每年7.2元。</p><p>第七条 本细则自2023年7月1日起施行，有效期至2027年12月31日。</p>"
              "<p>某市农牧局</p><p>2023年6月12日</p></body></html>")
    if with_folder:
        folder = corpus / "xize_files"
        folder.mkdir()
        (folder / "top.htm").write_bytes("<html><body><p>某旗人民政府</p></body></html>".encode("gbk"))
        (folder / "left.htm").write_bytes("<html><body><p>政务公开</p><p>上级文件</p></body></html>".encode("gbk"))
        (folder / "content.htm").write_bytes(notice.encode("gbk"))
        (folder / "style.css").write_text("body { font-size: 12px }")
    if escape:
        (corpus.parent / "outside.htm").write_bytes(notice.encode("gbk"))
    return page


def test_a_page_of_frames_is_read_as_the_frame_that_holds_its_content(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    item = ingest_file(_framed_page(corpus))
    (doc,) = item.documents
    assert doc.doc_number == "某农牧发〔2023〕45号" and "每亩每年7.2元" in doc.text and "不支持框架" not in doc.text
    assert "a page of frames: read its frame content.htm" in item.report.warnings
    assert any("banner, menu" in r for r in item.report.removed)
    assert corpus_files(corpus) == [corpus / "xize.htm"]  # (the folder's pages are no files of their own)


def test_a_page_of_frames_without_its_folder_says_so_and_reads_nothing_outside_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    item = ingest_file(_framed_page(corpus, with_folder=False))
    assert not item.documents and item.report.error and "网页，全部" in item.report.error
    shutil.rmtree(corpus)
    corpus.mkdir()
    item = ingest_file(_framed_page(corpus, escape=True))  # a frame pointing out of the folder is not followed
    assert not any("每亩每年7.2元" in d.text for d in item.documents)


def test_a_change_in_a_saved_page_s_folder_makes_the_index_stale(tmp_path: Path) -> None:
    from index.build import corpus_fingerprint

    corpus = tmp_path / "c"
    corpus.mkdir()
    _framed_page(corpus)
    before = corpus_fingerprint(corpus)
    content = corpus / "xize_files" / "content.htm"
    content.write_bytes(content.read_bytes().replace("7.2".encode("gbk"), "8.6".encode("gbk")))
    after = corpus_fingerprint(corpus)
    assert list(before) == ["xize.htm"] and before != after


def test_the_frame_a_page_names_as_its_content_is_read_not_a_longer_menu(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    page = _framed_page(corpus)
    menu = "".join(f"<p><a href='x{i}.htm'>关于做好第{i}批农牧业项目申报工作的通知</a></p>" for i in range(40))
    (corpus / "xize_files" / "left.htm").write_bytes(f"<html><body>{menu}</body></html>".encode("gbk"))
    (doc,) = ingest_file(page).documents
    assert "每亩每年7.2元" in doc.text and "第0批" not in doc.text


def test_hostile_frames_are_reported_not_raised(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    page = corpus / "p.htm"
    for src in ("%00", "a" * 300, "p_files/inner.htm", "../outside.htm", "p_files"):
        page.write_text(f'<html><frameset><frame name="main" src="{src}"></frameset></html>', encoding="utf-8")
        (corpus / "p_files").mkdir(exist_ok=True)
        (corpus / "p_files" / "inner.htm").write_text('<html><frameset><frame src="x.htm"></frameset></html>',
                                                      encoding="utf-8")  # (a page of frames again: no text)
        item = ingest_file(page)
        assert not item.documents and item.report.error and str(tmp_path) not in item.report.error, src
    # a page added alone is refused with what to do: its folder is not copied with it
    staged = stage_files([(page, "p.htm")], tmp_path / "lib")
    assert staged[0].target is None and "网页，全部" in (staged[0].report.error or "")
