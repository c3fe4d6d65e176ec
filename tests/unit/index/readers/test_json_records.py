"""JSON files holding notices: a 政策文件库 export with several records (one 失效 by its metadata only), a
single record, and JSON that holds no notice."""

from __future__ import annotations

import json

import pytest

from index.errors import UnreadableFile
from index.ingest import RECORD_MEMBER, ingest_source
from index.readers import read_source_bytes

BODY_A = ("<p>各县（市、区）人民政府：</p><p style=\"text-indent:2em;\">一、将《办法》第四条中的“每千瓦时补贴0.2元”修改为"
          "“每千瓦时补贴0.3元”。</p><p>二、本通知自2026年11月1日起施行，《办法》其他规定不变。请各地抓好落实，确保群众温暖过冬。"
          "</p><table><tr><th>用户类型</th><th>最高补贴额</th></tr><tr><td>“煤改电”用户</td><td>1500元</td></tr></table>"
          "<p>某市人民政府办公室</p><p>2026年10月16日</p>")
BODY_B = ("各县（市、区）人力资源和社会保障局：\n一、对吸纳见习人员的见习单位，按每人每月1400元给予就业见习补贴。\n"
          "二、见习单位于见习期满后3个月内申领见习补贴，逾期不予受理，请各地认真组织实施并做好政策宣传工作。\n某市人力资源和社会保障局")
EXPORT = {"code": 200, "msg": "success", "data": {"total": 2, "list": [
    {"id": "a1", "title": "某市人民政府办公室关于调整清洁取暖运行补贴标准的通知", "wenhao": "某政办发〔2026〕33号",
     "fwjg": "某市人民政府办公室", "cwrq": 1792080000000, "fbrq": "2026-10-19", "sxx": "有效", "content": BODY_A,
     "attachments": [{"name": "政策解读.pdf", "url": "/zcjd/1.pdf"}]},
    {"id": "b2", "title": "某市人力资源和社会保障局关于做好2024年就业见习工作的通知", "wenhao": "某人社发〔2024〕7号",
     "fwjg": "某市人力资源和社会保障局", "cwrq": 1709827200000, "sxx": "失效", "status": 1, "content": BODY_B},
]}}


def test_each_record_of_a_policy_library_export_is_a_notice_with_its_fields() -> None:
    src = read_source_bytes(json.dumps(EXPORT, ensure_ascii=False).encode(), "export.json")
    assert src.format == "json" and len(src.parts) == 2
    first = src.parts[0]
    assert first.text.split("\n")[:2] == ["某市人民政府办公室关于调整清洁取暖运行补贴标准的通知", "各县（市、区）人民政府："]
    assert "“煤改电”用户\t1500元" in first.text  # (the body's table, a row a line)
    assert ("成文日期", "2026-10-16") in first.fields and ("有效期", "有效") in first.fields
    docs = ingest_source(src).documents
    assert [d.doc_number for d in docs] == ["某政办发〔2026〕33号", "某人社发〔2024〕7号"]
    assert [d.date for d in docs] == ["2026-10-16", "2024-03-08"]
    assert ("有效期", "失效") in docs[1].meta and (RECORD_MEMBER, "记录2") in docs[1].meta
    assert "每人每月1400元" in docs[1].text


def test_one_record_is_the_file_and_json_without_a_notice_is_refused() -> None:
    one = {"data": EXPORT["data"]["list"][1]}  # type: ignore[index]
    src = read_source_bytes(json.dumps(one, ensure_ascii=False).encode(), "one.json")
    assert not src.parts and src.title == "某市人力资源和社会保障局关于做好2024年就业见习工作的通知"
    with pytest.raises(UnreadableFile, match="no notice"):
        read_source_bytes(json.dumps({"rows": [{"county": "甲县", "amount": 12}]}).encode(), "table.json")
    with pytest.raises(UnreadableFile, match="damaged JSON"):
        read_source_bytes(b'{"title": "\xe9\x82\xa2", ', "cut.json")
