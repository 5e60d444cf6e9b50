import sys

from lstm_studio.cli import main

sys.exit(main())
