"""Saved web pages (a city government's notice, guide or Q&A page) read with lxml.

Navigation, scripts, forms and page chrome are removed by element (``nav``/``header``/``footer``
and elements whose class or id names a menu, breadcrumb, share bar …); what remains is rendered
with one block element per line and table cells separated by tabs, so the labelled metadata table
of gov.cn-style pages (索引号, 发文字号, 发文机关, 成文日期 …) arrives as label/value rows that
``index.webpage`` reads. The page title comes from the ArticleTitle meta tag, the first ``h1``, or
the ``<title>`` minus the site name.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell
from index.readers.page_state import body_shown, script_article
from index.titles import nospace

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "select", "button", "iframe", "svg", "input", "textarea", "object", "embed", "map")
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article",
    "dd", "dt", "dl", "ul", "ol", "blockquote", "pre", "center", "main", "hr", "caption", "tbody",
    "thead", "body",
})
_CELL_TAGS = frozenset({"td", "th"})
_ROW_TAGS = frozenset({"tr", "table", "tbody", "thead"})  # a table inside a cell keeps its rows
_CELL_BREAK = "\x1f"
# Class words of a cell in a table built of <div>s and <span>s ("bz-td", "table-th")
_CELL_WORDS = frozenset({"td", "th"})
# Class/id words of page chrome. Matched against whole words of the attribute, so "content" or
# "article-body" never match.
_CHROME_WORDS = frozenset({
    "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "topbar",
    "toolbar", "share", "sharebar", "sidebar", "copyright", "banner", "location", "dqwz", "xglj",
    "xgwj", "related", "relate", "fontsize", "zihao", "search", "login", "skip", "gotop", "print",
    "tools", "articletools", "side", "sidenav", "leftnav", "rightnav",
    # a WeChat article's (mp.weixin.qq.com) own chrome: the follow QR code, the like/share bar, the
    # reading area of comments and ads, its hashtags
    "qrcodepcouter", "jspcqrcode", "richmediatool", "jstoobar3", "richmediaareaextra", "jstags",
})
# Meta tags of Chinese government CMSs (TRS, 开普云 …) and what the page text calls them.
_META_FIELDS = {"pubdate": "发布日期", "contentsource": "来源", "firstdate": "发布日期"}
_TITLE_META = ("articletitle", "og:title")
_SPACE_RE = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
# A question-and-answer page's label set apart by its style ("<dd><em>答</em>家长通过…"): written
# "答：" so that it is not read as the first word of the answer ("答家长通过…").
_QA_LABEL_RE = re.compile(r"问|答|问题|回答|Q|A")
_TITLE_SPLIT_RE = re.compile(r"\s*(?:[-_|｜—–]+|——)\s*")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# A block element set inline by its style (a WeChat editor's badge or coloured word in a <section>),
# unless it spans the line anyway
_INLINE_STYLE = re.compile(r"display\s*:\s*inline(?:-block|-flex)?\s*(?:;|$)", re.I)
_FULL_WIDTH_STYLE = re.compile(r"(?<![-\w])width\s*:\s*100%", re.I)
# When a WeChat article was published: only in its script ("var createTime = '2026-09-18 17:30'",
# "var ct = \"1789…\"", seconds since 1970); the page's own publish-time element is filled by that script.
_WECHAT_RE = re.compile(r"mp\.weixin\.qq\.com|rich_media_content|id=[\"']js_content")
_SCRIPT_TIME_RE = re.compile(r"\bvar\s+(?:createTime\s*=\s*['\"](\d{4}-\d{1,2}-\d{1,2})|ct\s*=\s*['\"](\d{9,10})['\"])")


def _shown_text(root: object) -> list[str]:
    """The text of a tree outside its hidden elements."""
    out: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if el is not root and isinstance(el.tag, str) and _hidden(el):  # type: ignore[attr-defined]
            if el.tail:  # type: ignore[attr-defined]
                out.append(el.tail)  # type: ignore[attr-defined]
            continue
        if isinstance(el.tag, str) and el.text:  # type: ignore[attr-defined]
            out.append(el.text)  # type: ignore[attr-defined]
        if el is not root and el.tail:  # type: ignore[attr-defined]
            out.append(el.tail)  # type: ignore[attr-defined]
        stack.extend(reversed(list(el)))  # type: ignore[call-overload]
    return out


_REPEATED = 0.8


def _repeats(text: str, shown: str) -> bool:
    """Whether most of a hidden element's sentences are printed in the page's shown text too."""
    parts = [p for p in re.split(r"[。；！？\n]", nospace(text)) if len(p) >= 6]
    return bool(parts) and sum(p in shown for p in parts) >= _REPEATED * len(parts)


def _hidden(el: object) -> bool:
    get = getattr(el, "get", None)
    return get is not None and (bool(_HIDDEN_STYLE.search(get("style") or "")) or get("hidden") is not None)


def _words(el: object) -> set[str]:
    get = getattr(el, "get", None)
    if get is None:
        return set()
    raw = f"{get('class') or ''} {get('id') or ''}".lower()
    # each word, and each class name with its joiners taken out ("top-bar" is a topbar)
    return (set(re.split(r"[^a-z0-9]+", raw)) | {re.sub(r"[-_]", "", w) for w in raw.split()}) - {""}


def read_html(text: str, name: str) -> SourceText:
    import lxml.etree
    import lxml.html

    # lxml refuses str input that still declares an encoding; the bytes are decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableFile(f"{name}: not a readable web page ({exc})") from exc

    _inline_srcdoc(root)
    fields: list[tuple[str, str]] = []
    meta_title = None
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        value = _SPACE_RE.sub(" ", meta.get("content") or "").strip()
        if not value:
            continue
        if key in _TITLE_META and meta_title is None:
            meta_title = value
        elif key in _META_FIELDS:
            fields.append((_META_FIELDS[key], value))

    if not any(label == "发布日期" for label, _ in fields) and _WECHAT_RE.search(text) and (when := _script_date(text)):
        fields.append(("发布日期", when))
    # the title is read before the chrome goes: an <h1> may sit inside the article's <header>
    h1 = next((_text(h) for h in root.iter("h1") if _text(h)), None)
    page_title = next((_title_from_head(_text(t)) for t in root.iter("title")), None)
    title = meta_title or h1 or page_title

    next_page = _next_page(root, name)  # (its link sits in the page's navigation, dropped next)
    frames = _frames(root)
    for el in root.iter("noframes"):  # (its markup is kept as text by the parser: "<BODY>您的浏览器不支持框架…")
        if el.text and "<" in el.text:
            el.text = " ".join(_strip_tags(el.text))
    # (a portal built as an app: the article only in a script's JSON, the page a skeleton around it)
    state = script_article([s.text or "" for s in root.iter("script") if s.text and s.text.strip()])
    removed: list[tuple[str, str]] = []
    for el in list(root.iter(*_DROP_TAGS)):
        if el.tag not in ("script", "style", "noscript", "template", "svg") and _text(el):
            removed.append(("web page navigation, header and footer", _text(el)))
        _drop(el)
    # A copy the page hides (a mobile layout's duplicate of the article, display:none) is no text of the
    # page: read, it would make the notice twice. What is hidden until clicked (a Q&A page's folded
    # answers) is the page's own text and stays.
    hidden = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in ("html", "body") and _hidden(e)]
    if hidden:
        shown = nospace("".join(t for t in _shown_text(root)))
        for el in hidden:
            if el.getparent() is not None and _text(el) and _repeats(_text(el), shown):
                removed.append(("hidden copy of the page's text (display:none)", _text(el)))
                _drop(el)
    for el in [e for e in root.iter() if _words(e) & _CHROME_WORDS]:
        if el.tag not in ("html", "body") and el.getparent() is not None:
            if _text(el):
                removed.append(("web page navigation, header and footer", _text(el)))
            _drop(el)
    body = root.find("body")
    for table in list(root.iter("table")):
        _merge_header_rows(table)
        _fill_row_spans(table)
    lines = _render(body if body is not None else root)
    warnings: tuple[str, ...] = ()
    # libxml2 gives up below a few thousand nested elements and drops what lies there; a page
    # whose rendering lost most of its text is read with its tags stripped instead.
    plain = _strip_tags(text)
    got = _count("".join(lines)) + sum(_count(t) for _, t in removed)
    if got < 0.5 * _count("".join(plain)):
        lines, removed = plain, []
        warnings = ("the page's markup is malformed or too deeply nested: read with its tags stripped",)
    if state is not None and not body_shown(state, nospace("".join(lines))) \
            and 2 * _count("".join(lines)) < _count("".join(_strip_tags(state.body))):
        # (only where the page shows less than half as much as the script holds: a page saved whole keeps
        # its own text, whatever its scripts carry)
        removed += [("page skeleton around the article its script fills in", ln) for ln in lines if ln.strip()]
        lines = ([state.title] if state.title else []) + fragment_lines(state.body)
        title = state.title or title
        fields += [f for f in state.fields if f not in fields]
        warnings += ("the article was read from the page's script (the page was saved before it filled it in)",)
    if not "".join(lines).strip() and not frames:
        raise UnreadableFile(f"{name}: the web page has no text")
    return SourceText(name=name, format="html", text="\n".join(lines), title=title or None,
                      fields=tuple(fields), removed=tuple(removed), warnings=warnings, next_page=next_page,
                      frames=frames)


_SRCDOC_DEPTH = 3  # an iframe's srcdoc holding another's is read this many levels down
_SRCDOC_MOST = 200  # iframes with a srcdoc read of one page


def _inline_srcdoc(root: object, depth: int = 0) -> None:
    """Each ``<iframe srcdoc="…">`` (a portal that shows its article in a frame written into the page, the
    article's markup escaped in the attribute) replaced by the body of the page it holds, so that the article
    is read where it is shown; a frame's own srcdoc read in turn, a few levels down."""
    import lxml.etree
    import lxml.html

    frames = [el for el in root.iter("iframe") if (el.get("srcdoc") or "").strip()][:_SRCDOC_MOST]  # type: ignore[attr-defined]
    for el in frames:
        try:  # (a declaration of its encoding, which lxml refuses in a decoded string, is no text of it)
            page = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", el.get("srcdoc")),
                                                 parser=lxml.html.HTMLParser(huge_tree=True))
        except (lxml.etree.ParserError, ValueError):
            continue
        if depth + 1 < _SRCDOC_DEPTH:
            _inline_srcdoc(page, depth + 1)
        body = page.find("body")
        held = lxml.html.Element("div")
        held.text = (body if body is not None else page).text  # (its opening words, before any element)
        for child in list(body if body is not None else page):
            if child.tag not in ("head", "title"):
                held.append(child)
        held.tail = el.tail
        el.getparent().replace(el, held)


