"""The lexical side of the index: jieba tokens, what the dictionary knows, place names."""

from __future__ import annotations

from index.lexical import known_word, tokenize


def test_tokens_keep_policy_terms_and_drop_function_words() -> None:
    tokens = tokenize("中宁县残疾儿童康复训练每人每年补助多少钱？")
    assert "残疾" in tokens and "康复" in tokens
    assert "多少" not in tokens and "？" not in tokens


def test_the_dictionary_knows_words_not_a_preposition_glued_to_one() -> None:
    assert known_word("对照表")
    assert not known_word("对麦场")
