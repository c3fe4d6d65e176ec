"""A portal page saved before its script filled in the article: the notice is read from the script's JSON."""

from __future__ import annotations

import json

from index.readers import read_source_bytes
from index.readers.page_state import script_article

_BODY = ("<p>各县区民政局：</p><p>&nbsp;&nbsp;一、困难老年人每人每月发放护理补贴200元，失能老年人每人每月300元。</p>"
         "<p>&nbsp;&nbsp;二、补贴资金由市、县区财政按5:5比例承担，每季度首月发放，申请人向户籍所在地乡镇（街道）提出申请。</p>"
         "<p>&nbsp;&nbsp;三、本通知自2026年1月1日起施行，有效期3年。</p><p>某市民政局</p><p>2025年12月10日</p>")


def _skeleton(script: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市民政局</title></head><body>
<div id="app"><div class="topbar">首页 政务公开 政务服务</div>
<div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
<h1 class="article-title"></h1><div class="article-content">加载中…</div>
<div class="related"><ul></ul></div><footer>主办单位：某市民政局</footer></div>
{script}</body></html>""".encode()


def test_the_article_in_an_apps_initial_state_is_read_with_its_fields_not_its_related_list() -> None:
    state = {"site": {"name": "某市民政局"},
             "article": {"title": "某市民政局关于发放困难老年人护理补贴的通知", "docNo": "某民发〔2025〕31号",
                         "publisher": "某市民政局", "writtenDate": "2025-12-10", "publishDate": "2025-12-12 09:00:00",
                         "content": _BODY},
             "relatedList": [{"title": "关于开展2026年高龄津贴年审工作的通知", "url": "/a/1.html"},
                             {"title": "某市养老服务设施布局规划（2025—2035年）公示", "url": "/a/2.html"}]}
    script = "<script>window.__INITIAL_STATE__ = " + json.dumps(state, ensure_ascii=True) + ";</script>"
    src = read_source_bytes(_skeleton(script), "page.html")
    assert src.title == "某市民政局关于发放困难老年人护理补贴的通知"
    assert ("发文字号", "某民发〔2025〕31号") in src.fields and ("成文日期", "2025-12-10") in src.fields
    assert ("发文机关", "某市民政局") in src.fields
    lines = src.text.splitlines()
    assert lines[0] == src.title
    assert "一、困难老年人每人每月发放护理补贴200元，失能老年人每人每月300元。" in lines
    assert "高龄津贴" not in src.text and "加载中" not in src.text
    assert ("page skeleton around the article its script fills in", "加载中…") in src.removed
    assert any("script" in w for w in src.warnings)


def test_a_next_data_page_with_a_date_in_milliseconds() -> None:
    data = {"props": {"pageProps": {"detail": {"docTitle": "某市民政局关于发放困难老年人护理补贴的通知",
                                                "pubTime": 1765501200000, "html": _BODY}}}}
    script = '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    src = read_source_bytes(_skeleton(script), "page.html")
    assert ("发布日期", "2025-12-12") in src.fields
    assert "三、本通知自2026年1月1日起施行，有效期3年。" in src.text.splitlines()


def test_a_page_that_shows_its_article_keeps_its_own_text() -> None:
    shown = _BODY.replace("200元", "250元")  # (the page as saved after its script ran, or a page of its own)
    other = json.dumps({"share": {"desc": "护理补贴" * 60}}, ensure_ascii=False)
    page = f"""<html><head><meta charset="utf-8"></head><body><h1>某市民政局关于发放困难老年人护理补贴的通知</h1>
<div class="content">{shown}</div><script>var shareData = {other};</script></body></html>""".encode()
    src = read_source_bytes(page, "page.html")
    assert "250元" in src.text and "护理补贴护理补贴" not in src.text


def test_no_article_where_no_object_holds_a_body_of_text() -> None:
    assert script_article(["var conf = {\"menu\": [\"首页\", \"政务公开\"], \"title\": \"某市\"};", "not json {"]) is None


def test_the_questions_and_answers_the_app_shows_under_the_article_are_read_after_it() -> None:
    """A 政策问答 accordion kept as {"q", "a"} pairs may say what the notice does not ("…之日起60日内申请"): read
    after the body, each question with its answer; a list of headlines (titles that ask nothing) is not."""
    state = {"article": {"title": "某市民政局关于发放困难老年人护理补贴的通知", "content": _BODY},
             "faq": [{"q": "申请要在多长时间内提出？", "a": "应在符合条件之日起60日内提出申请，逾期不予受理。"},
                     {"q": "补贴怎么发放？", "a": "按季度打入“一卡通”账户。"}],
             "hotNews": [{"title": "关于开展2026年高龄津贴年审工作的通知", "content": "详见附件。"}]}
    script = "<script>window.__INITIAL_STATE__ = " + json.dumps(state, ensure_ascii=True) + ";</script>"
    lines = read_source_bytes(_skeleton(script), "page.html").text.splitlines()
    at = lines.index("申请要在多长时间内提出？")
    assert lines[at + 1] == "答：应在符合条件之日起60日内提出申请，逾期不予受理。"
    assert lines.index("一、困难老年人每人每月发放护理补贴200元，失能老年人每人每月300元。") < at
    assert "高龄津贴" not in "\n".join(lines)