def _frames(root: object) -> tuple[str, ...]:
    """The pages a page of frames shows (``<frame src>``, and an ``<iframe>``'s where the page is a frameset
    too), as their links name them, local ones only: a saved page's "page_files/content.htm". The frame the
    page names as its content ("mainFrame", "content") comes first, marked with a leading "*"."""
    tags = ("frame", "iframe") if next(root.iter("frameset"), None) is not None else ("frame",)  # type: ignore[attr-defined]
    main: list[str] = []
    rest: list[str] = []
    for el in root.iter(*tags):  # type: ignore[attr-defined]
        src = (el.get("src") or "").strip()
        parts = urlsplit(src)
        if src and not parts.scheme and not parts.netloc and parts.path and "\x00" not in src:
            named = f"{el.get('name') or ''} {el.get('id') or ''}"
            (main if _MAIN_FRAME.search(named) else rest).append(unquote(parts.path))
    return tuple(dict.fromkeys([f"*{m}" for m in main[:1]] + rest + main[1:]))


# how a page of frames names the frame its content is shown in
_MAIN_FRAME = re.compile(r"main|content|body|article|text|right|zw|nr", re.I)


# The link to an article's next page, as a government CMS prints it under a long article: "下一页",
# "下页 >", "后一页"
_NEXT_PAGE_RE = re.compile(r"\s*(?:下一?页|后一?页)\s*[>»›]*\s*")


