# Two entry points: `make demo` and `make test`. Everything else is a helper of those.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# python3.12 may be on PATH, or only inside pyenv; take the first that exists and is >= 3.12.
PYTHON ?= $(shell for p in python3.12 python3.13 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null); do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then echo $$p; break; fi; done)

.PHONY: demo test test-fast eval bench train install system-deps gazetteer schema clean

# the gazetteer is rebuilt when its build or its data change, not only on a fresh install
$(BIN)/wirecoder: pyproject.toml scripts/build_gazetteer.py src/wirecoder/resources/gazetteer_build.py src/wirecoder/resources/gazetteer_regions.json
	@test -n "$(PYTHON)" || { echo "error: wirecoder needs Python >= 3.12 (python3.12 not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python scripts/build_gazetteer.py
	@touch $@

install: $(BIN)/wirecoder

demo: install
	@mkdir -p out
	$(BIN)/wirecoder extract examples/rostov.txt --published 2024-06-16 --format json --out out/rostov.json
	@tail -n +2 examples/index.tsv | while IFS=$$'\t' read -r file published source; do \
		echo "== examples/$$file (published $$published)"; \
		$(BIN)/wirecoder extract "examples/$$file" --published "$$published" --source "$$source" --format summary || exit 1; \
	done
	@echo "The seed's full JSON is in out/rostov.json"

# Debian packages some tests use (PostgreSQL server, Chromium); installed only where missing.
system-deps:
	@bash scripts/system_deps.sh

# the layering contracts (pyproject's [tool.importlinter]) and the linter run before the tests
test: install system-deps
	$(BIN)/lint-imports
	$(BIN)/ruff check src tests scripts
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/lint-imports
	$(BIN)/ruff check src tests scripts
	$(BIN)/python -m pytest -m "not model and not golden and not postgres and not browser and not slow"

# the six evaluations on the shared data (DATA=path to override); tables to stdout, JSON to out/eval
DATA ?= ../shared/data
eval: install
	@mkdir -p out/eval
	$(BIN)/wirecoder eval muc4 --data $(DATA) --split tst --out out/eval/muc4.json
	$(BIN)/wirecoder eval wikievents --data $(DATA) --out out/eval/wikievents.json
	$(BIN)/wirecoder eval rams --data $(DATA) --out out/eval/rams.json
	$(BIN)/wirecoder eval geo --data $(DATA) --out out/eval/geo.json
	$(BIN)/wirecoder eval ucdp --data $(DATA) --out out/eval/ucdp.json
	$(BIN)/wirecoder eval merge --data $(DATA) --out out/eval/merge.json
	$(BIN)/wirecoder eval violence --data $(DATA) --out out/eval/violence.json

# the event judge: examples from the shared data's training splits, spaCy textcat, fixed seed;
# the weights land in src/wirecoder/judge/weights and ship with the package
train: install
	$(BIN)/wirecoder train --data $(DATA) --rebuild

bench: install
	$(BIN)/python scripts/bench.py

# rebuilt by install whenever pyproject changes; by hand after editing the build script
gazetteer: install
	$(BIN)/python scripts/build_gazetteer.py

schema: install
	$(BIN)/python scripts/export_schema.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
