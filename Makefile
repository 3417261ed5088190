# RUPAYA developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUF := $(VENV)/bin/buf
STAMP := $(VENV)/.installed

.PHONY: run test gen check lint format-check breaking drift clean bench-ops

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: serve gRPC on 127.0.0.1:50051 (embedded SQLite + in-process cache unless configured)
run: $(STAMP)
	$(PY) -m server serve

## test: the whole suite, on the embedded default and (where reachable) PostgreSQL + Redis
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

## gen: regenerate gen/python from proto/
gen: $(STAMP)
	$(PY) scripts/protogen.py python gen/python

## check: contract checks (buf lint, format, breaking) and generated-code drift
check: lint format-check breaking drift

lint: $(STAMP)
	$(PY) scripts/protogen.py image build/image.binpb
	$(BUF) lint build/image.binpb --path rupaya
	$(VENV)/bin/ruff check server scripts tests bench
	$(VENV)/bin/ruff format --check server scripts tests bench

format-check: $(STAMP)
	$(BUF) format --diff --exit-code proto

breaking: $(STAMP)
	$(PY) scripts/breaking.py

drift: $(STAMP)
	$(PY) scripts/drift.py

## bench-ops: RPC throughput through the full interceptor chain vs a bare grpc.aio echo server, 1 and N workers
bench-ops: $(STAMP)
	$(PY) bench/ops.py

clean:
	rm -rf build var .pytest_cache
