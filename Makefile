# `make run` and `make test` each set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench dist translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	@for ts in src/exercise_builder/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

run: $(STAMP) translations
	$(BIN)/exercise-builder

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

dist: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,dist]'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/exercise_builder.spec

clean:
	rm -rf $(VENV) build dist
