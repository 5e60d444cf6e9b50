"""Which questions a sheet asks, and where: steps, units and tokens chosen so that no answer is printed.

The difficulty (or the instructor's selection) gives a list of *slots*, each a kind of question. Every
slot has candidates — the steps, units, tokens, parameters it could ask about, in order of preference,
shuffled by the variant's question stream — and each candidate *asks* for one value and *states* some
(the given h_{t−1}, c_{t−1}, h_t or p_t a question prints). A search picks one candidate per slot so that

    no question states a value another question asks for (a stated p_t also gives away the prediction and
    ∂L/∂y_t), and no value is asked twice.

Among equally preferred candidates it takes those that state nothing new, so questions share their given
data where they can. What easy, medium and hard contain is listed in docs/worksheets.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lstm_studio.document.errors import InputError
from lstm_studio.engine import SIGMOID_GATES
from lstm_studio.worksheets import backward, conceptual
from lstm_studio.worksheets.context import Context

MAX_NODES = 100_000


@dataclass(frozen=True)
class Pick:
    """One question, placed: its builder (``kind``), the quantity, step, entry, start and extras.

    kind     cell, output, dL/dy, dL/dh, dL/dc, dL/db_y, recurrent, local, or a conceptual kind
    start    zero / given / chained (cell); given_h / chained (output); "" otherwise
    extra    local: (of, parameter, rest of the entry); param_count: (scope,); gate_role: (subject,)
    """

    kind: str
    quantity: str = ""
    t: int | None = None
    index: int | None = None
    start: str = ""
    extra: tuple = ()
    source: int = 0
    tier: int = 0
    slot: int = 0

    @property
    def asks(self) -> tuple:
        """What the question asks, to keep two questions from asking the same."""
        if self.kind in ("gru_convention", "carousel", "vanishing"):
            return (self.kind, self.slot)
        return (self.kind, self.quantity, self.t, self.index, self.extra)

    @property
    def value(self) -> tuple | None:
        """The value asked, as another question could state it: (quantity, step)."""
        if self.kind in ("cell", "output"):
            return (self.quantity, self.t)
        if self.kind == "dL/dy":
            return ("dL/dy", self.t)
        return None

    def states(self, has_c: bool, targets: list[int]) -> frozenset:
        """The values (quantity, step) whose whole vector the question prints as given."""
        out: set[tuple] = set()

        def state_at(t: int) -> None:
            out.add(("h", t))
            if has_c:
                out.add(("c", t))

        def p_at(t: int) -> None:
            out.update({("p", t), ("prediction", t), ("dL/dy", t)})

        t = self.t or 0  # 0: a question of no step (∂L/∂b_y, conceptual)
        if self.kind == "cell" and self.start == "given":
            state_at(t - 1)
        elif self.kind == "output" and self.start == "given_h":
            out.add(("h", t))
        elif self.kind in ("dL/dy", "dL/dh", "dL/dc"):
            p_at(t)
            if self.kind == "dL/dc":
                out.update({("o", t), ("c", t)})
        elif self.kind == "dL/db_y":
            for target in targets:
                p_at(target)
        elif self.kind in ("recurrent", "local") and t > 1:
            state_at(t - 1)
        return frozenset(out)


# --- slots -----------------------------------------------------------------------------------------


def _defaults(ctx: Context, section: str) -> list[tuple[str, str]]:
    """The difficulty's questions of a section: (kind, style)."""
    cell, difficulty, has_c = ctx.model.cell, ctx.problem.difficulty, ctx.model.spec.has_c
    if section == "forward":
        if cell == "rnn":
            return {"easy": [("h", "zero"), ("y", "given_h"), ("p", "given_h")],
                    "medium": [("h", "zero"), ("h", "given"), ("p", "given_h"), ("prediction", "given_h")],
                    "hard": [("h", "chained"), ("p", "chained"), ("prediction", "chained")]}[difficulty]
        state = "c" if has_c else "h"
        before_h = "c" if has_c else "candidate"
        return {"easy": [("gate", "zero"), ("candidate", "zero"), (state, "zero"), ("y", "given_h")],
                "medium": [("gate", "given"), ("h", "given"), ("p", "given_h"), ("prediction", "given_h")],
                "hard": [(before_h, "chained"), ("h", "chained"), ("p", "chained"), ("prediction", "chained")],
                }[difficulty]
    if section == "backward":
        full_peephole = cell == "peephole_lstm" and ctx.model.spec.option("peephole") == "full"
        grad = "dL_dc" if has_c and not full_peephole else "dL_dh"
        recurrent = "dc_dc_prev" if has_c else "dh_dh_prev"
        return {"easy": [("dL_dy", ""), ("local", "")], "medium": [("dL_dh", ""), (recurrent, ""), ("local", "")],
                "hard": [(grad, ""), (recurrent, ""), ("dL_db_y", "")]}[difficulty]
    special = {"gru": "gru_convention", "rnn": "vanishing"}.get(cell, "carousel")
    return {"easy": [("param_count", ""), ("gate_role", "")],
            "medium": [("param_count", ""), ("gate_role", ""), (special, "")],
            "hard": [("param_count", ""), (special, "")]}[difficulty]


