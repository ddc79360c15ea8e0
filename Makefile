# Front Door: `make demo` runs the demo site; `make test` runs the whole test suite.
# Each sets up what is missing first: Debian packages (as root), the virtual environment, and the
# third-party files fetched from npm by pinned version.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS_HASH := $(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: demo test setup setup-test vendor lint bench wheel clean

demo: setup
	$(BIN)/frontdoor demo

test: setup-test
	$(BIN)/python -m pytest

setup: $(VENV)/.runtime-$(DEPS_HASH) vendor

setup-test: $(VENV)/.test-$(DEPS_HASH) vendor
	bash scripts/system_deps.sh test

$(BIN)/python:
	bash scripts/system_deps.sh base
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime-$(DEPS_HASH): $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-$(DEPS_HASH): $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.runtime-$(DEPS_HASH)

vendor: $(BIN)/python
	bash scripts/system_deps.sh base
	$(BIN)/python scripts/fetch_vendor.py

lint: setup-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/render.py
	$(BIN)/python bench/size.py
	$(BIN)/python bench/feedback.py

wheel: setup-test
	rm -rf dist
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) dist build .vendor-cache components/static/vendor a11y_tests/vendor
