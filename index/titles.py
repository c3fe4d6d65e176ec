"""Titles of official documents: the rule lives here and only here.

How a notice title starts (关于/印发 …) and ends (…的通知), how an issued plan's title ends
(…实施方案), how a cover names what it issues (现将《…》印发给你们), and the one comparison form
of a title (``normalize_title``) used by the parser, the retriever and the evaluation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.cleaning import join_wrapped, squeeze_spaces
from index.issuers import ORG

# Start of a notice title: "关于…", "印发…", or an issuer glued to "关于/印发".
TITLE_START_RE = re.compile(rf"^(?:{ORG})*\s*(?:关于|印发|转发|批转)")
# Document-type word that ends a notice title.
TITLE_END_RE = re.compile(r"(?:通知|决定|意见|公告|通告|通报|批复|报告|命令|函|办法|规定|方案|决议)$")
# A notice with no 文号: "中共某县委员会干部任前公示公告(2022)第七号" printed as its own title.
UNNUMBERED_TITLE_RE = re.compile(
    r"^[\u4e00-\u9fff“”《》、]{4,60}(?:公告|通告|公示)\s*(?:[（(]\d{4}[）)]\s*第[0-9一二三四五六七八九十]{1,4}号)?$"
)
# Words that end the title of an issued plan/regulation.
PLAN_TITLE_END_RE = re.compile(
    r"(?:方案|计划|办法|意见|规划|规定|细则|安排|政策|目录|措施|规则|制度|清单|分工|标准|要点|纲要|表|建设项目|（试行）|\(试行\)|（修订）"
    r"|明白纸|明白卡|宣传手册|服务手册)$"
)

# A book-title-marked name, allowing one nested level printed as 《》, 〈〉 or <>.
BOOK_TITLE_RE = re.compile(r"《([^《》]{2,80}?(?:《[^《》]*》[^《》]*?)?)》")
# The cover names what it issues as a run of 《…》 right before "已经/已/印发" or after "现将":
# "《A》《B》和《C》已经市人民政府研究", "现将《A》印发给你们". Titles cited as grounds
# ("根据《…》精神") are not followed by these verbs and stay out.
_RUN = r"(?:《[^《》]{2,80}?(?:《[^《》]*》[^《》]*?)?》\s*(?:和|、|及|以及|，|,)?\s*)+"
ISSUED_RUN_RE = re.compile(
    rf"(?:现将|现把|将)(?P<run>{_RUN})(?=印发|转发|发给|予以)"
    rf"|(?P<run2>{_RUN})(?=已经|已由|已|经|现印发|印发)"
)
# The title of a page that restates notices for the public rather than issuing one: a 政策解读, a 问答, a
# graphic ("一图读懂《…》", "图解｜…", "2026年10月热点问答").
_RESTATING_TITLE_RE = re.compile(r"解读|问答|答问|问与答|一图读懂|一文读懂|一文看懂|划重点|图解")
# A page's own word that it restates a notice: its 问/答 pairs, or the notice it rests on ("政策依据：《…》")
_FAQ_LINE_RE = re.compile(r"^\s*问\s*[：:]", re.M)
_GROUNDS_LINE_RE = re.compile(r"^\s*(?:政策|文件)?依据\s*[：:]\s*《", re.M)


def restates_notices(title: str) -> bool:
    """Whether a title is a page's that restates notices ("《…办法》政策解读", "2026年10月热点问答"), not a
    notice's own, however it names 解读 ("…关于进一步加强政策解读有关事项的通知")."""
    t = title.strip()
    return bool(_RESTATING_TITLE_RE.search(t)) and not TITLE_START_RE.search(t) and not TITLE_END_RE.search(t)


def restating_page(title: str, doc_number: str | None, text: str) -> bool:
    """Whether a document restates notices rather than being one: its title says so (``restates_notices``),
    or, having no 文号 of its own, it asks and answers in 问/答 pairs or names the notice it rests on
    ("政策依据：《…》（宝政办发〔2026〕7号）": an app's article, a 公众号 post)."""
    if restates_notices(title):
        return True
    return not doc_number and (len(_FAQ_LINE_RE.findall(text)) >= 2 or _GROUNDS_LINE_RE.search(text) is not None)


_QUOTES_RE = re.compile(r"[《》〈〉<>“”\"‘’'「」『』\s]")
_BRACKETS_RE = re.compile(r"[（）()]")
_SPACE_RE = re.compile(r"\s+")


def nospace(s: str) -> str:
    """``s`` without any whitespace."""
    return _SPACE_RE.sub("", s)


# The years a title brackets ("（2026—2028年）", "（2025年度）"), inside the brackets: a plan's edition, not its name
TITLE_YEARS = r"\d{4}(?:[—\-－–~至]\d{4})?年度?"


def normalize_title(s: str | None, *, drop_brackets: bool = False) -> str:
    """Comparison form of a title: no whitespace, quotes or book-title marks.

    Round brackets are unified to full width (``（）``), or removed with ``drop_brackets`` — the
    evaluation matches a gold title inside a predicted one, where "（试行）" may be printed or not.
    """
    s = _QUOTES_RE.sub("", s or "")
    if drop_brackets:
        return _BRACKETS_RE.sub("", s)
    return s.replace("(", "（").replace(")", "）")


def join_title(texts: Iterable[str]) -> str:
    """One title from the lines it is printed on: no space between CJK pieces."""
    out = ""
    for t in texts:
        out = join_wrapped(out, squeeze_spaces(t))
    return squeeze_spaces(out)


def strip_book_marks(s: str) -> str:
    """A title without its outer 《》; nested marks printed as 〈〉 or <> become 《》."""
    s = s.strip("《》 ")
    return s.replace("〈", "《").replace("〉", "》").replace("<", "《").replace(">", "》")


def issued_titles(title: str, body: str) -> list[str]:
    """Titles a cover notice issues: the 《…》 run its body hands out, else those its title names."""
    found: list[str] = []
    m = re.search(r"(?:印发|转发|批转)(.+?)的(?:通知|决定)$", title)
    issued: list[str] = []
    for run in ISSUED_RUN_RE.finditer(body[:600]):
        issued.extend(BOOK_TITLE_RE.findall(run.group("run") or run.group("run2")))
    if issued:
        found.extend(issued)
    elif m:
        inner = m.group(1)
        parts = re.findall(r"《([^《》]+)》", inner)
        found.extend(parts or [inner])
    return [strip_book_marks(f) for f in found]
