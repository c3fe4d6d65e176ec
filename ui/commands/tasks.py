"""``policyqa tasks``: who leads what, by when, across the corpus — the task rows the notices print,
filtered by unit and deadline, as text, JSON, CSV or .xlsx."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from index.build import chunk_and_report, ingest_corpus
from index.errors import IndexLoadError
from index.models import PATH_SEP
from index.tasks import SHAPES, TaskRow, flattened_table_notes, role_name, role_of, select_rows, tasks_of
from ui.commands.common import EXIT_USAGE, add_common, fail, settings_from
from ui.export import write_csv, write_xlsx

_ROLES = {"lead": ("lead",), "support": ("support",), "any": ("lead", "support")}


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="policyqa tasks",
        description="List the task assignments the notices print (牵头/责任单位, 配合单位, 完成时限), each with "
        "its notice, section and deadline; filter by unit and deadline; export to CSV or Excel.")
    add_common(p)
    p.add_argument("--unit", help="a unit's tasks, however printed (县财政局, 财政局, 发改局 …)")
    p.add_argument("--role", choices=sorted(_ROLES), default="any",
                   help="with --unit: tasks it leads, supports, or either (default)")
    p.add_argument("--before", metavar="YYYY-MM-DD", help="tasks due on or before this day")
    p.add_argument("--json", action="store_true", help="a JSON list of rows")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the rows to a CSV file")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the rows to an Excel file")
    p.add_argument("--stats", action="store_true", help="rows per corpus file and shape, and tables kept as text")
    args = p.parse_args(argv)
    if args.before and not _iso(args.before):
        return fail(f"--before must be a day written YYYY-MM-DD, not {args.before!r}", EXIT_USAGE)
    settings = settings_from(args)
    try:
        items = ingest_corpus(settings.corpus)
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    docs, _, reports = chunk_and_report(items, len, settings.chunker)
    rows = tasks_of(docs)
    if args.stats:
        _print_stats(rows, reports)
        notes = flattened_table_notes(docs)
        if notes:
            print(f"\ntables printed one cell per line, kept as text and not read as rows ({len(notes)}):")
            for line in notes:
                print(f"  {line}")
        return 0
    chosen = select_rows(rows, unit=args.unit, before=args.before, roles=_ROLES[args.role])
    try:
        if args.csv:
            write_csv(args.csv, chosen, args.unit)
        if args.xlsx:
            write_xlsx(args.xlsx, chosen, args.unit)
    except OSError as exc:
        return fail(f"cannot write the export: {exc.strerror or exc}")
    if args.json:
        print(json.dumps([_json(r, args.unit) for r in chosen], ensure_ascii=False, indent=2))
        return 0
    for i, r in enumerate(chosen, 1):
        _print_row(i, r, args.unit)
    print(f"\n共 {len(chosen)} 项任务" + (f"（{args.unit}）" if args.unit else "")
          + (f"（完成时限不晚于 {args.before}）" if args.before else ""))
    for f in (args.csv, args.xlsx):
        if f:
            print(f"已导出：{f}", file=sys.stderr)
    return 0


def _iso(s: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return len(s) == 10


def _json(r: TaskRow, unit: str | None) -> dict[str, object]:
    d = r.to_json()
    if unit:
        d["role"] = role_of(r, unit)
    return d


def _print_row(i: int, r: TaskRow, unit: str | None) -> None:
    where = r.section.split(PATH_SEP, 1)[1] if PATH_SEP in r.section else ""
    role = f"[{role_of(r, unit)}] " if unit else ""
    print(f"{i}. {role}{r.name}")
    print(f"   {role_name(r.lead_label)}：{'、'.join(r.lead)}"
          + (f"；{role_name(r.support_label)}：{'、'.join(r.support)}" if r.support else ""))
    if r.deadline:
        print(f"   完成时限：{r.deadline}" + (f"（{r.deadline_date}）" if r.deadline_date else "")
              + ("（任务原文）" if r.deadline_in_text else ""))
    print(f"   出处：{r.doc_number or '（无文号）'}《{r.title}》{(' ' + where) if where else ''}")


def _print_stats(rows: Sequence[TaskRow], reports: Sequence[object]) -> None:
    by = Counter((r.corpus_file, r.shape) for r in rows)
    files = sorted({r.corpus_file for r in rows} | {getattr(x, "file", "") for x in reports} - {""})
    print(f"{'file':<36}{'rows':>6}" + "".join(f"{s:>10}" for s in SHAPES) + f"{'tables as text':>16}")
    kept = {getattr(x, "file", ""): getattr(x, "tables_as_text", 0) for x in reports}
    for f in files:
        total = sum(by[(f, s)] for s in SHAPES)
        print(f"{f:<36}{total:>6}" + "".join(f"{by[(f, s)]:>10}" for s in SHAPES) + f"{kept.get(f, 0):>16}")
    print(f"{'all':<36}{len(rows):>6}" + "".join(f"{sum(by[(f, s)] for f in files):>10}" for s in SHAPES)
          + f"{sum(kept.values()):>16}")
