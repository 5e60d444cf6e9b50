"""Entry point of the bundled executable: the same ``lstm-studio`` command as the installed package.

With no arguments it opens the window; every subcommand (``run``, ``gui --screenshot``, ``worksheet``, …)
works as it does after ``pip install``.
"""

import multiprocessing
import sys

from lstm_studio.cli import main

if __name__ == "__main__":
    # A child process started by multiprocessing re-runs this executable; this hands it over to its task.
    multiprocessing.freeze_support()
    sys.exit(main())
