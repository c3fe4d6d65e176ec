"""A 政务服务 matter (办事指南) as a portal's API returns it: an object whose fields carry the guide's parts under
short pinyin names (``sxmc`` 事项名称, ``sltj`` 受理条件, ``sqcl`` 申请材料, ``cnsx`` 承诺时限, ``zxdh`` 咨询电话 …).

Such an object holds no one body of prose: its facts are its fields. It is read as the guide a portal page
prints: a labelled line per field ("承诺办结时限：10个工作日"), a list's items numbered, a material's own fields
on its line, in the order the object gives them; its title is the matter's name. A field holding notices of its
own (a 相关政策 list, each with its 正文) is left to be read as those notices. The names were collected by hand
from the fields 一网通办 systems print beside them; a name not listed is not read as the guide's.
"""

from __future__ import annotations

import html
import re
from typing import Any

# A guide's fields by their pinyin names (lowercase, "_" and "-" taken out), with the labels a guide prints.
GUIDE_LABELS: dict[str, str] = {
    "sxmc": "事项名称", "sxbm": "事项编码", "sxlx": "事项类型", "sszt": "实施主体", "ssjg": "实施机关",
    "xzqh": "行政区划", "fwdx": "服务对象", "bjlx": "办件类型", "sltj": "受理条件", "sqtj": "申请条件",
    "sqcl": "申请材料", "clmc": "材料名称", "fs": "份数", "clxs": "材料形式", "bz": "备注", "bllc": "办理流程",
    "fdsx": "法定办结时限", "fdbjsx": "法定办结时限", "cnsx": "承诺办结时限", "cnbjsx": "承诺办结时限",
    "sfsf": "是否收费", "sfbz": "收费标准", "zxdh": "咨询电话", "zxfs": "咨询方式", "jdtsdh": "监督投诉电话",
    "tsdh": "投诉电话", "jdts": "监督投诉方式", "bldd": "办理地点", "blsj": "办理时间", "sdyj": "设定依据",
    "wsbl": "网上办理", "wsbldz": "网上办理地址", "ckbl": "窗口办理", "tbcx": "特别程序", "bjgx": "办结结果",
    "spjg": "审批结果", "jgmc": "结果名称", "dcsx": "到场次数", "sfyy": "是否需要预约",
}
# The fields that tell a guide from any other record (at least _LEAST of them present)
_TELLING = frozenset({"sxmc", "sltj", "sqtj", "sqcl", "bllc", "fdsx", "cnsx", "sfbz", "zxdh", "bldd", "blsj", "sdyj"})
_LEAST = 4
_TAG_RE = re.compile(r"<[^>]+>")
_SCRIPT_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_MOST_ITEMS = 200  # items of one list field read


def _norm(key: str) -> str:
    return re.sub(r"[-_]", "", str(key)).lower()


def is_matter(obj: Any) -> bool:
    """Whether a JSON object is a 办事指南 by its fields' names."""
    return isinstance(obj, dict) and sum(_norm(k) in _TELLING for k in obj) >= _LEAST


def _text(value: Any) -> str:
    """A scalar field's words (its markup taken out), "" for none."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if not isinstance(value, str):
        return ""
    value = _SCRIPT_RE.sub(" ", value)  # (a script's or a style's body is no words of the guide)
    return re.sub(r"\s+", " ", html.unescape(_TAG_RE.sub(" ", value))).strip()


def _item(value: Any, depth: int = 0) -> str:
    """One item of a list field: a string, or an object's labelled fields on one line ("农村户用…申请表（原件1份；
    村民委员会签署意见）"), or a list's items joined ("；")."""
    if isinstance(value, list) and depth < 4:
        return "；".join(t for v in value[:_MOST_ITEMS] if (t := _item(v, depth + 1)))
    if not isinstance(value, dict):
        return _text(value)
    said = [(GUIDE_LABELS.get(_norm(k), ""), _text(v)) for k, v in value.items() if _text(v)]
    if not said:
        return ""
    (_, first), rest = said[0], said[1:]
    return first + (f"（{'；'.join(f'{label}：{t}' if label else t for label, t in rest)}）" if rest else "")


def _holds_notices(value: Any) -> bool:
    """Whether a list field holds records of their own (objects with a body: a 相关政策 list), read apart."""
    return isinstance(value, list) and any(
        isinstance(v, dict) and any(isinstance(x, str) and len(_TAG_RE.sub("", x)) >= 80 for x in v.values())
        for v in value)


def matter_html(obj: dict[str, Any]) -> str:
    """The guide's fields as the paragraphs a portal page prints them in (HTML, read as a page's article)."""
    out: list[str] = []
    for key, value in obj.items():
        label = GUIDE_LABELS.get(_norm(key))
        if label is None or _holds_notices(value):
            continue
        if isinstance(value, list):
            items = [t for t in (_item(v) for v in value[:_MOST_ITEMS]) if t]
            if items:
                out.append(f"<p>{label}：</p>")
                out += [f"<p>{n}. {html.escape(_ended(t))}</p>" for n, t in enumerate(items, start=1)]
        elif isinstance(value, str) and _TAG_RE.search(value):
            # a field written as markup (the 办理流程's steps, one a paragraph): its paragraphs kept
            out.append(f"<p>{label}：</p>{_SCRIPT_RE.sub(' ', value)}")
        elif text := _text(value):
            out.append(f"<p>{label}：{html.escape(_ended(text))}</p>")
    return "".join(out)


def _ended(text: str) -> str:
    """A field's value as a sentence of its own (a guide's fields print no 。; the next field's line is not the rest
    of it: "咨询电话：0434-5236718。" | "监督投诉电话：12345。")."""
    return text if text.endswith(("。", "；", "！", "？", "…")) else text + "。"


def matter_title(obj: dict[str, Any]) -> str:
    """The matter's name ("农村户用卫生厕所改造奖补申请"), "" where it has none."""
    return next((_text(v) for k, v in obj.items() if _norm(k) in ("sxmc", "sxqc")), "")
