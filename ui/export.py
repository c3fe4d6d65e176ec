"""Task rows as a table a civil servant can file: CSV (UTF-8 with BOM, so Excel reads the Chinese)
and .xlsx (openpyxl). Only writing lives here; which rows is decided by ``index.tasks.select_rows``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from index.models import PATH_SEP
from index.tasks import TaskRow, role_name, role_of

COLUMNS = ("序号", "任务", "牵头（负责）单位", "配合单位", "完成时限", "时限日期", "所查单位角色",
           "文号", "文件标题", "章节", "来源文件")
_WIDTHS = (6, 60, 30, 30, 18, 12, 10, 22, 40, 40, 28)


def table(rows: Sequence[TaskRow], unit: str | None = None, short: bool = False) -> list[list[str]]:
    """One list of cells per row, in ``COLUMNS`` order; ``short``: the task by its label and name and
    the section without the plan's title (a page's table), else the task as printed (a file)."""
    out = []
    for i, r in enumerate(rows, 1):
        task = f"{r.label}{r.name}" if short else r.task
        section = r.section.split(PATH_SEP, 1)[-1] if short else r.section
        lead = "、".join(r.lead)
        if r.lead_label not in ("牵头单位", "牵头"):
            lead = f"{lead}（{role_name(r.lead_label)}）"
        deadline = r.deadline + ("（任务原文）" if r.deadline and r.deadline_in_text else "")
        out.append([str(i), task, lead, "、".join(r.support), deadline, r.deadline_date or "",
                    role_of(r, unit) if unit else "", r.doc_number or "", r.title, section, r.corpus_file])
    return out


def write_csv(path: Path, rows: Sequence[TaskRow], unit: str | None = None) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        w.writerows(_safe(r) for r in table(rows, unit))
    return path


def write_xlsx(path: Path, rows: Sequence[TaskRow], unit: str | None = None, sheet: str = "任务分工") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append(list(COLUMNS))
    for cells in table(rows, unit):
        ws.append(cells)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value[:1] in _FORMULA_START:
                cell.data_type = "s"  # text, never a formula: shown as printed
    for i, width in enumerate(_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = wrap
    ws.freeze_panes = "A2"
    wb.save(path)
    return path


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cells: Sequence[str]) -> list[str]:
    """CSV cells a spreadsheet will not run as formulas: text from a user's file starting with
    = + - @ (or a tab or carriage return before one) gets a leading apostrophe."""
    return [f"'{c}" if c[:1] in _FORMULA_START else c for c in cells]
