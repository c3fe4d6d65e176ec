from __future__ import annotations

from index.models import Chunk
from prompts import load_prompt
from rag.compose import answer_messages
from rag.context import ContextPassage
from rag.schema import Hit


def _passage(note: str = "") -> ContextPassage:
    text = "购房人应当自网签备案之日起6个月内提出申请。"
    chunk = Chunk("c1", "d1", text, 0, len(text), "f.txt", "某政办发〔2022〕41号", "某市购房补贴办法",
                  "某市人民政府办公室", "2022-12-26", "某市购房补贴办法 > 第四条")
    hit = Hit(chunk, 1.0, 1, chunk.text, 0, len(text), note=note)
    return ContextPassage(1, hit, chunk.text)


def test_the_model_is_told_which_notices_are_no_longer_in_force_only_when_one_is_quoted() -> None:
    plain = answer_messages("public", "现在还能申请吗？", [_passage()])
    assert load_prompt("lapsed") not in str(plain[-1].content)
    lapsed = answer_messages("public", "现在还能申请吗？", [_passage("已失效，有效期至2024年12月31日")], lapsed=True)
    text = str(lapsed[-1].content)
    assert "（已失效，有效期至2024年12月31日）" in text and text.endswith(load_prompt("lapsed"))
    assert lapsed[0].content == plain[0].content  # the system text is unchanged: its cache holds
