"""Units a rate is asked and stated in: "一度电多少钱" asks a price per kWh, which a notice writes "0.4770元/kW·h",
"每千瓦时0.8元" or "元/度"; "每小时" asks one per hour ("2元/小时", "每课时60元"). Every rule about the unit a
question asks per, and the forms notices write it in, lives here.
"""

from __future__ import annotations

import re

# (what a question asks per, the forms a passage states a rate per that unit in)
_PER_UNIT = (
    # (一度 alone is "for a time": "一度停发")
    (re.compile(r"[每一]度电|每度(?!过)|一度(?=多少|收|要|是|的?价)|[每一]千瓦时"),
     re.compile(r"[/／每]\s*[（(]?\s*(?:度|千瓦\s*[·•]?\s*时|kW\s*[·•]?\s*h|kwh)", re.I)),
    (re.compile(r"每(?:半|个)?小时|一个?小时(?:收|要|多少)"), re.compile(r"小时|课时|[/／]\s*时")),
    (re.compile(r"[每一](?:立方米?|方|吨)(?:水|气|天然气)?(?=收|要|多少|是|的|价)"),
     re.compile(r"立方米|m³|m3|[/／每]\s*(?:方|吨|立方)")),
    (re.compile(r"[每一]公里"), re.compile(r"公里|千米|km", re.I)),
    (re.compile(r"每平方?米?|[每一]平方米|每平(?!台|安|等)"), re.compile(r"平方米|㎡|m²|m2|平米")),
)

# the unit an amount is asked per as a word of the question ("每小时", "一年", "每平方米"): no word of what
# the amount is of
RATE_UNIT_RE = re.compile(r"[每一]?个?(?:小时|平方米?|立方米?|公里|千瓦时|度|年|月|天|日|周|吨)")


def rate_of_another_unit(asked: str, stated: str) -> bool:
    """Whether a question asks a rate per a unit (``asked``: "一度电收多少钱") that a text (``stated``)
    gives no rate per: "交流75元/千瓦" is per kilowatt of a charger built, "0.05元/千瓦时" no price per hour."""
    return any(unit.search(asked) and not rate.search(stated) for unit, rate in _PER_UNIT)
