"""What a government web page prints around a notice: page furniture and labelled header fields.

Every rule about web-page chrome lives here: breadcrumbs (当前位置：首页 > 政务公开 > …), the
【字体：大 中 小】 bar, print/close/share links, counters, footers (网站标识码, ICP备案, 主办单位),
menus, and the trailing 相关链接 list; and the labelled fields of gov.cn-style metadata tables and
header lines (索引号, 发文字号, 发文机关, 来源, 成文日期, 发布日期, 施行日期, 有效期 …), which
become the document's metadata instead of its body.

>>> read_fields("发布时间：2023-05-06 10:20  来源：市政府办公室  浏览次数：128")
(('发布日期', '2023-05-06 10:20'), ('来源', '市政府办公室'))
>>> read_fields("索 引 号：\t11410300/2023-00517\t主题分类：\t城乡建设")
(('索引号', '11410300/2023-00517'), ('主题分类', '城乡建设'))
>>> is_furniture("【字体：大 中 小】【打印本页】【关闭窗口】")
True
"""

from __future__ import annotations

import re

# Printed label → the one name we keep it under. Order matters for the regex: longer labels first.
FIELD_LABELS: dict[str, str] = {
    "索引号": "索引号", "主题分类": "主题分类", "组配分类": "组配分类", "体裁分类": "体裁分类",
    "信息分类": "信息分类", "服务对象": "服务对象", "公开方式": "公开方式", "公开范围": "公开范围",
    "发文机关": "发文机关", "发布机构": "发文机关", "发文单位": "发文机关", "发布单位": "发文机关",
    "制发机关": "发文机关", "发布机关": "发文机关", "公开责任部门": "发文机关",
    "信息来源": "来源", "文章来源": "来源", "来源": "来源",
    "发文字号": "发文字号", "文号": "发文字号",
    "成文日期": "成文日期", "成文时间": "成文日期", "印发日期": "成文日期",
    "发布日期": "发布日期", "发布时间": "发布日期", "公开日期": "发布日期", "公开时间": "发布日期",
    "发文日期": "发布日期", "公布日期": "发布日期", "生成日期": "发布日期", "更新日期": "发布日期", "更新时间": "发布日期",
    "施行日期": "施行日期", "实施日期": "施行日期", "生效日期": "施行日期", "施行时间": "施行日期",
    "有效期限": "有效期", "有效期": "有效期", "有效性": "有效期", "时效性": "有效期", "效力状态": "有效期",
    "是否有效": "有效期",
    "废止日期": "失效日期", "失效日期": "失效日期", "失效时间": "失效日期",
    "标题": "标题", "文件名称": "标题", "名称": "标题",
}
# Fields that are chrome, not metadata: read so the line is recognised, then dropped.
_COUNTER_LABELS = ("浏览次数", "阅读次数", "访问次数", "点击数", "访问量", "阅读量", "浏览量",
                   "责任编辑", "作者", "编辑", "字体", "字号", "分享到", "打印", "关闭")
_ALL_LABELS = sorted([*FIELD_LABELS, *_COUNTER_LABELS], key=len, reverse=True)
# Table labels are often letter-spaced to align ("索 引 号", "标　　题"): allow spaces between characters.
_LABEL_ALT = "|".join(r"\s*".join(map(re.escape, label)) for label in _ALL_LABELS)
# A label opens a field when it starts the line or follows a separator, and is followed by a colon,
# a tab or (in copied tables) at least one space.
_FIELD_RE = re.compile(rf"(?:(?:^|(?<=[\s【\[|｜]))[【\[]?({_LABEL_ALT})\s*(?:[:：]|\t|(?=\s))|({_LABEL_ALT})\s*[:：])\s*")
# Labels so characteristic that a single one makes a header line a field line.
_STRONG = frozenset({"索引号", "主题分类", "组配分类", "体裁分类", "发文机关", "发文字号", "成文日期",
                     "发布日期", "施行日期", "有效期", "失效日期", "信息分类", "公开方式", "服务对象",
                     "公开范围"})

