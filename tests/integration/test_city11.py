"""An eleventh city's documents (tests/data/city11: 芜湖, written blind by a helper): a gazette issue as an
OFD file (characters placed one object at a time, a template header, a table drawn with paths), a WeChat
article saved from the browser, a portal's "附件下载.zip" with GBK names holding a Word notice and its
.xls attachment, a three-page scan with a ruled table, and a portal page of a repealed 暂行办法. Asked as of
2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city11"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    return city_eval(tmp_path_factory.mktemp("city11-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_as_its_notices() -> None:
    read = [d for item in ingest_corpus(DATA / "corpus") for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read if not d.title.endswith("分配表")}
    # the OFD gazette's three notices, the last issued with a 残联
    assert {"芜政办〔2026〕9号", "芜政办秘〔2026〕31号", "芜民〔2026〕21号"} <= docs.keys()
    assert docs["芜民〔2026〕21号"].issuer == "芜湖市民政局、芜湖市财政局、芜湖市残疾人联合会"
    # the archive's Word notice, and its .xls attachment cited under the notice's 文号
    notice = docs["芜建房〔2026〕62号"]
    assert notice.corpus_file == "附件下载.zip" and "由每台10万元调整为每台12万元" in notice.text
    tables = [d for d in read if d.title.endswith("分配表")]
    assert [(d.doc_number, d.corpus_file) for d in tables] == [("芜建房〔2026〕62号", "附件下载.zip")]
    wechat = next(d for d in docs.values() if d.title.startswith("【政策解读】"))
    assert wechat.date == "2026-07-20" and "小编整理" not in wechat.text.split("\n")[0]


def test_every_unanswerable_question_is_refused(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    for words in ("维保", "马鞍山", "居家托养", "罚款", "存款", "契税"):
        asked = next(i for i, item in items.items() if item["type"] == "unanswerable" and words in item["question"])
        assert rows[asked]["refused"], (words, rows[asked]["answer"])


def test_a_figure_the_zip_s_notice_amended_is_answered_with_the_amendment(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "4层的老楼" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "由每台10万元调整为每台12万元" in answer and "自2026年10月1日起施行" in answer, answer


def test_a_row_of_the_attachment_and_a_district_newer_than_the_place_table_are_answered(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "鸠江区计划加装" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "区：鸠江区" in answer and "计划加装台数（台）：50" in answer and "市级补助资金（万元）：300" in answer, answer
    asked = next(i for i in items.values() if "繁昌区" in i["question"] and "电话" in i["question"])
    assert "0553-7863159" in rows[asked["id"]]["answer"], rows[asked["id"]]["answer"]


def test_the_expired_scan_is_answered_as_expired(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "11月份去世" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert not rows[asked["id"]]["refused"] and "已失效" in answer and "有效期2年" in answer, answer
