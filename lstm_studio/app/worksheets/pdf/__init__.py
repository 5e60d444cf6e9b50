"""The worksheet PDF typesetter (Qt's QPdfWriter): page layout, boxes, maths typesetting.

The command line reaches it only through ``lstm_studio.cli``, which hands it to the worksheet command.
"""
