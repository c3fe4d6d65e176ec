"""An e-mail saved as a file (.eml): a notice forwarded by an office, with the notice attached.

The file is a MIME message (``multipart/mixed``): a cover letter ("各村（社区）：现将《…》转发给你们，请遵照
执行。", often with the office's own deadline and contact) in a text/plain and/or text/html body, and the
notice itself as an attachment (a Word file, a PDF, a spreadsheet). The standard library's ``email``
package takes the message apart: RFC 2047 encoded words in the headers (``=?GB2312?B?…?=``), RFC 2231
file names (``filename*=GBK''%B8%BD…``), quoted-printable and base64 bodies in the charset each part
declares. The message is read like an archive: the cover letter is one part (titled by the Subject,
dated by the Date header where it has no date of its own) and every attachment is read by the reader
its bytes call for, as a file of its own. Inline images of the HTML body (a signature's logo) are not
attachments. An attachment that cannot be read is named in a warning and the rest are still read.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from email.message import Message

from index.errors import UnreadableFile
from index.readers import SourceText, unread_note

BODY_NAME = "正文"  # the cover letter's name among the message's parts ("通知.eml/正文")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emz", ".wmz", ".wmf", ".emf")  # a signature's logo …
_MAX_DEPTH = 2  # a mail forwarded as an attachment of a mail is read; one more level down is not
MAX_PARTS = 200  # attachments of one mail read at most (an .eml's or an Outlook message's)
_SIGNATURE_LINES = 12  # a mail signature ("-- " and what follows) stands in the last lines of the body

# Mail headers at the top of the file: the block (field names are ASCII) that names a sender or a
# subject and says what the body is.
_HEADER_RE = re.compile(rb"^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,60}", re.S)
_MAIL_RE = re.compile(rb"^(?:from|subject|to|date|message-id):", re.I | re.M)
_MIME_RE = re.compile(rb"^(?:mime-version|content-type):", re.I | re.M)
# "Fw:", "Fwd:", "Re:", "转发:" …, the mail client's marks before the subject the sender wrote
_REPLY_MARK = re.compile(r"^(?:\s*(?:fw|fwd|re|aw|转发|回复|答复)\s*[:：]\s*)+", re.I)
_FORWARD_MARK = re.compile(r"^\s*(?:fw|fwd|转发)\s*[:：]", re.I)


def looks_like_eml(data: bytes) -> bool:
    """Mail headers at the top of the file: a sender or subject beside MIME headers."""
    head = data[:16384].lstrip(b"\xef\xbb\xbf")
    block = _HEADER_RE.match(head)
    return block is not None and len(_MAIL_RE.findall(block.group(0))) >= 2 and _MIME_RE.search(block.group(0)) is not None


def read_eml(data: bytes, name: str, depth: int = 0) -> SourceText:
    message = email.message_from_bytes(data.lstrip(b"\xef\xbb\xbf"), policy=email.policy.compat32)
    subject = _header(message, "Subject")
    attached = _attachments(message)
    # (what the letter sends that is a document: a signature's logo, kept as an attachment, sends nothing)
    sends = any(not (_file_name(part) or "").lower().endswith(IMAGE_SUFFIXES) and part.get_content_maintype() != "image"
                for part in attached)
    body = _cover_letter(message, f"{name}/{BODY_NAME}", subject, _sender(message), _date(message), sends)
    files = [(_file_name(part), functools.partial(_read_attachment, part, depth=depth)) for part in attached]
    return mail_source(name, "eml", subject, body, files, [])


# An attachment as a mail reader hands it over: its file name (None where it gives none) and how to read it (given
# the label it is read under, "mail.eml/附件.docx")
Attached = tuple[str | None, Callable[[str], SourceText]]


def mail_source(name: str, fmt: str, subject: str, body: SourceText | None, files: Sequence[Attached],
                warnings: list[str]) -> SourceText:
    """A mail (an .eml, an Outlook .msg) as a container: its cover letter (``body``) and each attachment a file of its
    own, named apart ("附件2" where it has no name, "3-通知.docx" for a second "通知.docx"); one that cannot be read is
    named in a warning, and the rest are read. Raises UnreadableFile where nothing is readable."""
    parts = [body] if body is not None else []
    seen: set[str] = set()
    for i, (named, read) in enumerate(files):
        if i >= MAX_PARTS:
            warnings.append(f"more than {MAX_PARTS} attachments: the rest not read")
            break
        file_name = named or f"附件{i + 1}"
        while file_name in seen or file_name == BODY_NAME:
            file_name = f"{i + 1}-{file_name}"
        seen.add(file_name)
        label = f"{name}/{file_name}"
        try:
            parts.append(read(label))
        except UnreadableFile as exc:
            warnings.append(unread_note(file_name, label, exc))
    if not parts:
        why = "; ".join(warnings[:3]) or "it has no text and no attachment"
        raise UnreadableFile(f"{name}: nothing readable in the {'Outlook message' if fmt == 'msg' else 'e-mail'} ({why})")
    fields = (("邮件主题", subject),) if subject else ()
    return SourceText(name=name, format=fmt, text="", title=subject or None, fields=fields,
                      warnings=tuple(warnings), parts=tuple(parts))


def _read_attachment(part: Message, label: str, depth: int) -> SourceText:
    from index.readers import read_source_bytes

    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if depth + 1 >= _MAX_DEPTH:
            raise UnreadableFile(f"{label}: a mail inside a mail inside a mail, not opened")
        first = inner[0] if isinstance(inner, list) and inner else None
        raw = first.as_bytes() if isinstance(first, Message) else b""
        return read_eml(raw, label, depth + 1)
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise UnreadableFile(f"{label}: an empty attachment")
    if depth + 1 < _MAX_DEPTH and looks_like_eml(payload):
        return read_eml(payload, label, depth + 1)
    return read_source_bytes(payload, label)


def _attachments(message: Message) -> list[Message]:
    """The message's attached files, in order: parts with a file name or marked as attachments; a body's
    inline images (referred to by Content-ID) are not attachments."""
    out: list[Message] = []

    def walk(m: Message) -> None:
        if m.get_content_type() == "message/rfc822":
            out.append(m)
            return
        if m.is_multipart():
            for sub in m.get_payload():
                if isinstance(sub, Message):
                    walk(sub)
            return
        disposition = (m.get_content_disposition() or "").lower()
        named = _file_name(m) is not None
        if disposition == "attachment" or (named and disposition != "inline"):
            out.append(m)
        elif disposition == "inline" and named and not m.get("Content-ID") and m.get_content_maintype() != "text":
            out.append(m)  # a file shown inline (a PDF some clients mark inline), not a body image

    if message.is_multipart():
        for sub in message.get_payload():
            if isinstance(sub, Message):
                walk(sub)
    return out


def _bodies(message: Message) -> list[Message]:
    """The text parts that are the message's own text (not attached files), first to last."""
    out: list[Message] = []

    def walk(m: Message) -> None:
        if m.get_content_type() == "message/rfc822":
            return  # a mail attached is read as an attachment, not as this one's text
        if m.is_multipart():
            for sub in m.get_payload():
                if isinstance(sub, Message):
                    walk(sub)
            return
        if m.get_content_type() in ("text/plain", "text/html") and not (
                (m.get_content_disposition() or "") == "attachment" or _file_name(m)):
            out.append(m)

    walk(message)
    return out


