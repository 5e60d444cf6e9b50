"""The worksheets' sentences in each language other than English: one module per language, each a
``CATALOGUE`` dict from the English sentence (or sentence template, :func:`..i18n.sentences`) to its
translation. docs/i18n.md ("The worksheets' languages") says how to add a sentence or a language."""
