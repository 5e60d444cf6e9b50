"""worksheets.json: the fields of docs/cli.md (worksheet) unchanged (version 2 adds the key's), numbers as printed
in the key, models that load."""

from __future__ import annotations

import json

import pytest

from lstm_studio.document import modelfile
from lstm_studio.engine import forward
from lstm_studio.worksheets.export import export_batch
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.render_markdown import answer_key_markdown

from .helpers import CELL_IDS, CELLS, make_problem

FORWARD_NAMES = {"h", "c", "y", "p", "prediction"}


@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_schema_and_values(tmp_path, cell, options):
    problem = make_problem(cell, options, seed=3)
    result = export_batch(problem, 2, tmp_path, ("json",))
    data = json.loads((tmp_path / "worksheets.json").read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("lstm-studio.worksheets", 2)
    assert len(data["variants"]) == 2
    for record, ws in zip(data["variants"], result.worksheets):
        assert [k for k in record if k in ("code", "model", "input", "questions")] == ["code", "model", "input",
                                                                                      "questions"]
        assert record["key_code"] == ws.code and record["graded"] is False
        assert record["code"] == ws.code
        assert record["input"] == "PIGS"
        model = modelfile.model_from_dict(record["model"])
        for name, value in ws.model.params.items():
            assert (model.params[name] == value).all()
        assert model.spec == ws.model.spec
        key = answer_key_markdown(ws)
        gates = set(model.spec.gates)
        for q, rec in zip(ws.questions, record["questions"]):
            assert list(rec)[:7] == ["id", "text", "quantity", "t", "index", "answer", "decimals"]
            assert rec["tolerance"] == q.tolerance and rec["points"] == 1.0
            assert [m["answer"] for m in rec["mistakes"]] == [m.value for m in q.mistakes]
            assert rec["id"] == q.id and rec["text"] == q.text and isinstance(rec["text"], str)
            assert rec["t"] is None or (isinstance(rec["t"], int) and 1 <= rec["t"] <= 4)
            assert rec["index"] is None or (isinstance(rec["index"], int) and rec["index"] >= 1)
            if q.kind == "forward":
                assert rec["quantity"] in FORWARD_NAMES | gates
            if isinstance(rec["answer"], float):
                assert rec["answer"] == round(rec["answer"], rec["decimals"])
                assert f"**Answer: {q.answer_text}**" in key
            elif isinstance(rec["answer"], int):
                assert rec["decimals"] == 0
            else:
                assert rec["decimals"] is None and isinstance(rec["answer"], str)
        assert len({rec["id"] for rec in record["questions"]}) == len(record["questions"])


def test_forward_quantities_index_the_run_json_arrays():
    """t and index are 1-based positions in ``run --json``'s steps and vectors."""
    ws = build(make_problem("lstm", seed=11, difficulty="hard"))
    trace = forward(ws.model, ws.inputs)
    for q in ws.questions:
        if q.kind == "forward" and q.quantity in ("h", "c", "p", "y"):
            full = {"h": trace.h, "c": trace.c, "p": trace.p, "y": trace.y}[q.quantity][q.t - 1, 0, q.index - 1]
            assert abs(full - q.answer) <= q.tolerance
