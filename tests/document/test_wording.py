"""Messages: the English text itself, remembering the template, context and values it was made from so that
the window can show it in another language (lstm_studio/document/wording.py)."""

import pickle

from lstm_studio.document.holds import Holds
from lstm_studio.document.wording import Message


class OneEntry:
    """Holds W_hh[1,2] (0-based (0, 1)) and the input."""

    def locked_control(self, control):
        return control == "input"

    def locked(self, name, index=None):
        return name == "W_hh" and index == (0, 1)


def test_a_message_is_its_english_text_and_keeps_how_it_was_made():
    inner = Message("Holds", "the lesson")
    made = Message("Holds", "{who} holds {what} in this step", who=inner, what="W_hh[1,2]")
    assert made == "the lesson holds W_hh[1,2] in this step" and isinstance(made, str)
    assert (made.context, made.template) == ("Holds", "{who} holds {what} in this step")
    assert made.fields == {"who": inner, "what": "W_hh[1,2]"}
    copy = pickle.loads(pickle.dumps(made))
    assert copy == made and copy.template == made.template and copy.fields["who"].context == "Holds"


def test_lock_reasons_are_messages_with_the_entry_counted_from_one():
    holds = Holds(OneEntry())
    reason = holds.entry_reason("W_hh", (0, 1))
    assert reason == "the lesson holds W_hh[1,2] in this step"
    assert isinstance(reason, Message) and reason.fields["what"] == "W_hh[1,2]"
    assert holds.entry_reason("W_hh", (1, 1)) is None
    assert holds.control_reason("input") == "the lesson holds the input sequence in this step"
