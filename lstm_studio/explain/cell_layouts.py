"""Where everything goes in the cell diagram, for each cell and convention (colah's style). Qt-free.

A :class:`Layout` is boxes and nodes (σ and tanh layers, ⊙ and + nodes, "1−") and wires between them,
in scene units on an 840 × 440 canvas. A wire carries the value key of
:func:`lstm_studio.explain.unit_numbers.wire_values` it is labelled with, and every element names the
equation (as the symbolic layer names them: f, c, h, h_tilde, …) that a click on it shows.

    LSTM         cell state c along the top: c_{t-1} → ⊙ f → + i⊙C̃ → c_t, tanh(c_t) ⊙ o → h_t at the
                 bottom right; h_{t-1} and x_t join below the four gate layers f, i, C̃, o
    peephole     the same, with dashed wires from c_{t-1} into f and i and from c_t into o
    GRU          h along the top: h_{t-1} → ⊙ (weight on the old state) → + (weight on the new) → h_t; the
                 reset gate r meets h_{t-1} (reset before) or U_h h_{t-1} + b_hn (reset after) on the way
                 into the candidate h̃; no r at all for the simplified GRU; "1 − z" sits on the path the
                 update convention gives it
    Elman RNN    h_{t-1} and x_t into one tanh (or relu) layer, h_t out
"""

from __future__ import annotations

from dataclasses import dataclass

from lstm_studio.engine import CellSpec
from lstm_studio.engine.notation import sub

WIDTH, HEIGHT = 840.0, 440.0
R = 13.0                  # radius of a ⊙ / + node
BOX_W, BOX_H = 64.0, 38.0
BUS_Y = 345.0
X_IN = 140.0              # where x_t comes up


@dataclass(frozen=True)
class Node:
    """A layer box (``sigma``, ``tanh``, ``act``, ``linear``), a pointwise node (``mul``, ``add``,
    ``one_minus``) or the pointwise tanh of c (``func``, an oval). ``value`` tints it. Boxes are keyed
    ``box_<quantity>`` (the wire leaving a box carries the quantity's own key)."""

    key: str
    kind: str
    x: float
    y: float
    text: str
    equation: str
    title: str
    value: str | None = None
    caption: str = ""


@dataclass(frozen=True)
class Wire:
    """A polyline from its first point to its last (arrow at the end unless ``arrow`` is False).
    ``style``: ``state`` (the line along the top), ``normal``, ``bus`` or ``peephole`` (dashed)."""

    key: str
    points: tuple[tuple[float, float], ...]
    equation: str
    title: str
    value: str | None = None
    symbol: str = ""
    label: tuple[float, float] | None = None
    anchor: str = "left"      # the label's side of its point: left, right, center
    style: str = "normal"
    arrow: bool = True


@dataclass(frozen=True)
class Layout:
    nodes: tuple[Node, ...]
    wires: tuple[Wire, ...]
    frame: tuple[float, float, float, float]      # the cell's outline: x0, y0, x1, y1
    junctions: tuple[tuple[float, float], ...] = ()
    width: float = WIDTH
    height: float = HEIGHT

    def element(self, key: str) -> Node | Wire:
        items: tuple[Node | Wire, ...] = (*self.nodes, *self.wires)
        for item in items:
            if item.key == key:
                return item
        raise KeyError(key)

    def check(self) -> None:
        """Every element has its own key (the scene finds items by key)."""
        keys = self.keys
        if len(keys) != len(set(keys)):
            raise ValueError(f"duplicate keys in the layout: {sorted(k for k in set(keys) if keys.count(k) > 1)}")

    @property
    def keys(self) -> list[str]:
        return [n.key for n in self.nodes] + [w.key for w in self.wires]


def _t(name: str, step: str = "t") -> str:
    """A symbol with its step as Unicode subscripts: _t("c", "t-1") -> cₜ₋₁."""
    return name + sub(step)


def _box_top(x: float, y: float) -> tuple[float, float]:
    return x, y - BOX_H / 2


def _box_bottom(x: float, y: float) -> tuple[float, float]:
    return x, y + BOX_H / 2


