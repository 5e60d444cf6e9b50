"""How every view follows the session: one refresher per session turns a burst of edits into one update
per visible view, a hidden view catches up when shown, a view read through its API catches up first, a
deleted view drops out, and the shared unit and layer mark the views that show them."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QWidget

from lstm_studio import paths
from lstm_studio.app.common.live import LiveView, Refresher
from lstm_studio.app.studio.weight_editor import WeightEditor
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session
from lstm_studio.explain.focus import Focus


class Counting(LiveView, QWidget):
    def __init__(self, session, focus=None) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.follow(session, focus)

    def rebuild(self) -> None:
        self.calls.append("rebuild")

    def show_values(self) -> None:
        self.calls.append(f"values {self.session.model.params['b_f'][0]:g}")

    def show_step(self) -> None:
        self.calls.append(f"step {self.session.step}")


def _session():
    return Session(modelfile.load(paths.presets()["lstm_pigs"]))


def _shown(qtbot, view):
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.up_to_date)
    view.calls.clear()
    return view


def test_a_burst_of_edits_is_one_update_per_visible_view(qtbot):
    session = _session()
    a, b = _shown(qtbot, Counting(session)), _shown(qtbot, Counting(session))
    assert a.refresher is b.refresher is Refresher.of(session)
    passes = []
    a.refresher.sig_refreshed.connect(lambda: passes.append(1))
    for value in np.linspace(0, 1, 20):
        session.set_entry("b_f", 0, value)
    session.set_step(2)
    assert a.calls == [] and not a.up_to_date, "nothing is drawn before the event loop turns"
    qtbot.waitUntil(lambda: bool(passes))
    assert a.calls == b.calls == ["values 1"] and passes == [1]
    session.set_step(1)
    qtbot.waitUntil(lambda: len(passes) == 2)
    assert a.calls[-1] == "step 1"
    session.replace_model(session.model.copy(), "same again")
    qtbot.waitUntil(lambda: len(passes) == 3)
    assert a.calls[-2:] == ["rebuild", "values 1"]


def test_a_hidden_view_catches_up_when_shown(qtbot):
    session = _session()
    view = _shown(qtbot, Counting(session))
    view.hide()
    session.set_entry("b_f", 0, 0.25)
    session.set_step(1)
    view.refresher.refresh()
    assert view.calls == [] and not view.up_to_date
    view.show()
    qtbot.waitUntil(lambda: view.up_to_date)
    assert view.calls == ["values 0.25"]


def test_the_focus_marks_only_the_views_that_show_it(qtbot):
    session, focus = _session(), Focus()
    with_focus, without = _shown(qtbot, Counting(session, focus)), _shown(qtbot, Counting(session))
    focus.set(unit=2)
    qtbot.waitUntil(lambda: with_focus.up_to_date)
    assert with_focus.calls == [f"values {session.model.params['b_f'][0]:g}"]
    assert without.calls == []


def test_a_deleted_view_drops_out(qtbot):
    session = _session()
    keep = _shown(qtbot, Counting(session))
    gone = Counting(session)
    gone.deleteLater()
    qtbot.wait(20)
    session.set_entry("b_f", 0, 0.5)
    qtbot.waitUntil(lambda: keep.up_to_date)
    assert keep.refresher.views() == [keep]


def test_the_weight_table_never_acts_on_a_replaced_model(qtbot):
    session = _session()
    editor = WeightEditor(session)
    qtbot.addWidget(editor)
    editor.show_layout("param:b_f")
    session.replace_model(session.model.copy(), "a copy")  # no turn of the event loop in between
    editor.act("zero")
    np.testing.assert_array_equal(session.model.params["b_f"], np.zeros(3))
    assert editor.current_layout.model is session.model


def test_views_refreshed_in_turns_update_one_per_turn_of_the_event_loop(qtbot, qapp):
    session = _session()
    views = [_shown(qtbot, Counting(session)) for _ in range(3)]
    hidden = Counting(session)
    qtbot.addWidget(hidden)
    refresher = Refresher.of(session)
    passes = []
    refresher.sig_refreshed.connect(lambda: passes.append([len(view.calls) for view in views]))
    refresher.mark_all("structure")
    refresher.refresh_in_turns()
    while not any(view.calls for view in views):
        qapp.processEvents()
    assert [bool(view.calls) for view in views] == [True, False, False] and passes == []
    qtbot.waitUntil(lambda: bool(passes))
    assert passes == [[2, 2, 2]]  # each view: rebuild, then its values
    assert all(view.calls == ["rebuild", "values 0.28"] for view in views)
    assert hidden.calls == [] and not hidden.up_to_date  # a hidden view still waits until it is shown


def test_a_refresh_while_views_update_in_turns_brings_the_rest_at_once(qtbot):
    session = _session()
    views = [_shown(qtbot, Counting(session)) for _ in range(3)]
    refresher = Refresher.of(session)
    refresher.mark_all("structure")
    refresher.refresh_in_turns()
    refresher.refresh()
    assert all(view.calls == ["rebuild", "values 0.28"] for view in views) and refresher.idle
