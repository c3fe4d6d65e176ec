"""The chat page (Gradio) and the server that also carries the OpenAI-compatible API.

``policyqa chat`` / ``policyqa serve`` run one FastAPI app under uvicorn: ``/v1/...`` is the API
(``ui.api``), everything else is the Gradio page mounted with ``gr.mount_gradio_app``. The index is
loaded (built on first start) and the engine created once; both are shared by all sessions.
"""

from __future__ import annotations

import atexit
import datetime as dt
import html
import logging
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Gradio reads this at import time; the page must not phone home.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import anyio
import gradio as gr
from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

from index.errors import PolicyQAError
from index.tasks import TaskRow, select_rows
from rag.llm import HANGUP, Hangup
from rag.query import locality_of
from rag.schema import Answer, EvidenceShown, Filters, Final, Note, Rewritten, Token, Turn
from ui.api import install_api
from ui.database import DatabaseError
from ui.drafting import DRAFT_AGE_S, DRAFTS_KEPT, draft_docx, draft_text, prune
from ui.examples import example_questions
from ui.export import COLUMNS, table, write_csv, write_xlsx
from ui.guards import BodyLimit, RateLimit
from ui.render import CSS, answer_markdown, answer_message, evidence_markdown, md_escape, status_markdown
from ui.services import Services
from ui.uploads import ACCEPTED, add_uploaded

log = logging.getLogger(__name__)

PERSONA_CHOICES = [("公众咨询", "public"), ("起草答复", "civil_servant")]
HISTORY_TURNS = 4  # earlier exchanges passed to the engine; older ones rarely matter and cost tokens
GENERIC_ERROR = "抱歉，处理这个问题时出错了，请稍后再试或换一种问法。"
STATUS_REFRESH_S = 5.0
TASK_ROLE_CHOICES = [("牵头或配合", "any"), ("只看牵头（负责）", "lead"), ("只看配合", "support")]
TASK_ROLES = {"any": ("lead", "support"), "lead": ("lead",), "support": ("support",)}
TASK_SHOWN = ("序号", "任务", "牵头（负责）单位", "配合单位", "完成时限", "所查单位角色", "文号", "章节")
MAX_UNIT_CHARS = 40


@dataclass(frozen=True)
class Record:
    """One exchange of a session: the question and either an Answer or a message for the user."""

    question: str
    answer: Answer | None = None
    notice: str = ""  # shown instead of an answer (empty input, over-long, failure)
    persona: str = "public"


def conversation(records: Sequence[Record], services: Services) -> list[dict[str, Any]]:
    docs = services.runtime.index.documents
    out: list[dict[str, Any]] = []
    for r in records:
        out.append({"role": "user", "content": md_escape(r.question) or "（空）"})
        content = answer_message(r.answer, docs) if r.answer else f"⚠ {md_escape(r.notice)}"
        out.append({"role": "assistant", "content": content})
    return out


def _filters(localities: list[str] | None, years: list[str] | None,
             issuers: list[str] | None, current_only: bool = False) -> Filters | None:
    f = Filters(localities=tuple(localities or ()),
                years=tuple(int(y) for y in years or () if str(y).isdigit()), issuers=tuple(issuers or ()),
                current_only=bool(current_only))
    return None if f == Filters() else f


def _last_answer(records: Sequence[Record]) -> Record | None:
    return next((r for r in reversed(records) if r.answer is not None), None)


