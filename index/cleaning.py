"""Line-level cleaning of converted gazette text: markup debris, spaces, paragraph rejoin.

Pure string functions; the document segmentation lives in ``index.gazette``.
"""

from __future__ import annotations

import re

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
# Chinese punctuation and brackets: a space next to one of these is never meaningful.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·％≤≥×±÷≈≠"

# Characters the converters leave inside lines: paragraph separator, BOM, zero-width chars.
_INVISIBLE_RE = re.compile("[\u2029\u2028\ufeff\u200b\u200c\u200d\u00ad]")
# Ideographic and no-break spaces behave like ordinary spaces for our purposes.
_ODD_SPACE_RE = re.compile("[\u3000\u00a0\u2002\u2003\u2009]")

# HTML debris from table/markdown converters. <sub>/<sup> keep their content ("PM<sub>2.5</sub>"
# -> "PM2.5"); cell boundaries become tabs; any other tag vanishes.
_SUBSUP_RE = re.compile(r"</?su[bp]>", re.I)
_CELL_BREAK_RE = re.compile(r"</t[dh]>\s*<t[dh][^>]*>|</p>\s*\t\s*<p>", re.I)
_TAG_RE = re.compile(r"</?(?:p|br|td|th|tr|table|tbody|thead|span|div|b|i|strong|em|font)\b[^>]*>", re.I)
_AUTOLINK_RE = re.compile(r"<(https?://[^>\s]+)>")

# LaTeX debris: "$\mathrm{PM}_{2.5}$", "$30\text{mg}/\text{m}^3$", "PUE \leq 1.15".
_LATEX_MATH_RE = re.compile(r"\$([^$\n]{1,200})\$")
_LATEX_WRAP_RE = re.compile(r"\\(?:mathrm|text|textrm|mathbf|mathit|operatorname|rm)\s*\{([^{}]*)\}")
_LATEX_SCRIPT_RE = re.compile(r"[_^]\s*\{([^{}]*)\}|[_^]\s*([0-9A-Za-z])")
_LATEX_SYMBOLS = {
    r"\leq": "≤", r"\le": "≤", r"\geq": "≥", r"\ge": "≥", r"\times": "×", r"\%": "%",
    r"\sim": "～", r"\pm": "±", r"\cdot": "·", r"\div": "÷", r"\approx": "≈", r"\neq": "≠",
}
_LATEX_CMD_RE = re.compile(r"\\(?:leq|le|geq|ge|times|%|sim|pm|cdot|div|approx|neq)(?![A-Za-z])")

# Markdown: leading "#" heading marks, "**bold**", "> " quotes.
_MD_HEADING_RE = re.compile(r"^\s*#{1,6}\s*")
_MD_BOLD_RE = re.compile(r"\*\*|__")

_WS_RUN_RE = re.compile(r" +")
# Cells of a table row are joined with a tab: it keeps the row on one line, and being whitespace
# it leaves the row's text searchable exactly as printed ("名称市财政局2024年" after removing
# whitespace), which a visible separator like " | " would break.
CELL_SEP = "\t"
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def strip_invisible(line: str) -> str:
    return _ODD_SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", line))


def _latex_to_text(expr: str) -> str:
    out = expr
    for _ in range(3):  # nested \mathrm{..}_{..} needs a few passes
        out = _LATEX_WRAP_RE.sub(r"\1", out)
        out = _LATEX_SCRIPT_RE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), out)
    out = _LATEX_CMD_RE.sub(lambda m: _LATEX_SYMBOLS.get(m.group(0), ""), out)
    out = out.replace("{", "").replace("}", "").replace("\\", "")
    return out.strip()


def clean_markup(line: str) -> tuple[str, bool]:
    """Remove HTML/LaTeX/Markdown debris. Returns (text, was_markdown_heading)."""
    is_heading = bool(_MD_HEADING_RE.match(line)) and line.lstrip().startswith("#")
    s = _MD_HEADING_RE.sub("", line) if is_heading else line
    s = _AUTOLINK_RE.sub(r"\1", s)
    s = _SUBSUP_RE.sub("", s)
    s = _CELL_BREAK_RE.sub("\t", s)
    s = _TAG_RE.sub("", s)
    if "$" in s:
        s = _LATEX_MATH_RE.sub(lambda m: _latex_to_text(m.group(1)), s)
    if "\\" in s:
        s = _LATEX_CMD_RE.sub(lambda m: _LATEX_SYMBOLS.get(m.group(0), ""), s)
        s = _LATEX_WRAP_RE.sub(r"\1", s)
    s = _MD_BOLD_RE.sub("", s)
    return s, is_heading


def cells_to_row(line: str) -> str:
    """A tab-separated table row keeps one tab between non-empty cells."""
    if "\t" not in line:
        return line
    cells = [c.strip() for c in line.split("\t")]
    return CELL_SEP.join(c for c in cells if c)


def _is_cjkish(ch: str) -> bool:
    return bool(re.match(f"[{CJK}{CJK_PUNCT}]", ch))


def squeeze_spaces(s: str) -> str:
    """Drop spaces the OCR put inside Chinese text and numbers; keep them between Latin words.

    "24 项" -> "24项", "卫政办发〔2019〕43 号" -> "卫政办发〔2019〕43号", "市政 府门户 网" -> "市政府门户网",
    "1 .科学" -> "1.科学", but "COVID 19 test" keeps its spaces and tab cell separators stay.
    """
    if "\t" in s:
        return CELL_SEP.join(squeeze_spaces(c) for c in s.split("\t"))
    s = _WS_RUN_RE.sub(" ", s).strip()
    if " " not in s:
        return s
    parts = s.split(" ")
    out = [parts[0]]
    for nxt in parts[1:]:
        prev = out[-1]
        if not prev or not nxt:
            out.append(nxt)
            continue
        a, b = prev[-1], nxt[0]
        if _ASCII_WORD.match(a) and _ASCII_WORD.match(b):
            # "2019 45000" in a flattened row, "AB test": keep; but "2019 年" handled below.
            out.append(nxt)
        elif _is_cjkish(a) or _is_cjkish(b) or a in ".．" or b in ".．%":
            out[-1] = prev + nxt
        else:
            out.append(nxt)
    return " ".join(out)


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one paragraph: no space, except between two Latin words."""
    if left and right and re.match(r"[A-Za-z]", left[-1]) and re.match(r"[A-Za-z]", right[0]):
        return f"{left} {right}"
    return left + right
