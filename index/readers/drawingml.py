"""Charts and SmartArt diagrams of Office Open XML files (a Word page's, a slide's), read the way their reader reads
the picture: a chart as its title and its cached figures as a table (a header of "项目" or the category axis's title and
the series' names, a row per category), a SmartArt diagram as one line per step with its details after it ("农户申请：
每年3月1日至5月31日向村民委员会提出"). Read with lxml from the parts the page relates to; parts are input (no entity is
resolved) and hostile sizes are capped.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

from index.readers.xlsx import DECIMALS_RE, MOST_FORMAT, MOST_PLACES, printed

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DIAGRAM_URI = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DSP = "{http://schemas.microsoft.com/office/drawing/2008/diagram}"
_DIAGRAM_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
_MOST_PART_BYTES = 16 * 1024 * 1024  # a chart's or a diagram's part read at most
_MOST_SERIES = 50  # a chart's series read at most (a hostile cache is capped, not read to the end)
_MOST_POINTS = 1000  # points of one series read at most
_MOST_NODES = 2000  # points of a diagram read at most
_MOST_GRAPHICS = 200  # charts and diagrams of one file read at most


def parse_part(blob: bytes) -> Any:
    """The root element of a part's XML, or None for one too large or not XML (entities are never
    resolved: a part is input, not a reference to other files)."""
    import lxml.etree

    if len(blob) > _MOST_PART_BYTES:
        return None
    try:
        return lxml.etree.fromstring(blob, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None


def _related_part(owner: Any, rid: str) -> Any:
    """The part ``owner`` (a Word document's or a slide's part) relates to by ``rid``, or None (python-docx keeps a
    mapping of them, python-pptx raises KeyError for an unknown id)."""
    if not rid:
        return None
    mapping = getattr(owner, "related_parts", None)
    if mapping is not None:
        return mapping.get(rid)
    try:
        return owner.related_part(rid)
    except KeyError:
        return None


class Graphics:
    """What one file's charts and diagrams have said so far: the warnings for its report, and the parts read (each
    read once however many frames show it; at most _MOST_GRAPHICS a file)."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.read: set[str] = set()


def _related_root(owner: Any, rid: str, what: str, seen: Graphics) -> tuple[Any, str]:
    """The parsed part a relationship of ``owner`` points to, with its file name; (None, "") for a broken link (no
    such relationship: skipped quietly), a part read before in the file (its figures are said once), and a part that
    is not XML or too large or past the file's budget of graphics (named in the warnings)."""
    part = _related_part(owner, rid)
    if part is None:
        return None, ""
    name = str(part.partname)
    inner = name.rsplit("/", 1)[-1]
    if name in seen.read:
        return None, ""
    if len(seen.read) >= _MOST_GRAPHICS:
        seen.warnings.append(f"more than {_MOST_GRAPHICS} charts and diagrams: the rest not read")
        return None, ""
    seen.read.add(name)
    root = parse_part(part.blob)
    if root is None:
        seen.warnings.append(f"{what} ({inner}): not read (damaged or too large)")
    return root, inner


def chart_lines(owner: Any, graphic: Any, seen: Graphics) -> list[str]:
    """A chart in the page ("各县（市、区）任务详见下图"), read the way its reader reads the picture: its title,
    then its figures as a table, a row per category and a column per series. The figures are the chart's own
    cached copy of them; a chart without one (its data only in a workbook elsewhere) is skipped quietly."""
    ref = graphic.find(f"{_C}chart")
    root, inner = _related_root(owner, ref.get(f"{_R}id") or "" if ref is not None else "", "a chart", seen)
    chart = root.find(f"{_C}chart") if root is not None else None
    if chart is None or (plot := chart.find(f"{_C}plotArea")) is None:
        return []
    rows = _chart_rows(plot)
    if not rows:
        return []
    seen.warnings.append(f"a chart ({inner}) read in its place as a table")
    title = _title_text(chart.find(f"{_C}title"))
    return ([title] if title else []) + rows


def _chart_rows(plot: Any) -> list[str]:
    """The table of a chart's plot area: a header (the category axis's title, else "项目", then the
    series' names) and one tab-separated row per category, the values as the chart prints them."""
    series = []
    for k, ser in enumerate(plot.iter(f"{_C}ser")):
        if k >= _MOST_SERIES:
            break
        values = _cache(_first(ser, "val", "yVal"))
        if values:
            series.append((_series_name(ser), _cache(_first(ser, "cat", "xVal")), values))
    if not series:
        return []
    categories = next((cats for _, cats, _ in series if cats), {})
    count = 1 + max(max(points) for _, cats, values in series for points in (cats, values) if points)
    names = [n or (f"系列{k + 1}" if len(series) > 1 else "数值") for k, (n, _, _) in enumerate(series)]
    axis = next((t for ax in ("catAx", "dateAx", "serAx") if (t := _title_text(plot.find(f"{_C}{ax}/{_C}title")))), "")
    rows = ["\t".join([axis or "项目", *names])]
    for i in range(count):
        cells = [values.get(i, "") for _, _, values in series]
        if any(cells):
            rows.append("\t".join([categories.get(i, str(i + 1)), *cells]))
    return rows