def _inputs(prev: str, nodes_x: list[float], bus_start: float = 100.0, h_from_left: bool = True) -> list[Wire]:
    """h_{t-1} from the left (unless it comes down from the top line) and x_t from below joining the bus,
    which taps up into each layer box."""
    hp = _t("h", prev)
    wires = [] if not h_from_left else [
        Wire("h_prev", ((0.0, BUS_Y), (bus_start, BUS_Y)), "h", f"{hp}: the hidden state the cell received",
             "h_prev", hp, (4.0, BUS_Y - 22), arrow=False, style="bus")]
    wires += [
        Wire("x", ((X_IN, HEIGHT), (X_IN, BUS_Y)), "x", "xₜ: this step's input", None, _t("x"),
             (X_IN + 8, HEIGHT - 36), arrow=False, style="bus"),
        Wire("bus", ((bus_start, BUS_Y), (max(nodes_x), BUS_Y)), "x", f"[{hp}, xₜ]: what every layer reads",
             arrow=False, style="bus"),
    ]
    return wires


def _tap(key: str, x: float, gate_y: float, equation: str, title: str) -> Wire:
    return Wire(f"tap_{key}", ((x, BUS_Y), _box_bottom(x, gate_y)), equation, title, style="bus")


def lstm_layout(spec: CellSpec, prev: str = "t-1") -> Layout:
    cy, gy, hy = 72.0, 268.0, 398.0
    fx, ix, gx, ox = 220.0, 330.0, 440.0, 560.0
    igy, tx, ty, up = 160.0, 720.0, 175.0, 820.0
    cp, c, h = _t("c", prev), _t("c"), _t("h")
    nodes = [
        Node("box_f", "sigma", fx, gy, "σ", "f", "forget gate fₜ: how much of the old cell state to keep", "f",
             "forget"),
        Node("box_i", "sigma", ix, gy, "σ", "i", "input gate iₜ: how much of the candidate to write", "i", "input"),
        Node("box_g", "tanh", gx, gy, "tanh", "g", "candidate C̃ₜ: what could be written into the cell", "g",
             "candidate"),
        Node("box_o", "sigma", ox, gy, "σ", "o", "output gate oₜ: how much of tanh(cₜ) to show as hₜ", "o", "output"),
        Node("mul_f", "mul", fx, cy, "", "c", f"fₜ ⊙ {cp}: the part of the old cell state that is kept"),
        Node("add_c", "add", gx, cy, "+", "c", f"{c} = fₜ ⊙ {cp} + iₜ ⊙ C̃ₜ"),
        Node("mul_ig", "mul", gx, igy, "", "c", "iₜ ⊙ C̃ₜ: what is written into the cell"),
        Node("box_tanh_c", "func", tx, ty, "tanh", "h", "tanh(cₜ): the cell state squashed into (−1, 1)", "tanh_c"),
        Node("mul_o", "mul", tx, gy, "", "h", f"{h} = oₜ ⊙ tanh(cₜ)"),
    ]
    wires = [
        Wire("c_prev", ((0.0, cy), (fx - R, cy)), "c", f"{cp}: the cell state the cell received", "c_prev", cp,
             (4.0, cy - 24), style="state"),
        Wire("fc", ((fx + R, cy), (gx - R, cy)), "c", f"fₜ ⊙ {cp}: the kept part of the old cell state", "fc",
             f"fₜ⊙{cp}", (fx + 18, cy - 24), style="state"),
        Wire("c", ((gx + R, cy), (WIDTH, cy)), "c", f"{c}: the new cell state, passed to the next step", "c", c,
             (WIDTH - 2, cy - 24), anchor="right", style="state"),
        Wire("c_tap", ((tx, cy), (tx, ty - 13)), "h", "cₜ on its way into tanh"),
        Wire("tanh_c", ((tx, ty + 13), (tx, gy - R)), "h", "tanh(cₜ)", "tanh_c", "tanh cₜ", (tx - 8, 216.0),
             anchor="right"),
        Wire("f", (_box_top(fx, gy), (fx, cy + R)), "f", "fₜ, the forget gate's output", "f", "fₜ",
             (fx - 7, 150.0), anchor="right"),
        Wire("i", (_box_top(ix, gy), (ix, igy), (gx - R, igy)), "i", "iₜ, the input gate's output", "i", "iₜ",
             (ix + 7, 200.0)),
        Wire("g", (_box_top(gx, gy), (gx, igy + R)), "g", "C̃ₜ, the candidate", "g", "C̃ₜ", (gx + 7, 200.0)),
        Wire("ig", ((gx, igy - R), (gx, cy + R)), "c", "iₜ ⊙ C̃ₜ, added to the cell state", "ig", "iₜ⊙C̃ₜ",
             (gx - 7, 104.0), anchor="right"),
        Wire("o", ((ox + BOX_W / 2, gy), (tx - R, gy)), "o", "oₜ, the output gate's output", "o", "oₜ",
             (ox + BOX_W / 2 + 4, gy - 25)),
        Wire("h", ((tx, gy + R), (tx, hy), (WIDTH, hy)), "h", f"{h}: the new hidden state, passed on", "h", h,
             (tx + 12, hy + 5)),
        Wire("h_up", ((up, hy), (up, 130.0)), "h", f"{h} goes to the output layer: yₜ = W_hy {h} + b_y",
             symbol="to yₜ, pₜ", label=(up - 8, 128.0), anchor="right"),
        *_inputs(prev, [fx, ix, gx, ox]),
        *(_tap(k, x, gy, k, "") for k, x in (("f", fx), ("i", ix), ("g", gx), ("o", ox))),
    ]
    junctions = [(tx, cy), (up, hy), (X_IN, BUS_Y)]
    if spec.cell == "peephole_lstm":
        full = spec.option("peephole") == "full"
        px, py, po = 62.0, 215.0, ox + 10

        def term(g: str, s: str) -> str:
            return f"(P_{g}{s})ⱼ" if full else f"P_{g}⊙{s}"

        wires += [
            Wire("pf", ((px, cy), (px, gy), (fx - BOX_W / 2, gy)), "f", f"peephole: f also sees {cp}", "pf",
                 term("f", cp), (px + 4, gy + 24), style="peephole"),
            Wire("pi", ((px, py), (ix - 22, py), (ix - 22, gy - BOX_H / 2)), "i", f"peephole: i also sees {cp}",
                 "pi", term("i", cp), (px + 4, py - 24), style="peephole"),
            Wire("po", ((po, cy), (po, gy - BOX_H / 2)), "o", "peephole: o also sees cₜ", "po", term("o", c),
                 (po + 6, 124.0), style="peephole"),
        ]
        junctions += [(px, cy), (px, py), (po, cy)]
    return Layout(tuple(nodes), tuple(wires), (40.0, 28.0, 760.0, 420.0), tuple(junctions))


