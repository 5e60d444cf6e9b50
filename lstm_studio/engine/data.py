"""Training data as the engine sees it: sequences of token indices with their targets.

A target of −1 means "no target at this step", so a many-to-one example is a sequence whose only target is
the last one. The tasks that build these (``lstm_studio.tasks``) sit above the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lstm_studio.engine.wording import Message


@dataclass(frozen=True)
class Example:
    """One sequence: ``inputs`` token indices x_1..x_T, ``targets`` k_1..k_T (−1 = no target)."""

    inputs: tuple[int, ...]
    targets: tuple[int, ...]

    @property
    def target_steps(self) -> int:
        return sum(k >= 0 for k in self.targets)


@dataclass
class Dataset:
    """A task's data, ready to train on.

    ``target_accuracy`` is what training aims for (early stopping); ``ceiling`` is the best accuracy any
    model can reach on the training set (below 1 when equal inputs have different targets, e.g. PIG and
    PIN after PI).
    """

    task: str
    vocab: list[str]
    train: list[Example]
    test: list[Example]
    many_to_one: bool
    target_accuracy: float
    ceiling: float = 1.0
    notes: Sequence[str] = field(default_factory=list)  # Messages, shown translated by the window

    def text(self, example: Example) -> tuple[str, str]:
        """(inputs, targets) as text; a step without a target shows as ·."""
        sep = "" if all(len(v) == 1 for v in self.vocab) else " "
        inputs = sep.join(self.vocab[k] for k in example.inputs)
        targets = sep.join("·" if k < 0 else self.vocab[k] for k in example.targets)
        return inputs, targets

    def summary(self) -> Message:
        steps = sum(e.target_steps for e in self.train)
        sizes = {"tokens": len(self.vocab), "train": len(self.train), "targets": steps}
        if self.test:
            return Message("Tasks", "{tokens} tokens, {train} training sequences ({targets} targets), {test} test "
                           "sequences", test=len(self.test), **sizes)
        return Message("Tasks", "{tokens} tokens, {train} training sequences ({targets} targets), no test split",
                       **sizes)
