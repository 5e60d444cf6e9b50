"""The inside views in the studio window: tabs beside the gate plots, built the first time they are shown,
reachable with --panel, following edits, redrawn in a new theme; and a screenshot of each panel for
every preset."""

import pytest
from PySide6.QtGui import QImage

from lstm_studio import paths
from lstm_studio.app.inside.panels import PANELS
from lstm_studio.app.main import run_app


def test_the_views_are_tabs_built_on_first_show(window):
    titles = [window.tabs.tabText(k) for k in range(window.tabs.count())]
    assert titles[-len(PANELS):] == [title for title, _ in PANELS.values()]
    assert all(panel.view is None for panel in window.inside_panels.values())
    window.show_panel("gradients")
    assert window.tabs.currentWidget() is window.inside_panels["gradients"]
    assert window.inside_panels["gradients"].view is not None
    assert window.inside_panels["cell"].view is None


@pytest.mark.parametrize("name", list(PANELS))
def test_each_view_follows_an_edit_in_the_window(window, qtbot, name):
    window.show_panel(name)
    view = window.inside_panels[name].ensure()
    qtbot.waitUntil(lambda: view.up_to_date)
    window.session.set_entry("b_f", 0, 2.5)
    qtbot.waitUntil(lambda: view.up_to_date and window.up_to_date)
    if name == "cell":
        from lstm_studio.engine import forward

        trace = forward(window.session.model, window.session.inputs())
        assert view.scene.values["f"] == trace.first.gates["f"][0, 0, 0]


def test_the_cell_diagram_and_the_equations_share_the_unit(window, qtbot):
    window.show_panel("cell")
    cell = window.inside_panels["cell"].ensure()
    cell.unit.setValue(3)
    window.show_panel("equations")
    equations = window.inside_panels["equations"].ensure()
    qtbot.waitUntil(lambda: equations.up_to_date)
    assert equations.unit.value() == 3 and equations.focus.unit == 2


def test_a_new_theme_redraws_the_built_views(window, qtbot):
    window.show_panel("cell")
    cell = window.inside_panels["cell"].ensure()
    qtbot.waitUntil(lambda: cell.up_to_date)
    window.apply_look("dark", 1.0)
    window.refresh()
    qtbot.waitUntil(lambda: cell.up_to_date)
    assert cell.scene.backgroundBrush().color().name() == "#1e1f22"
    window.apply_look("light", 1.0)


def test_an_unknown_panel_names_the_new_ones(window):
    with pytest.raises(KeyError) as err:
        window.show_panel("nope")
    for name in PANELS:
        assert name in err.value.args[0]


@pytest.mark.parametrize("preset", sorted(paths.presets()))
def test_screenshots_of_every_panel_for_every_preset(tmp_path, preset, qapp):
    for panel in ("cell", "equations", "gradients"):
        out = tmp_path / f"{preset}_{panel}.png"
        assert run_app(paths.presets()[preset], screenshot=out, panel=panel) == 0
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1366, 768)
