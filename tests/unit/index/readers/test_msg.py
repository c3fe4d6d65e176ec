"""Outlook messages (.msg): a department forwarding a notice, the notice in the attachment.

The messages are written here property by property into a compound file (``tests.support.cfb``), the way Outlook
lays them out ([MS-OXMSG]), so that each test says what the file holds."""

from __future__ import annotations

import datetime as dt
import io
import struct

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_source
from index.readers import read_source_bytes
from tests.support.cfb import compound_file


def _text(pid: int, value: str) -> tuple[str, bytes]:
    return f"__substg1.0_{pid:04X}001F", value.encode("utf-16-le") + b"\0\0"


def _props(header: int, *fixed: tuple[int, int, bytes]) -> bytes:
    """A property stream: ``header`` bytes, then (id, type, 8 value bytes) entries."""
    return b"\0" * header + b"".join(struct.pack("<HHI", kind, pid, 6) + value for pid, kind, value in fixed)


def _filetime(when: dt.datetime) -> bytes:
    return struct.pack("<Q", int((when - dt.datetime(1601, 1, 1)).total_seconds()) * 10_000_000)


def _docx(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _message(subject: str, body: str = "", html: bytes = b"", attachments: dict[str, bytes] | None = None,
             embedded: dict[str, bytes] | None = None, prefix: str = "") -> dict[str, bytes]:
    """A message's streams (under ``prefix``, for one attached to another): subject, sender, bodies, the time it
    was sent (2026-11-03 09:30 UTC+8), its attachments by file name, a recipient."""
    sent = _filetime(dt.datetime(2026, 11, 3, 1, 30))
    streams = dict([_text(0x0037, subject), _text(0x0C1A, "锦州市某县农业农村局办公室")])
    if body:
        streams.update([_text(0x1000, body)])
    if html:
        streams["__substg1.0_10130102"] = html
    streams["__properties_version1.0"] = _props(32 if not prefix else 24, (0x0039, 0x0040, sent))
    streams["__recip_version1.0_#00000000/__substg1.0_3001001F"] = "各乡镇".encode("utf-16-le")
    streams["__recip_version1.0_#00000000/__properties_version1.0"] = _props(8)
    for k, (name, data) in enumerate((attachments or {}).items()):
        folder = f"__attach_version1.0_#{k:08X}"
        streams.update({f"{folder}/{key}": value for key, value in [_text(0x3707, name)]})
        streams[f"{folder}/__substg1.0_37010102"] = data
        streams[f"{folder}/__properties_version1.0"] = _props(8, (0x3705, 0x0003, struct.pack("<II", 1, 0)))
    for k, (name, inner) in enumerate((embedded or {}).items(), start=len(attachments or {})):
        folder = f"__attach_version1.0_#{k:08X}"
        streams.update({f"{folder}/{key}": value for key, value in [_text(0x3001, name)]})
        streams[f"{folder}/__properties_version1.0"] = _props(8, (0x3705, 0x0003, struct.pack("<II", 5, 0)))
        streams.update({f"{folder}/__substg1.0_3701000D/{key}": value for key, value in inner.items()})
    return {f"{prefix}{k}": v for k, v in streams.items()}


NOTICE = ("关于印发某市近海渔船减船转产补助实施办法的通知", "某渔发〔2026〕8号", "各县（市、区）渔业主管部门：",
          "一、补助标准。主动报废拆解的近海渔船，按每千瓦3000元给予补助，单船最高不超过60万元。")


def test_a_forwarded_notice_is_read_from_its_attachment_beside_the_cover_letter() -> None:
    data = compound_file(_message(
        "转发：关于印发某市近海渔船减船转产补助实施办法的通知",
        body="各乡镇：\r\n现将《某市近海渔船减船转产补助实施办法》转发给你们，请于11月20日前报送申报汇总表。\r\n",
        attachments={"减船转产补助实施办法.docx": _docx(*NOTICE)}))
    src = read_source_bytes(data, "转发通知.msg")
    assert src.format == "msg" and src.title == "转发：关于印发某市近海渔船减船转产补助实施办法的通知"
    letter, notice = src.parts
    assert letter.name == "转发通知.msg/正文" and "请于11月20日前报送申报汇总表" in letter.text
    assert letter.title == "转发《关于印发某市近海渔船减船转产补助实施办法的通知》"
    assert ("发布日期", "2026年11月3日") in letter.fields and ("来源", "锦州市某县农业农村局办公室") in letter.fields
    assert notice.name == "转发通知.msg/减船转产补助实施办法.docx" and "每千瓦3000元" in notice.text
    # each part a file of its own, cited under the message's name
    docs = ingest_source(src).documents
    assert any("每千瓦3000元" in d.text and ("邮件内文件", "减船转产补助实施办法.docx") in d.meta for d in docs)


def test_an_html_body_is_read_as_a_page_in_the_charset_it_declares() -> None:
    page = ('<html><head><meta charset="gb2312"></head><body><p>各乡镇：</p><p>请于<b>11月20日</b>前报送。</p>'
            "</body></html>").encode("gb18030")
    src = read_source_bytes(compound_file(_message("申报通知", html=page)), "通知.msg")
    assert "请于11月20日前报送。" in src.parts[0].text.replace("\n", "")


def test_a_message_attached_to_a_message_is_read_with_its_own_attachment() -> None:
    inner = _message("关于减船转产补助的通知", body="详见附件。", attachments={"办法.docx": _docx(*NOTICE)})
    src = read_source_bytes(compound_file(_message("转发：补助通知", body="请遵照执行。",
                                                   embedded={"补助通知": inner})), "转发.msg")
    assert [p.name for p in src.parts] == ["转发.msg/正文", "转发.msg/补助通知"]
    assert [p.name for p in src.parts[1].parts] == ["转发.msg/补助通知/正文", "转发.msg/补助通知/办法.docx"]
    assert "每千瓦3000元" in src.parts[1].parts[1].text


def test_an_attachment_that_cannot_be_read_is_named_and_the_rest_is_read() -> None:
    src = read_source_bytes(compound_file(_message(
        "通知", body="请查收。", attachments={"坏文件.docx": b"PK\x03\x04 broken", "办法.docx": _docx(*NOTICE)})), "a.msg")
    assert [p.name for p in src.parts] == ["a.msg/正文", "a.msg/办法.docx"]
    assert any("坏文件.docx" in w for w in src.warnings)


def test_a_message_with_nothing_readable_is_refused_with_a_reason() -> None:
    with pytest.raises(UnreadableFile, match="nothing readable in the Outlook message"):
        read_source_bytes(compound_file(_message("空邮件")), "empty.msg")


def test_the_earlier_mail_quoted_under_a_forward_is_no_part_of_it_where_the_notice_is_attached() -> None:
    """A draft's figures sent round for comment ("征求意见稿拟定：每千瓦2500元") stand quoted under the letter that sends
    the final notice: they are left out, and the report says so; without an attachment the quoted mail is kept (a
    forward whose notice is the quoted mail's own text)."""
    body = ("各乡镇：\r\n现将正式文件转发给你们，具体标准以附件为准。\r\n\r\n-----原始邮件-----\r\n发件人：某局渔业科\r\n"
            "发送时间：2026年3月18日 15:26\r\n主题：减船转产补助（征求意见稿）\r\n\r\n征求意见稿拟定：每千瓦2500元。\r\n")
    src = read_source_bytes(compound_file(_message("转发：补助通知", body=body,
                                                   attachments={"办法.docx": _docx(*NOTICE)})), "a.msg")
    letter = src.parts[0]
    assert "具体标准以附件为准" in letter.text and "2500元" not in letter.text
    (why, what), = letter.removed
    assert why == "earlier mail quoted under the letter" and "征求意见稿拟定：每千瓦2500元。" in what
    # (a signature's logo kept as an attachment sends no notice: the quoted mail stays)
    logo = read_source_bytes(compound_file(_message("转发：补助通知", body=body, attachments={"image001.png": b"\x89PNG"})),
                             "c.msg")
    assert "每千瓦2500元" in logo.parts[0].text
    alone = read_source_bytes(compound_file(_message("转发：补助通知", body=body)), "b.msg")
    assert "每千瓦2500元" in alone.parts[0].text


def test_a_broken_body_or_attachment_loses_only_itself() -> None:
    """An HTML body labelled with a charset that decodes nothing ("undefined") is read by the message's code page; an
    attachment whose data is a storage, not a stream, is named as unreadable and the rest is read."""
    page = '<html><head><meta charset="undefined"></head><body><p>请于11月20日前报送。</p></body></html>'.encode()
    streams = _message("通知", html=page, attachments={"办法.docx": _docx(*NOTICE), "坏.txt": b"x"})
    streams["__attach_version1.0_#00000001/__substg1.0_37010102/inner"] = streams.pop(
        "__attach_version1.0_#00000001/__substg1.0_37010102")
    src = read_source_bytes(compound_file(streams), "a.msg")
    assert "请于11月20日前报送。" in src.parts[0].text and any("每千瓦3000元" in p.text for p in src.parts)
    assert any("坏.txt" in w for w in src.warnings)