def _next_page(root: object, name: str) -> str:
    """The file name an article page's "下一页" link points to ("…_2.html"), or "" (none, or a script)."""
    for a in root.iter("a"):  # type: ignore[attr-defined]
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or not _NEXT_PAGE_RE.fullmatch(_text(a)):
            continue
        target = PurePosixPath(unquote(urlsplit(href).path)).name
        if target and target != PurePosixPath(name).name:
            return target
    return ""


_SCRIPT_RE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)


def _script_date(text: str) -> str | None:
    """The publish date a page's script holds (a WeChat article's), as yyyy-mm-dd in China's time."""
    import datetime as dt

    m = _SCRIPT_TIME_RE.search(text)
    if m is None:
        return None
    if m.group(1):
        y, mo, d = (int(x) for x in m.group(1).split("-"))
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            return None
    china = dt.timezone(dt.timedelta(hours=8))
    return dt.datetime.fromtimestamp(int(m.group(2)), china).date().isoformat()


def _inline_block(el: object) -> bool:
    style = getattr(el, "get", lambda _k: None)("style") or ""
    return bool(_INLINE_STYLE.search(style)) and not _FULL_WIDTH_STYLE.search(style)


def _count(s: str) -> int:
    return len(_SPACE_RE.sub("", s))


def _strip_tags(text: str) -> list[str]:
    import html

    body = _SCRIPT_RE.sub(" ", text)
    body = re.sub(r"<(?:br|/p|/div|/tr|/li|/h[1-6])\b[^>]*>", "\n", body, flags=re.I)
    body = html.unescape(re.sub(r"<[^>]*>", " ", body))
    return [ln for ln in (re.sub(r"[ \t\u00a0\u3000]+", " ", x).strip() for x in body.split("\n")) if ln]


