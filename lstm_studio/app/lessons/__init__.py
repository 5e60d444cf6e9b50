"""Lessons in the window (docs/lesson-player.md): the lesson player beside the studio, the welcome card and
the tour, and the instructors' recorder.

    mode        LessonMode: the player's dock, each step's panel, leaving restores the studio; open_lesson
    player      LessonPlayer: text, task, predict, Check, training offer, hints, progress, done
    text        LessonText: a lesson's Markdown with its maths rendered off the GUI thread, all text escaped
    welcome     the welcome card (course, tour, studio) and the course list; Help ▸ Lessons
    tour        a one-minute tour of the window's panels
    recorder    File ▸ New lesson from here / Add this state as a step

The lesson itself is Qt-free (``lstm_studio.lessons``; ``lessons.lesson_run.LessonRun`` plays one in the
session); what a step locks and hides is the session's holds (``lstm_studio.document.holds``), which the
studio's panels show and enforce (``app.common.holds``).
"""
