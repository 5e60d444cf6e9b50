"""LSTM Studio: a desktop app that teaches how recurrent neural cells work."""

__version__ = "0.2.0"
