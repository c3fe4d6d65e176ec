"""E-mails saved as .eml: the cover letter and every attachment read, each as a file of its own."""

from __future__ import annotations

import io
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from index.errors import UnreadableFile
from index.ingest import MAIL_MEMBER, ingest_source
from index.readers import SourceText, read_source_bytes
from index.readers.eml import looks_like_eml

LETTER = ("各村（社区）：\n"
          "现将《岐山县民政局关于做好2026年冬季困难群众取暖补贴发放工作的通知》转发给你们，请遵照执行。\n"
          "请各村于2026年11月20日前将取暖补贴发放花名册报镇社会事务办，联系人：王丽，电话：0917-8221306。\n"
          "附件：岐山县民政局关于做好2026年冬季困难群众取暖补贴发放工作的通知.docx\n"
          "蔡家坡镇人民政府党政办公室\n"
          "2026年11月10日")
NOTICE_TITLE = "岐山县民政局关于做好2026年冬季困难群众取暖补贴发放工作的通知"


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("岐民发〔2026〕31号")
    d.add_paragraph(NOTICE_TITLE)
    d.add_paragraph("各镇人民政府：")
    d.add_paragraph("一、补贴对象。城乡低保对象、特困供养人员。")
    d.add_paragraph("二、补贴标准。城乡低保对象每户每年发放取暖补贴300元，特困供养人员每人每年发放取暖补贴500元。")
    d.add_paragraph("岐山县民政局")
    d.add_paragraph("2026年11月5日")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _mail(with_html: bool = True, attach: bytes | None = None) -> bytes:
    msg = MIMEMultipart("mixed")
    msg["From"] = str(Header("蔡家坡镇党政办", "gb2312")) + " <cjp_dzb@example.gov.cn>"
    msg["To"] = "villages@example.gov.cn"
    msg["Subject"] = Header("转发：" + NOTICE_TITLE, "gb2312")
    msg["Date"] = "Tue, 10 Nov 2026 09:30:00 +0800"
    msg["Message-ID"] = "<20261110093000.1@example.gov.cn>"
    body = MIMEMultipart("alternative")
    body.attach(MIMEText(LETTER, "plain", "gb2312"))
    if with_html:
        body.attach(MIMEText("<html><body>" + "".join(f"<p>{ln}</p>" for ln in LETTER.split("\n"))
                             + "</body></html>", "html", "gb2312"))
    msg.attach(body)
    logo = MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png")
    logo.add_header("Content-ID", "<logo>")
    logo.add_header("Content-Disposition", "inline", filename="logo.png")
    msg.attach(logo)
    part = MIMEApplication(attach if attach is not None else _docx(), "octet-stream")
    part.add_header("Content-Disposition", "attachment", filename=("gbk", "", NOTICE_TITLE + ".docx"))
    msg.attach(part)
    return msg.as_bytes()


def test_a_forwarded_notice_mail_reads_the_letter_and_the_attached_notice() -> None:
    data = _mail()
    assert looks_like_eml(data)
    src = read_source_bytes(data, "转发通知.eml")
    assert src.format == "eml" and src.text == ""
    assert [p.name for p in src.parts] == ["转发通知.eml/正文", f"转发通知.eml/{NOTICE_TITLE}.docx"]
    letter, notice = src.parts
    # the plain body, decoded from GB2312, titled by the subject as a forward (not as the notice it forwards)
    assert letter.title == f"转发《{NOTICE_TITLE}》" and "联系人：王丽" in letter.text and "11月20日前" in letter.text
    assert dict(letter.fields) == {"来源": "蔡家坡镇党政办", "发布日期": "2026年11月10日"}
    assert notice.format == "docx" and "每户每年发放取暖补贴300元" in notice.text
    # the inline logo of the HTML body is no attachment
    assert not any("logo" in p.name for p in src.parts) and not src.warnings