def _drop(el: object) -> None:
    """Remove an element but keep its tail text (the text after it belongs to the parent)."""
    parent = el.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return
    tail = el.tail  # type: ignore[attr-defined]
    prev = el.getprevious()  # type: ignore[attr-defined]
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text(el: object) -> str:
    return _SPACE_RE.sub(" ", "".join(el.itertext())).strip()  # type: ignore[attr-defined]


def _title_from_head(s: str) -> str | None:
    """'银川市人民政府关于…的通知-银川市人民政府门户网站' → the part that is not the site's name."""
    parts = [p for p in _TITLE_SPLIT_RE.split(s) if p]
    parts = [p for p in parts if not re.search(r"(?:网站|门户网|政府网|官网|首页)$", p)] or parts
    return max(parts, key=len) if parts else None


_HEADER_ROWS_MOST = 3
_HEADER_LABEL_MOST = 20
_NOT_A_LABEL = re.compile(r"[。；;，,：:]")


def _span(cell: object, name: str) -> int:
    raw = (cell.get(name) or "1").strip()  # type: ignore[attr-defined]
    return max(1, min(int(raw), 50)) if raw.isdigit() else 1


_SPAN_COPIES_MOST = 5000  # cells written again down the rows they span, in one table
_SPAN_CELL_MOST = 40  # characters of a cell written again: a short label or figure, not a layout table's article
_SPAN_CHARS_MOST = 100_000  # characters written again in one table


