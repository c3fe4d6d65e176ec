"""The validity graph (index/standing.py): statuses on a day, decisions, conflicts, successors — on
our own small notices and on the bundled corpus."""

from __future__ import annotations

from dataclasses import replace

from index.models import Document, Section
from index.standing import ValidityGraph, build_graph, grounds, warning


def doc(number: str | None, title: str, date: str, text: str, meta: tuple[tuple[str, str], ...] = ()) -> Document:
    body = f"{title}\n{text}"
    return Document("f.txt", number, title, "甲市人民政府", date, body, (Section((title,), 0, len(body)),),
                    meta=meta, start_line=hash(title) % 1000)


OLD = doc("甲政办发〔2018〕5号", "甲市人民政府办公室关于印发甲市乙补贴管理办法的通知", "2018-03-01",
          "本办法自2018年4月1日起施行，有效期至2020年3月31日。")
NEW = doc("甲政办规发〔2021〕2号", "甲市人民政府办公室关于印发甲市乙补贴管理办法的通知", "2021-02-01",
          "本办法自印发之日起施行。原《甲市乙补贴管理办法》（甲政办发〔2018〕5号）同时废止。")
PLAIN = doc("甲政发〔2019〕9号", "甲市人民政府关于做好防汛工作的通知", "2019-06-01", "各单位要做好防汛准备。")


def test_an_end_date_passed_is_expired_and_before_it_in_force() -> None:
    g = build_graph([OLD])
    key = g.key_of_doc(OLD.doc_id)
    assert key is not None
    before, after = g.status(key, "2019-01-01"), g.status(key, "2020-04-01")
    assert (before.status, before.until) == ("in_force", "2020-03-31")
    assert (after.status, after.until, after.effective) == ("expired", "2020-03-31", "2018-04-01")
    assert "有效期至" in after.evidence


def test_a_repeal_in_a_successors_text_counts_from_its_effective_day_and_names_the_successor() -> None:
    g = build_graph([OLD, NEW])
    key = g.key_of_doc(OLD.doc_id)
    assert key is not None
    assert g.status(key, "2019-01-01").status == "in_force"
    v = g.status(key, "2021-02-01")
    assert (v.status, v.by, v.until) == ("repealed", "甲政办规发〔2021〕2号", "2021-02-01")
    assert v.successor is not None and v.successor.doc_number == "甲政办规发〔2021〕2号"
    note = warning("《甲市乙补贴管理办法》", v)
    assert note is not None and "废止" in note and "甲政办规发〔2021〕2号" in note
    assert g.status(g.key_of_doc(NEW.doc_id) or "", "2026-01-01").status == "in_force"


def test_a_lapse_quotes_the_sentence_it_rests_on_and_never_a_list_row() -> None:
    g = build_graph([OLD, NEW])
    key = g.key_of_doc(OLD.doc_id) or ""
    expired = replace(g.status(key, "2021-01-01"), status="expired")
    note = warning("《甲市乙补贴管理办法》", expired)
    assert note == ("《甲市乙补贴管理办法》有效期至2020年3月31日，已失效"
                    "（原文：“本办法自2018年4月1日起施行，有效期至2020年3月31日”）。")
    repealed = warning("《甲市乙补贴管理办法》", g.status(key, "2021-02-01"))
    assert repealed is not None and "（原文：“原《甲市乙补贴管理办法》（甲政办发〔2018〕5号）同时废止”）" in repealed
    row = replace(expired, evidence="3\t《甲市乙补贴管理办法》\t甲政办发〔2018〕5号")
    assert grounds(row) == "" and "原文" not in (warning("《甲市乙补贴管理办法》", row) or "")


def test_nothing_said_is_unknown_and_a_page_field_speaks_when_the_text_does_not() -> None:
    g = build_graph([PLAIN])
    assert g.status(g.key_of_doc(PLAIN.doc_id) or "", "2026-01-01").status == "unknown"
    marked = doc("甲政发〔2019〕10号", "甲市人民政府关于乙的通知", "2019-06-01", "正文。", meta=(("有效期", "失效"),))
    g = build_graph([marked])
    assert g.status(g.key_of_doc(marked.doc_id) or "", "2026-01-01").status == "expired"


