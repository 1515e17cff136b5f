# The two commands: `make run` and `make test`. Every other target is a step they use.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV      := .venv
RASA_VENV := .venv-rasa
PY        := $(VENV)/bin/python
RASA      := $(RASA_VENV)/bin/rasa
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

RASA_DATA := config.yml $(shell find bot -type f -not -name '*.pyc' 2>/dev/null | sort)

.PHONY: help setup run test test-fast train validate rasa-test lint bench clean browser

help:
	@echo "make run    - set up whatever is missing, then start the assistant and chat as a demo advisor"
	@echo "make test   - set up whatever is missing, then run the whole test suite"
	@echo "other steps: setup train validate rasa-test lint bench clean"

setup: $(VENV)/.installed $(RASA_VENV)/.installed

# The app environment (Python 3.11). torch first, from its pinned CPU wheel, so nothing
# later resolves a CUDA build.
$(VENV)/.installed: requirements/app.lock pyproject.toml
	@PY311="$$(scripts/find-python.sh 3.11)"; \
	 [ -x $(VENV)/bin/python ] || "$$PY311" -m venv $(VENV)
	$(VENV)/bin/pip install -q -U pip
	$(VENV)/bin/pip install -q "$$(grep '^torch==' requirements/app.lock)"
	$(VENV)/bin/pip install -q -r requirements/app.lock
	$(VENV)/bin/pip install -q --no-deps -e .
	touch $@

# The Rasa server environment (Python 3.10: Rasa 3.6 does not run on 3.11).
$(RASA_VENV)/.installed: requirements/rasa.lock
	@PY310="$$(scripts/find-python.sh 3.10)"; \
	 [ -x $(RASA_VENV)/bin/python ] || "$$PY310" -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install -q -U pip
	$(RASA_VENV)/bin/pip install -q -r requirements/rasa.lock
	touch $@

# Train only when the bot's inputs changed (hash of config.yml and bot/).
train: $(RASA_VENV)/.installed
	@scripts/train.sh

validate: $(RASA_VENV)/.installed
	$(RASA) data validate --domain bot/domain --data bot/data --config config.yml --fail-on-warnings

rasa-test: train
	# endpoints.yml wants the action server's secret; `rasa test core` calls no action server.
	ACTION_SERVER_SECRET=unused-by-rasa-test $(RASA) test core --model models/current.tar.gz --stories tests/conversations \
	  --endpoints bot/endpoints.yml --out var/results/core --fail-on-prediction-errors
	$(RASA) test nlu --model models/current.tar.gz --nlu tests/nlu_heldout.yml --out var/results/nlu
	$(PY) scripts/report_nlu.py var/results/nlu

run: setup train
	$(VENV)/bin/advisor run

# Debian's Chromium for the browser tests (apt-get as root when missing).
browser:
	@scripts/browser.sh

test: setup browser validate rasa-test
	$(VENV)/bin/ruff check knowledge actions api cli channels delivery tests bench scripts examples
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest

test-fast: $(VENV)/.installed
	$(VENV)/bin/pytest -m "not e2e"

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check knowledge actions api cli channels delivery tests bench scripts examples
	$(VENV)/bin/lint-imports

bench: setup train
	$(PY) -m bench

clean:
	rm -rf var models .rasa results

# The production profile: PostgreSQL 15 (127.0.0.1:55432) and Redis (127.0.0.1:56379),
# installed with apt-get when missing, started idempotently; prints their URLs.
.PHONY: services test-pg
services:
	scripts/services.sh

# The database test suite (everything but e2e) against PostgreSQL instead of SQLite.
test-pg: $(VENV)/.installed services
	TEST_DATABASE_URL="$${TEST_DATABASE_URL:-postgresql+psycopg://advisor:advisor@127.0.0.1:55432/advisor_test}" \
	  $(VENV)/bin/pytest -m "not e2e" -p no:cacheprovider
