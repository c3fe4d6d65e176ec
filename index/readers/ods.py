"""OpenDocument spreadsheets (.ods: LibreOffice Calc, 永中 and other 信创 suites): a 资金分配表 or 补贴标准表
published on its own, read with lxml as the Excel reader reads a workbook.

Each shown sheet (``table:table`` of ``office:spreadsheet``) is read row by row, cells as they show
(``odt.table_cells``: a repeated cell or row written as often as Calc repeats it, a merged title once, a
cell's shown text "1658.40" rather than its stored 1658.4, hidden rows and columns left out), then laid
out as lines by ``xlsx.workbook_lines``: a sheet's name first where there are several, the first row of
one cell the title.
"""

from __future__ import annotations

from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText
from index.readers.odt import MOST_CELLS, NS, is_odt, meta_title, package_parts, table_cells

_SHEET_TYPES = ("application/vnd.oasis.opendocument.spreadsheet",
                "application/vnd.oasis.opendocument.spreadsheet-template")


def is_ods(data: bytes, names: set[str] | None) -> bool:
    """Whether a ZIP is an OpenDocument spreadsheet (or its template)."""
    return is_odt(data, names, _SHEET_TYPES)


def read_ods(data: bytes, name: str) -> SourceText:
    return ods_source(*package_parts(data, name, "OpenDocument spreadsheet"), name)


def ods_source(content: Any, styles: Any, meta: Any, name: str) -> SourceText:
    """A spreadsheet's text from its parsed parts (a package's, or a flat ``.fods`` file's one XML)."""
    from index.readers.xlsx import workbook_lines

    body = content.find("office:body/office:spreadsheet", NS)
    if body is None:
        raise UnreadableFile(f"{name}: an OpenDocument spreadsheet with no sheets")
    sheets: list[tuple[str, list[list[str]]]] = []
    budget = [MOST_CELLS]  # (the cells of every sheet together, repeats counted)
    hidden = _hidden_tables(content)
    for tbl in body.findall("table:table", NS):
        if tbl.get(f"{{{NS['table']}}}style-name") in hidden:
            continue
        try:
            rows = table_cells(tbl, budget)
        except UnreadableFile as exc:
            raise UnreadableFile(f"{name}: {exc}") from exc
        sheets.append((tbl.get(f"{{{NS['table']}}}name") or "", rows))
    try:
        lines, title = workbook_lines(sheets, name)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{name}: the spreadsheet contains no text") from exc
    return SourceText(name=name, format="ods", text="\n".join(lines), title=title or meta_title(meta))


def _hidden_tables(content: object) -> set[str]:
    """The table styles that hide a sheet (``table:display="false"``)."""
    out: set[str] = set()
    style = f"{{{NS['style']}}}"
    for st in content.iter(f"{style}style"):  # type: ignore[attr-defined]
        props = st.find(f"{style}table-properties")
        if st.get(f"{style}family") == "table" and props is not None \
                and props.get(f"{{{NS['table']}}}display") == "false":
            out.add(st.get(f"{style}name") or "")
    return out
