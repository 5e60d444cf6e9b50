"""Variant codes: every field round-trips; typos are caught; foreign text is refused in one line."""

from __future__ import annotations

import itertools

import pytest

from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.code import ALPHABET, decode, encode, normalise
from lstm_studio.worksheets.generate import build, from_code
from lstm_studio.worksheets.problem import DIFFICULTIES, MAX_SEED, MAX_VARIANTS, QUESTION_TYPES

from .helpers import CELL_IDS, CELLS, make_problem


@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_every_cell_and_convention_round_trips(cell, options):
    problem = make_problem(cell, options, seed=12345, variant=17, decimals=3, difficulty="hard")
    assert decode(encode(problem)) == problem


def test_every_option_round_trips():
    subsets = [tuple(t for t in QUESTION_TYPES if t in chosen)
               for n in (1, 2, 3) for chosen in itertools.combinations(QUESTION_TYPES, n)]
    for types, difficulty, decimals in itertools.product(subsets, DIFFICULTIES, (1, 2, 3, 4)):
        problem = make_problem("gru", {"reset": "after"}, types=types, difficulty=difficulty, decimals=decimals)
        assert decode(encode(problem)) == problem
    for seed, variant in ((0, 1), (MAX_SEED, MAX_VARIANTS), (2**20 + 3, 500)):
        problem = make_problem("rnn", {"activation": "relu"}, seed=seed, variant=variant)
        assert decode(encode(problem)) == problem


@pytest.mark.parametrize("vocab, text", [("PIGS", "PIGS"), ("helo", "hello"), ("ab.", "a.b"),
                                         ("A1#", "1#A1"), ("0123456789abcdef", "fedcba9876543210"[:12])])
def test_vocabularies_spelled_out_in_the_code(vocab, text):
    problem = make_problem("lstm", vocab=vocab, text=text, hidden=2, seed=4)
    assert decode(encode(problem)) == problem


def test_word_vocabulary_needs_the_models_vocabulary():
    from lstm_studio.engine import new_model
    from lstm_studio.worksheets.problem import problem_from_model

    vocab = ["the", "cat", "sat", "<eos>"]
    problem = problem_from_model(new_model("gru", vocab, 2), "the cat sat", seed=9)
    code = encode(problem)
    assert decode(code, vocab) == problem
    with pytest.raises(InputError, match="open that model first"):
        decode(code)
    with pytest.raises(InputError, match="different vocabulary"):
        decode(code, ["the", "dog", "sat", "<eos>"])


def test_the_code_rebuilds_the_same_worksheet():
    problem = make_problem("peephole_lstm", {"peephole": "full"}, seed=77, variant=5)
    original = build(problem)
    again = from_code(original.code)
    assert again.code == original.code
    assert [q.text for q in again.questions] == [q.text for q in original.questions]
    assert [q.answer for q in again.questions] == [q.answer for q in original.questions]
    for name, value in original.model.params.items():
        assert (again.model.params[name] == value).all()


def test_typing_is_forgiving_about_case_separators_and_look_alikes():
    problem = make_problem(seed=31, variant=3)
    code = encode(problem)
    assert code == code.upper() and "-" in code
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert decode(sloppy) == problem
    assert normalise(sloppy) == code.replace("-", "")


def test_every_mistyped_character_and_every_swap_is_caught():
    for variant in (1, 2, 3, 20):
        raw = encode(make_problem(seed=8, variant=variant)).replace("-", "")
        for i, ch in itertools.product(range(len(raw)), ALPHABET):
            if ch != raw[i]:
                with pytest.raises(InputError):
                    decode(raw[:i] + ch + raw[i + 1 :])
        for i in range(len(raw) - 1):
            if raw[i] != raw[i + 1]:
                with pytest.raises(InputError):
                    decode(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2 :])


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("   ", "empty"), ("AB", "too short"), ("ABCD-EFGH-!", "not a code character"),
    ("ÄÖÜ", "not a code character"), ("U" * 18, "not a code character"), ("0" * 18, "variant code"),
    ("Z" * 40, "variant code"),
])
def test_foreign_text_is_refused_with_one_line(text, message):
    with pytest.raises(InputError, match=message) as err:
        decode(text)
    assert "\n" not in str(err.value)


def test_codes_are_short():
    code = encode(make_problem(seed=2024, variant=30))
    assert len(code.replace("-", "")) <= 20
