"""The same seed gives the same worksheets, byte for byte; seeds and variants give different ones."""

from __future__ import annotations

import numpy as np

from lstm_studio.worksheets.export import export_batch
from lstm_studio.worksheets.generate import build, build_batch
from lstm_studio.worksheets.render_json import worksheets_json
from lstm_studio.worksheets.render_markdown import answer_key_markdown, worksheet_markdown
from lstm_studio.worksheets.variant import variant_model

from .helpers import make_problem


def test_same_seed_same_files(tmp_path):
    problem = make_problem("gru", {"update": "z_keeps_old"}, seed=42)
    formats = ("html", "md", "tex", "json")
    first = export_batch(problem, 3, tmp_path / "a", formats)
    second = export_batch(problem, 3, tmp_path / "b", formats)
    assert [f.name for f in first.files] == [f.name for f in second.files]
    for a, b in zip(first.files, second.files):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_same_problem_same_worksheet_objects():
    problem = make_problem("lstm", seed=5, variant=4, difficulty="hard")
    a, b = build(problem), build(problem)
    assert a.code == b.code
    assert worksheet_markdown(a) == worksheet_markdown(b)
    assert answer_key_markdown(a) == answer_key_markdown(b)


def test_variants_and_seeds_differ():
    base = make_problem("lstm", seed=5)
    batch = build_batch(base, 4)
    codes = {ws.code for ws in batch}
    assert len(codes) == 4
    weights = [ws.model.params["W_f"] for ws in batch]
    assert all(not np.array_equal(weights[0], w) for w in weights[1:])
    other = build(make_problem("lstm", seed=6))
    assert not np.array_equal(other.model.params["W_f"], batch[0].model.params["W_f"])
    assert worksheets_json(batch[:1]) != worksheets_json([other])


def test_weights_depend_only_on_structure_seed_and_variant():
    a = variant_model(make_problem("lstm", seed=3, variant=2, difficulty="easy", types=("forward",)))
    b = variant_model(make_problem("lstm", seed=3, variant=2, difficulty="hard"))
    for name in a.params:
        assert np.array_equal(a.params[name], b.params[name])


def test_weights_are_rounded_and_within_range():
    for decimals in (1, 2, 3, 4):
        model = variant_model(make_problem("peephole_lstm", {"peephole": "full"}, decimals=decimals, seed=1))
        for value in model.params.values():
            assert np.all(np.abs(value) <= 1.0)
            assert np.array_equal(value, np.round(value, decimals))
            assert not np.any(np.signbit(value) & (value == 0))


def test_progress_and_cancel():
    base = make_problem(seed=1)
    seen = []
    build_batch(base, 3, progress=lambda done, total, message: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    from lstm_studio.worksheets.generate import Cancelled

    calls = []

    def cancel_after_two():
        calls.append(1)
        return len(calls) > 2

    try:
        build_batch(base, 10, cancelled=cancel_after_two)
    except Cancelled:
        pass
    else:
        raise AssertionError("the batch did not stop")
    assert len(calls) == 3
