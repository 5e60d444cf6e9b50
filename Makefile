# Entry points (README, CONTRIBUTING.md): `make run` opens the app, `make check` is the quick loop (ruff, mypy
# and every test but the GUI and bundle ones), `make test` is everything CI runs. All create the virtual
# environment .venv from python3 on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check venv lint bench generate clean bundle bundle-test translations translations-update

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The window's translations (docs/i18n.md): the .qm catalogues are compiled from the .ts sources and never
# committed; translations-update brings the .ts up to date with the source (new strings come in unfinished).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	$(BIN)/python tools/translations.py update

run: $(STAMP) translations
	$(BIN)/lstm-studio

# ruff and mypy read their settings from pyproject.toml; mypy checks every Qt-free package listed there.
LINTED := lstm_studio tests tools packaging

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not slow"

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_engine.py

# What the symbolic layer can write ahead of time (lstm_studio/symbolic/ahead_equations.py and the local
# derivatives in lstm_studio/symbolic/ahead_formulas/); a test checks that the shipped modules are what this
# writes.
generate: $(STAMP)
	$(BIN)/python tools/generate_symbolic.py

# The installer (packaging/README.md): PyInstaller runs in its own environment, build/bundle-venv, which
# gets the runtime dependencies (not the package itself: the spec reads it from this tree) and the tools.
BUNDLE_VENV := build/bundle-venv
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed

$(BUNDLE_STAMP): pyproject.toml $(wildcard setup.py) constraints.txt packaging/requirements.txt
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade pip==26.3
	$(BUNDLE_VENV)/bin/python -m pip install --quiet -c constraints.txt . -r packaging/requirements.txt
	$(BUNDLE_VENV)/bin/python -m pip uninstall --quiet --yes lstm-studio
	rm -rf build/lib build/bdist.*
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) translations
	$(BUNDLE_VENV)/bin/python packaging/build.py

bundle-test: bundle $(STAMP)
	$(BIN)/python -m pytest -m slow tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info
