"""A table saved as comma-separated values (.csv), as open-data portals (政府数据开放平台) publish lists of
定点机构, 补贴标准 or 办事网点, often in GBK.

The bytes are decoded like any text (UTF-8 with or without BOM, else GB18030, UTF-16 by its BOM). A text
is a CSV where its first line is a header of at least three short labels and nearly every line splits
into as many fields (the standard library's ``csv`` reads the quoting: "宝鸡市渭滨区经二路,12号" is one
field). Each row becomes one line with its cells separated by tabs, as the other readers write tables,
so a row is read with its header as the tables of a notice are. A file carries no title of its own: the
file name is taken where it reads as one ("宝鸡市2026年养老服务补贴发放标准.csv"), and the latest date of an
"更新日期" column is the date it was published.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import PurePath

from index.readers import SourceText

_LEAST_COLUMNS = 3
_LEAST_ROWS = 2
_LABEL_MOST = 24  # a header label is short: "补贴标准（元/人·月）", not a sentence
_SHARE = 0.9  # of the lines that split into as many fields as the header
_DATE_COLUMN = re.compile(r"(?:更新|发布|公布|公开)(?:日期|时间)")
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def csv_rows(text: str) -> list[list[str]] | None:
    """The rows of a text that is a CSV table (header first, cells stripped); None where it is not one."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < _LEAST_ROWS + 1 or "," not in lines[0]:
        return None
    try:
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO("\n".join(lines)), strict=True)]
    except csv.Error:
        return None
    rows = [r for r in rows if any(r)]
    header = rows[0] if rows else []
    while header and not header[-1]:
        header = header[:-1]  # (a trailing comma after the last label)
    if len(header) < _LEAST_COLUMNS or len(rows) < _LEAST_ROWS + 1:
        return None
    if any(len(h) > _LABEL_MOST or re.search(r"[。；;！!？?]", h) for h in header) or sum(bool(h) for h in header) < len(header) - 1:
        return None
    width = len(header)
    fitting = sum(1 for r in rows[1:] if len(r) in (width, width + 1) and not any(r[width:]))
    if fitting < _SHARE * (len(rows) - 1):
        return None
    return [header] + [r[:width] for r in rows[1:]]


def read_csv(rows: list[list[str]], name: str) -> SourceText:
    """A CSV table (``csv_rows``) as tab-separated lines under the title its file name gives."""
    header = rows[0]
    lines = ["\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) for r in rows]
    stem = re.sub(r"[_\s]+", " ", PurePath(name.rsplit("/", 1)[-1]).stem).strip()
    title = stem if len(re.findall(r"[\u4e00-\u9fff]", stem)) >= 4 else None
    if title:
        lines.insert(0, title)
    fields: list[tuple[str, str]] = []
    dated = [k for k, h in enumerate(header) if _DATE_COLUMN.search(h)]
    if dated:
        found = [m.groups() for r in rows[1:] for k in dated if k < len(r) and (m := _DATE.search(r[k]))]
        if found:
            y, mo, d = max((int(a), int(b), int(c)) for a, b, c in found)
            fields.append(("发布日期", f"{y}年{mo}月{d}日"))
    return SourceText(name=name, format="csv", text="\n".join(lines), title=title, fields=tuple(fields))
