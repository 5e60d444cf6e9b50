"""Reading a lesson file: parse the JSON, check every field, build the dataclasses of ``format``.

Like a model file (``lstm_studio.document.modelfile``), a lesson is validated completely and nothing in it
is executed: a problem is an InputError whose one-line message names the field as a JSON path with 0-based
positions, e.g. ``steps[2].check[0].op: expected one of <, <=, >, >=, ==, !=``. Names that depend on the
model (gates, units, tokens, parameters and their entries, time steps) are checked against the model in
force at that step, when one is known: the step's own, or the last one an earlier step set.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lstm_studio import paths
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError, within
from lstm_studio.document.wording import Message
from lstm_studio.engine import CELLS, OPTIONS, CellSpec, Model, param_shapes
from lstm_studio.engine.train import TrainConfig
from lstm_studio.lessons import markdown
from lstm_studio.lessons.format import (
    CONTROLS,
    DIRECTIONS,
    FORMAT,
    KINDS,
    NO_TARGET,
    OPS,
    PANELS,
    QUANTITIES,
    TOKEN_QUANTITIES,
    UNIT_QUANTITIES,
    VERSION,
    Check,
    Lesson,
    Lock,
    Locks,
    Predict,
    Quantity,
    Sequence,
    Step,
    TrainOffer,
    parse_entry,
)
from lstm_studio.tasks.catalog import TASKS, TaskError

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_STEPS = 60
MAX_CHECKS = 32
MAX_INPUTS = 64
MAX_HINTS = 12
MAX_SEQUENCE = 1000
MAX_TITLE = 200
MAX_TASK = 600
MAX_TEXT = 20_000
MAX_HINT = 3000
MAX_LIST = 200
MAX_T = MAX_SEQUENCE

TOP_KEYS = ("format", "version", "id", "kind", "title", "summary", "language", "steps")
STEP_KEYS = (
    "title", "text", "task", "model", "input", "targets", "show", "lock", "unlock", "hide", "predict", "check",
    "inputs", "hints", "solution", "train",
)
ADDRESS_KEYS = ("quantity", "t", "unit", "token", "of", "layer", "direction")
CHECK_KEYS = ADDRESS_KEYS + ("op", "value", "equals", "within", "tolerance", "label")
PREDICT_KEYS = ADDRESS_KEYS + ("tolerance",)
TRAIN_KEYS = ("task", "options", "epochs", "batch_size", "optimizer", "lr", "momentum", "clip_norm",
              "target_accuracy", "seed")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
#: A BCP 47 tag (``zh-CN``) or the app's own code with an underscore (``zh_CN``, the folder of the course).
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
PRESET_PREFIX = "preset:"

#: Which addressing keys each quantity takes (besides ``quantity``); ``None`` marks a required key.
_NEEDS: dict[str, dict[str, object]] = {
    **{q: {"t": None, "unit": None, "layer": 1, "direction": "forward"} for q in UNIT_QUANTITIES},
    **{q: {"t": None, "token": None} for q in TOKEN_QUANTITIES},
    "prediction": {"t": None},
    "loss": {"t": 0},
    "accuracy": {},
    "param": {"of": None},
    "grad": {"of": None},
    "grad_norm": {"of": None, "t": None, "layer": 1, "direction": "forward"},
    "spectral_radius": {"of": None},
}


def _all_base_names() -> frozenset[str]:
    """Every parameter name any cell with any options has (without layer suffixes), and W_hy, b_y."""
    names = {"W_hy", "b_y"}
    for cell in CELLS:
        choices: list[dict[str, str]] = [{}]
        for option, (allowed, _, _) in OPTIONS[cell].items():
            choices = [{**c, option: value} for c in choices for value in allowed]
        for opts in choices:
            names.update(CellSpec.make(cell, opts).param_shapes(2, 2))
    return frozenset(names)


BASE_NAMES = _all_base_names()
_SUFFIX = re.compile(r"(_l[2-8])?(_rev)?$")


def _show(value) -> str:
    return json.dumps(value, ensure_ascii=False)[:40]


@dataclass
class _Context:
    """What is in force while the steps are read: the model and input of the steps so far."""

    model: Model | None = None
    input: str | None = None
    targets: str | None = None


# --- plain values ------------------------------------------------------------------------------------


def _obj(value, path: str, keys: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise InputError(Message("InputErrors", "{field}: expected an object, got {value}", field=path,
                                 value=_show(value)))
    unknown = [k for k in value if k not in keys]
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise InputError(Message("InputErrors", "{field}: unknown key (expected one of {expected})", field=where,
                                 expected=", ".join(keys)))
    return value


def _str(value, path: str, limit: int, empty: bool = True, lines: bool = False) -> str:
    """A string of at most ``limit`` characters that any screen, terminal and file can show: no lone
    surrogate, and no control character but the line breaks and tabs of a text of ``lines``."""
    if not isinstance(value, str):
        raise InputError(Message("InputErrors", "{field}: expected a string, got {value}", field=path,
                                 value=_show(value)))
    if len(value) > limit:
        raise InputError(Message("InputErrors", "{field}: {count} characters, more than the limit of {limit}",
                                 field=path, count=len(value), limit=limit))
    if not empty and not value.strip():
        raise _empty(path)
    problem = modelfile.text_problem(value.replace("\n", "").replace("\t", "") if lines else value)
    if problem:
        raise InputError(Message("InputErrors", "{field}: {problem}", field=path, problem=problem))
    return value


def _markdown(value, path: str, limit: int) -> str:
    text = _str(value, path, limit, lines=True)
    problem = markdown.problem(text)
    if problem:
        raise InputError(Message("InputErrors", "{field}: {problem}", field=path, problem=problem))
    return text


def _int(value, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(Message("InputErrors", "{field}: expected a whole number, got {value}", field=path,
                                 value=_show(value)))
    if not low <= value <= high:
        raise _outside(path, value, low, high)
    return value


def _num(value, path: str, low: float = -math.inf, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(Message("InputErrors", "{field}: expected a number, got {value}", field=path,
                                 value=_show(value)))
    value = float(value)
    if not math.isfinite(value):
        raise InputError(Message("InputErrors", "{field}: {value} is not a finite number", field=path, value=value))
    if not low <= value <= high:
        raise _outside(path, f"{value:g}", f"{low:g}", f"{high:g}")
    return value


def _list(value, path: str, limit: int, empty: bool = True) -> list:
    if not isinstance(value, list):
        raise InputError(Message("InputErrors", "{field}: expected a list, got {value}", field=path,
                                 value=_show(value)))
    if len(value) > limit:
        raise InputError(Message("InputErrors", "{field}: {count} entries, more than the limit of {limit}",
                                 field=path, count=len(value), limit=limit))
    if not empty and not value:
        raise _empty(path)
    return value


def _choice(value, path: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise InputError(Message("InputErrors", "{field}: expected one of {expected}", field=path,
                                 expected=", ".join(allowed)))
    return value


def _inside(path: str, err: Exception) -> InputError:
    """``<path>.<err>``: an error of a nested field (whose message starts with its own name) under ``path``."""
    return InputError(Message("InputErrors", "{field}.{problem}", field=path,
                              problem=getattr(err, "wording", None) or str(err)))


def _not_in_vocabulary(path: str, token: str, model: Model) -> InputError:
    return InputError(Message("InputErrors", "{field}: {token} is not in the vocabulary ({vocabulary})", field=path,
                              token=repr(token), vocabulary=" ".join(model.vocab)))


def _no_cell_state(path: str, model: Model) -> InputError:
    return InputError(Message("InputErrors", "{field}: this step's {cell} has no cell state c", field=path,
                              cell=model.cell))


def _empty(path: str) -> InputError:
    return InputError(Message("InputErrors", "{field}: must not be empty", field=path))


def _outside(path: str, value: object, low: object, high: object) -> InputError:
    return InputError(Message("InputErrors", "{field}: {value} is outside the allowed range {low}..{high}",
                              field=path, value=value, low=low, high=high))


# --- the model, the input and the targets ------------------------------------------------------------


def _model(value, path: str) -> tuple[Model | None, str | None]:
    """(the model, where it came from) for a step's ``model``: a model object, "preset:NAME" or null."""
    if value is None:
        return None, None
    if isinstance(value, str):
        if not value.startswith(PRESET_PREFIX):
            raise InputError(f"{path}: expected a model object, \"preset:NAME\" or null, got {_show(value)}")
        name = value[len(PRESET_PREFIX):]
        found = paths.presets()
        if name not in found:
            raise InputError(Message("InputErrors", "{field}: unknown preset {name} (presets: {presets})", field=path,
                                     name=repr(name), presets=", ".join(found)))
        try:
            return modelfile.load(found[name]), value
        except InputError as err:
            raise InputError(Message("InputErrors", "{field}: the preset does not load ({problem})", field=path,
                                     problem=err.wording or str(err))) from None
    if not isinstance(value, dict):
        raise InputError(f"{path}: expected a model object, \"preset:NAME\" or null, got {_show(value)}")
    try:
        return modelfile.model_from_dict(value), "inline"
    except InputError as err:
        raise _inside(path, err) from None


