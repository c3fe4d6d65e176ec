"""The article a page's script fills in: a portal built as a single-page app, saved "网页，仅HTML".

Such a page's HTML holds only its skeleton (menus, an empty title, "加载中…"); the notice itself —
title, 文号, issuer, dates and the body as an HTML string — is a JSON object in a ``<script>``
(``window.__INITIAL_STATE__ = {…};``, a Next.js ``__NEXT_DATA__``, ``var pageData = {…}``). The JSON is
parsed (never run), and the article is the object holding the longest body of Chinese text; its
sibling fields give the title and the metadata by their names. Other objects (a list of related
notices' titles) are not the article.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from index.readers import chinese_count
from index.readers.matter import is_matter, matter_html, matter_title

__all__ = ["ScriptArticle", "json_records", "script_article"]

_MOST_SCRIPT = 8 * 1024 * 1024  # characters of one script read for JSON
_MOST_OBJECTS = 40  # object literals tried per page
_MOST_NODES = 200_000  # JSON values walked per page
_BODY_LEAST = 80  # Chinese characters a body holds at least
_ASSIGNED_RE = re.compile(r"(?:^|[;\s(,])(?:window\.|var\s+|let\s+|const\s+|self\.)?[\w$.\[\]'\"]+\s*=\s*(?=[{\[])")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_TAG_RE = re.compile(r"<[^<>]+>")  # (a run of "<" fails at once: linear, however long)
_MARKUP_RE = re.compile(r"<(?:p|div|br|span|table|strong|h\d)\b", re.I)

# What a field's name says it holds, matched on its lowercase name with "_"/"-" taken out: the label
# the page's metadata table would print (read as the page's fields by ``index.webpage``)
_FIELD_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("发文字号", re.compile(r"(?:doc|file|document|ref)(?:no|num|number|code|symbol)|wenhao|wh|fwzh|wjzh|zihao|fawenzihao")),
    ("索引号", re.compile(r"index(?:no|num|code)|syh|suoyinhao")),
    ("成文日期", re.compile(r"written(?:date|time)?|cwrq|cwsj|sign(?:ed)?date|fileDate|wrdate|chengwen(?:riqi|shijian)", re.I)),
    ("发布日期", re.compile(r"publish(?:ed)?(?:date|time|at)?|pub(?:date|time)|release(?:date|time|d)|fbrq|fbsj|posttime"
                          r"|fabu(?:riqi|shijian)")),
    ("发文机关", re.compile(r"publisher|issuer|issueorg|fwjg|fbjg|pubOrg|organ(?:name)?|dept(?:name)?|department"
                         r"|fawenjiguan|fabujigou|fawendanwei", re.I)),
    ("来源", re.compile(r"source(?:name)?|ly")),
    # (a 政策文件库's 有效性: "有效", "失效", "已废止"; read as the page's 有效期 field)
    ("有效期", re.compile(r"sxx|yxx|sfyx|xlzt|xxzt|yxzt|validity|valid(?:status|state)|effect(?:ive)?(?:status|state)"
                       r"|timeliness|youxiaoxing|shixiaoxing|xiaolizhuangtai")),
)
_TITLE_NAMES = re.compile(r"(?:doc|article|file|main)?title|bt|wzbt|name|biaoti|wenjianmingcheng|wjmc|zcmc")


@dataclass(frozen=True)
class ScriptArticle:
    """The article a page's script holds: its title, its labelled fields and its body (HTML)."""

    title: str
    fields: tuple[tuple[str, str], ...]
    body: str


def script_article(scripts: list[str]) -> ScriptArticle | None:
    """The article among the JSON objects of a page's scripts (their texts), or None. The questions and answers
    the page's app shows under it (an accordion of ``{"q": …, "a": …}``: a 政策问答 that may say what the article
    does not, "设备验收合格之日起60日内申请") are read after its body."""
    best: tuple[int, dict[str, Any], str] | None = None
    budget = [_MOST_NODES]
    pairs: list[tuple[str, str]] = []
    judged: set[int] = set()  # (each object asked once whether it holds a question and its answer)
    for obj in _objects(scripts):
        for holder, key, text in _strings(obj, budget):
            size = _chinese(text)
            if size >= _BODY_LEAST and (best is None or size > best[0]) and not field_label(key):
                best = (size, holder, key)
            if id(holder) not in judged and len(pairs) < _MOST_PAIRS:
                judged.add(id(holder))
                if (asked := _qa_pair(holder)) is not None and asked not in pairs:
                    pairs.append(asked)
    if best is None:
        return None
    article = _article(best[1], best[2])
    if not pairs:
        return article
    qa = "".join(f"<p>{html.escape(q)}</p><p>答：{html.escape(a)}</p>" for q, a in pairs)
    return replace(article, body=f"{article.body}<h3>政策问答</h3>{qa}")


# A question and its answer as an app keeps them: {"q": "…？", "a": "…"}, {"question": …, "answer": …}, {"wt": …,
# "hd": …}
_QUESTION_KEYS = frozenset({"q", "question", "ask", "wt", "wenti", "title"})
_ANSWER_KEYS = frozenset({"a", "answer", "reply", "hd", "huida", "content"})
_MOST_PAIRS = 100
_MOST_FIELD = 100_000  # characters of one question or answer read at most


def _qa_pair(holder: dict[str, Any]) -> tuple[str, str] | None:
    """The (question, answer) an object holds, or None (a list of headlines holds titles, not questions: a question
    ends in ？). Its keys are read once."""
    question = answer = ""
    for key, value in holder.items():
        if not isinstance(value, str) or len(value) > _MOST_FIELD:
            continue
        norm = re.sub(r"[-_]", "", str(key)).lower()
        if not question and norm in _QUESTION_KEYS and (text := _scalar(value)).endswith(("？", "?")) and _chinese(text):
            question = text
        elif not answer and norm in _ANSWER_KEYS and (text := _scalar(value)) and _chinese(text):
            answer = text
        if question and answer:
            return question, answer
    return None


