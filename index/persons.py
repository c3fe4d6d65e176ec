"""How notices name people: "王继斌同志 协助县长负责…", "组长：县委书记王五", "张立新、李志强同志互为AB岗",
and how a question or an answer points back at one of them (他, 该同志).

Every rule about people's names lives here, for evidence selection and the claim verifier alike.
"""

from __future__ import annotations

import re

# Words before 同志 that name no one: "主要负责同志", "有关同志", "党员干部同志", "这位同志".
NOT_A_NAME = re.compile(r"负责|领导|有关|相关|各级|全体|广大|党员|干部|各位|这位|那位|每位|诸位|该|此|本|其|上述|以上|下列")

# A person named in a role: "组长：杨某某", "张某同志", "李某兼任办公室主任", "由王某任组长". A role word
# followed by a verb ("报领导小组组长审签") names no one.
PERSON_RE = re.compile(r"(?:组长|主任|河长|湖长|负责人|链长|责任领导|联系人)\s*[：:]\s*[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}同志|"
                       r"[\u4e00-\u9fff]{2,3}(?:兼任|担任|任(?:副?组长|副?主任|办公室|河长|湖长))|"
                       # a role held by whoever holds a post: "责任人为村民小组长", "主任由…主要负责同志担任"
                       r"(?:组长|主任|河长|湖长|负责人|链长|责任人|责任领导)\s*(?:为|是|由)\s*"
                       r"[\u4e00-\u9fff（）()]{2,16}?(?:组长|书记|主任|局长|县长|市长|乡长|镇长|村长|负责人|负责同志|干部)")

# The post a question asks the holder of: "总院院长现在是谁" asks for whoever is 院长, and a passage that
# names only a 主任 does not answer it.
_POST_ASKED = re.compile(r"(院长|局长|校长|所长|站长|馆长|处长|科长|队长|会长|理事长|董事长|总经理|主任|组长|书记|"
                         r"(?<![本全社城省居农])[县市区镇乡村]长|河长|湖长|链长|林长|路长|主席|秘书长)"
                         r"(?:[\u4e00-\u9fff]{0,4})?(?:是谁|是哪位|叫什么)")


def asked_post(clause: str) -> str | None:
    """The post whose holder a question asks for ("院长" of "总院院长现在是谁"), or None."""
    m = _POST_ASKED.search(clause)
    return m.group(1) if m else None


# A leader's record opens on the name: "王继斌同志 协助县长负责…" (a space may sit inside the name).
_OPENING = re.compile(r"\s*[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,3}同志")
_BY_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,3})同志")
# A name before the post it is given: "主任周勇兼任", "由王某任组长".
_BEFORE_POST = re.compile(r"[\u4e00-\u9fff]{2,3}(?=同志|兼任|任组长|任主任)")

# 他/她/其 standing for one person, not 他们, 其他, 其中 or 其余.
_PRONOUN_OPENING = re.compile(r"\s*(?:[他她](?![们人])|其(?![他中余次实])|此人|该同志|这位(?:同志|领导)?|那位(?:同志|领导)?)")
_HE = re.compile(r"(?<!其)[他她](?![们人])")

# A post glued after a name in a roster opens on one of these: "李志强县委常委", "刘宁副县长".
_POST_OPENS = "县市区省镇乡副党政"
# A post written before the name in a roster: "组长：县委书记王五", "副组长：县政府副县长刘宁".
_POST_BEFORE = re.compile(r"^(?:[县市区省镇乡]|[县市区省镇乡]?(?:委|政府|人大|政协))*"
                          r"(?:常委|副?书记|副?[县市区镇乡省]长|副?主任|副?局长|副?主席|秘书长)+")

# A clause naming people together: "张立新、李志强同志互为AB岗", "由赵海、孙伟同志负责".
_GROUP_OF_PEOPLE = re.compile(r"([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)同志")
# Words a clause opens on before the first name it lists.
_BEFORE_A_NAME = "由和与及同跟请将对把让被经在为"