def gru_layout(spec: CellSpec, prev: str = "t-1") -> Layout:
    hy, gy = 92.0, 270.0
    rx, zx, hx, mx = 200.0, 320.0, 660.0, 450.0
    ry, jy, omy, newy, up = 195.0, 225.0, 160.0, 160.0, 800.0
    reset, keeps_old = spec.option("reset"), spec.option("update") == "z_keeps_old"
    hp, h = _t("h", prev), _t("h")
    w_old = "zₜ" if keeps_old else "(1−zₜ)"
    w_new = "(1−zₜ)" if keeps_old else "zₜ"
    nodes = [
        Node("box_z", "sigma", zx, gy, "σ", "z", "update gate zₜ: how to mix the old state and the candidate", "z",
             "update"),
        Node("box_h_tilde", "tanh", hx, gy, "tanh", "h_tilde", "candidate h̃ₜ: the proposed new state", "h_tilde",
             "candidate"),
        Node("mul_keep", "mul", zx, hy, "", "h", f"{w_old} ⊙ {hp}: the part of the old state that is kept"),
        Node("add_h", "add", hx, hy, "+", "h", f"{h} = {w_old} ⊙ {hp} + {w_new} ⊙ h̃ₜ"),
        Node("mul_new", "mul", hx, newy, "", "h", f"{w_new} ⊙ h̃ₜ: the part of the candidate that is taken"),
    ]
    bend = hx - 60
    one_minus_x, one_minus_y = (bend, 196.0) if keeps_old else (zx, omy)
    nodes.append(Node("one_minus", "one_minus", one_minus_x, one_minus_y, "1−", "h", "1 − zₜ", "one_minus_z"))
    wires = [
        Wire("h_prev", ((0.0, hy), (zx - R, hy)), "h", f"{hp}: the hidden state the cell received", "h_prev", hp,
             (4.0, hy - 24), style="state"),
        Wire("keep", ((zx + R, hy), (hx - R, hy)), "h", f"{w_old} ⊙ {hp}", "keep", f"{w_old}⊙{hp}",
             (zx + 16, hy - 24), style="state"),
        Wire("h", ((hx + R, hy), (WIDTH, hy)), "h", f"{h}: the new hidden state, passed on", "h", h,
             (hx + 16, hy - 24), style="state"),
        Wire("h_up", ((up, hy), (up, 14.0)), "h", f"{h} goes to the output layer: yₜ = W_hy {h} + b_y",
             symbol="to yₜ, pₜ", label=(up - 8, 16.0), anchor="right"),
        Wire("h_down", ((96.0, hy), (96.0, BUS_Y)), "h", f"{hp} into the gates", arrow=False, style="bus"),
        Wire("x_tilde", ((X_IN, 400.0), (hx, 400.0), _box_bottom(hx, gy)), "h_tilde", "xₜ into the candidate",
             style="bus"),
        Wire("z", (_box_top(zx, gy), (zx, jy)), "z", "zₜ, the update gate's output", "z", "zₜ",
             (zx - 8, jy + 2), anchor="right", arrow=False),
        Wire("new", ((hx, newy - R), (hx, hy + R)), "h", f"{w_new} ⊙ h̃ₜ", "new", f"{w_new}⊙h̃ₜ",
             (hx + 8, 122.0)),
        Wire("h_tilde", (_box_top(hx, gy), (hx, newy + R)), "h_tilde", "h̃ₜ, the candidate", "h_tilde", "h̃ₜ",
             (hx + 8, 205.0)),
        *_inputs(prev, [rx if reset != "none" else zx, zx], bus_start=96.0, h_from_left=False),
        _tap("z", zx, gy, "z", ""),
    ]
    if keeps_old:
        wires += [
            Wire("z_keep", ((zx, jy), (zx, hy + R)), "h", "zₜ weighs the old state"),
            Wire("z_new", ((zx, jy), (bend, jy), (bend, one_minus_y + R + 3)), "h", "zₜ"),
            Wire("one_minus_z", ((bend, one_minus_y - R - 3), (bend, newy), (hx - R, newy)), "h",
                 "1 − zₜ weighs the candidate", "one_minus_z", "1−zₜ", (bend - 22, one_minus_y - 12),
                 anchor="right"),
        ]
    else:
        wires += [
            Wire("z_keep", ((zx, jy), (zx, omy + R + 3)), "h", "zₜ"),
            Wire("one_minus_z", ((zx, omy - R - 3), (zx, hy + R)), "h", "1 − zₜ weighs the old state",
                 "one_minus_z", "1−zₜ", (zx + 8, 116.0)),
            Wire("z_new", ((zx, jy), (bend, jy), (bend, newy), (hx - R, newy)), "h", "zₜ weighs the candidate"),
        ]
    junctions = [(96.0, hy), (X_IN, BUS_Y), (X_IN, 400.0), (zx, jy), (up, hy), (mx, hy)]
    if reset == "none":
        wires.append(Wire("h_prev_tilde", ((mx, hy), (mx, gy), (hx - BOX_W / 2, gy)), "h_tilde",
                          f"{hp} into the candidate (no reset gate: r ≡ 1)"))
    else:
        nodes.append(Node("box_r", "sigma", rx, gy, "σ", "r", "reset gate rₜ: how much of the old state the "
                          "candidate may use", "r", "reset"))
        inner = f"(U_h {hp} + b_hn)"  # not named nₜ: PyTorch's nₜ is the candidate h̃ₜ itself
        nodes.append(Node("mul_r", "mul", mx, ry, "", "h_tilde",
                          f"rₜ ⊙ {hp}" if reset == "before" else f"rₜ ⊙ {inner}"))
        wires += [
            Wire("r", (_box_top(rx, gy), (rx, ry), (mx - R, ry)), "r", "rₜ, the reset gate's output", "r", "rₜ",
                 (rx + 10, ry - 24)),
            _tap("r", rx, gy, "r", ""),
        ]
        if reset == "before":
            wires += [
                Wire("h_prev_r", ((mx, hy), (mx, ry - R)), "h_tilde", f"{hp} into the reset"),
                Wire("rh", ((mx, ry + R), (mx, gy), (hx - BOX_W / 2, gy)), "h_tilde", f"rₜ ⊙ {hp}: what the "
                     "candidate sees of the old state", "rh", f"rₜ⊙{hp}", (mx + 8, gy - 25)),
            ]
        else:
            ny = 138.0
            nodes.append(Node("box_n", "linear", mx, ny, "U_h · + b_hn", "n", f"U_h {hp} + b_hn (reset after: the "
                              "reset gate multiplies this, after U_h; PyTorch's nₜ is the candidate h̃ₜ)"))
            wires += [
                Wire("h_prev_n", ((mx, hy), (mx, ny - BOX_H / 2)), "n", f"{hp} into U_h"),
                Wire("n", ((mx, ny + BOX_H / 2), (mx, ry - R)), "n", f"U_h {hp} + b_hn", "n", f"U_h{hp}+b",
                     (mx - 8, ny + 22), anchor="right"),
                Wire("rn", ((mx, ry + R), (mx, gy), (hx - BOX_W / 2, gy)), "h_tilde", f"rₜ ⊙ {inner}: the reset "
                     "recurrent part", "rn", "rₜ⊙(…)", (mx + 8, gy - 25)),
            ]
    return Layout(tuple(nodes), tuple(wires), (48.0, 48.0, 740.0, 420.0), tuple(junctions))