def test_an_effective_day_still_ahead_is_not_in_force() -> None:
    future = doc("甲政发〔2026〕1号", "甲市人民政府关于丙的通知", "2026-01-05", "本办法自2027年1月1日起施行。")
    g = build_graph([future])
    key = g.key_of_doc(future.doc_id) or ""
    assert g.status(key, "2026-06-01").status == "unknown"
    assert g.status(key, "2027-01-01").status == "in_force"


def _decision(number: str, date: str, verb: str, *rows: str) -> Document:
    lines = ["本决定自公布之日起施行。", f"决定{verb}的市人民政府行政规范性文件目录", "序号\t名称\t文号", *rows]
    return doc(number, f"甲市人民政府关于{verb}市人民政府行政规范性文件的决定", date, "\n".join(lines))


def test_a_later_decision_overrides_an_earlier_one_and_the_conflict_is_listed() -> None:
    keep = _decision("甲政规发〔2022〕1号", "2022-05-01", "保留", "1\t《甲市丁办法》\t甲政发〔2016〕7号")
    repeal = _decision("甲政规发〔2023〕1号", "2023-05-01", "废止", "1\t《甲市丁办法》\t甲政发〔2016〕7号")
    g = build_graph([keep, repeal])
    key = g.find_number("甲政发", "2016", "7")
    assert key is not None and not g.notices[key].in_corpus  # a node although never ingested
    assert (g.status(key, "2022-06-01").status, g.status(key, "2022-06-01").by) == ("in_force", "甲政规发〔2022〕1号")
    late = g.status(key, "2024-01-01")
    assert (late.status, late.by) == ("repealed", "甲政规发〔2023〕1号")
    assert late.conflicts and "甲政规发〔2022〕1号" in late.conflicts[0]
    assert late.successor is None  # a clean-up list repeals, it does not replace


def test_a_keep_decision_after_the_end_date_keeps_the_notice_in_force_with_the_conflict_named() -> None:
    keep = _decision("甲政规发〔2022〕1号", "2022-05-01", "保留", "1\t《甲市乙补贴管理办法》\t甲政办发〔2018〕5号")
    g = build_graph([OLD, keep])
    v = g.status(g.key_of_doc(OLD.doc_id) or "", "2024-01-01")
    assert (v.status, v.by) == ("in_force", "甲政规发〔2022〕1号")
    assert any("决定保留" in c for c in v.conflicts)


def test_amended_and_the_expired_notice_points_to_a_later_one_of_the_same_title() -> None:
    amend = _decision("甲政规发〔2022〕1号", "2022-05-01", "修改", "1\t《甲市戊办法》\t甲政办发〔2019〕3号")
    g = build_graph([amend])
    v = g.status(g.find_number("甲政办发", "2019", "3") or "", "2023-01-01")
    assert (v.status, v.by) == ("amended", "甲政规发〔2022〕1号")
    later = doc("甲政办规发〔2022〕9号", "甲市人民政府办公室关于印发甲市乙补贴管理办法的通知", "2022-01-01",
                "本办法自印发之日起施行。")
    g = build_graph([OLD, later])
    v = g.status(g.key_of_doc(OLD.doc_id) or "", "2023-01-01")
    assert v.status == "expired" and v.successor is not None and v.successor.doc_number == "甲政办规发〔2022〕9号"


def test_to_json_lists_every_notice_and_relation() -> None:
    g = build_graph([OLD, NEW])
    js = g.to_json("2022-01-01")
    assert {n["doc_number"] for n in js["notices"]} == {"甲政办发〔2018〕5号", "甲政办规发〔2021〕2号"}
    assert js["relations"] == [{
        "kind": "repeal", "word": "废止", "by": "甲政办规发〔2021〕2号", "target": "甲政办发〔2018〕5号",
        "target_title": OLD.title, "date": "2021-02-01", "listed": False,
        "evidence": "原《甲市乙补贴管理办法》（甲政办发〔2018〕5号）同时废止。"}]


