"""Outline answers: a list question answered by the headings under the section that names it."""

from __future__ import annotations

from index.models import Chunk, Document, Section
from rag.outline import asks_benefit, benefit_spans, heading_span, outline, outline_hits
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


def test_no_outline_when_one_heading_under_the_section_titles_what_is_asked() -> None:
    title = "某县2022年动物疫病强制免疫工作方案"
    text = (f"{title}\n一、免疫病种及目标\n（一）免疫病种。高致病性禽流感、口蹄疫、小反刍兽疫、布鲁氏菌病。\n"
            "（二）免疫目标。全县范围内做好强制免疫工作。\n二、免疫要求\n")
    def at(head: str) -> int:
        return text.index(head)
    sections = (Section((title,), 0, at("一、")),
                Section((title, "一、免疫病种及目标"), at("一、"), at("（一）")),
                Section((title, "一、免疫病种及目标", "（一）免疫病种。"), at("（一）"), at("（二）")),
                Section((title, "一、免疫病种及目标", "（二）免疫目标。"), at("（二）"), at("二、")),
                Section((title, "二、免疫要求"), at("二、"), len(text)))
    doc = Document(corpus_file="f.txt", doc_number="某政办发〔2022〕44号", title=f"关于印发{title}的通知",
                   issuer="某县人民政府办公室", date="2022-03-01", text=text, sections=sections)
    focus = question_parts("强制免疫方案涉及的免疫病种包括哪些？")[0].focus
    near = [(at("（一）"), at("二、"))]
    assert outline(doc, focus, near) == []  # the answer is the text of "（一）免疫病种。", not the two headings
    # the same headings answer a question on the section as a whole
    assert len(outline(doc, ("病种及目标",), near)) == 2


def test_of_two_sections_naming_the_list_the_one_with_the_question_s_words_answers_it() -> None:
    text = ("三、工作内容\n（一）重点推进产业链\n1.现代化工产业链。建设化工园区。\n2.光伏产业链。建设光伏电站。\n"
            "3.风电产业链。建设风电场。\n（二）培育产业链\n1.装备制造产业链。通过招商引资发展装备制造。\n"
            "2.葡萄酒产业链。推动葡萄酒产业发展。\n3.文冠果产业链。推进生产加工。\n四、保障机制\n（一）加强领导。\n")
    title = "关于建立链长制推动重点产业链发展的实施方案"

    def sec(path: tuple[str, ...], head: str, nxt: str | None) -> Section:
        start = text.index(head)
        return Section((title, *path), start, text.index(nxt, start) if nxt else len(text))
    sections = (Section((title,), 0, len(text)), sec(("三、工作内容",), "三、工作内容", "（一）"),
                sec(("三、工作内容", "（一）重点推进产业链"), "（一）重点推进产业链", "1.现代"),
                *(sec(("三、工作内容", "（一）重点推进产业链", h), h, n) for h, n in
                  (("1.现代化工产业链", "2.光伏"), ("2.光伏产业链", "3.风电"), ("3.风电产业链", "（二）"))),
                sec(("三、工作内容", "（二）培育产业链"), "（二）培育产业链", "1.装备"),
                *(sec(("三、工作内容", "（二）培育产业链", h), h, n) for h, n in
                  (("1.装备制造产业链", "2.葡萄酒"), ("2.葡萄酒产业链", "3.文冠果"), ("3.文冠果产业链", "四、"))),
                sec(("四、保障机制",), "四、保障机制", None))
    doc = Document(corpus_file="f.txt", doc_number="某党办发〔2022〕57号", title="印发《" + title + "》的通知",
                   issuer="中共某县委办公室", date="2022-10-01", text=text, sections=sections)
    near = [(text.index("（一）重点推进"), text.index("（一）重点推进") + 40)]  # retrieval found the other section
    part = question_parts("除重点推进的产业链外，还要培育哪几条产业链？")[-1]
    spans = outline(doc, part.focus, near, words=["培育", "产业链"])
    assert [text[a:b] for a, b in spans] == ["1.装备制造产业链。", "2.葡萄酒产业链。", "3.文冠果产业链。"]


BENEFIT_TITLE = "某县困难老人助餐补贴实施办法"
BENEFIT_TEXT = ("某县困难老人助餐补贴实施办法\n一、补贴对象\n户籍在本县的70周岁以上低保老人。\n"
                "二、补贴标准\n1.午餐补贴。每人每餐补贴5元。\n2.送餐补贴。每人每次补贴2元。\n"
                "助餐点由各乡镇确定。\n三、资金管理\n补贴资金专款专用。\n")


