"""Sections: plan titles open a part of their own, number headings are told from numbers."""

from __future__ import annotations

from collections.abc import Callable

from index.gazette import parse_gazette
from index.models import Document


def test_plan_section_path(corpus_docs: list[Document]) -> None:
    doc = next(d for d in corpus_docs if d.doc_number == "中宁政办发〔2019〕34号")
    paths = [s.path for s in doc.sections]
    assert ("中宁县推进净土保卫战行动计划", "一、总体要求") in paths
    assert doc.attachments == ("中宁县推进净土保卫战行动计划",)
    assert doc.public


def test_number_headings_not_confused(check_sections: Callable[[Document], None]) -> None:
    text = (
        "某县人民政府办公室\n关于做好补助工作的通知\n某政办发〔2023〕5号\n各乡镇人民政府：\n"
        "一、补助标准\n1.康复训练。每人每年2万元。\n"
        "1.5万元用于手术。\n2019年起实施。\n（1）耳蜗。\n某县人民政府办公室\n2023 年 1 月 2 日\n"
    )
    d = parse_gazette(text, "x.txt")[0]
    labels = [s.path[-1] for s in d.sections]
    assert "1.康复训练" in labels and "（1）耳蜗" in labels
    assert not any(lbl.startswith(("1.5", "2019")) for lbl in labels)
    check_sections(d)