_FURNITURE_RES = tuple(re.compile(p) for p in (
    r"^[【\[]?\s*(?:字体|字号)\s*[:：]?\s*[【\[]?\s*[大中小]\s*[大中小]?\s*[大中小]?\s*[】\]]?",
    r"^(?:[【\[]\s*)?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|收藏|我要纠错|纠错)(?:\s*[】\]])?"
    r"(?:\s*[【\[]?\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|收藏|我要纠错|纠错)\s*[】\]]?)*$",
    r"^(?:分享到|分享|扫一扫|微信扫一扫|手机扫码|扫码|用手机扫描)",
    r"^欢迎(?:您)?(?:访问|光临|来到)[^。\n]{0,40}?(?:网站|门户)",  # "欢迎访问某市住房和城乡建设局网站！今天是："
    r"^(?:当前位置|您现在的位置|您的位置|您当前的位置|所在位置|当前所在位置)\s*[:：]",
    r"^(?:上一篇|下一篇|上一条|下一条)\s*[:：]?",
    # a WeChat account's calls to follow it, above and below its article
    r"^(?:点击|点|戳)?(?:上方|下方)?\s*[“\"]?蓝字[”\"]?\s*(?:关注我们|关注)?$|^关注我们[!！~～]*$",
    r"^长按(?:识别)?(?:二维码|图片)?(?:识别)?\s*(?:关注|识别)|^长按(?:识别)?(?:二维码|图片)(?:识别)?$|"
    r"^关注\s*[“\"「][^”\"」]{1,20}[”\"」]\s*公众号$",
    # the row of buttons under a WeChat article: "分享｜收藏｜点赞｜在看"
    r"^(?:分享|收藏|点赞|在看|转发|赞)(?:\s*[|｜·/]\s*(?:分享|收藏|点赞|在看|转发|赞))+$",
    r"(?:网站标识码|ICP备|公网安备|版权所有|Copyright|©)",
    r"^(?:主办单位|主办|承办单位|承办|技术支持|运行维护|网站维护)\s*[:：]",
    r"^(?:浏览次数|阅读次数|访问次数|点击数|访问量|阅读量|浏览量)\s*[:：]?\s*\d*$",
    r"^(?:网站地图|联系我们|无障碍|无障碍浏览|长者模式|关怀版|视力保护色|繁体|简体|繁體|English|登录|注册|设为首页|加入收藏)"
    r"(?:\s*[|｜/·]?\s*(?:网站地图|联系我们|无障碍|无障碍浏览|长者模式|关怀版|视力保护色|繁体|简体|繁體|English|登录|注册|设为首页|加入收藏))*$",
))
# Breadcrumbs: "首页 > 政务公开 > 政策文件", "首页»信息公开»规范性文件".
_CRUMB_SEP_RE = re.compile(r"\s*[>＞»›→/]\s*")
# Menu words of government sites; a line of such short words is a navigation bar.
_NAV_WORDS = frozenset({"首页", "网站首页", "政务公开", "政务服务", "互动交流", "政民互动", "新闻中心", "新闻动态",
                        "信息公开", "办事服务", "数据开放", "走进", "专题专栏", "机构设置", "政府信息公开",
                        "政策文件", "政策解读", "公众参与", "办事指南", "在线服务", "领导信息"})
# The list of links under a page's article ("相关链接", "相关文章" …) runs to its end.
RELATED_HEAD_RE = re.compile(
    r"^[【\[]?\s*(?:相关链接|相关文章|相关阅读|相关文件|相关新闻|相关稿件|相关信息|延伸阅读|热点推荐|推荐阅读|"
    r"相关解读|相关政策|猜你喜欢|热门文章|最新文章|往期推荐|往期回顾|往期精彩|精彩推荐)\s*[】\]]?\s*[:：]?$")


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_furniture(line: str) -> bool:
    """True for a line of page chrome (kept out of the document body)."""
    s = line.strip()
    if not s or len(s) > 120:
        return False
    if any(p.search(s) for p in _FURNITURE_RES):
        return True
    parts = [p for p in _CRUMB_SEP_RE.split(s) if p]
    if len(parts) >= 3 and parts[0].strip() in ("首页", "网站首页", "主页") and all(len(p) <= 14 for p in parts):
        return True
    words = [w for w in re.split(r"[\s|｜·•]+", s) if w]
    return len(words) >= 4 and sum(w in _NAV_WORDS for w in words) >= 2 and all(len(w) <= 8 for w in words)


_OTHER_LABEL_RE = re.compile(r"\t\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,7}[:：]")


def read_fields(line: str) -> tuple[tuple[str, str], ...] | None:
    """The (label, value) pairs of a header line made of labelled fields, else None.

    The line must start with a label and be nothing but fields. Chrome fields (counters, font
    bar) are recognised and left out of the result; a line of only those returns ``()``.
    """
    s = line.strip()
    matches = list(_FIELD_RE.finditer(s))
    if not matches or matches[0].start() > 1:
        return None
    out: list[tuple[str, str]] = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(s)
        # a cell of another label the list does not know ends the value: "赣州市民政局\t上架日期：\t…"
        value = _OTHER_LABEL_RE.split(s[m.end():end], maxsplit=1)[0].strip(" \t【】[]|｜")
        label = _compact(m.group(1) or m.group(2))
        if label in FIELD_LABELS:
            if not value:
                continue
            canonical = FIELD_LABELS[label]
            stamped = _STAMPED.fullmatch(value) if canonical == "来源" else None
            if stamped:  # "来源：宝鸡市民政局  2026-03-20 09:30": the source, then when it published
                when = " ".join(filter(None, (stamped.group(2), stamped.group(3))))
                out += [(canonical, stamped.group(1).strip()), ("发布日期", when)]
                continue
            out.append((canonical, value))
    return tuple(out)


# a value followed, after a space, by a bare date and perhaps a time: an app's "来源 … 日期" line
# (OCR may glue the time to a two-digit day: "2026-03-2009:30")
_STAMPED = re.compile(r"(.+?)\s+((?:19|20)\d\d[-/.年]\d{1,2}[-/.月](?:\d{2}(?=\d{1,2}:\d{2})|\d{1,2})日?)"
                      r"(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")


def label_only(line: str) -> str | None:
    """A line that is just a field label ("索引号", "成文日期："): its canonical name (value follows)."""
    s = _compact(line).strip("【】[]:：")
    return FIELD_LABELS.get(s)


def is_strong_field_line(fields: tuple[tuple[str, str], ...], line: str) -> bool:
    """Fields that are surely page metadata, not a sentence of the notice starting with "来源"."""
    if len(fields) >= 2:
        return True
    first = _FIELD_RE.match(line.strip())
    if first is None:
        return False
    label = _compact(first.group(1) or first.group(2))
    return FIELD_LABELS.get(label) in _STRONG or label in _COUNTER_LABELS