def _fill_row_spans(table: object) -> None:
    """A body cell merged down several rows (a 序号 and a 船长分类 beside one row per 受损程度) written again in
    each row it spans, in its column, so that every row reads whole; the first row (a header) is left as it is."""
    import copy

    rows = [tr for tr in table.iter("tr")  # type: ignore[attr-defined]
            if next((a for a in tr.iterancestors("table")), None) is table]
    pending: dict[int, tuple[int, Any]] = {}  # column → (rows still spanned, the cell)
    copies = chars = 0
    for r, tr in enumerate(rows):
        cells = [c for c in tr if c.tag in _CELL_TAGS]
        col, out = 0, list[Any]()
        for cell in [*cells, None]:
            while col in pending and copies < _SPAN_COPIES_MOST and chars < _SPAN_CHARS_MOST:
                left, held = pending[col]
                out.append(copy.deepcopy(held))
                copies += 1
                chars += len(_text(held))
                pending[col] = (left - 1, held)
                if left <= 1:
                    del pending[col]
                col += _span(held, "colspan")
            if cell is None:
                break
            out.append(cell)
            if r > 0 and _span(cell, "rowspan") > 1 and len(_text(cell)) <= _SPAN_CELL_MOST \
                    and cell.find(".//table") is None:
                held = copy.deepcopy(cell)
                held.attrib.pop("rowspan", None)
                held.tail = None
                pending[col] = (_span(cell, "rowspan") - 1, held)
            col += _span(cell, "colspan")
        for c in [c for c in pending if c >= col]:  # (a row ending short of a span's column still counts down)
            left, held = pending[c]
            if left <= 1:
                del pending[c]
            else:
                pending[c] = (left - 1, held)
        if len(out) != len(cells):
            for c in cells:
                tr.remove(c)
            for c in out:
                c.attrib.pop("rowspan", None)
                tr.append(c)


def _merge_header_rows(table: object) -> None:
    """A header printed over two rows ("缴存情况" down both, "最高贷款额度" across "首套住房" and
    "第二套住房") made one row, each column labelled by all its header cells ("最高贷款额度（首套住房）"),
    so that a row of figures below reads under labels that line up with its cells. Tables whose
    first row spans nothing, whose header cells are not short labels, or whose rows below are of
    another width (a layout table of a page's frame) are left as they are."""
    rows = [tr for tr in table.iter("tr")  # type: ignore[attr-defined]
            if next((a for a in tr.iterancestors("table")), None) is table]
    if len(rows) < 3:
        return
    first = [c for c in rows[0] if c.tag in _CELL_TAGS]
    depth = max((_span(c, "rowspan") for c in first), default=1)
    if depth < 2 or depth > _HEADER_ROWS_MOST or len(rows) <= depth or not any(_span(c, "colspan") > 1 for c in first):
        return
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows[:depth]):
        col = 0
        for cell in (c for c in tr if c.tag in _CELL_TAGS):
            while (r, col) in grid:
                col += 1
            label = _text(cell)
            if not label or len(label) > _HEADER_LABEL_MOST or _NOT_A_LABEL.search(label):
                return
            for dr in range(min(_span(cell, "rowspan"), depth - r)):
                for dc in range(_span(cell, "colspan")):
                    grid[(r + dr, col + dc)] = label
            col += _span(cell, "colspan")
    width = 1 + max(c for _, c in grid)
    if len(grid) != width * depth:
        return  # a header with holes: its cells are not a grid
    below = [sum(_span(c, "colspan") for c in tr if c.tag in _CELL_TAGS) for tr in rows[depth:]]
    if below.count(width) < max(1, len(below) // 2) or width < 2 or all(
            grid[(0, c)] == grid[(0, 0)] for c in range(width)):
        return
    merged = []
    for c in range(width):
        labels = list(dict.fromkeys(grid[(r, c)] for r in range(depth)))
        merged.append(labels[0] + (f"（{'，'.join(labels[1:])}）" if labels[1:] else ""))
    top = rows[0]
    for cell in [c for c in top if c.tag in _CELL_TAGS]:
        top.remove(cell)
    for label in merged:
        th = top.makeelement("th", {})
        th.text = label
        top.append(th)
    for tr in rows[1:depth]:
        tr.getparent().remove(tr)


