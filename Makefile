# Two entry points (see README): `make run` opens the app, `make test` runs every test.
# Both create the virtual environment .venv from python3 on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test venv lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/lstm-studio

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check lstm_studio tests tools

lint: $(STAMP)
	$(BIN)/ruff check lstm_studio tests tools

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_engine.py

clean:
	rm -rf $(VENV) build dist *.egg-info
