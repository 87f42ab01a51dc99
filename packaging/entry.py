"""PyInstaller entry point: the same `main` as the `exercise-builder` console script.

No command opens the desktop app; `--version`, `handout`, `search` and `library` are the headless
jobs (see cli.py). Kept tiny on purpose: everything else lives in the package.
"""

import sys

from exercise_builder.cli import main

if __name__ == "__main__":
    sys.exit(main())
