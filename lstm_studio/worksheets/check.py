"""Marking a student's typed answer against the key.

Numbers are right within the question's tolerance (a few units in the last printed decimal); counts must be
exact; choices take the letter (``b``, ``(B)``); tokens must match the vocabulary entry (case only matters
when the vocabulary has both cases). Typed numbers may use a comma as the decimal mark (``0,4657``), a true
minus sign, a leading ``+`` or an exponent. In every language a comma or a point is the decimal mark and never
a thousands separator: ``1,234`` is 1.234; ``1.234,5`` (both marks) is not a number (docs/worksheets.md).

With hints (practice sheets, and graded sheets whose instructor allows them) a wrong answer is told which
usual mistake it looks like (:mod:`.mistakes`), or that it has too few decimals; without, only right or
wrong.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lstm_studio.worksheets.latex import visible
from lstm_studio.worksheets.mistakes import MESSAGES
from lstm_studio.worksheets.sheet import LETTERS, Question

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

#: Every verdict marking gives, in one place (to be translated with the sheet).
TEXT = {
    "empty": "no answer yet",
    "right": "right",
    "wrong": "not right",
    "letter": "answer with one letter, A to {last}",
    "choice": "not this one",
    "not_token": "{typed!r} is not a token of the vocabulary ({vocab})",
    "token": "not this token",
    "not_number": "not a number",
    "count": "not the right count",
    "outside": "not within ±{tol}",
    "decimals": "right to {typed} decimals, but give {wanted} decimals",
    "looks_like": "not right: it looks like {what}",
}


@dataclass(frozen=True)
class Mark:
    """correct: True, False, or None when nothing was typed; message: one line for the student;
    mistake: the name of the usual mistake the answer matches (:data:`.mistakes.MESSAGES`), if any."""

    correct: bool | None
    message: str
    mistake: str = ""


def _clean(text: str) -> str:
    cleaned = text.strip().replace("\u2212", "-").replace("\u2013", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return cleaned


def parse_number(text: str) -> float | None:
    """The number a student typed, or None if it is not one."""
    cleaned = _clean(text)
    if not _NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def typed_decimals(text: str) -> int:
    """How many decimals a typed number has (``0,47`` has 2)."""
    cleaned = _clean(text)
    if "e" in cleaned.lower() or "." not in cleaned:
        return 0
    return len(cleaned.split(".")[1])


def _looks_like(question: Question, matches) -> Mark | None:
    for mistake in question.mistakes:
        if matches(mistake.value):
            return Mark(False, TEXT["looks_like"].format(what=mistake.message), mistake.name)
    return None


def mark(question: Question, typed: str, vocab: list[str] | tuple[str, ...] = (), hints: bool = True) -> Mark:
    """Mark ``typed`` for ``question``; ``vocab`` is the model's vocabulary (for predicted tokens); ``hints``
    says whether a wrong answer may be told which mistake it looks like."""
    text = typed.strip()
    if not text:
        return Mark(None, TEXT["empty"])
    answer = question.answer
    if question.choices:
        letter = text.strip("()[]. ").upper()
        if len(letter) != 1 or letter not in LETTERS[: len(question.choices)]:
            return Mark(False, TEXT["letter"].format(last=LETTERS[len(question.choices) - 1]))
        ok = letter == answer
        return Mark(ok, TEXT["right"] if ok else TEXT["choice"])
    if isinstance(answer, str):
        shown = {visible(v): v for v in vocab if visible(v) != v}
        if text not in vocab and text in shown:  # "␣" typed for the space token, as the sheet prints it
            text = shown[text]
        folded = [v for v in vocab if v.lower() == text.lower()]
        if text == answer or (len(folded) == 1 and folded[0] == answer):
            return Mark(True, TEXT["right"])
        if vocab and text not in vocab and not folded:
            return Mark(False, TEXT["not_token"].format(typed=text, vocab=" ".join(vocab)))
        token = text if text in vocab else (folded[0] if len(folded) == 1 else text)
        found = _looks_like(question, lambda value: value == token) if hints else None
        return found or Mark(False, TEXT["token"])
    value = parse_number(text)
    if value is None:
        if hints and question.quantity == "p" and _clean(text).lower().lstrip("+-") in ("nan", "inf", "infinity"):
            return Mark(False, TEXT["looks_like"].format(what=MESSAGES["softmax_overflow"]), "softmax_overflow")
        return Mark(False, TEXT["not_number"])
    if isinstance(answer, int):
        if value == answer:
            return Mark(True, TEXT["right"])
        found = _looks_like(question, lambda m: value == m) if hints else None
        return found or Mark(False, TEXT["count"])
    tolerance = question.tolerance
    if abs(value - answer) <= tolerance + 1e-12:
        return Mark(True, TEXT["right"])
    if not hints:
        return Mark(False, TEXT["wrong"])
    places = typed_decimals(text)
    wanted = question.decimals or 0
    if places < wanted and abs(value - answer) <= 0.5 * 10.0**-places + tolerance:
        return Mark(False, TEXT["decimals"].format(typed=places, wanted=wanted))
    found = _looks_like(question, lambda m: abs(value - m) <= tolerance + 1e-12)
    if found:
        return found
    if question.exact is not None and answer != 0 and abs(value + answer) <= tolerance:
        return Mark(False, TEXT["looks_like"].format(what=MESSAGES["sign_flip"]), "sign_flip")
    return Mark(False, TEXT["outside"].format(tol=f"{tolerance:.{max(wanted, 1)}f}"))
