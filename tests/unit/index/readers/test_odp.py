"""OpenDocument presentations (.odp), as LibreOffice Impress saves a 政策解读 deck: frames whose order in the XML
is not their place on the slide, a nested list, a table in a frame, speaker notes holding what the slide does not
say, a master page's footer and page number on every slide."""

from __future__ import annotations

import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _frame(x: float, y: float, body: str, cls: str = "") -> str:
    kind = f' presentation:class="{cls}"' if cls else ""
    return f'<draw:frame svg:x="{x}cm" svg:y="{y}cm"{kind}><draw:text-box>{body}</draw:text-box></draw:frame>'


def _notes(text: str) -> str:
    return ('<presentation:notes><draw:page-thumbnail presentation:class="page"/>'
            f'{_frame(2, 12, f"<text:p>{text}</text:p>", "notes")}</presentation:notes>')


def _page(n: int, inner: str) -> str:
    return f'<draw:page draw:name="page{n}">{inner}</draw:page>'


def _table(rows: list[list[str]]) -> str:
    cells = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>"
                                                  for c in row) + "</table:table-row>" for row in rows)
    return f'<draw:frame svg:x="1cm" svg:y="4cm"><table:table>{cells}</table:table></draw:frame>'


SLIDES = [
    _page(1, _frame(1.4, 5, "<text:p>某市困难群众帮扶办法政策解读</text:p>", "title")
          + _frame(1.4, 9.6, "<text:p>某市民政局</text:p>", "subtitle")),
    # (the bottom frame and the right column come first in the XML; the title last)
    _page(2, _frame(1.4, 12.6, "<text:p>共同条件：本市户籍</text:p>")
          + _frame(14.4, 3.8, "<text:list><text:list-item><text:p>侨眷：归侨在国内的眷属</text:p></text:list-item>"
                   "</text:list>")
          + _frame(1.4, 3.8, "<text:list><text:list-item><text:p>归侨：回国定居的华侨</text:p><text:list><text:list-item>"
                   "<text:p>户籍在本市满1年</text:p></text:list-item></text:list></text:list-item></text:list>")
          + _frame(1.4, 0.8, "<text:p>二、帮扶对象</text:p>", "title")
          + _frame(24, 18, "<text:p>2</text:p>", "page-number")
          + _notes("家庭人均月收入低于最低生活保障标准1.5倍的，可以申请。")),
    _page(3, _frame(1.4, 0.8, "<text:p>三、帮扶标准</text:p>", "title")
          + _table([["对象", "标准"], ["困难归侨", "每人每次最高5000元"], ["困难侨眷", "每户每次最高3000元"]])
          + _notes("定期生活补助于每季度首月15日前发放。")),
]
STYLES = ('<office:document-styles {ns}><office:master-styles><style:master-page style:name="Default">'
          '<draw:frame presentation:class="footer" svg:x="1cm" svg:y="19cm"><draw:text-box><text:p>某市民政局</text:p>'
          '</draw:text-box></draw:frame></style:master-page></office:master-styles></office:document-styles>')


def _odp(pages: list[str], mimetype: str = "application/vnd.oasis.opendocument.presentation") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
                                  '<office:body><office:presentation>'
                                  '<presentation:footer-decl presentation:name="ftr1">某市民政局</presentation:footer-decl>'
                                  f'{"".join(pages)}</office:presentation></office:body></office:document-content>')
        z.writestr("styles.xml", STYLES.format(ns=_NS))
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_a_deck_is_read_slide_by_slide_as_its_frames_stand_with_its_notes() -> None:
    src = read_source_bytes(_odp(SLIDES), "jiedu.odp")
    assert src.format == "odp" and src.title == "某市困难群众帮扶办法政策解读"
    assert src.text.split("\n") == [
        "某市困难群众帮扶办法政策解读", "某市民政局",
        "二、帮扶对象", "归侨：回国定居的华侨", "户籍在本市满1年", "侨眷：归侨在国内的眷属", "共同条件：本市户籍",
        "家庭人均月收入低于最低生活保障标准1.5倍的，可以申请。",
        "三、帮扶标准", "对象\t标准", "困难归侨\t每人每次最高5000元", "困难侨眷\t每户每次最高3000元",
        "定期生活补助于每季度首月15日前发放。"]
    assert ("slide footer", "2") in src.removed and ("slide footer", "某市民政局") in src.removed


def test_a_group_and_a_rotated_frame_are_read_where_they_stand() -> None:
    slide = _page(1, _frame(1.4, 0.8, "<text:p>五、申请渠道</text:p>", "title")
                  + '<draw:g><draw:frame svg:x="1cm" svg:y="12cm"><draw:text-box><text:p>自助：在自助机上申请</text:p>'
                    '</draw:text-box></draw:frame></draw:g>'
                  + '<draw:frame draw:transform="rotate (0.1) translate (1cm 9cm)"><draw:text-box><text:p>线上：在小程序申请'
                    '</text:p></draw:text-box></draw:frame>'
                  + _frame(1, 4, "<text:p>线下：向镇政府申请</text:p>"))
    src = read_source_bytes(_odp([slide]), "qudao.odp")
    assert src.text.split("\n") == ["五、申请渠道", "线下：向镇政府申请", "线上：在小程序申请", "自助：在自助机上申请"]


def test_a_deck_without_text_or_with_a_broken_part_is_refused_with_the_reason() -> None:
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(_odp([_page(1, '<draw:frame svg:x="1cm" svg:y="1cm"><draw:image/></draw:frame>')]), "a.odp")
    broken = _odp([*SLIDES, "<unclosed>"])
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(broken, "b.odp")
