"""A strip of teacher's warnings under a view: one line each, the worst first, the rest in a tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.explain.teacher_warnings import TeacherWarning

MAX_LINES = 3


class WarningStrip(QLabel):
    """Shows ``set_warnings(list)``; hidden when there is nothing to say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Maximum)
        self.setContentsMargins(6, 2, 6, 2)
        self.warnings: list[TeacherWarning] = []
        self.hide()

    def set_warnings(self, warnings: list[TeacherWarning], intro: str = "") -> None:
        self.warnings = list(warnings)
        if not warnings:
            self.hide()
            self.setText("")
            return
        th = theme.current()
        lines = []
        for w in warnings[:MAX_LINES]:
            colour = th.bad if w.severe else "#B8860B"
            lines.append(f"<span style='color:{colour}'>⚠</span> {html.escape(shown(w.message))}")
        more = len(warnings) - MAX_LINES
        if more > 0:
            more_text = translate("WarningStrip", "… and %n more (hover to read them all)", None, more)
            lines.append(f"<span style='color:{th.muted}'>{html.escape(more_text)}</span>")
        self.setText((f"<b>{html.escape(intro)}</b><br>" if intro else "") + "<br>".join(lines))
        self.setToolTip("\n".join(shown(w.message) for w in warnings[:40]))
        self.show()
