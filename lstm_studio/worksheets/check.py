"""Marking a student's typed answer against the key.

Numbers are right within the question's tolerance (a few units in the last printed decimal); counts must be
exact; choices take the letter (``b``, ``(B)``); tokens must match the vocabulary entry (case only matters
when the vocabulary has both cases). Typed numbers may use a comma as the decimal mark, a true minus sign,
a leading ``+`` or an exponent.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lstm_studio.worksheets.sheet import LETTERS, Question

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True)
class Mark:
    """correct: True, False, or None when nothing was typed; message: one line for the student."""

    correct: bool | None
    message: str


def parse_number(text: str) -> float | None:
    """The number a student typed, or None if it is not one."""
    cleaned = text.strip().replace("\u2212", "-").replace("\u2013", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def mark(question: Question, typed: str, vocab: list[str] | tuple[str, ...] = ()) -> Mark:
    """Mark ``typed`` for ``question``; ``vocab`` is the model's vocabulary (for predicted tokens)."""
    text = typed.strip()
    if not text:
        return Mark(None, "no answer yet")
    answer = question.answer
    if question.choices:
        letter = text.strip("()[]. ").upper()
        if len(letter) != 1 or letter not in LETTERS[: len(question.choices)]:
            return Mark(False, f"answer with one letter, A to {LETTERS[len(question.choices) - 1]}")
        ok = letter == answer
        return Mark(ok, "right" if ok else "not this one")
    if isinstance(answer, str):
        if text == answer:
            return Mark(True, "right")
        folded = [v for v in vocab if v.lower() == text.lower()]
        if len(folded) == 1 and folded[0] == answer:
            return Mark(True, "right")
        if vocab and text not in vocab and not folded:
            return Mark(False, f"{text!r} is not a token of the vocabulary ({' '.join(vocab)})")
        return Mark(False, "not this token")
    value = parse_number(text)
    if value is None:
        return Mark(False, "not a number")
    if isinstance(answer, int):
        ok = value == answer
        return Mark(ok, "right" if ok else "not the right count")
    ok = abs(value - answer) <= question.tolerance + 1e-12
    if ok:
        return Mark(True, "right")
    if question.exact is not None and abs(value + answer) <= question.tolerance and answer != 0:
        return Mark(False, "check the sign")
    return Mark(False, f"not within ±{question.tolerance:.{max(question.decimals or 0, 1)}f}")
