"""JSON for learning-management systems, auto-grading and ``worksheet grade`` (docs/worksheets.md).

    {"format": "lstm-studio.worksheets", "version": 2,
     "variants": [{"code", "key_code", "name", "student_id", "graded", "model" (a model file), "input",
                   "questions": [{"id", "text", "quantity", "t", "index", "answer", "decimals", "tolerance",
                                  "points", "kind", "choices", "mistakes": [{"name", "answer", "feedback"}]}]}]}

``t`` and ``index`` are 1-based (null where they do not apply); ``answer`` is the rounded number printed in
the key (an integer for counts, a token or a choice letter for the others, with ``decimals`` null). The
fields of version 1 (code, model, input, and id … decimals of a question) are unchanged.
"""

from __future__ import annotations

import json

from lstm_studio.document.modelfile import model_to_dict
from lstm_studio.worksheets.sheet import Question, Worksheet

FORMAT, VERSION = "lstm-studio.worksheets", 2


def points_of(q: Question, points: tuple[float, ...]) -> float:
    """The marks of ``q``: those of the selection item it comes from (1 unless the instructor set them)."""
    return float(points[q.source]) if q.source < len(points) else 1.0


def question_record(q: Question, points: tuple[float, ...] = ()) -> dict:
    return {"id": q.id, "text": q.text, "quantity": q.quantity, "t": q.t, "index": q.index, "answer": q.answer,
            "decimals": q.decimals, "tolerance": q.tolerance, "points": points_of(q, points), "kind": q.kind,
            "choices": len(q.choices),
            "mistakes": [{"name": m.name, "answer": m.value, "feedback": m.message} for m in q.mistakes]}


def variant_record(ws: Worksheet, points: tuple[float, ...] = ()) -> dict:
    return {"code": ws.code, "key_code": ws.key_code or ws.code, "name": ws.name, "student_id": ws.student_id,
            "graded": ws.problem.graded, "model": model_to_dict(ws.model), "input": ws.input_text,
            "questions": [question_record(q, points) for q in ws.questions]}


def worksheets_json(worksheets: list[Worksheet], points: tuple[float, ...] = ()) -> str:
    data = {"format": FORMAT, "version": VERSION, "variants": [variant_record(ws, points) for ws in worksheets]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