# ----------------------------------------------------------------------------- the bundled corpus

def _by_number(g: ValidityGraph, number: str, as_of: str = "2026-12-02") -> tuple[str, str | None, str | None]:
    key = next(k for k, n in g.notices.items() if n.doc_number == number)
    v = g.status(key, as_of)
    return v.status, v.until, v.by


def test_bundled_corpus_statuses_as_of_2026_12_02(corpus_docs: list[Document]) -> None:
    g = build_graph(corpus_docs)
    # notices whose own words end them between 2020 and 2022
    assert _by_number(g, "卫政办规发〔2019〕2号") == ("expired", "2021-04-30", None)
    assert _by_number(g, "卫政办规发〔2019〕3号") == ("expired", "2020-12-31", None)
    assert _by_number(g, "卫政规发〔2019〕1号") == ("expired", "2021-05-31", None)
    assert _by_number(g, "贺政办规发〔2022〕12号") == ("expired", "2022-12-31", None)
    # kept by the 2023 decision
    assert _by_number(g, "卫政规发〔2019〕2号")[::2] == ("in_force", "卫政规发〔2023〕2号")
    # a 2024 measure whose end is given in words
    key = next(k for k, n in g.notices.items() if n.doc_number == "卫政规发〔2024〕1号")
    v = g.status(key, "2026-12-02")
    assert (v.status, v.until) == ("in_force", None) and "夏秋航季" in v.until_words
    # the same notices before their end
    assert _by_number(g, "卫政规发〔2019〕1号", "2020-01-01")[0] == "in_force"


def test_bundled_corpus_repeal_relations_include_notices_outside_the_corpus(corpus_docs: list[Document]) -> None:
    g = build_graph(corpus_docs)
    js = g.to_json("2026-12-02")
    rel = {(r["by"], r["kind"], r["target"]) for r in js["relations"]}
    assert ("贺政办规发〔2022〕12号", "repeal", "贺政办发〔2020〕27号") in rel
    decision = [r for r in js["relations"] if r["by"] == "卫政规发〔2023〕2号"]
    counts = {k: sum(r["kind"] == k for r in decision) for k in ("keep", "repeal", "amend")}
    assert counts == {"keep": 34, "repeal": 16, "amend": 4}
    outside = {n["doc_number"]: n for n in js["notices"] if not n["in_corpus"]}
    assert outside["贺政办发〔2020〕27号"]["validity"]["status"] == "repealed"
    assert outside["卫政办发〔2017〕146号"]["validity"]["by"] == "卫政规发〔2023〕2号"
    assert outside["卫政办规发〔2018〕15号"]["validity"]["status"] == "amended"
    # before the decision took effect, its repeals had not happened
    key = g.find_number("卫政办发", "2017", "146")
    assert key is not None and g.status(key, "2023-12-18").status == "unknown"


def test_pages_and_notices_of_another_city() -> None:
    from pathlib import Path

    from index.ingest import ingest_file

    fix = Path(__file__).resolve().parents[2] / "data" / "ingest"
    parking = ingest_file(fix / "luoyang-parking-measures.html").documents[0]
    child = ingest_file(fix / "luoyang-childcare-subsidy.txt").documents[0]
    g = build_graph([parking, child])
    p = g.of_doc(parking.doc_id, "2026-12-02")
    assert p is not None and (p.status, p.effective, p.until) == ("in_force", "2023-08-01", "2028-07-31")
    c, later = g.of_doc(child.doc_id, "2026-12-02"), g.of_doc(child.doc_id, "2027-01-01")
    assert c is not None and later is not None
    assert (c.status, c.until) == ("in_force", "2026-12-31") and later.status == "expired"