def _tokens(text: str, model: Model | None, path: str) -> int | None:
    """The number of tokens of ``text`` (checked against the model's vocabulary when it is known)."""
    if model is None:
        return None
    return len(tokens.parse(text, model.vocab, path))


def parse_targets(text: str, vocab: list[str], steps: int, path: str = "targets") -> list[int]:
    """Target indices of a ``targets`` text (``·`` for a step without one); InputError naming ``path``."""
    found = tokens.split(text, vocab)
    if len(found) != steps:
        raise InputError(Message("InputErrors", "{field}: {count} targets for {steps} input steps (give one per step, "
                                 "{none} for none)", field=path, count=len(found), steps=steps, none=NO_TARGET))
    index = {v: k for k, v in enumerate(vocab)}
    out = []
    for position, token in enumerate(found, start=1):
        if token == NO_TARGET:
            out.append(-1)
        elif token in index:
            out.append(index[token])
        else:
            raise InputError(Message("InputErrors", "{field}: unknown token {token} at position {position} "
                                     "(vocabulary: {vocabulary}, or {none} for no target)", field=path,
                                     token=repr(token), position=position, vocabulary=" ".join(vocab), none=NO_TARGET))
    return out


def _sequence(value, path: str, model: Model | None) -> tuple[Sequence, int | None]:
    if isinstance(value, str):
        value = {"input": value}
    item = _obj(value, path, ("input", "targets"))
    if "input" not in item:
        raise InputError(Message("InputErrors", "{field}: missing", field=f"{path}.input"))
    text = _str(item["input"], f"{path}.input", 4 * MAX_SEQUENCE, empty=False)
    length = _tokens(text, model, f"{path}.input")
    if length is not None and length > MAX_SEQUENCE:
        raise InputError(Message("InputErrors", "{what}: {count} tokens, more than the limit of {limit}",
                                 what=f"{path}.input", count=length, limit=MAX_SEQUENCE))
    targets = item.get("targets")
    if targets is not None:
        targets = _str(targets, f"{path}.targets", 4 * MAX_SEQUENCE, empty=False)
        if model is not None and length is not None:  # the length is known when the model is
            parse_targets(targets, model.vocab, length, f"{path}.targets")
    return Sequence(text, targets), length


