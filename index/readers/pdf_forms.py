"""A fillable PDF form's values (AcroForm): what a 办事指南 or 申报表 holds in its fields, not on its page.

A system that fills a form writes each value into its field (``/V``) and often leaves the drawing of it to
the viewer (``/NeedAppearances``): the page's text layer then holds only the labels ("补贴标准", "办理时限").
The values are read through PDFium's form API: a text field's or a choice's value, a check box or radio
button's state. Each value is written after the label printed left of its field, as the page shows it
("补贴标准：按见习人员每人每月1600元…"), and ends its sentence ("咨询电话：0319-3216875。"); a row of check boxes ("是否收费 □收费 ☑不收费") becomes its label and
the options ticked ("是否收费：不收费"). A value whose label is not found on the page is written after the
page's lines. A value the page's text already prints on a line (a form flattened by its maker) is not written twice.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_WS_RE = re.compile(r"\s+")
_ENDED_RE = re.compile(r"[。；;！!？?…]$")
_MOST_WIDGETS = 500  # fields read per page
_MOST_VALUE = 20_000  # characters of one value read; a longer one is left out
_ROW = 4.0  # points: boxes whose centres are this close stand on one row
_OPTION_WIDTH = 80.0  # points right of a check box where its option's words stand


@dataclass(frozen=True)
class _Field:
    kind: str  # "text" (a text or choice field's value) or "check" (a box or radio ticked or not)
    left: float
    bottom: float
    right: float
    top: float
    value: str  # the text, or the option's words for a box
    checked: bool = False


def has_form(pdf: Any) -> bool:
    """Whether a PDF has a form with fields (PDFium's form API must be set up before its pages are loaded)."""
    import pypdfium2.raw as raw

    # (an XFA form made with Adobe Designer keeps its values in AcroForm fields too)
    return raw.FPDF_GetFormType(pdf.raw) in (raw.FORMTYPE_ACRO_FORM, raw.FORMTYPE_XFA_FOREGROUND)


def _wide(fn: Callable[..., int], *args: Any) -> str:
    """A PDFium string returned as UTF-16LE into a buffer the caller sizes."""
    import pypdfium2.raw as raw

    size = fn(*args, None, 0)
    if size <= 2 or size > 2 * _MOST_VALUE + 2:  # (PDFium copies nothing into a smaller buffer: a longer value is left out)
        return ""
    buf = ctypes.create_string_buffer(size)
    fn(*args, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buf.raw[:size - 2].decode("utf-16-le", "replace").rstrip("\x00")


def _fields(pdf: Any, page: Any, textpage: Any) -> list[_Field]:
    import pypdfium2.raw as raw

    form = pdf.formenv.raw if getattr(pdf, "formenv", None) is not None else None
    if form is None:
        return []
    out: list[_Field] = []
    for i in range(min(raw.FPDFPage_GetAnnotCount(page.raw), _MOST_WIDGETS)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            rect = raw.FS_RECTF()
            if not raw.FPDFAnnot_GetRect(annot, rect):
                continue
            left, right = sorted((rect.left, rect.right))
            bottom, top = sorted((rect.bottom, rect.top))
            kind = raw.FPDFAnnot_GetFormFieldType(form, annot)
            if kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
                words = _WS_RE.sub(" ", textpage.get_text_bounded(right, bottom, right + _OPTION_WIDTH, top)).strip()
                option = words.split(" ")[0] if words else ""
                out.append(_Field("check", left, bottom, right, top, option, bool(raw.FPDFAnnot_IsChecked(form, annot))))
            elif kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
                value = _wide(raw.FPDFAnnot_GetFormFieldValue, form, annot).strip()
                if value:
                    out.append(_Field("text", left, bottom, right, top, value))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _label(textpage: Any, f: _Field, fields: list[_Field]) -> str:
    """The words printed left of a field on its row, after the field before it there (its label cell),
    spaces removed."""
    mid = (f.top + f.bottom) / 2
    start = max((g.right for g in fields if g.right <= f.left and g.bottom <= mid <= g.top), default=0.0)
    return _WS_RE.sub("", textpage.get_text_bounded(start, f.bottom, f.left, f.top))


def with_form_values(pdf: Any, page: Any, textpage: Any, lines: list[str]) -> tuple[list[str], int]:
    """The page's lines with its form's values written in: after their labels, else after the lines; and
    how many values were written."""
    fields = _fields(pdf, page, textpage)
    if not fields:
        return lines, 0
    written = [0]
    out = list(lines)
    squashed = [_WS_RE.sub("", ln) for ln in out]
    tail: list[str] = []

    def put(label: str, value_lines: list[str], row_text: str | None = None) -> None:
        written[0] += 1
        # (a field ends where its value does: "办理时限：…（法定时限20个工作日）" is no line wrapped into the next
        # field's, as a printed page's unpunctuated lines are read)
        if not _ENDED_RE.search(value_lines[-1]):
            value_lines = [*value_lines[:-1], value_lines[-1] + "。"]
        key = row_text if row_text is not None else label
        at = next((j for j, s in enumerate(squashed) if key and s == key), None)
        if at is None and label:
            at = next((j for j, s in enumerate(squashed) if s.startswith(label) and len(s) <= len(key) + 2), None)
        if at is None:
            tail.extend(value_lines if not label else [f"{label}：{value_lines[0]}", *value_lines[1:]])
            return
        out[at] = f"{label}：{value_lines[0]}" if label else value_lines[0]
        out[at + 1:at + 1] = value_lines[1:]
        squashed[at + 1:at + 1] = ["\x00"] * (len(value_lines) - 1)
        squashed[at] = "\x00"  # (written: not found again)

    for f in sorted((f for f in fields if f.kind == "text"), key=lambda f: (-f.top, f.left)):
        value_lines = [t for ln in f.value.split("\n") if (t := _WS_RE.sub(" ", ln).strip())]
        label, value = _label(textpage, f, fields), _WS_RE.sub("", value_lines[0]) if value_lines else ""
        if not value or any(s in (value, label + value) for s in squashed):
            continue  # (the page prints it: a form flattened by its maker)
        put(label, value_lines)
    boxes = sorted((f for f in fields if f.kind == "check"), key=lambda f: (-f.top, f.left))
    rows: list[list[_Field]] = []
    for f in boxes:
        if rows and abs((rows[-1][0].top + rows[-1][0].bottom) / 2 - (f.top + f.bottom) / 2) <= _ROW:
            rows[-1].append(f)
        else:
            rows.append([f])
    for row in rows:
        ticked = [f.value for f in row if f.checked and f.value]
        if not ticked:
            continue
        first = min(row, key=lambda f: f.left)
        label = _label(textpage, first, fields)
        row_text = label + "".join(f.value for f in sorted(row, key=lambda f: f.left))
        put(label, ["、".join(ticked)], row_text)
    return out + tail, written[0]