def _cover_letter(message: Message, label: str, subject: str, sender: str, sent: str,
                  attached: bool) -> SourceText | None:
    """The cover letter: the plain-text body, else the HTML body read as a page; headed by the subject."""
    bodies = _bodies(message)
    plain = (_decoded(p, label) for p in bodies if p.get_content_type() == "text/plain")
    html = (_decoded(p, label) for p in bodies if p.get_content_type() == "text/html")
    return cover_letter(label, subject, sender, sent, plain, html, attached)


# Where a mail client quotes the earlier mail under a reply or a forward: "-----原始邮件-----", "-----Original
# Message-----", "---------- Forwarded message ---------", "在 2026年3月18日 15:26，…写道：", "On … wrote:"
_QUOTED_MAIL = re.compile(r"^\s*(?:-{3,}\s*(?:原始邮件|原邮件|转发邮件|Original Message|Forwarded message)\s*-{3,}"
                          r"|在.{0,80}写道\s*[：:]|On .{0,120} wrote:)\s*$", re.I)


def cover_letter(label: str, subject: str, sender: str, sent: str, plain: Iterable[str],
                 html: Iterable[str], attached: bool = False) -> SourceText | None:
    """A mail's cover letter (of an .eml or an Outlook .msg): the first plain-text body with text, else the first
    HTML body read as a page; headed by the subject, dated by the mail; a signature under "-- " left out. Where the
    mail is ``attached`` files, the earlier mail its client quotes under the letter ("-----原始邮件-----": a draft's
    figures sent round for comment) is no part of what it sends: left out and reported (the notice is the
    attachment); a mail without one keeps it (a forward whose notice is the quoted mail's text)."""
    from index.readers.html import read_html

    text = next((t for body in plain if (t := body.strip())), "")
    if not text:
        for page in html:
            if page.strip():
                try:
                    text = read_html(page, label).text.strip()
                except UnreadableFile:
                    continue
                if text:
                    break
    if not text:
        return None
    fields = [(k, v) for k, v in (("来源", sender), ("发布日期", sent)) if v]
    title = _letter_title(subject)
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    cut = [i for i, ln in enumerate(lines) if ln in ("--", "-- ") and len(lines) - i <= _SIGNATURE_LINES]
    if cut:  # the mail client's signature under "-- " (an address, a phone): no part of the letter
        lines = lines[:cut[0]]
    removed: tuple[tuple[str, str], ...] = ()
    quoted = next((i for i, ln in enumerate(lines) if i and _QUOTED_MAIL.match(ln)), None)
    if attached and quoted is not None:  # (reported whole: what was cut, not only its subject)
        removed = (("earlier mail quoted under the letter", "\n".join(ln for ln in lines[quoted:] if ln.strip())),)
        lines = lines[:quoted]
    if title and not any(title in ln for ln in lines[:5]):
        lines.insert(0, title)  # the subject stands over the letter as its title
    return SourceText(name=label, format="eml", text="\n".join(lines).rstrip(), title=title, fields=tuple(fields),
                      removed=removed)


