"""Test set-up shared by every test: Qt runs offscreen, set before any QApplication can exist; the window
speaks English unless a test chooses another language (docs/i18n.md); every test under tests/app is marked
``gui`` so that ``make check`` can leave the widget tests out."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ.setdefault("LSTM_STUDIO_LANGUAGE", "en")  # the tests read English texts, whatever the machine speaks

_APP_TESTS = Path(__file__).resolve().parent / "app"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _APP_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)
