"""What a lesson holds: the session refuses every edit of a held parameter entry or control (nothing
changes, nothing enters the history, ``refused`` names it), lets everything else through, and a detached
document comes back with its history and unsaved state."""

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.holds import Holds, changed_controls, entry_text
from lstm_studio.document.reshape import rebuild
from lstm_studio.document.session import Session
from lstm_studio.lessons import Lock, Locks


@pytest.fixture
def session():
    s = Session(modelfile.load(paths.presets()["rnn_pigs"]))
    s.reasons = []
    s.refused.connect(s.reasons.append)
    return s


def hold(session, locks: Locks) -> None:
    session.set_holds(Holds(locks))


def test_entry_text_counts_from_one():
    assert entry_text("W_hh", (0, 1)) == "W_hh[1,2]"
    assert entry_text("b_y", (3,)) == "b_y[4]"
    assert entry_text("W_xh", None) == "W_xh"


def test_a_held_entry_refuses_set_entry_and_set_params_but_its_neighbours_change(session):
    hold(session, Locks(locks=(Lock("W_hh[1,1]", "W_hh", (0, 0)),)))
    before = session.model.params["W_hh"].copy()
    session.set_entry("W_hh", (0, 0), 5.0)
    assert session.reasons == ["the lesson holds W_hh[1,1] in this step"]
    np.testing.assert_array_equal(session.model.params["W_hh"], before)
    assert len(session.undo) == 0 and not session.dirty
    whole = before + 1.0
    session.set_params({"W_hh": whole})
    assert len(session.reasons) == 2
    np.testing.assert_array_equal(session.model.params["W_hh"], before)
    session.set_entry("W_hh", (0, 1), 5.0)
    assert session.model.params["W_hh"][0, 1] == 5.0
    assert len(session.reasons) == 2 and len(session.undo) == 1
    same_entry = session.model.params["W_hh"].copy()
    same_entry[2, 2] = -1.0  # W_hh[1,1] unchanged: the edit goes through
    session.set_params({"W_hh": same_entry})
    assert session.model.params["W_hh"][2, 2] == -1.0


def test_lock_all_with_an_unlock_holds_everything_else(session):
    hold(session, Locks(all=True, unlocks=(Lock("b_y", "b_y"),)))
    session.set_entry("b_y", 2, 3.0)
    assert session.model.params["b_y"][2] == 3.0
    session.set_entry("W_hy", (0, 0), 3.0)
    session.set_input("PIGPIG")
    session.set_target(0, "S")
    session.set_initial_state("h", np.ones(session.model.hidden_size))
    session.replace_model(rebuild(session.model, cell="lstm", seed=0), "cell: LSTM")
    assert session.reasons == [
        "the lesson holds W_hy[1,1] in this step", "the lesson holds the input sequence in this step",
        "the lesson holds the targets in this step", "the lesson holds the initial state in this step",
        "the lesson holds the cell type in this step",
    ]
    assert session.model.cell == "rnn" and session.text == "PIG" and not session.target_overrides
    assert len(session.undo) == 1


def test_a_structural_edit_is_refused_when_it_would_change_a_held_entry(session):
    hold(session, Locks(locks=(Lock("W_xh[1,1]", "W_xh", (0, 0)),)))
    bigger = rebuild(session.model, hidden_size=4, seed=0)  # unit 1 keeps its weights
    session.replace_model(bigger, "hidden size 4")
    assert session.model.hidden_size == 4 and session.reasons == []
    fresh = rebuild(session.model, seed=7, keep_weights=False)
    session.replace_model(fresh, "new weights")
    assert session.reasons == ["the lesson holds W_xh[1,1] in this step"]
    assert session.model.params["W_xh"][0, 0] == bigger.params["W_xh"][0, 0]


def test_changed_controls_names_what_differs(session):
    model = session.model
    assert changed_controls(model, rebuild(model, cell="gru", seed=0)) == ["cell"]
    assert changed_controls(model, rebuild(model, hidden_size=5, seed=0)) == ["hidden_size"]
    assert changed_controls(model, rebuild(model, vocab=["P", "I", "G"], seed=0)) == ["vocab"]
    assert changed_controls(model, model.copy()) == ["seed"]


def test_releasing_the_holds_lets_edits_through_and_signals_the_views(session):
    seen = []
    session.holds_changed.connect(lambda: seen.append(session.holds.empty))
    hold(session, Locks(all=True))
    session.set_holds(None)
    session.set_entry("W_xh", (0, 0), 2.0)
    assert session.model.params["W_xh"][0, 0] == 2.0 and session.reasons == [] and seen == [False, True]


def test_detach_and_attach_bring_back_model_history_and_unsaved_state(session):
    session.set_entry("W_xh", (0, 0), 2.0)
    session.set_input("PIGS")
    session.set_target(1, "S")
    session.set_step(2)
    document = session.detach()
    assert len(session.undo) == 0
    session.load(modelfile.load(paths.presets()["gru_pigs"]), None, "GIG", targets={0: None})
    assert session.targets() == [-1, 2, -1]
    session.set_entry("b_y", 0, 1.0)
    session.attach(document)
    assert session.model.cell == "rnn" and session.model.params["W_xh"][0, 0] == 2.0
    assert (session.text, session.target_overrides, session.step) == ("PIGS", {1: "S"}, 2)
    assert session.dirty and len(session.undo) == 3
    session.undo.undo()
    session.undo.undo()
    assert session.text == "PIG"
    session.undo.undo()
    assert not session.dirty
    np.testing.assert_array_equal(session.model.params["W_xh"], session.baseline.params["W_xh"])