def _style(ctx: Context, kind: str) -> str:
    difficulty = ctx.problem.difficulty
    if kind in ("y", "p", "prediction"):
        return "chained" if difficulty == "hard" else "given_h"
    return {"easy": "zero", "medium": "given", "hard": "chained"}[difficulty]


def slots(ctx: Context) -> list[tuple[str, str, int, bool]]:
    """(kind, style, source, optional) for every question, in sheet order; a section's default questions are
    optional: an input too short to ask them all without repeating one leaves the last ones out."""
    out = []
    for source, (name, count) in enumerate(ctx.problem.entries):
        if name in ("forward", "backward", "conceptual"):
            out += [(kind, style, source, True) for kind, style in _defaults(ctx, name)]
        else:
            out += [(name, _style(ctx, name), source, False)] * count
    return out


# --- candidates ------------------------------------------------------------------------------------


def _shuffled(ctx: Context, items: list) -> list:
    return [items[int(k)] for k in ctx.rng.permutation(len(items))] if items else []


def _cell_quantities(ctx: Context, kind: str) -> list[str]:
    gates = ctx.model.spec.gates
    if kind == "gate":
        return [g for g in gates if g in SIGMOID_GATES]
    if kind == "candidate":
        return ["g" if ctx.model.spec.has_c else "h_tilde"]
    return [kind]


def _cells(ctx: Context, quantities: list[str], style: str) -> list[Pick]:
    T, H = ctx.T, ctx.H
    units = range(1, H + 1)
    zero = [Pick("cell", q, 1, k, "zero") for q in quantities for k in units]
    given = [Pick("cell", q, t, k, "given") for q in quantities for t in range(2, T + 1) for k in units]
    chained = [Pick("cell", q, 2, k, "chained") for q in quantities for k in units] if T >= 2 else []
    tiers = {"zero": (zero, given, chained), "given": (given, zero, chained), "chained": (chained, given, zero)}
    return _tiered(ctx, tiers[style])


def _outputs(ctx: Context, quantity: str, style: str) -> list[Pick]:
    T, V = ctx.T, len(ctx.model.vocab)
    entries = [None] if quantity == "prediction" else list(range(1, V + 1))
    first = [Pick("output", quantity, 1, k, "given_h") for k in entries]
    later = [Pick("output", quantity, t, k, "given_h") for t in range(2, T + 1) for k in entries]
    chained = [Pick("output", quantity, t, k, "chained") for t in sorted({min(2, T), 1}, reverse=True) for k in entries]
    if style == "chained":
        return _tiered(ctx, (chained, first + later))
    if ctx.problem.difficulty == "easy":
        return _tiered(ctx, (first, later, chained))
    return _tiered(ctx, (first + later, chained))


def _tiered(ctx: Context, tiers) -> list[Pick]:
    out = []
    for n, tier in enumerate(tiers):
        out += [Pick(p.kind, p.quantity, p.t, p.index, p.start, p.extra, tier=n) for p in _shuffled(ctx, list(tier))]
    return out


def _steps_by_preference(ctx: Context) -> tuple[list[int], list[int]]:
    early, late = [1], list(range(2, ctx.T + 1))
    return (early, late) if ctx.problem.difficulty == "easy" or not late else (late, early)


def _recurrents(ctx: Context) -> list[Pick]:
    units = range(1, ctx.H + 1)
    return _tiered(ctx, [[Pick("recurrent", "", t, k) for t in steps for k in units]
                         for steps in _steps_by_preference(ctx)])


def _locals(ctx: Context) -> list[Pick]:
    units = range(1, ctx.H + 1)
    tiers = []
    for steps in _steps_by_preference(ctx):
        tier = []
        for t in steps:
            for of in ("h_t", "c_t") if ctx.model.spec.has_c else ("h_t",):
                for name, column in backward.parameter_choices(ctx, t, of):
                    # A U, W_hh or full P column is another unit, drawn once.
                    rest = (int(ctx.rng.integers(1, ctx.H + 1)),) if column == 0 else ((column,) if column else ())
                    tier += [Pick("local", "", t, k, extra=(of, name, rest)) for k in units]
        tiers.append(tier)
    return _tiered(ctx, tiers)


