"""The values of a workbook's formula cells that were saved without them.

Excel saves with every formula the value it last computed, and a reader shows that value. A table
written by a program (openpyxl, a reporting system) often holds the formulas only: Excel computes them
when the file is opened, but a reader of the saved values sees an empty 金额 column and an empty 合计
row. Such a cell is computed here from its formula, for the formulas published tables use: arithmetic
(``+ - * / ^ %``, ``&``), comparisons, cell and range references (on the same or another sheet) and
SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, PRODUCT, ABS, ROUND, ROUNDUP, ROUNDDOWN, INT, IF. A formula
using anything else, or referring to a cell that cannot be computed, stays empty: a value is never
guessed. The formula is split into tokens by openpyxl's tokenizer; the evaluation is ours (no
``eval``: a formula in a user's file is data, never code).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["FormulaValues"]

_MOST_CELLS = 200_000  # cells one range may cover, past the sheet's used area
_MOST_DEPTH = 60  # references followed through other formula cells
_MOST_STEPS = 2_000_000  # tokens and cells read in all, per workbook

Value = float | str | bool | None


class _Unknown(Exception):
    """A formula (or a cell it reads) this evaluator cannot compute."""


def _number(v: Value) -> float:
    if v is None:
        return 0.0
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).strip())
    except ValueError:
        raise _Unknown from None


def _round(x: float, digits: float, how: str) -> float:
    scale = 10 ** int(digits)
    y = abs(x) * scale
    # ("half away from zero", as Excel rounds; a tiny nudge for 2.675 stored as 2.67499…)
    r = math.floor(y + 0.5 + 1e-9) if how == "round" else math.ceil(y - 1e-9) if how == "up" else math.floor(y + 1e-9)
    return math.copysign(r / scale, x)


def _numbers(args: list[list[Value]]) -> list[float]:
    """The numbers among a function's arguments (text and empty cells in a range are skipped, as Excel does)."""
    return [float(v) for arg in args for v in arg if isinstance(v, (int, float)) and not isinstance(v, bool)]


def _call(name: str, args: list[list[Value]]) -> Value:
    nums = _numbers(args)
    one = [a[0] if len(a) == 1 else None for a in args]
    if name == "SUM":
        return sum(nums)
    if name == "PRODUCT":
        return math.prod(nums) if nums else 0.0
    if name in ("AVERAGE", "MIN", "MAX"):
        if not nums:
            if name == "AVERAGE":
                raise _Unknown
            return 0.0
        return sum(nums) / len(nums) if name == "AVERAGE" else min(nums) if name == "MIN" else max(nums)
    if name == "COUNT":
        return float(len(nums))
    if name == "COUNTA":
        return float(sum(1 for a in args for v in a if v not in (None, "")))
    if name in ("ABS", "INT") and len(args) == 1:
        x = _number(one[0])
        return abs(x) if name == "ABS" else float(math.floor(x))
    if name in ("ROUND", "ROUNDUP", "ROUNDDOWN") and len(args) == 2:
        how = {"ROUND": "round", "ROUNDUP": "up", "ROUNDDOWN": "down"}[name]
        return _round(_number(one[0]), _number(one[1]), how)
    if name == "IF" and len(args) in (2, 3):
        test = one[0]
        if isinstance(test, str):
            raise _Unknown
        if test:
            return one[1]
        return one[2] if len(args) == 3 else False
    raise _Unknown


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b, "<>": lambda a, b: a != b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


