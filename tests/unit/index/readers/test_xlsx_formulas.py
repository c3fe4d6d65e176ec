"""A table a program wrote with formulas and no saved values: the values Excel would show on opening."""

from __future__ import annotations

import io

from index.readers import read_source_bytes


def _book(build) -> bytes:  # type: ignore[no-untyped-def]
    import openpyxl

    book = openpyxl.Workbook()
    build(book)
    buf = io.BytesIO()
    book.save(buf)  # (openpyxl saves formulas without values, as reporting systems do)
    return buf.getvalue()


def _allocation(book) -> None:  # type: ignore[no-untyped-def]
    ws = book.active
    ws.title = "分配表"
    ws.append(["序号", "县区", "人数", "标准（元/人）", "金额（万元）"])
    ws.append([1, "甲县", 21365, 280, "=C2*D2/10000"])
    ws.append([2, "乙县", 2315, 200, "=C3*D3/10000"])
    ws.append(["合计", None, "=SUM(C2:C3)", None, "=SUM(E2:E3)"])
    for row in (2, 3, 4):
        ws[f"E{row}"].number_format = "0.00"


def test_formula_cells_saved_without_values_are_computed_and_printed_as_formatted() -> None:
    src = read_source_bytes(_book(_allocation), "分配表.xlsx")
    lines = src.text.splitlines()
    assert lines[1] == "1\t甲县\t21365\t280\t598.22"
    assert lines[2] == "2\t乙县\t2315\t200\t46.30"  # ("0.00" shows two decimals)
    assert lines[3] == "合计\t23680\t644.52"
    assert any("4 formula cells" in w and "computed" in w for w in src.warnings)


def _mixed(book) -> None:  # type: ignore[no-untyped-def]
    ws = book.active
    ws.title = "标准"
    ws.append(["类别", "基数", "比例", "补贴"])
    ws.append(["一档", 1000, 0.6, "=ROUND(B2*C2,0)"])
    ws.append(["二档", 800, "=C2-10%", "=IF(B3>=1000,\"按一档\",B3*C3)"])
    ws.append(["其他", None, None, "=VLOOKUP(A4,A2:D3,4,FALSE)"])  # (not computed here: left empty)
    ws.append(["循环", "=B6", None, None])
    ws.append(["循环", "=B5", None, None])
    ws.append(["外表", "=汇总!A1*2", "=B2/0", None])
    other = book.create_sheet("汇总")
    other["A1"] = 7


def test_functions_references_to_other_sheets_and_what_is_never_guessed() -> None:
    src = read_source_bytes(_book(_mixed), "标准.xlsx")
    rows = [line.split("\t") for line in src.text.splitlines()[1:]]  # (after the sheet's name)
    assert rows[1] == ["一档", "1000", "0.6", "600"]
    assert rows[2] == ["二档", "800", "0.5", "400"]  # (0.6 - 10%, then the IF's other branch)
    # a lookup, a cycle and a division by zero stay empty: no value is guessed
    assert rows[3] == ["其他"]
    assert rows[4] == ["循环"] and rows[5] == ["循环"]
    assert rows[6] == ["外表", "14"]
    assert "4 formula cells saved without their values could not be computed: left empty" in src.warnings


def test_a_range_past_the_sheet_is_read_within_its_used_area() -> None:
    def build(book) -> None:  # type: ignore[no-untyped-def]
        ws = book.active
        ws.append([1, 2, "=SUM(A1:XFD1048576)"])

    assert read_source_bytes(_book(build), "总.xlsx").text == "1\t2"  # (C1 reads itself: a cycle, left empty)

    def build2(book) -> None:  # type: ignore[no-untyped-def]
        ws = book.active
        ws.append([1, 2])
        ws.append(["=SUM(A1:XFD1)"])

    assert read_source_bytes(_book(build2), "总.xlsx").text.splitlines() == ["1\t2", "3"]
