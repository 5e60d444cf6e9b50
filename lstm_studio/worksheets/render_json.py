"""JSON for learning-management systems and auto-grading (the schema in docs/cli.md, under ``worksheet``).

    {"variants": [{"code", "model" (a model file), "input",
                   "questions": [{"id", "text", "quantity", "t", "index", "answer", "decimals"}]}]}

``t`` and ``index`` are 1-based (null where they do not apply); ``answer`` is the rounded number printed in
the key (an integer for counts, a token or a choice letter for the others, with ``decimals`` null).
"""

from __future__ import annotations

import json

from lstm_studio.document.modelfile import model_to_dict
from lstm_studio.worksheets.sheet import Worksheet


def question_record(q) -> dict:
    return {"id": q.id, "text": q.text, "quantity": q.quantity, "t": q.t, "index": q.index, "answer": q.answer,
            "decimals": q.decimals}


def variant_record(ws: Worksheet) -> dict:
    return {"code": ws.code, "model": model_to_dict(ws.model), "input": ws.input_text,
            "questions": [question_record(q) for q in ws.questions]}


def worksheets_json(worksheets: list[Worksheet]) -> str:
    return json.dumps({"variants": [variant_record(ws) for ws in worksheets]}, ensure_ascii=False, indent=1) + "\n"
