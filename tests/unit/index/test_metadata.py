"""Per-document facts: signature, issuer, attachments, publicity."""

from __future__ import annotations

from index.docnumber import ATTACHMENT_OF
from index.metadata import attach_to_notices, attachment_titles, is_public, issuer_from_title, signature
from index.models import Document


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


def test_a_towns_office_signs_a_forwarding_letter_whose_attachment_is_a_file() -> None:
    # a 镇's 社会事务办 signs; the mail's "附件：" names a file: the title without ".docx"
    paras = ["转发《关于做好补贴发放工作的通知》", "各村（社区）：", "现将通知转发给你们，请遵照执行。",
             "附件：某市民政局关于做好补贴发放工作的通知.docx", "柳林镇人民政府社会事务办", "2026年1月9日"]
    assert signature(paras, paras) == ("柳林镇人民政府社会事务办", "2026-01-09", 5)
    assert attachment_titles(paras[0], paras, 5) == ["某市民政局关于做好补贴发放工作的通知"]


def _doc(number: str | None, title: str, file: str, attachments: tuple[str, ...] = (), issuer: str = "",
         date: str | None = None) -> Document:
    return Document(corpus_file=file, doc_number=number, title=title, issuer=issuer, date=date, text=title,
                    sections=(), attachments=attachments)


def test_a_table_a_notice_attaches_is_cited_under_its_number() -> None:
    notice = _doc("萍建房〔2026〕8号", "萍乡市住房和城乡建设局关于下达加装电梯计划的通知", "a.zip",
                  ("2026年加装电梯计划分配表",), "萍乡市住房和城乡建设局", "2026-09-15")
    table = _doc(None, "附件：2026年加装电梯计划分配表", "a.zip")
    other = _doc(None, "2026年老旧小区改造计划表", "b.xls")
    linked = attach_to_notices([notice, table, other])
    assert linked[0] == notice and linked[2] == other
    assert linked[1].doc_number == "萍建房〔2026〕8号" and linked[1].date == "2026-09-15"
    assert linked[1].issuer == "萍乡市住房和城乡建设局" and (ATTACHMENT_OF, "萍建房〔2026〕8号") in linked[1].meta


def test_a_title_two_notices_attach_is_linked_only_within_its_own_file() -> None:
    a = _doc("萍民字〔2026〕1号", "萍乡市民政局关于甲的通知", "a.pdf", ("申请表",))
    b = _doc("萍民字〔2026〕2号", "萍乡市民政局关于乙的通知", "b.pdf", ("申请表",))
    assert attach_to_notices([a, b, _doc(None, "申请表", "c.docx")])[2].doc_number is None
    assert attach_to_notices([a, b, _doc(None, "申请表", "b.pdf")])[2].doc_number == "萍民字〔2026〕2号"


def test_a_short_attachment_title_is_linked_only_within_its_notice_s_file() -> None:
    notice = _doc("萍民字〔2026〕3号", "萍乡市民政局关于做好救助工作的通知", "a.zip", ("申请表",))
    assert attach_to_notices([notice, _doc(None, "申请表", "other.docx")])[1].doc_number is None
    assert attach_to_notices([notice, _doc(None, "申请表", "a.zip")])[1].doc_number == "萍民字〔2026〕3号"


def test_a_table_sent_as_a_file_of_its_own_is_linked_whatever_years_its_title_brackets() -> None:
    """"…重点任务分工表（2026—2028年）" in an .xlsb beside the notice listing "附件：…重点任务分工表"."""
    notice = _doc("四农联发〔2026〕4号", "四平市农业农村局关于印发某实施方案的通知", "plan.pdf",
                  ("四平市黑土地保护性耕作重点任务分工表",), "四平市农业农村局", "2026-03-12")
    table = _doc(None, "四平市黑土地保护性耕作重点任务分工表（2026—2028年）", "tasks.xlsb")
    other = _doc(None, "四平市黑土地保护性耕作作业核验表（2026年）", "check.xlsx")
    linked = attach_to_notices([notice, table, other])
    assert linked[1].doc_number == "四农联发〔2026〕4号" and (ATTACHMENT_OF, "四农联发〔2026〕4号") in linked[1].meta
    assert linked[2].doc_number is None


def test_a_table_of_another_edition_is_not_linked_by_its_title_without_brackets() -> None:
    """A notice listing "…实施方案（2025年）" does not take "…实施方案（2027—2029年）" as its attachment."""
    notice = _doc("某农发〔2025〕1号", "某市农业农村局关于印发某实施方案的通知", "a.pdf", ("某市秸秆综合利用实施方案（2025年）",))
    other = _doc(None, "某市秸秆综合利用实施方案（2027—2029年）", "x.pdf")
    assert attach_to_notices([notice, other])[1].doc_number is None
