"""Test set-up shared by every test: Qt runs offscreen, set before any QApplication can exist; the window
speaks English unless a test chooses another language (docs/i18n.md)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ.setdefault("LSTM_STUDIO_LANGUAGE", "en")  # the tests read English texts, whatever the machine speaks