def _benefit_doc(text: str = BENEFIT_TEXT) -> Document:
    heads = [line for line in text.split("\n")[1:] if line[:2] in ("一、", "二、", "三、", "1.", "2.")]
    starts = [text.index(h) for h in heads]
    parents: list[str] = []
    sections = [Section((BENEFIT_TITLE,), 0, starts[0])]
    for h, a, b in zip(heads, starts, [*starts[1:], len(text)], strict=True):
        parents = [h] if h[1] == "、" else [*parents[:1], h]
        sections.append(Section((BENEFIT_TITLE, *parents), a, b))
    return Document(corpus_file="f.txt", doc_number="某政办发〔2024〕3号", title=BENEFIT_TITLE, issuer="某县人民政府办公室",
                    date="2024-03-01", text=text, sections=tuple(sections))


def test_a_benefit_asked_is_answered_by_who_may_have_it_and_how_much() -> None:
    part = question_parts("我家老人七十多了，能领什么补贴吗？")[0]
    assert asks_benefit(part)
    doc = _benefit_doc()
    spans = [doc.text[a:b] for a, b in benefit_spans(doc)]
    # who first, then the standard's items; the unheaded line after an item is no part of it
    assert spans == ["一、补贴对象\n户籍在本县的70周岁以上低保老人。", "二、补贴标准", "1.午餐补贴。每人每餐补贴5元。",
                     "2.送餐补贴。每人每次补贴2元。"]
    chunk = Chunk(id="c1", doc_id=doc.doc_id, text=doc.text, start=0, end=len(doc.text), corpus_file="f.txt",
                  doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer, date=doc.date, section_path=BENEFIT_TITLE)
    hit = Hit(chunk, 0.9, 1, doc.text[60:80], 60, 80)
    assert [h.text for h in outline_hits([part], [hit], doc, [chunk])[0]] == spans


def test_no_benefit_sections_without_a_standard_or_for_other_questions() -> None:
    no_standard = BENEFIT_TEXT.replace("二、补贴标准", "二、补贴方式")
    assert benefit_spans(_benefit_doc(no_standard)) == []
    assert not asks_benefit(question_parts("助餐点由哪个部门确定？")[0])
    assert not asks_benefit(question_parts("补贴资金什么时候发放？")[0])
    # the benefit's money or procedure asked is no benefit asked
    for q in ("补贴资金如何监管？", "申请救助的程序是什么？", "救助资金怎么发放？", "违规领取补贴会怎么处理？"):
        assert not asks_benefit(question_parts(q)[0]), q
    assert asks_benefit(question_parts("能享受哪些救助政策？")[0])


def test_who_and_how_much_in_one_section_and_its_exceptions_kept() -> None:
    text = ("某县困难老人助餐补贴实施办法\n一、补贴对象和标准\n户籍在本县的70周岁以上低保老人每人每餐补贴5元。\n"
            "已享受特困供养的老人不重复享受。\n二、资金管理\n补贴资金专款专用。\n")
    doc = _benefit_doc(text)
    assert [doc.text[a:b] for a, b in benefit_spans(doc)] == [
        "一、补贴对象和标准\n户籍在本县的70周岁以上低保老人每人每餐补贴5元。\n已享受特困供养的老人不重复享受。"]


def test_a_list_named_in_quotes_is_answered_by_its_rows() -> None:
    from rag.outline import named_list

    text = ("某市人民政府关于保留、废止和修改市人民政府行政规范性文件的决定\n经研究，决定保留8件、修改2件。\n"
            "附件:1.决定保留的市人民政府行政规范性文件目录\n2.决定修改的市人民政府行政规范性文件目录\n"
            "附件1\n决定保留的市人民政府行政规范性文件目录\n序号\t规范性文件名称\t文号\n1\t《某市物业管理办法》\t某政规发〔2018〕3号\n"
            "2\t《某市停车管理办法》\t某政规发〔2019〕5号\n附件2\n决定修改的市人民政府行政规范性文件目录\n"
            "序号\t规范性文件名称\t文号\n1\t《某市城市照明管理办法》\t某政办规发〔2018〕15号\n"
            "2\t《某市地方储备粮管理办法》\t某政办规发〔2021〕11号\n")
    doc = Document(corpus_file="f.txt", doc_number="某政规发〔2023〕2号", title=text.split("\n")[0],
                   issuer="某市人民政府", date="2023-12-19", text=text, sections=(Section((text.split("\n")[0],), 0, len(text)),))
    span = named_list(doc, "决定修改")
    assert span is not None
    a, b = span
    assert text[a:b].startswith("决定修改的") and "城市照明管理办法" in text[a:b] and "储备粮" in text[a:b]
    assert "物业管理办法" not in text[a:b]
    chunk = Chunk(id="c1", doc_id="d2", text=text, start=0, end=len(text), corpus_file="f.txt",
                  doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer, date=doc.date, section_path=doc.title)
    parts = question_parts("列入“决定修改”目录的规范性文件分别是哪些？")
    found = outline_hits(parts, [Hit(chunk, 1.0, 1, text, 0, len(text))], doc, [chunk])
    assert "某市地方储备粮管理办法" in found[0][0].text and "物业管理办法" not in found[0][0].text
