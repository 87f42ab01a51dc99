"""PyInstaller entry point: the same `main` as the `exercise-builder` console script.

No command opens the desktop app; `--version`, `handout`, `search` and `library` are the headless
jobs (see cli.py). Kept tiny on purpose: everything else lives in the package.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # the render helper is a spawned process: in the bundle it starts as this executable, and
    # freeze_support() turns that start into the helper instead of a second app
    multiprocessing.freeze_support()
    from exercise_builder.cli import main

    sys.exit(main())
