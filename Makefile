# Two commands for a newcomer: `make demo` and `make test`. Everything else is their plumbing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test unit bench mutate install system-deps shared-corpus clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/rightsbot demo

# The corpus and wild-mail tests read ../shared/corpus; without it `make test` fails here, never skips them.
shared-corpus:
	@test -d ../shared/corpus || { echo "make test: ../shared/corpus not found: put shared/ beside the repository (as ../shared)" >&2; exit 1; }

# What the integration tests need: Dovecot, Postfix and Chromium (from Debian's packages) and the PostgreSQL server.
system-deps:
	bash scripts/ensure-dovecot.sh
	bash scripts/ensure-postfix.sh
	bash scripts/ensure-chromium.sh
	bash scripts/ensure-postgres.sh

test: shared-corpus $(STAMP) system-deps
	$(VENV)/bin/ruff check bot tests bench
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest -q

unit: $(STAMP)
	$(PY) -m pytest -q tests/unit

bench: $(STAMP) system-deps
	$(PY) bench/classify.py
	$(PY) bench/intake.py
	$(PY) bench/idle_latency.py
	$(PY) bench/mail_memory.py

# Mutation testing of the modules that carry the guarantees ([tool.mutmut] in pyproject.toml; README,
# "Mutation testing"). Slow, so not part of `make test`. Starts afresh each time, then prints the score.
mutate: $(STAMP)
	rm -rf mutants
	$(VENV)/bin/mutmut run --max-children 2 > mutants.log 2>&1 || { tail -c 2000 mutants.log; exit 1; }
	$(PY) scripts/mutation_score.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache mutants mutants.log
