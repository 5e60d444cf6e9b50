"""Accessible names, descriptions and a visible focus for every control, after the widgets are built.

Screen readers (Orca through AT-SPI, NVDA, VoiceOver) read a control's ``accessibleName`` and
``accessibleDescription``. Most controls here sit beside a QLabel, carry a tooltip or show their own text,
so instead of naming each one by hand, :func:`name_widgets` walks a widget tree once it is built and fills
what is missing, in this order: the text of a label whose buddy it is, the label before it in its layout
(or its row's label in a form), its own text (buttons, check boxes), a placeholder, the first sentence of
its tooltip, the title of its tab or dock. The tooltip (or status tip) becomes the description.
:class:`Namer` does the same for every widget shown later (inside views built on first show, dialogs).

The visible focus is :mod:`lstm_studio.app.common.focus_ring`'s. See docs/accessibility.md.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from lstm_studio.app.common import focus_ring

_TAGS = re.compile(r"<[^>]+>")
_SHOW, _FOCUS_IN = QEvent.Type.Show, QEvent.Type.FocusIn


def plain(text: str) -> str:
    """``text`` without markup, mnemonic ampersands and runs of white space."""
    text = html.unescape(_TAGS.sub("", text or "")).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _first_sentence(text: str) -> str:
    text = plain(text)
    for stop in (". ", "; ", "\n"):
        if stop in text:
            text = text.split(stop, 1)[0]
    return text.rstrip(".")


def focusable(widget: QWidget) -> bool:
    """Does Tab stop at ``widget``?"""
    return bool(widget.focusPolicy() & Qt.TabFocus) and widget.isEnabled()


# Layout items (QLayoutItem) are not QObjects: a Python wrapper of one outlives the item when Qt deletes it,
# and a later object at the same address comes back from PySide as that stale QWidgetItem (the GUI tests
# crashed or failed intermittently). So layouts are walked as QObjects (a nested layout is a child of its
# layout) and compared by indexOf(widget), never through itemAt().


def _layout_of(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack = [parent.layout()]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        stack.extend(layout.findChildren(QLayout, options=Qt.FindDirectChildrenOnly))
    return None


def _form_label(form: QFormLayout, field) -> str:
    label = form.labelForField(field)
    return plain(label.text()) if isinstance(label, QLabel) else ""


def _label_before(widget: QWidget) -> str:
    """The text of the label just before ``widget`` in its layout, or of its row in a form (also when it sits
    in a row of several controls)."""
    layout = _layout_of(widget)
    if layout is None:
        return ""
    if isinstance(layout, QFormLayout):
        return _form_label(layout, widget)
    index = layout.indexOf(widget)
    if index > 0:
        before = next((label for label in widget.parentWidget().findChildren(QLabel, options=Qt.FindDirectChildrenOnly)
                       if layout.indexOf(label) == index - 1), None)
        if before is not None and before.buddy() in (None, widget) and plain(before.text()):
            return plain(before.text())
    outer = layout.parent()
    return _form_label(outer, layout) if isinstance(outer, QFormLayout) else ""


def _own_words(widget: QWidget) -> str:
    """What a control says about itself: a spin box's prefix, a plot's axis titles, a scroll area's content."""
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "prefix"):
        return plain(widget.prefix())
    if hasattr(widget, "getPlotItem"):  # a pyqtgraph PlotWidget: "<left axis> by <bottom axis>"
        item = widget.getPlotItem()
        left, bottom = (plain(item.getAxis(side).labelText) for side in ("left", "bottom"))
        title = plain(item.titleLabel.text) if item.titleLabel is not None else ""
        return title or (f"{left} by {bottom}" if left and bottom else left)
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        inner = widget.widget()
        boxes = [inner] if isinstance(inner, QGroupBox) else inner.findChildren(QGroupBox)
        return plain(inner.accessibleName() or (boxes[0].title() if boxes else ""))
    return ""


def _container_title(widget: QWidget) -> str:
    """The title of the tab, dock or group box that holds ``widget`` directly."""
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox):
        return plain(parent.title())
    for ancestor in (parent, parent.parentWidget() if parent else None):
        if isinstance(ancestor, QDockWidget):
            return plain(ancestor.windowTitle())
        if isinstance(ancestor, QTabWidget) and ancestor.indexOf(widget) >= 0:
            return plain(ancestor.tabText(ancestor.indexOf(widget)))
    return ""


