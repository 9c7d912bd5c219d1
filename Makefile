# Two commands for a fresh machine (Python 3.11+):
#   make demo   set up .venv, build from the shipped seeds, check the store, print the timeline
#   make test   set up .venv, then run the test-suite
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: demo test lint bench clean screenshots native

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip uninstall --quiet --yes timeline 2>/dev/null || true  # the name before 0.2.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The engine's hottest modules compiled with mypyc (timeline/_native.py), rebuilt when they
# change; where they cannot be compiled the engine runs as Python.
NATIVE := timeline/_native/sources.txt
$(NATIVE): $(BIN)/timeline timeline/extract.py timeline/tense.py timeline/dates/core.py timeline/dates/leading.py
	$(BIN)/python -c 'import timeline._native as n; raise SystemExit(n.build())'
	mkdir -p $(@D) && touch $@

native: $(NATIVE)

demo: $(BIN)/timeline $(NATIVE)
	$(BIN)/timeline build
	$(BIN)/timeline check --strict
	$(BIN)/timeline show --since 2024
	$(BIN)/timeline show --format html --title "$(DEMO_TITLE)" --description "$(DEMO_DESCRIPTION)" --output timeline.html
	@echo "wrote timeline.html: open it in a browser"

DEMO_TITLE := Russia and North Korea: an alliance in the news
DEMO_DESCRIPTION := How the pact between Moscow and Pyongyang was made and carried out, as reported in Romanian, Bulgarian, Polish and Portuguese.

# The README's pictures of the page: headless Chromium (apt-get install chromium) at 390 and 1280 px.
screenshots: demo
	$(BIN)/python -m tests.browser screenshots timeline.html docs

test: $(BIN)/timeline $(NATIVE)
	$(BIN)/pytest

lint: $(BIN)/timeline
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) timeline/_native .pytest_cache .mypy_cache .ruff_cache .hypothesis timeline.html
