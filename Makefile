# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The address `make run` serves: the demo loader writes it into the Wagtail Site (host
# name and port, used where there is no request) and the admin login it prints uses it.
RUN_URL := http://$(HOST):$(PORT)

.PHONY: run test test-browser lint format check messages translations demo bench clean help

help:
	@echo "make run      set up and start the demo site on $(RUN_URL) (make run HOST=… PORT=…)"
	@echo "make test     run the whole test suite (browser tests need Debian's chromium)"
	@echo "make lint     ruff lint and format check, and the layering of the apps (import-linter)"
	@echo "make format   format the code with ruff"
	@echo "make bench    benchmark the public pages"
	@echo "make messages extract the site's strings into the .po catalogs"

# The virtual environment is rebuilt only when a requirements file changes.
$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

translations: $(BIN)/.installed
	$(MANAGE) compile_translations

run: export WAGTAILADMIN_BASE_URL = $(RUN_URL)
run: $(BIN)/.installed translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_demo_admin
	@echo "Site: $(RUN_URL)/  (stop with Ctrl+C)"
	$(MANAGE) runserver $(HOST):$(PORT)

demo: export WAGTAILADMIN_BASE_URL = $(RUN_URL)
demo: $(BIN)/.installed translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content --refresh

# Two processes (pytest-xdist), a module per process at a time; the demo database is
# built on the first run and copied afterwards (tests/demo_database.py, var/test-demo/).
# `make test PYTEST_ARGS=--rebuild-demo` builds it again; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
test: $(BIN)/.installed translations
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Benchmarks of the public pages (pytest-benchmark); compare runs with
# `make bench PYTEST_ARGS="--benchmark-autosave"` then `.venv/bin/pytest-benchmark compare`.
bench: $(BIN)/.installed translations
	$(BIN)/pytest benchmarks -q $(PYTEST_ARGS)

test-browser: $(BIN)/.installed translations
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m browser $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(BIN)/.installed translations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# Needs GNU gettext (xgettext, msgmerge) on the machine: apt-get install gettext.
# The catalogs of alliance/ and of every project app in INSTALLED_APPS, for every language.
messages: $(BIN)/.installed
	$(MANAGE) update_catalogs

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
	find . -name "*.mo" -not -path "./.venv/*" -delete