# The commonest surnames (they cover most people in a county's roster): a table cell of two or
# three characters opening on one, and not ending like a place or a body, is read as a name.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
    "郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_NOT_A_PERSON_END = re.compile(r"(?:[局委办镇乡县市区村组沟河湖渠库山站所院校室部处科队社厂场园馆]|中心)$")
_CELL_SPLIT = re.compile(r"\t| {1,}")


def row_persons(row: str) -> list[str]:
    """The cells of a table row (split by tabs or spaces) that read as a person's name: "王新海" of
    "13	洞子沟	王新海	王团镇党委书记…" under a header naming the role ("县级河（湖）长")."""
    return [c for c in (x.strip() for x in _CELL_SPLIT.split(row))
            if len(c) in (2, 3) and c[0] in SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]+", c)
            and not _NOT_A_PERSON_END.search(c)]


def row_names_person(row: str) -> bool:
    """Whether a table row has a cell that reads as a person's name (``row_persons``)."""
    return bool(row_persons(row))


def names_a_person(text: str) -> bool:
    """Whether a text names someone in a role or by 同志."""
    return bool(PERSON_RE.search(text))


def opens_on_person(text: str, pos: int = 0) -> bool:
    """Whether text at ``pos`` opens on a person's name and 同志 ("王继斌同志 协助县长…"), not on a
    phrase naming no one ("负责同志要亲自抓")."""
    m = _OPENING.match(text, pos)
    return m is not None and not NOT_A_NAME.search(m.group())


def comrades(text: str) -> list[str]:
    """The names a text gives before 同志, as written (the word before a name may be glued on:
    "和赵海"), without phrases naming no one."""
    return [n for n in _BY_COMRADE.findall(text) if not NOT_A_NAME.search(n)]


def names_before_posts(text: str) -> list[str]:
    """The last two characters of each name given before 同志 or a post it takes ("主任周勇兼任" →
    周勇): how a claim naming the same person is sure to write part of it."""
    return [m[-2:] for m in _BEFORE_POST.findall(text)]


def bare_name(text: str) -> str:
    """A two- or three-character name without the post written before or after it and without 同志:
    "县委书记王五" → 王五, "蒋恒斌县委常委" → 蒋恒斌, "王刚同志" → 王刚."""
    text = _POST_BEFORE.sub("", text).split("同志")[0]
    return next((text[:n] for n in (2, 3) if len(text) > n and text[n] in _POST_OPENS), text)


def opens_on_pronoun(clause: str) -> bool:
    """Whether a question's clause opens on a word standing for one person ("他分管哪些部门",
    "该同志…"), not on 其他/其中/他们."""
    return bool(_PRONOUN_OPENING.match(clause))


def speaks_of_him(text: str) -> bool:
    """Whether a text says 他/她 of one person (not 他们, 其他)."""
    return bool(_HE.search(text))


def groups_of_people(text: str) -> list[tuple[int, int, list[str]]]:
    """The clauses of a text (between commas, semicolons and stops) that name two or more people
    together, as (start, end, names)."""
    out = []
    for m in re.finditer(r"[^，,；;。]+", text):
        g = _GROUP_OF_PEOPLE.search(m.group())
        if g:
            names = g.group(1).split("、")
            if len(names[0]) == 3 and names[0][0] in _BEFORE_A_NAME:  # "由赵海、孙伟同志" names 赵海
                names[0] = names[0][1:]
            out.append((m.start(), m.end(), names))
    return out


# A roster's entry opens on the name, the sex after it: "杨凯军，男，回族，1973年12月出生，…现任…，拟任…".
_ROSTER_ENTRY = re.compile(r"(?:^|(?<=[。；;\n：:]))\s*([\u4e00-\u9fff]{2,4}?)(?:同志)?[，,]\s*[男女][，,]")


def roster_entries(text: str) -> dict[str, str]:
    """A roster's entries by name (任前公示, 拟任人选): each person's introduction and what follows it, up
    to the next one."""
    marks = list(_ROSTER_ENTRY.finditer(text))
    return {m.group(1): text[m.start():(marks[k + 1].start() if k + 1 < len(marks) else len(text))]
            for k, m in enumerate(marks)}
