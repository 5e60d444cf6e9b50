"""The built-in tasks: each one's data is what its explanation says, and each is learnable."""

from __future__ import annotations

import time

import numpy as np
import pytest

from lstm_studio.engine import new_model
from lstm_studio.engine.train import TrainConfig, evaluate, run
from lstm_studio.tasks.catalog import (
    PLURAL_TEST,
    TASKS,
    Dataset,
    TaskError,
    get_task,
    normalise_text,
    plural_stem,
    shipped_text,
)


def words_of(data: Dataset, examples) -> list[str]:
    """The full words of next-character examples: the first input, then every target (or input)."""
    out = []
    for e in examples:
        out.append("".join(data.vocab[k] for k in e.inputs) + data.vocab[e.targets[-1]])
    return out


# --- every task --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(TASKS))
def test_every_task_explains_itself_and_builds_consistent_data(name):
    task = get_task(name)
    assert len(task.explanation.split()) > 60, "one paragraph that says what the task teaches"
    data = task.build()
    assert data.task == name and len(set(data.vocab)) == len(data.vocab)
    for e in data.train + data.test:
        assert len(e.inputs) == len(e.targets) >= 1
        assert all(0 <= k < len(data.vocab) for k in e.inputs)
        assert all(-1 <= k < len(data.vocab) for k in e.targets)
        assert e.target_steps >= 1
        if data.many_to_one:
            assert all(k == -1 for k in e.targets[:-1]) and e.targets[-1] >= 0
    assert 0 < data.target_accuracy <= data.ceiling <= 1
    assert "training sequences" in data.summary()


def test_the_same_seed_builds_the_same_data_and_another_seed_other_data():
    task = get_task("long_range")
    assert task.build(seed=3).train == task.build(seed=3).train
    assert task.build(seed=3).train != task.build(seed=4).train


def test_unknown_task_and_option_names_are_one_line_errors():
    with pytest.raises(TaskError, match=r"unknown task 'nope'.*next_char, plurals"):
        get_task("nope")
    with pytest.raises(TaskError, match="gap: not an option of the plurals task"):
        get_task("plurals").build(gap=3)
    with pytest.raises(TaskError, match=r"gap: 1000 is outside 0\.\.500"):
        get_task("long_range").build(gap=1000)
    with pytest.raises(TaskError, match="gap: expected a whole number"):
        get_task("long_range").build(gap="ten")
    with pytest.raises(TaskError, match="test_fraction: nan is not a finite number"):
        get_task("sentiment").build(test_fraction=float("nan"))


# --- next character ----------------------------------------------------------------------------------


def test_next_char_defaults_to_pigs_with_the_slides_vocabulary():
    data = get_task("next_char").build()
    assert data.vocab == ["P", "I", "G", "S"]
    assert [data.text(e) for e in data.train] == [("PIG", "IGS")]
    assert data.test == [] and not data.many_to_one and data.ceiling == 1.0


def test_next_char_takes_the_users_words_and_knows_when_they_cannot_all_be_right():
    data = get_task("next_char").build(words="PIG,PIN")
    assert data.vocab == ["P", "I", "G", "N"]
    assert [data.text(e) for e in data.train] == [("PI", "IG"), ("PI", "IN")]
    # P -> I twice (both right), then PI -> G or N: one of those two can be right: 3 of 4.
    assert data.ceiling == pytest.approx(0.75) and data.target_accuracy == pytest.approx(0.75)
    assert "at best 75%" in data.notes[0]
    with pytest.raises(TaskError, match="too short"):
        get_task("next_char").build(words=["PIGS", "A"])
    with pytest.raises(TaskError, match="at least one word"):
        get_task("next_char").build(words=[])


# --- plurals -----------------------------------------------------------------------------------------