def _first(el: Any, *names: str) -> Any:
    """The first child of ``el`` with one of the chart ``names``, or None."""
    return next((c for n in names if (c := el.find(f"{_C}{n}")) is not None), None)


def _cache(el: Any) -> dict[int, str]:
    """The points a chart keeps of a reference or a literal (``c:strCache``, ``c:numCache``, ``c:strLit``,
    ``c:numLit``; a multi-level category's innermost level), by index: numbers printed with their format
    code ("General" 3150.0 as 3150, "0.0%" 0.125 as 12.5%), text as written. At most _MOST_POINTS."""
    if el is None:
        return {}
    cache = next(el.iter(f"{_C}strCache", f"{_C}numCache", f"{_C}strLit", f"{_C}numLit", f"{_C}lvl"), None)
    if cache is None:
        return {}
    number = cache.tag in (f"{_C}numCache", f"{_C}numLit")
    code = (cache.findtext(f"{_C}formatCode") or "")[:MOST_FORMAT]
    out: dict[int, str] = {}
    for pt in cache.iterchildren(f"{_C}pt"):
        idx, v = pt.get("idx") or "", (pt.findtext(f"{_C}v") or "").strip()
        if idx.isdecimal() and len(idx) <= 6 and int(idx) < _MOST_POINTS and v:
            out[int(idx)] = _printed_number(v, (pt.get("formatCode") or "")[:MOST_FORMAT] or code) if number else v
        if len(out) >= _MOST_POINTS:
            break
    return out


def _printed_number(v: str, code: str) -> str:
    """A cached value as the chart prints it: a date format's day number as a date, a format with decimals
    rounded to them, else by the spreadsheet reader's rules (``index.readers.xlsx.printed``: 3150.0 as 3150,
    0.4 under "0%" as 40%); a value that is not a number of a printable size stays as written."""
    import math

    try:
        value = float(v)
    except ValueError:
        return v
    if not math.isfinite(value) or abs(value) >= 1e15:  # (no chart prints such a figure: left as written)
        return v
    shown = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)  # (quoted text, [colour] and escapes aside)
    if _DATE_CODE.search(shown) and 0 < value < 2958466:
        return printed(dt.datetime(1899, 12, 30) + dt.timedelta(days=value))  # (a date axis: Excel's day numbers)
    if (m := DECIMALS_RE.search(shown)) is None:
        return printed(value, "" if code.lower() == "general" else code)
    # (a format with decimals rounds half up from the value as written, as Excel does: 87.25 under "0.0" is 87.3)
    exact = decimal.Decimal(v) * (100 if "%" in shown else 1)
    try:
        text = str(exact.quantize(decimal.Decimal(1).scaleb(-min(len(m.group(1)), MOST_PLACES)), decimal.ROUND_HALF_UP))
    except decimal.InvalidOperation:  # (more digits than a printed figure has)
        return printed(value, code)
    return text + ("%" if "%" in shown else "")


_DATE_CODE = re.compile(r"[yd]", re.I)  # a format code that prints a date


def _series_name(ser: Any) -> str:
    """A series' name (``c:tx``: a reference's cached text or the text itself), or ""."""
    tx = ser.find(f"{_C}tx")
    if tx is None:
        return ""
    cached = _cache(tx)
    return " ".join(cached[k] for k in sorted(cached)) if cached else (tx.findtext(f"{_C}v") or "").strip()


def _title_text(title: Any) -> str:
    """The text of a chart's or an axis's title (``c:tx``: rich text, paragraphs joined by a space, or a
    reference's cached text), or ""."""
    if title is None:
        return ""
    tx = title.find(f"{_C}tx")
    if tx is None:
        return ""
    rich = tx.find(f"{_C}rich")
    if rich is None:
        cached = _cache(tx)
        return " ".join(cached[k] for k in sorted(cached))
    return re.sub(r"\s+", " ", " ".join(_drawing_paragraphs(rich))).strip()


def _drawing_paragraphs(el: Any) -> list[str]:
    """The non-empty DrawingML paragraphs (``a:p``) under ``el``, each its runs' text."""
    paragraphs = ("".join(t.text or "" for t in p.iter(f"{_A}t")).strip() for p in el.iter(f"{_A}p"))
    return [t for t in paragraphs if t]


