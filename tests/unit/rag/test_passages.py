from __future__ import annotations

from rag.passages import focus_window


def test_focus_window_recentres_on_the_question_terms() -> None:
    text = "无关的开头。" * 30 + "折死沟的县级河长是杨国林，长度133.23公里。" + "其他内容。" * 30
    a, b = focus_window(text, 0, len(text), {"折死沟": 5.0, "河长": 2.0, "公里": 1.0}, 120, (0, 60))
    span = text[a:b]
    assert "折死沟" in span and "133.23公里" in span
    assert b - a <= 120 and span == text[a:b].strip()


def test_focus_window_respects_the_size_and_cuts_at_sentence_ends() -> None:
    text = "".join(f"第{i}条规定了具体工作。" for i in range(60))
    target = text.index("第40条")
    a, b = focus_window(text, 0, len(text), {"第40条": 3.0}, 50, (0, 30))
    assert b - a <= 50 and a <= target < b
    assert text[b - 1] == "。" and (a == 0 or text[a - 1] == "。")


def test_focus_window_without_question_terms_keeps_the_hit() -> None:
    text = "甲乙丙丁。" * 40
    assert focus_window(text, 0, len(text), {"无关": 1.0}, 50, (100, 150))[0] == 100


def test_a_passage_does_not_open_with_the_tail_of_a_sentence() -> None:
    from rag.passages import focus_window

    text = "前一段讲的是别的事情，并填写经费表和发票进行支付。第二条补助标准为每人每年2万元。第三条由县财政局负责。"
    lo = text.index("发票")  # the region (a chunk) starts mid-sentence
    a, b = focus_window(text, lo, len(text), {"补助": 1.0, "发票": 0.2}, 60, (lo, lo + 10))
    assert text[a:].startswith("第二条") and "2万元" in text[a:b]


def test_the_passages_naming_someone_are_their_chunks_grown_to_the_section() -> None:
    from itertools import pairwise

    from index.models import Chunk
    from rag.passages import naming_regions

    text = "刘炳炳同志 主持全面工作。\n蒋恒斌同志 协助县长负责综合执法等工作。\n分管县综合执法局。\n联系县气象局。\n附件1 名单"
    cuts = [0, text.index("蒋恒斌"), text.index("分管"), text.index("附件1"), len(text)]
    paths = ["分工", "分工", "分工", "附件1"]
    chunks = [Chunk(id=f"c{n}", doc_id="d", text=text[a:b], start=a, end=b, corpus_file="f", doc_number=None,
                    title="关于调整县政府领导分工的通知", issuer="某县人民政府", date=None, section_path=paths[n], ordinal=n)
              for n, (a, b) in enumerate(pairwise(cuts))]
    found = naming_regions(chunks, "蒋恒斌")
    assert [n for n, _ in found] == [1]
    a, b = found[0][1]
    assert text[a:b].startswith("刘炳炳同志") and "分管县综合执法局" in text[a:b] and "附件1" not in text[a:b]
    assert naming_regions(chunks, "王继斌") == []


def test_a_window_reaching_into_a_taken_passage_is_cut_back_to_its_own_chunk() -> None:
    from rag.passages import clear_of, repeats
    text = "一、甲。划拨用地可继续划拨。\n二、乙。复合利用土地。\n三、丙。先租后让。"
    own = (0, text.index("二"))  # the chunk "一、…"
    taken = [(own[1], len(text))]  # an earlier passage already holds 二 and 三
    a, b = 0, len(text)
    assert repeats(a, b, taken)
    assert clear_of(text, a, b, own, taken) == own
    assert not repeats(*clear_of(text, a, b, own, taken), taken)
    # never cut in the middle of a sentence
    mid = text.index("利用")
    assert clear_of(text, 0, len(text), (0, 5), [(mid, len(text))]) == (0, len(text))
