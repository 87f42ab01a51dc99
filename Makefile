# `make run` and `make test` each set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format translations-update figures screenshots handout-samples bench dist dist-check translations clean vfat-tools

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The .ts files are the one source of translations: this adds new UI strings to them (unfinished,
# for Qt Linguist or an editor), keeps the translated ones, and drops the ones gone from the code.
TS_FILES := $(wildcard src/exercise_builder/translations/*.ts)
translations-update: $(STAMP)
	@for ts in $(TS_FILES); do \
	  $(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative -source-language da_DK \
	    src/exercise_builder/ui/*.py -ts "$$ts"; \
	done

translations: $(STAMP)
	@for ts in src/exercise_builder/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# Pictures in the repository, made from code: look at them (docs/library.png, docs/*.png) after.
figures: $(STAMP)
	$(BIN)/python -m exercise_builder.figures.render_library resources/exercises
	$(BIN)/python -m exercise_builder.figures.contact_sheet resources/exercises docs/library.png
	$(BIN)/python -m exercise_builder.figures.contact_sheet resources/exercises docs/library-pregnant.png --pregnant
	$(BIN)/python docs/make_contact_sheets.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots.py docs

handout-samples: $(STAMP)
	$(BIN)/python docs/make_handout_samples.py

run: $(STAMP) translations
	$(BIN)/exercise-builder

# The shared-folder test publishes onto a real vfat image (root and mkfs.vfat; it skips, saying why, without)
vfat-tools:
	@command -v mkfs.vfat >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && apt-get install -y -qq dosfstools >/dev/null 2>&1; } \
	  || echo "note: mkfs.vfat is missing (apt-get install dosfstools); the vfat shared-folder test will skip"

# The gates CI runs: lint, format, types, the import contract (pyproject.toml), then the tests.
test: lint $(STAMP) translations vfat-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Fixes what ruff can fix and formats the tree; run it before committing.
format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The installable app (docs/packaging.md): dist/exercise-builder/ (one folder), on Linux also
# dist/exercise-builder-<version>-linux-<machine>.tar.gz. Slow (minutes): not part of `make test`.
dist: $(STAMP) translations
	$(BIN)/pip install --quiet -e '.[test,dist]'
	rm -rf dist/exercise-builder dist/ExerciseBuilder.app
	$(BIN)/python packaging/prepare_icons.py
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/exercise_builder.spec
	@if [ "$$(uname -s)" = Linux ]; then $(BIN)/python packaging/make_tarball.py; fi
	@du -sh dist/exercise-builder

# Runs the BUILT folder (not the venv): --version, a handout PDF, the window offscreen, size;
# then validates the Linux desktop metadata when the validators are installed.
dist-check: $(STAMP)
	$(BIN)/python packaging/smoke_test.py
	@if [ "$$(uname -s)" != Linux ]; then echo "dist-check: desktop metadata is only checked on Linux"; \
	elif command -v appstreamcli >/dev/null 2>&1; then \
	  appstreamcli validate --no-net packaging/linux/dk.exercisebuilder.ExerciseBuilder.metainfo.xml; \
	else echo "dist-check: appstreamcli not installed, metainfo NOT validated (Debian/Ubuntu: apt-get install appstream)"; fi
	@if [ "$$(uname -s)" != Linux ]; then :; \
	elif command -v desktop-file-validate >/dev/null 2>&1; then \
	  desktop-file-validate packaging/linux/exercise-builder.desktop && echo "desktop-file-validate: ok"; \
	else echo "dist-check: desktop-file-validate not installed, .desktop NOT validated (apt-get install desktop-file-utils)"; fi

clean:
	rm -rf $(VENV) build dist