def test_a_mails_notices_are_cited_under_it_with_the_part_named() -> None:
    item = ingest_source(read_source_bytes(_mail(), "转发通知.eml"))
    assert item.report.format == "eml" and item.report.layout == "archive" and item.report.documents == 2
    by_part = {dict(d.meta)[MAIL_MEMBER]: d for d in item.documents}
    assert set(by_part) == {"正文", f"{NOTICE_TITLE}.docx"}
    notice = by_part[f"{NOTICE_TITLE}.docx"]
    assert notice.corpus_file == "转发通知.eml" and notice.doc_number == "岐民发〔2026〕31号"
    letter = by_part["正文"]
    assert "0917-8221306" in letter.text and letter.date == "2026-11-10"
    # read again from the stored text, the same notices
    again = SourceText.from_json(read_source_bytes(_mail(), "转发通知.eml").to_json())
    assert [d.doc_id for d in ingest_source(again).documents] == [d.doc_id for d in item.documents]


def test_a_mail_with_an_html_body_only_and_a_broken_attachment_keeps_what_it_can() -> None:
    msg = MIMEMultipart("mixed")
    msg["From"] = "office@example.gov.cn"
    msg["Subject"] = Header("关于报送取暖补贴花名册的通知", "utf-8")
    msg["Date"] = "not a date"
    msg.attach(MIMEText("<html><body><p>" + LETTER.replace("\n", "</p><p>") + "</p></body></html>", "html", "utf-8"))
    bad = MIMEApplication(b"%PDF-1.4 broken", "pdf")
    bad.add_header("Content-Disposition", "attachment", filename="花名册.pdf")
    msg.attach(bad)
    src = read_source_bytes(msg.as_bytes(), "m.eml")
    assert [p.name for p in src.parts] == ["m.eml/正文"]
    assert "联系人：王丽" in src.parts[0].text and dict(src.parts[0].fields) == {}
    assert len(src.warnings) == 1 and src.warnings[0].startswith("花名册.pdf: not read")


def test_a_mail_with_nothing_readable_is_refused_with_the_reason() -> None:
    msg = MIMEMultipart("mixed")
    msg["From"] = "a@example.gov.cn"
    msg["Subject"] = "empty"
    bad = MIMEApplication(b"\x00\x01\x02", "octet-stream")
    bad.add_header("Content-Disposition", "attachment", filename="x.bin")
    msg.attach(bad)
    with pytest.raises(UnreadableFile, match="nothing readable in the e-mail"):
        read_source_bytes(msg.as_bytes(), "e.eml")


def test_a_notice_that_quotes_mail_like_words_is_not_a_mail() -> None:
    text = "From: 宝鸡市民政局\n关于做好取暖补贴发放工作的通知\n各县区：现将有关事项通知如下。".encode()
    assert not looks_like_eml(text)
    assert read_source_bytes(text, "n.txt").format == "text"


def test_a_mail_forwarded_as_an_attachment_is_read_with_its_own_attachment() -> None:
    from email import message_from_bytes
    from email.mime.message import MIMEMessage

    outer = MIMEMultipart("mixed")
    outer["From"] = "county@example.gov.cn"
    outer["Subject"] = Header("Fw: 取暖补贴", "utf-8")
    outer["Date"] = "Wed, 11 Nov 2026 08:00:00 +0800"
    outer.attach(MIMEText("<p>请各镇转发。</p><p>岐山县民政局办公室</p>", "html", "utf-8"))  # (an HTML body only)
    inner = MIMEMessage(message_from_bytes(_mail(with_html=False)))
    inner.add_header("Content-Disposition", "attachment", filename="转发通知.eml")
    outer.attach(inner)
    src = read_source_bytes(outer.as_bytes(), "o.eml")
    assert [p.name for p in src.parts] == ["o.eml/正文", "o.eml/转发通知.eml"]
    nested = src.parts[1]
    assert nested.format == "eml" and [p.name for p in nested.parts][-1].endswith(".docx")
    assert src.parts[0].title == "转发《取暖补贴》"
    # the letter is the outer mail's own, not the attached mail's
    assert "请各镇转发" in src.parts[0].text and "联系人：王丽" not in src.parts[0].text