def _letter_title(subject: str) -> str | None:
    """The cover letter's title: the subject without the client's marks; a forward is titled as one
    ("Fw: 关于…的通知" → "转发《关于…的通知》"), not as the notice it forwards, which is attached."""
    bare = _REPLY_MARK.sub("", subject).strip().strip("《》")
    if not bare:
        return None
    return f"转发《{bare}》" if _FORWARD_MARK.match(subject) and not bare.startswith(("转发", "关于转发")) else bare


def _decoded(part: Message, label: str) -> str:
    from index.readers.text import decode_text

    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""
    charset = (part.get_content_charset() or "").strip().lower()
    if charset in ("gb2312", "gbk"):
        charset = "gb18030"  # (mail clients label GBK text gb2312)
    try:
        return payload.decode(charset) if charset else decode_text(payload, label)
    except (LookupError, UnicodeError):
        try:
            return decode_text(payload, label)  # a wrong or unknown label: the bytes say what they are
        except UnreadableFile:
            return ""


def _header(message: Message, key: str) -> str:
    """A header's text with RFC 2047 encoded words decoded."""
    raw = message.get(key)
    return decoded_words(str(raw)) if raw else ""


def decoded_words(raw: str) -> str:
    """A header value with its RFC 2047 encoded words decoded ("=?GB2312?B?…?=", GB2312 and GBK labels read as
    GB18030, which mail clients write under them), whitespace runs as one space."""
    try:
        pieces = email.header.decode_header(raw)
    except email.errors.HeaderParseError:
        return raw.strip()
    out = []
    for text, charset in pieces:
        if isinstance(text, bytes):
            enc = (charset or "ascii").lower()
            enc = "gb18030" if enc in ("gb2312", "gbk") else enc
            try:
                out.append(text.decode(enc))
            except (LookupError, UnicodeError):
                out.append(text.decode("gb18030", errors="replace"))
        else:
            out.append(text)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _sender(message: Message) -> str:
    """The sender's name ("宝鸡市某镇党政办"), not the address; "" where only an address is given."""
    display, _ = email.utils.parseaddr(_header(message, "From"))
    display = display.strip().strip('"')
    return display if re.search(r"[\u4e00-\u9fff]", display) else ""


def _date(message: Message) -> str:
    """The Date header as 2026年11月3日 ("" where missing or broken)."""
    raw = message.get("Date")
    if not raw:
        return ""
    try:
        when = email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return ""
    return f"{when.year}年{when.month}月{when.day}日" if when else ""


def _file_name(part: Message) -> str | None:
    """An attachment's file name as its sender wrote it (RFC 2231 or RFC 2047 encoded, GBK or UTF-8); only
    the last path component."""
    raw = part.get_filename()
    if not raw:
        return None
    if "=?" in raw:
        raw = decoded_words(raw)
    name = re.split(r"[\\/]", raw.strip())[-1].strip()
    return name or None