class _Parser:
    """One formula's tokens read by precedence: comparison < ``&`` < ``+ -`` < ``* /`` < ``^`` < sign
    < ``%`` < a value (a number, a text, a reference, a function, a bracket)."""

    def __init__(self, tokens: list[Any], book: FormulaValues, sheet: str, depth: int) -> None:
        self.tokens, self.at, self.book, self.sheet, self.depth = tokens, 0, book, sheet, depth

    def peek(self) -> Any:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> Any:
        tok = self.peek()
        if tok is None:
            raise _Unknown
        self.at += 1
        self.book.step()
        return tok

    def _infix(self, ops: tuple[str, ...]) -> str | None:
        tok = self.peek()
        return tok.value if tok is not None and tok.type == "OPERATOR-INFIX" and tok.value in ops else None

    def expression(self) -> Value:
        left = self.joined()
        while (op := self._infix(tuple(_COMPARE))) is not None:
            self.take()
            right = self.joined()
            a, b = (left, right) if isinstance(left, str) == isinstance(right, str) else (None, None)
            if a is None and op not in ("=", "<>"):
                raise _Unknown
            left = _COMPARE[op](_number(a) if not isinstance(a, str) else a,
                                _number(b) if not isinstance(b, str) else b) if a is not None else op == "<>"
        return left

    def joined(self) -> Value:
        left = self.additive()
        while self._infix(("&",)):
            self.take()
            right = self.additive()
            left = _text(left) + _text(right)
        return left

    def additive(self) -> Value:
        left = self.term()
        while (op := self._infix(("+", "-"))) is not None:
            self.take()
            right = self.term()
            left = _number(left) + _number(right) if op == "+" else _number(left) - _number(right)
        return left

    def term(self) -> Value:
        left = self.power()
        while (op := self._infix(("*", "/"))) is not None:
            self.take()
            right = _number(self.power())
            if op == "/" and right == 0:
                raise _Unknown  # (#DIV/0! is not a value to print)
            left = _number(left) * right if op == "*" else _number(left) / right
        return left

    def power(self) -> Value:
        left = self.signed()
        while self._infix(("^",)):
            self.take()
            left = _number(left) ** _number(self.signed())
        return left

    def signed(self) -> Value:
        tok = self.peek()
        if tok is not None and tok.type == "OPERATOR-PREFIX":
            self.take()
            x = _number(self.signed())
            return -x if tok.value == "-" else x
        v = self.primary()
        while (tok := self.peek()) is not None and tok.type == "OPERATOR-POSTFIX" and tok.value == "%":
            self.take()
            v = _number(v) / 100
        return v

    def primary(self) -> Value:
        values = self.values()
        if len(values) != 1:
            raise _Unknown  # (a range where one value is wanted)
        return values[0]

    def values(self) -> list[Value]:
        """What a value position holds: one value, or every cell of a range (for a function's argument)."""
        tok = self.take()
        if tok.type == "OPERAND":
            if tok.subtype == "NUMBER":
                return [float(tok.value)]
            if tok.subtype == "TEXT":
                return [tok.value[1:-1].replace('""', '"')]
            if tok.subtype == "LOGICAL":
                return [tok.value.upper() == "TRUE"]
            if tok.subtype == "RANGE":
                return list(self.book.range_values(tok.value, self.sheet, self.depth))
            raise _Unknown
        if tok.type == "FUNC" and tok.subtype == "OPEN":
            name = tok.value[:-1].upper().removeprefix("_XLFN.")
            args: list[list[Value]] = []
            if (nxt := self.peek()) is not None and nxt.type == "FUNC" and nxt.subtype == "CLOSE":
                self.take()
                return [_call(name, args)]
            while True:
                args.append(self.argument())
                sep = self.take()
                if sep.type == "FUNC" and sep.subtype == "CLOSE":
                    return [_call(name, args)]
                if not (sep.type == "SEP" and sep.subtype == "ARG"):
                    raise _Unknown
        if tok.type == "PAREN" and tok.subtype == "OPEN":
            v = self.expression()
            close = self.take()
            if not (close.type == "PAREN" and close.subtype == "CLOSE"):
                raise _Unknown
            return [v]
        raise _Unknown

    def argument(self) -> list[Value]:
        """A function's argument: a bare range stays a list of cells; anything else is one value."""
        tok, after = self.peek(), (self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None)
        if tok is not None and tok.type == "OPERAND" and tok.subtype == "RANGE" and after is not None and (
                after.type in ("SEP", "FUNC") and after.subtype in ("ARG", "CLOSE")):
            return self.values()
        return [self.expression()]


