# Two commands set everything up: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt

.PHONY: demo test lint install apt clean score bench-corpus train

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip install --quiet --no-deps -r requirements/model.txt
	touch $@

install: $(STAMP)

# Debian packages the tests need: Chromium for the viewer tests, raptor2-utils for `rapper`.
$(APT_STAMP): | $(BIN)/python
	@if command -v apt-get >/dev/null 2>&1; then \
	  if ! command -v chromium >/dev/null 2>&1 || ! command -v rapper >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null; \
	  fi; \
	fi
	touch $@

apt: $(APT_STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/kg build examples/reflection-ai.fr.txt -o out/reflection-ai.ttl --html out/reflection-ai.html
	$(BIN)/kg query out/reflection-ai.ttl --name investors

# The gates: ruff (pycodestyle, pyflakes, isort, bugbear, pyupgrade) and mypy on graph/, configured in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check graph
	$(BIN)/mypy

test: lint $(APT_STAMP)
	$(BIN)/python -m pytest -q

# Rebuild graph/models (entity recogniser, typer, relation and status models, calibration, TRAINING.md)
# from annotations/ and the texts of ../shared/corpus-train; fixed seeds, about 20 minutes on 2 cores.
train: $(STAMP)
	$(BIN)/pip install --quiet -e ".[train]"
	$(BIN)/python -m graph.learn train

score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py --gold-dir ../shared/eval/gold --corpus-dir ../shared/corpus --kg "$(BIN)/kg"

bench-corpus: $(STAMP)
	$(BIN)/python benchmarks/bench_corpus.py --out benchmarks/results-corpus.md
	$(BIN)/python benchmarks/bench_startup.py --out benchmarks/results-startup.md

clean:
	rm -rf $(VENV) out
