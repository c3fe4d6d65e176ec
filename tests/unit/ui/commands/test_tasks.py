"""``policyqa tasks`` and the task export (ui/commands/tasks.py, ui/export.py) on a gazette of the
bundled corpus: a unit's tasks across notices with deadlines and citations, as text, JSON, CSV, .xlsx."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ui.cli import main


def test_a_units_tasks_as_json_with_deadlines_and_their_notice(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--unit", "市委政法委", "--json", *env]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all({"task", "lead", "support", "deadline", "doc_number", "title", "section"} <= r.keys()
                        for r in rows)
    snow = next(r for r in rows if "雪亮工程" in r["task"])
    assert snow["lead"] == ["市委政法委"] and snow["support"] == ["市公安局"] and snow["deadline"] == "2024年"
    assert snow["doc_number"] == "卫政办发〔2023〕65号" and snow["role"] == "牵头"
    # deadline order, undated last
    dated = [r["deadline_date"] for r in rows if r["deadline_date"]]
    assert dated == sorted(dated)


def test_before_and_role_filter(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--before", "2024-06-30", "--json", *env]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["deadline_date"] <= "2024-06-30" for r in rows)
    assert any(r["doc_number"] == "卫政发〔2024〕20号" and r["lead"] == ["市财政局"] for r in rows)
    assert main(["tasks", "--unit", "市公安局", "--role", "support", "--json", *env]) == 0
    assert all(r["role"] == "配合" for r in json.loads(capsys.readouterr().out))


def test_text_listing_and_exports(env: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    out_csv, out_xlsx = tmp_path / "t.csv", tmp_path / "t.xlsx"
    assert main(["tasks", "--unit", "市财政局", "--csv", str(out_csv), "--xlsx", str(out_xlsx), *env]) == 0
    text = capsys.readouterr().out
    assert "出处：卫政发〔2024〕20号" in text and text.rstrip().endswith("项任务（市财政局）")
    n = int(text.rstrip().rsplit("共 ", 1)[1].split(" ")[0])
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:5] == ["序号", "任务", "牵头（负责）单位", "配合单位", "完成时限"] and len(table) == n + 1
    ws = load_workbook(out_xlsx).active
    assert ws is not None and ws.max_row == n + 1 and ws["H2"].value and ws.freeze_panes == "A2"


def test_stats_count_rows_per_file_and_shape(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--stats", *env]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("g.txt"))
    total, labelled, table, sentence = (int(v) for v in line.split()[1:5])
    assert total == labelled + table + sentence and table > 100


def test_a_bad_day_is_a_usage_error(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--before", "2024-13-01", *env]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cells_a_spreadsheet_would_run_are_written_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from index.models import Document, Section
    from index.tasks import extract_tasks
    from ui.export import write_csv, write_xlsx

    body = "=HYPERLINK(\"http://x\",\"点此\")清理旧账。\n牵头单位：县财政局\n"
    doc = Document("f.txt", None, "方案", "甲县人民政府", None, body, (Section(("方案",), 0, len(body)),))
    rows = extract_tasks(doc)
    assert rows and rows[0].task.startswith("=HYPERLINK")
    with write_csv(tmp_path / "t.csv", rows).open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][1].startswith("'=HYPERLINK")
    cell = load_workbook(write_xlsx(tmp_path / "t.xlsx", rows)).active["B2"]  # type: ignore[index]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")  # shown as printed, never run
