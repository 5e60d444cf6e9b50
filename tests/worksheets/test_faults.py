"""The faults an instructor found preparing a graded sheet: each test failed on the code before the fix.

No answer printed on the sheet, keys exact from the printed numbers, worked solutions a marker can follow,
text that fits the cell, and the smaller faults of the text renderers.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from lstm_studio.worksheets.document import answer_key_blocks, worksheet_blocks
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import DIFFICULTIES
from lstm_studio.worksheets.render_html import answer_key_html, worksheet_html
from lstm_studio.worksheets.render_latex import answer_key_latex, worksheet_latex
from lstm_studio.worksheets.render_markdown import answer_key_markdown, worksheet_markdown
from lstm_studio.worksheets.rich import Math, plain

from .helpers import CELL_IDS, CELLS, make_problem

# --- 1. answers printed on the sheet -------------------------------------------------------------------

_GIVEN_NAME = re.compile(r"^([a-z])_\{(\d+)\}$")


def stated_keys(q) -> set[tuple]:
    """What a question's given values let a student read off: (quantity, t) for a whole vector."""
    out = set()
    for g in q.given:
        m = _GIVEN_NAME.match(g.name)
        assert m, f"unexpected given name {g.name!r}"
        quantity, t = m.group(1), int(m.group(2))
        out.add((quantity, t))
        if quantity == "p":  # p_t gives away the prediction and ∂L/∂y_t = p_t − onehot
            out |= {("prediction", t), ("dL/dy", t)}
    return out


def asked_key(q) -> tuple:
    return (q.quantity, q.t, q.index, q.entry)


def sheets(cell, options, difficulty):
    for text, hidden in (("PIGS", 3), ("P", 1), ("PI", 2), ("PIGSPIGS", 2)):
        for seed, variant in ((0, 1), (3, 7), (11, 30)):
            yield build(make_problem(cell, options, text=text, hidden=hidden, seed=seed, variant=variant,
                                     difficulty=difficulty))


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_no_question_states_a_value_another_question_asks_for(cell, options, difficulty):
    for ws in sheets(cell, options, difficulty):
        for q in ws.questions:
            for other in ws.questions:
                if other is q or q.t is None:
                    continue
                assert (q.quantity, q.t) not in stated_keys(other), (
                    f"{ws.code}: {q.id} asks {q.quantity} at t={q.t}, {other.id} states it")


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_no_question_is_asked_twice(cell, options, difficulty):
    for ws in sheets(cell, options, difficulty):
        keys = [asked_key(q) for q in ws.questions if q.t is not None]
        assert len(keys) == len(set(keys)), f"{ws.code}: {keys}"


# --- 2. keys exact from the printed numbers -------------------------------------------------------------

_DECIMAL = re.compile(r"−?-?\d+\.\d+")


def printed_numbers(latex: str) -> list[Fraction]:
    return [Fraction(v.replace("−", "-")) for v in _DECIMAL.findall(latex)]


def round_half_up(x: Fraction, decimals: int) -> Fraction:
    scaled = abs(x) * 10**decimals
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole if x >= 0 else -whole, 10**decimals)


