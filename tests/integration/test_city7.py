"""A seventh city's documents (tests/data/city7: 潍坊, written blind by a helper), read: its GBK gazette
prints each notice's 文号 and day in brackets under the title and no signature, parts notices by a
rule, draws a table with box characters and ends on a colophon; its PDF's table heads its columns with
labels wrapped at their slashes. (Its questions are harder than the system yet: see its README.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import ingest_file

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).resolve().parents[1] / "data" / "city7" / "corpus"


def test_the_gazette_is_its_four_notices_with_their_days_and_a_box_table_as_rows() -> None:
    docs = ingest_file(CORPUS / "weifang-gazette-2024-10.txt").documents
    assert [(d.doc_number, d.date) for d in docs] == [
        ("潍政办发〔2024〕9号", "2024-10-12"), ("潍政办字〔2024〕41号", "2024-09-20"),
        ("潍人社字〔2024〕47号", "2024-09-06"), ("潍政任〔2024〕15号", "2024-10-18")]
    assert "1\t电工\t900\t1300\t1800\t2300\t2800" in docs[2].text.split("\n")
    assert "主管主办" not in docs[3].text and "━" not in "".join(d.text for d in docs)


def test_a_pdf_tables_wrapped_header_heads_its_rows() -> None:
    text = ingest_file(CORPUS / "weifang-skills-training-subsidy.pdf").documents[0].text
    assert "序号\t职业（工种）\t五级/初级工\t四级/中级工\t三级/高级工\t二级/技师\t一级/高级技师" in text.split("\n")
    assert "13\t养老护理员\t1000\t1500\t2000\t2500\t3000" in text.split("\n")