def respond(services: Services, message: str, records: list[Record], persona: str,
            localities: list[str] | None = None, years: list[str] | None = None,
            issuers: list[str] | None = None, current_only: bool = False
            ) -> Generator[tuple[Any, list[Record], str, Any], None, None]:
    """One chat turn: yields (chat messages, records, cleared input, draft) as the answer streams."""
    records = list(records or [])
    question = (message or "").strip()
    if not question:
        gr.Warning("请输入问题。")
        yield conversation(records, services), records, "", gr.skip()
        return
    history = [Turn(r.question, r.answer.text) for r in records if r.answer is not None][-HISTORY_TURNS:]
    pending = [*conversation(records, services), {"role": "user", "content": md_escape(question)},
               {"role": "assistant", "content": "正在检索相关文件……"}]
    yield pending, records, "", gr.skip()
    partial, note, shown = "", "", ""
    result: Record | None = None
    docs = services.runtime.index.documents
    try:
        for event in services.engine.stream(question, history, persona,
                                             _filters(localities, years, issuers, current_only)):
            match event:
                case Rewritten(question=standalone):
                    note = f'<span class="pq-note">按上下文理解为：{html.escape(standalone)}</span>\n\n'
                case EvidenceShown(evidence=evidence):
                    # Evidence first: the quoted sentences and their cards, while the model writes.
                    shown = evidence_markdown(evidence, docs)
                    pending[-1] = {"role": "assistant",
                                   "content": note + shown + '\n\n<span class="pq-note">正在生成解读……</span>'}
                    yield pending, records, "", gr.skip()
                case Token(text=text) | Note(text=text):
                    partial += text
                    pending[-1] = {"role": "assistant", "content": note + shown + answer_markdown(partial) + " ▌"}
                    yield pending, records, "", gr.skip()
                case Final(answer=answer):
                    result = Record(question, answer, persona=persona)
    except PolicyQAError as exc:  # the message of a rejected question or a dead index is meant for users
        result = Record(question, notice=str(exc), persona=persona)
    except Exception:
        log.exception("answering %r failed", question)
    records.append(result or Record(question, notice=GENERIC_ERROR, persona=persona))
    last = records[-1]
    draft = draft_text(last.answer, question) if persona == "civil_servant" and last.answer else gr.skip()
    yield conversation(records, services), records, "", draft


_DONE = object()


def _iso_day(text: str | None) -> str | None:
    """A day written YYYY-MM-DD, or None."""
    day = (text or "").strip()
    try:
        return dt.date.fromisoformat(day).isoformat() if len(day) == 10 else None
    except ValueError:
        return None


def _close_when_idle(turn: Generator[Any, None, None], running: threading.Lock, wait_s: float = 120.0) -> None:
    """Close a turn once the step running it (if any) has returned."""
    if not running.acquire(timeout=wait_s):
        log.warning("a chat turn was still running %.0f s after its page went away; left to finish", wait_s)
        return
    try:
        turn.close()
    except Exception:
        log.exception("closing a chat turn failed")
    finally:
        running.release()


