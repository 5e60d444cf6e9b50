"""Around the lesson player: the welcome card (once, remembered; Help ▸ Lessons brings it back; never in
screenshots), the tour of the window, recording a lesson from the window, and ``gui LESSON --step N``."""

import json

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog

from lstm_studio import lessons
from lstm_studio.app import menus
from lstm_studio.app.lessons import recorder
from lstm_studio.app.lessons.tour import STOPS
from lstm_studio.app.lessons.welcome import COURSE, TOUR, WelcomeCard
from lstm_studio.app.main import run_app
from lstm_studio.app.window import WELCOME_KEY, MainWindow


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("LSTM_STUDIO_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def cards():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeCard) and w.isVisible()]


@pytest.fixture
def studio(window, data_dir):
    yield window
    for card in cards():
        card.close()
    if window.tour is not None:
        window.tour.end()
    window.leave_lesson()
    window.recording = None


def test_the_welcome_card_shows_once_and_help_lessons_brings_it_back(studio):
    assert cards() == []  # a window alone never shows it
    studio.offer_welcome()
    assert len(cards()) == 1 and studio.settings.value(WELCOME_KEY, False, type=bool)
    cards()[0].close()
    studio.offer_welcome()  # a returning user: nothing in the way
    assert cards() == []
    help_lessons = next(a for a in studio.help_menu.actions() if a.text() == "&Lessons…")
    help_lessons.trigger()
    card = cards()[0]
    card.choose(COURSE)
    assert card.pages.currentIndex() == 1 and studio.settings.value("welcome/choice") == COURSE
    assert card.course.topLevelItemCount() == len({e.kind for e in lessons.builtin()})
    first = lessons.builtin()[0]
    assert card.course.currentItem().text(0) == first.title and card.start_button.isEnabled()
    assert card.open_entry() and cards() == [] and studio.lesson.run.lesson.title == first.title
    studio.leave_lesson()
    studio.offer_welcome(force=True)
    cards()[0].choose(TOUR)
    assert cards() == [] and studio.tour is not None


def test_screenshots_never_offer_the_welcome_card(qtbot, tmp_path, monkeypatch):
    offered = []
    monkeypatch.setattr(MainWindow, "offer_welcome", lambda self, force=False: offered.append(force))
    assert run_app(None, screenshot=tmp_path / "shot.png") == 0
    assert offered == [] and cards() == []


def test_the_tour_outlines_each_panel_in_turn(studio):
    tour = menus.start_tour(studio)
    dock = studio.model_dock
    assert tour.stop_title == "The model" and tour.target.topLeft() == dock.mapTo(studio, dock.rect().topLeft())
    assert studio.rect().contains(tour.card.geometry()) and tour.count.text() == f"1 of {len(STOPS)}"
    tour.next_button.click()
    assert tour.stop_title == "The sequence" and studio.rect().contains(tour.card.geometry())
    assert not tour.card.geometry().intersects(tour.target)
    tour.back_button.click()
    assert tour.stop_title == "The model"
    studio.model_dock.hide()  # a panel that is not on screen is skipped
    tour.go(0)
    assert tour.stop_title == "The sequence"
    for _ in range(len(STOPS)):
        if studio.tour is None:
            break
        tour.next_button.click()
    assert studio.tour is None


def test_recording_a_lesson_from_the_window(studio, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "recorded.json"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Recorded", True))
    answers = [{"title": "First", "text": "Look at $h_t$.", "task": "", "show": "heatmaps", "lock_all": True,
                "lock": [], "unlock": ["b_y", "W_f[1,2]"], "hide": ["gradients", "vocab"]}]
    monkeypatch.setattr(recorder, "ask_step", lambda window, number: answers.pop(0))
    dialogs.files = [path]
    studio.session.set_target(0, "S")
    assert menus.record_lesson(studio, new=True)
    lesson = lessons.load(path)
    step = lesson.step(1)
    assert lesson.title == "Recorded" and step.show == "heatmaps" and step.input == "PIG"
    assert step.targets == "SG·" and step.locks.all and not step.locks.locked("W_f", (0, 1))
    np.testing.assert_array_equal(step.model.params["W_f"], studio.session.model.params["W_f"])
    assert step.hide == ("gradients", "vocab")

    studio.session.set_input("PIGS")
    answers.append({"title": "Second", "lock": ["W_zz"]})  # this model has no W_zz
    assert not menus.record_lesson(studio, new=False)
    assert "steps[1].lock[0]" in dialogs.shown[-1][2] and len(lessons.load(path).steps) == 1
    answers.append({"title": "Second", "lock": ["W_f[2,2]", "cell"]})
    assert menus.record_lesson(studio, new=False)
    second = lessons.load(path).step(2)
    assert second.input == "PIGS" and second.locks.locked("W_f", (1, 1)) and second.locks.locked_control("cell")
    assert studio.open_lesson(path, 2) and studio.session.text == "PIGS"


def test_gui_opens_a_lesson_at_a_step_and_refuses_a_step_outside_it(qtbot, tmp_path, data_dir, capsys):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps({"format": "lstm-studio.lesson", "version": 1, "id": "cli", "title": "CLI",
                                "steps": [{"title": "One", "model": "preset:gru_pigs", "input": "PIGS"},
                                          {"title": "Two", "show": "unrolled"}]}))
    png = tmp_path / "shot.png"
    assert run_app(path, screenshot=png, step=2) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    assert not data_dir.exists()  # a screenshot keeps no progress
    assert run_app(path, screenshot=png, step=3) == 2
    err = capsys.readouterr().err
    assert err == "lstm-studio: error: --step 3: lesson.json has steps 1 to 2\n"
    assert run_app(None, screenshot=png, step=1) == 2
    assert "--step needs a lesson file" in capsys.readouterr().err
