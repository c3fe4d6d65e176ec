"""Markdown files (.md), as a 12345 hotline's knowledge base exports them: front matter, headings, pipe tables,
bold text, links and lists read as the rendered page shows them."""

from __future__ import annotations

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes

KB = """---
title: 12345热线政策问答知识库：取暖补贴
发布机构: 某市政务服务和数据管理局
更新日期: 2026-05-20
tags: [取暖, 补贴]
---

# 12345热线政策问答知识库：取暖补贴

> 政策以发文机关最新文件为准。

依据：[《某市民政局关于做好取暖补贴工作的通知》（某民发〔2026〕3号）](https://www.example.gov.cn/a.html)

### 问：补贴标准是多少？

按**户**发放，标准如下，
每年11月底前发放：

| 类别 | 标准 |
| :--- | ---: |
| 低保户 | 每户300元 |
| 特困户 | 每户500元 |

1. 到镇政府申请；
2. 通过“粤省事”申请。

- 不需要本人到场。

```
热线：12345
```
"""


def test_a_knowledge_base_is_read_as_its_page_shows_with_its_front_matter_as_fields() -> None:
    src = read_source_bytes(KB.encode(), "kb.md")
    assert src.format == "markdown" and src.title == "12345热线政策问答知识库：取暖补贴"
    assert src.fields == (("发文机关", "某市政务服务和数据管理局"), ("发布日期", "2026-05-20"))
    assert src.text.split("\n") == [
        "12345热线政策问答知识库：取暖补贴", "政策以发文机关最新文件为准。",
        "依据：《某市民政局关于做好取暖补贴工作的通知》（某民发〔2026〕3号）",
        "问：补贴标准是多少？", "按户发放，标准如下，每年11月底前发放：",
        "类别\t标准", "低保户\t每户300元", "特困户\t每户500元",
        "1.到镇政府申请；", "2.通过“粤省事”申请。", "不需要本人到场。", "热线：12345"]


def test_markdown_is_known_by_its_name_or_by_front_matter_and_marks() -> None:
    body = KB.split("---\n", 2)[2]
    assert read_source_bytes(body.encode(), "kb.markdown").format == "markdown"
    assert read_source_bytes(KB.encode(), "kb.txt").format == "markdown"  # (front matter, a heading, a table)
    plain = "关于做好取暖补贴工作的通知\n# 不是标题的井号\n各县区：\n"
    assert read_source_bytes(plain.encode(), "notice.txt").format == "text"
    ruled = "---\n某市民政局\n---\n# 关于做好取暖补贴工作的通知\n| 类别 | 标准 |\n| 低保户 | 每户300元 |\n"
    assert read_source_bytes(ruled.encode(), "notice.txt").format == "text"  # (a name between rules, no fields)
    odd = "---\ntitle: 某知识库\n文号: 007\n发布日期: 2024-02-30\n---\n# 某知识库\n正文。\n"
    src = read_source_bytes(odd.encode(), "kb.md")
    assert src.title == "某知识库" and ("发文字号", "007") in src.fields and ("发布日期", "2024-02-30") in src.fields
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(b"---\ntitle: x\n---\n\n<!-- nothing -->\n", "empty.md")