class _Page:
    """What the chat page's controls call; ``build_demo`` lays the page out and wires them."""

    def __init__(self, services: Services):
        self.services = services
        # Every draft of this process goes into one folder, pruned as new ones are written and
        # removed when the process ends (Gradio's own copies: ``delete_cache`` on the Blocks).
        self.draft_dir = Path(tempfile.mkdtemp(prefix="policyqa-drafts-"))
        atexit.register(shutil.rmtree, self.draft_dir, True)

    def current_status(self) -> str:
        sv = self.services
        return status_markdown(sv.runtime.index.manifest, sv.refresh_status(), sv.settings.corpus.name)

    async def on_submit(self, message: str, records: list[Record], persona: str, localities: list[str] | None,
                        years: list[str] | None, issuers: list[str] | None, current_only: bool = False
                        ) -> AsyncIterator[tuple[Any, list[Record], str, Any]]:
        """``respond``, a step at a time in a worker thread. When the page goes away Gradio cancels
        this event: the model's connection is hung up at once (a step blocked on the model would
        otherwise hold its place until the model's first token), then the turn is closed."""
        turn = respond(self.services, message, records, persona, localities, years, issuers, current_only)
        hangup = Hangup()
        running = threading.Lock()  # held while a step runs: the turn is closed only between steps

        def step() -> Any:
            with running:
                token = HANGUP.set(hangup)
                try:
                    return next(turn, _DONE)  # a closed turn has nothing more: _DONE
                finally:
                    HANGUP.reset(token)

        finished = False
        try:
            while (item := await anyio.to_thread.run_sync(step, abandon_on_cancel=True)) is not _DONE:
                yield item
            finished = True
        finally:
            if not finished:
                hangup.hang_up()
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(_close_when_idle, turn, running)

    def on_persona(self, persona: str, records: list[Record], draft: str) -> tuple[Any, Any]:
        visible = persona == "civil_servant"
        last = _last_answer(records or [])
        new_draft = draft_text(last.answer, last.question) if visible and last and last.answer and not draft \
            else gr.skip()
        return gr.Column(visible=visible), new_draft

    def redraft(self, records: list[Record]) -> str:
        last = _last_answer(records or [])
        if last is None or last.answer is None:
            gr.Warning("请先提出一个问题。")
            return ""
        return draft_text(last.answer, last.question)

    def make_docx(self, draft: str, records: list[Record]) -> str | None:
        if not (draft or "").strip():
            gr.Warning("草稿为空，请先提问并生成答复草稿。")
            return None
        last = _last_answer(records or [])
        citations = last.answer.citations if last and last.answer else ()
        prune(self.draft_dir, DRAFTS_KEPT, DRAFT_AGE_S)
        path = self.draft_dir / f"答复草稿-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.docx"
        path.write_bytes(draft_docx(draft, citations))
        return str(path)

    def save_feedback(self, rating: int, record: Record | None, reason: str) -> str:
        if record is None or record.answer is None:
            return "还没有可以评价的回答。"
        try:
            self.services.feedback.add_answer(record.answer, rating, reason, record.persona)
        except DatabaseError:
            log.exception("feedback not recorded")
            return "反馈暂时无法保存（数据库不可用），请稍后再试。"
        return "感谢反馈！" + ("已记录：有帮助。" if rating > 0 else "已记录：没帮助。")

    def thumbs(self, rating: int) -> Any:
        def handler(records: list[Record], reason: str) -> tuple[str, str]:
            return self.save_feedback(rating, _last_answer(records or []), reason), ""
        return handler

    def on_like(self, data: gr.LikeData, records: list[Record], reason: str) -> tuple[str, str]:
        idx = data.index[0] if isinstance(data.index, (tuple, list)) else data.index
        records = records or []
        record = records[idx // 2] if 0 <= idx // 2 < len(records) else None
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() in ("like", "true")
        return self.save_feedback(1 if liked else -1, record, reason), ""

    # ---------------------------------------------------------------- 任务分工 (task rows)
    def task_rows(self, unit: str, role: str, before: str, localities: list[str] | None) -> list[TaskRow]:
        """The rows the 任务分工 tab asks for; a bad day or an over-long name is a warning, not an error."""
        name = (unit or "").strip()[:MAX_UNIT_CHARS] or None
        day = _iso_day(before)
        if (before or "").strip() and day is None:
            gr.Warning("完成时限请按 YYYY-MM-DD 填写，例如 2024-12-31。")
        idx = self.services.runtime.index
        rows = [r for r in idx.tasks
                if not localities or locality_of(idx.documents[r.doc_id]) in localities]
        return select_rows(rows, unit=name, before=day, roles=TASK_ROLES.get(role, TASK_ROLES["any"]))

    def list_tasks(self, unit: str, role: str, before: str, localities: list[str] | None) -> tuple[str, Any]:
        rows = self.task_rows(unit, role, before, localities)
        name = (unit or "").strip()[:MAX_UNIT_CHARS] or None
        keep = [COLUMNS.index(c) for c in TASK_SHOWN]
        cells = [[line[i] for i in keep] for line in table(rows, name, short=True)]
        who = f"“{md_escape(name)}”的" if name else ""
        day = _iso_day(before)
        summary = (f"共 **{len(rows)}** 项{who}任务" + (f"，完成时限不晚于 {day}" if day else "")
                   + "。可导出为 Excel 或 CSV。") if rows else "没有找到符合条件的任务。"
        return summary, gr.Dataframe(value=cells or None, headers=list(TASK_SHOWN))

    def export_tasks(self, kind: str) -> Any:
        def handler(unit: str, role: str, before: str, localities: list[str] | None) -> str | None:
            rows = self.task_rows(unit, role, before, localities)
            if not rows:
                gr.Warning("没有可导出的任务。")
                return None
            prune(self.draft_dir, DRAFTS_KEPT, DRAFT_AGE_S)
            path = self.draft_dir / f"任务分工-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.{kind}"
            (write_xlsx if kind == "xlsx" else write_csv)(path, rows, (unit or "").strip()[:MAX_UNIT_CHARS] or None)
            return str(path)
        return handler

    def on_add(self, paths: list[str] | None,
               progress: gr.Progress = gr.Progress(track_tqdm=True)) -> tuple[str, Any, str]:  # noqa: B008
        progress(0, desc="读取并检查文件")
        try:
            report = add_uploaded(self.services, paths or [])
        except Exception:  # a bug must not take the page down; the log has it
            logging.getLogger(__name__).exception("adding files failed")
            report = "抱歉，添加文件时出错了，文件库未作改动。"
        return report, None, self.current_status()


def build_demo(services: Services) -> gr.Blocks:
    # One Gradio layout, read top to bottom as the page shows it; the handlers live in _Page.
    h = _Page(services)
    facets = services.runtime.retriever.facets()
    examples = example_questions(services.runtime.index.documents.values())

    with gr.Blocks(title="政策问答 policyqa", analytics_enabled=False,
                   delete_cache=(DRAFT_AGE_S, DRAFT_AGE_S)) as demo:
        records = gr.State([])
        gr.Markdown("## 政策问答 · 基于政府公报的有据可查问答")
        status_box = gr.Markdown(h.current_status(), elem_id="pq-status", elem_classes="pq-status")
        # The model's state changes on its own (loading, crashed and restarting): keep the line live.
        gr.Timer(STATUS_REFRESH_S).tick(h.current_status, None, status_box, show_progress="hidden")
        with gr.Tab("问答", elem_id="pq-tab-chat"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="pq-chat", height=560, latex_delimiters=[], show_label=False,
                    placeholder="您好！请就本地政策文件提问，回答会附上文号和原文出处。",
                    buttons=["copy"])
                with gr.Row():
                    msg = gr.Textbox(show_label=False, placeholder="请输入您的问题，按回车发送", scale=6,
                                     elem_id="pq-input", max_lines=4, autofocus=True)
                    send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="pq-send")
                if examples:
                    ex_box = gr.Textbox(visible=False)
                    ex = gr.Dataset(components=[ex_box], samples=[[q] for q in examples], label="示例问题",
                                    elem_id="pq-examples", type="values")
                with gr.Row():
                    up = gr.Button("有帮助", size="sm", elem_id="pq-up")
                    down = gr.Button("没帮助", size="sm", elem_id="pq-down")
                    reason = gr.Textbox(show_label=False, placeholder="反馈理由（可选）", scale=3,
                                        elem_id="pq-reason")
                    clear = gr.Button("新对话", size="sm", elem_id="pq-clear")
                fb_msg = gr.Markdown(elem_id="pq-fb-msg")
                with gr.Column(visible=False, elem_id="pq-draft-box") as draft_box:
                    gr.Markdown("### 答复草稿（可直接编辑）")
                    draft = gr.Textbox(show_label=False, lines=14, max_lines=40, interactive=True,
                                       elem_id="pq-draft")
                    with gr.Row():
                        regen = gr.Button("↻ 按最新回答重新生成", size="sm", elem_id="pq-h.redraft")
                        docx_btn = gr.Button("生成 Word 文件 (.docx)", size="sm", variant="primary",
                                             elem_id="pq-docx-btn")
                    docx_file = gr.File(label="下载答复草稿", interactive=False, elem_id="pq-docx")
            with gr.Column(scale=1, min_width=240):
                persona = gr.Radio(PERSONA_CHOICES, value="public", label="模式", elem_id="pq-persona",
                                   info="起草答复：生成带依据的正式答复稿，可下载为 Word")
                locality = gr.Dropdown(facets.get("localities", []), multiselect=True, label="地区",
                                       elem_id="pq-locality")
                year = gr.Dropdown(facets.get("years", []), multiselect=True, label="年份", elem_id="pq-year")
                issuer = gr.Dropdown(facets.get("issuers", []), multiselect=True, label="发文机关",
                                     elem_id="pq-issuer")
                current = gr.Checkbox(False, label="只看现行有效", elem_id="pq-current",
                                      info="不引用已失效或已废止的文件")
                gr.Markdown("回答只依据已收录的政策文件；每条结论后的 [n] 对应下方引用卡片，"
                            "点击卡片可查看原文。", elem_classes="pq-status")
                with gr.Accordion("添加政策文件", open=False, elem_id="pq-add"):
                    uploads = gr.File(file_count="multiple", file_types=ACCEPTED, type="filepath",
                                      label="网页、Word、PDF（含扫描件）、图片或文本", elem_id="pq-upload")
                    add_btn = gr.Button("加入文件库并建立索引", size="sm", variant="primary", elem_id="pq-add-btn")
                    add_report = gr.Markdown(elem_id="pq-add-report")
        with gr.Tab("任务分工", elem_id="pq-tab-tasks"):
            gr.Markdown("按单位查询各文件列明的任务分工（牵头单位、配合单位、完成时限），每项注明文号和章节，可导出。")
            with gr.Row():
                t_unit = gr.Textbox(label="单位", placeholder="如：县财政局、发改局、市公安局（留空则列出全部）",
                                    max_lines=1, scale=3, elem_id="pq-task-unit")
                t_role = gr.Radio(TASK_ROLE_CHOICES, value="any", label="角色", scale=2, elem_id="pq-task-role")
                t_before = gr.Textbox(label="完成时限不晚于（可选）", placeholder="YYYY-MM-DD", max_lines=1,
                                      scale=1, elem_id="pq-task-before")
                t_place = gr.Dropdown(facets.get("localities", []), multiselect=True, label="地区", scale=1,
                                      elem_id="pq-task-locality")
            with gr.Row():
                t_go = gr.Button("查询", variant="primary", elem_id="pq-task-go")
                t_xlsx = gr.Button("导出 Excel (.xlsx)", elem_id="pq-task-xlsx")
                t_csv = gr.Button("导出 CSV", elem_id="pq-task-csv")
            t_summary = gr.Markdown(elem_id="pq-task-summary")
            t_table = gr.Dataframe(headers=list(TASK_SHOWN), interactive=False, wrap=True, elem_id="pq-task-table",
                                   column_widths=["5%", "22%", "17%", "17%", "10%", "7%", "10%", "12%"])
            t_file = gr.File(label="下载", interactive=False, elem_id="pq-task-file")

        inputs = [msg, records, persona, locality, year, issuer, current]
        outputs = [chatbot, records, msg, draft]
        msg.submit(h.on_submit, inputs, outputs)
        send.click(h.on_submit, inputs, outputs)
        if examples:
            ex.click(lambda v: v[0] if isinstance(v, list) else v, ex, msg).then(h.on_submit, inputs, outputs)
        up.click(h.thumbs(1), [records, reason], [fb_msg, reason])
        down.click(h.thumbs(-1), [records, reason], [fb_msg, reason])
        chatbot.like(h.on_like, [records, reason], [fb_msg, reason])
        clear.click(lambda: ([], [], "", "", None), None, [chatbot, records, draft, fb_msg, docx_file])
        persona.change(h.on_persona, [persona, records, draft], [draft_box, draft])
        regen.click(h.redraft, records, draft)
        docx_btn.click(h.make_docx, [draft, records], docx_file)
        add_btn.click(h.on_add, uploads, [add_report, uploads, status_box])
        t_inputs = [t_unit, t_role, t_before, t_place]
        t_go.click(h.list_tasks, t_inputs, [t_summary, t_table])
        t_unit.submit(h.list_tasks, t_inputs, [t_summary, t_table])
        t_xlsx.click(h.export_tasks("xlsx"), t_inputs, t_file)
        t_csv.click(h.export_tasks("csv"), t_inputs, t_file)
    demo.queue(default_concurrency_limit=8)
    return demo


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(services: Services, hosts: Sequence[str] = ()) -> FastAPI:
    """The page and the API behind one door: with a key, every route that answers, uploads, drafts
    or takes feedback needs it (the API as a Bearer token, the page through its login, password =
    the key); /docs and /openapi.json only when ``api_docs`` is set; and only the named hosts
    (``hosts`` or the ``allowed_hosts`` setting; loopback when neither) in the Host header."""
    docs = bool(getattr(services.settings, "api_docs", False))
    app = FastAPI(title="policyqa", description="政策问答 — chat UI and OpenAI-compatible API",
                  docs_url="/docs" if docs else None, redoc_url=None, openapi_url="/openapi.json" if docs else None)
    install_api(app, services)  # before the mount: Gradio at "/" would otherwise shadow /v1
    demo = build_demo(services)
    key = services.api_key
    auth = (lambda _user, password: secrets.compare_digest(str(password), key)) if key else None
    app = gr.mount_gradio_app(app, demo, path="/", css=CSS, footer_links=["api"], auth=auth,
                              auth_message="请输入访问密钥（用户名任意）" if key else None,
                              app_kwargs={"docs_url": None, "redoc_url": None, "openapi_url": None})
    allowed = [*getattr(services.settings, "allowed_hosts", ()), *hosts] or list(LOOPBACK_HOSTS)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*allowed, *LOOPBACK_HOSTS])
    app.add_middleware(BodyLimit)
    app.add_middleware(RateLimit, rate=str(getattr(services.settings, "rate_limit", "120/minute")))
    return app
