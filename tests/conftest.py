"""Test set-up shared by every test: Qt runs offscreen, set before any QApplication can exist."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