def exact_rational_answer(ws, q) -> Fraction | None:
    """The answer a student gets by hand from the printed numbers, where the arithmetic is rational."""
    W = {name: [[Fraction(f"{v:.{ws.problem.decimals}f}") for v in (row if hasattr(row, "__len__") else [row])]
                 for row in value] if value.ndim == 2 else [Fraction(f"{v:.{ws.problem.decimals}f}") for v in value]
         for name, value in ws.model.params.items()}
    given = {g.name: printed_numbers(g.value) for g in q.given}
    targets = ws.targets
    if q.quantity == "dL/dy":
        p = given[f"p_{{{q.t}}}"]
        return p[q.index - 1] - (1 if targets[q.t - 1] == q.index - 1 else 0)
    if q.quantity == "dL/dh":
        p = given[f"p_{{{q.t}}}"]
        dy = [pj - (1 if targets[q.t - 1] == j else 0) for j, pj in enumerate(p)]
        return sum(W["W_hy"][j][q.index - 1] * dy[j] for j in range(len(dy)))
    if q.quantity == "dL/db_y":
        total = Fraction(0)
        for t, target in enumerate(targets, start=1):
            if target >= 0:
                total += given[f"p_{{{t}}}"][q.index - 1] - (1 if target == q.index - 1 else 0)
        return total
    if q.quantity == "y" and f"h_{{{q.t}}}" in given:
        h = given[f"h_{{{q.t}}}"]
        return sum(w * v for w, v in zip(W["W_hy"][q.index - 1], h)) + W["b_y"][q.index - 1]
    if q.quantity == "carousel":
        f, n = re.search(r"f = (\d+\.\d+) at every step.*after (\d+) steps", q.text).groups()
        return Fraction(f) ** int(n)
    if q.quantity == "vanishing":
        w = Fraction(re.search(r"Wₕₕ = (\d+\.\d+)", q.text).group(1))
        h = Fraction(re.search(r"near h = (\d+\.\d+)", q.text).group(1))
        n = int(re.search(r"over (\d+) steps", q.text).group(1))
        return ((1 - h * h) * w) ** n
    if q.quantity == "gru_convention":
        z, h_prev, h_tilde = (Fraction(v.replace("−", "-")) for v in re.search(
            r"zₜ = (−?\d+\.\d+), hₜ₋₁ = (−?\d+\.\d+), h̃ₜ = (−?\d+\.\d+)", q.text).groups())
        w_old = z if "z keeps the old state" in q.text else 1 - z
        return w_old * h_prev + (1 - w_old) * h_tilde
    return None


def test_the_rounding_tie_of_the_report_is_never_printed():
    """seed 3, decimals 1: ∂L/∂h was exactly 1451/2000 = 0.7255 from the printed numbers; the key said 0.725
    (float), a student 0.726. Now every rational answer is the exact value, rounded half up, and no answer
    sits on a rounding boundary."""
    ws = build(make_problem("lstm", {}, decimals=1, seed=3))
    for q in ws.questions:
        exact = exact_rational_answer(ws, q)
        if exact is not None:
            assert Fraction(q.answer_text.replace("−", "-")) == round_half_up(exact, q.decimals), q.id
            assert (abs(exact) * 10**q.decimals) % 1 != Fraction(1, 2), q.id


@pytest.mark.parametrize("decimals", (1, 2, 3))
@pytest.mark.parametrize("cell, options", CELLS[::2], ids=CELL_IDS[::2])
def test_rational_answers_are_exact_and_no_answer_is_near_a_rounding_boundary(cell, options, decimals):
    for difficulty in DIFFICULTIES:
        for variant in range(1, 9):
            ws = build(make_problem(cell, options, decimals=decimals, seed=3, variant=variant, difficulty=difficulty))
            for q in ws.questions:
                if not isinstance(q.answer, float):
                    continue
                exact = exact_rational_answer(ws, q)
                value = exact if exact is not None else Fraction(q.exact)
                if exact is not None:
                    assert Fraction(q.answer_text.replace("−", "-")) == round_half_up(exact, q.decimals), q.id
                distance = abs((abs(value) * 10**q.decimals) % 1 - Fraction(1, 2))
                assert distance > Fraction(1, 10**6), (ws.code, q.id, float(value))


# --- 4. worked solutions a marker can follow ------------------------------------------------------------


def _numbers(text: str) -> list[tuple[Fraction, int]]:
    return [(Fraction(v.replace("−", "-")), len(v.split(".")[1])) for v in _DECIMAL.findall(text)]


def _agrees(value: tuple[Fraction, int], known: list[tuple[Fraction, int]]) -> bool:
    """``value`` is one of ``known`` as printed, or a rounding of one (or one a rounding of it). Signs are
    compared apart: a sum prints ``0.3 - 0.54`` for the weight −0.54."""
    v, dv = value
    return any(abs(abs(v) - abs(k)) <= Fraction(1, 2 * 10 ** min(dv, dk)) for k, dk in known)


