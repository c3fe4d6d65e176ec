"""The refusal: "文件中未找到相关规定", the closest notices, and whom to ask."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.issuers import org_mentions
from prompts import REFUSAL
from rag.schema import Hit, RelatedNotice

# "牵头单位：县财政局、发改局": a labelled field (not "各责任单位责任人要切实…", a sentence).
_RESPONSIBLE = re.compile(r"(?:牵头单位|责任单位|负责单位|联系单位)[:：]\s*([\u4e00-\u9fff、（）()]{2,60})")


# A request about the assistant itself (its instructions, prompt, rules), often with an order to
# drop them: no notice answers it, so it is refused before retrieval.
_ABOUT_ME_RE = re.compile(
    r"(?:忽略|无视|忘记|忘掉|不要理会|跳过)(?:你|掉)?(?:以上|之前|上面|前面|上述|先前|所有|全部)?的?(?:所有)?"
    r"(?:指令|指示|要求|规则|设定|提示|说明|限制)|(?:系统|你的|初始|原始)(?:提示词|提示语|指令|设定|prompt)|提示词|"
    r"system\s*prompt|ignore\s+(?:all\s+)?(?:the\s+)?(?:previous|above|prior)\s+instructions|jailbreak|越狱",
    re.IGNORECASE)
ABOUT_ME_REPLY = f"{REFUSAL}。本助手只依据已收录的政策文件回答政策问题，不讨论自身的设置或指令。"


# What such a request says besides: asking to show or tell.
_ABOUT_ME_FILLER_RE = re.compile(r"告诉我|输出|打印|显示|说出|列出|复述|重复|你的|你|我|请|直接|回答|内容|是什么|全文|完整|"
                                 r"系统|提示|一下|的|吗|呢|了|[\s\W\d_a-zA-Z]")


def about_the_assistant(question: str) -> bool:
    """Whether a question only asks for the assistant's instructions or tells it to drop them (a
    policy question that comes with such words is answered: the system prompt never changes)."""
    if _ABOUT_ME_RE.search(question) is None:
        return False
    rest = _ABOUT_ME_FILLER_RE.sub("", _ABOUT_ME_RE.sub("", question))
    return len(rest) < 6


def related_notices(hits: Sequence[Hit], limit: int = 3) -> tuple[RelatedNotice, ...]:
    """The first ``limit`` distinct notices among the hits, in rank order."""
    seen: dict[str, RelatedNotice] = {}
    for h in hits:
        c = h.chunk
        if c.doc_id not in seen and len(seen) < limit:
            seen[c.doc_id] = RelatedNotice(c.doc_number, c.title, c.issuer, c.date)
    return tuple(seen.values())


def _units(field: str) -> list[str]:
    """The units a "牵头单位：" field lists, each once and with its brackets whole ("各县（区）人民政府
    （管委会）", not "各县（区）人民政府（管委会")."""
    out = []
    for unit in re.split(r"[、，,]", field):
        unit = unit.strip()
        while unit and (unit[-1] in "（(" or (unit[-1] in "）)" and unit.count("（") + unit.count("(")
                                                  < unit.count("）") + unit.count(")"))):
            unit = unit[:-1]
        if unit.count("（") > unit.count("）"):
            unit += "）"
        if len(unit) >= 2:
            out.append(unit)
    return out


def refusal_text(hits: Sequence[Hit], missing: Sequence[str] = (), closest: str = "") -> str:
    """The refusal, with the closest notices and the units (responsible ones first) to contact;
    ``missing``: the 文号 the question names that no notice of the library has; ``closest``: what the closest
    notice says of the asker's case, where it leaves it out ("…不适用本办法")."""
    related = related_notices(hits)
    head = f"{REFUSAL}。" + (f"文件库中没有{'、'.join(missing)}。" if missing else "") + closest
    if not related:
        return head
    lines = [head, "", "相关文件（供参考）："]
    for r in related:
        # (a 解读 deck or page may state no issuer or date: nothing is printed for them)
        said = "，".join(x for x in (r.issuer, r.date or "") if x)
        lines.append(f"- 《{r.title}》{('（' + r.doc_number + '）') if r.doc_number else ''}" + (f"，{said}" if said else ""))
    units = [unit for h in hits[:3] for m in _RESPONSIBLE.finditer(h.text) if org_mentions(m.group(1))
             for unit in _units(m.group(1))]
    # (a joint notice's issuers one by one: two notices of the same bodies name each once)
    issuers = [i for i in dict.fromkeys([*list(dict.fromkeys(units))[:3],
                                         *(i for r in related for i in re.split(r"[、，,\s]+", r.issuer))]) if i]
    if issuers:
        lines.append(f"如需进一步了解，可咨询：{'、'.join(issuers)}。")
    return "\n".join(lines)
