"""A numbered context passage over a one-chunk notice, for tests of the context and the verifier."""

from __future__ import annotations

from index.models import PATH_SEP, Chunk
from rag.context import ContextPassage
from rag.schema import Hit


def context_passage(n: int, text: str, doc_number: str = "中宁政办发〔2019〕54号") -> ContextPassage:
    c = Chunk(id=f"c{n}", doc_id=f"d{n}", text=text, start=0, end=len(text), corpus_file="f.txt",
              doc_number=doc_number, title="某实施方案的通知", issuer="中宁县人民政府办公室",
              date="2019-05-06", section_path=f"某实施方案{PATH_SEP}三、救助标准")
    return ContextPassage(n, Hit(c, 1.0, n, text, 0, len(text)), text)


# Two passages whose sentences carry numbers with units, deadlines and a 文号.
P1 = context_passage(1, "基本康复训练每人每年2万元。人工耳蜗手术费每人1.5万元。")
P2 = context_passage(2, "审批时限由法定20个工作日压缩至15个工作日。牵头单位：县财政局。", "中宁政发〔2019〕52号")
