from __future__ import annotations

from eval.metrics import (
    citation_scores,
    context_prefix,
    evidence_found,
    first_gold_rank,
    key_fact_recall,
    retrieval_scores,
    same_notice,
    validity_stats,
    verifier_stats,
)

GOLD = {"doc_number": "卫政办发〔2019〕43号", "doc_title": "中卫市人民政府办公室关于印发某计划的通知"}


def test_evidence_needs_a_common_run_of_sixty_percent() -> None:
    ev = "各乡镇于5月31日前将落实情况报县发展和改革局"
    assert evidence_found(ev, "前文。各乡镇于5月31日前将落实 情况报县发展")  # whitespace ignored
    assert not evidence_found(ev, "各乡镇于5月31日前")
    assert not evidence_found(None, "anything")


def test_same_notice_by_number_or_by_title() -> None:
    assert same_notice("卫政办发 [2019] 43 号", None, GOLD)
    assert not same_notice("卫政办发〔2019〕143号", GOLD["doc_title"], GOLD)
    untitled = {"doc_number": None, "doc_title": "中共贺兰县委员会干部任前公示公告(2022)第七号"}
    assert same_notice(None, "中共贺兰县委员会干部任前公示公告（2022）第七号", untitled)


def test_retrieval_scores_and_context_prefix() -> None:
    retrieved = [
        {"rank": 1, "doc_number": "其他〔2019〕1号", "title": "x", "text": "无关" * 600},
        {"rank": 2, "doc_number": "卫政办发〔2019〕43号", "title": "y", "text": "答案在这里：每人每年2万元。"},
    ]
    item = {"sources": [GOLD], "evidence": "答案在这里：每人每年2万元。"}
    assert first_gold_rank(retrieved, [GOLD]) == 2
    s = retrieval_scores(item, retrieved)
    assert s == {"hit@1": 0.0, "hit@5": 1.0, "mrr": 0.5, "evidence@1000": 0.0, "evidence@2000": 1.0}
    assert len(context_prefix([r["text"] for r in retrieved], 1000)) == 1000
    assert retrieval_scores({"sources": []}, retrieved) is None


def test_answer_metrics() -> None:
    assert key_fact_recall("每人每年 2万元，手术费1.5万元", ["2万元", "1.5 万元", "0-6周岁"]) == 2 / 3
    assert key_fact_recall("x", []) is None
    cites = [{"doc_number": "卫政办发〔2019〕43号", "title": "a"}, {"doc_number": "别的〔2019〕1号", "title": "b"}]
    assert citation_scores(cites, [GOLD]) == (0.5, 1.0)
    assert citation_scores([], [GOLD]) == (0.0, 0.0)
    assert citation_scores(cites, []) == (None, None)


def test_evidence_threshold_is_sixty_percent_of_the_evidence() -> None:
    ev = "甲乙丙丁戊己庚辛壬癸"  # 10 characters
    assert evidence_found(ev, "前言甲乙丙丁戊己后记")  # a run of 6 = 60 %
    assert not evidence_found(ev, "前言甲乙丙丁戊后记己庚")  # a run of 5 = 50 %, pieces do not add up
    assert evidence_found(ev, "甲乙丙丁戊", threshold=0.5)
    assert not evidence_found("", "甲乙丙")


def test_same_notice_by_title_needs_the_title_when_the_gold_has_no_number() -> None:
    gold = {"doc_number": None, "doc_title": "中卫市人民政府关于邹荣琪等同志职务任免的通知"}
    assert same_notice("卫政干发〔2024〕1号", "中卫市人民政府关于邹荣琪等同志职务任免的通知", gold)
    assert same_notice(None, "《中卫市人民政府关于邹荣琪等同志职务任免的通知》", gold)
    assert not same_notice(None, "中卫市人民政府关于马晓梅同志任职的通知", gold)
    assert not same_notice(None, None, gold)
    # With a gold 文号 the title does not count.
    assert not same_notice(None, GOLD["doc_title"], GOLD)


def test_key_fact_recall_ignores_whitespace_on_both_sides() -> None:
    assert key_fact_recall("比例 达到\n80% 以上", ["80%以上", "达 到"]) == 1.0
    assert key_fact_recall("", ["2万元"]) == 0.0


def test_citation_scores_count_notices_not_citations() -> None:
    other = {"doc_number": "卫政办发〔2019〕49号", "doc_title": "x"}
    cites = [{"doc_number": "卫政办发〔2019〕43号", "title": "a"}, {"doc_number": "卫政办发 [2019] 43号", "title": "a"}]
    assert citation_scores(cites, [GOLD, other]) == (1.0, 0.5)


def test_mean_percentile_and_grouping_skip_missing_values() -> None:
    from eval.metrics import grouped, mean, percentile

    assert mean([1.0, None, 3.0]) == 2.0 and mean([None]) is None
    assert percentile([10.0, 20.0, 30.0], 50) == 20.0 and percentile([], 95) is None
    rows = [{"t": "a", "m": 1.0}, {"t": "a", "m": None}, {"t": "b", "m": 0.0}]
    assert grouped(rows, lambda r: r["t"], ["m"]) == {"a": {"n": 2, "m": 1.0}, "b": {"n": 1, "m": 0.0}}


def test_verifier_stats_count_sentences_removals_and_reasons() -> None:
    rows = [{"claims_checked": 3, "removed_reasons": ["number", "echo"]},
            {"claims_checked": 2, "removed_reasons": ["number"]},
            {"claims_checked": 0, "removed_reasons": []}]
    stats = verifier_stats(rows)
    assert stats["claims_checked"] == 5 and stats["claims_removed"] == 3
    assert stats["removed_share"] == 0.6 and stats["answers_with_removals"] == 2
    assert list(stats["by_reason"].items()) == [("number", 2), ("echo", 1)]
    assert verifier_stats([])["removed_share"] is None


def test_validity_stats_count_answers_resting_on_old_notices_and_whether_they_said_so() -> None:
    rows = [{"cited_not_in_force": 1, "validity_noted": True, "backend": "local"},
            {"cited_not_in_force": 2, "validity_noted": False, "backend": "local"},
            {"cited_not_in_force": 0, "validity_noted": True, "backend": "lookup"}]
    assert validity_stats(rows) == {"answers_citing_not_in_force": 2, "of_which_said_so": 1, "lookups": 1}


def test_an_item_naming_its_notice_or_key_facts_is_answerable_without_a_sources_list() -> None:
    from eval.metrics import answerable, gold_sources
    item = {"id": "x", "question": "q", "key_facts": ["440.12万亩"], "notice": "卫政办发〔2023〕74号"}
    assert answerable(item)
    assert gold_sources(item) == [{"doc_number": "卫政办发〔2023〕74号"}]
    assert gold_sources({"notice": "贺兰县2022年拟任职干部任前公示"}) == [{"doc_title": "贺兰县2022年拟任职干部任前公示"}]
    assert not answerable({"key_facts": [], "notice": "", "type": "unanswerable"})
    assert not answerable({"question": "q"})
    assert gold_sources({"sources": [{"doc_number": "a"}], "notice": "b"}) == [{"doc_number": "a"}]
