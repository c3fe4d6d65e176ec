"""Markdown files (.md): a 12345 hotline's 政策问答 knowledge base, a notice kept in a wiki, an export of
a CMS, read with markdown-it-py (CommonMark with GitHub's tables).

What a reader of the rendered page sees: a heading's text (its ``#`` marks gone), a paragraph a line
(its soft line breaks joined, as a Chinese paragraph wrapped in the source), a list item a line (an
ordered one with its number), a table one line per row with cells by tabs (the alignment row gone), a
quote's and a code block's text; bold, links and images leave their text, not their marks or addresses.
A YAML front matter block (``---`` … ``---``) gives the title and the labelled fields (发布机构,
更新日期 …) a web page's metadata table would.
"""

from __future__ import annotations

import re
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText

_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_FRONT_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MOST_FRONT = 64 * 1024  # characters of front matter read
_TITLE_KEYS = {"title", "标题", "名称", "题目"}
# Marks of Markdown a plain text does not have at the start of its lines: a heading, a table row
_MARKS_RE = re.compile(r"^(?:#{1,6}\s+\S|\|.*\|\s*$)", re.M)


def looks_like_markdown(text: str, name: str) -> bool:
    """Whether a decoded text is Markdown: named so, or opening with front matter and using headings or
    table rows."""
    if name.lower().endswith(_SUFFIXES):
        return True
    m = _FRONT_RE.match(text[:_MOST_FRONT])
    # (front matter of labelled fields, not a notice's name between two rules: "---\n江门市…局\n---")
    return m is not None and isinstance(_yaml(m.group(1)), dict) and len(_MARKS_RE.findall(text[:20_000])) >= 2


def _yaml(block: str) -> object:
    """A front matter block read as YAML, every value a string ("007" stays 007, "2024-02-30" a text); None where
    it is not YAML."""
    import yaml

    try:
        return yaml.load(block, Loader=yaml.BaseLoader)  # (BaseLoader builds strings, lists and maps only)
    except Exception:  # (yaml.YAMLError, RecursionError of a block nested too deep)
        return None


def read_markdown(text: str, name: str) -> SourceText:
    from markdown_it import MarkdownIt

    title, fields, body = _front_matter(text)
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(body)
    lines = _lines(tokens)
    if not lines:
        raise UnreadableFile(f"{name}: the Markdown file contains no text")
    return SourceText(name=name, format="markdown", text="\n".join(lines), title=title or None,
                      fields=tuple(fields))


def _front_matter(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """The title and labelled fields of a YAML front matter block, and the text after it."""
    from index.readers.page_state import field_label
    from index.webpage import FIELD_LABELS

    m = _FRONT_RE.match(text[:_MOST_FRONT])
    if m is None:
        return "", [], text
    data = _yaml(m.group(1))
    title, fields = "", []
    for key, value in (data.items() if isinstance(data, dict) else ()):
        if isinstance(value, (dict, list)) or value is None:
            continue
        key, value = str(key).strip(), re.sub(r"\s+", " ", str(value)).strip()
        if key.lower() in _TITLE_KEYS and not title:
            title = value
        elif (label := FIELD_LABELS.get(key) or field_label(key)) and value:
            fields.append((label, value))
    return title, fields, text[m.end():]


def _lines(tokens: list[Any]) -> list[str]:
    lines: list[str] = []
    row: list[str] | None = None
    numbers: list[int | None] = []  # the next number of each open list (None: bullets)
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind == "ordered_list_open":
            numbers.append(int(tok.attrGet("start") or 1))
        elif kind == "bullet_list_open":
            numbers.append(None)
        elif kind in ("ordered_list_close", "bullet_list_close") and numbers:
            numbers.pop()
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                lines.append("\t".join(c for c in row))
            row = None
        elif kind == "inline":
            text = _inline(tok.children or [])
            if row is not None:
                row.append(text)
            elif text:
                prefix = ""
                if i >= 2 and tokens[i - 2].type == "list_item_open" and numbers and numbers[-1] is not None:
                    prefix = f"{numbers[-1]}."
                    numbers[-1] += 1
                lines.extend(f"{prefix if k == 0 else ''}{t}" for k, t in enumerate(text.split("\n")) if t.strip())
        elif kind in ("fence", "code_block"):
            lines.extend(t.strip() for t in tok.content.split("\n") if t.strip())
        elif kind == "html_block":
            from index.readers.html import fragment_lines

            lines.extend(fragment_lines(re.sub(r"<!--.*?-->", "", tok.content, flags=re.S)))
    return lines


def _inline(children: list[Any]) -> str:
    """An inline run's text as rendered: marks and addresses gone, a soft break joined (a wrapped Chinese
    line), a hard break a new line."""
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(child.content)
        elif kind == "softbreak":
            joins_words = out and re.search(r"[A-Za-z0-9,.;:]$", out[-1])
            out.append(" " if joins_words else "")
        elif kind == "hardbreak":
            out.append("\n")
        elif kind == "image":
            out.append(child.content or "")
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()