def diagram_lines(owner: Any, graphic: Any, seen: Graphics) -> list[str]:
    """A SmartArt diagram in the page ("申报流程详见下图"), read as its reader reads the figure: one line per
    step, in the diagram's order, with what the step's box and its sub-boxes say after it ("农户申请：每年3月1日
    至5月31日向村民委员会提出"). The texts are read from the diagram's data part; the drawing Word keeps of it
    (the same texts placed in shapes) only when the data gives none."""
    ids = graphic.find(f"{_DGM}relIds")
    if ids is None:
        return []
    root, inner = _related_root(owner, ids.get(f"{_R}dm") or "", "a SmartArt diagram", seen)
    lines = _diagram_lines(root) if root is not None else []
    if not lines:
        drawing = _diagram_drawing(owner, root, ids)
        lines = _drawing_lines(drawing) if drawing is not None else []
        inner = str(drawing.partname).rsplit("/", 1)[-1] if drawing is not None else inner
    if lines:
        seen.warnings.append(f"a SmartArt diagram ({inner}) read in its place")
    # (each box a sentence of its own: a box ends where its shape does, though its words end on no 。, and the
    # next box's line is not the rest of it)
    return [ln if ln.endswith(_BOX_ENDS) else ln + "。" for ln in lines]


_BOX_ENDS = ("。", "；", "！", "？", "…", "：")


def _diagram_lines(data: Any) -> list[str]:
    """The lines of a diagram's data model: each top-level point with the texts under it, in the order the
    connections give (``dgm:cxn`` of type parOf from the document point, children by ``srcOrd``). A diagram
    with a single top box (an org chart's 领导小组) gives that box a line and each box under it one.
    Points no connection reaches are read after, in the order they are written."""
    texts: dict[str, str] = {}
    root_id = ""
    for pt in data.iter(f"{_DGM}pt"):
        kind, model = pt.get("type") or "node", pt.get("modelId") or ""
        if kind == "doc" and not root_id:
            root_id = model
        elif kind in ("node", "asst") and len(texts) < _MOST_NODES:
            t = pt.find(f"{_DGM}t")
            texts[model] = _joined(_drawing_paragraphs(t)) if t is not None else ""
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in data.iter(f"{_DGM}cxn"):
        if (cxn.get("type") or "parOf") == "parOf":
            order = cxn.get("srcOrd") or "0"
            children.setdefault(cxn.get("srcId") or "", []).append((int(order) if order.isdecimal() and len(order) <= 9 else 0,
                                                                     cxn.get("destId") or ""))
    tree = {src: [d for _, d in sorted(kids, key=lambda k: k[0])] for src, kids in children.items()}
    seen: set[str] = {root_id}
    top = [k for k in tree.get(root_id, []) if k in texts]
    if len(top) == 1 and tree.get(top[0]):
        seen.add(top[0])
        lines = [texts[top[0]]] if texts[top[0]] else []
        top = [k for k in tree[top[0]] if k in texts]
    else:
        lines = []
    lines += [t for k in top if (t := _node_text(k, texts, tree, seen))]
    lines += [texts[k] for k in texts if k not in seen and texts[k]]  # (points without connections)
    return lines


def _node_text(node: str, texts: dict[str, str], tree: dict[str, list[str]], seen: set[str], depth: int = 0) -> str:
    """A point's text with its children's after it (depth-first), each point read once (a cyclic or shared
    connection in a hostile part does not repeat or loop)."""
    if node in seen or node not in texts or depth > 50:
        return ""
    seen.add(node)
    kids = [t for k in tree.get(node, []) if (t := _node_text(k, texts, tree, seen, depth + 1))]
    return _joined([texts[node], *kids]) if texts[node] else _joined(kids, head=False)


def _joined(parts: list[str], head: bool = True) -> str:
    """Texts of one step as one line: the first (the step's name) then "：" and the others joined by "；"
    ("县级验收：竣工后20个工作日内组织验收"); no mark is added after text that ends in one already. Without
    a ``head`` all are joined by "；"."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    out = parts[0]
    for k, p in enumerate(parts[1:]):
        out += p if out[-1] in "。；;：:，,、" else ("：" if head and k == 0 else "；") + p
    return out


def _diagram_drawing(owner: Any, data: Any, ids: Any) -> Any:
    """The drawing part Word keeps of a diagram: the one its data part names (``dsp:dataModelExt``), else the
    document's one diagram drawing or the one numbered as the diagram's layout part (drawing2.xml for
    layout2.xml); None if none is found."""
    ext = next(data.iter(f"{_DSP}dataModelExt"), None) if data is not None else None
    if ext is not None and (part := _related_part(owner, ext.get("relId") or "")) is not None:
        return part
    drawings = [r.target_part for r in owner.rels.values()
                if r.reltype == _DIAGRAM_DRAWING and not r.is_external]
    if len(drawings) == 1:
        return drawings[0]
    numbers = {re.sub(r"\D", "", str(part.partname).rsplit("/", 1)[-1])
               for a in ("lo", "qs", "cs") if (part := _related_part(owner, ids.get(f"{_R}{a}") or "")) is not None}
    return next((d for d in drawings if re.sub(r"\D", "", str(d.partname).rsplit("/", 1)[-1]) in numbers - {""}), None)


def _drawing_lines(part: Any) -> list[str]:
    """The texts of a diagram's drawing part, one line per shape that has any, in the order of its shapes."""
    root = parse_part(part.blob)
    if root is None:
        return []
    return [t for sp in root.iter(f"{_DSP}sp") if (t := _joined(_drawing_paragraphs(sp)))][:_MOST_NODES]
