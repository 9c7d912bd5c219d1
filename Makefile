# Two commands for a fresh machine (Python 3.11+):
#   make demo   set up .venv, build from the shipped seeds, check the store, print the timeline
#   make test   set up .venv, then run the test-suite
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: demo test lint bench clean

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip uninstall --quiet --yes timeline 2>/dev/null || true  # the name before 0.2.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/timeline
	$(BIN)/timeline build
	$(BIN)/timeline check --strict
	$(BIN)/timeline show --since 2024

test: $(BIN)/timeline
	$(BIN)/pytest

lint: $(BIN)/timeline
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
