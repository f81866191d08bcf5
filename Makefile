# Mutual's everyday commands. GNU make on Linux or macOS, Python 3.11 or newer.
#   make run     start Mutual with demo data at http://127.0.0.1:$(PORT)/
#   make test    the whole test suite (unit, integration and browser tests)
#   make lint    ruff and mypy
#   make bench   timing figures
# Dependencies install into ./.venv, and only again when a requirements file changes.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k households -x"`.
PYTEST_ARGS ?=

RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
NPM_STAMP := node_modules/.installed

.PHONY: help run test lint bench migrations-check clean distclean

help:
	@echo "make run               start Mutual with demo data (PORT=$(PORT))"
	@echo "make test              run every test (needs npm, and Debian's chromium for browser tests)"
	@echo "make lint              ruff check, ruff format --check, mypy"
	@echo "make bench             print timing figures"
	@echo "make migrations-check  fail if a model change has no migration"
	@echo "make clean             remove caches and collected static files"
	@echo "make distclean         clean, and remove .venv, node_modules and ./var (your local data)"

# A virtualenv from the first Python that is 3.11 or newer.
$(BIN)/python:
	@py=""; \
	for candidate in python3 python3.13 python3.12 python3.11; do \
	  if command -v $$candidate >/dev/null 2>&1 \
	     && $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	    py=$$candidate; break; \
	  fi; \
	done; \
	if [ -z "$$py" ]; then \
	  echo "Mutual needs Python 3.11 or newer, and none was found as python3 or python3.11." >&2; \
	  echo "Install it (Debian/Ubuntu: apt-get install python3.11 python3.11-venv; macOS: brew install python@3.11) and run make again." >&2; \
	  exit 1; \
	fi; \
	echo "Creating $(VENV) with $$py ($$($$py --version))"; \
	$$py -m venv $(VENV)

$(RUN_STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . --no-deps
	@touch $@

$(DEV_STAMP): requirements-dev.txt requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . --no-deps
	@touch $(RUN_STAMP) $@

$(NPM_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "The tests need npm (Node.js) for axe-core: install Node.js, then run make test again." >&2; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

# The web server runs in the foreground; the job worker runs beside it and stops with it.
run: export DEBUG = true
run: $(RUN_STAMP)
	$(BIN)/mutual migrate --noinput
	$(BIN)/mutual demo
	$(BIN)/mutual collectstatic --noinput --verbosity 0
	@echo
	@echo "Mutual is at http://127.0.0.1:$(PORT)/  (log in with a demo account above; Ctrl+C stops it)"
	@echo
	@$(BIN)/mutual run_huey & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	trap 'exit 130' INT TERM; \
	$(BIN)/uvicorn mutual.asgi:application --host 127.0.0.1 --port $(PORT)

test: $(DEV_STAMP) $(NPM_STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy mutual

bench: $(DEV_STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/matching.py
	$(BIN)/python bench/risk.py

migrations-check: $(RUN_STAMP)
	$(BIN)/mutual makemigrations --check --dry-run

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache test-results build var/static
	find . -path ./$(VENV) -prune -o -path ./node_modules -prune -o -name __pycache__ -type d -print0 | xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV) node_modules var *.egg-info
