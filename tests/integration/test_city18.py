"""An eighteenth city's documents (tests/data/city18: 邢台, written blind by a helper): an OpenDocument spreadsheet with
repeated cells, an EPUB 政策汇编 of three notices (one split over two files), a PDF form whose values are only in its
fields, a 明白纸 printed two pages up in booklet order, a portal's JSON export of three notices (one 失效 by its metadata
only) and a HEIC phone photo of a 公告 stored sideways. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city18"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city18-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 10 and not any(i.report.error for i in items)
    # the EPUB's three notices, the first read whole over its two files with its 任务分工表
    heating = docs["邢政办发〔2025〕41号"].text
    assert "每千瓦时补贴0.2元" in heating and "于每年4月30日前将补贴资金一次性发放" in heating
    assert "4\t开展农村燃气设施安全检查\t市住房和城乡建设局" in heating
    assert {"邢民发〔2025〕27号", "邢农发〔2024〕15号"} <= docs.keys()
    # the JSON export's records, each a notice with its fields
    assert docs["邢人社发〔2024〕7号"].date == "2024-03-08" and "每人每月1400元" in docs["邢人社发〔2024〕7号"].text
    # the ODS's repeated cells written out, as shown
    table = next(d.text for d in read if d.corpus_file.endswith(".ods"))
    assert "9\t宁晋县\t28540\t5360\t2194.80\t50.00%\t50.00%" in table
    # the form's values after their labels, the booklet's pages in order, the photo upright
    guide = next(d.text for d in read if d.corpus_file.endswith("banshi-zhinan.pdf"))
    assert "每人每月1600元" in guide and "承诺时限15个工作日" in guide
    booklet = next(d.text for d in read if d.corpus_file.endswith("mingbaizhi.pdf")).replace("\n", "")
    assert booklet.index("五、怎么申请") < booklet.index("六、建好以后怎么管护") < booklet.index("七、常见问题")
    photo = next(d.text for d in read if d.corpus_file.endswith(".heic")).replace("\n", "")
    assert "0319-6857231" in photo and "2026年12月20日前" in photo
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["邢农发〔2024〕15号"].status == "repealed" and standing["邢民发〔2025〕27号"].status == "expired"
    assert standing["邢人社发〔2024〕7号"].status == "expired"  # (失效 only in the export's metadata)
    assert standing["邢政办发〔2025〕41号"].status == "amended" and standing["邢政办发〔2026〕33号"].status == "in_force"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_county_s_row_of_the_spreadsheet(run: Run) -> None:
    answer, refused = _answer(run, "宁晋县2026—2027年采暖季")
    assert not refused and "2194.80" in answer and "50.00%" in answer, answer


def test_the_amended_figure_for_power_asked_in_everyday_words(run: Run) -> None:
    answer, refused = _answer(run, "每度电补多少")
    assert not refused and "每千瓦时补贴0.3元" in answer and "年满70周岁老年人" in answer, answer


def test_a_value_only_in_a_form_field_and_a_county_s_phone_only_in_a_photo(run: Run) -> None:
    answer, refused = _answer(run, "25岁，没上过大学")
    assert not refused and "16—24岁失业青年" in answer, answer
    answer, refused = _answer(run, "有问题打哪个电话问")
    assert not refused and "0319-6857231" in answer, answer


def test_what_the_asker_pays_from_the_booklet_s_second_half(run: Run) -> None:
    answer, refused = _answer(run, "找人清掏要花多少钱")
    assert not refused and "清掏服务费每次不超过40元" in answer, answer


def test_whether_the_rest_of_the_amended_notice_applies(run: Run) -> None:
    answer, refused = _answer(run, "原来的《办法》其他条款还适用吗")
    assert not refused and "本通知自2026年11月1日起施行" in answer and "《办法》其他规定不变" in answer, answer
    assert "文件未提及" not in answer, answer


def test_the_steps_of_a_procedure_and_the_older_rule_compared(run: Run) -> None:
    answer, refused = _answer(run, "农村改厕想申请奖补，要走哪些步骤")
    assert not refused and all(f"第{n}步" in answer for n in "一二三四五六"), answer
    answer, refused = _answer(run, "和2024年的暂行办法比有什么变化")
    assert not refused and "按5:5比例分担" in answer and "按4:6比例分担" in answer, answer
    answer, refused = _answer(run, "一季最多能拿多少")
    assert not refused and "1500元" in answer, answer