def unexplained_numbers(ws, q) -> list[str]:
    """Numbers a worked solution uses that are neither on the sheet nor derived earlier in the solution."""
    known: list[tuple[Fraction, int]] = []
    for value in ws.model.params.values():
        known += [(Fraction(f"{v:.{ws.problem.decimals}f}"), ws.problem.decimals) for v in value.ravel()]
    for g in q.given:
        known += _numbers(g.value)
    known += _numbers(plain(q.prompt))
    known += [n for seg in q.prompt if isinstance(seg, Math) for n in _numbers(seg.latex)]
    missing = []
    for step in q.solution:
        parts = [p for p in step.chain if p]
        label_numbers = [n for seg in step.label if isinstance(seg, Math) for n in _numbers(seg.latex)]
        if not step.substituted:
            # A step that only quotes values (no arithmetic shown) may quote only what is known.
            for n in _numbers(" ".join(parts)) + label_numbers:
                if not _agrees(n, known):
                    missing.append(f"{plain(step.label)}: {float(n[0])}")
            continue
        for n in _numbers(step.formula) + _numbers(step.substituted[0]) + label_numbers:
            if not _agrees(n, known):
                missing.append(f"{plain(step.label)}: {float(n[0])}")
        for part in parts[1:]:
            known += _numbers(part)
    return missing


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_every_number_a_solution_uses_is_given_or_derived_earlier(cell, options, difficulty):
    for seed, text in ((0, "PIGS"), (5, "PIG")):
        ws = build(make_problem(cell, options, text=text, seed=seed, difficulty=difficulty))
        for q in ws.questions:
            assert not unexplained_numbers(ws, q), (ws.code, q.id, q.quantity, unexplained_numbers(ws, q))


# --- 5. text that is right for the cell -----------------------------------------------------------------


def _key_text(ws) -> str:
    out = []
    for q in ws.questions:
        out.append(plain(q.prompt))
        for step in q.solution:
            out.append(plain(step.label))
            out += [s.latex for s in step.label if isinstance(s, Math)]
    return " ".join(out)


@pytest.mark.parametrize("cell, options", [c for c in CELLS if c[0] in ("rnn", "gru")],
                         ids=[i for i, c in zip(CELL_IDS, CELLS) if c[0] in ("rnn", "gru")])
def test_rnn_and_gru_keys_name_their_own_parameters(cell, options):
    for difficulty in DIFFICULTIES:
        for seed in range(4):
            ws = build(make_problem(cell, options, seed=seed, difficulty=difficulty))
            text = _key_text(ws)
            assert "U_{f" not in text and "U_f" not in text and "Uf" not in text, text
            if cell == "rnn":
                assert "gates" not in text, text


def test_rnn_questions_name_w_xh_w_hh_b_h_and_the_rnn_sheet_has_no_sigma():
    for difficulty in DIFFICULTIES:
        ws = build(make_problem("rnn", {"activation": "tanh"}, seed=2, difficulty=difficulty))
        counts = [q for q in ws.questions if q.quantity == "param_count"]
        for q in counts:
            assert "(W, U, b)" not in q.text and "Wₓₕ" in q.text and "Wₕₕ" in q.text, q.text
        sheet = worksheet_markdown(ws)
        assert r"\sigma" not in sheet
    lstm = worksheet_markdown(build(make_problem("lstm", seed=2)))
    assert r"\sigma(a) = \frac{1}{1 + e^{-a}}" in lstm


# --- 7. smaller faults of the text renderers -----------------------------------------------------------


def test_markdown_key_starts_every_question_in_its_own_paragraph():
    for seed in range(6):
        ws = build(make_problem("lstm", seed=seed))
        for text in (worksheet_markdown(ws), answer_key_markdown(ws)):
            lines = text.splitlines()
            for n, line in enumerate(lines):
                if re.match(r"\*\*\d+\.\*\*", line):
                    assert lines[n - 1] == "", f"question glued to the line before: {lines[n - 1]!r}"


def test_the_sheet_says_how_many_decimals_to_carry_in_between():
    ws = build(make_problem("lstm", decimals=2, seed=1))
    text = plain(next(b.text for b in worksheet_blocks(ws) if hasattr(b, "text") and "decimal places" in
                      plain(getattr(b, "text", ()))))
    assert "4 decimal places" in text and "at least 6 decimals" in text


HOSTILE = "<img/src=x/onerror=alert(1)>"


