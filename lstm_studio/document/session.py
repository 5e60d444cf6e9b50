"""The open document: a model, the sequence fed to it, the targets, the current time step and the file
it came from, with every edit an undoable command and an event for the views. Saving writes the exercise
(input, targets, step, panel) into the model file with the weights (:mod:`lstm_studio.document.exercise`).

Qt-free (napari style): views connect to the signals and write back through the public methods.

Signals
    structure_changed()        cell, conventions, sizes or vocabulary changed, or a new model was opened:
                               views rebuild their layout
    params_changed(names)      the values of these parameters changed (same shapes)
    state_changed()            the initial state h_0 (c_0) changed
    sequence_changed()         the input tokens or the targets changed
    step_changed(step)         the current time step (0-based) moved
    dirty_changed(dirty)       unsaved changes appeared or were saved
    path_changed(path)         the document's file changed (open, save as)
    problem(message)           a one-line message for the status bar: a view failed to follow an
                               edit (the edit was kept), or the undo history was cleared

A view's callback that raises never stops an edit: the signals isolate their subscribers
(:mod:`.events`) and report each distinct failure once through ``problem`` and ``logging``.
    holds_changed()            what is held read-only or hidden changed (a lesson step began or ended)
    refused(reason)            an edit was refused because it would change something held (one line)

While a lesson plays, the session holds what the step locks (:mod:`lstm_studio.document.holds`): every
edit that would change a held parameter entry or control is refused — nothing changes, nothing enters
the history, and ``refused`` says why. :meth:`Session.detach` and :meth:`Session.attach` put the whole
document aside (model, file, sequence, history) while a lesson uses the session, and bring it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from lstm_studio.document import exercise as exercise_file
from lstm_studio.document import tokens
from lstm_studio.document.evaluation import OUTPUT_PARAMS, Evaluation, evaluate, with_new_output, with_new_targets
from lstm_studio.document.events import FailureReporter, Signal
from lstm_studio.document.exercise import Exercise
from lstm_studio.document.holds import Holds
from lstm_studio.document.undo import Command, UndoStack
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model, state_names

#: Marker for "the default target" (the next input token) in ``set_target``.
DEFAULT = "default"


class SetParams(Command):
    """New values for some parameters (same shapes); keeps the old arrays to undo."""

    def __init__(self, old: dict[str, np.ndarray], new: dict[str, np.ndarray], label: str) -> None:
        self.old = {k: np.array(v, dtype=float) for k, v in old.items()}
        self.new = {k: np.array(v, dtype=float) for k, v in new.items()}
        self.label = label

    def redo(self, session) -> None:
        session._apply_params(self.new)

    def undo(self, session) -> None:
        session._apply_params(self.old)

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetParams):
            return False
        for name, value in later.old.items():
            self.old.setdefault(name, value)
        self.new.update(later.new)
        return True

    def fits(self, session, undo: bool) -> bool:
        params = session.model.params
        return all(name in params and params[name].shape == value.shape for name, value in self.old.items())


class SetState(Command):
    def __init__(self, old: dict, new: dict, label: str = "edit initial state") -> None:
        self.old = {k: np.array(v, dtype=float) for k, v in old.items()}
        self.new = {k: np.array(v, dtype=float) for k, v in new.items()}
        self.label = label

    def redo(self, session) -> None:
        session._apply_state(self.new)

    def undo(self, session) -> None:
        session._apply_state(self.old)

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetState):
            return False
        self.new = later.new
        return True

    def fits(self, session, undo: bool) -> bool:
        allowed = set(state_names(session.model.spec, session.model.layers, session.model.bidirectional))
        shape = (session.model.hidden_size,)
        values = {**self.old, **self.new}
        return all(key in allowed and value.shape == shape for key, value in values.items())


class SetSequence(Command):
    """The typed input text and the target overrides, before and after."""

    def __init__(self, old: tuple[str, dict], new: tuple[str, dict], label: str) -> None:
        self.old = (old[0], dict(old[1]))
        self.new = (new[0], dict(new[1]))
        self.label = label
        self.merge_key = "type" if label == "type input" else None

    def redo(self, session) -> None:
        session._apply_sequence(*self.new)

    def undo(self, session) -> None:
        session._apply_sequence(*self.old)

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetSequence):
            return False
        self.new = later.new
        return True


class ReplaceModel(Command):
    """A structural change: the whole model before and after (and the sequence, which may refer to it)."""

    def __init__(self, old: Model, new: Model, label: str) -> None:
        self.old = old.copy()
        self.new = new.copy()
        self.label = label

    def redo(self, session) -> None:
        session._apply_model(self.new.copy())

    def undo(self, session) -> None:
        session._apply_model(self.old.copy())

    def fits(self, session, undo: bool) -> bool:
        return same_structure(session.model, self.new if undo else self.old)


def same_structure(a: Model, b: Model) -> bool:
    """Whether two models have the same cell, conventions, vocabulary and sizes (every parameter's shape)."""
    return (a.spec == b.spec and list(a.vocab) == list(b.vocab) and a.hidden_size == b.hidden_size
            and a.layers == b.layers and a.bidirectional == b.bidirectional)


def entry_name(name: str, index) -> str:
    """A parameter entry as the panels number it, from 1: ``entry_name("W_f", (0, 2))`` is "W_f[1, 3]"."""
    return f"{name}[{', '.join(str(int(i) + 1) for i in np.atleast_1d(index))}]"


@dataclass
class Document:
    """Everything a session shows and keeps, put aside by :meth:`Session.detach`."""

    model: Model
    baseline: Model
    path: Path | None
    text: str
    target_overrides: dict
    step: int
    history: tuple
    dirty: bool


def default_text(model: Model) -> str:
    """The sequence a new document starts with: the first three tokens (PIG for the P I G S presets)."""
    return tokens.join(range(min(3, model.vocab_size)), model.vocab)


class Session:
    """One open document. Construct with a model; ``open``/``save``/``save_as`` handle files."""

    # Set by _set_document (a file was opened), declared here for the type checker.
    model: Model
    baseline: Model
    path: Path | None
    text: str
    target_overrides: dict[int, str | None]
    panel: str | None
    step: int
    _result: Evaluation | None
    _stale: set[str]

    def __init__(self, model: Model, path: str | Path | None = None, text: str | None = None,
                 exercise: Exercise | None = None) -> None:
        self.failures = FailureReporter()
        self.problem = Signal("A one-line message for the status bar (see the module docstring).", "a problem")
        self.failures.hook = self.problem.emit
        report = self.failures
        self.structure_changed = Signal("The model's structure changed; rebuild.", "a new model structure", report)
        self.params_changed = Signal("Parameter values changed: emitted with the set of names.",
                                     "a weight edit", report)
        self.state_changed = Signal("The initial state changed.", "an initial-state edit", report)
        self.sequence_changed = Signal("The input or the targets changed.", "an input edit", report)
        self.step_changed = Signal("The current time step changed: emitted with the step (0-based).",
                                   "a step change", report)
        self.dirty_changed = Signal("Emitted with True when unsaved changes appear, False when saved.",
                                    "a change of the saved state", report)
        self.path_changed = Signal("Emitted with the new path (or None).", "a new file name", report)
        self.holds_changed = Signal("What is held read-only or hidden changed.", "a change of what is held",
                                    report)
        self.refused = Signal("An edit was refused: emitted with the reason, one line.", "a refused edit", report)
        self.holds = Holds()
        self.undo = UndoStack(self, reporter=report)
        self.undo.changed.connect(self._check_dirty)
        self.undo.mismatch.connect(self.problem.emit)
        self._dirty = False
        self.revision = 0
        #: The panel shown, as the window names it: saved with the exercise, shown again on opening.
        self.panel: str | None = None
        self._set_document(model, Path(path) if path else None, text, exercise)

    # --- Public API: reading --------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def title(self) -> str:
        return self.path.name if self.path else (self.model.name or Message("MainWindow", "untitled"))

    def typed_tokens(self) -> list[str]:
        """Every token the user typed, known or not."""
        return tokens.split(self.text, self.model.vocab)

    def unknown_positions(self) -> list[int]:
        """0-based positions among the typed tokens that are not in the vocabulary (they are skipped)."""
        return tokens.unknown_positions(self.text, self.model.vocab)

    def inputs(self) -> list[int]:
        """Indices of the known typed tokens: the sequence that is run (at most ``tokens.max_steps``)."""
        limit = tokens.max_steps(self.model)
        key = (self.text, tuple(self.model.vocab), limit)
        if getattr(self, "_inputs_key", None) != key:  # every view asks after every edit: split once
            index = {v: k for k, v in enumerate(self.model.vocab)}
            self._inputs = [index[t] for t in self.typed_tokens() if t in index][:limit]
            self._inputs_key = key
        return list(self._inputs)

    def default_targets(self) -> list[int]:
        inputs = self.inputs()
        return inputs[1:] + [-1] if inputs else []

    def targets(self) -> list[int]:
        """Target index per step: the next token, unless overridden; −1 means no target at that step."""
        index = {v: k for k, v in enumerate(self.model.vocab)}
        out = self.default_targets()
        for step, token in self.target_overrides.items():
            if step < len(out):
                out[step] = -1 if token is None else index.get(token, -1)
        return out

    @property
    def steps(self) -> int:
        return len(self.inputs())

    def result(self) -> Evaluation:
        """The evaluation of the present model and sequence, recomputing only what changed since last."""
        stale = self._stale
        self._stale = set()
        if self._result is None or "all" in stale:
            self._result = evaluate(self.model, self.inputs(), self.targets())
        else:
            if "output" in stale:
                self._result = with_new_output(self.model, self._result)
            if "targets" in stale:
                self._result = with_new_targets(self._result, self.targets())
        return self._result

    # --- Public API: edits (undoable) -----------------------------------------------------------------

    def set_entry(self, name: str, index, value: float, label: str | None = None) -> None:
        """Set one entry of a parameter, ``index`` an int (vector) or (row, column). Refused (see
        ``refused``) when the entry is held."""
        new = self.model.params[name].copy()
        new[index] = float(value)
        self.set_params({name: new}, label or f"set {entry_name(name, index)}")

    def set_params(self, values: dict[str, np.ndarray], label: str = "edit weights") -> None:
        """New values for whole parameters; shapes must match (ValueError otherwise)."""
        old = {}
        for name, value in values.items():
            current = self.model.params[name]
            if np.shape(value) != current.shape:
                raise ValueError(f"{name}: expected shape {current.shape}, got {np.shape(value)}")
            if not np.all(np.isfinite(value)):
                raise ValueError(f"{name}: every value must be a finite number")
            old[name] = current.copy()
        if self._refuse(self.holds.params_reason(self.model, values)):
            return
        self.undo.push(SetParams(old, values, label))

    def set_initial_state(self, key: str, value: np.ndarray, label: str = "edit initial state") -> None:
        """Set h_0 (``key`` "h") or c_0 ("c") to ``value`` (H,)."""
        value = np.asarray(value, dtype=float)
        if key not in state_names(self.model.spec, self.model.layers, self.model.bidirectional):
            raise ValueError(f"{key}: not an initial state of this {self.model.cell} model")
        if value.shape != (self.model.hidden_size,):
            raise ValueError(f"{key}: expected {self.model.hidden_size} values")
        if self._refuse(self.holds.control_reason("initial_state")):
            return
        new = {k: v.copy() for k, v in self.model.initial_state.items()}
        new[key] = value
        self.undo.push(SetState(self.model.initial_state, new, label))

    def set_input(self, text: str, label: str = "type input") -> None:
        if text == self.text or self._refuse(self.holds.control_reason("input")):
            return
        self.undo.push(SetSequence((self.text, self.target_overrides), (text, self.target_overrides), label))

    def set_input_token(self, step: int, token_index: int) -> None:
        """Put vocabulary entry ``token_index`` at run step ``step`` (== steps appends a step)."""
        known = [self.model.vocab[k] for k in self.inputs()]
        if step < len(known):
            known[step] = self.model.vocab[token_index]
        else:
            known.append(self.model.vocab[token_index])
        self.set_input(tokens.join([self.model.vocab.index(t) for t in known], self.model.vocab), "set input")

    def remove_input_step(self, step: int) -> None:
        known = self.inputs()
        if 0 <= step < len(known):
            del known[step]
            self.set_input(tokens.join(known, self.model.vocab), "remove input step")

    def set_target(self, step: int, token: str | None) -> None:
        """Override the target of ``step``: a vocabulary token, None for no target, DEFAULT to reset."""
        overrides = dict(self.target_overrides)
        if token == DEFAULT:
            overrides.pop(step, None)
        else:
            overrides[step] = token
        if overrides == self.target_overrides or self._refuse(self.holds.control_reason("targets")):
            return
        self.undo.push(SetSequence((self.text, self.target_overrides), (self.text, overrides), "set target"))

    def reset_targets(self) -> None:
        if self.target_overrides and not self._refuse(self.holds.control_reason("targets")):
            self.undo.push(SetSequence((self.text, self.target_overrides), (self.text, {}), "reset targets"))

    def replace_model(self, model: Model, label: str) -> None:
        """A structural edit (cell, conventions, sizes, vocabulary, a freshly seeded model); refused when
        it changes a held control or a held parameter entry."""
        if self._refuse(self.holds.model_reason(self.model, model)):
            return
        self.undo.push(ReplaceModel(self.model, model, label))

    def begin_undo_group(self, label: str) -> None:
        """Fold every edit until ``end_undo_group`` into one undo step called ``label`` (a slider drag, a
        training run, a scrub through its snapshots)."""
        self.undo.begin_group(label)

    def end_undo_group(self) -> None:
        self.undo.end_group()

    # --- Public API: not part of the history -----------------------------------------------------------

    def set_step(self, step: int) -> None:
        step = max(0, min(int(step), max(self.steps - 1, 0)))
        if step != self.step:
            self.step = step
            self.step_changed.emit(step)

    def load(self, model: Model, path: str | Path | None = None, text: str | None = None,
             exercise: Exercise | None = None, targets: dict[int, str | None] | None = None) -> None:
        """Make ``model`` the document (a file was opened, a lesson step began), with the ``exercise`` saved
        in it (its input wins over ``text``): clears the history. ``targets`` are target overrides as
        ``set_target`` makes them (step -> token, None for none); they replace the exercise's."""
        self._set_document(model, Path(path) if path else None, text, exercise)
        if targets is not None:
            self.target_overrides = dict(targets)
        self.undo.clear()
        self.structure_changed.emit()
        self.path_changed.emit(self.path)

    def open(self, path: str | Path) -> None:
        """Load a model file and the exercise saved in it; on InputError the present document is left
        untouched."""
        model, exercise = exercise_file.load(path)
        self.load(model, path, exercise=exercise)

    def exercise(self) -> Exercise:
        """The exercise as it stands: the typed input, the changed targets, the step and the panel."""
        return Exercise(self.text, dict(self.target_overrides), self.step, self.panel)

    def save(self, path: str | Path | None = None) -> Path:
        """Write the model file and the exercise atomically (to ``path``, or the document's own); raises
        InputError."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name: use save as")
        exercise_file.save(self.model, self.exercise(), target)
        self.baseline = self.model.copy()
        if target != self.path:
            self.path = target
            self.path_changed.emit(self.path)
        self.undo.set_clean()
        return target

    def set_holds(self, holds: Holds | None) -> None:
        """Hold what ``holds`` locks read-only and hides (None: nothing), until the next call."""
        self.holds = holds if holds is not None else Holds()
        self.holds_changed.emit()

    def refuses(self, control: str) -> bool:
        """Whether ``control`` (docs/lesson-file.md: cell, vocab, input, …) is held; if so ``refused`` says
        why. A view asks before it starts an edit that would only be refused (a menu of targets)."""
        return self._refuse(self.holds.control_reason(control))

    def detach(self) -> Document:
        """The whole document as it is (model, file, sequence, step, history, unsaved state), to bring
        back with :meth:`attach`; the session goes on showing it until something else is loaded."""
        return Document(self.model.copy(), self.baseline.copy(), self.path, self.text,
                        dict(self.target_overrides), self.step, self.undo.take(), self.dirty)

    def attach(self, document: Document) -> None:
        """Make a detached document the session's again, its history and unsaved state included."""
        self._set_document(document.model, document.path, document.text, None)
        self.baseline = document.baseline
        self.target_overrides = dict(document.target_overrides)
        self.step = max(0, min(document.step, max(self.steps - 1, 0)))
        self.undo.put(document.history)
        self.structure_changed.emit()
        self.path_changed.emit(self.path)

    # --- internals: commands apply through these -------------------------------------------------------

    def _refuse(self, reason: str | None) -> bool:
        if reason:
            self.refused.emit(reason)
            return True
        return False

    def _set_document(self, model: Model, path: Path | None, text: str | None, exercise: Exercise | None) -> None:
        self.model = model
        self.baseline = model.copy()
        self.path = path
        if exercise is not None:
            text = exercise.input
        self.text = default_text(model) if text is None else text
        self.target_overrides = dict(exercise.targets) if exercise else {}
        self.panel = exercise.panel if exercise else None
        self.step = 0
        self._result = None
        self._stale = {"all"}
        self.revision += 1
        if exercise is not None:
            self.step = max(0, min(exercise.step, self.steps - 1))

    def _changed(self, what: str) -> None:
        self._stale.add(what)
        self.revision += 1

    def _apply_params(self, values: dict[str, np.ndarray]) -> None:
        for name, value in values.items():
            self.model.params[name] = np.array(value, dtype=float)
        self._changed("output" if set(values) <= OUTPUT_PARAMS else "all")
        self.params_changed.emit(set(values))

    def _apply_state(self, state: dict) -> None:
        self.model.initial_state = {k: np.array(v, dtype=float) for k, v in state.items()}
        self._changed("all")
        self.state_changed.emit()

    def _apply_sequence(self, text: str, overrides: dict) -> None:
        text_changed = text != self.text
        self.text = text
        self.target_overrides = dict(overrides)
        self._changed("all" if text_changed else "targets")
        self._clamp_step()
        self.sequence_changed.emit()

    def _apply_model(self, model: Model) -> None:
        self.model = model
        self._changed("all")
        self._clamp_step()
        self.structure_changed.emit()

    def _clamp_step(self) -> None:
        step = max(0, min(self.step, max(self.steps - 1, 0)))
        if step != self.step:
            self.step = step
            self.step_changed.emit(step)

    def _check_dirty(self) -> None:
        dirty = not self.undo.is_clean
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
