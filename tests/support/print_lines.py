"""Printed lines for the PDF and scan fixtures: a paragraph broken to a width the way a typesetter
would, never inside a run of digits or Latin letters and never starting a line with closing
punctuation; the CJK font a scan is drawn with, and a scanned notice's lines."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

NO_LINE_START = frozenset("，。；：、）》”！？")  # punctuation that may not begin a printed line


def tokens(text: str) -> list[str]:
    """Splits text into CJK characters and unbroken runs of digits/Latin letters (phone numbers, dates)."""
    out: list[str] = []
    for ch in text:
        if out and ch.isascii() and ch != " " and out[-1][-1].isascii():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text: str, width_of: Callable[[str], float], max_width: float,
         no_line_start: Collection[str] = NO_LINE_START) -> list[str]:
    """Breaks a paragraph into lines no wider than ``max_width`` (as ``width_of`` measures them)."""
    lines: list[str] = []
    line = ""
    for tok in tokens(text):
        if line and width_of(line + tok) > max_width and tok not in no_line_start:
            lines.append(line)
            line = tok
        else:
            line += tok
    lines.append(line)
    return lines


FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")]


def find_cjk_font() -> tuple[str, int] | None:
    """Returns (path, index) of a Simplified Chinese font face on this machine, or None."""
    from PIL import ImageFont

    candidates: list[Path] = []
    for d in FONT_DIRS:
        p = Path(d)
        if p.is_dir():
            candidates += sorted(p.rglob("*CJK*Regular.tt[cf]")) + sorted(p.rglob("*CJK*.otf"))
            candidates += sorted(p.rglob("wqy*.tt[cf]"))
    for path in candidates:
        for index in range(8):
            try:
                f = ImageFont.truetype(str(path), 20, index=index)
            except OSError:
                break
            family = f.getname()[0]
            if family.endswith(" SC") or "WenQuanYi" in family or "Zen Hei" in family:
                return str(path), index
    return None


def notice_lines(title_lines: Sequence[str], number: str, paragraphs: Sequence[str], sign: Sequence[str],
                 body_px: int, width: float, no_line_start: Collection[str]) -> list[tuple[str, str]]:
    """The lines of a scanned notice, as (kind, text): its title, 文号, indented paragraphs broken to
    ``width`` in the CJK font at ``body_px``, and its signature."""
    from PIL import ImageFont

    found = find_cjk_font()
    if found is None:
        raise SystemExit("no CJK font on this machine (fc-list :lang=zh)")
    body = ImageFont.truetype(found[0], body_px, index=found[1])
    lines: list[tuple[str, str]] = [("title", t) for t in title_lines] + [("number", number)]
    for para in paragraphs:
        lines += [("body", line) for line in wrap("　　" + para, body.getlength, width, no_line_start)]
    return lines + [("sign", t) for t in sign]


# Chinese line breaking for the city fixtures' printed pages: what may not start or end a line.
CJK_NO_LINE_START = frozenset("，。；：、）》”！？%〕」·〉")
CJK_NO_LINE_END = frozenset("“《（〔「")


def wrap_cjk(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    """print_lines.wrap, then an opening bracket or quote left at a line end moves to the next line."""
    lines = wrap(text, width_of, max_width, CJK_NO_LINE_START)
    for k in range(len(lines) - 1):
        while lines[k] and lines[k][-1] in CJK_NO_LINE_END:
            lines[k + 1] = lines[k][-1] + lines[k + 1]
            lines[k] = lines[k][:-1]
    return lines


def cjk_face(serif: bool = False, bold: bool = False) -> tuple[str, int]:
    """(path, index) of the SC face of Noto Sans/Serif CJK next to the font find_cjk_font picks."""
    from PIL import ImageFont

    found = find_cjk_font()
    if found is None:
        raise SystemExit("no CJK font on this machine (fc-list :lang=zh)")
    if not serif and not bold:
        return found
    name = ("NotoSerifCJK-" if serif else "NotoSansCJK-") + ("Bold.ttc" if bold else "Regular.ttc")
    path = Path(found[0]).with_name(name)
    if not path.exists():
        return found
    for index in range(10):
        try:
            f = ImageFont.truetype(str(path), 20, index=index)
        except OSError:
            break
        if f.getname()[0].endswith(" SC"):
            return str(path), index
    return found
