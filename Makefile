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

.PHONY: run test test-browser lint format check messages translations demo bench bench-micro clean help

help:
	@echo "make run      set up and start the demo site on $(RUN_URL) (make run HOST=… PORT=…)"
	@echo "make test     run the whole test suite (browser tests need Debian's chromium)"
	@echo "make lint     ruff lint and format check, and the layering of the apps (import-linter)"
	@echo "make format   format the code with ruff"
	@echo "make bench    the whole site at 1x and 10x the demo: queries, render CPU, requests/s (gunicorn, nginx)"
	@echo "make bench-micro  pytest-benchmark timings of single pages on the demo"
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

# The whole site at 1x and 10x the demo (benchmarks/whole_site.py, README "Benchmarks"):
# databases built once per content hash under var/bench/, then queries, render CPU and
# requests per second under wrk, against nginx serving the same pages. wrk and nginx are
# Debian packages, installed once. BENCH_DATABASE=sqlite runs it on SQLite files.
bench: $(BIN)/.installed translations
	@if ! command -v wrk >/dev/null 2>&1 || ! { command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx; }; then \
		if [ "$$(id -u)" -eq 0 ]; then as_root=; else as_root=sudo; fi; \
		$$as_root apt-get update -qq; \
		$$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx; \
	fi
	$(PY) -m benchmarks.whole_site

# Timings of single pages on the demo (pytest-benchmark, many rounds with statistics);
# compare runs with `make bench-micro PYTEST_ARGS="--benchmark-autosave"` then
# `.venv/bin/pytest-benchmark compare`.
bench-micro: $(BIN)/.installed translations
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
