"""Before Qt opens an X11 window the app checks the system libraries it needs and names a missing one
(Qt itself names libxcb-cursor0 whatever is missing)."""

from lstm_studio.app import main, system_libs

X11 = {"DISPLAY": ":0"}


def _without(*names):
    def load(name):
        if name in names:
            raise OSError(f"{name}: cannot open shared object file")
    return load


def test_a_missing_library_is_named_with_its_package():
    message = system_libs.problem(X11, "linux", _without("libxcb-icccm.so.4"))
    assert message == ("the window needs the system library libxcb-icccm.so.4, not found "
                       "(Debian/Ubuntu: sudo apt install libxcb-icccm4)")


def test_every_missing_library_is_named_once():
    message = system_libs.problem(X11, "linux", _without("libxcb-keysyms.so.1", "libxcb-icccm.so.4"))
    assert "libraries libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert message.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1)")


def test_nothing_is_checked_where_the_window_does_not_use_x11():
    broken = _without(*system_libs.NEEDED)
    assert system_libs.problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", broken) is None
    assert system_libs.problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", broken) is None
    assert system_libs.problem(X11, "win32", broken) is None
    assert system_libs.problem({"QT_QPA_PLATFORM": "xcb"}, "linux", broken) is not None


def test_with_every_library_there_is_no_problem():
    assert system_libs.problem(X11, "linux", lambda name: None) is None


def test_the_window_refuses_to_start_with_one_line(monkeypatch, capsys):
    monkeypatch.setattr(system_libs, "problem", lambda: "the window needs the system library libxcb-icccm.so.4")
    assert main.run_app() == 2
    assert capsys.readouterr().err == "lstm-studio: error: the window needs the system library libxcb-icccm.so.4\n"