# --- checks and predictions --------------------------------------------------------------------------


def _param(of: str, path: str, model: Model | None, whole: bool, entry: bool) -> tuple[str, tuple[int, ...] | None]:
    """A parameter reference ``W_hh`` or ``W_hh[1,1]`` (1-based) -> (name, 0-based index or None)."""
    try:
        name, index = parse_entry(of)
    except ValueError as err:
        raise InputError(f"{path}: {err}") from None
    if model is None:
        if _SUFFIX.sub("", name) not in BASE_NAMES:
            raise InputError(Message("InputErrors", "{field}: {name} is not a parameter of any cell", field=path,
                                     name=name))
    else:
        shapes = param_shapes(model.spec, model.vocab_size, model.hidden_size, model.layers, model.bidirectional)
        if name not in shapes:
            raise InputError(Message("InputErrors", "{field}: this step's {cell} model has no parameter {name} (it "
                                     "has {names})", field=path, cell=model.cell, name=name, names=", ".join(shapes)))
        if index is not None:
            shape = shapes[name]
            if len(index) != len(shape):
                if len(shape) == 1:
                    raise InputError(Message("InputErrors", "{field}: {name} has {count} index, not {given}",
                                             field=path, name=name, count=1, given=len(index)))
                raise InputError(Message("InputErrors", "{field}: {name} has {count} indices, not {given}", field=path,
                                         name=name, count=len(shape), given=len(index)))
            if any(not 0 <= i < n for i, n in zip(index, shape)):
                bounds = " × ".join(str(n) for n in shape)
                raise InputError(Message("InputErrors", "{field}: {entry} is outside {name}, which is {bounds} "
                                         "(entries count from {first})", field=path, entry=of, name=name,
                                         bounds=bounds, first=1))
    if index is None and not whole:
        raise InputError(Message("InputErrors", "{field}: name one entry, e.g. {example}", field=path,
                                 example=f"{name}[1,1]"))
    if index is not None and not entry:
        raise InputError(Message("InputErrors", "{field}: give the whole parameter {name}, not an entry", field=path,
                                 name=name))
    return name, index


