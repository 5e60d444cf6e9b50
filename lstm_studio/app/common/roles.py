"""Qt's item-data roles, header orientation and item flags as plain module constants, for the item models'
``data``, ``headerData`` and ``flags``, which Qt calls for every role of every visible cell and header
section on each repaint.

Reading ``Qt.DisplayRole`` goes through PySide's forgiving lookup of the old flat enum names and compares
a role through ``enum``'s machinery: about 9 µs for ``role == Qt.DisplayRole`` against 0.07 µs for a
constant looked up once; ``Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable`` about 20 µs
(docs/performance.md, "What the merges cost").
"""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
TEXT_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
ACCESSIBLE_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
HORIZONTAL = Qt.Orientation.Horizontal
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = SELECTABLE | Qt.ItemFlag.ItemIsEditable
