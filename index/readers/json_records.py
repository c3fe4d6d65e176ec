"""JSON documents holding notices: an open-data portal's 政策文件库 export or an API's answer saved as a file
(``{"code":200,"data":{"list":[{"title":…,"wenhao":…,"content":"<p>…</p>"}, …]}}``).

The JSON is parsed (never run). Every object holding a body of Chinese text is a notice
(``page_state.json_records``): its body (HTML or plain text) is read as a web page's article, its title,
文号, 发文机关, dates (text or epoch) and 有效性 come from its fields' names, as a page's labelled
fields do. One notice is the file's text; several are read as a container's files, one each, as an
archive's are. JSON without a notice in it (a data table, a configuration) is not a document.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from index.errors import UnreadableFile
from index.readers import SourceText

if TYPE_CHECKING:
    from index.readers.page_state import ScriptArticle

_MOST_CHARS = 64 * 1024 * 1024
_MOST_RECORDS = 2000


# a JSON object's first key, or an array of objects, arrays or strings: no notice's text starts so
_JSON_START_RE = re.compile(r'\s*(?:\{\s*["}]|\[\s*[\[{"\]])')


def looks_like_json(text: str) -> bool:
    """Whether a decoded text is (or was cut from) a JSON object or array."""
    return _JSON_START_RE.match(text[:64]) is not None


def read_json(text: str, name: str) -> SourceText:
    from index.readers.page_state import json_records

    if len(text) > _MOST_CHARS:
        raise UnreadableFile(f"{name}: a JSON file too large to read as documents")
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise UnreadableFile(f"{name}: a damaged JSON file ({exc.__class__.__name__})") from exc
    records = json_records(obj)
    if not records:
        raise UnreadableFile(f"{name}: a JSON file with no notice in it (no field holds a text of Chinese prose)")
    return records_source(records, name, "json", "a JSON file")


def records_source(records: list[ScriptArticle], name: str, fmt: str, what: str) -> SourceText:
    """The notices of an export (a JSON or XML file of ``fmt``, ``what`` in its warning), each its body read as a
    web page's article under its title, with its fields: one is the file's text; several are the file's parts,
    one each, as an archive's files are."""
    from index.readers.html import fragment_lines

    parts: list[SourceText] = []
    for n, rec in enumerate(records[:_MOST_RECORDS], start=1):
        lines = fragment_lines(rec.body)
        if rec.title and (not lines or lines[0].replace(" ", "") != rec.title.replace(" ", "")):
            lines.insert(0, rec.title)
        parts.append(SourceText(name=f"{name}/记录{n}", format=fmt, text="\n".join(lines),
                                title=rec.title or None, fields=rec.fields))
    warnings = [f"{what} of {len(records)} notice record{'s' if len(records) > 1 else ''}, each read by its "
                "fields' names"]
    if len(records) > _MOST_RECORDS:
        warnings.append(f"only the first {_MOST_RECORDS} of {len(records)} records were read")
    if len(parts) == 1:
        one = parts[0]
        return SourceText(name=name, format=fmt, text=one.text, title=one.title, fields=one.fields,
                          warnings=tuple(warnings))
    return SourceText(name=name, format=fmt, text="", parts=tuple(parts), warnings=tuple(warnings))