def _quantity(data: dict, path: str, ctx: _Context, lengths: list[int], predict: bool) -> Quantity:
    if "quantity" not in data:
        raise InputError(Message("InputErrors", "{field}: missing", field=f"{path}.quantity"))
    q = _choice(data["quantity"], f"{path}.quantity", QUANTITIES)
    if predict and q in ("accuracy",):
        raise InputError(Message("InputErrors", "{field}: {quantity} cannot be predicted (check it instead)",
                                 field=f"{path}.quantity", quantity="accuracy"))
    needs = _NEEDS[q]
    for key in ADDRESS_KEYS[1:]:
        if key in data and key not in needs:
            raise InputError(Message("InputErrors", "{field}: {quantity} takes no {key}", field=f"{path}.{key}",
                                     quantity=q, key=key))
        if key not in data and needs.get(key, 0) is None and not (predict and key in ("unit", "token")):
            raise InputError(Message("InputErrors", "{field}: missing ({quantity} needs it)", field=f"{path}.{key}",
                                     quantity=q))
    model = ctx.model
    fields: dict = {"quantity": q}
    if "layer" in data:
        limit = model.layers if model is not None else 8
        fields["layer"] = _int(data["layer"], f"{path}.layer", 1, limit)
    if "direction" in data:
        fields["direction"] = _choice(data["direction"], f"{path}.direction", DIRECTIONS)
        if fields["direction"] == "backward" and model is not None and not model.bidirectional:
            raise InputError(Message("InputErrors", "{field}: this step's model is not bidirectional",
                                     field=f"{path}.direction"))
    if "t" in data:
        t = data["t"]
        _int(t, f"{path}.t", -MAX_T, MAX_T)
        if t == 0:
            raise InputError(f"{path}.t: time steps count from 1 (or from the end with −1, −2, …); 0 is none")
        shortest = min(lengths) if lengths else None
        if shortest is not None and abs(t) > shortest:
            raise InputError(Message("InputErrors", "{field}: {t} is beyond the input, which has {steps} step(s)",
                                     field=f"{path}.t", t=t, steps=shortest))
        fields["t"] = t
    if "unit" in data:
        limit = model.hidden_size if model is not None else 1024
        fields["unit"] = _int(data["unit"], f"{path}.unit", 1, limit)
    if "token" in data:
        token = _str(data["token"], f"{path}.token", 32, empty=False)
        if model is not None and token not in model.vocab:
            raise _not_in_vocabulary(f"{path}.token", token, model)
        fields["token"] = token
    if q in UNIT_QUANTITIES and model is not None:
        _check_unit_quantity(q, path, model)
    if "of" in data:
        of = _str(data["of"], f"{path}.of", 64, empty=False)
        if q == "grad_norm":
            _choice(of, f"{path}.of", ("h", "c"))
            if of == "c" and model is not None and not model.spec.has_c:
                raise _no_cell_state(f"{path}.of", model)
        else:
            name, _ = _param(of, f"{path}.of", model, whole=q != "param", entry=q != "spectral_radius")
            if q == "spectral_radius" and model is not None:
                shape = model.params[name].shape
                if len(shape) != 2 or shape[0] != shape[1]:
                    raise InputError(Message("InputErrors", "{field}: {name} is not a square matrix",
                                             field=f"{path}.of", name=name))
        fields["of"] = of
    return Quantity(**fields)


