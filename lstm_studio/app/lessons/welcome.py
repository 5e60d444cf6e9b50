"""The welcome card: on the first start it offers the course, a short tour of the window, or the free
studio; Help ▸ Lessons brings it back. Any answer (closing it too) is remembered in the settings, so it
never stands in a returning user's way; it never appears in screenshots or tests unless asked for
(``MainWindow.offer_welcome``).

The course page lists the built-in lessons and challenges (``lstm_studio.lessons.catalog``) with their
step counts and the student's progress in each, and opens lesson files from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import i18n
from lstm_studio.app.common.i18n import translate
from lstm_studio.lessons import ProgressStore, builtin
from lstm_studio.lessons import markdown as lesson_markdown

STUDIO, COURSE, TOUR = "studio", "course", "tour"


def _status(store: ProgressStore, entry) -> str:
    """"done", "at step 3", or "" for a lesson never opened (nothing is moved or written here)."""
    path = store.path(entry.id)
    if not path.exists():
        return ""
    progress, problem = store.load(entry.id)
    if problem:
        return ""
    if len(progress.completed & set(range(1, entry.steps + 1))) == entry.steps:
        return translate("Welcome", "done ✓")
    return translate("Welcome", "at step {step}").format(step=progress.current)


def _done(store: ProgressStore, entry) -> bool:
    return _status(store, entry) == translate("Welcome", "done ✓")


def _status_width_sample() -> str:
    """The widest status the "you" column must fit."""
    return max((translate("Welcome", "done ✓"), translate("Welcome", "at step {step}").format(step=10)), key=len)


class WelcomeCard(QDialog):
    """Three ways in; ``choice`` says which one was taken (None while open)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.choice: str | None = None
        self.setWindowTitle(translate("Welcome", "Welcome to LSTM Studio"))
        self.resize(620, 500)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._course_page())

    # --- Public API ---------------------------------------------------------------------------------

    def choose(self, choice: str) -> None:
        """Take one of the three ways in (what the buttons do)."""
        self.choice = choice
        self.window.settings.setValue("welcome/choice", choice)
        if choice == COURSE:
            self.pages.setCurrentIndex(1)
            return
        self.accept()
        if choice == TOUR:
            from lstm_studio.app.lessons.tour import start_tour

            start_tour(self.window)

    def open_entry(self, item: QTreeWidgetItem | None = None) -> bool:
        """Open the chosen lesson (or ``item``'s) in the window."""
        item = item or self.course.currentItem()
        path = item.data(0, Qt.UserRole) if item is not None else None
        if not path:
            return False
        self.accept()
        return self.window.open_lesson(path)

    def open_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, translate("Welcome", "Open a lesson"), "",
                                              translate("Welcome", "Lessons (*.json);;All files (*)"))
        if not path:
            return False
        self.accept()
        return self.window.open_lesson(path)

    # --- internals ----------------------------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(translate("Welcome", "<h2>Welcome to LSTM Studio</h2>"))
        intro = QLabel(translate("Welcome", "Watch recurrent cells work, change any weight and see every gate "
                                            "follow. Where would you like to start?"))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        entries = builtin(i18n.current())
        lessons = sum(e.kind == "lesson" for e in entries)
        challenges = len(entries) - lessons
        course = (translate("Welcome", "{lessons} lessons and {challenges} challenges, from one-hot inputs to "
                                       "long-range memory. The app checks what you build.").format(
            lessons=lessons, challenges=challenges) if entries else translate("Welcome", "Open a lesson file."))
        self.buttons = {}
        for choice, text, description in (
            (COURSE, translate("Welcome", "Take the course"), course),
            (TOUR, translate("Welcome", "Tour the window (a minute)"),
             translate("Welcome", "Which panel shows what, one panel at a time.")),
            (STUDIO, translate("Welcome", "Go to the studio"),
             translate("Welcome", "Everything at once, no guide. Help ▸ Lessons brings this card back.")),
        ):
            button = QCommandLinkButton(text, description)
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        layout.addStretch(1)
        return page

    def _course_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(translate("Welcome", "<h3>The course</h3>")))
        self.course = QTreeWidget()
        self.course.setColumnCount(3)
        self.course.setHeaderLabels(["", translate("Welcome", "steps"), translate("Welcome", "you")])
        self.course.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.course.header().setStretchLastSection(False)
        self.course.itemActivated.connect(lambda item, _col: self.open_entry(item))
        self.course.currentItemChanged.connect(self._selected)
        layout.addWidget(self.course, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setMinimumHeight(self.fontMetrics().height() * 3)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.summary)
        store = ProgressStore()
        groups = {}
        for entry in builtin(i18n.current()):
            if entry.kind not in groups:
                heading = (translate("Welcome", "Lessons") if entry.kind == "lesson"
                           else translate("Welcome", "Challenges"))
                groups[entry.kind] = QTreeWidgetItem(self.course, [heading])
                groups[entry.kind].setFlags(Qt.ItemIsEnabled)
                groups[entry.kind].setExpanded(True)
            item = QTreeWidgetItem(groups[entry.kind], [entry.title, str(entry.steps), _status(store, entry)])
            item.setData(0, Qt.UserRole, str(entry.path))
            item.setData(1, Qt.UserRole, entry.summary)
            item.setData(2, Qt.UserRole, "done" if _done(store, entry) else "")
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
        if not groups:
            self.summary.setText(translate("Welcome", "The built-in course is not installed here; open a lesson file "
                                                     "instead."))
        self.course.resizeColumnToContents(1)
        self.course.setColumnWidth(2, self.fontMetrics().horizontalAdvance(_status_width_sample()) + 16)
        buttons = QHBoxLayout()
        back = QPushButton(translate("Welcome", "◀ Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        other = QPushButton(translate("Welcome", "Open a lesson file…"))
        other.clicked.connect(self.open_file)
        self.start_button = QPushButton(translate("Welcome", "Start"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(lambda: self.open_entry())
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(other)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        lessons = groups.get("lesson")
        if lessons is not None:  # the first lesson not done yet is where to go on
            children = [lessons.child(k) for k in range(lessons.childCount())]
            self.course.setCurrentItem(next((c for c in children if c.data(2, Qt.UserRole) != "done"), children[0]))
        return page

    def _selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        path = item.data(0, Qt.UserRole) if item is not None else None
        self.start_button.setEnabled(bool(path))
        if path:
            summary = str(item.data(1, Qt.UserRole) or "")
            try:
                summary = lesson_markdown.plain(summary)
            except lesson_markdown.MarkdownError:
                pass
            self.summary.setText(summary)


def show_welcome(window) -> WelcomeCard:
    """Show the welcome card beside ``window`` (not modal: nothing blocks) and remember that it was shown."""
    from lstm_studio.app.window import WELCOME_KEY

    card = WelcomeCard(window)
    card.setAttribute(Qt.WA_DeleteOnClose, True)
    window.settings.setValue(WELCOME_KEY, True)
    window.welcome = card
    card.destroyed.connect(lambda *_: setattr(window, "welcome", None))
    card.show()
    card.raise_()
    return card
