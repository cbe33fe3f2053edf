# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000
DB ?= sqlite
# Local development: debug on, SQLite and local-memory cache unless the environment says otherwise.
DEV_ENV := DEBUG=$${DEBUG:-1}

.PHONY: help install run test test-browser lint format messages bench bench-digest screenshots screenshots-follow loadtest topology createstaff clean

help:
	@echo "make run          install, migrate, load the starting content, serve on http://$(HOST)"
	@echo "                  (with the mail worker, manage.py qcluster, beside it)"
	@echo "make test         install and run the whole test suite"
	@echo "make lint         ruff lint + format check"
	@echo "make messages     refresh and compile the Arabic catalogue"
	@echo "make bench        gunicorn + wrk per page type: seed, 5,000 (DB=postgres: and 50,000)"
	@echo "make bench-digest one round of e-mail updates to 10,000 subscribers (PostgreSQL)"
	@echo "make screenshots  full-page screenshots of every page type"
	@echo "make loadtest     30 s of readers and joiners against gunicorn (DB=postgres for PostgreSQL + Redis)"
	@echo "make topology     deploy/ on loopback: nginx, 2 app servers, worker, PostgreSQL, Redis, S3; checked"

$(BIN)/activate: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $(BIN)/activate

install: $(BIN)/activate

run: install
	$(DEV_ENV) $(MANAGE) migrate --noinput
	$(DEV_ENV) $(MANAGE) load_seed_content
	$(DEV_ENV) $(MANAGE) setup_roles
	$(DEV_ENV) $(MANAGE) schedule_updates
	@# The mail worker (django-q2) runs beside the server and stops with it (forcibly if its
	@# own shutdown hangs: django-q2 issues #66 and #346).
	$(DEV_ENV) $(MANAGE) qcluster & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; sleep 2; kill -9 $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(MANAGE) runserver $(HOST)

test: install
	$(BIN)/pytest -n auto --dist loadfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install
	TESTING=1 $(MANAGE) makemessages -l ar --no-obsolete --no-location --ignore "tests/*" --ignore ".venv/*"
	TESTING=1 $(MANAGE) compilemessages -l ar --ignore ".venv/*"

# Make swallows options itself, so pass them as variables:
# make createstaff ROLE=hub-editor HUB="western-balkans mena"   (or ARGS="--superuser")
createstaff: install
	$(DEV_ENV) $(MANAGE) createstaff $(if $(ROLE),--role $(ROLE)) $(foreach h,$(HUB),--hub $(h)) $(ARGS)

# A benchmark, not a test: gunicorn in production mode, wrk, seed size then 5,000 cities.
# make bench (SQLite) | make bench DB=postgres (PostgreSQL + Redis; see tests/bench.py)
bench: install
	DB=$(DB) $(BIN)/python -m tests.bench

# A benchmark, not a test: one round of e-mail updates to 10,000 subscribers on PostgreSQL,
# through the queue worker into a local SMTP sink (BENCH_DATABASE_URL; see the script).
bench-digest: install
	$(BIN)/python -m tests.bench_digest $(ARGS)

screenshots-follow: install
	$(BIN)/python -m tests.follow_screenshots

screenshots: install
	$(BIN)/python -m tests.screenshots

# Not part of `make test`: ~1-2 minutes, and it wants the machine to itself.
loadtest: install
	$(BIN)/python -m tests.loadtest --db $(or $(DB),sqlite) $(ARGS)

# The production shape from deploy/, on loopback, checked through nginx (tests/topology.py):
# needs nginx, redis-server and a PostgreSQL server (TOPOLOGY_PG); a few minutes. Part of CI.
topology: install
	$(BIN)/python -m tests.topology

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