def json_records(obj: Any) -> list[ScriptArticle]:
    """The articles of a JSON document (an open-data portal's 政策文件库 export, an API's answer): every
    object holding a body of Chinese text, each read by its fields' names, in the document's order."""
    out: list[ScriptArticle] = []
    budget = [_MOST_NODES]
    bodies: dict[int, tuple[int, dict[str, Any], str]] = {}
    order: list[int] = []
    matters: dict[int, dict[str, Any]] = {}  # 办事指南 objects: their fields are their text (``matter``)
    judged: set[int] = set()  # holders asked once whether they are one
    for holder, key, text in _strings(obj, budget):
        if id(holder) in matters:
            continue
        if id(holder) not in judged:
            judged.add(id(holder))
            if is_matter(holder):
                matters[id(holder)] = holder
                order.append(id(holder))
                continue
        size = _chinese(text)
        if size >= _BODY_LEAST and not field_label(key):
            if id(holder) not in bodies:
                order.append(id(holder))
            if id(holder) not in bodies or size > bodies[id(holder)][0]:
                bodies[id(holder)] = (size, holder, key)
    for k in order:
        if k in matters:
            out.append(_matter_article(matters[k]))
            continue
        _, holder, key = bodies[k]
        out.append(_article(holder, key))
    return out


def _matter_article(holder: dict[str, Any]) -> ScriptArticle:
    """A 办事指南 object as an article: its fields as the guide's labelled lines, its name the title, its 实施主体 the
    issuer and the time it was last updated its date."""
    fields: list[tuple[str, str]] = []
    for key, value in holder.items():
        norm = re.sub(r"[-_]", "", key).lower()
        if norm in ("sszt", "ssjg") and (text := _scalar(value)):
            fields.append(("发文机关", text))
        elif norm in ("gxsj", "fbsj", "fbrq") and (date := _date_text(value) or _scalar(value)):
            fields.append(("发布日期", date))
    return ScriptArticle(title=matter_title(holder), fields=tuple(fields), body=matter_html(holder))


def _article(holder: dict[str, Any], body_key: str) -> ScriptArticle:
    """The article an object holds in ``body_key``, its title and fields read from its other keys."""
    title, fields = "", []
    for key, value in holder.items():
        if key == body_key:
            continue
        text = _scalar(value)
        if not text:
            continue
        norm = re.sub(r"[-_]", "", key).lower()
        label = field_label(key)
        if label == "有效期" and not _chinese(text):
            continue  # (a status code, not words: "1")
        if label:
            if label.endswith("日期"):
                text = _date_text(value) or text
            fields.append((label, text))
        elif not title and _TITLE_NAMES.fullmatch(norm) and _chinese(text) >= 4:
            title = text
    return ScriptArticle(title=title, fields=tuple(fields), body=str(holder[body_key]))


def body_shown(article: ScriptArticle, shown: str) -> bool:
    """Whether the page's rendered text (spaces removed) holds the body already (a page saved after its
    script ran)."""
    text = re.sub(r"\s+", "", _TAG_RE.sub("", article.body)).replace("&nbsp;", "")
    probe = "".join(_CJK_RE.findall(text))[:40]
    return bool(probe) and probe in "".join(_CJK_RE.findall(shown))


def field_label(key: str) -> str | None:
    norm = re.sub(r"[-_]", "", key).lower()
    return next((label for label, rx in _FIELD_NAMES if rx.fullmatch(norm)), None)


def _objects(scripts: list[str]) -> Iterator[Any]:
    """The JSON objects and arrays the scripts assign or are (a script of type application/json)."""
    decoder = json.JSONDecoder()
    tried = 0
    for script in scripts:
        script = script[:_MOST_SCRIPT]
        stripped = script.strip()
        starts = [len(script) - len(script.lstrip())] if stripped[:1] in "{[" else []
        starts += [m.end() for m in _ASSIGNED_RE.finditer(script)]
        for at in starts:
            if tried >= _MOST_OBJECTS:
                return
            tried += 1
            try:
                obj, _ = decoder.raw_decode(script, at)
            except (ValueError, RecursionError):
                continue
            if isinstance(obj, (dict, list)):
                yield obj


def _strings(obj: Any, budget: list[int]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Each string value of an object inside ``obj``, with the object holding it and its key, in the
    document's order (an object's own strings before what it nests)."""
    stack = [obj]
    while stack and budget[0] > 0:
        node = stack.pop()
        budget[0] -= 1
        inner: list[Any] = []
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    yield node, str(key), value
                elif isinstance(value, (dict, list)):
                    inner.append(value)
        elif isinstance(node, list):
            inner = [v for v in node if isinstance(v, (dict, list))]
        stack.extend(reversed(inner))


def _chinese(text: str) -> int:
    return chinese_count(_TAG_RE.sub("", text) if _MARKUP_RE.search(text) else text)


def _scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    return re.sub(r"\s+", " ", _TAG_RE.sub("", value)).strip() if isinstance(value, str) else ""


def _date_text(value: Any) -> str | None:
    """A date given as seconds or milliseconds since 1970 (as China's date), else None."""
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    seconds = value / 1000 if value > 10**11 else value
    if not 10**8 < seconds < 10**10:
        return None
    china = dt.timezone(dt.timedelta(hours=8))
    return dt.datetime.fromtimestamp(seconds, china).date().isoformat()
