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


def test_nouns_are_the_things_a_text_names_not_its_verbs_or_people() -> None:
    from index.lexical import nouns

    assert nouns("保险由谁购买？") == ["保险"]
    assert "报给" not in nouns("报给哪个部门？") and "部门" in nouns("报给哪个部门？")
