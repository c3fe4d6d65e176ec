"""The chat page in real headless Chromium: ask, cite, open the source, follow up, draft, download,
give feedback — and a notice containing <script> stays inert."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.support.fakes import SCRIPT_DOC_NUMBER, SCRIPT_MARKUP

pytestmark = pytest.mark.e2e

TIMEOUT_MS = 30_000


@pytest.fixture()
def page(browser: Any, live_server: tuple[str, Any]) -> Any:
    url, _ = live_server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.dialogs = []  # every alert/confirm the page opens: must stay empty
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    # A Gradio page keeps a connection open, so "networkidle" never comes.
    pg.goto(url, wait_until="domcontentloaded")
    pg.locator("#pq-input textarea").wait_for()
    yield pg
    context.close()


def ask(page: Any, question: str) -> Any:
    """Send a question and return the locator of the new, finished assistant message."""
    bots = page.locator("#pq-chat .message.bot, #pq-chat [data-testid='bot']")
    before = bots.count()
    box = page.locator("#pq-input textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """([n]) => {
            const bots = document.querySelectorAll("#pq-chat .message.bot, #pq-chat [data-testid='bot']");
            if (bots.length <= n) return false;
            const t = bots[bots.length - 1].innerText;
            // Gradio's own placeholder, then ours, then streamed text ending in the cursor.
            return t.trim() !== "" && !t.includes("Loading content") && !t.includes("正在检索")
                && !t.trim().endsWith("▌");
        }""", arg=[before], timeout=TIMEOUT_MS)
    return bots.nth(bots.count() - 1)


def test_page_shows_status_examples_and_filters(page: Any, live_server: tuple[str, Any]) -> None:
    status = page.locator("#pq-status").inner_text()
    assert "16 份文件" in status and "个片段" in status and "索引构建于" in status
    assert "原文摘录" in status  # the extractive backend is announced
    assert page.locator("#pq-examples").inner_text().strip()
    # (the persona choice renders after the input box the page fixture waits for: waited for, not counted at once)
    page.get_by_text("起草答复").first.wait_for(timeout=TIMEOUT_MS)


def test_ask_cite_open_source_and_follow_up(page: Any) -> None:
    bot = ask(page, "中宁县残疾儿童康复救助标准是多少？")
    text = bot.inner_text()
    assert "根据《" in text and "[1]" in text
    card = bot.locator(".pq-card").first
    card.wait_for()
    docnos = " ".join(bot.locator(".pq-card .pq-docno").all_inner_texts())
    assert "中宁政办发〔2019〕54号" in docnos
    assert bot.locator(".pq-card .pq-quote").first.inner_text().strip()
    # Opening a card shows the section text with the quoted sentence marked.
    source = card.locator(".pq-source")
    assert not source.is_visible()
    card.locator("summary").click()
    source.wait_for(state="visible")
    mark = source.locator("mark").first
    assert mark.is_visible() and mark.inner_text().strip()

    follow = ask(page, "那人工耳蜗手术费呢？")
    follow_text = follow.inner_text()
    assert "⚠" not in follow_text.split("\n", 1)[0], follow_text
    assert follow.locator(".pq-card").count() >= 1
    assert "中宁" in follow_text  # the follow-up was understood in the context of the first question
    assert page.dialogs == []


def test_markup_in_documents_and_questions_is_inert(page: Any) -> None:
    bot = ask(page, "测试县网站发布信息前有什么要求？")
    cards = bot.locator(".pq-card").filter(has_text=SCRIPT_DOC_NUMBER)
    cards.first.wait_for()
    sources = []
    for i in range(cards.count()):  # which passage of the notice is cited first is the engine's call
        cards.nth(i).locator("summary").click()
        source = cards.nth(i).locator(".pq-source")
        source.wait_for(state="visible")
        sources.append(source.inner_text())
    assert any(SCRIPT_MARKUP in s for s in sources)  # shown literally …
    assert SCRIPT_MARKUP in bot.inner_text()
    assert page.locator("#pq-chat script").count() == 0  # … never as an element
    hostile = '<img src=x onerror="alert(2)"> **粗体** 测试县网站安全检查多久一次？'
    bot2 = ask(page, hostile)
    assert bot2.is_visible()
    assert page.locator("#pq-chat img[src='x']").count() == 0
    assert '<img src=x onerror="alert(2)">' in page.locator("#pq-chat").inner_text()
    page.wait_for_timeout(500)
    assert page.dialogs == []


def test_bad_input_gets_a_message(page: Any) -> None:
    bot = ask(page, "？？？！！！")
    assert "⚠" in bot.inner_text()
    bot = ask(page, "政策" * 400)
    assert "过长" in bot.inner_text()


def test_draft_reply_and_docx_download(page: Any, tmp_path: Any) -> None:
    from docx import Document as Docx

    ask(page, "中宁县残疾儿童康复救助标准是多少？")
    page.locator("#pq-persona").get_by_text("起草答复", exact=True).click()
    draft = page.locator("#pq-draft textarea")
    draft.wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('#pq-draft textarea').value.includes('根据《')")
    value = draft.input_value()
    assert value.startswith("关于“") and "现答复如下" in value
    # The draft is editable and the edit is what gets exported.
    draft.fill(value.replace("您好：", "王先生：您好："))
    page.locator("#pq-docx-btn").click()
    link = page.locator("#pq-docx a").first
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    path = tmp_path / "draft.docx"
    info.value.save_as(path)
    doc = Docx(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "王先生：您好：" in text
    assert "根据《" in text and "中宁政办发〔2019〕54号" in text
    assert "附：引用文件" in text


def test_feedback_is_stored(page: Any, live_server: tuple[str, Any]) -> None:
    _, services = live_server
    ask(page, "测试县网站安全检查每季度开展一次吗？")
    page.locator("#pq-reason textarea, #pq-reason input").first.fill("回答准确，引用清楚")
    page.locator("#pq-down").click()
    page.locator("#pq-fb-msg").get_by_text("感谢反馈").wait_for()
    with sqlite3.connect(services.feedback.db.path) as con:
        rows = con.execute("SELECT question, answer, citations, rating, reason, model FROM feedback "
                           "WHERE reason = ?", ("回答准确，引用清楚",)).fetchall()
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert len(rows) == 1
    question, answer, citations, rating, _, model = rows[0]
    assert question == "测试县网站安全检查每季度开展一次吗？"
    assert rating == -1 and answer and SCRIPT_DOC_NUMBER in citations and model == "extractive"


def test_tasks_tab_lists_a_units_tasks_and_exports_them(page: Any, tmp_path: Any) -> None:
    from openpyxl import load_workbook

    page.get_by_role("tab", name="任务分工").click()
    page.locator("#pq-task-unit input, #pq-task-unit textarea").first.fill("县公安局")
    page.locator("#pq-task-go").click()
    page.locator("#pq-task-summary").get_by_text("项").wait_for(timeout=TIMEOUT_MS)
    summary = page.locator("#pq-task-summary").inner_text()
    shown = int(summary.split("共", 1)[1].split("项", 1)[0].strip())
    assert shown >= 1
    page.wait_for_function("() => document.querySelector('#pq-task-table').innerText.includes('中宁政办发〔2019〕34号')",
                           timeout=TIMEOUT_MS)
    assert "严厉打击危险废物" in page.locator("#pq-task-table").inner_text()
    page.locator("#pq-task-xlsx").click()
    link = page.locator("#pq-task-file a").first
    link.wait_for(timeout=TIMEOUT_MS)
    with page.expect_download() as info:
        link.click()
    path = tmp_path / "tasks.xlsx"
    info.value.save_as(path)
    ws = load_workbook(path).active
    assert ws is not None and ws.max_row == shown + 1 and ws["A1"].value == "序号"
    page.get_by_role("tab", name="问答").click()


def test_upload_a_word_file_then_ask_about_it(page: Any, live_server: tuple[str, Any]) -> None:
    """Runs last: it adds a document to the live server's corpus."""
    fixtures = Path(__file__).resolve().parents[1] / "data"
    page.locator("#pq-add").get_by_text("添加政策文件").click()
    page.locator("#pq-upload input[type=file]").set_input_files(
        [str(fixtures / "ingest" / "luoyang-elderly-meals.docx"), str(fixtures / "ingest-bad" / "password-protected.pdf")])
    page.wait_for_function("() => document.querySelectorAll('#pq-upload tr.file').length === 2", timeout=TIMEOUT_MS)
    page.locator("#pq-add-btn").click()
    page.wait_for_function("() => document.querySelector('#pq-add-report').innerText.includes('索引已更新')",
                           timeout=TIMEOUT_MS)
    report = page.locator("#pq-add-report").inner_text()
    assert "luoyang-elderly-meals.docx" in report and "password-protected.pdf" in report and "未添加" in report
    bot = ask(page, "80周岁以上老年人在老年食堂就餐每餐补贴多少？")
    assert "洛民〔2024〕31号" in bot.inner_text() or "老年助餐" in bot.inner_text()