def derive_name(widget: QWidget, buddies: dict[int, str] | None = None) -> str:
    """The best accessible name the widget's surroundings give it ("" when there is none)."""
    if buddies and id(widget) in buddies:
        return buddies[id(widget)]
    parent = widget.parentWidget()
    # the editor inside a spin box or combo box, a tab widget's bar and a scroll area's viewport speak for
    # their owner
    if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabWidget)) or (
            isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget):
        return parent.accessibleName() or derive_name(parent, buddies)
    for text in (
        plain(widget.text()) if isinstance(widget, QAbstractButton) else "",
        _label_before(widget),
        _own_words(widget),
        plain(widget.placeholderText()) if isinstance(widget, QLineEdit) else "",
        _first_sentence(widget.toolTip()),
        _first_sentence(widget.statusTip()),
        _container_title(widget),
    ):
        if text:
            return text
    return ""


def name_widgets(root: QWidget) -> list[QWidget]:
    """Give every focusable widget under ``root`` (and ``root``) without an accessible name one from its
    surroundings, and a description from its tooltip; returns the focusable widgets left without a name."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(label.buddy()): plain(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and plain(label.text())}
    unnamed = []
    for widget in widgets:
        # A widget torn down meanwhile (Qt's own file dialog deletes its parts as it closes, while the
        # namer works through a Show) is skipped: its Python wrapper outlives the C++ object.
        if not shiboken6.isValid(widget) or not focusable(widget):
            continue
        if not widget.accessibleName():
            name = derive_name(widget, buddies)
            if not shiboken6.isValid(widget):  # deleted while its surroundings were read
                continue
            if name:
                widget.setAccessibleName(name)
            else:
                unnamed.append(widget)
        if not widget.accessibleDescription():
            tip = plain(widget.toolTip() or widget.statusTip())
            if tip and tip != widget.accessibleName():
                widget.setAccessibleDescription(tip)
    return unnamed


class Namer(QObject):
    """Names the widgets of every window, panel or dialog when it is first shown (an application-wide
    event filter: the inside views and the dialogs are built long after the window), and moves the focus
    ring to each widget that receives the focus (:mod:`lstm_studio.app.common.focus_ring`)."""

    def eventFilter(self, watched, event) -> bool:
        # Every event of the application passes through here (some 30,000 while the window and its views
        # are built), so all but Show and FocusIn leave at once: one type() call and two identity tests
        # against enum members looked up once (docs/performance.md, "What the merges cost").
        kind = event.type()
        if kind is not _SHOW and kind is not _FOCUS_IN:
            return False
        try:
            self._watch(watched, kind)
        except Exception:  # an exception leaving an application event filter takes PySide down with it
            if not self._reported:
                self._reported = True
                logging.getLogger(__name__).exception("naming widgets or moving the focus ring failed")
        return False

    _reported = False

    def _watch(self, watched, kind) -> None:
        if kind is _SHOW and isinstance(watched, QWidget) and not watched.property("a11y_named"):
            watched.setProperty("a11y_named", True)
            name_widgets(watched)
        elif kind is _FOCUS_IN and isinstance(watched, QWidget):
            # QWidget.window() called unbound: a widget may keep an attribute named ``window`` (the welcome card
            # keeps the main window there), and an exception raised in an application event filter crashes PySide.
            top = QWidget.window(watched)
            rings = top.isActiveWindow() and QApplication.instance().findChild(focus_ring.FocusRings)
            if rings:
                rings.follow(watched)

    @classmethod
    def install(cls, app: QApplication) -> Namer:
        """The application's namer (installed once)."""
        namer = app.findChild(Namer)
        if namer is None:
            namer = cls(app)
            app.installEventFilter(namer)
        return namer


@contextmanager
def unwatched() -> Iterator[None]:
    """Widgets made meanwhile are made without the namer's application-wide filter watching: for pyqtgraph
    plots, which make an options form of some 40 widgets that is never shown (the filter's Python per event
    was 3 of a plot's 8 ms; docs/performance.md). Nothing may be shown meanwhile: the filter names widgets
    when they are shown, and it is back before any widget made here is."""
    app = QApplication.instance()
    namer = app.findChild(Namer) if app is not None else None
    if namer is None:
        yield
        return
    app.removeEventFilter(namer)
    try:
        yield
    finally:
        app.installEventFilter(namer)
