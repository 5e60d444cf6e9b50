"""Typed text to tokens: one character per token for single-character vocabularies, else words."""

import pytest

from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError

PIGS = ["P", "I", "G", "S"]


def test_single_character_vocabulary_splits_characters_and_skips_spaces():
    assert tokens.parse("PIG", PIGS) == [0, 1, 2]
    assert tokens.parse(" P I  G ", PIGS) == [0, 1, 2]


def test_space_is_a_token_when_it_is_in_the_vocabulary():
    assert tokens.parse("A B", ["A", "B", " "]) == [0, 2, 1]


def test_multi_character_vocabulary_splits_on_white_space():
    vocab = ["the", "cat", "sat"]
    assert tokens.parse("the cat  sat", vocab) == [0, 1, 2]
    assert tokens.join([2, 1], vocab) == "sat cat"
    assert tokens.join([0, 1, 2], PIGS) == "PIG"


def test_unknown_token_is_named_with_its_position():
    with pytest.raises(InputError, match=r"input: unknown token 'X' at position 3 \(vocabulary: P I G S\)"):
        tokens.parse("PIXS", PIGS)
    assert tokens.unknown_positions("PIXSQ", PIGS) == [2, 4]


def test_empty_and_overlong_inputs():
    with pytest.raises(InputError, match="no tokens"):
        tokens.parse("   ", PIGS)
    with pytest.raises(InputError, match="more than the limit of 10000"):
        tokens.parse("P" * 10_001, PIGS)
    assert len(tokens.parse("P" * 10_000, PIGS)) == 10_000


def test_a_typed_vocabulary_is_words_or_the_characters_of_one_word():
    assert tokens.parse_vocab("PIGS") == ["P", "I", "G", "S"]
    assert tokens.parse_vocab("  PIGS \n") == ["P", "I", "G", "S"]
    assert tokens.parse_vocab("the cat\tsat") == ["the", "cat", "sat"]
    # the model panel splits one word only when the old vocabulary was one character a token
    assert tokens.parse_vocab("PIGS", "vocabulary", by_character=False) == ["PIGS"]
    assert tokens.parse_vocab("P I G", "vocabulary", by_character=False) == ["P", "I", "G"]


@pytest.mark.parametrize(("text", "message"), [
    ("   ", "--vocab: no tokens given"),
    ("PIPS", "--vocab: a token appears twice"),
    (" ".join(f"w{k}" for k in range(513)), "--vocab: 513 tokens, more than the limit of 512"),
    ("a " + "x" * 33, "--vocab: tokens are at most 32 characters long"),
])
def test_a_typed_vocabulary_is_checked_with_one_line(text, message):
    with pytest.raises(InputError) as err:
        tokens.parse_vocab(text)
    assert str(err.value) == message


def test_case_alone_fixes_lowercase_input():
    assert tokens.case_fix("pigs", list("PIGS")) == "PIGS"
    assert tokens.case_fix("PiG", list("PIGS")) == "PIG"
    assert tokens.case_fix("PIGS", list("PIGS")) is None  # nothing to fix
    assert tokens.case_fix("pigx", list("PIGS")) is None  # x is not a token in any case
    assert tokens.case_fix("the CAT", ["the", "cat"]) == "the cat"
    assert tokens.case_fix("a", ["A", "a"]) is None and tokens.case_fix("b", ["A", "a"]) is None
