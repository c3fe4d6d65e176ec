from __future__ import annotations

from pathlib import Path

from eval.synthetic import make_corpus, variant
from index.docnumber import DOC_NUMBER_RE
from index.gazette import parse_gazette

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"
GAZETTE = CORPUS / "tongxin-county-2022.txt"


def test_a_variant_is_a_new_text_that_parses_into_as_many_notices() -> None:
    text = GAZETTE.read_text(encoding="utf-8")
    one, two = variant(text, 1), variant(text, 2)
    assert one != text and one != two
    original = parse_gazette(text, GAZETTE.name)
    made = parse_gazette(one, GAZETTE.name)
    assert len(made) == len(original)
    assert "同心县" in text and "同心县" not in one  # the county is an invented one
    numbers = {m.group() for m in DOC_NUMBER_RE.finditer(text)}
    assert numbers and not numbers & {m.group() for m in DOC_NUMBER_RE.finditer(one)}
    assert sum(a.title != b.title for a, b in zip(original, made, strict=True)) >= len(made) // 2


def test_make_corpus_writes_the_originals_and_n_minus_one_variants_each(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GAZETTE.read_text(encoding="utf-8"), encoding="utf-8")
    files = make_corpus(src, tmp_path / "x3", 3)
    assert [f.name for f in files] == ["a.txt", "a-syn001.txt", "a-syn002.txt"]
    assert len({f.read_text(encoding="utf-8") for f in files}) == 3
