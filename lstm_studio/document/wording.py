"""The window-translatable texts of the Qt-free layers: :class:`Message`, defined in the engine (the lowest
layer, so that the engine and the tasks can word their texts the same way) and imported from here by the
document, explain, lessons and worksheets code (docs/i18n.md)."""

from lstm_studio.engine.wording import Message

__all__ = ["Message"]
