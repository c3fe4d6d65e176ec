"""A twenty-third city's documents (tests/data/city23: 锦州, written blind by a helper): an Outlook .msg forwarding a
notice as a .docx attachment under an earlier draft's quoted mail, a portal page saved from a single-page app (the
notice and its 政策问答 only in the script's state), a PDF whose fonts lost their Unicode maps, a .pptx 政策解读 whose
rates are only in a chart and its steps only in a SmartArt, a .docx with footnotes, endnotes, content controls and a
reviewer's comment, and a phone's long screenshot of a repealed notice. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city23"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city23-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    assert len(read) == 8 and not any(i.report.error for i in items)
    by_number = {d.doc_number: d for d in read if d.doc_number}
    # the .msg: the cover letter without the draft quoted under it, the notice from its attachment
    letter = next(d for d in read if d.title.startswith("转发《"))
    assert "具体标准以附件为准" in letter.text and "4000元" not in letter.text
    assert "鲜食葡萄\t每亩5000元\t6%\t300元\t75元" in by_number["锦农联发〔2026〕9号"].text
    # the app page: the notice and the 政策问答 the script holds
    heating = by_number["锦发改联发〔2025〕23号"]
    assert "按设备额定功率每千瓦补贴300元" in heating.text and "安装验收合格之日起60日内" in heating.text
    # the PDF without Unicode maps, read by OCR: the amendment's item whole, though cut inside its quotation
    assert "调整为“每户最高补贴3600元”" in by_number["锦发改联发〔2026〕16号"].text
    # the .pptx: the chart's rates and the SmartArt's steps in their place
    deck = next(d for d in read if d.title.endswith("政策解读"))
    assert "船长24米（含）以上\t3800" in deck.text and "乡（镇）初审后在渔船所在村（社区）公示7日。" in deck.text
    # the .docx: its footnote, its endnote and the date its content control shows; not the reviewer's comment
    nursery = by_number["锦卫联发〔2026〕4号"]
    assert "每个机构每年补助总额最高不超过30万元" in nursery.text and "2026年12月15日" in nursery.text
    assert "150元" not in nursery.text
    # the long screenshot: the repealed notice read whole, its figures legible
    assert "120元" in by_number["锦卫发〔2024〕15号"].text
    graph = build_graph(read)
    standing = {n: graph.of_doc(d.doc_id, "2026-12-02").status for n, d in by_number.items()}
    assert standing["锦卫发〔2024〕15号"] == "repealed" and standing["锦海渔联发〔2026〕2号"] == "expired"
    assert standing["锦发改联发〔2025〕23号"] == "amended"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:  # (居家养老助餐, a topic named before the question that no notice speaks of …)
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_the_draft_quoted_under_the_forwarding_mail_is_never_the_answer(run: Run) -> None:
    answer, refused = _answer(run, "我家在北镇市种了8亩鲜食葡萄")
    assert not refused and "75元" in answer and "4000元" not in answer, answer
    answer, refused = _answer(run, "邮件往下翻")
    assert not refused and "每亩5000元" in answer and "农户自缴25%" in answer, answer


def test_a_sum_for_an_institution_is_held_to_its_limit_and_a_deadline_is_the_letter_s(run: Run) -> None:
    answer, refused = _answer(run, "全年每月稳定收托150名")
    assert not refused and "150人×12个月×200元＝36万元" in answer and "按30万元计" in answer, answer
    answer, refused = _answer(run, "申报截止到哪天")
    assert not refused and "2026年12月15日" in answer, answer


def test_a_band_of_lengths_and_a_notice_s_number_from_the_deck_that_names_it(run: Run) -> None:
    answer, refused = _answer(run, "船长26米")
    assert not refused and "3800" in answer, answer
    answer, refused = _answer(run, "实施细则的文号是什么")
    assert not refused and "锦海渔联发〔2026〕5号" in answer and "6:4" in answer, answer
