"""A 政务服务 matter as a portal's API returns it: its fields, under pinyin names, are its text."""

from __future__ import annotations

import json

from index.readers import read_source_bytes
from index.readers.matter import is_matter, matter_html, matter_title

_MATTER = {
    "id": "a1", "sxmc": "城乡居民养老保险参保登记", "sszt": "某县人力资源和社会保障局",
    "sltj": ["年满16周岁（不含在校学生）", "未参加职工基本养老保险"],
    "sqcl": [{"clmc": "居民身份证", "fs": "原件1份", "bz": ""}, {"clmc": "户口簿", "fs": "复印件1份", "bz": "户主页"}],
    "bllc": "<p>1.申请：到村（社区）提出申请；</p><p>2.受理：乡镇社保所审核受理。</p>",
    "fdsx": "15个工作日", "cnsx": "即办", "sfbz": "不收费", "zxdh": "0431-1234567", "bldd": "县政务服务中心二楼3号窗口",
    "tbcx": None, "ckbl": "", "gxsj": 1789438800000,
}


def test_an_object_of_a_guide_s_fields_is_a_matter_and_a_notice_record_is_not() -> None:
    assert is_matter(_MATTER)
    assert not is_matter({"title": "关于…的通知", "wh": "某发〔2026〕1号", "content": "<p>…</p>"})
    assert not is_matter({"sxmc": "某事项", "id": "1"})  # (one telling field is no guide)


def test_a_matter_reads_as_labelled_lines_with_its_lists_numbered() -> None:
    text = matter_html(_MATTER)
    # (each field a sentence of its own: a guide prints no 。, and the next field's line is not the rest of it)
    assert "<p>承诺办结时限：即办。</p>" in text and "<p>法定办结时限：15个工作日。</p>" in text
    assert "<p>咨询电话：0431-1234567。</p>" in text and "<p>办理地点：县政务服务中心二楼3号窗口。</p>" in text
    assert "<p>1. 年满16周岁（不含在校学生）。</p>" in text
    assert "<p>2. 户口簿（份数：复印件1份；备注：户主页）。</p>" in text
    assert "<p>2.受理：乡镇社保所审核受理。</p>" in text  # (a field written as markup keeps its paragraphs)
    assert "特别程序" not in text and "窗口办理" not in text  # (null and "" fields say nothing)
    assert "a1" not in text  # (a field no guide prints)
    assert matter_title(_MATTER) == "城乡居民养老保险参保登记"


def test_a_saved_api_answer_reads_the_matter_and_the_notices_it_lists_apart() -> None:
    """The matter is one record (its name the title, its 实施主体 the issuer, its update time the date); a notice in its
    相关政策 list, with its own 正文, is another."""
    policy = {"zcmc": "某县人力资源和社会保障局关于调整城乡居民基础养老金标准的通知", "wh": "某人社发〔2026〕3号",
              "zw": "<p>经县人民政府同意，自2026年1月1日起，城乡居民基础养老金最低标准提高到每人每月180元。</p>"
                    "<p>所需资金由县级财政预算安排，人社部门按月发放到参保人员社会保障卡。</p>"
                    "<p>本通知自印发之日起施行。各乡镇要做好政策宣传解释工作，确保按时足额发放到位。</p>"}
    answer = {"code": 200, "msg": "success", "data": {**_MATTER, "xgzc": [policy]}}
    src = read_source_bytes(json.dumps(answer, ensure_ascii=False).encode("utf-8"), "matter.json")
    assert [p.title for p in src.parts] == ["城乡居民养老保险参保登记", policy["zcmc"]]
    matter, notice = src.parts
    assert "承诺办结时限：即办。" in matter.text and "每人每月180元" not in matter.text
    assert ("发文机关", "某县人力资源和社会保障局") in matter.fields and ("发布日期", "2026-09-15") in matter.fields
    assert "每人每月180元" in notice.text and ("发文字号", "某人社发〔2026〕3号") in notice.fields


def test_a_matter_s_nested_lists_are_read_and_its_scripts_are_not() -> None:
    odd = {**_MATTER, "sqcl": [[{"clmc": "申请表"}], ["身份证", ["户口本"]]],
           "bllc": "<p>1.申请：到村（社区）提出申请；</p><script>var secret='内部';</script><style>p{}</style>"}
    text = matter_html(odd)
    assert "<p>1. 申请表。</p>" in text and "<p>2. 身份证；户口本。</p>" in text
    assert "secret" not in text and "内部" not in text and "p{}" not in text