def test_html_escapes_tokens_everywhere():
    from lstm_studio.engine import new_model
    from lstm_studio.worksheets.problem import problem_from_model

    model = new_model("lstm", ["a", HOSTILE, "b&c"], 2)
    for difficulty in DIFFICULTIES:
        ws = build(problem_from_model(model, f"a {HOSTILE} b&c a", seed=1, difficulty=difficulty))
        for page in (worksheet_html(ws), answer_key_html(ws)):
            assert "<img" not in page
            assert "&lt;img/src=x/onerror=alert(1)&gt;" in page
            assert "b&amp;c" in page and "b&c<" not in page


def test_html_minus_signs_are_unary_and_display_fractions_are_full_size():
    ws = build(make_problem("lstm", seed=6, difficulty="medium"))
    page = answer_key_html(ws) + worksheet_html(ws)
    # A leading minus (after "[", "(", ",", "=" or at the start) is part of the number, not a binary operator.
    unary = (r"(<mrow>|<mo[^>]*>(\(|\[|&#x00028;|&#x0005B;|&#x0002C;|&#x0003D;)</mo>(<mtext>&#x000A0;</mtext>)?)"
             r"<mo>(&#x0002D;|-|&#x02212;|−)</mo><mn>")
    assert not re.search(unary, page)
    assert "<mn>−0." in page
    # The softmax of the cell's equations is set in display style, not shrunk as inline math.
    softmax = page[page.index("p_t") if "p_t" in page else 0:]
    assert 'displaystyle="true"' in page and softmax


def test_latex_shows_the_code_on_every_page_and_uses_vector_fonts():
    ws = build(make_problem("lstm", seed=6))
    for source in (worksheet_latex(ws), answer_key_latex(ws)):
        assert r"\usepackage{lmodern}" in source
        footer = re.search(r"\\def\\@oddfoot\{(.*)\}", source)
        assert footer and ws.code in footer.group(1)


def test_a_one_token_input_asks_no_question_twice():
    for cell, options in CELLS:
        for difficulty in DIFFICULTIES:
            ws = build(make_problem(cell, options, text="S", hidden=2, seed=4, difficulty=difficulty))
            texts = [q.text for q in ws.questions]
            assert len(texts) == len(set(texts)), texts


def test_blocks_of_a_wide_vocabulary_split_their_columns():
    from lstm_studio.engine import new_model
    from lstm_studio.worksheets.document import MatrixRow
    from lstm_studio.worksheets.problem import problem_from_model

    vocab = [chr(ord("A") + k) for k in range(26)]
    ws = build(problem_from_model(new_model("lstm", vocab, 3), "HELLO", seed=1, decimals=4))
    source = worksheet_latex(ws)
    widest = max(len(m.group(1)) for m in re.finditer(r"\\begin\{tabular\}\[t\]\{([rl|]+)\}", source))
    assert widest <= 12, widest
    shown = {label for block in worksheet_blocks(ws) if isinstance(block, MatrixRow) for m in block.matrices
             for label in m.col_labels}
    assert set(vocab) <= shown
    assert answer_key_blocks(ws)


def test_markdown_carries_no_html_tag_from_a_token():
    from lstm_studio.engine import new_model
    from lstm_studio.worksheets.problem import problem_from_model

    ws = build(problem_from_model(new_model("rnn", ["a", HOSTILE], 2), f"a {HOSTILE} a", seed=2, difficulty="easy"))
    for text in (worksheet_markdown(ws), answer_key_markdown(ws)):
        # Prose escapes it with a backslash (CommonMark prints it), maths with entities.
        assert not re.search(r"(?<!\\)<img", text)
        assert "&lt;img/src=x/onerror=alert(1)&gt;" in text


def test_no_prediction_is_too_close_to_call():
    import numpy as np

    for variant in range(1, 40):
        ws = build(make_problem("rnn", {"activation": "tanh"}, seed=8, variant=variant, difficulty="medium"))
        for q in ws.questions:
            if q.quantity == "prediction":
                h = [float(v) for v in re.findall(r"−?-?\d+\.\d+", q.given[0].value.replace("−", "-"))] \
                    if q.given else None
                if h is not None:
                    y = ws.model.params["W_hy"] @ np.array(h) + ws.model.params["b_y"]
                    p = np.sort(np.exp(y) / np.exp(y).sum())[::-1]
                    assert p[0] - p[1] >= 2 * q.tolerance