def _losses(ctx: Context, kind: str) -> list[Pick]:
    targets = ctx.run.target_steps()
    if not targets:
        return _locals(ctx)
    V, H, last = len(ctx.model.vocab), ctx.H, targets[-1]
    by_kind = {
        "dL_dy": [Pick("dL/dy", "", t, k) for t in targets for k in range(1, V + 1)],
        "dL_dh": [Pick("dL/dh", "", last, k) for k in range(1, H + 1)],
        "dL_dc": [Pick("dL/dc", "", last, k) for k in range(1, H + 1)],
        "dL_db_y": [Pick("dL/db_y", "", None, k) for k in range(1, V + 1)],
    }
    chain = {"dL_dc": ["dL_dc", "dL_dh", "dL_dy"], "dL_dh": ["dL_dh", "dL_dy"], "dL_db_y": ["dL_db_y", "dL_dy"],
             "dL_dy": ["dL_dy"]}[kind]
    tiers = [by_kind[name] for name in chain]
    return _tiered(ctx, tiers) + [Pick(p.kind, p.quantity, p.t, p.index, p.start, p.extra, tier=len(tiers))
                                  for p in _locals(ctx)]


def candidates(ctx: Context, kind: str, style: str) -> list[Pick]:
    if kind in ("gate", "candidate", "c", "h", "f", "i", "o", "z", "r"):
        return _cells(ctx, _cell_quantities(ctx, kind), style)
    if kind in ("y", "p", "prediction"):
        return _outputs(ctx, kind, style)
    if kind in ("dL_dy", "dL_dh", "dL_dc", "dL_db_y"):
        return _losses(ctx, kind)
    if kind in ("dc_dc_prev", "dh_dh_prev"):
        return _recurrents(ctx)
    if kind == "local":
        return _locals(ctx)
    if kind == "param_count":
        first = {"easy": "cell", "medium": "model", "hard": "bigger"}[ctx.problem.difficulty]
        others = [s for s in ("cell", "model", "bigger") if s != first]
        return [Pick("param_count", extra=(first,))] + _tiered(ctx, [[Pick("param_count", extra=(s,))
                                                                       for s in others]])
    if kind == "gate_role":
        return _tiered(ctx, [[Pick("gate_role", extra=(k,)) for k in conceptual.askable_roles(ctx)]])
    return [Pick(kind)]


# --- the search ------------------------------------------------------------------------------------


def plan(ctx: Context) -> list[Pick]:
    """One pick per slot, in sheet order, such that no question gives another's answer away.

    InputError when the input is too short for that many distinct questions (an instructor's selection).
    """
    wanted = slots(ctx)
    while True:
        found = _search(ctx, wanted)
        if found is not None:
            return found
        optional = [n for n, slot in enumerate(wanted) if slot[3]]
        if not optional:
            raise InputError(f"--questions: this input is too short for {len(wanted)} different questions that "
                             "give none of each other's answers away; ask for fewer or give a longer --input")
        # Leave out the last default question of the longest section and try again.
        sections = Counter(wanted[n][2] for n in optional)
        longest = max(sections, key=lambda source: (sections[source], -source))
        del wanted[max(n for n in optional if wanted[n][2] == longest)]


def _search(ctx: Context, wanted: list[tuple]) -> list[Pick] | None:
    options = []
    for n, (kind, style, source, _) in enumerate(wanted):
        picks = [Pick(p.kind, p.quantity, p.t, p.index, p.start, p.extra, source, p.tier, n)
                 for p in candidates(ctx, kind, style)]
        options.append(picks)
    has_c, targets = ctx.model.spec.has_c, ctx.run.target_steps()
    states = [[p.states(has_c, targets) for p in picks] for picks in options]
    # The slots with the fewest first-choice candidates go first, so that they get one.
    order = sorted(range(len(wanted)), key=lambda i: sum(1 for p in options[i] if p.tier == 0))
    chosen: list[Pick | None] = [None] * len(wanted)
    asked: set[tuple] = set()
    values: Counter = Counter()
    stated: Counter = Counter()
    nodes = 0

    def fits(pick: Pick, st: frozenset) -> bool:
        if pick.asks in asked:
            return False
        if pick.value is not None and stated[pick.value]:
            return False
        return not any(values[v] for v in st)

    def search(pos: int) -> bool:
        nonlocal nodes
        if pos == len(order):
            return True
        i = order[pos]
        ranked = sorted(range(len(options[i])),
                        key=lambda n: (options[i][n].tier, 0 if all(stated[v] for v in states[i][n]) else 1))
        for n in ranked:
            nodes += 1
            if nodes > MAX_NODES:
                return False
            pick, st = options[i][n], states[i][n]
            if not fits(pick, st):
                continue
            chosen[i] = pick
            asked.add(pick.asks)
            if pick.value is not None:
                values[pick.value] += 1
            stated.update(st)
            if search(pos + 1):
                return True
            asked.discard(pick.asks)
            if pick.value is not None:
                values[pick.value] -= 1
            stated.subtract(st)
        return False

    return [pick for pick in chosen if pick is not None] if search(0) else None