def test_a_notice_amended_by_another_in_its_own_text_is_said_amended_by_it() -> None:
    base = doc("甲民发〔2025〕14号", "甲市民政局关于印发甲市助餐补贴管理办法的通知", "2025-03-20",
               "第八条 助餐补贴标准：每人每餐2元。\n第十条 本办法自2025年4月1日起施行，有效期5年。")
    change = doc("甲民发〔2026〕31号", "甲市民政局关于提高助餐补贴标准的通知", "2026-09-15",
                 "现对《甲市助餐补贴管理办法》（甲民发〔2025〕14号）第八条规定的助餐补贴标准调整如下：\n"
                 "一、每人每餐补贴由2元提高到3元。\n二、本通知自2026年10月1日起执行。")
    g = build_graph([base, change])
    v = g.status(g.key_of_doc(base.doc_id) or "", "2026-12-02")
    assert (v.status, v.by) == ("amended", "甲民发〔2026〕31号")
    note = warning("《甲市助餐补贴管理办法》", v)
    assert note is not None and "已被《甲市民政局关于提高助餐补贴标准的通知》（甲民发〔2026〕31号）修改" in note
    assert "列为需修改" not in note
    # its tag says it was amended (in force as amended), not that a revision is still to come
    assert v.label == "已修改（甲民发〔2026〕31号修改，自2026年10月1日起）" and v.current


HEAT = doc("甲政办发〔2023〕5号", "甲市人民政府办公室关于印发甲市冬季取暖补贴办法的通知", "2022-12-20",
           "本办法自2023年1月1日起施行，有效期3年。")
EXTEND = doc("甲政办函〔2025〕41号", "甲市人民政府办公室关于延长甲市冬季取暖补贴办法有效期的通知", "2025-12-10",
             "经评估，《甲市冬季取暖补贴办法》（甲政办发〔2023〕5号）有效期延长至2027年12月31日。本通知自印发之日起施行。")


def test_a_term_extended_by_a_later_notice_runs_to_the_new_day_and_is_said() -> None:
    alone = build_graph([HEAT])
    g = build_graph([HEAT, EXTEND])
    key = g.key_of_doc(HEAT.doc_id) or ""
    # without the extension it lapsed on 2025-12-31; with it, it is in force, by the extending notice
    assert alone.status(key, "2026-12-02").status == "expired"
    v = g.status(key, "2026-12-02")
    assert (v.status, v.until, v.by, v.decided) == ("in_force", "2027-12-31", "甲政办函〔2025〕41号", "延长有效期")
    assert v.label == "现行有效（有效期已延长至2027年12月31日）" and v.current
    assert "有效期延长至2027年12月31日" in v.evidence
    # before the extension was decided, the old term stands; after the new day, it has lapsed
    assert g.status(key, "2025-06-01").until == "2025-12-31"
    lapsed = g.status(key, "2028-01-02")
    assert (lapsed.status, lapsed.until) == ("expired", "2027-12-31")
    assert "有效期至2027年12月31日，已失效" in (warning("《甲市冬季取暖补贴办法》", lapsed) or "")


DRAFT = doc(None, "关于公开征求《甲市冬季取暖补贴办法（征求意见稿）》意见的公告", "2022-10-08",
            "征求意见时间为2022年10月8日至11月7日。第五条 每户每年补贴1000元。")


def test_a_draft_for_comment_is_never_current_and_points_to_the_notice_issued() -> None:
    g = build_graph([DRAFT, HEAT, EXTEND])
    v = g.status(g.key_of_doc(DRAFT.doc_id) or "", "2026-12-02")
    assert (v.status, v.label, v.current) == ("draft", "征求意见稿，未施行", False)
    assert v.successor is not None and v.successor.doc_number == "甲政办发〔2023〕5号"
    note = warning("《甲市冬季取暖补贴办法（征求意见稿）》", v)
    assert note == ("《甲市冬季取暖补贴办法（征求意见稿）》是公开征求意见的草稿，不是正式施行的规定，"
                    "现行规定见《甲市人民政府办公室关于印发甲市冬季取暖补贴办法的通知》（甲政办发〔2023〕5号）。")
    alone = build_graph([DRAFT])
    lone = alone.status(alone.key_of_doc(DRAFT.doc_id) or "", "2026-12-02")
    assert warning("《…》", lone) == "《…》是公开征求意见的草稿，不是正式施行的规定，本库中未见正式印发的文件。"


