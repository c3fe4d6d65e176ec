"""Page furniture and labelled header fields of government web pages (index.webpage)."""

from __future__ import annotations

import doctest

import pytest

import index.webpage as webpage
from index.webpage import is_furniture, label_only, read_fields


def test_doctests() -> None:
    assert doctest.testmod(webpage).failed == 0


@pytest.mark.parametrize("line", [
    "【字体：大 中 小】", "字号：大 中 小", "【打印本页】 【关闭窗口】", "分享到：微信 微博", "扫一扫在手机打开当前页",
    "当前位置：首页 > 政务公开 > 政策文件", "首页 » 信息公开 » 规范性文件 » 正文", "上一篇：关于做好春耕的通知",
    "网站标识码：4103000001 豫ICP备05010837号", "主办：洛阳市人民政府办公室", "浏览次数：2316",
    "首页 走进洛阳 政务公开 政务服务 互动交流", "网站地图 | 联系我们",
    "欢迎访问某市住房和城乡建设局网站！今天是：加入收藏|设为首页|无障碍浏览",
    "点击蓝字", "关注我们", "点击上方蓝字关注我们", "长按识别二维码关注我们", "长按二维码识别",
    "长按识别二维码", "关注“长治教育”公众号", "分享｜收藏｜点赞｜在看",
])
def test_chrome_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "第一条 为了加强机动车停车场管理，制定本办法。", "一、补贴对象", "各县区人民政府，市人民政府各部门：",
    "联系电话：0379-63211234", "首页设计应当简洁。", "洛阳市人民政府办公室关于实施婴幼儿照护服务补贴的通知",
    "欢迎社会各界通过政府网站提出意见建议。", "关注我们的残疾人朋友可以到社区咨询。",
    "关注困难群众基本生活。", "收藏家协会负责组织评审。", "关注“一老一小”",
])
def test_body_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_fields_on_one_line_in_cells_and_letter_spaced() -> None:
    assert read_fields("索 引 号：\t114103/2023-00517\t主题分类：\t城乡建设") == (
        ("索引号", "114103/2023-00517"), ("主题分类", "城乡建设"))
    assert read_fields("【发布时间：2024-05-08】【来源：洛阳市市场监督管理局】") == (
        ("发布日期", "2024-05-08"), ("来源", "洛阳市市场监督管理局"))
    assert read_fields("有效性：有效") == (("有效期", "有效"),)
    # a portal grid: 生成日期 is when the page was made; a label the list does not know ends a value
    assert read_fields("发布机构：\t赣州市民政局\t生成日期：\t2026-09-22") == (
        ("发文机关", "赣州市民政局"), ("发布日期", "2026-09-22"))
    assert read_fields("发布机构：\t某市民政局\t上架时间：\t2026-09-22") == (("发文机关", "某市民政局"),)
    # an app's "来源 … 日期" line: the source, then the day it published
    assert read_fields("来源：宝鸡市民政局\t2026-03-20 09:30") == (("来源", "宝鸡市民政局"), ("发布日期", "2026-03-20 09:30"))
    assert read_fields("第一条 为了规范管理，制定本办法。") is None
    assert label_only("成文日期：") == "成文日期" and label_only("标　　题") == "标题" and label_only("正文") is None


def test_a_wechat_articles_list_of_earlier_posts_is_a_related_list() -> None:
    from index.webpage import RELATED_HEAD_RE

    assert RELATED_HEAD_RE.match("往期推荐") and RELATED_HEAD_RE.match("【往期回顾】")
    assert not RELATED_HEAD_RE.match("往期推荐的活动照常举行")


def test_an_apps_source_line_read_by_ocr_with_the_time_glued_to_the_day() -> None:
    """A long screenshot read at full size may give "2026-03-2009:30" (the space between day and time lost): the
    day is the two digits before the time."""
    assert read_fields("来源：某市民政局\t2026-03-2009:30") == (("来源", "某市民政局"), ("发布日期", "2026-03-20 09:30"))
    assert read_fields("来源：某市民政局 2026-3-5") == (("来源", "某市民政局"), ("发布日期", "2026-3-5"))