def _text(v: Value) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


class FormulaValues:
    """The value of each formula cell saved without one, computed on demand (each cell once).

    ``values`` is the workbook loaded with its saved values, ``formulas`` the same loaded with its
    formulas (openpyxl ``data_only=False``)."""

    def __init__(self, values: Any, formulas: Any) -> None:
        self.values, self.formulas = values, formulas
        self.done: dict[tuple[str, int, int], Value] = {}
        self.busy: set[tuple[str, int, int]] = set()
        self.steps = 0
        self.computed = self.failed = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > _MOST_STEPS:
            raise _Unknown

    def missing(self, sheet: str, row: int, col: int) -> bool:
        """Whether the cell holds a formula saved without its value."""
        if sheet not in self.formulas.sheetnames:
            return False
        f = self.formulas[sheet].cell(row, col).value
        return isinstance(f, str) and f.startswith("=") and self.values[sheet].cell(row, col).value is None

    def value(self, sheet: str, row: int, col: int) -> Value:
        """The cell's value: the saved one, else its formula's (None where it cannot be computed)."""
        try:
            return self._value(sheet, row, col, 0)
        except (_Unknown, RecursionError, OverflowError, ValueError, ArithmeticError):
            return None

    def counted(self, sheet: str, row: int, col: int) -> Value:
        """``value`` for a cell a reader prints, counted for the file's report."""
        v = self.value(sheet, row, col)
        if v is None:
            self.failed += 1
        else:
            self.computed += 1
        return v

    def _value(self, sheet: str, row: int, col: int, depth: int) -> Value:
        saved = self.values[sheet].cell(row, col).value
        if saved is not None or not self.missing(sheet, row, col):
            return saved if not isinstance(saved, int) or isinstance(saved, bool) else float(saved)
        key = (sheet, row, col)
        if key in self.done:
            if self.done[key] is None:
                raise _Unknown
            return self.done[key]
        if key in self.busy or depth > _MOST_DEPTH:
            raise _Unknown  # (a cycle, or a chain too long to follow)
        from openpyxl.formula.tokenizer import Tokenizer, TokenizerError

        self.busy.add(key)
        try:
            try:
                tokens = [t for t in Tokenizer(self.formulas[sheet].cell(row, col).value).items if t.type != "WHITE-SPACE"]
            except TokenizerError:
                raise _Unknown from None
            parser = _Parser(tokens, self, sheet, depth + 1)
            v = parser.expression()
            if parser.peek() is not None or (isinstance(v, float) and not math.isfinite(v)):
                raise _Unknown
        except _Unknown:
            self.done[key] = None
            raise
        finally:
            self.busy.discard(key)
        v = 0.0 if v is None else v  # (a formula reading an empty cell shows 0)
        self.done[key] = v
        return v

    def range_values(self, ref: str, sheet: str, depth: int) -> Iterator[Value]:
        """Each cell of a reference ("D5", "$D$5:D25", "分配表!D5:D25"), within the sheet's used area."""
        from openpyxl.utils.cell import range_boundaries

        if "!" in ref:
            sheet, ref = ref.rsplit("!", 1)
            sheet = sheet.strip("'").replace("''", "'")
        if sheet not in self.values.sheetnames or "[" in sheet:
            raise _Unknown  # (another workbook, or a sheet this one lacks)
        try:
            c0, r0, c1, r1 = range_boundaries(ref.replace("$", ""))
        except (ValueError, TypeError):
            raise _Unknown from None  # (a defined name, a whole row …)
        ws = self.values[sheet]
        c0, r0 = c0 or 1, r0 or 1
        c1, r1 = min(c1 or ws.max_column, ws.max_column or 1), min(r1 or ws.max_row, ws.max_row or 1)
        if (c1 - c0 + 1) * (r1 - r0 + 1) > _MOST_CELLS:
            raise _Unknown
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                self.step()  # (each cell a range reads counts: ten thousand sums over a whole sheet are refused)
                yield self._value(sheet, r, c, depth)