def fragment_lines(markup: str) -> list[str]:
    """The lines of a piece of HTML (an article's body a script or an API holds as a string), or of plain
    text with line breaks."""
    import lxml.html

    if not re.search(r"<[A-Za-z][^<>]*>", markup):
        return [t for ln in markup.split("\n") if (t := _SPACE_RE.sub(" ", ln).strip())]
    article = lxml.html.fragment_fromstring(markup, create_parent="div", parser=lxml.html.HTMLParser(huge_tree=True))
    for table in list(article.iter("table")):
        _merge_header_rows(table)
        _fill_row_spans(table)
    return _render(article)


def _render(root: object) -> list[str]:
    """Text of an element tree, one block per line, table cells joined by tabs (iterative walk)."""
    import lxml.etree

    pieces: list[str] = []
    in_cell = 0  # inside a td/th, a block element (a <p> per paragraph of the cell) ends a paragraph
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag and tag not in _CELL_TAGS and tag not in _ROW_TAGS and _words(el) & _CELL_WORDS:
            tag = "td"  # a table built of <div>s and <span>s: <span class="bz-td">二孩</span>
        elif tag in ("section", "div", "p") and _inline_block(el):
            tag = "span"
        if event == "start":
            if tag in _CELL_TAGS:
                in_cell += 1
            elif tag in _BLOCK_TAGS:
                pieces.append(_CELL_BREAK if in_cell and tag not in _ROW_TAGS else "\n")
            if tag and el.text:
                label = el.text.strip()
                parent = el.getparent() if _QA_LABEL_RE.fullmatch(label) and len(el) == 0 and tag not in _BLOCK_TAGS else None
                if parent is not None and parent.index(el) == 0 and not (parent.text or "").strip():
                    pieces.append(f"{label}：")  # (only a label's tag, then, is looked up in its parent)
                else:
                    pieces.append(_SPACE_RE.sub(" ", el.text))
        else:
            if tag in _CELL_TAGS:
                in_cell -= 1
                pieces.append("\t")
            elif tag in _BLOCK_TAGS:
                pieces.append(_CELL_BREAK if in_cell and tag not in _ROW_TAGS else "\n")
            if el.tail and el is not root:
                pieces.append(_SPACE_RE.sub(" ", el.tail))
    lines: list[str] = []
    for line in "".join(pieces).split("\n"):
        paragraphs = [c.split(_CELL_BREAK) for c in line.split("\t")]
        # (a row of two cells at most: a data table's row has its number, task, units and deadline)
        if any(_holds_an_article(ps) for ps in paragraphs) and sum(1 for ps in paragraphs if "".join(ps).strip()) <= 2:
            # a layout table's cell holding the article: its paragraphs are lines, not one cell
            lines.extend(t for ps in paragraphs for p in ps if (t := p.strip()))
            continue
        row = "\t".join(c for c in (join_cell(ps) for ps in paragraphs) if c)
        if row:
            lines.append(row)
    return lines


_ARTICLE_PARAGRAPHS = 4
_ARTICLE_CHARS = 200


def _holds_an_article(paragraphs: list[str]) -> bool:
    """Whether a table cell's paragraphs are a page's text set in a layout table (an old CMS puts the
    whole notice in one ``<td>``), not a data cell: several paragraphs, long, of sentences."""
    ps = [p.strip() for p in paragraphs if p.strip()]
    return (len(ps) >= _ARTICLE_PARAGRAPHS and sum(map(len, ps)) >= _ARTICLE_CHARS
            and sum(1 for p in ps if p.endswith(("。", "；", "：", ":"))) >= 2)