def test_plurals_holds_the_slides_words_padded_to_five_and_scores_only_the_ending():
    data = get_task("plurals").build()
    train = words_of(data, data.train)
    for word in ("PIGS_", "FEES_", "COWS_", "CUPS_", "BUSES", "TAXES"):
        assert word in train
    assert all(len(w) == 5 for w in train)
    assert data.vocab[-1] == "_" and data.vocab[:-1] == sorted(data.vocab[:-1])
    kinds = {w[3:] for w in train}
    assert kinds == {"S_", "ES"}
    assert sum(w.endswith("ES") for w in train) >= 6 and sum(w.endswith("S_") for w in train) >= 10
    # Only the two steps after the three-letter stem have targets: S/E, then _/S.
    assert {data.text(e)[1][:2] for e in data.train} == {"··"}
    bus = next(e for e in data.train if data.text(e)[0] == "BUSE")
    assert data.text(bus) == ("BUSE", "··ES")
    cow = next(e for e in data.train if data.text(e)[0] == "COWS")
    assert data.text(cow) == ("COWS", "··S_")


def test_plurals_test_split_is_the_held_out_words():
    data = get_task("plurals").build()
    test = {w.rstrip("_") for w in words_of(data, data.test)}
    assert test == set(PLURAL_TEST)
    assert not test & {w.rstrip("_") for w in words_of(data, data.train)}


def test_plurals_takes_more_words_and_pads_to_the_longest():
    data = get_task("plurals").build(extra_words=["dishes", "hens"])
    train = words_of(data, data.train)
    assert "DISHES" in train and "HENS__" in train and "PIGS__" in train
    dishes = next(e for e in data.train if data.text(e)[0] == "DISHE")
    assert data.text(dishes)[1] == "···ES"
    assert plural_stem("FEES") == ("FEE", "S") and plural_stem("ASHES") == ("ASH", "ES")
    assert plural_stem("BOXES") == ("BOX", "ES") and plural_stem("CHURCHES") == ("CHURCH", "ES")
    for bad, message in (("COW", "not a plural"), ("C4TS", "letters A to Z"), ("TWO WORDS", "white space")):
        with pytest.raises(TaskError, match=message):
            get_task("plurals").build(extra_words=[bad])


# --- long-range dependency ---------------------------------------------------------------------------


@pytest.mark.parametrize("gap", [0, 1, 5, 40])
def test_long_range_sequences_are_symbol_gap_query_with_the_symbol_as_the_only_target(gap):
    data = get_task("long_range").build(gap=gap, sequences=64)
    v = data.vocab
    assert v == ["A", "B", "w", "x", "y", "z", "?"] and data.many_to_one
    assert len(data.train) == 64 and len(data.test) == 200
    for e in data.train + data.test:
        assert len(e.inputs) == gap + 2
        assert v[e.inputs[0]] in "AB" and v[e.inputs[-1]] == "?"
        assert all(v[k] in "wxyz" for k in e.inputs[1:-1])
        assert e.targets == (-1,) * (gap + 1) + (e.inputs[0],)
    firsts = [e.inputs[0] for e in data.train]
    assert firsts.count(0) == firsts.count(1) == 32, "balanced: chance is 50 %"


def test_long_range_test_sequences_are_fresh():
    data = get_task("long_range").build(gap=20, sequences=256)
    assert not set(data.train) & set(data.test)


# --- sentiment ---------------------------------------------------------------------------------------


def test_sentiment_reads_words_and_answers_once_at_the_end():
    data = get_task("sentiment").build()
    assert data.many_to_one and data.vocab[-2:] == ["POSITIVE", "NEGATIVE"]
    total = len(data.train) + len(data.test)
    assert total >= 80 and len(data.test) == round(total * 0.2)
    labelled = {data.text(e)[0]: data.text(e)[1].split()[-1] for e in data.train + data.test}
    assert labelled["not bad"] == "POSITIVE" and labelled["not good"] == "NEGATIVE"
    assert labelled["i liked it"] == "POSITIVE" and labelled["i did not like it"] == "NEGATIVE"
    assert sum(label == "POSITIVE" for label in labelled.values()) == total // 2


