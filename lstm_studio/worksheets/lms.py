"""What the LMS exports share: the item texts, the numbers and margins, the Cloze steps.

Both exports (:mod:`.render_moodle`, :mod:`.render_qti`) carry the sheet's exact variants: every item's
text names the variant code (and the student), states the question's own given values and the variant's
weights, exactly as printed; its answer and margin are the key's (``Question.answer``, ``tolerance``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from fractions import Fraction

from lstm_studio.worksheets import exact
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.latex import GATE_SYMBOL, at, visible
from lstm_studio.worksheets.render_html import choices_html, data_html, given_html, math_html, rich_html
from lstm_studio.worksheets.rich import plain_math
from lstm_studio.worksheets.sheet import Question, Worksheet, format_number

#: The words of the LMS items, in one place.
TEXT = {
    "head": "Worksheet variant {variant} · code {code}",
    "for": " · {name}",
    "right": "Right.",
    "data": "The data of your variant, as on your printed sheet:",
    "data_name": "{code} data",
    "see_data": "The weights and the input are on your printed sheet and in the item “{code} data”.",
    "step": "Step {t} of the forward pass (input x_{t} = {token}), from the zero state through the steps "
            "before; carry at least {inter} decimals. Give every value to {ad} decimals.",
    "given_elsewhere": " (given in another question, not asked here)",
    "step_name": "{code} step {t}",
    "question_name": "{code} Q{n}",
}


def title(ws: Worksheet) -> str:
    head = tr(TEXT["head"], ws.language).format(variant=ws.problem.variant, code=ws.code)
    return head + (tr(TEXT["for"], ws.language).format(name=ws.name) if ws.name else "")


def question_html(ws: Worksheet, q: Question, number: int, with_choices: bool = True) -> str:
    """The item text: the variant, the question with its given values, where its data is."""
    parts = [f"<p><b>{html.escape(title(ws))}</b></p>",
             f"<p><b>{number}.</b> {rich_html(q.prompt)}</p>", given_html(q)]
    if with_choices:
        parts.append(choices_html(q))
    if q.kind != "conceptual":
        parts.append(f"<p><i>{html.escape(tr(TEXT['see_data'], ws.language).format(code=ws.code))}</i></p>")
    return "".join(parts)


def data_item_html(ws: Worksheet) -> str:
    """The text of a variant's data item (weights and input), shown before its questions."""
    return f"<p><b>{html.escape(title(ws))}</b></p><p>{html.escape(tr(TEXT['data'], ws.language))}</p>{data_html(ws)}"


def number_text(value: Fraction | float, decimals: int) -> str:
    return exact.text(value if isinstance(value, Fraction) else Fraction(repr(float(value))), decimals)


def margin(q: Question) -> tuple[str, str, str, str]:
    """(answer, tolerance, low, high) as decimal strings with a point (what the LMS reads, in every language):
    the answer as printed in the key."""
    d = q.decimals or 0
    answer = (Fraction(format_number(q.answer, d, minus="-")) if isinstance(q.answer, float)
              else Fraction(int(q.answer)))
    tol = Fraction(repr(float(q.tolerance)))
    places = d + 4
    low, high = answer - tol, answer + tol
    return (number_text(answer, d), _trim(number_text(tol, places)), _trim(number_text(low, places)),
            _trim(number_text(high, places)))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def token_answers(ws: Worksheet, token: str) -> list[str]:
    """What a student may type for a token: itself, and for white space its visible sign (and "space")."""
    shown = visible(token)
    return [token] if shown == token else [shown, "space"]


@dataclass(frozen=True)
class Field:
    """One blank of a Cloze step: its name (plain text, ``f₁[2]``), the value (full precision) and the margin."""

    name: str
    value: float
    tolerance: float


def cloze_steps(ws: Worksheet) -> list[tuple[int, list[Field], list[str]]]:
    """The forward pass of the variant step by step: (t, the blanks, the LaTeX names of the values not asked
    because a question of the sheet states them). Steps with nothing left to ask are left out."""
    from lstm_studio.engine import forward

    stated = {(g.name, q.id) for q in ws.questions for g in q.given}
    stated_names = {name for name, _ in stated}
    lt = forward(ws.model, ws.inputs).first
    ad = ws.problem.answer_decimals
    out = []
    for t in range(1, len(ws.inputs) + 1):
        tol = (2 + 3 * (t - 1)) * 10.0 ** -ad
        quantities = [(GATE_SYMBOL[g][0], lt.gates[g][t - 1, 0]) for g in ws.model.spec.gates]
        if lt.c is not None:
            quantities.append(("c", lt.c[t, 0]))
        quantities.append(("h", lt.h[t, 0]))
        fields, skipped = [], []
        for symbol, values in quantities:
            if at(symbol, t) in stated_names:
                skipped.append(at(symbol, t))
                continue
            fields += [Field(plain_math(at(symbol, t, k)), float(v), tol) for k, v in enumerate(values, start=1)]
        if fields:
            out.append((t, fields, skipped))
    return out


def step_html(ws: Worksheet, t: int, skipped: list[str]) -> str:
    token = ws.model.vocab[ws.problem.inputs[t - 1]]
    ad = ws.problem.answer_decimals
    text = tr(TEXT["step"], ws.language).format(t=t, token=visible(token), inter=ad + 2, ad=ad)
    note = "".join(f" {math_html(name)}{html.escape(tr(TEXT['given_elsewhere'], ws.language))}" for name in skipped)
    return f"<p><b>{html.escape(title(ws))}</b></p><p>{html.escape(text)}{note}</p>"
