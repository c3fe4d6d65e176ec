"""Outline answers: a list question answered by the headings under the section that names it."""

from __future__ import annotations

from index.models import Chunk, Document, Section
from rag.outline import heading_span, outline, outline_hits
from rag.parts import question_parts
from rag.schema import Hit

TITLE = "某县2019年水利工作安排意见"
TEXT = ("某县2019年水利工作安排意见\n一、指导思想\n以保障水安全为目标。\n三、重点工作\n"
        "（一）抓好农村饮水安全工程建设，补强水利基础设施短板。\n1.加快实施农村饮水安全巩固提升工程。\n"
        "（二）抓好水旱灾害防御工作，确保防洪供水安全。\n2.扎实做好水旱灾害防御准备。\n"
        "（三）抓好河湖管理保护工作。各乡镇要落实河湖长制。\n四、保障措施\n（一）加强领导。\n（二）强化管理。\n")


def _doc() -> Document:
    def sec(*path: str) -> Section:
        head = path[-1]
        start = TEXT.index(head) if len(path) > 1 else 0
        nxt = [TEXT.index(h, start + 1) for h in ("\n一、", "\n三、", "\n（一）", "\n1.", "\n（二）", "\n2.", "\n（三）", "\n四、")
               if h in TEXT[start + 1:]]
        return Section((TITLE, *path[1:]) if len(path) > 1 else (TITLE,), start, min(nxt) + 1 if nxt else len(TEXT))
    sections = (sec(TITLE), sec(TITLE, "一、指导思想"), sec(TITLE, "三、重点工作"),
                sec(TITLE, "三、重点工作", "（一）抓好农村饮水安全工程建设，补强水利基础设施短板。"),
                sec(TITLE, "三、重点工作", "（二）抓好水旱灾害防御工作，确保防洪供水安全。"),
                sec(TITLE, "三、重点工作", "（三）抓好河湖管理保护工作。各乡镇要落实河湖长制。"),
                sec(TITLE, "四、保障措施"))
    return Document(corpus_file="f.txt", doc_number="某政办发〔2019〕44号", title="某县人民政府办公室关于印发某县2019年水利工作安排意见的通知",
                    issuer="某县人民政府办公室", date="2019-04-01", text=TEXT, sections=sections)


def _chunk(doc: Document) -> Chunk:
    return Chunk(id="c1", doc_id=doc.doc_id, text=TEXT, start=0, end=len(TEXT), corpus_file="f.txt",
                 doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer, date=doc.date, section_path=TITLE)


def test_the_headings_under_the_section_named_by_the_question_answer_it() -> None:
    doc = _doc()
    near = [(TEXT.index("（二）"), TEXT.index("（二）") + 30)]
    spans = outline(doc, question_parts("确定了哪些方面的重点工作？")[0].focus, near)
    assert [TEXT[a:b] for a, b in spans] == ["（一）抓好农村饮水安全工程建设，补强水利基础设施短板。",
                                             "（二）抓好水旱灾害防御工作，确保防洪供水安全。",
                                             "（三）抓好河湖管理保护工作。"]  # a run-in heading's text is left out


def test_no_outline_far_from_the_retrieved_passages_or_for_the_notice_title() -> None:
    doc = _doc()
    far = [(TEXT.index("四、保障措施"), len(TEXT))]
    assert outline(doc, ("重点工作",), far) == []
    assert outline(doc, ("水利工作",), [(0, len(TEXT))]) == []  # the title's outline is the whole notice


def test_outline_hits_are_whole_and_cited_to_their_chunk() -> None:
    doc = _doc()
    chunk = _chunk(doc)
    hit = Hit(chunk, 1.0, 1, TEXT[60:120], 60, 120)
    found = outline_hits(question_parts("重点工作有哪些？"), [hit], doc, [chunk])
    assert list(found) == [0] and all(h.whole and h.chunk.id == "c1" for h in found[0])
    assert found[0][0].text.startswith("（一）") and len(found[0]) == 3
    assert outline_hits(question_parts("重点工作什么时候完成？"), [hit], doc, [chunk]) == {}


def test_heading_span_stops_at_the_line_or_the_first_full_stop() -> None:
    text = "  （一）加强领导。各部门要落实责任。\n正文"
    a, b = heading_span(text, 0, len(text))
    assert text[a:b] == "（一）加强领导。"
