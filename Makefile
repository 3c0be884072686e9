# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# The data mirror is found at ../shared/data (beside the clone); elsewhere pass SHARED_DATA=/path/to/shared/data
# (or MIRROR=/path/to/mirror for the official files alone), e.g. `make demo SHARED_DATA=/data/ustflow`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED_DATA ?= $(abspath ../shared/data)
MIRROR ?= $(SHARED_DATA)/mirror
export USTFLOW_HOME ?= $(CURDIR)/.ustflow-home
export USTFLOW_SHARED_DATA := $(SHARED_DATA)

.PHONY: demo test test-fast stress lint docs bench fuzz env lock clean eval-check reliability-md

# constraints.txt: the versions the suite last passed with (a fresh machine gets what was tested).
# The packages are installed by uv (PyPI's `uv`, at the version pinned in constraints.txt, installed into
# the venv by pip first): ~10 s where pip takes ~50. Should uv fail (no wheel for the platform, an index
# it cannot reach), pip installs the same packages within the same constraints. --compile-bytecode: uv, unlike
# pip, writes no .pyc by default, and where PYTHONDONTWRITEBYTECODE is set (this machine) nothing ever does,
# so every process would compile pandas and DuckDB's Python again (import 2.1 s instead of 0.56 s here).
UV := $(shell sed -n 's/^uv==//p' constraints.txt)
$(BIN)/ustflow: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	@if $(BIN)/pip install --quiet 'uv==$(UV)' && \
	    $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt -e '.[test,export]'; then \
	  echo "make env: installed with uv $(UV)"; \
	else \
	  echo "make env: uv failed (above); installing with pip" >&2; \
	  $(BIN)/pip install --quiet --upgrade pip && \
	  $(BIN)/pip install --quiet -c constraints.txt -e '.[test,export]'; \
	fi
	@touch $@

env: $(BIN)/ustflow

# After a dependency change that `make test` passed with: pin what .venv holds.
lock: env
	@{ head -2 constraints.txt; $(BIN)/pip freeze --exclude-editable | grep -iv '^ustflow=='; } > constraints.tmp
	@mv constraints.tmp constraints.txt

demo: env
	@if [ -d "$(MIRROR)" ]; then \
	  echo "Loading every source from the mirror folder $(MIRROR) (offline) into $(USTFLOW_HOME)"; \
	  $(BIN)/ustflow update --mirror "$(MIRROR)" --quiet; \
	else \
	  echo "No mirror folder at $(MIRROR): fetching from the official URLs"; \
	  echo "(offline? give the shared data folder: make demo SHARED_DATA=/path/to/shared/data, or MIRROR=/path/to/mirror)"; \
	  $(BIN)/ustflow update --quiet || { echo "make demo: the update failed (above). Offline, load from the data mirror instead:" \
	    "make demo SHARED_DATA=/path/to/shared/data (the folder holding mirror/ and extra/)," \
	    "or MIRROR=/path/to/mirror" >&2; exit 1; }; \
	fi
	$(BIN)/ustflow brief
	@if $(BIN)/ustflow report --help >/dev/null 2>&1; then \
	  $(BIN)/ustflow report --out ustflow-report.html; fi

# Three pytest workers on the two-core machine: the tests are isolated (own homes, free ports), and about a
# fifth of the suite's worker time is spent waiting (servers, browsers, timeouts that are the point of a
# test), which a third worker fills. Measured on a quiet machine in a clean clone at cef03fe: pytest 284 s
# with -n 2, 261 s with -n 3. `make test JOBS=2` still works.
JOBS ?= 3

# compileall: with PYTHONDONTWRITEBYTECODE set, each test's subprocess would compile ustflow's modules again.
# PYTEST: pytest keeps the assertion-rewritten test modules and plugins (schemathesis, hypothesis: ~450
# modules) in __pycache__ only where bytecode may be written; with PYTHONDONTWRITEBYTECODE set every
# worker rewrote them all again: collecting the suite took 18.4 s of CPU per worker, 7.5 once rewritten.
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest
test: env lint
	@if [ -x .ci/install-browser ]; then .ci/install-browser; fi
	@$(BIN)/python -m compileall -q src tests
	$(PYTEST) -q -n $(JOBS)
	$(BIN)/python -m tests.reliability_report artifacts/RELIABILITY.md

# RELIABILITY.md (tracked) from the last `make test`'s records: run after a clean-clone `make test` whose
# figures are to be committed (make test itself writes only artifacts/, so a test run leaves the tree clean)
reliability-md:
	@test -f artifacts/RELIABILITY.md || { echo "no artifacts/RELIABILITY.md: run make test first"; exit 1; }
	cp artifacts/RELIABILITY.md RELIABILITY.md

# The inner loop (under 2 minutes): everything but the tests marked slow (browsers, schemathesis,
# concurrency, SIGKILLs, fault injection, parser fuzzing, every README example, every bad file, and the
# few single tests that load their own store or build the whole report); every module of src/ still
# runs its quick tests. tests/conftest.py lists the slow modules.
test-fast: env
	@$(BIN)/python -m compileall -q src tests
	$(PYTEST) -q -n $(JOBS) -m "not slow"

# The concurrency and crash stress at full strength: 20 rounds of every writer mix (132 rounds; `make
# test` runs 2 of each, 16 rounds) and 20 SIGKILLs (`make test`: 8). Run it after touching the store's
# locks, swap or loads.
stress: env
	USTFLOW_STRESS_ROUNDS=20 USTFLOW_CRASH_RUNS=20 $(PYTEST) -q -n 0 tests/test_concurrency.py tests/test_crash.py

# Static checks, also run by `make test`: style and bugs (ruff), types of the core (mypy), the import
# layers and cycles (import-linter, contracts in pyproject.toml), the CLI reference against --help.
lint: env
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/python tools/cli_reference.py --check docs/cli.md

# Regenerate the generated docs (docs/cli.md from every command's --help).
docs: env
	$(BIN)/python tools/cli_reference.py docs/cli.md

# The claim checker against the labelled corpus of real articles (tests/claims_corpus/README.md).
# Exits non-zero under 95% accuracy, on a missed unit trap, or > 2% of true claims called contradicted.
# `make eval-check EVAL_ARGS=--dev-only` withholds the hold-out articles (their misses and their counts).
eval-check: env
	@$(BIN)/ustflow update --mirror "$(MIRROR)" --quiet >/dev/null
	$(BIN)/python -m tests.claims_corpus.evaluate --json artifacts/eval-check.json $(EVAL_ARGS)

# The fuzzers at full strength: 5000 mutations per parser (`make test`: 50, each parser still ending both
# parsed and in a ParseError; plus 40 byte-level edits per parser in tests/parse) and 50 schemathesis
# examples per API operation and mode (`make test`: 5, after its coverage phase of every boundary value,
# which is the same in both).
fuzz: env
	USTFLOW_FUZZ_EXAMPLES=5000 $(PYTEST) -q -n $(JOBS) tests -k fuzz
	USTFLOW_SCHEMATHESIS_EXAMPLES=50 $(PYTEST) -q -n $(JOBS) tests/test_schemathesis.py

# ustflow's own modules are byte-compiled first, as a pip-installed package's are: the editable
# install leaves that to the first import, which PYTHONDONTWRITEBYTECODE turns off (every command
# would compile them again, ~0.07 s of CPU, while the import baseline's pandas and duckdb are compiled).
bench: env
	$(BIN)/python -m compileall -q src
	$(BIN)/python bench/run.py --out BENCHMARKS.md

clean:
	rm -rf $(VENV) .ustflow-home .pytest_cache .hypothesis artifacts