def test_sentiment_adds_the_users_reviews_to_training():
    data = get_task("sentiment").build(extra_phrases=["+ so very clever", "- so very silly"])
    texts = [data.text(e) for e in data.train]
    assert ("so very clever", "· · POSITIVE") in texts and ("so very silly", "· · NEGATIVE") in texts
    with pytest.raises(TaskError, match="should be '\\+ words' or '- words'"):
        get_task("sentiment").build(extra_phrases=["* meh"])


# --- character language model ------------------------------------------------------------------------


def test_char_lm_cuts_the_shipped_story_into_pieces_with_the_tail_as_test():
    data = get_task("char_lm").build(length=32)
    text = normalise_text(shipped_text())
    assert data.vocab == sorted(set(text)) and " " in data.vocab
    joined = "".join("".join(data.vocab[k] for k in e.inputs) for e in data.train + data.test)
    assert text.startswith(joined[:500])
    for e in data.train + data.test:
        assert e.inputs[1:] == e.targets[:-1], "each target is the next character"
    n_test_chars = sum(len(e.inputs) for e in data.test)
    assert 0.15 * len(text) < n_test_chars < 0.25 * len(text)


def test_char_lm_takes_the_users_text():
    data = get_task("char_lm").build(text="abc abd\nabe " * 20, length=8)
    assert data.vocab == [" ", "a", "b", "c", "d", "e"]
    with pytest.raises(TaskError, match="too short"):
        get_task("char_lm").build(text="tiny", length=8)


# --- learnable ---------------------------------------------------------------------------------------

#: (task, options, cell, hidden, config) that reach the task's target accuracy in about a second.
LEARNABLE = [
    ("next_char", {}, "lstm", 3, dict(epochs=300, lr=0.05)),
    ("next_char", {"words": "PIGS,COWS,CUPS"}, "gru", 6, dict(epochs=300, lr=0.05)),
    ("plurals", {}, "lstm", 8, dict(epochs=300, lr=0.03, batch_size=8)),
    ("long_range", {"gap": 10, "sequences": 128}, "gru", 8, dict(epochs=60, lr=0.05, batch_size=8)),
    ("sentiment", {}, "lstm", 12, dict(epochs=200, lr=0.02, batch_size=8)),
    ("char_lm", {}, "lstm", 32, dict(epochs=40, lr=0.03, batch_size=4)),
]


@pytest.mark.parametrize("name, options, cell, hidden, config", LEARNABLE, ids=[f"{r[0]}-{r[2]}" for r in LEARNABLE])
def test_each_task_is_learnable_to_its_target_accuracy(name, options, cell, hidden, config):
    data = get_task(name).build(**options)
    model = new_model(cell, data.vocab, hidden, seed=0)
    start = time.perf_counter()
    result = run(model, data, TrainConfig(target_accuracy=data.target_accuracy, **config))
    assert result.stopped == "target", result.message
    assert result.accuracy >= data.target_accuracy
    assert evaluate(result.model, data.train)[1] == result.accuracy
    assert time.perf_counter() - start < 30
    assert np.isfinite(result.loss) and result.loss < result.snapshots[0].loss


def test_with_the_long_range_defaults_only_the_gated_cells_learn():
    """The task that shows why gates exist: the same data, sizes and budget (the task's defaults, seed 0)
    for the three cells; the RNN stays at chance while the LSTM and the GRU learn it."""
    from lstm_studio.engine.chrono import fresh_model
    from lstm_studio.engine.train import TrainConfig, run

    task = get_task("long_range")
    d = task.defaults
    data = task.build(seed=0)
    config = TrainConfig(epochs=d["epochs"], batch_size=d["batch_size"], lr=d["lr"], seed=0)
    accuracy = {}
    for cell in ("rnn", "lstm", "gru"):
        model = fresh_model(cell, data, d["hidden"], 0, init="default" if cell == "rnn" else d["init"])
        accuracy[cell] = run(model, data, config).test_accuracy
    assert accuracy["rnn"] <= 0.6, accuracy
    assert accuracy["lstm"] >= 0.95 and accuracy["gru"] >= 0.95, accuracy
