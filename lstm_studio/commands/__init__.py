"""The subcommands of ``lstm-studio``, one module each (``run``, ``grad``, ``gradcheck``, ``new``, ``info``,
``gui``, ``import_model``, ``export_model``, ``train``, ``sample``, ``formula``, ``worksheet``, ``lesson``);
``common`` holds what several share.

Each module has ``register(subparsers)``, which adds its parser with ``set_defaults(func=cmd_...)``, and raises
``lstm_studio.document.errors.InputError`` for bad input; ``lstm_studio.cli`` turns that into one line on
stderr and exit status 2.

May import: engine, tasks, symbolic, explain, document, worksheets, interop, lessons. Never ``app``: what a
command needs from Qt (the window, the PDF typesetter) arrives as ``args.qt`` from ``lstm_studio.cli``.
"""