def _check_unit_quantity(q: str, path: str, model: Model) -> None:
    if q == "h":
        return
    if q == "c":
        if not model.spec.has_c:
            raise _no_cell_state(f"{path}.quantity", model)
        return
    if q == "a":
        if model.cell != "rnn":
            raise InputError(Message("InputErrors", "{field}: a (the pre-activation) belongs to the Elman RNN, not "
                                     "{cell}", field=f"{path}.quantity", cell=model.cell))
        return
    if q not in model.spec.gates:
        raise InputError(Message("InputErrors", "{field}: this step's {cell} has no gate {gate} (its gates: {gates})",
                                 field=f"{path}.quantity", cell=model.cell, gate=q,
                                 gates=", ".join(model.spec.gates) or "none"))


def _check(value, path: str, ctx: _Context, lengths: list[int]) -> Check:
    data = _obj(value, path, CHECK_KEYS)
    what = _quantity(data, path, ctx, lengths, predict=False)
    forms = [form for form, key in (("op", "op"), ("equals", "equals"), ("within", "within")) if key in data]
    if len(forms) != 1:
        raise InputError(f"{path}: give exactly one comparison: op + value, equals, or within + tolerance")
    fields: dict = {"what": what, "label": _str(data.get("label", ""), f"{path}.label", MAX_TITLE)}
    form = forms[0]
    if what.quantity == "prediction" and form != "equals":
        raise InputError(f"{path}.{form}: a prediction is compared with equals and a token")
    if form == "op":
        for stray in ("tolerance",):
            if stray in data:
                raise InputError(f"{path}.{stray}: only within takes a tolerance")
        fields["op"] = _choice(data["op"], f"{path}.op", OPS)
        if "value" not in data:
            raise InputError(f"{path}.value: missing (op needs a value)")
        fields["value"] = _num(data["value"], f"{path}.value")
    elif form == "equals":
        for stray in ("value", "tolerance"):
            if stray in data:
                raise InputError(f"{path}.{stray}: equals takes no {stray}")
        if what.quantity == "prediction":
            token = _str(data["equals"], f"{path}.equals", 32, empty=False)
            if ctx.model is not None and token not in ctx.model.vocab:
                raise _not_in_vocabulary(f"{path}.equals", token, ctx.model)
            fields["equals"] = token
        else:
            fields["equals"] = _num(data["equals"], f"{path}.equals")
    else:
        if "value" in data:
            raise InputError(f"{path}.value: within takes a tolerance, not a value")
        fields["within"] = _num(data["within"], f"{path}.within")
        if "tolerance" not in data:
            raise InputError(f"{path}.tolerance: missing (within needs a tolerance)")
        fields["tolerance"] = _num(data["tolerance"], f"{path}.tolerance", 0.0)
    return Check(**fields)


def _predict(value, path: str, ctx: _Context, lengths: list[int]) -> Predict:
    data = _obj(value, path, PREDICT_KEYS)
    what = _quantity(data, path, ctx, lengths, predict=True)
    tolerance = _num(data.get("tolerance", 0.05), f"{path}.tolerance", 0.0)
    return Predict(what, tolerance)


# --- locks, hides, training ---------------------------------------------------------------------------


def _lock(value, path: str, model: Model | None) -> Lock:
    text = _str(value, path, 64, empty=False)
    if text in CONTROLS:
        return Lock(text, control=text)
    try:
        parse_entry(text)
    except ValueError:
        raise InputError(f"{path}: expected a parameter (W_xh), an entry (W_hh[1,1]) or a control "
                         f"({', '.join(CONTROLS)}), got {_show(text)}") from None
    name, index = _param(text, path, model, whole=True, entry=True)
    return Lock(text, name=name, index=index)