def rnn_layout(spec: CellSpec, prev: str = "t-1") -> Layout:
    ax, ay, sy, hy, up = 420.0, 215.0, 300.0, 110.0, 760.0
    hp, h = _t("h", prev), _t("h")
    phi = spec.option("activation")
    nodes = [
        Node("act", "tanh" if phi == "tanh" else "act", ax, ay, phi, "h", f"{h} = {phi}(aₜ)", "h", ""),
        Node("add_a", "add", ax, sy, "+", "h", f"aₜ = W_xh xₜ + W_hh {hp} + b_h"),
        Node("W_hh", "linear", 170.0, sy, "W_hh ·", "h", f"W_hh {hp}: the recurrent part"),
        Node("W_xh", "linear", ax, 372.0, "W_xh ·", "h", "W_xh xₜ: the input part"),
    ]
    wires = [
        Wire("h_prev", ((0.0, sy), (170.0 - BOX_W / 2 - 20, sy)), "h", f"{hp}: the hidden state the cell received",
             "h_prev", hp, (4.0, sy - 24)),
        Wire("whh", ((170.0 + BOX_W / 2 + 20, sy), (ax - R, sy)), "h", f"(W_hh {hp})ⱼ", "whh", f"(W_hh {hp})ⱼ",
             (170.0 + BOX_W / 2 + 26, sy - 24)),
        Wire("x", ((ax, HEIGHT), (ax, 372.0 + BOX_H / 2)), "x", "xₜ: this step's input", None, "xₜ",
             (ax + 8, HEIGHT - 30)),
        Wire("wxh", ((ax, 372.0 - BOX_H / 2), (ax, sy + R)), "h", "(W_xh xₜ)ⱼ", "wxh", "(W_xh xₜ)ⱼ",
             (ax + 8, 318.0)),
        Wire("b", ((560.0, sy), (ax + R, sy)), "h", "the bias b_h", "b", "b_h", (488.0, sy - 24)),
        Wire("a", ((ax, sy - R), (ax, ay + BOX_H / 2)), "h", f"aₜ = W_xh xₜ + W_hh {hp} + b_h, the pre-activation",
             "a", "aₜ", (ax + 8, 246.0)),
        Wire("h", ((ax, ay - BOX_H / 2), (ax, hy), (WIDTH, hy)), "h", f"{h}: the new hidden state, passed on", "h",
             h, (ax + 14, hy - 24), style="state"),
        Wire("h_up", ((up, hy), (up, 20.0)), "h", f"{h} goes to the output layer: yₜ = W_hy {h} + b_y",
             symbol="to yₜ, pₜ", label=(up - 8, 22.0), anchor="right"),
    ]
    return Layout(tuple(nodes), tuple(wires), (48.0, 60.0, 640.0, 420.0), ((up, hy),))


def layout(spec: CellSpec, reverse: bool = False) -> Layout:
    """The diagram of ``spec``; the backward direction of a bidirectional layer receives h_{t+1}."""
    prev = "t+1" if reverse else "t-1"
    if spec.cell == "rnn":
        built = rnn_layout(spec, prev)
    elif spec.has_c:
        built = lstm_layout(spec, prev)
    else:
        built = gru_layout(spec, prev)
    built.check()
    return built
