"""A web page saved by the browser as one file (.mhtml): the page is read, not the MIME wrapping."""

from __future__ import annotations

import quopri

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes
from index.readers.mhtml import looks_like_mhtml

_WHERE = "https://www.example.gov.cn/zwgk/zcwj/202611/t20261118_88231.html"
_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>嘉兴市人力资源和社会保障局关于做好2026年高校毕业生"
         "就业见习工作的通知_嘉兴市人民政府</title></head><body><div class=\"nav\">首页 | 政务公开 | 政策文件</div>"
         "<div class=\"article\"><h1>嘉兴市人力资源和社会保障局关于做好2026年高校毕业生就业见习工作的通知</h1>"
         "<p>嘉人社发〔2026〕18号</p><p>一、见习对象</p><p>离校2年内未就业的高校毕业生和16至24岁失业青年。</p>"
         "<p>二、补贴标准</p><table><tr><td>见习岗位</td><td>见习补贴</td></tr><tr><td>一般岗位</td>"
         "<td>每人每月2100元</td></tr><tr><td>重点产业岗位</td><td>每人每月2500元</td></tr></table>"
         "<p>本通知自2026年12月1日起施行。</p></div><div class=\"footer\">主办单位：嘉兴市人民政府办公室</div>"
         "</body></html>")


def _mhtml(html: bytes, part_type: str = "text/html", encoding: str = "quoted-printable") -> bytes:
    """A page as Chrome's "save as single file" writes it: headers, the page quoted-printable (soft
    breaks at 76 columns, some inside a character's bytes), a style sheet and an image beside it."""
    body = quopri.encodestring(html) if encoding == "quoted-printable" else html
    boundary = "----MultipartBoundary--Qm9vZ3xTZXJ2aWNl----"
    parts = [
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {_WHERE}\r\n"
        "Subject: =?utf-8?Q?=E5=98=89=E5=85=B4=E5=B8=82=E4=BA=BA=E7=A4=BE=E5=B1=80?=\r\n"
        "Date: Wed, 2 Dec 2026 09:12:33 +0800\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n',
        f"--{boundary}\r\nContent-Type: {part_type}\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: {_WHERE}\r\n\r\n",
    ]
    tail = (f"\r\n--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://www.example.gov.cn/css/main.css\r\n\r\n.nav { color: red; }\r\n"
            f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://www.example.gov.cn/img/logo.png\r\n\r\niVBORw0KGgo=\r\n"
            f"--{boundary}--\r\n")
    return "".join(parts).encode() + body.replace(b"\n", b"\r\n") + tail.encode()


def test_a_page_saved_as_one_file_is_read_as_the_page() -> None:
    data = _mhtml(_PAGE.encode("utf-8"))
    assert b"=E5=" in data and b"=\r\n" in data  # quoted-printable with soft line breaks, as saved
    assert looks_like_mhtml(data)
    src = read_source_bytes(data, "notice.mhtml")
    lines = src.text.split("\n")
    assert src.format == "mhtml"
    assert src.title == "嘉兴市人力资源和社会保障局关于做好2026年高校毕业生就业见习工作的通知"
    assert "嘉人社发〔2026〕18号" in lines and "离校2年内未就业的高校毕业生和16至24岁失业青年。" in lines
    assert "重点产业岗位\t每人每月2500元" in lines
    assert "color" not in src.text and "iVBOR" not in src.text and "首页" not in src.text


def test_a_page_saved_by_an_old_browser_in_gb2312_is_decoded_by_its_part_s_charset() -> None:
    page = _PAGE.replace('charset="utf-8"', 'charset="gb2312"').encode("gb18030")
    src = read_source_bytes(_mhtml(page, 'text/html; charset="gb2312"'), "notice.mht")
    assert "一般岗位\t每人每月2100元" in src.text.split("\n")
    # a part whose label is wrong (utf-8 over GBK bytes) is decoded by what the bytes are
    src = read_source_bytes(_mhtml(page, 'text/html; charset="utf-8"', "8bit"), "notice.mht")
    assert "一般岗位\t每人每月2100元" in src.text.split("\n")


def test_a_saved_page_without_a_page_inside_is_refused_and_plain_text_is_not_taken_for_one() -> None:
    data = _mhtml(b".nav { color: red; }", "text/css")
    with pytest.raises(UnreadableFile, match="without an HTML page"):
        read_source_bytes(data, "styles.mhtml")
    notice = "标题：关于做好就业见习工作的通知\n文号：嘉人社发〔2026〕18号\n一、见习对象\n".encode()
    assert not looks_like_mhtml(notice)
    assert read_source_bytes(notice, "notice.txt").format == "text"


def _with_image(data: bytes, where: str, image: bytes) -> bytes:
    """The saved page with one more image part (base64, at ``where``) before its closing boundary."""
    import base64

    boundary = b"----MultipartBoundary--Qm9vZ3xTZXJ2aWNl----"
    part = (b"--" + boundary + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Location: " + where.encode() + b"\r\n\r\n" + base64.encodebytes(image).replace(b"\n", b"\r\n"))
    return data.replace(b"--" + boundary + b"--", part + b"--" + boundary + b"--")


def test_a_notice_published_as_scanned_page_images_is_read_by_ocr_where_the_page_has_no_text_of_its_own() -> None:
    from pathlib import Path

    scan = (Path(__file__).resolve().parents[3] / "data" / "ingest" / "luoyang-flood-notice-scan.png").read_bytes()
    where = "https://www.example.gov.cn/upload/202406/scan1.png"
    page = ("<html><head><meta charset=\"utf-8\"></head><body><div class=\"nav\">首页 | 政务公开</div>"
            "<h1>洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知</h1><p>发布日期：2024-06-03</p>"
            f"<div class=\"article\"><p><img src=\"{where}\"></p>"
            "<p><img src=\"https://www.example.gov.cn/img/logo.png\"></p></div></body></html>")
    src = read_source_bytes(_with_image(_mhtml(page.encode()), where, scan), "notice.mhtml")
    assert src.format == "mhtml-ocr" and src.ocr
    assert any("OCR used on 1 scanned page image" in w for w in src.warnings)
    text = src.text.replace(" ", "")
    assert "地下车库、下穿隧道要提前设置警示标志" in text and "洛汛〔2024〕7号" in text
    # a page that prints its article keeps it, whatever pictures it shows beside it
    full = _PAGE.replace("</div><div class=\"footer\">", f"<p><img src=\"{where}\"></p></div><div class=\"footer\">")
    full = full.replace("<p>本通知", "<p>" + "见习单位应当为见习人员办理人身意外伤害保险。" * 20 + "</p><p>本通知")
    src = read_source_bytes(_with_image(_mhtml(full.encode()), where, scan), "notice.mhtml")
    assert src.format == "mhtml" and "地下车库" not in src.text