def _locks(step: dict, path: str, model: Model | None) -> Locks:
    lock = step.get("lock", [])
    everything = lock == "all"
    locked = () if everything else tuple(
        _lock(v, f"{path}.lock[{k}]", model) for k, v in enumerate(_lock_list(lock, f"{path}.lock"))
    )
    unlock = _list(step.get("unlock", []), f"{path}.unlock", MAX_LIST)
    unlocked = tuple(_lock(v, f"{path}.unlock[{k}]", model) for k, v in enumerate(unlock))
    return Locks(everything, locked, unlocked)


def _lock_list(value, path: str) -> list:
    if isinstance(value, str):
        raise InputError(f"{path}: expected \"all\" or a list of parameters and controls, got {_show(value)}")
    return _list(value, path, MAX_LIST)


def _train(value, path: str, model: Model | None) -> TrainOffer:
    data = _obj(value, path, TRAIN_KEYS)
    if "task" not in data:
        raise InputError(Message("InputErrors", "{field}: missing", field=f"{path}.task"))
    name = _choice(data["task"], f"{path}.task", tuple(TASKS))
    options = _obj(data.get("options", {}), f"{path}.options", tuple(o.name for o in TASKS[name].options))
    try:
        dataset = TASKS[name].build(0, **options)
    except TaskError as err:
        raise InputError(f"{path}.options.{err}") from None
    if model is not None and list(model.vocab) != list(dataset.vocab):
        raise InputError(f"{path}.task: the {name} task's vocabulary ({' '.join(dataset.vocab[:12])}) is not "
                         f"this step's model's ({' '.join(model.vocab[:12])})")
    config = {k: v for k, v in data.items() if k not in ("task", "options")}
    try:
        TrainConfig(**config).validate()
    except (ValueError, TypeError) as err:
        raise _inside(path, err) from None
    return TrainOffer(name, dict(options), config)


def _names(value, path: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_choice(v, f"{path}[{k}]", allowed) for k, v in enumerate(_list(value, path, MAX_LIST)))


# --- a step and the lesson ----------------------------------------------------------------------------


def _step(value, path: str, ctx: _Context) -> Step:
    data = _obj(value, path, STEP_KEYS)
    if "title" not in data:
        raise InputError(Message("InputErrors", "{field}: missing", field=f"{path}.title"))
    fields: dict = {"title": _str(data["title"], f"{path}.title", MAX_TITLE, empty=False)}
    fields["text"] = _markdown(data.get("text", ""), f"{path}.text", MAX_TEXT)
    fields["task"] = _markdown(data.get("task", ""), f"{path}.task", MAX_TASK)
    model, source = _model(data.get("model"), f"{path}.model")
    if model is not None:
        ctx.model = model
        if data.get("input") is None and ctx.input is not None:
            _check_input(ctx.input, f"{path}.input", model, inherited=True)
    fields["model"], fields["model_source"] = model, source
    if data.get("input") is not None:
        fields["input"] = _str(data["input"], f"{path}.input", 4 * MAX_SEQUENCE, empty=False)
        _check_input(fields["input"], f"{path}.input", ctx.model, inherited=False)
        ctx.input, ctx.targets = fields["input"], None
    if data.get("targets") is not None:
        if ctx.input is None:
            raise InputError(Message("InputErrors", "{field}: there is no input to give targets for (set {key})",
                                     field=f"{path}.targets", key="input"))
        ctx.targets = _str(data["targets"], f"{path}.targets", 4 * MAX_SEQUENCE, empty=False)
    # Targets belong to the input: a step that keeps the input keeps them (and a new model must fit them).
    fields["targets"] = ctx.targets
    if ctx.targets is not None and ctx.model is not None:
        assert ctx.input is not None  # targets are only ever set with an input
        steps = len(tokens.parse(ctx.input, ctx.model.vocab, f"{path}.input"))
        parse_targets(ctx.targets, ctx.model.vocab, steps, f"{path}.targets")
    if data.get("show") is not None:
        fields["show"] = _choice(data["show"], f"{path}.show", PANELS)
    fields["hide"] = _names(data.get("hide", []), f"{path}.hide", PANELS + CONTROLS)
    fields["locks"] = _locks(data, path, ctx.model)
    sequences = []
    lengths: list[int] = []
    raw_inputs = _list(data.get("inputs", []), f"{path}.inputs", MAX_INPUTS)
    for k, item in enumerate(raw_inputs):
        seq, length = _sequence(item, f"{path}.inputs[{k}]", ctx.model)
        sequences.append(seq)
        if length is not None:
            lengths.append(length)
    fields["inputs"] = tuple(sequences)
    if not raw_inputs and ctx.input is not None:
        shown = _tokens(ctx.input, ctx.model, f"{path}.input")
        if shown is not None:
            lengths.append(shown)
    if data.get("predict") is not None:
        fields["predict"] = _predict(data["predict"], f"{path}.predict", ctx, lengths)
    checks = _list(data.get("check", []), f"{path}.check", MAX_CHECKS)
    fields["checks"] = tuple(_check(c, f"{path}.check[{k}]", ctx, lengths) for k, c in enumerate(checks))
    hints = _list(data.get("hints", []), f"{path}.hints", MAX_HINTS)
    fields["hints"] = tuple(_markdown(h, f"{path}.hints[{k}]", MAX_HINT) for k, h in enumerate(hints))
    fields["solution"] = _markdown(data.get("solution", ""), f"{path}.solution", MAX_TEXT)
    if data.get("train") is not None:
        fields["train"] = _train(data["train"], f"{path}.train", ctx.model)
    return Step(**fields)


