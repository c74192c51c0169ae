# The two commands of the README: `make demo` and `make test`.
# Nothing here needs more than Python 3.11 and make (no GNU gettext, no system packages).

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
MANAGE := $(BIN)/python manage.py
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=settings.test

.PHONY: demo test upstream-localize lint format audit messages collectstatic clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(VENV)/.runtime $@

## make demo: set up everything and serve the demo on http://127.0.0.1:$(PORT), with a background worker
## (Celery, its schedule included, on a broker that needs no server); mail it sends lands in var/sent-mail/
demo: $(VENV)/.runtime
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	@echo "Background worker started; e-mail the demo sends is written to var/sent-mail/"
	$(BIN)/celery -A ministry_site worker -B --pool=solo --without-mingle --without-gossip --loglevel=WARNING & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

## make test: lint, Django checks, migrations, compiled catalogs, bandit, the import contract, the dependency gate,
## the whole pytest suite
## (the gate reaches PyPI; what it cannot reach it prints in a NOT CHECKED banner and leaves to `make audit`)
test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_SETTINGS) $(MANAGE) check
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run
	$(TEST_SETTINGS) $(MANAGE) compile_catalogs --check
	$(BIN)/bandit -c pyproject.toml -r . -q
	$(BIN)/lint-imports --no-cache
	$(BIN)/python tools/check_dependencies.py
	$(BIN)/pytest -n 2 --dist loadgroup --durations=15

## make upstream-localize: wagtail-localize's own test suite (its source release, fetched and hash-checked) run
## unchanged, with our setting, and with our patches of it (core/patches/); fails on any difference from the
## unchanged run that tests/upstream/intended_differences.toml does not list with its reason. CI runs it after `make test` (~4 min).
upstream-localize: $(VENV)/.dev
	$(BIN)/python tests/upstream/run.py

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c pyproject.toml -r . -q
	$(BIN)/lint-imports --no-cache

## make audit: the dependency gate insisting on vulnerability data (weekly, on a machine that reaches
## PyPI's per-release JSON); exits 2 when any was out of reach
audit: $(VENV)/.dev
	$(BIN)/python tools/check_dependencies.py --require-vulnerability-data

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make messages: extract new strings (needs GNU gettext's xgettext) and compile with polib
messages: $(VENV)/.dev
	$(MANAGE) makemessages -l fa_AF -l ps --ignore=.venv --ignore=tests --ignore=bench --no-obsolete --no-location
	$(MANAGE) compile_catalogs

collectstatic: $(VENV)/.runtime
	$(MANAGE) collectstatic --noinput

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected test-artifacts var
