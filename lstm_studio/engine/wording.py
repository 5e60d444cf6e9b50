"""Texts the Qt-free layers compose with numbers in them, in a form the window can translate (docs/i18n.md).

It lives in the engine, the lowest layer, so that every Qt-free layer can word its texts this way: the
engine's training messages, the tasks' data summaries, the document's errors, the lessons' checks
(``lstm_studio.document.wording`` is the same class). It imports nothing.

A :class:`Message` is the English text itself — a ``str``, so the command line, the logs and the tests
read it as before — that also keeps the template it was made from, its translation context and the
values filled in. The window shows it with ``lstm_studio.app.common.i18n.shown``: the template is
translated in its context and the values are filled into the translation, a value that is itself a
Message shown the same way. Numbers, symbols and names stay out of the templates, as placeholders, so a
translator never sees (or changes) a number.

Write the context and the template as string literals at the call: ``tools/translations.py`` reads them
from the source, as lupdate reads the app's ``translate()`` calls::

    Message("Holds", "{who} holds {what} in this step", who=WHO, what=entry_text(name, index))

A Message whose template is a variable (a task's title) must have its text catalogued another way.
"""

from __future__ import annotations


class Message(str):
    """English text made by ``template.format(**fields)``, remembering ``context``, ``template`` and
    ``fields`` so that it can be shown in another language."""

    context: str
    template: str
    fields: dict[str, object]

    def __new__(cls, context: str, template: str, **fields: object) -> Message:
        made = super().__new__(cls, template.format(**fields))
        made.context, made.template, made.fields = context, template, fields
        return made

    def __reduce__(self):  # pickles (the background runner) as itself, fields included
        return (_remake, (self.context, self.template, self.fields))


def _remake(context: str, template: str, fields: dict[str, object]) -> Message:
    return Message(context, template, **fields)
