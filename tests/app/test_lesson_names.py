"""The names a lesson file may use for panels are the window's: every ``show`` of the course can be raised."""

from lstm_studio import lessons
from lstm_studio.lessons.format import PANELS


def test_every_lesson_panel_is_a_window_panel(make_window):
    window = make_window()
    assert set(PANELS) <= set(window.panels)
    shown = {step.show for e in lessons.builtin() for step in lessons.load(e.path).steps}
    for name in sorted(shown):
        window.show_panel(name)
