# Front Door: `make demo` runs the demo site; `make test` runs the whole test suite.
# Each sets up what is missing first: Debian packages (as root), the virtual environment installed
# from uv.lock and nothing else, and the third-party files fetched from npm by pinned version.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
# uv never downloads a Python: the virtual environment uses the machine's.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: demo test test-fast setup setup-test setup-test-python vendor reference oidc-provider lint bench wheel lock clean

demo: setup
	$(BIN)/frontdoor demo

test: setup-test
	$(BIN)/python -m pytest

# Everything that needs no browser, database or separate process: about 4 minutes.
test-fast: setup-test-python
	$(BIN)/python -m pytest -q -m "not browser and not postgres and not redis and not slow"

# `uv sync --frozen` installs exactly what uv.lock pins (hashes checked) and removes anything else.
setup: $(UV) vendor oidc-provider
	$(UV) sync --frozen --quiet --extra demo

setup-test: setup-test-python reference oidc-provider
	bash scripts/system_deps.sh test

setup-test-python: $(UV) vendor
	$(UV) sync --frozen --quiet --extra test

# uv itself is bootstrapped at the version and hashes uv.lock pins; after that it keeps itself current.
$(UV):
	bash scripts/system_deps.sh base
	$(PYTHON) -m venv $(VENV)
	$(PYTHON) scripts/uv_requirement.py > $(VENV)/uv-requirement.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(VENV)/uv-requirement.txt

vendor: $(UV)
	$(BIN)/python scripts/fetch_vendor.py

# The reference checker (@axe-core/cli) that a11y_tests/tests/test_reference.py and bench/a11y.py run,
# installed exactly as its package-lock.json pins it (integrity checked), only when missing or stale.
# --ignore-scripts: its chromedriver dependency would download a browser; Debian's is used instead.
REFERENCE := a11y_tests/tests/reference
reference: $(REFERENCE)/node_modules/.package-lock.json

$(REFERENCE)/node_modules/.package-lock.json: $(REFERENCE)/package.json $(REFERENCE)/package-lock.json | $(UV)
	cd $(REFERENCE) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# The real OpenID provider the identity hand-off's tests run against and `make demo` signs people in
# with (npm oidc-provider, shaped like Login.gov in tests/oidc_provider/provider.mjs), installed
# exactly as its package-lock.json pins it.
OIDC_PROVIDER := tests/oidc_provider
oidc-provider: $(OIDC_PROVIDER)/node_modules/.package-lock.json

$(OIDC_PROVIDER)/node_modules/.package-lock.json: $(OIDC_PROVIDER)/package.json $(OIDC_PROVIDER)/package-lock.json | $(UV)
	cd $(OIDC_PROVIDER) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# Refresh uv.lock to the newest versions pyproject.toml's bounds allow.
lock: $(UV)
	$(UV) lock --upgrade

lint: setup-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(UV) vendor reference oidc-provider
	bash scripts/system_deps.sh test
	$(UV) sync --frozen --quiet --all-extras
	$(BIN)/python bench/render.py
	$(BIN)/python bench/size.py
	$(BIN)/python bench/feedback.py
	$(BIN)/python bench/form_steps.py
	$(BIN)/python bench/sign_in.py
	$(BIN)/python bench/redaction.py
	$(BIN)/python bench/redaction_growth.py
	$(BIN)/python bench/a11y.py

wheel: setup-test
	rm -rf dist
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .
	rm -rf build frontdoor.egg-info  # stale metadata here would shadow the installed entry points

clean:
	rm -rf $(VENV) dist build .vendor-cache components/static/vendor a11y_tests/vendor $(REFERENCE)/node_modules \
		$(OIDC_PROVIDER)/node_modules
