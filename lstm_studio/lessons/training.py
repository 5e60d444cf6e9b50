"""A step's offer to train the network the student has (``"train"`` in a step, docs/lesson-file.md).

:func:`plan` turns the offer into what :func:`lstm_studio.engine.train.run` takes; the player runs that on a
worker thread with progress and cancel, starting from the student's current weights (unlike the training
panel, which starts from a fresh model), and puts the trained weights back into the document.
"""

from __future__ import annotations

from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model
from lstm_studio.engine.data import Dataset
from lstm_studio.engine.train import TrainConfig
from lstm_studio.lessons.format import TrainOffer
from lstm_studio.tasks.catalog import get_task


def plan(offer: TrainOffer, model: Model) -> tuple[Dataset, TrainConfig]:
    """(the data set, the hyper-parameters) to train ``model`` as the offer says. The configuration takes the
    task's suggested epochs, learning rate and batch size where the offer gives none. InputError when the
    student's model no longer fits the task (another vocabulary)."""
    task = get_task(offer.task)
    data = task.build(int(offer.config.get("seed", 0)), **offer.options)
    if list(model.vocab) != list(data.vocab):
        raise InputError(Message("Checks", "train: the model's vocabulary ({vocabulary}) is not the {task} task's "
                                 "({expected}); go back to this step's model", vocabulary=" ".join(model.vocab[:12]),
                                 task=offer.task, expected=" ".join(data.vocab[:12])))
    suggested = {k: task.defaults[k] for k in ("epochs", "lr", "batch_size") if k in task.defaults}
    config = TrainConfig(**{**suggested, **offer.config}).validate()
    return data, config
