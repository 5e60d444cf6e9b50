"""Test set-up shared by every test: Qt runs offscreen, set before any QApplication can exist; the window
speaks English unless a test chooses another language (docs/i18n.md); every test under tests/app is marked
``gui`` so that ``make check`` can leave the widget tests out; a view callback that fails fails the test;
hypothesis runs derandomized unless a profile says otherwise."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ.setdefault("LSTM_STUDIO_LANGUAGE", "en")  # the tests read English texts, whatever the machine speaks

# Profiles for the fuzzers in tests/fuzz (docs/limits.md, "Fuzzing"): "ci" (the default) is quick and
# derandomized, so `make test` is repeatable; `--hypothesis-profile long` is the long run.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True, database=None,
                          suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=10_000, deadline=None, print_blob=True, database=None,
                          suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("LSTM_STUDIO_HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _view_failures_fail_the_test(request):
    """The document isolates failing view callbacks (lstm_studio.document.events) so that users lose no
    work; in tests such a failure is a bug and must not pass unnoticed. Tests that provoke one on
    purpose take ``expected_view_failures``."""
    from lstm_studio.document import events

    failures = []

    def listen(message, err):
        failures.append((message, err))

    if "expected_view_failures" in request.fixturenames:
        yield
        return
    events.add_failure_listener(listen)
    yield
    events.remove_failure_listener(listen)
    if failures:
        message, err = failures[0]
        raise AssertionError(f"{len(failures)} view callback(s) failed; the first: {message}") from err


@pytest.fixture
def expected_view_failures():
    """The failures reported while the test runs (it provokes them on purpose)."""
    from lstm_studio.document import events

    failures = []

    def listen(message, err):
        failures.append((message, err))

    events.add_failure_listener(listen)
    yield failures
    events.remove_failure_listener(listen)
_APP_TESTS = Path(__file__).resolve().parent / "app"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _APP_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)
