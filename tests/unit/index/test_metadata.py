"""Per-document facts: signature, issuer, attachments, publicity."""

from __future__ import annotations

from index.metadata import attachment_titles, is_public, issuer_from_title, signature


def test_joint_signers_and_date() -> None:
    paras = ["标题", "正文。", "中卫市人民政府 中卫军分区", "2019年5月27日", "（此件公开发布）"]
    issuer, date, idx = signature(paras, paras)
    assert (issuer, date, idx) == ("中卫市人民政府、中卫军分区", "2019-05-27", 3)
    assert is_public(paras)
    assert signature(["标题", "没有落款。"], ["标题", "没有落款。"]) == ("", None, None)


def test_issuer_from_title() -> None:
    assert issuer_from_title("中宁县人民政府关于做好补助工作的通知") == "中宁县人民政府"
    assert issuer_from_title("关于做好补助工作的通知") == ""


def test_attachment_list_under_the_notice() -> None:
    paras = ["某县人民政府关于做好管理工作的通知", "各乡镇：", "请遵照执行。", "附件：1.某县甲管理办法",
             "2.某县乙管理办法（略）", "某县人民政府", "2023年1月2日"]
    assert attachment_titles(paras[0], paras, 6) == ["某县甲管理办法", "某县乙管理办法"]