def _check_input(text: str, path: str, model: Model | None, inherited: bool) -> None:
    if model is None:
        return
    try:
        length = len(tokens.parse(text, model.vocab, path))
    except InputError as err:
        if inherited:
            raise InputError(f"{err} — the input {text[:20]!r} of an earlier step does not fit this step's "
                             "model; give this step an input") from None
        raise
    if length > MAX_SEQUENCE:
        raise InputError(Message("InputErrors", "{what}: {count} tokens, more than the limit of {limit}", what=path,
                                 count=length, limit=MAX_SEQUENCE))


def lesson_from_dict(data) -> Lesson:
    """Validate parsed lesson JSON and build the Lesson; InputError names the first bad field."""
    modelfile.check_header(data, FORMAT, VERSION, "lesson file")
    _obj(data, "", TOP_KEYS)
    fields: dict = {}
    if "title" not in data:
        raise InputError(Message("InputErrors", "{field}: missing", field="title"))
    fields["title"] = _str(data["title"], "title", MAX_TITLE, empty=False)
    if "id" in data:
        fields["id"] = _str(data["id"], "id", 64)
        if not ID_PATTERN.match(fields["id"]):
            raise InputError("id: expected lower-case letters, digits, '.', '-' or '_' (at most 64), "
                             f"got {_show(fields['id'])}")
    if "kind" in data:
        fields["kind"] = _choice(data["kind"], "kind", KINDS)
    fields["summary"] = _markdown(data.get("summary", ""), "summary", MAX_HINT)
    if "language" in data:
        fields["language"] = _str(data["language"], "language", 16)
        if not LANGUAGE_PATTERN.match(fields["language"]):
            raise InputError(f"language: expected a language tag such as en, de, vi or zh_CN, got "
                             f"{_show(fields['language'])}")
    if "steps" not in data:
        raise InputError(Message("InputErrors", "{field}: missing", field="steps"))
    steps = _list(data["steps"], "steps", MAX_STEPS, empty=False)
    ctx = _Context()
    fields["steps"] = tuple(_step(s, f"steps[{k}]", ctx) for k, s in enumerate(steps))
    return Lesson(**fields)


def loads(text: str) -> Lesson:
    """A lesson from JSON text; InputError names the first problem."""
    return lesson_from_dict(modelfile.parse_json(text))


def load(path: str | os.PathLike) -> Lesson:
    """Read and validate a lesson file; every failure is an InputError naming the file and the field."""
    text = modelfile.read_text(path, MAX_FILE_BYTES, "lesson file")
    try:
        return loads(text)
    except InputError as err:
        raise within(Path(path), err) from None
