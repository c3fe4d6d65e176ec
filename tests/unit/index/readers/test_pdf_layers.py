"""A PDF's optional content (layers): text in a layer hidden when the PDF opens is no text of the page."""

from __future__ import annotations

import pypdfium2 as pdfium

from index.readers import read_source_bytes
from index.readers.pdf_layers import hidden_chars


def _pdf(content: str, off: str = "/OFF [5 0 R]", form: str = "", layers: int = 2) -> bytes:
    """A one-page PDF with layers "Final" (4 0 R) and "Draft" (5 0 R) and ``layers`` - 2 more (/MC2 …), and a page
    whose content stream is ``content`` (a form XObject /Fx drawing ``form`` too); ``off``: the default
    configuration's /OFF entry."""
    stream = content.encode("latin-1")
    extra = list(range(9, 9 + layers - 2))
    groups = " ".join(f"{n} 0 R" for n in [4, 5, *extra])
    props = " ".join(f"/MC{k} {n} 0 R" for k, n in enumerate([4, 5, *extra]))
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [{groups}] /D << /Order [{groups}] {off} >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> "
        f"/XObject << /Fx 8 0 R >> /Properties << {props} >> >> >>",
        "<< /Type /OCG /Name (Final) >>",
        "<< /Type /OCG /Name (Draft) >>",
        f"<< /Length {len(stream)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> "
        f"/Length {len(form)} >>\nstream\n{form}\nendstream",
        *(f"<< /Type /OCG /Name (Layer{n}) >>" for n in extra),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


_LINES = ("BT /F1 12 Tf 72 740 Td (Article 3. Each farm gets a grant for each mu tilled without ploughing.) Tj ET\n"
          "BT /F1 12 Tf 72 720 Td (The grant is paid within 30 days after the list is shown.) Tj ET\n")
_DRAWN = (f"{_LINES}/OC /MC0 BDC BT /F1 12 Tf 72 700 Td (Grant per mu: 50 yuan.) Tj ET EMC\n"
          "/OC /MC1 BDC BT /F1 12 Tf 72 700 Td (Grant per mu: 45 yuan.) Tj ET EMC\n")


def _hidden_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range(0, textpage.count_chars())
        return "".join(text[i] for i in sorted(hidden_chars(data, 0, page, textpage)))
    finally:
        pdf.close()


def test_text_in_a_layer_switched_off_is_hidden_and_the_shown_layer_is_not() -> None:
    assert _hidden_text(_pdf(_DRAWN)) == "Grant per mu: 45 yuan."


def test_no_text_is_hidden_where_every_layer_is_shown_or_there_are_none() -> None:
    assert _hidden_text(_pdf(_DRAWN, off="")) == ""
    assert _hidden_text(_pdf(_LINES)) == ""


def test_the_pdf_reader_reads_what_the_page_shows_and_reports_the_hidden_layer() -> None:
    """The draft's figure drawn at the final one's place is not read as the page's text; the report names it."""
    src = read_source_bytes(_pdf(_DRAWN), "plan.pdf")
    assert "Grant per mu: 50 yuan." in src.text
    assert "45 yuan" not in src.text
    assert any("hidden when the PDF opens" in w for w in src.warnings)
    assert ("a layer hidden when the PDF opens", "Grant per mu: 45 yuan.") in src.removed


def test_text_a_form_xobject_draws_in_a_hidden_layer_is_hidden_and_invisible_text_in_a_shown_one_is_read() -> None:
    form = "BT /F1 12 Tf 72 650 Td (Hidden form text.) Tj ET"
    assert _hidden_text(_pdf(f"{_LINES}/OC /MC1 BDC /Fx Do EMC\n", form=form)) == "Hidden form text."
    # (an OCR layer's invisible text, render mode 3, in a layer shown: the page's text, read)
    invisible = f"{_LINES}/OC /MC0 BDC BT 3 Tr /F1 12 Tf 72 650 Td (Invisible words of the scan.) Tj ET EMC\n"
    assert _hidden_text(_pdf(invisible)) == ""


def test_every_layer_of_a_page_of_many_is_looked_at() -> None:
    drawn = "".join(f"/OC /MC{k} BDC BT /F1 12 Tf 72 {600 - 14 * k} Td (Hidden {k}.) Tj ET EMC\n" for k in range(1, 13))
    off = "/OFF [" + " ".join(f"{n} 0 R" for n in [5, *range(9, 20)]) + "]"
    hidden = _hidden_text(_pdf(_LINES + drawn, off=off, layers=13))
    assert all(f"Hidden {k}." in hidden for k in range(1, 13)), hidden