def test_a_keep_decision_after_an_extended_term_still_keeps_the_notice() -> None:
    old = doc("甲政发〔2020〕1号", "甲市人民政府关于印发甲市乙补贴办法的通知", "2020-01-01",
              "本办法自2020年1月1日起施行，有效期至2024年12月31日。")
    ext = doc("甲政函〔2024〕9号", "甲市人民政府关于延长甲市乙补贴办法有效期的通知", "2024-12-01",
              "《甲市乙补贴办法》（甲政发〔2020〕1号）有效期延长至2025年12月31日。本通知自印发之日起施行。")
    kept = doc("甲政规发〔2026〕1号", "甲市人民政府关于公布规范性文件清理结果的决定", "2026-03-01",
               "一、决定继续有效的规范性文件目录\n1\t《甲市乙补贴办法》\t甲政发〔2020〕1号\n本决定自印发之日起施行。")
    g = build_graph([old, ext, kept])
    v = g.status(g.key_of_doc(old.doc_id) or "", "2026-06-01")
    assert v.status == "in_force" and v.by == "甲政规发〔2026〕1号", v


def test_what_a_draft_proposes_decides_nothing_and_an_issued_notice_without_a_term_replaces_it() -> None:
    draft = doc(None, "甲市人民政府关于延长甲市冬季取暖补贴办法有效期的决定（征求意见稿）", "2025-11-01",
                "《甲市冬季取暖补贴办法》（甲政办发〔2023〕5号）有效期延长至2027年12月31日。")
    g = build_graph([HEAT, draft])
    assert g.status(g.key_of_doc(HEAT.doc_id) or "", "2026-12-02").status == "expired"
    issued = doc("甲民发〔2026〕40号", "甲市民政局关于印发甲市长者助餐服务补贴办法的通知", "2026-11-01", "第一条 每餐补贴5元。")
    proposal = doc(None, "关于公开征求《甲市长者助餐服务补贴办法（征求意见稿）》意见的公告", "2026-09-01", "每餐补贴3元。")
    g = build_graph([issued, proposal])
    v = g.status(g.key_of_doc(proposal.doc_id) or "", "2026-12-02")
    assert v.status == "draft" and v.successor is not None and v.successor.doc_number == "甲民发〔2026〕40号"


def test_a_yearly_notice_is_followed_by_the_later_one_of_its_series_even_where_only_a_field_says_it_lapsed() -> None:
    yearly = doc("甲人社发〔2024〕15号", "甲市人力资源和社会保障局关于做好2024年家政服务员培训补贴工作的通知", "2024-04-09",
                 "五级/初级工每人1000元。", meta=(("有效期", "失效"),))
    current = doc("甲人社发〔2026〕8号", "甲市人力资源和社会保障局关于做好家政服务员培训补贴工作的通知", "2026-03-16",
                  "本通知自2026年4月1日起施行，有效期至2028年3月31日。")
    other = doc("甲人社发〔2026〕9号", "甲市人力资源和社会保障局关于做好就业见习工作的通知", "2026-03-20",
                "本通知自印发之日起施行。")
    g = build_graph([yearly, current, other])
    v = g.status(g.key_of_doc(yearly.doc_id) or "", "2026-12-02")
    assert v.status == "expired" and v.successor is not None and v.successor.doc_number == "甲人社发〔2026〕8号"
    # (a notice of another series is none)
    alone = build_graph([yearly, other])
    assert alone.status(alone.key_of_doc(yearly.doc_id) or "", "2026-12-02").successor is None


def test_a_long_yearly_series_is_judged_once_per_notice_and_none_issued_after_the_day_follows() -> None:
    series = [doc(f"甲人社发〔{y}〕{y - 1990}号", f"甲市人力资源和社会保障局关于做好{y}年家政服务员培训补贴工作的通知",
                  f"{y}-03-01", f"本通知有效期至{y}年12月31日。") for y in range(2000, 2031)]
    g = build_graph(series)
    first = g.statuses("2026-12-02")[g.key_of_doc(series[0].doc_id) or ""]
    assert first.status == "expired" and first.successor is not None
    assert first.successor.doc_number == "甲人社发〔2026〕36号"  # (in force on the day; 2027's is not issued yet)
